## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language (the February 2024 version), P = the
## product's own text, own = no source names it.

## The form's section

# A+P create_schema
csv-schema-create = Nieuw CSV-schema aanmaken
# A+P edit_schema
csv-schema-edit = CSV-schema bewerken
# P schema_exists is untranslated English: own translation
csv-schema-saved = CSV-schema is opgeslagen
# P csv_schema.validation says "Kies een schema" (choose a schema): own translation of the English
csv-schema-missing = Je moet een CSV-schema aanmaken
# own
csv-schema-type-first = Selecteer eerst het importgegevenstype.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = Voorbeeldbestand: { $file_name }
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = Het voorbeeldbestand { $file_name } was te groot om te bewaren toen de pagina opnieuw werd geladen. Open “CSV-schema bewerken” en upload het opnieuw.
# own
csv-schema-type-mismatch = Het CSV-schema is gemaakt voor een ander importgegevenstype. Bewerk het CSV-schema.
# own
csv-schema-method-sql = Kolommen toegewezen met een SQL-query

## The wizard's frame

# own
csv-wizard-steps = Stappen
# A
csv-wizard-step-setup = Setup
# A
csv-wizard-step-preprocessing = Voorbewerkingsopties
# A (mapping section heading)
csv-wizard-step-map = Kolommen toewijzen
# A (button)
csv-wizard-to-mapping = Ga naar toewijzing
# own
csv-wizard-back = Terug naar de setup
# A
csv-wizard-save = Schema opslaan
# T
csv-wizard-cancel = Annuleren

## Sample file

# own
csv-wizard-sample-heading = Voorbeeldbestand
# own
csv-wizard-sample-help = Een CSV-bestand dat je externe systeem heeft gemaakt: { -brand-injixo } laat je daarmee zien hoe het de bestanden van het systeem zal lezen. Maximaal 7 MB.
# A
csv-wizard-reupload = Bestand opnieuw uploaden
# own
csv-wizard-reading = Het bestand wordt gelezen…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name }: { $rows ->
        [one] 1 regel
       *[other] { $rows } regels
    }, { $columns ->
        [one] 1 kolom
       *[other] { $columns } kolommen
    }
# own
csv-wizard-sample-cut = Het bestand is groter dan 1 MB: de eerste MB wordt als voorbeeld bewaard.
# own
csv-wizard-one-column = Er is maar één kolom gevonden: controleer het kolomscheidingsteken.
# own
csv-wizard-sample-needed = Upload eerst een voorbeeldbestand.
# own
csv-wizard-raw-heading = Eerste regels van het bestand
# own
csv-wizard-encoding = Tekencodering van het bestand
# own
csv-wizard-encoding-detected = Het bestand is niet in UTF-8 opgeslagen en is daarom gelezen als Windows-1252 (West-Europees). Als letters er verkeerd uitzien, kies dan de codering die je systeem gebruikt. Bestanden in UTF-8 voorkomen zulke problemen.
csv-wizard-encoding-windows-1252 = Windows-1252 of ISO-8859-1 (West-Europees)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (Turks)

## Setup

