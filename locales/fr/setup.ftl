## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = Ajouter une intégration { $product }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Donnez un nom unique à l’intégration et saisissez les identifiants de votre compte { $product }. { -brand-injixo } les vérifie lors de l’enregistrement.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Donnez un nom unique à l’intégration, connectez { -brand-cloud-link } dans votre réseau et indiquez comment il atteint votre système. { -brand-injixo } vérifie la connexion lors de l’enregistrement.
# The CSV model.
setup-intro-csv = Donnez un nom unique à l’intégration, choisissez le type de données à importer et créez le schéma CSV qui indique à { -brand-injixo } comment lire vos fichiers. Ne connectez { -brand-cloud-link } que s’il doit envoyer les fichiers à votre place.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Donnez un nom unique à l’intégration : c’est tout ce qu’il lui faut.
setup-field-name = Nom
setup-field-name-help = Un nom unique permettant d’identifier la source de données, par exemple « Chat support Europe ».
setup-section-credentials = Identifiants
setup-field-domain = Domaine
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = Votre nom de domaine { $product } complet, sous-domaine compris, par exemple { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = exemple.{ $suffix }
setup-field-api-key = Clé API
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = Dans { $product }, copiez une clé API valide d’un utilisateur ayant le rôle Account Administrator, puis collez-la ici.
setup-show-secret = Afficher
setup-save-button = Sauvegarder l’intégration
setup-saving = Vérification…
setup-cancel-button = Annuler
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Intégration « { $name } » sauvegardée.
