## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. Fixed from P:
## "..." as "…", "7MB" as "7 MB"; P texts left in English are translated.

# P heading
csv-import-title = Importeren van historische gegevens
# P upload_form.introduction
csv-import-intro = Importeer een CSV-bestand met de historische gegevens van de ACD om een forecast in { -brand-injixo } te maken. De maximale grootte van het CSV-bestand mag niet groter zijn dan 7 MB.
# P upload_form.integration.label
csv-import-through = Importeren via
# P upload_form.integration.placeholder
csv-import-through-placeholder = Kies integratie…
# P upload_form.no_integration.text
csv-import-no-integration = Om CSV-gegevens te importeren, moet je eerst een CSV-integratie maken.
# P upload_form.no_integration.link
csv-import-add-integration = Voeg een CSV-integratie toe
# P upload_form.file_input.description.single
csv-import-drop = Sleep een CSV-bestand (.csv of .txt) naar hier om het toe te voegen
# P upload_form.file_input.joiner
csv-import-drop-or = of
# A (P adds a full stop)
csv-import-browse = open je bestandsverkenner
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Zet je CSV-bestand hier neer…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Zet hier slechts één bestand met een CSV-formaat neer.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = Het bestand “{ $file_name }” kon niet worden geselecteerd. Zorg voor een geldig CSV-bestand.
# P upload_form.file_input.file_limit_warning quotes the English button; the Dutch one is quoted
csv-import-file-limit = Je kunt het bestand uploaden door te klikken op “Bestand importeren”.
# P upload_form.multi_upload_warning
csv-import-multi-upload = Het uploaden van gegevens van meerdere browservensters of computers tegelijkertijd kan je bestaande queue data beschadigen.
# P upload_form.help.text
csv-import-help-text = Hulp nodig?
# P upload_form.help.link
csv-import-help-link = Lees wat er wordt ondersteund.
# A (P says "Importbestand", a noun)
csv-import-submit = Bestand importeren
# P upload_form.submit.loading
csv-import-uploading = Uploaden
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

csv-import-check-heading = Controle vóór het uploaden
csv-import-checking = Het bestand wordt gecontroleerd met het CSV-schema van de integratie…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] Het bestand past bij het CSV-schema: 1 regel kan worden geïmporteerd.
       *[other] Het bestand past bij het CSV-schema: { $count } regels kunnen worden geïmporteerd.
    }
csv-import-check-problems = De controle heeft problemen gevonden. Verbeter het bestand en kies het opnieuw, of importeer het toch om het antwoord van { -brand-injixo } te krijgen.
csv-import-check-sql = Deze integratie wijst haar kolommen toe met een SQL-query, die wordt uitgevoerd wanneer het bestand wordt geïmporteerd: er is geen controle vóór het uploaden.
csv-import-no-schema = Deze integratie heeft nog geen CSV-schema.

## The analysis, confirmation, writing, success (P)

csv-import-analyzed = Je CSV-bestand is geanalyseerd.
csv-import-summary-title = De import
csv-import-confirm-heading = Bevestig import
csv-import-lines = Geïmporteerde lijnen
csv-import-queues = Geïmporteerde Queues
csv-import-agents = geïmporteerde agenten
csv-import-first-date = begindatum (UTC)
csv-import-last-date = einddatum (UTC)
csv-import-failure = Import mislukt
csv-import-try-again = Opnieuw proberen
csv-import-confirm = Bevestig je data om het naar de cloud weg te schrijven.
# A+P confirmation_page.apply
csv-import-apply = Gegevens verwerken
# T+P
csv-import-cancel = Annuleren
csv-import-writing = Gelieve even te wachten terwijl de gegevens naar de cloud worden weggeschreven…
csv-import-writing-status = Wegschrijven van je gegevens naar de cloud…
csv-import-success = Import geslaagd
csv-import-again = Nog een CSV-bestand uploaden

## Errors (P error_page, errors.*); binary-file and unsupported-encoding are own texts.

csv-import-error-title = Er is een fout opgetreden tijdens de import.
csv-import-error-before = Het bestand kon niet worden geïmporteerd vanwege de volgende problemen:
csv-import-error-retry = Controleer de bestandssyntax en probeer het opnieuw.
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Fout op regel { $line_number }:
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … en nog 1 probleem.
       *[other] … en nog { $count } problemen.
    }
csv-error-empty-file = Het bestand is leeg.
csv-error-file-too-large = Het bestand dat je probeerde te uploaden is te groot. De maximale grootte is 7 MB.
csv-error-binary-file = Dit is geen tekstbestand. Exporteer de gegevens als CSV-bestand, bij voorkeur in UTF-8, en kies het opnieuw.
csv-error-unsupported-encoding = Het bestand is in UTF-16 opgeslagen. Sla het op in UTF-8 en kies het opnieuw.
csv-error-invalid-headers = Ontbrekende of verkeerd gespelde kopteksten.
csv-error-invalid-separator = Ongeldig scheidingsteken.
csv-error-invalid-row-length = Het aantal velden in deze regel komt niet overeen met het aantal velden in de kopregel.
csv-error-missing-queue = Ontbrekende naam van queue.
csv-error-missing-agent = Ontbrekende agent identifier.
csv-error-missing-activity = Ontbrekende identificatiecode voor activiteit.
csv-error-string-too-long = Verkort de tekst tot 255 karakters.
csv-error-invalid-date-format = Verkeerde datumindeling.
csv-error-invalid-time-format = Verkeerde tijdsindeling.
csv-error-invalid-date-or-time-format = Verkeerde datum of tijdsindeling.
csv-error-invalid-year = Het jaar mag niet voor 1970 liggen.
csv-error-non-existing-timestamp = De opgegeven lokale tijd vertegenwoordigt geen geldige tijdsaanduiding.
csv-error-invalid-timestamp = Ongeldige timestamp op basis van de intervallengte.
csv-error-end-time-before-start-time = De eindtijd mag niet vóór de begintijd vallen.
csv-error-invalid-number = Controleer de opmaak van de numerieke waarden.
csv-error-negative-number = Negatieve getallen zijn niet toegestaan.
csv-error-number-too-big = Getal is te groot.
# P is untranslated English: own translation
csv-error-invalid-handled-cdr = Het veld Behandeld moet 0 of 1 bevatten.
# P is untranslated English: own translation
csv-error-invalid-duration-cdr = Het contact is als behandeld opgegeven, maar heeft geen tijdsduur.
csv-error-invalid-channel = Niet-ondersteund kanaal.
csv-error-invalid-time-range = De gegevens overschrijden de maximale periode van 10 jaar.
csv-error-excessive-data = Meer dan een jaar aan gegevens wordt niet ondersteund.
csv-error-unexpected = Er is een onverwachte fout opgetreden.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Laatste imports
csv-imports-none = Er is nog geen CSV-bestand geïmporteerd.
csv-imports-file = Bestand
csv-imports-source = Bron
csv-imports-when = Geüpload
csv-imports-state = Status
csv-imports-lines = Regels
csv-imports-source-upload = Upload
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = Wacht op “Gegevens verwerken”
csv-imports-state-rejected = Afgewezen
csv-imports-state-writing = Wordt weggeschreven
csv-imports-state-applied = Verwerkt
csv-imports-state-cancelled = Geannuleerd
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } geïmporteerd, { $rejected } afgewezen
