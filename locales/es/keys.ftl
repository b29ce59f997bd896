## Generar token de URL injixo (Odigo). Sección como en el artículo de Odigo;
## token y diálogo como en el producto.

url-token-section-title = Generar token de URL { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } envía a { -brand-injixo } en tiempo real cada cambio de estado de un agente, a una dirección que contiene este token. Genéralo aquí e introdúcelo en { $product }.
url-token-label = Token de URL { -brand-injixo }
url-token-none = El token de URL { -brand-injixo } aparecerá cuando haya sido generado.
url-token-save-first = Para generar el token de URL { -brand-injixo }, guarda primero la integración: lo encontrarás en la página de la integración guardada.
url-token-step-generate = Haz clic en Generar aquí abajo y copia el token de URL { -brand-injixo }.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = En la sección de administración de tu aplicación { $product } debe estar activado el envío de notificaciones a servidores externos. Para ello, ponte en contacto con { $product }.
url-token-step-paste = Pega el token de URL { -brand-injixo } como URL de notificación y guarda la configuración.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = La integración empieza cuando se haya reiniciado el servidor: ponte en contacto de nuevo con { $product }. Los estados de los agentes aparecen en { -brand-injixo } después de asignar los identificadores de usuario externos a empleados y los estados a actividades.
url-token-once-warning = Copia el token ahora. Por tu seguridad solo se muestra esta vez: si no puedes terminar la configuración ahora, guárdalo en un lugar seguro, por ejemplo en un gestor de contraseñas.
url-token-copied-status = El token se ha copiado al portapapeles.
url-token-copy-failed = No se ha podido copiar. El token está seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiarlo.
url-token-regenerate-title = ¿Generar un nuevo token de URL { -brand-injixo }?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = Cuando se genere el nuevo token, el actual será eliminado y dejará de funcionar de inmediato. Reemplázalo por el nuevo en { $product }.
url-token-regenerate-confirm = Generar nuevo token de URL
url-token-regenerate-cancel = Mantener token actual
url-token-leave-title = ¿Salir sin copiar el token?
url-token-leave-body = El token de URL { -brand-injixo } solo se muestra una vez. Sin una copia tendrás que generar uno nuevo, y el anterior dejará de funcionar.
url-token-leave-cancel = Quedarse y copiar el token

## Acceder a la API de injixo

api-key-label = clave de la API de { -brand-injixo }
api-regenerate-body = La clave actual deja de funcionar de inmediato. Hasta que tu aplicación use la nueva clave, sus solicitudes se rechazan y no llegan datos nuevos a { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = El valor se ha copiado al portapapeles.
copy-value-copy-failed = No se ha podido copiar. El valor está seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiarlo.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = En la configuración de la aplicación, marca Export real-time agent status data para que { -brand-injixo } reciba los estados de los agentes para la adherencia en tiempo real.
