## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Kolommen die de query moet teruggeven
query-column-required = verplicht
query-column-optional = optioneel
query-kind-text = Tekst
query-kind-integer = Geheel getal
query-kind-number = Getal
query-kind-timestamp = Datum en tijd
query-kind-unknown = Onbekend
query-run-button = Query uitvoeren
query-running = Query wordt uitgevoerd…
query-needs-link = Verbind eerst { -brand-cloud-link }: die voert de query uit in je netwerk.
query-preview-heading = Voorbeeld
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] De eerste rij zoals { -brand-cloud-link } hem heeft gelezen.
       *[other] De eerste { $count } rijen zoals { -brand-cloud-link } ze heeft gelezen.
    }
query-preview-more = Er zijn meer rijen; { -brand-injixo } importeert ze allemaal.
query-preview-none = De query heeft geen rijen teruggegeven.
query-preview-ok = Alle verplichte kolommen zijn er, met waarden van de juiste soort.
query-problems-heading = Corrigeer de query voordat je opslaat:
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = { $name } ontbreekt: voeg de kolom toe aan de query (als alias als je tabel hem anders noemt).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } bevat waarden van het type { $found }, maar { $expected } is nodig.
query-value-null = (leeg)
