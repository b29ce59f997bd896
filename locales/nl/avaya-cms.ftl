## Avaya CMS (eigen tegel). Velden zoals in het artikel (connection string, tijdzone
## database, gedetailleerde agentstatussen, realtime gegevens met poort) plus de
## „Groepering van gesprekken” van het product, die geen artikel noemt; de „Databron”
## van het product zit in de connection string (DSN=…;). Besluit: zie en/avaya-cms.ftl.

catalogue-vendor-avaya-cms-description = Call Management System van { -brand-avaya }-contactcenters, op je eigen servers.
catalogue-model-avaya-cms-description = Importeert oproepen en agentstatussen uit de database van { -brand-avaya-cms } via { -brand-cloud-link }, agentstatussen desgewenst ook realtime.
setup-section-avaya-cms-configuration-help = { -brand-injixo } koppelt agentstatussen aan personen via hun gebruikersnaam uit { -brand-avaya-cms }, die je bij elke persoon als externe gebruikers-ID invoert. Importeer je realtime gegevens, pauzeer dan de integratie voordat je ze toewijst.
setup-field-avaya-cms-connection-string-help = De ODBC-connection string van de CMS-database. Meestal is dat { -brand-informix }: gebruik de ODBC-driver daarvan met de optie { "DELIMIDENT=y;" }, bijvoorbeeld { "DSN=AvayaCMS;DELIMIDENT=y;" } voor een ODBC-gegevensbron met die naam. Gebruik voor een andere database de string van de ODBC-driver daarvan.
# Het artikel noemt het veld alleen in de lopende tekst; het productlabel van het Database-model.
setup-field-avaya-cms-database-time-zone = Tijdzone database
setup-field-avaya-cms-database-time-zone-help = De tijdzone van de CMS-database.
setup-field-avaya-cms-call-grouping = Groepering van gesprekken
setup-field-avaya-cms-call-grouping-help = Hoe gesprekken in queues worden gegroepeerd: per VDN of per split.
# Het product laat de opties in het Engels (VDN-based, Split-based); vertaald zoals
# Contactgebaseerd en Intervalgebaseerd van het Database-model.
setup-option-avaya-cms-grouping-vdn = VDN-gebaseerd
setup-option-avaya-cms-grouping-split = Split-gebaseerd
setup-field-avaya-cms-detailed-agent-statuses = Gedetailleerde agentstatussen importeren
setup-field-avaya-cms-detailed-agent-statuses-help = Voegt skills (agentprofiel) en splits (call routing) toe aan de geïmporteerde agentstatussen.
setup-field-avaya-cms-import-realtime-data = Realtime gegevens importeren
setup-field-avaya-cms-import-realtime-data-help = Streamt agentstatussen realtime: de service { -brand-avaya } Generic RTA, gelicentieerd en geconfigureerd in { -brand-avaya }, maakt via de poort hieronder verbinding met { -brand-cloud-link }.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } luistert op deze TCP-poort naar de service { -brand-avaya } Generic RTA: sta inkomende verbindingen naar deze poort toe op de server waarop { -brand-cloud-link } draait.
