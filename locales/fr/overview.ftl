## Overview: Account > Integrations

overview-title = Intégrations
overview-add-button = Ajouter une intégration
overview-intro = Connectez les systèmes qu’utilise votre équipe afin qu’{ -brand-injixo } puisse importer leurs données de contact.
overview-empty-title = Aucune intégration pour le moment
overview-empty-text = Ajoutez votre première intégration pour commencer à importer les données de contact de votre centre de contact ou de votre CRM.
overview-table-caption = Vos intégrations
overview-column-name = Nom
overview-column-model = Modèle
overview-column-status = Statut
overview-column-last-import = Dernier import
overview-last-import-never = Jamais
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = { $shown } intégrations affichées sur { $total }
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button =
    { $count ->
        [one] Afficher la suivante
       *[other] Afficher les { $count } suivantes
    }
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = Impossible de charger les intégrations suivantes. Celles qui sont affichées restent inchangées.
