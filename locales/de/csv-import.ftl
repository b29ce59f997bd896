## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. Fixed from P:
## "Du/Deine" written "du/deine", "..." as "…", "7MB" as "7 MB", "…" quotes as „…“.

# P heading (document_title.page_title says "Importieren historischer Daten")
csv-import-title = Import historischer Daten
# P upload_form.introduction
csv-import-intro = Importiere eine CSV-Datei mit den historischen Daten aus deiner ACD, um dann einen Forecast in { -brand-injixo } zu erstellen. Die maximale Größe der CSV-Datei darf 7 MB nicht überschreiten.
# P upload_form.integration.label
csv-import-through = Import mittels
# P upload_form.integration.placeholder
csv-import-through-placeholder = Wähle eine Integration…
# P upload_form.no_integration.text
csv-import-no-integration = Um CSV-Daten importieren zu können, musst du zunächst eine CSV-Integration erstellen.
# P upload_form.no_integration.link
csv-import-add-integration = Füge jetzt eine CSV-Integration hinzu
# P upload_form.file_input.description.single
csv-import-drop = Ziehe eine CSV-Datei (.csv oder .txt) hierher, um sie hinzuzufügen
# P upload_form.file_input.joiner
csv-import-drop-or = oder
# A (P: "öffne Deinen Datei-Explorer.")
csv-import-browse = öffne deinen Datei-Explorer
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Lege deine CSV-Datei hier ab…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Lege nur eine Datei im CSV-Format ab.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = Die Datei „{ $file_name }“ konnte nicht ausgewählt werden. Stelle eine gültige CSV-Datei zur Verfügung.
# P upload_form.file_input.file_limit_warning
csv-import-file-limit = Du kannst die Datei hochladen, indem du auf „Datei importieren“ klickst.
# P upload_form.multi_upload_warning
csv-import-multi-upload = Das gleichzeitige Hochladen von Daten aus mehreren Browserfenstern oder von verschiedenen Computern aus kann deine vorhandenen Queue-Daten beschädigen.
# P upload_form.help.text
csv-import-help-text = Brauchst du Hilfe?
# P upload_form.help.link
csv-import-help-link = Finde heraus, was unterstützt wird.
# A+P upload_form.submit.title
csv-import-submit = Datei importieren
# P upload_form.submit.loading
csv-import-uploading = Lädt hoch
# own
# Variables:
#   $percent (Number) - share done, 0 to 100
csv-import-percent = { $percent } %
# own
# Variables:
#   $file_name (String) - the file chosen
#   $size (String) - its size, e.g. 2.4 MB
csv-import-file = { $file_name } ({ $size })

## Check in the browser before uploading (own)

csv-import-check-heading = Prüfung vor dem Hochladen
csv-import-checking = Die Datei wird mit dem CSV-Schema der Integration geprüft…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] Die Datei passt zum CSV-Schema: 1 Zeile kann importiert werden.
       *[other] Die Datei passt zum CSV-Schema: { $count } Zeilen können importiert werden.
    }
csv-import-check-problems = Die Prüfung hat Probleme gefunden. Korrigiere die Datei und wähle sie erneut aus, oder importiere sie trotzdem, um die Antwort von { -brand-injixo } zu erhalten.
csv-import-check-sql = Diese Integration ordnet ihre Spalten mit einer SQL-Abfrage zu, die beim Import der Datei ausgeführt wird: Vor dem Hochladen gibt es keine Prüfung.
csv-import-no-schema = Diese Integration hat noch kein CSV-Schema.

## The analysis, confirmation, writing, success (P)

csv-import-analyzed = Deine CSV-Datei wurde erfolgreich analysiert.
csv-import-summary-title = Dein Import
csv-import-confirm-heading = Import bestätigen
csv-import-lines = importierte Zeilen
csv-import-queues = importierte Queues
csv-import-agents = importierte Agenten
csv-import-first-date = Anfangsdatum (UTC)
csv-import-last-date = Enddatum (UTC)
csv-import-failure = Import fehlgeschlagen
csv-import-try-again = Versuche es noch einmal
csv-import-confirm = Bestätige deine Daten, um sie in der Cloud zu speichern.
# A+P confirmation_page.apply
csv-import-apply = Daten übernehmen
# T+P
csv-import-cancel = Abbrechen
csv-import-writing = Bitte warte einen Moment, während deine Daten in der Cloud gespeichert werden…
csv-import-writing-status = Deine Daten werden in der Cloud gespeichert…
csv-import-success = Import erfolgreich
csv-import-again = Eine weitere CSV-Datei hochladen

