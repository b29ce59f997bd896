## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = { $product }-integratie toevoegen
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Geef de integratie een unieke naam en voer de toegangsgegevens van je { $product }-account in. { -brand-injixo } controleert ze wanneer je opslaat.
setup-field-name = Naam
setup-field-name-help = Een unieke naam die naar de gegevensbron verwijst, bijvoorbeeld “Supportchat Europa”.
setup-section-credentials = Toegangsgegevens
setup-field-domain = Domein
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = Je volledige { $product }-domeinnaam met subdomein, bijvoorbeeld { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = example.{ $suffix }
setup-field-api-key = API-key
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = Kopieer in { $product } een geldige API-key van een gebruiker met de rol Account Administrator en plak die hier.
setup-show-secret = Tonen
setup-save-button = Integratie opslaan
setup-saving = Verifiëren…
setup-cancel-button = Annuleren
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Integratie “{ $name }” opgeslagen.
