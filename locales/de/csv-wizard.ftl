## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language, P = the product's own text, own = no
## source names it. Typography follows terminology.md (du, „…“).

## The form's section

# A+P create_schema
csv-schema-create = Erstelle ein neues CSV-Schema
# A+P edit_schema
csv-schema-edit = CSV-Schema bearbeiten
# P schema_exists
csv-schema-saved = CSV-Schema wurde erfolgreich gespeichert
# P csv_schema.validation ("Du" written "du")
csv-schema-missing = Du musst ein CSV-Schema erstellen
# own
csv-schema-type-first = Wähle zuerst den Datentyp für den Import aus.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = Beispieldatei: { $file_name }
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = Die Beispieldatei { $file_name } war zu groß, um sie beim Neuladen der Seite zu behalten. Öffne „CSV-Schema bearbeiten“ und lade sie erneut hoch.
# own
csv-schema-type-mismatch = Das CSV-Schema wurde für einen anderen Datentyp erstellt. Bearbeite das CSV-Schema.
# own
csv-schema-method-sql = Spalten per SQL-Abfrage zugeordnet

## The wizard's frame

# own
csv-wizard-steps = Schritte
# A: the create steps say "Einrichtung", the edit steps "Setup"; the create steps' word is used
csv-wizard-step-setup = Einrichtung
# A
csv-wizard-step-preprocessing = Vorverarbeitungsoptionen
# A (mapping section heading)
csv-wizard-step-map = Spalten zuordnen
# A (the create steps' button; the edit steps say "Spalten zuordnen", the heading)
csv-wizard-to-mapping = Zur Spaltenzuordnung
# own
csv-wizard-back = Zurück zur Einrichtung
# A
csv-wizard-save = Schema speichern
# T
csv-wizard-cancel = Abbrechen

## Sample file

# own
csv-wizard-sample-heading = Beispieldatei
# own
csv-wizard-sample-help = Eine CSV-Datei, die dein externes System erzeugt hat: { -brand-injixo } zeigt dir daran, wie es die Dateien des Systems lesen wird. Höchstens 7 MB.
# A
csv-wizard-reupload = Datei neu hochladen
# own
csv-wizard-reading = Datei wird gelesen…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name }: { $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    }, { $columns ->
        [one] 1 Spalte
       *[other] { $columns } Spalten
    }
# own
csv-wizard-sample-cut = Die Datei ist größer als 1 MB: Ihr erstes MB wird als Beispiel behalten.
# own
csv-wizard-one-column = Es wurde nur eine Spalte gefunden: Prüfe das Spaltentrennzeichen.
# own
csv-wizard-sample-needed = Lade zuerst eine Beispieldatei hoch.
# own
csv-wizard-raw-heading = Erste Zeilen der Datei
# own
csv-wizard-encoding = Zeichenkodierung der Datei
# own
csv-wizard-encoding-detected = Die Datei ist nicht in UTF-8 gespeichert und wurde deshalb als Windows-1252 (westeuropäisch) gelesen. Wenn Buchstaben falsch aussehen, wähle die Kodierung, die dein System verwendet. In UTF-8 gespeicherte Dateien vermeiden solche Probleme.
csv-wizard-encoding-windows-1252 = Windows-1252 oder ISO-8859-1 (westeuropäisch)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (türkisch)

## Setup

