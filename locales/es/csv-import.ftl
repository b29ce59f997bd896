## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. Fixed from P:
## "..." as "…", "7MB" as "7 MB", quotes as «…».

# P heading
csv-import-title = Importar datos históricos
# P upload_form.introduction
csv-import-intro = Importa un fichero CSV con los datos históricos de tu ACD para poder crear una previsión en { -brand-injixo }. El tamaño máximo del fichero CSV no puede exceder los 7 MB.
# P upload_form.integration.label
csv-import-through = Importar mediante
# P upload_form.integration.placeholder
csv-import-through-placeholder = Seleccionar integración…
# P upload_form.no_integration.text
csv-import-no-integration = Para poder importar datos desde CSV, primero necesitas crear una integración de CSV.
# P upload_form.no_integration.link
csv-import-add-integration = Añade una integración de CSV ahora
# P upload_form.file_input.description.single
csv-import-drop = Arrastra un fichero CSV (.csv o .txt) aquí para añadirlo
# P upload_form.file_input.joiner
csv-import-drop-or = o
# A (P adds a full stop)
csv-import-browse = abre el explorador de archivos
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Suelta tu fichero CSV aquí…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Suelta únicamente un fichero con formato CSV.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = El fichero «{ $file_name }» no se ha podido seleccionar. Proporciona un fichero CSV válido.
# P upload_form.file_input.file_limit_warning
csv-import-file-limit = Puedes cargar el fichero haciendo click en «Importar fichero».
# P upload_form.multi_upload_warning
csv-import-multi-upload = Cargar datos desde múltiples ventanas del navegador o múltiples ordenadores puede dañar los datos existentes en tus colas de datos.
# P upload_form.help.text
csv-import-help-text = ¿Necesitas ayuda?
# P upload_form.help.link
csv-import-help-link = Lee sobre qué está soportado.
# A+P upload_form.submit.title
csv-import-submit = Importar fichero
# P upload_form.submit.loading
csv-import-uploading = Cargando
# own
# Variables:
#   $percent (Number) - share done, 0 to 100
csv-import-percent = { $percent } %
# own
# Variables:
#   $file_name (String) - the file chosen
#   $size (String) - its size, e.g. 2.4 MB
csv-import-file = { $file_name } ({ $size })

## Check in the browser before uploading (own)

csv-import-check-heading = Comprobación antes de cargar
csv-import-checking = Comprobando el fichero con el esquema CSV de la integración…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] El fichero coincide con el esquema CSV: se puede importar 1 línea.
       *[other] El fichero coincide con el esquema CSV: se pueden importar { $count } líneas.
    }
csv-import-check-problems = La comprobación ha encontrado problemas. Corrige el fichero y vuelve a elegirlo, o impórtalo de todos modos para obtener la respuesta de { -brand-injixo }.
csv-import-check-sql = Esta integración asigna sus columnas con una consulta SQL, que se ejecuta al importar el fichero: no hay comprobación antes de cargarlo.
csv-import-no-schema = Esta integración todavía no tiene un esquema CSV.

## The analysis, confirmation, writing, success (P)

csv-import-analyzed = Se ha analizado de manera correcta tu fichero CSV.
csv-import-summary-title = Tu importación
csv-import-confirm-heading = Confirmar importación
csv-import-lines = líneas importadas
csv-import-queues = colas de datos importadas
csv-import-agents = agentes importados
csv-import-first-date = primera fecha (UTC)
csv-import-last-date = última fecha (UTC)
csv-import-failure = Ha fallado la importación
csv-import-try-again = Volver a intentarlo
csv-import-confirm = Confirma tus datos para escribirlos en la nube.
# A+P confirmation_page.apply
csv-import-apply = Aplicar datos
# T+P
csv-import-cancel = Cancelar
csv-import-writing = Por favor, espera un momento mientras tus datos se escriben en la nube…
csv-import-writing-status = Escribiendo tus datos en la nube…
csv-import-success = Se ha importado correctamente
csv-import-again = Cargar otro fichero CSV

## Errors (P error_page, errors.*); binary-file and unsupported-encoding are own texts.

csv-import-error-title = Ha ocurrido un error durante la importación.
csv-import-error-before = El fichero no se ha podido importar debido a los siguientes problemas:
csv-import-error-retry = Comprueba la sintaxis del fichero y vuelve a intentarlo.
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Error en la línea { $line_number }:
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … y 1 problema más.
       *[other] … y { $count } problemas más.
    }
csv-error-empty-file = El fichero está vacío.
csv-error-file-too-large = El fichero que has intentado cargar es demasiado grande. El tamaño máximo de fichero es 7 MB.
csv-error-binary-file = No es un fichero de texto. Exporta los datos como fichero CSV, a ser posible en UTF-8, y vuelve a elegirlo.
csv-error-unsupported-encoding = El fichero está guardado en UTF-16. Guárdalo en UTF-8 y vuelve a elegirlo.
csv-error-invalid-headers = Los encabezados no existen o están mal escritos.
csv-error-invalid-separator = Separador inválido.
csv-error-invalid-row-length = El número de campos en esta línea no concuerda con el número de campos en la línea de encabezado.
csv-error-missing-queue = Falta el nombre de la cola de datos.
csv-error-missing-agent = Falta el identificador de agente.
csv-error-missing-activity = Falta el identificador de actividad.
csv-error-string-too-long = Acorta el valor a 255 caracteres.
csv-error-invalid-date-format = El formato de fecha no es correcto.
csv-error-invalid-time-format = El formato de hora no es correcto.
csv-error-invalid-date-or-time-format = Los formatos de fecha o hora no son correctos.
csv-error-invalid-year = El año no puede ser anterior a 1970.
csv-error-non-existing-timestamp = La hora local especificada no representa una hora existente.
csv-error-invalid-timestamp = La hora no es válida teniendo en cuenta la longitud del intervalo.
csv-error-end-time-before-start-time = La hora de finalización no debe ser anterior a la hora de inicio.
csv-error-invalid-number = Comprueba los formatos de los valores numéricos.
csv-error-negative-number = Los números negativos no están permitidos.
csv-error-number-too-big = Número demasiado grande.
csv-error-invalid-handled-cdr = El campo de atendidos debe contener o un 0 o un 1.
csv-error-invalid-duration-cdr = El contacto se ha atendido pero sin embargo no tiene duración.
csv-error-invalid-channel = Canal no soportado.
csv-error-invalid-time-range = Los datos exceden el periodo máximo de 10 años.
csv-error-excessive-data = No se soporta más de un año de datos.
csv-error-unexpected = Ha ocurrido un error no esperado.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Últimas importaciones
csv-imports-none = Todavía no se ha importado ningún fichero CSV.
csv-imports-file = Fichero
csv-imports-source = Origen
csv-imports-when = Cargado
csv-imports-state = Estado
csv-imports-lines = Líneas
csv-imports-source-upload = Carga manual
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = Esperando «Aplicar datos»
csv-imports-state-rejected = Rechazada
csv-imports-state-writing = Escribiéndose
csv-imports-state-applied = Aplicada
csv-imports-state-cancelled = Cancelada
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } importadas, { $rejected } rechazadas
