## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Columns the query must return
query-column-required = required
query-column-optional = optional
query-kind-text = Text
query-kind-integer = Whole number
query-kind-number = Number
query-kind-timestamp = Date and time
query-kind-unknown = Unknown
query-run-button = Run query
query-running = Running the query…
query-needs-link = Connect { -brand-cloud-link } first: it runs the query in your network.
query-preview-heading = Preview
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] The first row as { -brand-cloud-link } read it.
       *[other] The first { $count } rows as { -brand-cloud-link } read them.
    }
query-preview-more = There are more rows; { -brand-injixo } imports them all.
query-preview-none = The query returned no rows.
query-preview-ok = All required columns are there, with the right kind of values.
query-problems-heading = Fix the query before saving:
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = { $name } is missing: add it to the query (as an alias, if your table calls it differently).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } holds { $found } values, but { $expected } values are needed.
query-value-null = (empty)