# A
csv-wizard-separator = Spaltentrennzeichen der CSV-Datei
# A~ (the article's example word)
csv-wizard-separator-semicolon = Semikolon (;)
# own
csv-wizard-separator-comma = Komma (,)
csv-wizard-separator-tab = Tabulator
csv-wizard-separator-pipe = Senkrechter Strich (|)
# own
csv-wizard-separator-detected = In der Beispieldatei erkannt.
# A
csv-wizard-time-zone = Zeitzone
# own, after A
csv-wizard-time-zone-help = Die Zeitzone, in der dein externes System die Daten erfasst.
# A
csv-wizard-layout = Datenlayout
# A
csv-wizard-layout-contact = Kontaktbasiert
# own, after A
csv-wizard-layout-contact-help = Eine Zeile pro Kontakt. { -brand-injixo } fasst sie in 15-Minuten-Intervallen zusammen, daher muss das Planungsintervall 15 Minuten betragen.
# A
csv-wizard-layout-interval = Intervallbasiert
# own, after A
csv-wizard-layout-interval-help = Eine Zeile pro Queue und Intervall, mit allen Kontakten darin.
# A
csv-wizard-layout-locked = Datenlayout kann nicht geändert werden
# own
csv-wizard-interval = Intervalllänge
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } Minuten
# own, after A
csv-wizard-interval-help = Die Länge der Intervalle in deiner Datei. Eine größere Länge führt zu Fehlern; bei einer kleineren bleiben Intervalle ohne Daten, die wie unten eingestellt behandelt werden.
# A
csv-wizard-missing = Fehlende Werte in vorhandenen Intervallen behandeln
# A
csv-wizard-missing-empty = Leer lassen
# A
csv-wizard-missing-zero = Mit Null auffüllen
# own, after A ("no data" as the article writes it)
csv-wizard-missing-help = „Leer lassen“ zeigt fehlende Werte als „no data“ an; das passt in den meisten Fällen. Ein Import überschreibt die Daten, die für seine Intervalle bereits importiert wurden.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Optional: Wähle eine oder mehrere Optionen aus.
# A
csv-wizard-add-header = Spaltenkopfzeile hinzufügen
# own, after A
csv-wizard-add-header-help = Für Dateien ohne Kopfzeile: Die Spalten heißen dann A, B, C, …
# A
csv-wizard-skip-empty = Leere Zeilen überspringen
# own, after A
csv-wizard-skip-empty-help = Ignoriert Zeilen, die nur Trennzeichen enthalten.
# A
csv-wizard-skip-first = Überspringe die erste(n) Zeile(n)
# own
csv-wizard-skip-first-count = Anzahl der zu überspringenden Zeilen
# own
csv-wizard-skip-first-error = Gib eine ganze Zahl von 1 bis 10000 ein.
# A
csv-wizard-skip-containing = Überspringe die Zeile(n) mit
# own, after A
csv-wizard-skip-containing-help = Zeilen, die eine dieser Zeichenfolgen enthalten, werden ignoriert, auch die Kopfzeile. Groß- und Kleinschreibung wird beachtet.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = String { $number }
# A
csv-wizard-add-string = String hinzufügen
# own
csv-wizard-remove-string = Entfernen

## Map columns. The article's field table keeps English "Date", "Time" and "Offered"
## (its examples say Datum, Zeit, Eingehende): the field table's labels are used (Q7).

# A
csv-wizard-use-sql = Spaltenzuordnung über SQL-Abfrage
# A~
csv-wizard-method-warning = Ändern der Zuordnungsmethode überschreibt bestehendes CSV-Schema
# own, after A
csv-wizard-method-warning-body = Beim Speichern wird die bisher gespeicherte Zuordnung ersetzt und kann nicht wiederhergestellt werden.
csv-field-queue = Queue-Name
csv-field-date = Date
csv-field-time = Time
csv-field-one-column = Datum und Uhrzeit in einer Spalte
csv-field-timestamp = Zeitstempel
csv-field-offered = Offered
csv-field-handled = Angenommene
csv-field-aht = AHT
csv-field-duration = Dauer
csv-field-channel = Kanal
csv-field-agent = Agentenkennung
csv-field-activity = Aktivitätskennung
csv-field-start-date = Startdatum
csv-field-start-time = Startzeit
csv-field-start-timestamp = Startzeitstempel
csv-field-end-date = Enddatum
csv-field-end-time = Endzeit
csv-field-end-timestamp = Endzeitstempel
# own, after A
csv-field-offered-help = Ganze Zahlen oder Dezimalzahlen mit Punkt.
csv-field-handled-help = 1 für einen angenommenen Kontakt, 0 für einen nicht angenommenen.
csv-field-aht-help = Nicht erforderlich, aber entscheidend für eine genaue Personalbedarfsberechnung und genaue Forecasts.
csv-field-duration-help = In Sekunden, als ganze Zahl.
csv-field-channel-help = Derselbe Kanal für jede Zeile oder die Spalte, die den Kanal jeder Zeile enthält (calls, emails, chats, documents, cases oder social_media).
csv-field-end-help = Optional.
# own
csv-wizard-choose-column = Spalte wählen…
# A
csv-wizard-no-column = Keine Spalte
# A~
csv-wizard-date-format = Datumsformat
csv-wizard-time-format = Zeitformat
csv-wizard-timestamp-format = Zeitstempelformat
csv-wizard-aht-format = AHT-Format
# A
csv-wizard-custom-date-format = Benutzerdefiniertes Datumsformat
# own
csv-wizard-custom-time-format = Benutzerdefiniertes Zeitformat
# own
csv-wizard-custom-format = Eigenes Format
# own
csv-wizard-list-format = Aus der Liste wählen
# own, after A
csv-wizard-format-help = D oder DD für den Tag, M oder MM für den Monat, YY oder YYYY für das Jahr; kleingeschrieben h oder hh, m oder mm, s oder ss für die Uhrzeit. Jedes andere Zeichen ist ein Trennzeichen.
# own
csv-wizard-choose-format = Format wählen…
# A~ shows English "Seconds" in the example table; translated
csv-wizard-aht-seconds = Sekunden
csv-wizard-aht-hh-mm-ss = hh:mm:ss
# own
csv-wizard-channel-column = Spalte mit dem Kanal
# own
csv-wizard-channel-from-column = Aus einer Spalte
# A
csv-channel-calls = Anrufe
# own
csv-channel-emails = E-Mails
csv-channel-chats = Chats
csv-channel-documents = Dokumente
csv-channel-cases = Cases
csv-channel-social-media = Social Media

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Wähle eine Spalte.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = Die Beispieldatei hat keine Spalte „{ $column }“.
csv-schema-error-not-for-layout = Wird bei diesem Datenlayout nicht verwendet.
csv-schema-error-interval = Wähle 15 oder 30 Minuten.
csv-schema-error-time-zone = Wähle eine Zeitzone.
csv-format-error-empty = Wähle oder schreibe ein Format.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = Ein Format hat höchstens { $max } Zeichen.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = „{ $token }“ gehört nicht zur Formatschreibweise.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } kommt mehr als einmal vor.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = Das Format braucht { $tokens }.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } gehört nicht in dieses Format (Monate schreiben sich mit großem M, Minuten mit kleinem m).

