## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. Fixed from P:
## "..." as "…", "'" as "’", quotes as «…».

# P heading (document_title.page_title is Spanish in P)
csv-import-title = Importazione dei dati storici
# P upload_form.introduction
csv-import-intro = Importa un file CSV dei dati storici del tuo ACD per creare una previsione in { -brand-injixo }. La dimensione massima del file CSV non deve superare i 7 MB.
# P upload_form.integration.label
csv-import-through = Importa tramite
# P upload_form.integration.placeholder
csv-import-through-placeholder = Seleziona integrazione…
# P upload_form.no_integration.text
csv-import-no-integration = Per importare i dati CSV, devi prima creare un’integrazione CSV.
# P upload_form.no_integration.link
csv-import-add-integration = Aggiungi un’integrazione CSV
# P upload_form.file_input.description.single
csv-import-drop = Trascina il file CSV (.csv o .txt) qui per aggiungerlo
# P upload_form.file_input.joiner
csv-import-drop-or = o
# A (P adds a full stop)
csv-import-browse = apri il tuo file explorer
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Rilascia il tuo file CSV qui…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Rilascia solo file con un formato CSV.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = Impossibile selezionare il file «{ $file_name }». Fornisci un file CSV valido.
# P upload_form.file_input.file_limit_warning
csv-import-file-limit = Puoi caricare il file cliccando su «Importa file».
# P upload_form.multi_upload_warning
csv-import-multi-upload = Il caricamento dei dati da più finestre del browser o computer contemporaneamente può danneggiare i dati delle code esistenti.
# P upload_form.help.text is first person ("Ho bisogno di aiuto?"): addressed to the admin
csv-import-help-text = Hai bisogno di aiuto?
# P upload_form.help.link
csv-import-help-link = Leggi cosa è supportato.
# A+P upload_form.submit.title
csv-import-submit = Importa file
# P upload_form.submit.loading
csv-import-uploading = Caricamento in corso
# own
# Variables:
#   $percent (Number) - share done, 0 to 100
csv-import-percent = { $percent }%
# own
# Variables:
#   $file_name (String) - the file chosen
#   $size (String) - its size, e.g. 2.4 MB
csv-import-file = { $file_name } ({ $size })

## Check in the browser before uploading (own)

csv-import-check-heading = Controllo prima del caricamento
csv-import-checking = Controllo del file con lo schema CSV dell’integrazione in corso…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] Il file corrisponde allo schema CSV: 1 riga può essere importata.
       *[other] Il file corrisponde allo schema CSV: { $count } righe possono essere importate.
    }
csv-import-check-problems = Il controllo ha trovato dei problemi. Correggi il file e sceglilo di nuovo, oppure importalo comunque per avere la risposta di { -brand-injixo }.
csv-import-check-sql = Questa integrazione mappa le colonne con una query SQL, che viene eseguita quando il file viene importato: non c’è alcun controllo prima del caricamento.
csv-import-no-schema = Questa integrazione non ha ancora uno schema CSV.

## The analysis, confirmation, writing, success (P)

csv-import-analyzed = Analizzato con successo il tuo file CSV.
csv-import-summary-title = La tua importazione
csv-import-confirm-heading = Conferma importazione
csv-import-lines = righe importate
csv-import-queues = Code importate
csv-import-agents = agenti importati
csv-import-first-date = prima data (UTC)
csv-import-last-date = ultima data (UTC)
csv-import-failure = Importazione fallita
csv-import-try-again = Riprova
csv-import-confirm = Conferma i tuoi dati per scriverli nel cloud.
# A+P confirmation_page.apply
csv-import-apply = Applica i dati
# T+P
csv-import-cancel = Annulla
csv-import-writing = Attendi un momento mentre i tuoi dati vengono scritti nel cloud…
csv-import-writing-status = Scrittura dei dati nel cloud…
csv-import-success = Importazione riuscita
csv-import-again = Carica un altro file CSV

## Errors (P error_page, errors.*); binary-file and unsupported-encoding are own texts.

csv-import-error-title = Si è verificato un errore durante l’importazione.
csv-import-error-before = Non è stato possibile importare il file a causa dei seguenti problemi:
csv-import-error-retry = Controlla la sintassi del file e riprova.
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Errore sulla riga { $line_number }:
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … e un altro problema.
       *[other] … e altri { $count } problemi.
    }
csv-error-empty-file = Il file è vuoto.
csv-error-file-too-large = Il file che hai provato a caricare è troppo grande. La dimensione massima è 7 MB.
csv-error-binary-file = Questo non è un file di testo. Esporta i dati come file CSV, preferibilmente in UTF-8, e sceglilo di nuovo.
csv-error-unsupported-encoding = Il file è salvato in UTF-16. Salvalo in UTF-8 e sceglilo di nuovo.
csv-error-invalid-headers = Intestazioni mancanti o con errori di ortografia.
csv-error-invalid-separator = Separatore non valido.
csv-error-invalid-row-length = Il numero di campi in questa riga non corrisponde al numero di campi nella riga di intestazione.
csv-error-missing-queue = Nome coda mancante.
csv-error-missing-agent = Manca l’identificativo agente.
csv-error-missing-activity = Manca l’identificativo attività.
csv-error-string-too-long = Riduci il tuo valore/stringa a 255 caratteri.
csv-error-invalid-date-format = Formato data errato.
csv-error-invalid-time-format = Formato ora errato.
csv-error-invalid-date-or-time-format = Formato data o ora errato.
csv-error-invalid-year = L’anno non deve essere antecedente al 1970.
csv-error-non-existing-timestamp = L’ora locale specificata non rappresenta un timestamp esistente.
# P lacks the final full stop
csv-error-invalid-timestamp = Timestamp non valido in base alla lunghezza dell’intervallo.
csv-error-end-time-before-start-time = L’ora di fine non può precedere l’ora di inizio.
csv-error-invalid-number = Controlla i formati dei valori numerici.
csv-error-negative-number = I numeri negativi non sono ammessi.
csv-error-number-too-big = Numero troppo grande.
csv-error-invalid-handled-cdr = Il campo gestito deve contenere 0 o 1.
# P writes "un durata"
csv-error-invalid-duration-cdr = Il contatto è stato gestito, ma non ha una durata.
csv-error-invalid-channel = Canale non supportato.
csv-error-invalid-time-range = I dati oltrepassano il periodo massimo di 10 anni.
csv-error-excessive-data = Non è supportato più di un anno di dati.
csv-error-unexpected = Si è verificato un errore imprevisto.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Ultime importazioni
csv-imports-none = Non è ancora stato importato alcun file CSV.
csv-imports-file = File
csv-imports-source = Origine
csv-imports-when = Caricato
csv-imports-state = Stato
csv-imports-lines = Righe
csv-imports-source-upload = Caricamento
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = In attesa di «Applica i dati»
csv-imports-state-rejected = Rifiutata
csv-imports-state-writing = Scrittura in corso
csv-imports-state-applied = Applicata
csv-imports-state-cancelled = Annullata
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } importate, { $rejected } rifiutate
