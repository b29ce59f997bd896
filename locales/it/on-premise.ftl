## Modelli on-premise: le etichette che più modelli condividono. I testi propri di
## ogni modello sono nel suo file, i marchi in brands.ftl. Le etichette seguono gli
## articoli; se un articolo nomina un campo solo nel testo, si usa quella del prodotto.

# Mitel e Sikom: «Credenziali database» (articolo e prodotto).
setup-section-on-premise-database-credentials = Credenziali database
setup-field-on-premise-host = Host
setup-field-on-premise-port = Porta
setup-field-on-premise-username = Nome utente
setup-field-on-premise-password = Password
# Articoli (Avaya CMS nel testo, Cisco ICM, Database) e prodotto.
setup-field-on-premise-connection-string = Stringa di connessione
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
