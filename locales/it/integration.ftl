## The page of one integration

integration-details-heading = Dettagli
integration-model-label = Modello
integration-status-label = Stato
integration-created-label = Aggiunta il
integration-last-import-label = Ultima importazione
integration-last-import-never = Ancora nessun dato importato
integration-secret-configured = Configurato
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configurato, termina con …{ $last4 }
integration-value-yes = Sì
integration-value-no = No
