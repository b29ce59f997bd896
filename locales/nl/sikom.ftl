## Sikom (eigen tegel). Het artikel noemt de secties en het selectievakje; de velden
## staan er alleen in de lopende tekst, hun labels zijn die van het product.

catalogue-vendor-sikom-description = On-premise contactcenter voor oproepen.
catalogue-model-sikom-description = Importeert belgeschiedenis, agentstatussen en gegevens voor realtime adherence uit de database van { -brand-sikom } via { -brand-cloud-link }.
setup-field-sikom-database-time-zone = Tijdzone database
setup-field-sikom-database-time-zone-help = De tijdzone van je { -brand-sikom }-database.
setup-field-sikom-username-help = Een databasegebruiker met leestoegang tot de database sk_acc_v5.
setup-field-sikom-import-agent-status = Agentstatusgegevens importeren
setup-field-sikom-import-agent-status-help = Importeert ook wanneer agents in- en uitloggen of van activiteit wisselen. { -brand-injixo } koppelt ze aan personen via hun gebruikersnaam uit { -brand-sikom }, die je bij elke persoon als externe gebruikers-ID invoert.
