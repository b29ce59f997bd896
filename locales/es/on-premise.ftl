## Modelos on-premise: las etiquetas que comparten varios modelos. Los textos propios
## de cada modelo están en su archivo, las marcas en brands.ftl. Las etiquetas siguen
## los artículos; si un artículo nombra un campo solo en el texto, la del producto.

# Mitel y Sikom: «Credenciales de la base de datos» (artículo y producto).
setup-section-on-premise-database-credentials = Credenciales de la base de datos
setup-field-on-premise-host = Host
setup-field-on-premise-port = Puerto
# El producto escribe «Nombre de usario»: errata corregida.
setup-field-on-premise-username = Nombre de usuario
setup-field-on-premise-password = Contraseña
# Los artículos escriben «cadena de conexión» en el texto; con mayúscula, como el producto.
setup-field-on-premise-connection-string = Cadena de conexión
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
