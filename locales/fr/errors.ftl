## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = Aucune connexion à { -brand-injixo }. Vérifiez votre connexion réseau, puis réessayez.
error-timeout = { -brand-injixo } n’a pas répondu à temps. Réessayez.
error-unauthorized = Votre session a expiré. Reconnectez-vous pour continuer.
error-forbidden = Vous n’avez pas les droits nécessaires pour gérer les intégrations. Adressez-vous à un administrateur de votre compte { -brand-injixo }.
error-server = Une erreur s’est produite chez { -brand-injixo }. Réessayez dans quelques instants.
error-unexpected-response = { -brand-injixo } a envoyé une réponse inattendue. Réessayez et, si le problème se reproduit, contactez le support { -brand-injixo }.
error-check-fields = Certains champs nécessitent votre attention. Aucune de vos saisies n’a été perdue.
error-not-found = Cette intégration n’existe pas (ou plus).
error-vendor-unavailable = Le système du fournisseur est injoignable : vos identifiants n’ont donc pas pu être vérifiés. Réessayez dans quelques minutes.
error-request-in-progress = Votre tentative précédente est toujours en cours de traitement. Patientez un instant, puis réessayez.
error-unknown-model = Ce modèle d’intégration n’est plus disponible.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Référence pour le support { -brand-injixo } : { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value, in characters

field-error-required = Renseignez ce champ.
field-error-required-choice = Choisissez l’une des options.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Utilisez { $max } caractères au maximum.
field-error-name-taken = Une intégration porte déjà ce nom. Choisissez-en un autre.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Saisissez un nom de domaine tel que { $example }.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Saisissez votre nom de domaine complet, sous-domaine compris, par exemple { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = Il s’agit d’un domaine { $other }. Saisissez votre domaine { $product }, par exemple { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = Il ne s’agit pas d’un domaine { $product }. Saisissez votre domaine { $product }, par exemple { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = Impossible de joindre { $product } sur ce domaine. Vérifiez l’orthographe de votre sous-domaine.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } n’a pas accepté ces identifiants. Vérifiez votre saisie et réessayez.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = L’utilisateur de ces identifiants ne dispose pas de droits suffisants.
field-error-rejected = Cette valeur n’a pas été acceptée. Vérifiez-la, puis réessayez.
error-app-key-exists = Une clé API { -brand-injixo } a été générée entre-temps, peut-être dans un autre onglet. Rechargez la page pour l’afficher.
field-error-immutable = Cette valeur ne peut plus être modifiée après l’enregistrement.
field-error-not-a-number = Saisissez un nombre entier.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Saisissez un nombre compris entre { $min } et { $max }.
field-error-url-invalid = Saisissez une adresse web complète et sécurisée (https).
error-plan-required = Votre offre { -brand-injixo } n’inclut pas cette intégration.
error-csrf = Votre session n’a pas pu être confirmée pour cette modification. Rechargez la page et réessayez ; vos saisies ne sont pas perdues.
error-copy-details = Copier les détails
error-details-copied = Détails copiés pour le support { -brand-injixo }.
error-details-copy-failed = La copie n’a pas fonctionné.
