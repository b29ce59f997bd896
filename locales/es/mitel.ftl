## Mitel (mosaico propio; en el producto el modelo se llama MiVoice Business).

catalogue-vendor-mitel-description = Centro de contacto on-premise para llamadas, correos electrónicos, chats y redes sociales.
catalogue-model-mitel-description = Importa el historial de llamadas, correos electrónicos, chats y redes sociales y los estados de los agentes de la base de datos de { -brand-mitel } a través de { -brand-cloud-link }.
setup-section-mitel-regional-settings = Configuraciones regionales
# Artículo: «zona horaria del ACD» en el texto; con mayúscula, como el producto.
setup-field-mitel-acd-time-zone = Zona horaria del ACD
setup-field-mitel-acd-time-zone-help = La zona horaria local del sistema en el que se ejecuta tu ACD de { -brand-mitel } (UTC si está configurado en { "UTC±00:00" }).
setup-field-mitel-username-help = Un usuario de la base de datos con acceso de lectura a la base de datos CCMData.
setup-field-mitel-import-agent-status = Importar estados de los agentes
setup-field-mitel-import-agent-status-help = Los estados de los agentes deben estar en las tablas tblConfig_Attributes_User_Employee, AgentTraceEventsStats y tblConfig_Agent. { -brand-injixo } los asigna a las personas por su nombre de usuario de { -brand-mivoice-business }, que introduces como identificador externo de cada persona.
