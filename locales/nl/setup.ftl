## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = { $product }-integratie toevoegen
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Geef de integratie een unieke naam en voer de toegangsgegevens van je { $product }-account in. { -brand-injixo } controleert ze wanneer je opslaat.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Geef de integratie een unieke naam, koppel { -brand-cloud-link } in je netwerk en geef aan hoe het je systeem bereikt. { -brand-injixo } controleert de verbinding wanneer je opslaat.
# The CSV model.
setup-intro-csv = Geef de integratie een unieke naam, kies het type importgegevens en maak het CSV-schema dat { -brand-injixo } vertelt hoe je bestanden gelezen worden. Koppel { -brand-cloud-link } alleen als het de bestanden voor je moet versturen.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Geef de integratie een unieke naam: meer is niet nodig.
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
