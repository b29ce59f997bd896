## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language, P = the product's own text, own = no
## source names it. Typography: ¿…?, ¡…!, «…».

## The form's section

# A+P create_schema
csv-schema-create = Crear un nuevo esquema CSV
# A+P edit_schema
csv-schema-edit = Editar el esquema CSV
# P schema_exists
csv-schema-saved = El esquema CSV se ha guardado correctamente
# P csv_schema.validation says "Seleccionar un esquema" (select a schema): own translation
csv-schema-missing = Tienes que crear un esquema CSV
# own
csv-schema-type-first = Selecciona primero el tipo de datos a importar.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = Fichero de ejemplo: { $file_name }
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = El fichero de ejemplo { $file_name } era demasiado grande para conservarlo al recargar la página. Abre «Editar el esquema CSV» y vuelve a cargarlo.
# own
csv-schema-type-mismatch = El esquema CSV se creó para otro tipo de datos a importar. Edita el esquema CSV.
# own
csv-schema-method-sql = Columnas asignadas con una consulta SQL

## The wizard's frame

# own
csv-wizard-steps = Pasos
# A
csv-wizard-step-setup = Configuración
# A
csv-wizard-step-preprocessing = Opciones de preprocesamiento
# A (mapping section heading)
csv-wizard-step-map = Asignar columnas
# A (button)
csv-wizard-to-mapping = Asignar las columnas
# own
csv-wizard-back = Volver a la configuración
# A
csv-wizard-save = Guardar esquema
# T
csv-wizard-cancel = Cancelar

## Sample file

# own
csv-wizard-sample-heading = Fichero de ejemplo
# own
csv-wizard-sample-help = Un fichero CSV generado por tu sistema externo: con él, { -brand-injixo } te muestra cómo leerá los ficheros del sistema. Como máximo 7 MB.
# A
csv-wizard-reupload = Volver a cargar el fichero
# own
csv-wizard-reading = Leyendo el fichero…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name }: { $rows ->
        [one] 1 fila
       *[other] { $rows } filas
    }, { $columns ->
        [one] 1 columna
       *[other] { $columns } columnas
    }
# own
csv-wizard-sample-cut = El fichero supera 1 MB: se conserva su primer MB como ejemplo.
# own
csv-wizard-one-column = Solo se ha encontrado una columna: comprueba el separador de columna.
# own
csv-wizard-sample-needed = Carga primero un fichero de ejemplo.
# own
csv-wizard-raw-heading = Primeras filas del fichero
# own
csv-wizard-encoding = Codificación del fichero
# own
csv-wizard-encoding-detected = El fichero no está en UTF-8, así que se ha leído como Windows-1252 (Europa occidental). Si las letras no se ven bien, elige la codificación que usa tu sistema. Los ficheros guardados en UTF-8 evitan estos problemas.
csv-wizard-encoding-windows-1252 = Windows-1252 o ISO-8859-1 (Europa occidental)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (turco)

## Setup

