## Brand names. Never translated; used through these terms so that a rename is one edit.

# On-premise vendors and the databases their forms name; then injixo and the cloud vendors.

-brand-interactive-intelligence-cic = Interactive Intelligence CIC
-brand-genesys-engage = Genesys Engage
# Genesys Engage's former name: its user names are "user names from PureEngage".
-brand-pureengage = PureEngage
-brand-mitel = Mitel
-brand-mivoice-business = { -brand-mitel } MiVoice Business
-brand-sikom = Sikom
-brand-avaya = Avaya
-brand-avaya-cms = { -brand-avaya } CMS
-brand-cisco = Cisco
-brand-cisco-icm = { -brand-cisco } ICM
-brand-unified-cce = Unified CCE
-brand-sql-server = SQL Server
-brand-ms-sql-server = MS { -brand-sql-server }
-brand-postgresql = PostgreSQL
-brand-mysql = MySQL
-brand-informix = IBM Informix

-brand-injixo = injixo
-brand-freshworks = Freshworks
-brand-freshchat = Freshchat
-brand-freshdesk = Freshdesk

-brand-five9 = Five9
-brand-vonage = Vonage
-brand-talkdesk = Talkdesk
-brand-ujet = Ujet
-brand-odigo = Odigo
-brand-zendesk = Zendesk
-brand-genesys-cloud = Genesys Cloud
