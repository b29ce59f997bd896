## The page of one integration

integration-details-heading = Details
integration-model-label = Modell
integration-status-label = Status
integration-created-label = Hinzugefügt am
integration-last-import-label = Letzter Import
integration-last-import-never = Noch keine Daten importiert
integration-secret-configured = Eingerichtet
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Eingerichtet, endet auf …{ $last4 }
integration-value-yes = Ja
integration-value-no = Nein
