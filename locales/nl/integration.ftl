## The page of one integration

integration-details-heading = Details
integration-model-label = Model
integration-status-label = Status
integration-created-label = Toegevoegd op
integration-last-import-label = Laatste import
integration-last-import-never = Nog geen gegevens geïmporteerd
integration-secret-configured = Ingesteld
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Ingesteld, eindigt op …{ $last4 }
integration-value-yes = Ja
integration-value-no = Nee
