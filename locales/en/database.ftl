## Database (Universal Interfaces tile). Labels follow the article
## (add-database-integration, June 2024); fields it names only in running text take
## the product's label (product-ui external_system.database). The credentials section
## is the general setup-section-credentials.

catalogue-model-database-description = Reads contacts, intervals or agent statuses from your own database with an SQL query, through { -brand-cloud-link }.
setup-field-database-type = Database type
setup-option-database-mysql = { -brand-mysql }
setup-option-database-odbc = Other (ODBC)
setup-field-database-name = Database name
setup-field-database-username = Username
# MS SQL Server only: the article's hint on named instances.
setup-field-database-mssql-port-help = For a named instance, leave the port empty and open UDP port 1434 in your firewall instead, so that the { -brand-sql-server } Browser service can tell { -brand-cloud-link } the port.
setup-field-database-connection-string-help = The connection string for your database type and ODBC driver (connectionstrings.com lists many), or { "DSN=myODBCDatasourceName;" } for an ODBC data source. Queries delimit SQL identifiers with double quotes: if your driver does not by default, add its option, such as { "DELIMIDENT=y;" } for { -brand-informix }.
# The article selects "the type of import data" in running text: the product's label.
setup-field-database-import-data-type = Type of import data
setup-field-database-import-data-type-help = One type per integration: to import another type as well, add another integration.
setup-option-database-contact-based = Contact-based
setup-option-database-interval-based = Interval-based
setup-option-database-agent-status = Agent status
# The article: "(set as Interval length)"; the product has only a placeholder.
setup-field-database-interval-length = Interval length
setup-field-database-interval-length-help = The length of the intervals into which your query adds up the contacts.
setup-option-database-interval-15 = 15 minutes
setup-option-database-interval-30 = 30 minutes
# Article: "Import data in real time"; product: "Import real-time data". The article wins.
setup-field-database-import-realtime-data = Import data in real time
setup-field-database-import-realtime-data-help = Imports agent statuses every 10 seconds instead of every 15 minutes. Only in { -brand-injixo } Advanced and Enterprise WFM.
# Checked by default in the product; the catalogue has no defaults yet, hence "Recommended".
setup-field-database-data-reconciliation = Data reconciliation
setup-field-database-data-reconciliation-help = Recommended. Every 15 minutes, { -brand-injixo } imports the agent statuses of the last 24 hours again, so that corrections in your database (a forgotten clock-out, say) arrive too. Without it, only data since the last import is read: easier on the database, but older corrections must then be made by hand in { -brand-injixo }.
setup-field-database-time-zone = Database time zone
setup-field-database-time-zone-help = The time zone of the times in your database.
setup-field-database-sql-query = SQL query
setup-field-database-sql-query-help = Runs every 15 minutes. It must return the columns listed for your type of import data, named as shown: use aliases or a view if yours differ. The table is up to you.

## Columns of the SQL query's result: what each holds (the article's "Column details";
## column names stay English in every language). The contact-based columns follow the
## current English, German and Italian articles: the older Dutch, French and Spanish
## ones also require offered and make duration required.

setup-column-database-queueidentifier = Unique identifier of the queue. It stays the same when you rename the queue through queuename.
setup-column-database-queuename = Name of the queue.
# The article gives "Start of the interval" for contact-based data too.
setup-column-database-timestamp = Start of the interval.
setup-column-database-offered = Number of contacts in the interval (calls or emails, say).
setup-column-database-interval-answered = Number of contacts handled in the interval.
setup-column-database-handlingtime = Total handle time of all contacts in the interval.
setup-column-database-contact-answered = 1 if the contact was handled, 0 if not.
setup-column-database-duration = Handle time of this contact.
setup-column-database-channel = Channel of the { -brand-injixo } source queue: calls, chats, emails, social_media, documents or cases. Empty means calls.
setup-column-database-agentidentifier = Unique identifier of the agent: the person’s external identifier in { -brand-injixo }.
setup-column-database-starttime = Start of the agent status activity.
setup-column-database-endtime = End of the activity. Leave it empty while the activity is ongoing.
setup-column-database-activity = Identifier of the external activity.
