## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Software de centro de contacto en la nube para llamadas.
catalogue-vendor-zendesk-description = Software de atención al cliente para tickets, mensajería y llamadas.
catalogue-vendor-genesys-description = Plataforma de centro de contacto en la nube para todos los canales.
catalogue-vendor-universal-description = Envía tú mismo los datos de cualquier sistema cuando no exista una integración para él.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importa llamadas de { -brand-freshdesk } Contact Center, en colas por número de teléfono o por equipo, y estados de los agentes para la adherencia en tiempo real.
catalogue-model-five9-description = Importa llamadas de { -brand-five9 }, en colas por campaña o por cualificación, y estados de los agentes para la gestión intradía y la adherencia en tiempo real.
catalogue-model-zendesk-description = Importa correos electrónicos, formularios web, chats, llamadas y mensajes de redes sociales de { -brand-zendesk } Support y { -brand-zendesk } Talk, en colas con el nombre de tus vistas.
catalogue-model-genesys-cloud-description = Importa llamadas, correos electrónicos y chats de { -brand-genesys-cloud }, y estados de los agentes para la gestión intradía y la adherencia en tiempo real.
catalogue-model-injixo-api-description = Tu propia aplicación envía eventos de contacto y estados de los agentes a la API de { -brand-injixo }.

## Setup form: sections

setup-section-user-credentials = Credenciales de usuario
setup-section-api-credentials = Credenciales de API
setup-section-configuration = Configuración

## Setup form: fields

setup-field-username = Nombre de usuario
setup-field-password = Contraseña
setup-field-api-token = Token de la API
setup-field-api-secret = Secreto de la API
setup-field-account-region = Región de la cuenta
setup-field-group-queues-by = Agrupar las colas por
setup-field-genesys-detailed-on-queue = Importar estados detallados de agentes on-queue

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Define el nombre de las colas de las llamadas importadas: por número de teléfono o por el equipo que atendió la llamada (el nombre del agente si no hay equipo). Puedes cambiarlo más adelante.
setup-field-five9-username-help = Un usuario de { -brand-five9 } con los roles ADMIN y REPORTING.
setup-field-five9-group-queues-by-help = Para agrupar por cualificaciones se necesita el informe personalizado «Call Log with Skills» en la carpeta compartida de { -brand-five9 } «Shared Reports ({ -brand-injixo })».
setup-field-zendesk-username-help = La dirección de correo electrónico con la que el usuario de { -brand-zendesk } inicia sesión.
setup-field-zendesk-api-token-help = En { -brand-zendesk }, crea un token de la API para un usuario con permisos de administrador y pégalo aquí.
setup-field-zendesk-group-queues-by-help = Define el nombre de las colas de las llamadas de { -brand-zendesk } Talk: IVR usa el grupo de destino, y Número de teléfono, el número que recibe la llamada.
setup-field-genesys-cloud-api-key-help = El ID de cliente de un cliente OAuth en { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = El secreto de cliente del mismo cliente OAuth.
setup-field-genesys-cloud-detailed-on-queue-help = El estado on-queue abarca varios estados, p. ej., communicating, interacting, idle y not responding. Marca esta casilla para importar cada uno de ellos por separado.

## Setup form: options of select fields

setup-option-grouping-phone-number = Número de teléfono
setup-option-grouping-routing = Enrutamiento (equipo/agente)
setup-option-grouping-campaigns = Campañas
setup-option-grouping-skills = Cualificaciones
setup-option-grouping-ivr = IVR
setup-option-region-europe = Europa
setup-option-region-usa = Estados Unidos
setup-option-genesys-region-americas-us-east = América (este de EE. UU.)
setup-option-genesys-region-americas-us-west = América (oeste de EE. UU.)
setup-option-genesys-region-americas-canada = América (Canadá)
setup-option-genesys-region-americas-sao-paulo = América (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Fráncfort)
setup-option-genesys-region-emea-dublin = EMEA (Dublín)
setup-option-genesys-region-emea-london = EMEA (Londres)
setup-option-genesys-region-emea-zurich = EMEA (Zúrich)
setup-option-genesys-region-asia-pacific-sydney = Asia-Pacífico (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia-Pacífico (Tokio)
setup-option-genesys-region-asia-pacific-seoul = Asia-Pacífico (Seúl)
setup-option-genesys-region-asia-pacific-mumbai = Asia-Pacífico (Mumbai)
catalogue-vendor-universal-name = Universal Interfaces
