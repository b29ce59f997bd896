## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language, P = the product's own text, own = no
## source names it.

## The form's section

# A+P create_schema
csv-schema-create = Crea un nuovo schema CSV
# A+P edit_schema
csv-schema-edit = Modifica schema CSV
# P schema_exists
csv-schema-saved = Lo schema CSV è stato salvato correttamente
# P csv_schema.validation
csv-schema-missing = Devi creare uno schema CSV.
# own
csv-schema-type-first = Seleziona prima il tipo di dati da importare.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = File di esempio: { $file_name }
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = Il file di esempio { $file_name } era troppo grande per essere conservato quando la pagina è stata ricaricata. Apri «Modifica schema CSV» e caricalo di nuovo.
# own
csv-schema-type-mismatch = Lo schema CSV è stato creato per un altro tipo di dati da importare. Modifica lo schema CSV.
# own
csv-schema-method-sql = Colonne mappate con una query SQL

## The wizard's frame

# own
csv-wizard-steps = Passaggi
# A
csv-wizard-step-setup = Configurazione
# A
csv-wizard-step-preprocessing = Opzioni di pre-elaborazione
# A (mapping section heading)
csv-wizard-step-map = Mappare le colonne
# A (button)
csv-wizard-to-mapping = Mappa le colonne
# own
csv-wizard-back = Torna alla configurazione
# A
csv-wizard-save = Salva schema
# T
csv-wizard-cancel = Annulla

## Sample file

# own
csv-wizard-sample-heading = File di esempio
# own
csv-wizard-sample-help = Un file CSV prodotto dal tuo sistema esterno: con esso { -brand-injixo } ti mostra come leggerà i file del sistema. Al massimo 7 MB.
# A
csv-wizard-reupload = Caricare nuovamente il file
# own
csv-wizard-reading = Lettura del file in corso…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name }: { $rows ->
        [one] 1 riga
       *[other] { $rows } righe
    }, { $columns ->
        [one] 1 colonna
       *[other] { $columns } colonne
    }
# own
csv-wizard-sample-cut = Il file è più grande di 1 MB: come esempio viene conservato il suo primo MB.
# own
csv-wizard-one-column = È stata trovata una sola colonna: controlla il separatore di colonna.
# own
csv-wizard-sample-needed = Carica prima un file di esempio.
# own
csv-wizard-raw-heading = Prime righe del file
# own
csv-wizard-encoding = Codifica del file
# own
csv-wizard-encoding-detected = Il file non è in UTF-8, quindi è stato letto come Windows-1252 (Europa occidentale). Se le lettere non sono corrette, scegli la codifica usata dal tuo sistema. I file salvati in UTF-8 evitano questi problemi.
csv-wizard-encoding-windows-1252 = Windows-1252 o ISO-8859-1 (Europa occidentale)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (turco)

## Setup

