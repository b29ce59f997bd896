## The page of one integration

integration-details-heading = Details
integration-model-label = Model
integration-status-label = Status
integration-created-label = Added on
integration-last-import-label = Last import
integration-last-import-never = No data imported yet
integration-secret-configured = Configured
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configured, ending …{ $last4 }
integration-value-yes = Yes
integration-value-no = No
