## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Software de centro de contacto que comunica los estados de los agentes en tiempo real.
catalogue-model-odigo-description = Recibe en tiempo real los estados de los agentes de { -brand-odigo }, para la adherencia en tiempo real, e importa los datos de contacto de cada día.
setup-section-odigo-credentials = Credenciales
setup-field-odigo-tech-account = Cuenta tech
setup-field-odigo-tech-account-help = En { -brand-odigo } se llama pef-tech-account: la cuenta para la API de autenticación de { -brand-odigo }.
setup-field-odigo-tech-password = Contraseña tech
setup-field-odigo-tech-password-help = En { -brand-odigo } se llama pef-tech-password.
setup-section-odigo-contact-data = Datos de contacto
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } importa los datos de contacto de cada día a las 3 de la madrugada. Ponte en contacto con { -brand-odigo } si necesitas más información sobre estos ajustes.
setup-field-odigo-api-domain = Dominio API
setup-field-odigo-api-domain-help = En { -brand-odigo } se llama pef-api-domain.
setup-field-odigo-app-id = App ID
setup-field-odigo-app-id-help = En { -brand-odigo } se llama pef-app-id.
setup-field-odigo-instance = Instancia
setup-field-odigo-instance-help = En { -brand-odigo } se llama x-ws-instance.
setup-field-odigo-user-name = Nombre de usuario
setup-field-odigo-user-name-help = En { -brand-odigo } se llama odigo-user-id.
setup-field-odigo-statistics-table-id = ID de la tabla de estadísticas
setup-field-odigo-statistics-table-id-help = En { -brand-odigo } se llama statistics_table_id. Un número entero.
setup-field-odigo-ivr-time-zone = Zona horaria del IVR
setup-field-odigo-ivr-time-zone-help = La zona horaria de tu IVR.
setup-field-odigo-detailed-breaks = Importar detalles de los estados de pausa de los agentes
setup-field-odigo-detailed-breaks-help = { -brand-injixo } añade entonces el tipo de pausa a los estados de pausa, p. ej., Pausa (Pausa para comer) en lugar de Pausa. Las etiquetas de pausa modificadas en { -brand-odigo } llegan a { -brand-injixo } en un máximo de 4 horas. Si marcas esta casilla, actualiza la asignación de actividades.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = URL de { -brand-odigo }
setup-field-odigo-url-help = Tu URL de { -brand-odigo } con el ID de cliente en la ruta, p. ej., https://example.odigo.cx/odigo-tenant-id.
setup-field-odigo-web-service-user = Usuario del servicio web
setup-field-odigo-web-service-user-help = El usuario del servicio web de { -brand-odigo }. Ponte en contacto con { -brand-odigo } para obtener detalles y ayuda.
setup-field-odigo-web-service-password = Contraseña del servicio web
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Introduce tu URL de { -brand-odigo } con el ID de cliente en la ruta, p. ej., https://example.odigo.cx/odigo-tenant-id.