# A
csv-wizard-separator = Separatore di colonna del file CSV
# A~ (the article's example word)
csv-wizard-separator-semicolon = Punto e virgola (;)
# own
csv-wizard-separator-comma = Virgola (,)
csv-wizard-separator-tab = Tabulazione
csv-wizard-separator-pipe = Barra verticale (|)
# own
csv-wizard-separator-detected = Rilevato nel file di esempio.
# A
csv-wizard-time-zone = Fuso orario
# own, after A
csv-wizard-time-zone-help = Il fuso orario in cui il tuo sistema esterno registra i dati.
# A
csv-wizard-layout = Layout dei dati
# A
csv-wizard-layout-contact = Per contatto
# own, after A
csv-wizard-layout-contact-help = Una riga per contatto. { -brand-injixo } li somma in intervalli di 15 minuti, quindi l’intervallo di pianificazione deve essere di 15 minuti.
# A
csv-wizard-layout-interval = Per intervallo
# own, after A
csv-wizard-layout-interval-help = Una riga per coda e intervallo, con tutti i suoi contatti.
# A
csv-wizard-layout-locked = Il layout dei dati non può essere modificato.
# own
csv-wizard-interval = Lunghezza dell’intervallo
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } minuti
# own, after A
csv-wizard-interval-help = La lunghezza degli intervalli nel tuo file. Una lunghezza maggiore genera errori; con una minore restano intervalli senza dati, gestiti come impostato sotto.
# A
csv-wizard-missing = Gestione dei valori mancanti negli intervalli
# A
csv-wizard-missing-empty = Lasciare vuoto
# A
csv-wizard-missing-zero = Riempire con zero
# own, after A ("no data" as the article writes it)
csv-wizard-missing-help = «Lasciare vuoto» mostra i valori mancanti come «no data», che va bene nella maggior parte dei casi. Un’importazione sovrascrive i dati già importati per i suoi intervalli.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Facoltativo: seleziona una o più opzioni.
# A
csv-wizard-add-header = Aggiungi riga di intestazione
# own, after A
csv-wizard-add-header-help = Per i file senza riga di intestazione: le colonne si chiamano allora A, B, C, …
# A
csv-wizard-skip-empty = Salta le righe vuote
# own, after A
csv-wizard-skip-empty-help = Ignora le righe che contengono solo separatori.
# A
csv-wizard-skip-first = Salta le prime righe
# own
csv-wizard-skip-first-count = Numero di righe da saltare
# own
csv-wizard-skip-first-error = Inserisci un numero intero da 1 a 10000.
# A
csv-wizard-skip-containing = Salta le righe contenenti
# own, after A
csv-wizard-skip-containing-help = Le righe che contengono una di queste stringhe vengono ignorate, anche la riga di intestazione. Maiuscole e minuscole contano.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = Stringa { $number }
# A
csv-wizard-add-string = Aggiungi stringa
# own
csv-wizard-remove-string = Rimuovi

## Map columns (A: the field table; "Nome Coda" and "Entranti" are its labels, the
## examples say "Nome della coda" and "In entrata"; "Date e ora" as the article spells it)

# A
csv-wizard-use-sql = Utilizza una query SQL per mappare le colonne
# A~
csv-wizard-method-warning = Se cambi il metodo di mappatura, lo schema CSV esistente verrà sovrascritto.
# own, after A
csv-wizard-method-warning-body = Al salvataggio, la mappatura salvata finora viene sostituita e non può essere ripristinata.
csv-field-queue = Nome Coda
csv-field-date = Data
csv-field-time = Ora
csv-field-one-column = Date e ora nella stessa colonna
csv-field-timestamp = Timestamp
csv-field-offered = Entranti
csv-field-handled = Gestiti
csv-field-aht = AHT
csv-field-duration = Durata
csv-field-channel = Canale
csv-field-agent = Identificativo agente
csv-field-activity = Identificativo attività
csv-field-start-date = Data di inizio
csv-field-start-time = Ora di inizio
csv-field-start-timestamp = Timestamp inizio
csv-field-end-date = Data di fine
csv-field-end-time = Ora di fine
csv-field-end-timestamp = Timestamp fine
# own, after A
csv-field-offered-help = Numeri interi o decimali con il punto.
csv-field-handled-help = 1 per un contatto gestito, 0 per uno non gestito.
csv-field-aht-help = Non obbligatorio, ma fondamentale per calcolare con precisione il fabbisogno di personale e per previsioni accurate.
csv-field-duration-help = In secondi, come numero intero.
csv-field-channel-help = Lo stesso canale per ogni riga, oppure la colonna che contiene il canale di ogni riga (calls, emails, chats, documents, cases o social_media).
csv-field-end-help = Facoltativo.
# own
csv-wizard-choose-column = Scegli una colonna…
# A
csv-wizard-no-column = Nessuna colonna
# A~
csv-wizard-date-format = Formato della data
csv-wizard-time-format = Formato dell’ora
csv-wizard-timestamp-format = Formato timestamp
csv-wizard-aht-format = Formato AHT
# A
csv-wizard-custom-date-format = Formato data personalizzato
# own
csv-wizard-custom-time-format = Formato ora personalizzato
# own
csv-wizard-custom-format = Formato personalizzato
# own
csv-wizard-list-format = Scegli dall’elenco
# own, after A
csv-wizard-format-help = D o DD per il giorno, M o MM per il mese, YY o YYYY per l’anno; in minuscolo h o hh, m o mm, s o ss per l’ora. Ogni altro carattere è un separatore.
# own
csv-wizard-choose-format = Scegli un formato…
# A~ shows English "Seconds" in the example table; translated
csv-wizard-aht-seconds = Secondi
csv-wizard-aht-hh-mm-ss = hh:mm:ss
# own
csv-wizard-channel-column = Colonna con il canale
# own
csv-wizard-channel-from-column = Da una colonna
# A
csv-channel-calls = Chiamate
# own
csv-channel-emails = E-mail
csv-channel-chats = Chat
csv-channel-documents = Documenti
csv-channel-cases = Casi
csv-channel-social-media = Social media

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Scegli una colonna.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = Il file di esempio non ha una colonna «{ $column }».
csv-schema-error-not-for-layout = Non usato con questo layout dei dati.
csv-schema-error-interval = Scegli 15 o 30 minuti.
csv-schema-error-time-zone = Scegli un fuso orario.
csv-format-error-empty = Scegli o scrivi un formato.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = Un formato ha al massimo { $max } caratteri.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = «{ $token }» non fa parte della notazione dei formati.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } compare più di una volta.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = Il formato richiede { $tokens }.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } non va in questo formato (i mesi si scrivono con la M maiuscola, i minuti con la m minuscola).

