## Genesys Engage (mosaico Genesys). El artículo nombra la sección y la casilla; los
## campos solo aparecen en el texto, así que sus etiquetas son las del producto.

catalogue-model-genesys-engage-description = Importa el historial de llamadas y los estados de los agentes de las bases de datos de { -brand-genesys-engage } a través de { -brand-cloud-link }.
setup-section-genesys-engage-database-credentials = Credenciales de la base de datos
setup-field-genesys-engage-database-adapter = Adaptador de la base de datos
setup-field-genesys-engage-database-adapter-help = La base de datos que usa tu ACD.
setup-field-genesys-engage-username-help = Un usuario de la base de datos con acceso de lectura a las bases de datos del ACD.
setup-field-genesys-engage-etl-database = Base de datos ETL
setup-field-genesys-engage-etl-database-help = El nombre de la base de datos ETL, que contiene tablas como qinfo y status.
setup-field-genesys-engage-configuration-database = Base de datos de configuración
setup-field-genesys-engage-configuration-database-help = El nombre de la base de datos de configuración, que contiene tablas como cfg_dn y cfg_person.
setup-field-genesys-engage-import-agent-status = Importar datos sobre el estado del agente
setup-field-genesys-engage-import-agent-status-help = Importa también cuándo los agentes inician o cierran sesión o cambian de actividad. { -brand-injixo } los asigna a las personas por su nombre de usuario de { -brand-pureengage }, que introduces como identificador externo de cada persona.
