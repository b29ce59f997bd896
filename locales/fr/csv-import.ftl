## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. Fixed from P:
## "..." as "…", "'" as "’", quotes as « … », no-break spaces before : ; ? !

# P heading
csv-import-title = Import des données historiques
# P upload_form.introduction
csv-import-intro = Importez vos données historiques depuis un fichier CSV pour générer une prévision dans { -brand-injixo }. La taille maximale du fichier CSV est de 7 Mo.
# P upload_form.integration.label is "Intégration", which is not what the label means
# (Import through): own wording
csv-import-through = Importer via
# P upload_form.integration.placeholder
csv-import-through-placeholder = Sélectionner…
# P upload_form.no_integration.text
csv-import-no-integration = Vous devez ajouter une intégration CSV avant d’importer un fichier.
# P upload_form.no_integration.link
csv-import-add-integration = Veuillez ajouter une intégration CSV
# P upload_form.file_input.description.single
csv-import-drop = Glisser ici le fichier CSV (.csv ou .txt) à importer
# P upload_form.file_input.joiner
csv-import-drop-or = ou
# A (P: "ouvrez votre explorateur de fichiers")
csv-import-browse = ouvrez votre explorateur de fichier
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Déposer ici le fichier CSV…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Déposer uniquement un fichier au format CSV.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = Le fichier « { $file_name } » ne peut être sélectionné. Choisissez un fichier CSV valide.
# P upload_form.file_input.file_limit_warning
csv-import-file-limit = Importez votre fichier en cliquant sur « Importer le fichier ».
# P upload_form.multi_upload_warning
csv-import-multi-upload = Importer simultanément vos données depuis plusieurs navigateurs peut endommager les données de vos files d'attente.
# P upload_form.help.text
csv-import-help-text = Besoin d’aide ?
# P upload_form.help.link
csv-import-help-link = Consultez la documentation.
# A+P upload_form.submit.title
csv-import-submit = Importer le fichier
# P upload_form.submit.loading
csv-import-uploading = Import
# own
# Variables:
#   $percent (Number) - share done, 0 to 100
csv-import-percent = { $percent } %
# own
# Variables:
#   $file_name (String) - the file chosen
#   $size (String) - its size, e.g. 2.4 MB
csv-import-file = { $file_name } ({ $size })

## Check in the browser before uploading (own)

csv-import-check-heading = Vérification avant l’envoi
csv-import-checking = Vérification du fichier avec le schéma CSV de l’intégration…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] Le fichier correspond au schéma CSV : 1 ligne peut être importée.
       *[other] Le fichier correspond au schéma CSV : { $count } lignes peuvent être importées.
    }
csv-import-check-problems = La vérification a trouvé des problèmes. Corrigez le fichier et choisissez-le à nouveau, ou importez-le quand même pour obtenir la réponse d’{ -brand-injixo }.
csv-import-check-sql = Cette intégration mappe ses colonnes avec une requête SQL, exécutée lors de l’import du fichier : il n’y a pas de vérification avant l’envoi.
csv-import-no-schema = Cette intégration n’a pas encore de schéma CSV.

## The analysis, confirmation, writing, success (P)

csv-import-analyzed = Fichier CSV analysé avec succès.
csv-import-summary-title = Votre import
csv-import-confirm-heading = Confirmer l'import
csv-import-lines = lignes importées
csv-import-queues = Files d’attente importées
csv-import-agents = agents importés
csv-import-first-date = date de début (UTC)
csv-import-last-date = date de fin (UTC)
csv-import-failure = Échec de l'import
csv-import-try-again = Essayer à nouveau
csv-import-confirm = Confirmer l'import des données.
# A+P confirmation_page.apply
csv-import-apply = Confirmer
# T+P
csv-import-cancel = Annuler
csv-import-writing = Merci de patienter…
csv-import-writing-status = Import des données…
csv-import-success = Import réussi
csv-import-again = Importer un autre fichier CSV

## Errors (P error_page, errors.*); binary-file and unsupported-encoding are own texts.

csv-import-error-title = Une erreur est survenue durant l'import.
csv-import-error-before = Le fichier n’a pu être importé. Les anomalies sont les suivantes :
csv-import-error-retry = Vérifiez le format du fichier et essayez à nouveau.
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Erreur à la ligne { $line_number } :
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … et 1 autre problème.
       *[other] … et { $count } autres problèmes.
    }
csv-error-empty-file = Le fichier est vide.
csv-error-file-too-large = Le fichier à importer est trop volumineux. La taille maximale est de 7 Mo.
csv-error-binary-file = Ce n’est pas un fichier texte. Exportez les données dans un fichier CSV, de préférence en UTF-8, et choisissez-le à nouveau.
csv-error-unsupported-encoding = Le fichier est enregistré en UTF-16. Enregistrez-le en UTF-8 et choisissez-le à nouveau.
csv-error-invalid-headers = Entêtes manquants ou mal orthographiés.
csv-error-invalid-separator = Le séparateur est invalide.
csv-error-invalid-row-length = Le nombre de champs sur cette ligne ne correspond pas au nombre de champs dans l’entête.
# P speaks of a column, quoted with straight quotes
csv-error-missing-queue = La colonne « File d’attente » est manquante.
csv-error-missing-agent = L’identifiant de l’agent est manquant.
csv-error-missing-activity = L’identifiant de l’activité est manquant.
csv-error-string-too-long = Le nombre maximum de caractères est de 255.
csv-error-invalid-date-format = Format de date incorrect.
csv-error-invalid-time-format = Format d’heure incorrect.
csv-error-invalid-date-or-time-format = Format de date ou d’heure incorrect.
csv-error-invalid-year = L’année ne doit pas être antérieure à 1970.
csv-error-non-existing-timestamp = L’heure locale spécifiée ne correspond pas à un horodatage existant.
csv-error-invalid-timestamp = Horodatage incompatible avec l’intervalle horaire.
csv-error-end-time-before-start-time = L’heure de fin ne doit pas être antérieure à l’heure de début.
csv-error-invalid-number = Vérifier les formats des valeurs numériques.
csv-error-negative-number = Les nombres négatifs ne sont pas autorisés.
csv-error-number-too-big = Nombre trop grand.
# P names the field "Handled (Traité)"; the form's label is "Traités"
csv-error-invalid-handled-cdr = Les valeurs acceptées dans le champ Traités sont 1 ou 0.
csv-error-invalid-duration-cdr = L’interaction est déclarée comme traitée mais n’a pas de durée.
csv-error-invalid-channel = Média non supporté.
csv-error-invalid-time-range = Les données dépassent la période maximum de 10 ans.
csv-error-excessive-data = La période de l'import se limite à un an de données maximum.
csv-error-unexpected = Une erreur est survenue.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Derniers imports
csv-imports-none = Aucun fichier CSV n’a encore été importé.
csv-imports-file = Fichier
csv-imports-source = Source
csv-imports-when = Envoyé
csv-imports-state = Statut
csv-imports-lines = Lignes
csv-imports-source-upload = Envoi manuel
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = En attente de « Confirmer »
csv-imports-state-rejected = Refusé
csv-imports-state-writing = En cours d’écriture
csv-imports-state-applied = Appliqué
csv-imports-state-cancelled = Annulé
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } importées, { $rejected } refusées
