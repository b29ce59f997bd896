## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Añadir una nueva integración
catalogue-intro = Elige el sistema que quieres conectar a { -brand-injixo }.
catalogue-select-model-button = Selecciona el modelo
# On the tile of a vendor with a single model.
catalogue-add-button = Añadir integración
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] Un modelo
       *[other] { $count } modelos
    }
catalogue-vendor-freshworks-description = Software de mensajería con clientes, servicio de asistencia y centro de contacto.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Añadir integración
catalogue-model-freshchat-description = Importa cada chat resuelto de { -brand-freshchat } como un contacto, en colas que llevan el nombre de tus grupos de { -brand-freshchat }.
catalogue-model-freshdesk-description = Importa las conversaciones de tus tickets de { -brand-freshdesk } como contactos, agrupadas por canal.
vendor-intro = Selecciona el producto que quieres conectar.
vendor-requires-app = Requiere la aplicación de { -brand-injixo } del { -brand-freshworks } marketplace, que instalarás después de guardar la integración.
catalogue-filter-label = Filtrar
catalogue-filter-placeholder = Proveedor, producto o datos importados
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] Se muestra un proveedor
       *[other] Se muestran { $count } proveedores
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = Ninguna integración coincide con «{ $query }».
catalogue-locked-badge = No incluido en tu plan
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Disponible con { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Incluido en { -brand-injixo } { $plans }
