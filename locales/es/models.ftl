## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Software de centro de contacto en la nube para llamadas.
catalogue-vendor-zendesk-description = Software de atención al cliente para tickets, mensajería y llamadas.
catalogue-vendor-genesys-description = Plataforma de centro de contacto en la nube para todos los canales.
catalogue-vendor-universal-description = Envía tú mismo los datos de cualquier sistema cuando no exista una integración para él.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importa llamadas de { -brand-freshdesk } Contact Center, en colas por número de teléfono o por equipo, y estados de los agentes para la adherencia en tiempo real.
catalogue-model-five9-description = Importa llamadas de { -brand-five9 }, en colas por campaña o por skill, y estados de los agentes para la gestión intradía y la adherencia en tiempo real.
catalogue-model-zendesk-description = Importa correos electrónicos, formularios web, chats, llamadas y mensajes de redes sociales de { -brand-zendesk } Support y { -brand-zendesk } Talk, en colas con el nombre de tus vistas.
catalogue-model-genesys-cloud-description = Importa llamadas, correos electrónicos y chats de { -brand-genesys-cloud }, y estados de los agentes para la gestión intradía y la adherencia en tiempo real.
catalogue-model-injixo-api-description = Tu propia aplicación envía eventos de contacto y estados de los agentes a la API de { -brand-injixo }.

## Setup form: sections

setup-section-user-credentials = Credenciales de usuario
setup-section-api-credentials = Credenciales de API
setup-section-configuration = Configuración
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = Credenciales de usuario
# Decision (issue 13): the product writes "Data de los estados…"; "Datos" is the
# Spanish word.
setup-section-agent-status-data = Datos de los estados de los agentes
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = La clave de la API y el secreto de la API necesitan estos permisos en { -brand-genesys-cloud }: analytics:userDetail:view, analytics:userObservation:view, analytics:conversationAggregate:view, analytics:conversationDetail:view y routing:queue:view.

## Setup form: fields

setup-field-username = Nombre de usuario
setup-field-password = Contraseña
setup-field-api-token = Token de la API
setup-field-api-secret = Secreto de la API
# Decision (issue 13): terminology.md's "Región de la cuenta" for every model,
# although the product (and the prose of the Vonage, Talkdesk and Genesys Cloud
# articles) says "Región de acceso".
setup-field-account-region = Región de la cuenta
# Vonage and Talkdesk (the product's labels).
setup-field-client-id = ID de cliente
setup-field-client-secret = Clave secreta de cliente
setup-field-account-name = Nombre de la cuenta
setup-field-group-queues-by = Agrupar las colas por
setup-field-genesys-detailed-on-queue = Importar estados detallados de agentes on-queue
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Agrupar las llamadas de { -brand-zendesk } Talk por
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Agrupar tickets por marca
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Importar datos en tiempo real

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Define el nombre de las colas de las llamadas importadas: por número de teléfono o por el equipo que atendió la llamada (el nombre del agente si no hay equipo).
setup-field-five9-username-help = Un usuario de { -brand-five9 } con los roles ADMIN y REPORTING.
setup-field-five9-group-queues-by-help = Para agrupar por skills se necesita el informe personalizado «Call Log with Skills» en la carpeta compartida de { -brand-five9 } «Shared Reports ({ -brand-injixo })».
setup-field-zendesk-api-token-help = En { -brand-zendesk }, crea un token de la API para un usuario con permisos de administrador (Admin > Canales > API) y pégalo aquí.
setup-field-zendesk-group-queues-by-help = Define el nombre de las colas de las llamadas de { -brand-zendesk } Talk: IVR usa el grupo de destino, y Número de teléfono, el número que recibe la llamada. Una llamada sin esta información cuenta como no agrupada. Las colas de { -brand-zendesk } Support no cambian.
setup-field-zendesk-group-tickets-by-brand-help = De forma predeterminada, los tickets se agrupan por grupo de { -brand-zendesk }. Marca esta casilla para crear además una cola de origen para cada marca de { -brand-zendesk }.
setup-field-genesys-cloud-detailed-on-queue-help = El estado on-queue abarca varios estados, p. ej., communication, interacting, idle y not responding. Marca esta casilla para importar cada uno de ellos por separado.

## Setup form: options of select fields

setup-option-grouping-phone-number = Número de teléfono
setup-option-grouping-routing = Enrutamiento (equipo/agente)
setup-option-grouping-campaigns = Campañas
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Skills (requiere informe personalizado)
# The Spanish Zendesk article and the product spell it out.
setup-option-grouping-ivr = IVR (Interactive Voice Response)
setup-option-region-europe = Europa
setup-option-region-usa = Estados Unidos
setup-option-region-apac = APAC
setup-option-region-emea = EMEA
setup-option-region-canada = Canadá
# The seven Genesys Cloud regions the product offers, with the product's labels (Spanish: with the accent of América, which the product lacks).
setup-option-genesys-region-americas-us-east = América (EEUU Este)
setup-option-genesys-region-americas-us-west = América (EEUU Oeste)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-asia-pacific-sydney = Asia Pacific (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia Pacific (Tokyo)
catalogue-vendor-universal-name = Universal Interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } no ha aceptado esta clave de la API. Vuelve a copiarla en { $product } y pégala aquí.
field-error-freshworks-api-key-role = Esta clave de la API pertenece a un usuario sin el rol Account Administrator. Usa la clave de la API de un usuario con el rol Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = Este usuario de { -brand-five9 } no tiene los dos roles ADMIN y REPORTING. Asígnale estos roles en { -brand-five9 } o introduce un usuario que los tenga.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = Este token de la API pertenece a un usuario sin permisos de administrador en { -brand-zendesk }. Crea el token de la API para un usuario con permisos de administrador.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = A estas credenciales de API les faltan permisos que { -brand-injixo } necesita. En { -brand-genesys-cloud }, concede los cinco permisos indicados al principio de esta sección.
