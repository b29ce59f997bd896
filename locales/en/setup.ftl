## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = Add { $product } integration
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Give the integration a unique name and enter the credentials of your { $product } account. { -brand-injixo } verifies them when you save.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Give the integration a unique name, connect { -brand-cloud-link } in your network and enter how it reaches your system. { -brand-injixo } checks the connection when you save.
# The CSV model.
setup-intro-csv = Give the integration a unique name, choose the type of import data and create the CSV schema that tells { -brand-injixo } how to read your files. Connect { -brand-cloud-link } only if it should send the files for you.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Give the integration a unique name: that is all it needs.
setup-field-name = Name
setup-field-name-help = A unique name that identifies the data source, e.g. “Support chat Europe”.
setup-section-credentials = Credentials
setup-field-domain = Domain
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = Your full { $product } domain name including the subdomain, e.g. { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = example.{ $suffix }
setup-field-api-key = API key
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = In { $product }, copy a valid API key of a user with the Account Administrator role and paste it here.
setup-show-secret = Show
setup-save-button = Save integration
setup-saving = Verifying…
setup-cancel-button = Cancel
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Integration “{ $name }” saved.
