## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language, P = the product's own text, own = no
## source names it. Values with a colon that is no punctuation (hh:mm:ss) are string
## literals, so that the no-break space rule does not touch them.

## The form's section

# A+P create_schema
csv-schema-create = Créer un nouveau schéma CSV
# A+P edit_schema
csv-schema-edit = Modifier le schéma CSV
# P schema_exists
csv-schema-saved = Le schéma CSV a été sauvegardé avec succès.
# P csv_schema.validation
csv-schema-missing = Vous devez créer un schéma CSV
# own
csv-schema-type-first = Sélectionnez d’abord le type de données à importer.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = Fichier d’exemple : { $file_name }
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = Le fichier d’exemple { $file_name } était trop volumineux pour être conservé lors du rechargement de la page. Ouvrez « Modifier le schéma CSV » et chargez-le à nouveau.
# own
csv-schema-type-mismatch = Le schéma CSV a été créé pour un autre type de données à importer. Modifiez le schéma CSV.
# own
csv-schema-method-sql = Colonnes mappées avec une requête SQL

## The wizard's frame

# own
csv-wizard-steps = Étapes
# A: "Configuration" when creating, "Paramétrage" when editing; the former is used
csv-wizard-step-setup = Configuration
# A
csv-wizard-step-preprocessing = Configuration du pré-traitement
# A (mapping section heading)
csv-wizard-step-map = Mapping des colonnes
# A (the button and the heading are the same string)
csv-wizard-to-mapping = Mapping des colonnes
# own
csv-wizard-back = Retour à la configuration
# A
csv-wizard-save = Enregistrer le modèle
# T
csv-wizard-cancel = Annuler

## Sample file

# own
csv-wizard-sample-heading = Fichier d’exemple
# own
csv-wizard-sample-help = Un fichier CSV produit par votre système externe : { -brand-injixo } vous montre avec lui comment il lira les fichiers du système. 7 Mo au maximum.
# A
csv-wizard-reupload = Recharger le fichier
# own
csv-wizard-reading = Lecture du fichier…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name } : { $rows ->
        [one] 1 ligne
       *[other] { $rows } lignes
    }, { $columns ->
        [one] 1 colonne
       *[other] { $columns } colonnes
    }
# own
csv-wizard-sample-cut = Le fichier dépasse 1 Mo : son premier Mo est conservé comme exemple.
# own
csv-wizard-one-column = Une seule colonne a été trouvée : vérifiez le séparateur de colonnes.
# own
csv-wizard-sample-needed = Chargez d’abord un fichier d’exemple.
# own
csv-wizard-raw-heading = Premières lignes du fichier
# own
csv-wizard-encoding = Encodage du fichier
# own
csv-wizard-encoding-detected = Le fichier n’est pas en UTF-8 : il a donc été lu en Windows-1252 (Europe occidentale). Si des lettres semblent incorrectes, choisissez l’encodage utilisé par votre système. Les fichiers enregistrés en UTF-8 évitent ces problèmes.
csv-wizard-encoding-windows-1252 = Windows-1252 ou ISO-8859-1 (Europe occidentale)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (turc)

## Setup

