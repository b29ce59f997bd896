## Database (tegel Universal interfaces). Labels zoals in het artikel
## (add-database-integration, februari 2024); velden die het alleen in de lopende tekst
## noemt, met het label van het product. De sectie met toegangsgegevens is de algemene
## setup-section-credentials („Toegangsgegevens”, terminologie; het product schrijft
## „Inloggegevens”).

catalogue-model-database-description = Leest contacten, intervallen of agentstatussen met een SQL-query uit je eigen database, via { -brand-cloud-link }.
# Artikel: „databasetype” (lopende tekst, vet); product: „Type database”. Het artikel wint.
setup-field-database-type = Databasetype
setup-option-database-mysql = { -brand-mysql }
setup-option-database-odbc = Overige (ODBC)
# Artikel: „Databasenaam”; product: „Naam van de database”. Het artikel wint.
setup-field-database-name = Databasenaam
setup-field-database-username = Gebruikersnaam
setup-field-database-mssql-port-help = Laat de poort bij een benoemde instantie (named instance) leeg en open in plaats daarvan UDP-poort 1434 in je firewall, zodat de service { -brand-sql-server } Browser de poort aan { -brand-cloud-link } kan doorgeven.
setup-field-database-connection-string-help = De connection string voor je databasetype en ODBC-driver (connectionstrings.com noemt er veel) of { "DSN=myODBCDatasourceName;" } voor een ODBC-gegevensbron. Query’s zetten SQL-namen tussen dubbele aanhalingstekens: doet je driver dat niet standaard, voeg dan de optie ervan toe, zoals { "DELIMIDENT=y;" } voor { -brand-informix }.
setup-field-database-import-data-type = Importgegevenstype
setup-field-database-import-data-type-help = Eén type per integratie: voeg voor een ander type een extra integratie toe.
setup-option-database-contact-based = Contactgebaseerd
setup-option-database-interval-based = Intervalgebaseerd
setup-option-database-agent-status = Agentstatussen
# Artikel: „intervallengte” in de lopende tekst; met hoofdletter als label.
setup-field-database-interval-length = Intervallengte
setup-field-database-interval-length-help = De lengte van de intervallen waarin je query de contacten optelt.
setup-option-database-interval-15 = 15 minuten
setup-option-database-interval-30 = 30 minuten
setup-field-database-import-realtime-data = Realtime gegevens importeren
setup-field-database-import-realtime-data-help = Importeert agentstatussen elke 10 seconden in plaats van elke 15 minuten. Alleen in { -brand-injixo } Advanced en Enterprise WFM.
setup-field-database-data-reconciliation = Afstemming van gegevens
setup-field-database-data-reconciliation-help = Aanbevolen. Elke 15 minuten importeert { -brand-injixo } de agentstatussen van de laatste 24 uur opnieuw, zodat ook correcties in je database (zoals een vergeten uitklokken) binnenkomen. Zonder afstemming worden alleen de gegevens sinds de laatste import gelezen: minder belasting voor de database, maar oudere correcties moet je dan met de hand in { -brand-injixo } doen.
# Artikel: „tijdzone database” (lopende tekst, vet); met hoofdletter, zoals het product.
setup-field-database-time-zone = Tijdzone database
setup-field-database-time-zone-help = De tijdzone van de tijden in je database.
setup-field-database-sql-query = SQL-query
setup-field-database-sql-query-help = Wordt elke 15 minuten uitgevoerd. De query moet de kolommen teruggeven die voor je importgegevenstype staan vermeld, met precies die namen: gebruik aliassen of een view als de jouwe anders heten. De tabel kies je zelf.

## Kolommen van het queryresultaat: wat elke kolom bevat. Kolomnamen blijven Engels.
## Contactgebaseerd volgt het huidige Engelse artikel: het oudere Nederlandse artikel
## vraagt ook offered en maakt duration verplicht.

setup-column-database-queueidentifier = Unieke ID van de queue. Die blijft gelijk als je de queue via queuename hernoemt.
setup-column-database-queuename = Naam van de queue.
setup-column-database-timestamp = Begin van het interval.
setup-column-database-offered = Aantal contacten in het interval (zoals oproepen of e-mails).
setup-column-database-interval-answered = Aantal afgehandelde contacten in het interval.
setup-column-database-handlingtime = Totale afhandeltijd van alle contacten in het interval.
setup-column-database-contact-answered = 1 als het contact is afgehandeld, anders 0.
setup-column-database-duration = Afhandeltijd van dit contact.
setup-column-database-channel = Kanaal van de bronqueue in { -brand-injixo }: calls, chats, emails, social_media, documents of cases. Leeg betekent calls.
setup-column-database-agentidentifier = Unieke ID van de agent: de externe gebruikers-ID van de persoon in { -brand-injixo }.
setup-column-database-starttime = Begin van de agentstatusactiviteit.
setup-column-database-endtime = Einde van de activiteit. Laat leeg zolang de activiteit nog loopt.
setup-column-database-activity = ID van de externe activiteit.
