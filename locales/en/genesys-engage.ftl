## Genesys Engage (Genesys tile). The article names the section and the checkbox;
## the fields are running text there, so their labels are the product's (product-ui
## external_system.pure_engage).

catalogue-model-genesys-engage-description = Imports call history and agent statuses from the databases of { -brand-genesys-engage } through { -brand-cloud-link }.
setup-section-genesys-engage-database-credentials = Database credentials
setup-field-genesys-engage-database-adapter = Database adapter
setup-field-genesys-engage-database-adapter-help = The database your ACD uses.
setup-field-genesys-engage-username-help = A database user with read access to the ACD’s databases.
setup-field-genesys-engage-etl-database = ETL database
setup-field-genesys-engage-etl-database-help = The name of the ETL database, which holds tables such as qinfo and status.
setup-field-genesys-engage-configuration-database = Configuration database
# Asked for MS SQL Server only: the product says a Postgres database does not need it.
setup-field-genesys-engage-configuration-database-help = The name of the configuration database, which holds tables such as cfg_dn and cfg_person.
setup-field-genesys-engage-import-agent-status = Import agent status data
# The identifier is the "user name from PureEngage" (agent status article).
setup-field-genesys-engage-import-agent-status-help = Also imports when agents log in, log out or switch activities. { -brand-injixo } assigns them to people by their user name from { -brand-pureengage }, entered as each person’s external identifier.
