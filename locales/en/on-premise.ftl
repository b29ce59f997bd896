## On-premise models: the labels several of them share. Each model's own texts are
## in its file (inin-cic, genesys-engage, mitel, sikom, avaya-cms, cisco-icm,
## database); the brand terms are in brands.ftl. Labels follow the articles; where an
## article names a field only in running text, the product's label is used.

# Mitel and Sikom (article and product agree). Genesys Engage's German and Dutch
# articles spell the section differently: see genesys-engage.ftl.
setup-section-on-premise-database-credentials = Database credentials
setup-field-on-premise-host = Host
setup-field-on-premise-port = Port
setup-field-on-premise-username = Username
setup-field-on-premise-password = Password
# Avaya CMS (the article's running text: "connection string"), Cisco ICM and the
# Database model's Other (ODBC) (article and product: "Connection string").
setup-field-on-premise-connection-string = Connection string
# Options of Genesys Engage's database adapter and of the Database model's type.
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
