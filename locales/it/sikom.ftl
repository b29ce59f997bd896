## Sikom (riquadro proprio). L’articolo nomina le sezioni e la casella; i campi vi
## compaiono solo nel testo, quindi le etichette sono quelle del prodotto.

catalogue-vendor-sikom-description = Contact center on-premise per le chiamate.
catalogue-model-sikom-description = Importa lo storico delle chiamate, gli stati degli agenti e i dati per l’aderenza in tempo reale dal database di { -brand-sikom } tramite { -brand-cloud-link }.
# Prodotto: «Fuso orario Database» (D maiuscola); scritto come nel modello Database e
# nell’articolo Cisco ICM: «Fuso orario del database».
setup-field-sikom-database-time-zone = Fuso orario del database
setup-field-sikom-database-time-zone-help = Il fuso orario del tuo database { -brand-sikom }.
setup-field-sikom-username-help = Un utente del database con accesso in lettura al database sk_acc_v5.
# Articolo: «Importa i dati sugli stati agente»; prodotto: «…degli agenti». L’articolo vince.
setup-field-sikom-import-agent-status = Importa i dati sugli stati agente
setup-field-sikom-import-agent-status-help = Importa anche quando gli agenti accedono, escono o cambiano attività. { -brand-injixo } li associa alle persone tramite il nome utente di { -brand-sikom }, che inserisci come identificatore esterno di ogni persona.
