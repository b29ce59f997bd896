## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Cerca o seleziona un fuso orario
time-zone-no-result = Nessun risultato
