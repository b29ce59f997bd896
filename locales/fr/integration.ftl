## The page of one integration

integration-details-heading = Détails
integration-model-label = Modèle
integration-status-label = Statut
integration-created-label = Ajoutée le
integration-last-import-label = Dernier import
integration-last-import-never = Aucune donnée importée pour le moment
integration-secret-configured = Configuré
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configuré, se termine par …{ $last4 }
integration-value-yes = Oui
integration-value-no = Non