# A
csv-wizard-separator = Separador de columna del archivo CSV
# A~ (the article's example word)
csv-wizard-separator-semicolon = Punto y coma (;)
# own
csv-wizard-separator-comma = Coma (,)
csv-wizard-separator-tab = Tabulador
csv-wizard-separator-pipe = Barra vertical (|)
# own
csv-wizard-separator-detected = Detectado en el fichero de ejemplo.
# A
csv-wizard-time-zone = Zona horaria
# own, after A
csv-wizard-time-zone-help = La zona horaria en la que tu sistema externo registra los datos.
# A
csv-wizard-layout = Disposición de los datos
# A
csv-wizard-layout-contact = Basado en contactos
# own, after A
csv-wizard-layout-contact-help = Una fila por contacto. { -brand-injixo } los suma en intervalos de 15 minutos, por lo que el intervalo de planificación debe ser de 15 minutos.
# A
csv-wizard-layout-interval = Basado en intervalos
# own, after A
csv-wizard-layout-interval-help = Una fila por cola e intervalo, con todos sus contactos.
# A
csv-wizard-layout-locked = La disposición de los datos no puede ser modificada
# own
csv-wizard-interval = Longitud del intervalo
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } minutos
# own, after A
csv-wizard-interval-help = La longitud de los intervalos de tu fichero. Una longitud mayor produce errores; con una menor quedan intervalos sin datos, que se tratan como se indica abajo.
# A
csv-wizard-missing = Gestión de los valores faltantes en los intervalos
# A
csv-wizard-missing-empty = Dejar vacío
# A
csv-wizard-missing-zero = Rellenar con cero
# own, after A ("no data" as the article writes it)
csv-wizard-missing-help = «Dejar vacío» muestra los valores faltantes como «no data», lo que sirve en la mayoría de los casos. Una importación sobrescribe los datos ya importados para sus intervalos.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Opcional: selecciona una o varias opciones.
# A
csv-wizard-add-header = Añadir fila de encabezado
# own, after A
csv-wizard-add-header-help = Para ficheros sin fila de encabezado: las columnas se llaman entonces A, B, C, …
# A
csv-wizard-skip-empty = Omitir filas vacías
# own, after A
csv-wizard-skip-empty-help = Ignora las filas que solo contienen separadores.
# A (the X stands for the number, entered below)
csv-wizard-skip-first = Omitir la(s) primera(s) X fila(s)
# own
csv-wizard-skip-first-count = Número de filas que se omiten
# own
csv-wizard-skip-first-error = Introduce un número entero del 1 al 10000.
# A writes "Omitir la(s) filas()) que contengan" (unbalanced brackets, Q6): the evident
# intent is used
csv-wizard-skip-containing = Omitir la(s) fila(s) que contengan
# own, after A
csv-wizard-skip-containing-help = Se ignoran las filas que contienen alguno de estos textos, también la fila de encabezado. Se distinguen mayúsculas y minúsculas.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = Texto { $number }
# A
csv-wizard-add-string = Añadir texto
# own
csv-wizard-remove-string = Quitar

## Map columns (A: the field table, which calls the Date field "Formato de fecha", the
## same words as its format drop-down; the examples' "Fecha" is used so that the two
## controls can be told apart)

# A
csv-wizard-use-sql = Usar una consulta SQL para asignar las columnas
# A~
csv-wizard-method-warning = Cambiar el método de asignación sobrescribirá el esquema CSV existente
# own, after A
csv-wizard-method-warning-body = Al guardar, la asignación guardada hasta ahora se sustituye y no se puede recuperar.
csv-field-queue = Nombre de la cola
csv-field-date = Fecha
csv-field-time = Hora
csv-field-one-column = Fecha y hora en una columna
csv-field-timestamp = Marca de tiempo
csv-field-offered = Entrantes
csv-field-handled = Atendidos
csv-field-aht = TMO
csv-field-duration = Duración
csv-field-channel = Canal
csv-field-agent = Identificador de agente
csv-field-activity = Identificador de actividad
csv-field-start-date = Fecha de inicio
csv-field-start-time = Hora de inicio
csv-field-start-timestamp = Marca de tiempo de inicio
csv-field-end-date = Fecha de finalización
csv-field-end-time = Hora de finalización
csv-field-end-timestamp = Marca de tiempo de finalización
# own, after A
csv-field-offered-help = Números enteros o decimales con punto.
csv-field-handled-help = 1 para un contacto atendido, 0 para uno no atendido.
csv-field-aht-help = No es obligatorio, pero es fundamental para calcular con precisión las necesidades de personal y las previsiones.
csv-field-duration-help = En segundos, como número entero.
csv-field-channel-help = El mismo canal para todas las filas, o la columna que contiene el canal de cada fila (calls, emails, chats, documents, cases o social_media).
csv-field-end-help = Opcional.
# own
csv-wizard-choose-column = Elige una columna…
# A
csv-wizard-no-column = Sin columna
# A~
csv-wizard-date-format = Formato de fecha
csv-wizard-time-format = Formato de hora
csv-wizard-timestamp-format = Formato de marca de tiempo
csv-wizard-aht-format = Formato de TMO
# A
csv-wizard-custom-date-format = Formato de fecha personalizado
# own
csv-wizard-custom-time-format = Formato de hora personalizado
# own
csv-wizard-custom-format = Formato personalizado
# own
csv-wizard-list-format = Elegir de la lista
# own, after A
csv-wizard-format-help = D o DD para el día, M o MM para el mes, YY o YYYY para el año; en minúsculas h o hh, m o mm, s o ss para la hora. Cualquier otro carácter es un separador.
# own
csv-wizard-choose-format = Elige un formato…
# A~ shows English "Seconds" in the example table; translated
csv-wizard-aht-seconds = Segundos
csv-wizard-aht-hh-mm-ss = hh:mm:ss
# own
csv-wizard-channel-column = Columna con el canal
# own
csv-wizard-channel-from-column = Desde una columna
# A
csv-channel-calls = Llamadas
# own
csv-channel-emails = Correos electrónicos
csv-channel-chats = Chats
csv-channel-documents = Documentos
csv-channel-cases = Casos
csv-channel-social-media = Redes sociales

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Elige una columna.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = El fichero de ejemplo no tiene ninguna columna «{ $column }».
csv-schema-error-not-for-layout = No se usa con esta disposición de los datos.
csv-schema-error-interval = Elige 15 o 30 minutos.
csv-schema-error-time-zone = Elige una zona horaria.
csv-format-error-empty = Elige o escribe un formato.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = Un formato tiene como máximo { $max } caracteres.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = «{ $token }» no forma parte de la notación de formatos.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } aparece más de una vez.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = El formato necesita { $tokens }.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } no corresponde a este formato (los meses se escriben con M mayúscula, los minutos con m minúscula).

