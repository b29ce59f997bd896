## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Spalten, die die Abfrage liefern muss
query-column-required = erforderlich
query-column-optional = optional
query-kind-text = Text
query-kind-integer = Ganze Zahl
query-kind-number = Zahl
query-kind-timestamp = Datum und Uhrzeit
query-kind-unknown = Unbekannt
query-run-button = Abfrage ausführen
query-running = Abfrage wird ausgeführt…
query-needs-link = Verbinde zuerst { -brand-cloud-link }: Er führt die Abfrage in deinem Netzwerk aus.
query-preview-heading = Vorschau
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] Die erste Zeile, wie { -brand-cloud-link } sie gelesen hat.
       *[other] Die ersten { $count } Zeilen, wie { -brand-cloud-link } sie gelesen hat.
    }
query-preview-more = Es gibt weitere Zeilen; { -brand-injixo } importiert sie alle.
query-preview-none = Die Abfrage hat keine Zeilen geliefert.
query-preview-ok = Alle erforderlichen Spalten sind da, mit Werten der richtigen Art.
query-problems-heading = Korrigiere die Abfrage vor dem Speichern:
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = { $name } fehlt: Ergänze die Spalte in der Abfrage (als Alias, wenn deine Tabelle sie anders nennt).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } enthält Werte der Art { $found }, erforderlich ist { $expected }.
query-value-null = (leer)
