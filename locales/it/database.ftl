## Database (riquadro Universal Interfaces). Etichette come nell’articolo
## (add-database-integration, giugno 2024); i campi che nomina solo nel testo hanno
## l’etichetta del prodotto. La sezione delle credenziali è setup-section-credentials.

catalogue-model-database-description = Legge contatti, intervalli o stati degli agenti dal tuo database con una query SQL, tramite { -brand-cloud-link }.
setup-field-database-type = Tipo di database
setup-option-database-mysql = { -brand-mysql }
setup-option-database-odbc = Altro (ODBC)
setup-field-database-name = Nome del database
setup-field-database-username = Nome utente
setup-field-database-mssql-port-help = Per un’istanza denominata (named instance), lascia vuota la porta e apri invece la porta UDP 1434 nel tuo firewall, così il servizio { -brand-sql-server } Browser può comunicare la porta a { -brand-cloud-link }.
setup-field-database-connection-string-help = La stringa di connessione per il tuo tipo di database e driver ODBC (connectionstrings.com ne elenca molte) oppure { "DSN=myODBCDatasourceName;" } per un’origine dati ODBC. Le query delimitano gli identificatori SQL con le virgolette doppie: se il tuo driver non lo fa di default, aggiungi la sua opzione, per esempio { "DELIMIDENT=y;" } per { -brand-informix }.
setup-field-database-import-data-type = Tipo di dati da importare
setup-field-database-import-data-type-help = Un tipo per integrazione: per importarne un altro, aggiungi un’altra integrazione.
setup-option-database-contact-based = Basato sul contatto
setup-option-database-interval-based = Per intervallo
# Articolo: «Stato dell’agente» (apostrofo tipografico); il prodotto scrive «dell'agente».
setup-option-database-agent-status = Stato dell’agente
setup-field-database-interval-length = Lunghezza dell’intervallo
setup-field-database-interval-length-help = La lunghezza degli intervalli in cui la tua query somma i contatti.
setup-option-database-interval-15 = 15 minuti
setup-option-database-interval-30 = 30 minuti
setup-field-database-import-realtime-data = Importa i dati in tempo reale
setup-field-database-import-realtime-data-help = Importa gli stati degli agenti ogni 10 secondi invece che ogni 15 minuti. Solo in { -brand-injixo } Advanced e Enterprise WFM.
setup-field-database-data-reconciliation = Riconciliazione dei dati
setup-field-database-data-reconciliation-help = Consigliata. Ogni 15 minuti { -brand-injixo } importa di nuovo gli stati degli agenti delle ultime 24 ore, così arrivano anche le correzioni fatte nel database (per esempio un’uscita non timbrata). Senza, si leggono solo i dati dall’ultima importazione: il database lavora meno, ma le correzioni più vecchie vanno poi fatte a mano in { -brand-injixo }.
setup-field-database-time-zone = Fuso orario del database
setup-field-database-time-zone-help = Il fuso orario degli orari nel tuo database.
# Articolo: «query SQL» nel testo; con la maiuscola, come il prodotto.
setup-field-database-sql-query = Query SQL
setup-field-database-sql-query-help = Viene eseguita ogni 15 minuti. Deve restituire le colonne elencate per il tuo tipo di dati, con questi nomi: usa degli alias o una vista se le tue si chiamano diversamente. La tabella la scegli tu.

## Colonne del risultato della query: che cosa contiene ognuna. I nomi delle colonne
## restano in inglese. Basato sul contatto segue gli articoli attuali.

setup-column-database-queueidentifier = Identificatore univoco della coda. Resta lo stesso se rinomini la coda tramite queuename.
setup-column-database-queuename = Nome della coda.
setup-column-database-timestamp = Inizio dell’intervallo.
setup-column-database-offered = Numero di contatti nell’intervallo (per esempio chiamate o email).
setup-column-database-interval-answered = Numero di contatti gestiti nell’intervallo.
setup-column-database-handlingtime = Tempo di gestione totale di tutti i contatti nell’intervallo.
setup-column-database-contact-answered = 1 se il contatto è stato gestito, altrimenti 0.
setup-column-database-duration = Tempo di gestione di questo contatto.
setup-column-database-channel = Canale della coda di origine in { -brand-injixo }: calls, chats, emails, social_media, documents o cases. Se vuoto, calls.
setup-column-database-agentidentifier = Identificatore univoco dell’agente: l’identificatore esterno della persona in { -brand-injixo }.
setup-column-database-starttime = Inizio dell’attività di stato dell’agente.
setup-column-database-endtime = Fine dell’attività. Lascialo vuoto finché l’attività è in corso.
setup-column-database-activity = Identificatore dell’attività esterna.
