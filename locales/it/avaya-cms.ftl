## Avaya CMS (riquadro proprio). Campi come nell’articolo (stringa di connessione, fuso
## orario del database, dettagli sugli stati, dati in tempo reale con porta) più il
## «Raggruppamento di chiamate» del prodotto, che nessun articolo nomina; il «Data
## source» del prodotto è già nella stringa (DSN=…;). Decisione: vedi en/avaya-cms.ftl.

catalogue-vendor-avaya-cms-description = Call Management System dei contact center { -brand-avaya }, sui tuoi server.
catalogue-model-avaya-cms-description = Importa chiamate e stati degli agenti dal database di { -brand-avaya-cms } tramite { -brand-cloud-link }, gli stati degli agenti anche in tempo reale, se vuoi.
setup-section-avaya-cms-configuration-help = { -brand-injixo } associa gli stati degli agenti alle persone tramite il nome utente di { -brand-avaya-cms }, che inserisci come identificatore esterno di ogni persona. Se importi i dati in tempo reale, metti in pausa l’integrazione prima di associarli.
setup-field-avaya-cms-connection-string-help = La stringa di connessione ODBC del database del CMS. Di solito è { -brand-informix }: usa il suo driver ODBC con l’opzione { "DELIMIDENT=y;" }, per esempio { "DSN=AvayaCMS;DELIMIDENT=y;" } per un’origine dati ODBC con quel nome. Per un altro database, usa la stringa del suo driver ODBC.
# L’articolo nomina il campo solo nel testo; l’etichetta del modello Database nel prodotto.
setup-field-avaya-cms-database-time-zone = Fuso orario del database
setup-field-avaya-cms-database-time-zone-help = Il fuso orario del database del CMS.
setup-field-avaya-cms-call-grouping = Raggruppamento di chiamate
setup-field-avaya-cms-call-grouping-help = Come le chiamate vengono raggruppate in code: per VDN o per split.
setup-option-avaya-cms-grouping-vdn = Basato su VDN
setup-option-avaya-cms-grouping-split = Basato su Split
setup-field-avaya-cms-detailed-agent-statuses = Importa i dettagli sugli stati degli agenti
setup-field-avaya-cms-detailed-agent-statuses-help = Aggiunge le skill (profilo dell’agente) e gli split (instradamento delle chiamate) agli stati degli agenti importati.
setup-field-avaya-cms-import-realtime-data = Importa i dati in tempo reale
setup-field-avaya-cms-import-realtime-data-help = Trasmette gli stati degli agenti in tempo reale: il servizio { -brand-avaya } Generic RTA, concesso in licenza e configurato in { -brand-avaya }, si collega a { -brand-cloud-link } sulla porta qui sotto.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } resta in ascolto su questa porta TCP per il servizio { -brand-avaya } Generic RTA: consenti le connessioni in entrata su questa porta nel server su cui gira { -brand-cloud-link }.
