## Avaya CMS (own tile). The articles ask for a connection string, the database time
## zone, Import detailed agent statuses and Import real-time data with its Port; the
## product (May 2024) asks for a Data source and a Grouping of calls instead, which no
## article names. Built: the article's fields plus the product's Grouping of calls,
## which the issue asks for (the product's Data source is what the connection string
## DSN=…; already holds). Recorded in backend/src/catalogue/on_premise/avaya_cms.rs.

catalogue-vendor-avaya-cms-description = Call Management System of { -brand-avaya } contact centers, on your own servers.
catalogue-model-avaya-cms-description = Imports calls and agent statuses from the { -brand-avaya-cms } database through { -brand-cloud-link }; agent statuses also in real time, if you like.
setup-section-avaya-cms-configuration-help = { -brand-injixo } assigns agent statuses to people by their user name from { -brand-avaya-cms }, entered as each person’s external identifier. If you import real-time data, pause the integration before you map them.
setup-field-avaya-cms-connection-string-help = The ODBC connection string of the CMS database. It usually runs on { -brand-informix }: use its ODBC driver with the option { "DELIMIDENT=y;" }, for example { "DSN=AvayaCMS;DELIMIDENT=y;" } for an ODBC data source of that name. For another database, use the string of its ODBC driver.
# The articles name the field in running text only; the product's label of the
# Database model (it has none for Avaya CMS).
setup-field-avaya-cms-database-time-zone = Database time zone
setup-field-avaya-cms-database-time-zone-help = The time zone of the CMS database.
# Product only (external_system.avaya_cms.configuration.grouping).
setup-field-avaya-cms-call-grouping = Grouping of calls
setup-field-avaya-cms-call-grouping-help = How calls are grouped into queues: by VDN or by split.
setup-option-avaya-cms-grouping-vdn = VDN-based
setup-option-avaya-cms-grouping-split = Split-based
setup-field-avaya-cms-detailed-agent-statuses = Import detailed agent statuses
setup-field-avaya-cms-detailed-agent-statuses-help = Adds the skills (agent profile) and splits (call routing) to the imported agent statuses.
setup-field-avaya-cms-import-realtime-data = Import real-time data
setup-field-avaya-cms-import-realtime-data-help = Streams agent statuses in real time: the { -brand-avaya } Generic RTA service, licensed and set up in { -brand-avaya }, connects to { -brand-cloud-link } on the port below.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } listens on this TCP port for the { -brand-avaya } Generic RTA service: allow incoming connections to it on the server { -brand-cloud-link } runs on.
