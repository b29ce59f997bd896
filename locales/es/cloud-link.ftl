## injixo Cloud Link (sección de los formularios on-premise, estado de la conexión,
## errores). Etiquetas como en el artículo de instalación («PIN mostrado durante la
## instalación», «Conectar», «Conectar una nueva instalación de injixo Cloud Link»);
## lo demás como en el producto.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } es un pequeño programa que instalas en un servidor de tu red, junto a tu sistema. Envía los datos a { -brand-injixo } solo a través de conexiones salientes.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Opcional: solo hace falta si { -brand-cloud-link } debe enviar los archivos desde una carpeta de tu red. Si subes los archivos manualmente, puedes omitir este paso.
cloud-link-os-label = Sistema operativo de servidor
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Descargar para { $os } { $arch }
cloud-link-download-help = Descarga el instalador correspondiente a tu sistema operativo e instálalo. La instalación muestra un PIN: introdúcelo aquí abajo.
cloud-link-install-guide = Cómo instalar { -brand-cloud-link }
cloud-link-pin-label = PIN mostrado durante la instalación
cloud-link-pin-help = Seis dígitos. El PIN caduca a los 5 minutos: si ha caducado, reinicia { -brand-cloud-link } para obtener uno nuevo.
cloud-link-connect-button = Conectar
cloud-link-connecting = Conectando…
cloud-link-linked = Vinculado con éxito
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · versión { $version }
cloud-link-new-installation = Conectar una nueva instalación de { -brand-cloud-link }
cloud-link-keep-installation = Mantener la instalación vinculada
cloud-link-cancel-title = ¿Estás seguro?
cloud-link-cancel-body = Ya has establecido una conexión con tu { -brand-cloud-link }, que se perderá si sales. Para conectarlo a una nueva integración, reinicia { -brand-cloud-link } para obtener un nuevo PIN.
cloud-link-cancel-confirm = Sí, cancelar
cloud-link-cancel-stay = Continuar editando
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Servidor
cloud-link-version-label = Versión
cloud-link-last-seen-label = Último contacto
cloud-link-connection-label = Conexión
cloud-link-connected = Conectado
cloud-link-not-connected = No conectado
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } da señales de vida a { -brand-injixo } cada pocos segundos. Si no se sabe nada de él durante { $seconds } segundos, la integración muestra Problema detectado hasta que vuelve.

error-cloud-link-not-connected = Tu { -brand-cloud-link } no está conectado.
error-cloud-link-unreachable = No hay conexión con { -brand-cloud-link }. Comprueba que se está ejecutando en tu servidor y vuelve a intentarlo.
error-verification-failed = No se ha podido verificar la integración con los datos proporcionados. Revisa los campos de abajo.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Mensaje de tu sistema: { $message }
error-pin-attempts-exceeded = Demasiados PIN incorrectos. Espera unos minutos y vuelve a intentarlo con el PIN que muestra ahora { -brand-cloud-link }.
error-sql = Tu base de datos no ha aceptado la consulta.
error-query-timeout = La consulta ha durado más de lo que permite { -brand-cloud-link } y se ha detenido. Hazla más rápida, por ejemplo limitándola a las filas recientes.
error-no-build = Esta descarga no está disponible aquí.
field-error-pin-invalid = El PIN es incorrecto. Asegúrate de que no ha caducado; si no estás seguro, reinicia { -brand-cloud-link } para generar un nuevo PIN e inténtalo de nuevo.
field-error-pin-format = Introduce los seis dígitos del PIN.
field-error-time-zone-mismatch = El sistema en el que se ejecuta { -brand-cloud-link } está en otra zona horaria. Elige la zona horaria de tu sistema.
