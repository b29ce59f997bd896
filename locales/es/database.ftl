## Base de datos (mosaico Universal Interfaces). Etiquetas como en el artículo
## (add-database-integration, diciembre de 2023); los campos que solo nombra en el
## texto llevan la etiqueta del producto. La sección de credenciales es
## setup-section-credentials.

catalogue-model-database-description = Lee contactos, intervalos o estados de los agentes de tu propia base de datos con una consulta SQL, a través de { -brand-cloud-link }.
# Artículo: «tipo de base de datos» en el texto; con mayúscula, como el producto.
setup-field-database-type = Tipo de base de datos
setup-option-database-mysql = { -brand-mysql }
# Artículo: «Otros (ODBC)»; producto: «Otro (ODBC)». El artículo gana.
setup-option-database-odbc = Otros (ODBC)
setup-field-database-name = Nombre de la base de datos
# Artículo: «Usuario» (los modelos de proveedor dicen «Nombre de usuario»).
setup-field-database-username = Usuario
setup-field-database-mssql-port-help = Para una instancia con nombre (named instance), deja el puerto vacío y abre en su lugar el puerto UDP 1434 en tu cortafuegos, para que el servicio { -brand-sql-server } Browser pueda indicar el puerto a { -brand-cloud-link }.
setup-field-database-connection-string-help = La cadena de conexión para tu tipo de base de datos y controlador ODBC (connectionstrings.com recoge muchas) o { "DSN=myODBCDatasourceName;" } para un origen de datos ODBC. Las consultas delimitan los identificadores SQL con comillas dobles: si tu controlador no lo hace por defecto, añade su opción, como { "DELIMIDENT=y;" } para { -brand-informix }.
setup-field-database-import-data-type = Tipo de datos a importar
setup-field-database-import-data-type-help = Un tipo por integración: para importar otro tipo, añade otra integración.
setup-option-database-contact-based = En base a contactos
setup-option-database-interval-based = En base a intervalos
setup-option-database-agent-status = Estados de los agentes
# El artículo en español no habla de la longitud del intervalo; el producto solo tiene
# el marcador «Seleccionar la longitud del intervalo»: de ahí la etiqueta.
setup-field-database-interval-length = Longitud del intervalo
setup-field-database-interval-length-help = La longitud de los intervalos en los que tu consulta suma los contactos.
setup-option-database-interval-15 = 15 minutos
setup-option-database-interval-30 = 30 minutos
setup-field-database-import-realtime-data = Importar datos en tiempo real
setup-field-database-import-realtime-data-help = Importa los estados de los agentes cada 10 segundos en lugar de cada 15 minutos. Solo en { -brand-injixo } Advanced y Enterprise WFM.
setup-field-database-data-reconciliation = Reconciliación de datos
setup-field-database-data-reconciliation-help = Recomendado. Cada 15 minutos, { -brand-injixo } vuelve a importar los estados de los agentes de las últimas 24 horas, para que también lleguen las correcciones hechas en tu base de datos (un fichaje de salida olvidado, por ejemplo). Sin ella, solo se leen los datos desde la última importación: menos carga para la base de datos, pero las correcciones más antiguas habrá que hacerlas a mano en { -brand-injixo }.
# Artículo: «zona horaria de la base de datos» en el texto; con mayúscula, como el producto.
setup-field-database-time-zone = Zona horaria de la base de datos
setup-field-database-time-zone-help = La zona horaria de las horas de tu base de datos.
# Artículo: «consulta SQL» en el texto; con mayúscula, como el producto.
setup-field-database-sql-query = Consulta SQL
setup-field-database-sql-query-help = Se ejecuta cada 15 minutos. Debe devolver las columnas indicadas para tu tipo de datos, con estos nombres: usa alias o una vista si las tuyas se llaman de otra forma. La tabla la eliges tú.

## Columnas del resultado de la consulta: qué contiene cada una. Los nombres de las
## columnas se quedan en inglés. En base a contactos sigue el artículo inglés actual:
## el artículo español, más antiguo, exige también offered y hace obligatoria duration.

setup-column-database-queueidentifier = Identificador único de la cola. No cambia si renombras la cola con queuename.
setup-column-database-queuename = Nombre de la cola.
setup-column-database-timestamp = Inicio del intervalo.
setup-column-database-offered = Número de contactos en el intervalo (llamadas o correos, por ejemplo).
setup-column-database-interval-answered = Número de contactos atendidos en el intervalo.
setup-column-database-handlingtime = Tiempo total de gestión de todos los contactos del intervalo.
setup-column-database-contact-answered = 1 si el contacto se atendió, 0 si no.
setup-column-database-duration = Tiempo de gestión de este contacto.
setup-column-database-channel = Canal de la cola de origen en { -brand-injixo }: calls, chats, emails, social_media, documents o cases. Vacío equivale a calls.
setup-column-database-agentidentifier = Identificador único del agente: el identificador externo de la persona en { -brand-injixo }.
setup-column-database-starttime = Inicio de la actividad del estado del agente.
setup-column-database-endtime = Fin de la actividad. Déjalo vacío mientras la actividad siga en curso.
setup-column-database-activity = Identificador de la actividad externa.
