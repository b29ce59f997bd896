## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = Nessuna connessione a { -brand-injixo }. Controlla la connessione di rete e riprova.
error-timeout = { -brand-injixo } non ha risposto in tempo. Riprova.
error-unauthorized = La sessione è scaduta. Accedi di nuovo per continuare.
error-forbidden = Non hai l’autorizzazione per gestire le integrazioni. Rivolgiti a un amministratore del tuo account { -brand-injixo }.
error-server = Si è verificato un problema in { -brand-injixo }. Riprova tra qualche istante.
error-unexpected-response = { -brand-injixo } ha inviato una risposta inattesa. Riprova e, se il problema si ripresenta, contatta l’assistenza di { -brand-injixo }.
error-check-fields = Alcuni campi richiedono la tua attenzione. I dati che hai inserito non sono andati persi.
error-not-found = Questa integrazione non esiste (più).
error-vendor-unavailable = Il sistema del fornitore non è raggiungibile, quindi non è stato possibile verificare le tue credenziali. Riprova tra qualche minuto.
error-request-in-progress = Il tentativo precedente è ancora in elaborazione. Attendi un momento e riprova.
error-unknown-model = Questo modello di integrazione non è più disponibile.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Riferimento per l’assistenza di { -brand-injixo }: { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value, in characters

field-error-required = Compila questo campo.
field-error-required-choice = Scegli una delle opzioni.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Usa al massimo { $max } caratteri.
field-error-name-taken = Esiste già un’integrazione con questo nome. Scegline un altro.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Inserisci un nome di dominio come { $example }.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Inserisci il nome completo del dominio, incluso il sottodominio, per esempio { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = Questo è un dominio { $other }. Inserisci il tuo dominio { $product }, per esempio { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = Questo non è un dominio { $product }. Inserisci il tuo dominio { $product }, per esempio { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = { $product } non è raggiungibile su questo dominio. Controlla di aver scritto correttamente il sottodominio.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } non ha accettato queste credenziali. Controlla i dati inseriti e riprova.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = L’utente di queste credenziali non dispone di privilegi sufficienti.
field-error-rejected = Questo valore non è stato accettato. Controllalo e riprova.
error-app-key-exists = Nel frattempo è stata generata una chiave API di { -brand-injixo }, forse in un’altra scheda. Ricarica la pagina per visualizzarla.
field-error-immutable = Questo valore non può essere modificato dopo il salvataggio.
field-error-not-a-number = Inserisci un numero intero.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Inserisci un numero compreso tra { $min } e { $max }.
field-error-url-invalid = Inserisci un indirizzo completo che inizi con https://.
error-plan-required = Il tuo piano { -brand-injixo } non include questa integrazione.
error-csrf = Non è stato possibile confermare la tua sessione per questa modifica. Ricarica la pagina e riprova; i dati inseriti non vanno persi.
error-copy-details = Copia dettagli
error-details-copied = Dettagli copiati per l’assistenza { -brand-injixo }.
error-details-copy-failed = La copia non è riuscita.
