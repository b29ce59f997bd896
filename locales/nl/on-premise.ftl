## On-premisemodellen: de labels die meerdere modellen delen. De eigen teksten van elk
## model staan in zijn bestand, de merken in brands.ftl. Labels volgen de artikelen;
## noemt een artikel een veld alleen in de lopende tekst, dan het label van het product.

# Mitel en Sikom: „Toegangsgegevens database” (artikel en product). Genesys Engage
# schrijft het anders: zie genesys-engage.ftl.
setup-section-on-premise-database-credentials = Toegangsgegevens database
setup-field-on-premise-host = Host
setup-field-on-premise-port = Poort
setup-field-on-premise-username = Gebruikersnaam
setup-field-on-premise-password = Wachtwoord
# De artikelen schrijven „connection string” in de lopende tekst (Cisco ICM ook
# vetgedrukt); label met hoofdletter, zoals het product.
setup-field-on-premise-connection-string = Connection string
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
