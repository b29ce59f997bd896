## injixo Cloud Link (sezione dei moduli on-premise, stato della connessione, errori).
## Etichette come nell'articolo di installazione („PIN mostrato durante
## l’installazione“, „Collega“, „Collega una nuova installazione di injixo Cloud
## Link“); per il resto come nel prodotto.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } è un piccolo programma da installare su un server della tua rete, accanto al tuo sistema. Invia i dati a { -brand-injixo } solo tramite connessioni in uscita.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Facoltativo: serve solo se { -brand-cloud-link } deve inviare i file da una cartella della tua rete. Se carichi i file manualmente, puoi saltare questo passaggio.
cloud-link-os-label = Sistema operativo del server
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Scarica per { $os } { $arch }
cloud-link-download-help = Scarica il programma di installazione per il tuo sistema operativo e installalo. L’installazione mostra un PIN: inseriscilo qui sotto.
cloud-link-install-guide = Come installare { -brand-cloud-link }
cloud-link-pin-label = PIN mostrato durante l’installazione
cloud-link-pin-help = Sei cifre. Il PIN scade dopo 5 minuti: se è scaduto, riavvia { -brand-cloud-link } per ottenerne uno nuovo.
cloud-link-connect-button = Collega
cloud-link-connecting = Collegamento in corso…
cloud-link-linked = Collegato con successo
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · versione { $version }
cloud-link-new-installation = Collega una nuova installazione di { -brand-cloud-link }
cloud-link-keep-installation = Mantieni l’installazione collegata
cloud-link-cancel-title = Sei sicuro?
cloud-link-cancel-body = Hai già stabilito una connessione al tuo { -brand-cloud-link }: se esci andrà persa. Per collegarlo a una nuova integrazione, riavvia { -brand-cloud-link } per ottenere un nuovo PIN.
cloud-link-cancel-confirm = Sì, annulla
cloud-link-cancel-stay = Continua la modifica
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Server
cloud-link-version-label = Versione
cloud-link-last-seen-label = Ultimo contatto
cloud-link-connection-label = Connessione
cloud-link-connected = Connesso
cloud-link-not-connected = Non connesso
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } si fa sentire da { -brand-injixo } ogni pochi secondi. Se tace per { $seconds } secondi, l’integrazione mostra Problema rilevato finché non torna.

error-cloud-link-not-connected = Il tuo { -brand-cloud-link } non è connesso.
error-cloud-link-unreachable = Nessuna connessione a { -brand-cloud-link }. Verifica che sia in esecuzione sul tuo server e riprova.
error-verification-failed = Impossibile verificare la tua integrazione con i dati che hai fornito. Controlla i campi qui sotto.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Messaggio del tuo sistema: { $message }
error-pin-attempts-exceeded = Troppi PIN errati. Attendi qualche minuto, poi riprova con il PIN che { -brand-cloud-link } mostra ora.
error-sql = Il tuo database non ha accettato la query.
error-query-timeout = La query è durata più di quanto { -brand-cloud-link } consente ed è stata interrotta. Rendila più veloce, per esempio limitandola alle righe recenti.
error-no-build = Questo download non è disponibile qui.
field-error-pin-invalid = Il PIN non è corretto. Assicurati che non sia scaduto; se non sei sicuro, riavvia { -brand-cloud-link } per generare un nuovo PIN e riprova.
field-error-pin-format = Inserisci le sei cifre del PIN.
field-error-time-zone-mismatch = Il sistema su cui è in esecuzione { -brand-cloud-link } si trova in un altro fuso orario. Scegli il fuso orario del tuo sistema.
