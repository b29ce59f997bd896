## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = Añadir integración de { $product }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Ponle a la integración un nombre inequívoco e introduce las credenciales de tu cuenta de { $product }. { -brand-injixo } las verificará al guardar.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Ponle a la integración un nombre inequívoco, conecta { -brand-cloud-link } en tu red e indica cómo llega a tu sistema. { -brand-injixo } comprobará la conexión al guardar.
# The CSV model.
setup-intro-csv = Ponle a la integración un nombre inequívoco, elige el tipo de datos de importación y crea el esquema CSV que indica a { -brand-injixo } cómo leer tus archivos. Conecta { -brand-cloud-link } solo si debe enviar los archivos por ti.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Ponle a la integración un nombre inequívoco: no necesita nada más.
setup-field-name = Nombre de la integración
setup-field-name-help = Un nombre inequívoco que identifique el origen de los datos, p. ej., «Chat de soporte Europa».
setup-section-credentials = Credenciales
setup-field-domain = Dominio
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = El nombre completo de tu dominio de { $product }, incluido el subdominio, p. ej., { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = ejemplo.{ $suffix }
setup-field-api-key = Clave de la API
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = En { $product }, copia una clave de la API válida de un usuario con el rol Account Administrator y pégala aquí.
setup-show-secret = Mostrar
setup-save-button = Guardar integración
setup-saving = Verificando…
setup-cancel-button = Cancelar
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Integración «{ $name }» guardada.