## Errors (P error_page, errors.*); binary-file and unsupported-encoding are own texts.

csv-import-error-title = Während des Imports ist ein Fehler aufgetreten.
csv-import-error-before = Die Datei konnte aufgrund folgender Probleme nicht importiert werden:
csv-import-error-retry = Überprüfe die Syntax der Datei und versuche es noch einmal.
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Fehler in Zeile { $line_number }:
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … und 1 weiteres Problem.
       *[other] … und { $count } weitere Probleme.
    }
csv-error-empty-file = Die Datei ist leer.
csv-error-file-too-large = Die Datei, die du versucht hast hochzuladen, ist zu groß. Die maximale Größe beträgt 7 MB.
csv-error-binary-file = Das ist keine Textdatei. Exportiere die Daten als CSV-Datei, am besten in UTF-8, und wähle sie erneut aus.
csv-error-unsupported-encoding = Die Datei ist in UTF-16 gespeichert. Speichere sie in UTF-8 und wähle sie erneut aus.
csv-error-invalid-headers = Fehlende oder falsch geschriebene Spalten in der Kopfzeile.
csv-error-invalid-separator = Ungültiger Separator.
csv-error-invalid-row-length = Die Anzahl der Felder in dieser Zeile stimmt nicht mit der Anzahl der Felder in der Kopfzeile überein.
csv-error-missing-queue = Fehlender Queue-Name.
csv-error-missing-agent = Fehlende Agenten-Kennung.
csv-error-missing-activity = Fehlende Aktivitäten-Kennung.
csv-error-string-too-long = Kürze den Wert auf 255 Zeichen.
csv-error-invalid-date-format = Ungültiges Datumsformat.
csv-error-invalid-time-format = Ungültiges Zeitformat.
csv-error-invalid-date-or-time-format = Ungültiges Datums- oder Zeitformat.
csv-error-invalid-year = Das Jahr darf nicht vor 1970 liegen.
csv-error-non-existing-timestamp = Die angegebene lokale Zeit stellt keinen existierenden Zeitstempel dar.
csv-error-invalid-timestamp = Ungültiger Zeitstempel basierend auf der Intervalllänge.
csv-error-end-time-before-start-time = Endzeit darf nicht vor Startzeit liegen.
csv-error-invalid-number = Überprüfe die Formate der numerischen Werte.
csv-error-negative-number = Negative Zahlen sind nicht erlaubt.
csv-error-number-too-big = Die Zahl ist zu groß.
# P says "Das betroffene Feld" (the affected field) where it means Handled
csv-error-invalid-handled-cdr = Das Feld „Angenommene“ muss entweder 0 oder 1 enthalten.
csv-error-invalid-duration-cdr = Der Kundenkontakt wird als bearbeitet angegeben, hat aber keine Dauer.
csv-error-invalid-channel = Nicht unterstützter Kanal.
csv-error-invalid-time-range = Die Daten überschreiten den maximal zulässigen Zeitraum von 10 Jahren.
csv-error-excessive-data = Daten von mehr als einem Jahr werden nicht unterstützt.
csv-error-unexpected = Ein unerwarteter Fehler ist aufgetreten.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Letzte Importe
csv-imports-none = Es wurde noch keine CSV-Datei importiert.
csv-imports-file = Datei
csv-imports-source = Quelle
csv-imports-when = Hochgeladen
csv-imports-state = Status
csv-imports-lines = Zeilen
csv-imports-source-upload = Upload
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = Wartet auf „Daten übernehmen“
csv-imports-state-rejected = Abgelehnt
csv-imports-state-writing = Wird gespeichert
csv-imports-state-applied = Übernommen
csv-imports-state-cancelled = Abgebrochen
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } importiert, { $rejected } abgelehnt
