## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Suche oder wähle eine Zeitzone
time-zone-no-result = Kein Ergebnis