## The live preview (own)

csv-preview-heading = Vista previa
csv-preview-intro = Las primeras filas del fichero de ejemplo tal como { -brand-injixo } las leerá, con las horas en UTC.
csv-preview-line = Línea
csv-preview-time-utc = Hora (UTC)
csv-preview-start-utc = Inicio (UTC)
csv-preview-end-utc = Fin (UTC)
csv-preview-problems = Problemas
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] Se pueden importar { $imported } de 1 línea del fichero de ejemplo.
       *[other] Se pueden importar { $imported } de { $total } líneas del fichero de ejemplo.
    }
csv-preview-mapping-needed = Asigna los campos obligatorios para ver la vista previa.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = La tabla muestra las primeras { $count } líneas.
csv-preview-problems-heading = Problemas en el fichero de ejemplo

## The SQL mapping

# own
csv-sql-label = Consulta SQL
# own, after A
csv-sql-help = Sintaxis de SQLite. La tabla se llama uploaded_file; sus columnas se llaman como en la fila de encabezado del fichero (A, B, C, … con «Añadir fila de encabezado»), entre comillas dobles si contienen espacios.
# own, after A (the column table; the Spanish article's "answered" is "handled")
csv-sql-column-queue = El nombre de la cola.
csv-sql-column-timestamp = Inicio del intervalo o del contacto, como YYYY-MM-DD hh:mm:ss.
csv-sql-column-offered = Contactos entrantes, por ejemplo llamadas o correos electrónicos.
csv-sql-column-handled = Basado en intervalos: contactos atendidos en el intervalo. Basado en contactos: 1 si el contacto se atendió, si no 0.
csv-sql-column-aht = Tiempo medio de operación de los contactos del intervalo, en segundos.
csv-sql-column-duration = Tiempo de operación del contacto, en segundos.
csv-sql-column-channel = calls, chats, emails, social_media, documents o cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] La primera fila del resultado de la consulta.
       *[other] Las primeras { $count } filas del resultado de la consulta.
    }
csv-sql-needs-sample = Carga un fichero de ejemplo para ejecutar la consulta.
csv-sql-required = Introduce la consulta SQL.
# P errors.sql_error is English in every language: translated
csv-sql-error = Ha ocurrido un error de SQL.
# own
csv-sql-timeout = La consulta ha tardado demasiado y se ha detenido. Simplifícala, por ejemplo sin recursividad.