# A
csv-wizard-separator = Kolomscheidingsteken van CSV-bestand
# A~ (the article's example word)
csv-wizard-separator-semicolon = Puntkomma (;)
# own
csv-wizard-separator-comma = Komma (,)
csv-wizard-separator-tab = Tab
csv-wizard-separator-pipe = Verticale streep (|)
# own
csv-wizard-separator-detected = Herkend in het voorbeeldbestand.
# A
csv-wizard-time-zone = Tijdzone
# own, after A
csv-wizard-time-zone-help = De tijdzone waarin je externe systeem de gegevens vastlegt.
# A
csv-wizard-layout = Layout van gegevens
# A
csv-wizard-layout-contact = Op contactbasis
# own, after A
csv-wizard-layout-contact-help = Eén regel per contact. { -brand-injixo } telt ze op in intervallen van 15 minuten, dus het planningsinterval moet 15 minuten zijn.
# A
csv-wizard-layout-interval = Op intervalbasis
# own, after A
csv-wizard-layout-interval-help = Eén regel per queue en interval, met alle contacten daarin.
# A
csv-wizard-layout-locked = Layout van gegevens kan niet worden gewijzigd.
# own
csv-wizard-interval = Intervallengte
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } minuten
# own, after A
csv-wizard-interval-help = De lengte van de intervallen in je bestand. Een langere lengte geeft fouten; bij een kortere blijven er intervallen zonder gegevens, die worden behandeld zoals hieronder ingesteld.
# A
csv-wizard-missing = Behandel ontbrekende waarden in intervallen
# A
csv-wizard-missing-empty = Leeg laten
# A
csv-wizard-missing-zero = Vullen met nul
# own, after A ("geen gegevens" as the article writes it)
csv-wizard-missing-help = “Leeg laten” toont ontbrekende waarden als “geen gegevens”; dat past in de meeste gevallen. Een import overschrijft de gegevens die al voor zijn intervallen zijn geïmporteerd.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Optioneel: selecteer een of meer opties.
# A
csv-wizard-add-header = Kopregel toevoegen
# own, after A
csv-wizard-add-header-help = Voor bestanden zonder kopregel: de kolommen heten dan A, B, C, …
# A
csv-wizard-skip-empty = Lege regels overslaan
# own, after A
csv-wizard-skip-empty-help = Negeert regels die alleen scheidingstekens bevatten.
# A writes "Eerste ... regels overslaan" with three dots; the one-character ellipsis is used
csv-wizard-skip-first = Eerste … regels overslaan
# own
csv-wizard-skip-first-count = Aantal regels om over te slaan
# own
csv-wizard-skip-first-error = Voer een geheel getal van 1 tot 10000 in.
# A
csv-wizard-skip-containing = Regel(s) overslaan die de volgende inhoud bevatten
# own, after A
csv-wizard-skip-containing-help = Regels die een van deze strings bevatten worden genegeerd, de kopregel ook. Hoofdletters en kleine letters tellen.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = String { $number }
# A
csv-wizard-add-string = String toevoegen
# own
csv-wizard-remove-string = Verwijderen

## Map columns (A: the field table; "Tijdnotatie" and "Aangeboden" are its labels,
## the examples say "Tijd" and "Binnenkomend")

# A
csv-wizard-use-sql = SQL-query gebruiken om kolommen toe te wijzen
# A~
csv-wizard-method-warning = Als de toewijzingsmethode wordt gewijzigd, wordt een bestaand CSV-schema overschreven.
# own (the article's body text has slips)
csv-wizard-method-warning-body = Bij het opslaan wordt de tot nu toe opgeslagen toewijzing vervangen; die kan niet worden hersteld.
csv-field-queue = Naam van queue
csv-field-date = Datum
csv-field-time = Tijdnotatie
# A (the field table writes "een")
csv-field-one-column = Datum en tijd in een kolom
csv-field-timestamp = Tijdstempel
csv-field-offered = Aangeboden
csv-field-handled = Behandeld
csv-field-aht = AHT
csv-field-duration = Tijdsduur
csv-field-channel = Kanaal
csv-field-agent = Agenten-ID
csv-field-activity = Activiteiten-ID
csv-field-start-date = Startdatum
csv-field-start-time = Starttijd
csv-field-start-timestamp = Start tijdstempel
csv-field-end-date = Einddatum
csv-field-end-time = Eindtijd
csv-field-end-timestamp = Einde tijdstempel
# own, after A
csv-field-offered-help = Gehele getallen of decimale getallen met een punt.
csv-field-handled-help = 1 voor een behandeld contact, 0 voor een contact dat niet is behandeld.
csv-field-aht-help = Niet verplicht, maar essentieel voor een nauwkeurige berekening van de personeelsbehoefte en nauwkeurige forecasts.
csv-field-duration-help = In seconden, als geheel getal.
csv-field-channel-help = Hetzelfde kanaal voor elke regel, of de kolom met het kanaal van elke regel (calls, emails, chats, documents, cases of social_media).
csv-field-end-help = Optioneel.
# own
csv-wizard-choose-column = Kies een kolom…
# A
csv-wizard-no-column = Geen kolom
# A~
csv-wizard-date-format = Datumformaat
csv-wizard-time-format = Tijdformaat
csv-wizard-timestamp-format = Tijdstempelformaat
csv-wizard-aht-format = AHT-formaat
# A
csv-wizard-custom-date-format = Aangepast datumformaat
# own
csv-wizard-custom-time-format = Aangepast tijdformaat
# own
csv-wizard-custom-format = Aangepast formaat
# own
csv-wizard-list-format = Kies uit de lijst
# own, after A
csv-wizard-format-help = D of DD voor de dag, M of MM voor de maand, YY of YYYY voor het jaar; kleine letters h of hh, m of mm, s of ss voor de tijd. Elk ander teken is een scheidingsteken.
# own
csv-wizard-choose-format = Kies een formaat…
# A~ shows English "Seconds" in the example table; translated
csv-wizard-aht-seconds = Seconden
csv-wizard-aht-hh-mm-ss = hh:mm:ss
# own
csv-wizard-channel-column = Kolom met het kanaal
# own
csv-wizard-channel-from-column = Uit een kolom
# A
csv-channel-calls = Oproepen
# own
csv-channel-emails = E-mails
csv-channel-chats = Chats
csv-channel-documents = Documenten
csv-channel-cases = Cases
csv-channel-social-media = Social media

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Kies een kolom.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = Het voorbeeldbestand heeft geen kolom “{ $column }”.
csv-schema-error-not-for-layout = Wordt bij deze layout van gegevens niet gebruikt.
csv-schema-error-interval = Kies 15 of 30 minuten.
csv-schema-error-time-zone = Kies een tijdzone.
csv-format-error-empty = Kies of typ een formaat.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = Een formaat heeft maximaal { $max } tekens.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = “{ $token }” hoort niet bij de formaatnotatie.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } komt meer dan één keer voor.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = Het formaat heeft { $tokens } nodig.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } hoort niet in dit formaat (maanden met hoofdletter M, minuten met kleine letter m).

