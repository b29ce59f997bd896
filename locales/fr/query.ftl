## The SQL query field of the Database model: the columns it must return, *Run query*
## and its preview (our own feature: the product checks a query only after saving).

query-columns-heading = Colonnes que la requête doit renvoyer
query-column-required = obligatoire
query-column-optional = facultative
query-kind-text = Texte
query-kind-integer = Nombre entier
query-kind-number = Nombre
query-kind-timestamp = Date et heure
query-kind-unknown = Inconnu
query-run-button = Exécuter la requête
query-running = Exécution de la requête…
query-needs-link = Connectez d’abord { -brand-cloud-link } : c’est lui qui exécute la requête dans votre réseau.
query-preview-heading = Aperçu
# Variables:
#   $count (Number) - how many rows are shown
query-preview-rows =
    { $count ->
        [one] La première ligne telle que { -brand-cloud-link } l’a lue.
       *[other] Les { $count } premières lignes telles que { -brand-cloud-link } les a lues.
    }
query-preview-more = Il y a d’autres lignes ; { -brand-injixo } les importe toutes.
query-preview-none = La requête n’a renvoyé aucune ligne.
query-preview-ok = Toutes les colonnes obligatoires sont là, avec des valeurs du bon type.
query-problems-heading = Corrigez la requête avant de sauvegarder :
# Variables:
#   $name (String) - the column name, e.g. activity
query-problem-missing = { $name } manque : ajoutez-la à la requête (comme alias si votre table la nomme autrement).
# Variables:
#   $name (String) - the column name
#   $found (String) - the kind of values it holds, e.g. Text
#   $expected (String) - the kind needed, e.g. Date and time
query-problem-kind = { $name } contient des valeurs de type { $found }, mais il faut des valeurs de type { $expected }.
query-value-null = (vide)