## The live preview (own)

csv-preview-heading = Anteprima
csv-preview-intro = Le prime righe del file di esempio come { -brand-injixo } le leggerà, con gli orari in UTC.
csv-preview-line = Riga
csv-preview-time-utc = Ora (UTC)
csv-preview-start-utc = Inizio (UTC)
csv-preview-end-utc = Fine (UTC)
csv-preview-problems = Problemi
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] { $imported } di 1 riga del file di esempio può essere importata.
       *[other] { $imported } di { $total } righe del file di esempio possono essere importate.
    }
csv-preview-mapping-needed = Mappa i campi obbligatori per vedere l’anteprima.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = La tabella mostra le prime { $count } righe.
csv-preview-problems-heading = Problemi nel file di esempio

## The SQL mapping

# own
csv-sql-label = Query SQL
# own, after A
csv-sql-help = Sintassi SQLite. La tabella si chiama uploaded_file; le sue colonne hanno i nomi della riga di intestazione del file (A, B, C, … con «Aggiungi riga di intestazione»), tra virgolette doppie se contengono spazi.
# own, after A (the column table)
csv-sql-column-queue = Il nome della coda.
csv-sql-column-timestamp = Inizio dell’intervallo o del contatto, come YYYY-MM-DD hh:mm:ss.
csv-sql-column-offered = Contatti entranti, per esempio chiamate o e-mail.
csv-sql-column-handled = Per intervallo: contatti gestiti nell’intervallo. Per contatto: 1 se il contatto è stato gestito, altrimenti 0.
csv-sql-column-aht = Tempo medio di gestione dei contatti dell’intervallo, in secondi.
csv-sql-column-duration = Tempo di gestione del contatto, in secondi.
csv-sql-column-channel = calls, chats, emails, social_media, documents o cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] La prima riga del risultato della query.
       *[other] Le prime { $count } righe del risultato della query.
    }
csv-sql-needs-sample = Carica un file di esempio per eseguire la query.
csv-sql-required = Inserisci la query SQL.
# P errors.sql_error is English in every language: translated
csv-sql-error = Si è verificato un errore SQL.
# own
csv-sql-timeout = La query ha richiesto troppo tempo ed è stata interrotta. Semplificala, per esempio senza ricorsione.
