## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Columnas que debe devolver la consulta
query-column-required = obligatoria
query-column-optional = opcional
query-kind-text = Texto
query-kind-integer = Número entero
query-kind-number = Número
query-kind-timestamp = Fecha y hora
query-kind-unknown = Desconocido
query-run-button = Ejecutar consulta
query-running = Ejecutando la consulta…
query-needs-link = Conecta primero { -brand-cloud-link }: es quien ejecuta la consulta en tu red.
query-preview-heading = Vista previa
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] La primera fila tal como la ha leído { -brand-cloud-link }.
       *[other] Las primeras { $count } filas tal como las ha leído { -brand-cloud-link }.
    }
query-preview-more = Hay más filas; { -brand-injixo } las importa todas.
query-preview-none = La consulta no ha devuelto ninguna fila.
query-preview-ok = Están todas las columnas obligatorias, con valores del tipo correcto.
query-problems-heading = Corrige la consulta antes de guardar:
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = Falta { $name }: añádela a la consulta (como alias, si tu tabla la llama de otra forma).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } contiene valores de tipo { $found }, pero se necesitan valores de tipo { $expected }.
query-value-null = (vacío)
