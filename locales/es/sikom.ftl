## Sikom (mosaico propio). El artículo nombra las secciones y la casilla; los campos
## solo aparecen en el texto, así que sus etiquetas son las del producto.

catalogue-vendor-sikom-description = Centro de contacto on-premise para llamadas.
catalogue-model-sikom-description = Importa el historial de llamadas, los estados de los agentes y datos de adherencia en tiempo real de la base de datos de { -brand-sikom } a través de { -brand-cloud-link }.
setup-field-sikom-database-time-zone = Zona horaria de la base de datos
setup-field-sikom-database-time-zone-help = La zona horaria de tu base de datos de { -brand-sikom }.
setup-field-sikom-username-help = Un usuario de la base de datos con acceso de lectura a la base de datos sk_acc_v5.
setup-field-sikom-import-agent-status = Importar datos sobre el estado del agente
setup-field-sikom-import-agent-status-help = Importa también cuándo los agentes inician o cierran sesión o cambian de actividad. { -brand-injixo } los asigna a las personas por su nombre de usuario de { -brand-sikom }, que introduces como identificador externo de cada persona.