# A
csv-wizard-separator = Séparateur de colonnes du fichier CSV
# A~ (the article's example word)
csv-wizard-separator-semicolon = Point-virgule ({ ";" })
# own
csv-wizard-separator-comma = Virgule (,)
csv-wizard-separator-tab = Tabulation
csv-wizard-separator-pipe = Barre verticale (|)
# own
csv-wizard-separator-detected = Détecté dans le fichier d’exemple.
# A
csv-wizard-time-zone = Fuseau horaire
# own, after A
csv-wizard-time-zone-help = Le fuseau horaire dans lequel votre système externe enregistre les données.
# A
csv-wizard-layout = Groupement des données
# A
csv-wizard-layout-contact = Par contact
# own, after A
csv-wizard-layout-contact-help = Une ligne par contact. { -brand-injixo } les additionne par intervalles de 15 minutes : l’intervalle de planification doit donc être de 15 minutes.
# A
csv-wizard-layout-interval = Par intervalle
# own, after A
csv-wizard-layout-interval-help = Une ligne par file d’attente et par intervalle, avec tous ses contacts.
# A
csv-wizard-layout-locked = Le regroupement des données ne peut être modifié
# own
csv-wizard-interval = Durée de l’intervalle
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } minutes
# own, after A
csv-wizard-interval-help = La durée des intervalles de votre fichier. Une durée plus longue provoque des erreurs ; avec une plus courte, des intervalles restent sans données et sont traités comme indiqué ci-dessous.
# A
csv-wizard-missing = Traitement des données manquantes dans les intervalles
# A
csv-wizard-missing-empty = Laisser vide
# A
csv-wizard-missing-zero = Remplir avec des zéros
# own, after A ("no data" as the article writes it)
csv-wizard-missing-help = « Laisser vide » affiche les valeurs manquantes sous la forme « no data », ce qui convient dans la plupart des cas. Un import remplace les données déjà importées pour ses intervalles.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Facultatif : sélectionnez une ou plusieurs options.
# A
csv-wizard-add-header = Ajouter une ligne d’en-tête
# own, after A
csv-wizard-add-header-help = Pour les fichiers sans ligne d’en-tête : les colonnes s’appellent alors A, B, C, …
# A
csv-wizard-skip-empty = Ignorer les lignes vides
# own, after A
csv-wizard-skip-empty-help = Ignore les lignes qui ne contiennent que des séparateurs.
# A
csv-wizard-skip-first = Ignorer les premières lignes
# own
csv-wizard-skip-first-count = Nombre de lignes à ignorer
# own
csv-wizard-skip-first-error = Saisissez un nombre entier de 1 à 10000.
# A
csv-wizard-skip-containing = Ignorer les lignes contenant
# own, after A
csv-wizard-skip-containing-help = Les lignes qui contiennent l’une de ces chaînes sont ignorées, la ligne d’en-tête aussi. Les majuscules et minuscules comptent.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = Chaîne { $number }
# A
csv-wizard-add-string = Ajouter une chaîne de caractères
# own
csv-wizard-remove-string = Supprimer

## Map columns (A: the field table; "File d’attente" is its label, the examples say
## "Nom de la file d’attente"; the article calls Channel "Média" and AHT "TMT")

# A
csv-wizard-use-sql = Utiliser une requête SQL pour mapper les colonnes
# A~
csv-wizard-method-warning = Changer de méthode de mapping remplacera un schéma CSV existant
# own, after A
csv-wizard-method-warning-body = Lors de l’enregistrement, le mapping enregistré jusqu’ici est remplacé et ne peut pas être restauré.
csv-field-queue = File d’attente
csv-field-date = Date
csv-field-time = Heure
csv-field-one-column = Date et heure dans la même colonne
csv-field-timestamp = Date et heure
csv-field-offered = Reçus
csv-field-handled = Traités
csv-field-aht = TMT
csv-field-duration = Durée
csv-field-channel = Média
csv-field-agent = Identifiant de l’agent
csv-field-activity = Identifiant de l’activité
csv-field-start-date = Date de début
csv-field-start-time = Heure de début
csv-field-start-timestamp = Date et heure de début
csv-field-end-date = Date de fin
csv-field-end-time = Heure de fin
csv-field-end-timestamp = Date et heure de fin
# own, after A
csv-field-offered-help = Nombres entiers ou décimaux avec un point.
csv-field-handled-help = 1 pour un contact traité, 0 pour un contact non traité.
csv-field-aht-help = Facultatif, mais essentiel pour un calcul précis des besoins en personnel et des prévisions.
csv-field-duration-help = En secondes, sous forme de nombre entier.
csv-field-channel-help = Le même média pour chaque ligne, ou la colonne qui contient le média de chaque ligne (calls, emails, chats, documents, cases ou social_media).
csv-field-end-help = Facultatif.
# own
csv-wizard-choose-column = Choisir une colonne…
# A
csv-wizard-no-column = Aucune colonne
# A~
csv-wizard-date-format = Format de la date
csv-wizard-time-format = Format de l’heure
csv-wizard-timestamp-format = Format de date et heure
csv-wizard-aht-format = Format du TMT
# A
csv-wizard-custom-date-format = Format de date personnalisé
# own
csv-wizard-custom-time-format = Format d’heure personnalisé
# own
csv-wizard-custom-format = Format personnalisé
# own
csv-wizard-list-format = Choisir dans la liste
# own, after A (the French examples' J/A letters are not part of the grammar, Q10)
csv-wizard-format-help = D ou DD pour le jour, M ou MM pour le mois, YY ou YYYY pour l’année ; en minuscules h ou hh, m ou mm, s ou ss pour l’heure. Tout autre caractère est un séparateur.
# own
csv-wizard-choose-format = Choisir un format…
# A~
csv-wizard-aht-seconds = Secondes
csv-wizard-aht-hh-mm-ss = { "hh:mm:ss" }
# own
csv-wizard-channel-column = Colonne contenant le média
# own
csv-wizard-channel-from-column = Depuis une colonne
# A
csv-channel-calls = Appels
# own
csv-channel-emails = E-mails
csv-channel-chats = Chats
csv-channel-documents = Documents
csv-channel-cases = Dossiers
csv-channel-social-media = Réseaux sociaux

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Choisissez une colonne.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = Le fichier d’exemple n’a pas de colonne « { $column } ».
csv-schema-error-not-for-layout = Non utilisé avec ce groupement des données.
csv-schema-error-interval = Choisissez 15 ou 30 minutes.
csv-schema-error-time-zone = Choisissez un fuseau horaire.
csv-format-error-empty = Choisissez ou saisissez un format.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = Un format comporte au maximum { $max } caractères.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = « { $token } » ne fait pas partie de la notation des formats.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } apparaît plus d’une fois.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = Le format doit contenir { $tokens }.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } n’a pas sa place dans ce format (les mois s’écrivent avec un M majuscule, les minutes avec un m minuscule).

