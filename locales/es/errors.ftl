## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = No hay conexión con { -brand-injixo }. Comprueba tu conexión de red y vuelve a intentarlo.
error-timeout = { -brand-injixo } no ha respondido a tiempo. Vuelve a intentarlo.
error-unauthorized = Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.
error-forbidden = No tienes permiso para gestionar integraciones. Pídeselo a un administrador de tu cuenta de { -brand-injixo }.
error-server = Algo ha fallado en { -brand-injixo }. Vuelve a intentarlo en unos instantes.
error-unexpected-response = { -brand-injixo } ha enviado una respuesta inesperada. Vuelve a intentarlo y, si vuelve a ocurrir, ponte en contacto con la asistencia técnica de { -brand-injixo }.
error-check-fields = Algunos campos requieren tu atención. No se ha perdido nada de lo que has introducido.
error-not-found = Esta integración no existe (o ya no existe).
error-vendor-unavailable = No se ha podido acceder al sistema del proveedor, así que no se han podido verificar tus credenciales. Vuelve a intentarlo dentro de unos minutos.
error-request-in-progress = Tu intento anterior todavía se está procesando. Espera un momento y vuelve a intentarlo.
error-unknown-model = Este modelo de integración ya no está disponible.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Referencia para la asistencia técnica de { -brand-injixo }: { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value, in characters

field-error-required = Rellena este campo.
field-error-required-choice = Elige una de las opciones.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Usa como máximo { $max } caracteres.
field-error-name-taken = Ya existe una integración con este nombre. Elige otro.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Introduce un nombre de dominio como { $example }.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Introduce el nombre completo de tu dominio, incluido el subdominio, p. ej., { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = Este es un dominio de { $other }. Introduce tu dominio de { $product }, p. ej., { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = Este no es un dominio de { $product }. Introduce tu dominio de { $product }, p. ej., { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = No se ha podido acceder a { $product } en este dominio. Comprueba que el subdominio esté bien escrito.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } no ha aceptado estas credenciales. Comprueba los datos introducidos y vuelve a intentarlo.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = El usuario de estas credenciales no tiene privilegios suficientes.
field-error-rejected = No se ha aceptado este valor. Revísalo y vuelve a intentarlo.
error-app-key-exists = Mientras tanto, se ha generado una clave de la API de { -brand-injixo }, quizá en otra pestaña. Vuelve a cargar la página para verla.
field-error-immutable = Esto no se puede cambiar después de guardar.
field-error-not-a-number = Introduce un número entero.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Introduce un número entre { $min } y { $max }.
field-error-url-invalid = Introduce una dirección completa que empiece por https://.
error-plan-required = Tu plan de { -brand-injixo } no incluye esta integración.
error-csrf = No se ha podido confirmar tu sesión para este cambio. Vuelve a cargar la página e inténtalo de nuevo; no se pierde nada de lo que has introducido.
error-copy-details = Copiar detalles
error-details-copied = Detalles copiados para el soporte de { -brand-injixo }.
error-details-copy-failed = No se ha podido copiar.
