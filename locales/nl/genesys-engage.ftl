## Genesys Engage (tegel Genesys). Het artikel noemt de sectie en het selectievakje;
## de velden staan er alleen in de lopende tekst, hun labels zijn die van het product.

catalogue-model-genesys-engage-description = Importeert belgeschiedenis en agentstatussen uit de databases van { -brand-genesys-engage } via { -brand-cloud-link }.
# Artikel: „Database toegangsgegevens”; product: „Toegangsgegevens database”. Het artikel wint.
setup-section-genesys-engage-database-credentials = Database toegangsgegevens
setup-field-genesys-engage-database-adapter = Database-adapter
setup-field-genesys-engage-database-adapter-help = De database die je ACD gebruikt.
setup-field-genesys-engage-username-help = Een databasegebruiker met leestoegang tot de databases van de ACD.
setup-field-genesys-engage-etl-database = ETL-database
setup-field-genesys-engage-etl-database-help = De naam van de ETL-database, met tabellen zoals qinfo en status.
# Product: „Configuratie database”; als samenstelling aaneengeschreven.
setup-field-genesys-engage-configuration-database = Configuratiedatabase
setup-field-genesys-engage-configuration-database-help = De naam van de configuratiedatabase, met tabellen zoals cfg_dn en cfg_person.
setup-field-genesys-engage-import-agent-status = Agentstatusgegevens importeren
setup-field-genesys-engage-import-agent-status-help = Importeert ook wanneer agents in- en uitloggen of van activiteit wisselen. { -brand-injixo } koppelt ze aan personen via hun gebruikersnaam uit { -brand-pureengage }, die je bij elke persoon als externe gebruikers-ID invoert.