## The live preview (own)

csv-preview-heading = Vorschau
csv-preview-intro = Die ersten Zeilen der Beispieldatei, wie { -brand-injixo } sie lesen wird, mit den Zeiten in UTC.
csv-preview-line = Zeile
csv-preview-time-utc = Zeit (UTC)
csv-preview-start-utc = Start (UTC)
csv-preview-end-utc = Ende (UTC)
csv-preview-problems = Probleme
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] { $imported } von 1 Zeile der Beispieldatei kann importiert werden.
       *[other] { $imported } von { $total } Zeilen der Beispieldatei können importiert werden.
    }
csv-preview-mapping-needed = Ordne die erforderlichen Felder zu, um die Vorschau zu sehen.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = Die Tabelle zeigt die ersten { $count } Zeilen.
csv-preview-problems-heading = Probleme in der Beispieldatei

## The SQL mapping

# own
csv-sql-label = SQL-Abfrage
# own, after A
csv-sql-help = SQLite-Syntax. Die Tabelle heißt uploaded_file; ihre Spalten heißen wie in der Kopfzeile der Datei (A, B, C, … mit „Spaltenkopfzeile hinzufügen“), in doppelten Anführungszeichen, wenn sie Leerzeichen enthalten.
# own, after A (the column table)
csv-sql-column-queue = Der Name der Queue.
csv-sql-column-timestamp = Beginn des Intervalls oder Kontakts, als YYYY-MM-DD hh:mm:ss.
csv-sql-column-offered = Eingehende Kontakte, zum Beispiel Anrufe oder E-Mails.
csv-sql-column-handled = Intervallbasiert: im Intervall angenommene Kontakte. Kontaktbasiert: 1, wenn der Kontakt angenommen wurde, sonst 0.
csv-sql-column-aht = Durchschnittliche Bearbeitungszeit der Kontakte des Intervalls, in Sekunden.
csv-sql-column-duration = Bearbeitungszeit des Kontakts, in Sekunden.
csv-sql-column-channel = calls, chats, emails, social_media, documents oder cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] Die erste Zeile des Abfrageergebnisses.
       *[other] Die ersten { $count } Zeilen des Abfrageergebnisses.
    }
csv-sql-needs-sample = Lade eine Beispieldatei hoch, um die Abfrage auszuführen.
csv-sql-required = Gib die SQL-Abfrage ein.
# P errors.sql_error is English in every language: translated
csv-sql-error = Ein SQL-Fehler ist aufgetreten.
# own
csv-sql-timeout = Die Abfrage hat zu lange gedauert und wurde abgebrochen. Vereinfache sie, zum Beispiel ohne Rekursion.
