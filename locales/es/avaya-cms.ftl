## Avaya CMS (mosaico propio). Campos del artículo (cadena de conexión, zona horaria,
## detalles de los estados, datos en tiempo real con puerto) más el «Agrupamiento de
## llamadas» del producto, que ningún artículo nombra; la «Fuente de datos» del
## producto cabe en la cadena (DSN=…;). Decisión: ver en/avaya-cms.ftl.

catalogue-vendor-avaya-cms-description = Call Management System de los centros de contacto de { -brand-avaya }, en tus propios servidores.
catalogue-model-avaya-cms-description = Importa llamadas y estados de los agentes de la base de datos de { -brand-avaya-cms } a través de { -brand-cloud-link }; los estados también en tiempo real, si quieres.
setup-section-avaya-cms-configuration-help = { -brand-injixo } asigna los estados de los agentes a las personas por su nombre de usuario de { -brand-avaya-cms }, que introduces como identificador externo de cada persona. Si importas datos en tiempo real, pausa la integración antes de asignarlos.
setup-field-avaya-cms-connection-string-help = La cadena de conexión ODBC de la base de datos del CMS. Suele ser { -brand-informix }: usa su controlador ODBC con la opción { "DELIMIDENT=y;" }, por ejemplo { "DSN=AvayaCMS;DELIMIDENT=y;" } para un origen de datos ODBC con ese nombre. Para otra base de datos, usa la cadena de su controlador ODBC.
# El artículo nombra el campo solo en el texto; la etiqueta del modelo Database en el producto.
setup-field-avaya-cms-database-time-zone = Zona horaria de la base de datos
setup-field-avaya-cms-database-time-zone-help = La zona horaria de la base de datos del CMS.
setup-field-avaya-cms-call-grouping = Agrupamiento de llamadas
setup-field-avaya-cms-call-grouping-help = Cómo se agrupan las llamadas en colas: por VDN o por split.
setup-option-avaya-cms-grouping-vdn = Basado en VDNs
setup-option-avaya-cms-grouping-split = Basado en Splits
setup-field-avaya-cms-detailed-agent-statuses = Importar detalles de los estados de los agentes
setup-field-avaya-cms-detailed-agent-statuses-help = Añade las skills (perfil del agente) y los splits (enrutamiento de llamadas) a los estados de los agentes importados.
setup-field-avaya-cms-import-realtime-data = Importar datos en tiempo real
setup-field-avaya-cms-import-realtime-data-help = Transmite los estados de los agentes en tiempo real: el servicio { -brand-avaya } Generic RTA, con licencia y configurado en { -brand-avaya }, se conecta a { -brand-cloud-link } en el puerto de abajo.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } escucha en este puerto TCP al servicio { -brand-avaya } Generic RTA: permite las conexiones entrantes a este puerto en el servidor donde se ejecuta { -brand-cloud-link }.
