## Sikom (own tile). The article names the sections and the checkbox; the fields
## are running text there ("Select your database time zone"), so their labels are
## the product's.

catalogue-vendor-sikom-description = On-premise contact center for calls.
catalogue-model-sikom-description = Imports call history, agent statuses and real-time adherence data from the { -brand-sikom } database through { -brand-cloud-link }.
setup-field-sikom-database-time-zone = Database time zone
setup-field-sikom-database-time-zone-help = The time zone of your { -brand-sikom } database.
setup-field-sikom-username-help = A database user with read access to the database sk_acc_v5.
setup-field-sikom-import-agent-status = Import agent status data
setup-field-sikom-import-agent-status-help = Also imports when agents log in, log out or switch activities. { -brand-injixo } assigns them to people by their user name from { -brand-sikom }, entered as each person’s external identifier.