## The live preview (own)

csv-preview-heading = Voorbeeld
csv-preview-intro = De eerste regels van het voorbeeldbestand zoals { -brand-injixo } ze zal lezen, met de tijden in UTC.
csv-preview-line = Regel
csv-preview-time-utc = Tijd (UTC)
csv-preview-start-utc = Start (UTC)
csv-preview-end-utc = Einde (UTC)
csv-preview-problems = Problemen
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] { $imported } van 1 regel van het voorbeeldbestand kan worden geïmporteerd.
       *[other] { $imported } van { $total } regels van het voorbeeldbestand kunnen worden geïmporteerd.
    }
csv-preview-mapping-needed = Wijs de verplichte velden toe om het voorbeeld te zien.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = De tabel toont de eerste { $count } regels.
csv-preview-problems-heading = Problemen in het voorbeeldbestand

## The SQL mapping

# own
csv-sql-label = SQL-query
# own, after A
csv-sql-help = SQLite-syntaxis. De tabel heet uploaded_file; de kolommen heten zoals in de kopregel van het bestand (A, B, C, … met “Kopregel toevoegen”), tussen dubbele aanhalingstekens als ze spaties bevatten.
# own, after A (the column table; the Dutch article's "answered" is "handled")
csv-sql-column-queue = De naam van de queue.
csv-sql-column-timestamp = Begin van het interval of contact, als YYYY-MM-DD hh:mm:ss.
csv-sql-column-offered = Aangeboden contacten, bijvoorbeeld oproepen of e-mails.
csv-sql-column-handled = Op intervalbasis: in het interval behandelde contacten. Op contactbasis: 1 als het contact is behandeld, anders 0.
csv-sql-column-aht = Gemiddelde afhandeltijd van de contacten van het interval, in seconden.
csv-sql-column-duration = Afhandeltijd van het contact, in seconden.
csv-sql-column-channel = calls, chats, emails, social_media, documents of cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] De eerste regel van het resultaat van de query.
       *[other] De eerste { $count } regels van het resultaat van de query.
    }
csv-sql-needs-sample = Upload een voorbeeldbestand om de query uit te voeren.
csv-sql-required = Voer de SQL-query in.
# P errors.sql_error is English in every language: translated
csv-sql-error = Er is een SQL-fout opgetreden.
# own
csv-sql-timeout = De query duurde te lang en is gestopt. Maak hem eenvoudiger, bijvoorbeeld zonder recursie.
