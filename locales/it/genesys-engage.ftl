## Genesys Engage (riquadro Genesys). L’articolo nomina la sezione e la casella; i
## campi vi compaiono solo nel testo, quindi le etichette sono quelle del prodotto.

catalogue-model-genesys-engage-description = Importa lo storico delle chiamate e gli stati degli agenti dai database di { -brand-genesys-engage } tramite { -brand-cloud-link }.
setup-section-genesys-engage-database-credentials = Credenziali database
setup-field-genesys-engage-database-adapter = Database adapter
setup-field-genesys-engage-database-adapter-help = Il database usato dal tuo ACD.
setup-field-genesys-engage-username-help = Un utente del database con accesso in lettura ai database dell’ACD.
setup-field-genesys-engage-etl-database = Database ETL
setup-field-genesys-engage-etl-database-help = Il nome del database ETL, che contiene tabelle come qinfo e status.
setup-field-genesys-engage-configuration-database = Database di configurazione
setup-field-genesys-engage-configuration-database-help = Il nome del database di configurazione, che contiene tabelle come cfg_dn e cfg_person.
# Articolo e prodotto: «…degli agenti» (Mitel e Sikom scrivono «stati agente»).
setup-field-genesys-engage-import-agent-status = Importa i dati sugli stati degli agenti
setup-field-genesys-engage-import-agent-status-help = Importa anche quando gli agenti accedono, escono o cambiano attività. { -brand-injixo } li associa alle persone tramite il nome utente di { -brand-pureengage }, che inserisci come identificatore esterno di ogni persona.
