## On-Premise-Modelle: die Bezeichnungen, die mehrere von ihnen teilen. Die Texte der
## einzelnen Modelle stehen in ihren Dateien, die Marken in brands.ftl. Bezeichnungen
## wie in den Artikeln; nennt ein Artikel ein Feld nur im Fließtext, die des Produkts.

# Mitel und Sikom: Artikel und Produkt schreiben „Datenbankzugangsdaten“ (der
# Mitel-Artikel vermerkt diese Schreibung ausdrücklich). Genesys Engage schreibt es
# anders: siehe genesys-engage.ftl.
setup-section-on-premise-database-credentials = Datenbankzugangsdaten
setup-field-on-premise-host = Host
setup-field-on-premise-port = Port
setup-field-on-premise-username = Benutzername
setup-field-on-premise-password = Passwort
# Artikel (Avaya CMS, Cisco ICM, Datenbank) und Produkt: „Connection String“.
setup-field-on-premise-connection-string = Connection String
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
