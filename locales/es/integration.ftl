## The page of one integration

integration-details-heading = Detalles
integration-model-label = Modelo
integration-status-label = Estado
integration-created-label = Añadida el
integration-last-import-label = Última importación
integration-last-import-never = Todavía no se han importado datos
integration-secret-configured = Configurado
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configurado, termina en …{ $last4 }
integration-value-yes = Sí
integration-value-no = No