## The live preview (own)

csv-preview-heading = Aperçu
csv-preview-intro = Les premières lignes du fichier d’exemple telles que { -brand-injixo } les lira, avec les heures en UTC.
csv-preview-line = Ligne
csv-preview-time-utc = Heure (UTC)
csv-preview-start-utc = Début (UTC)
csv-preview-end-utc = Fin (UTC)
csv-preview-problems = Problèmes
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] { $imported } ligne sur 1 du fichier d’exemple peut être importée.
       *[other] { $imported } lignes sur { $total } du fichier d’exemple peuvent être importées.
    }
csv-preview-mapping-needed = Mappez les champs obligatoires pour voir l’aperçu.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = Le tableau montre les { $count } premières lignes.
csv-preview-problems-heading = Problèmes dans le fichier d’exemple

## The SQL mapping

# own
csv-sql-label = Requête SQL
# own, after A
csv-sql-help = Syntaxe SQLite. La table s’appelle uploaded_file ; ses colonnes portent les noms de la ligne d’en-tête du fichier (A, B, C, … avec « Ajouter une ligne d’en-tête »), entre guillemets doubles s’ils contiennent des espaces.
# own, after A (the column table; the French article's "answered" is "handled")
csv-sql-column-queue = Le nom de la file d’attente.
csv-sql-column-timestamp = Début de l’intervalle ou du contact, au format { "YYYY-MM-DD hh:mm:ss" }.
csv-sql-column-offered = Contacts reçus, par exemple des appels ou des e-mails.
csv-sql-column-handled = Par intervalle : contacts traités dans l’intervalle. Par contact : 1 si le contact a été traité, sinon 0.
csv-sql-column-aht = Temps moyen de traitement des contacts de l’intervalle, en secondes.
csv-sql-column-duration = Temps de traitement du contact, en secondes.
csv-sql-column-channel = calls, chats, emails, social_media, documents ou cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] La première ligne du résultat de la requête.
       *[other] Les { $count } premières lignes du résultat de la requête.
    }
csv-sql-needs-sample = Chargez un fichier d’exemple pour exécuter la requête.
csv-sql-required = Saisissez la requête SQL.
# P errors.sql_error is English in every language: translated
csv-sql-error = Une erreur SQL est survenue.
# own
csv-sql-timeout = La requête a pris trop de temps et a été arrêtée. Simplifiez-la, par exemple sans récursivité.
