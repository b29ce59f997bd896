## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Zoek of kies een tijdzone
time-zone-no-result = Geen resultaat
