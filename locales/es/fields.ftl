## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Busca o selecciona una zona horaria
time-zone-no-result = No hay resultados
