## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Colonne che la query deve restituire
query-column-required = obbligatoria
query-column-optional = facoltativa
query-kind-text = Testo
query-kind-integer = Numero intero
query-kind-number = Numero
query-kind-timestamp = Data e ora
query-kind-unknown = Sconosciuto
query-run-button = Esegui query
query-running = Esecuzione della query…
query-needs-link = Collega prima { -brand-cloud-link }: è lui a eseguire la query nella tua rete.
query-preview-heading = Anteprima
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] La prima riga come l’ha letta { -brand-cloud-link }.
       *[other] Le prime { $count } righe come le ha lette { -brand-cloud-link }.
    }
query-preview-more = Ci sono altre righe; { -brand-injixo } le importa tutte.
query-preview-none = La query non ha restituito righe.
query-preview-ok = Ci sono tutte le colonne obbligatorie, con valori del tipo giusto.
query-problems-heading = Correggi la query prima di salvare:
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = Manca { $name }: aggiungila alla query (come alias, se la tua tabella la chiama diversamente).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } contiene valori di tipo { $found }, ma servono valori di tipo { $expected }.
query-value-null = (vuoto)
