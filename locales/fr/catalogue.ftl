## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Ajouter une nouvelle intégration
catalogue-intro = Choisissez le système que vous souhaitez connecter à { -brand-injixo }.
catalogue-select-model-button = Sélectionner le modèle
# On the tile of a vendor with a single model. The French articles and the product say
# "Ajouter cette intégration" there; only the overview button is "Ajouter une intégration".
catalogue-add-button = Ajouter cette intégration
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] Un modèle
       *[other] { $count } modèles
    }
catalogue-vendor-freshworks-description = Logiciels de messagerie client, de support et de centre de contact.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Ajouter cette intégration
catalogue-model-freshchat-description = Importe chaque chat résolu dans { -brand-freshchat } comme un seul contact, dans des files d’attente nommées d’après vos groupes { -brand-freshchat }.
catalogue-model-freshdesk-description = Importe les conversations de vos tickets { -brand-freshdesk } comme contacts, regroupées par canal.
vendor-intro = Sélectionnez le produit que vous souhaitez connecter.
vendor-requires-app = Nécessite l’application { -brand-injixo } du { -brand-freshworks } marketplace, que vous installerez après avoir enregistré l’intégration.
catalogue-filter-label = Filtrer
catalogue-filter-placeholder = Fournisseur, produit ou données importées
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] Un fournisseur affiché
       *[other] { $count } fournisseurs affichés
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = Aucune intégration ne correspond à « { $query } ».
catalogue-locked-badge = Non inclus dans votre offre
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Disponible avec { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Inclus dans { -brand-injixo } { $plans }
