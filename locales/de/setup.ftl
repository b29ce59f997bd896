## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = { $product }-Integration hinzufügen
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Gib der Integration einen eindeutigen Namen und trage die Zugangsdaten deines { $product }-Accounts ein. { -brand-injixo } überprüft sie beim Speichern.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Gib der Integration einen eindeutigen Namen, verbinde { -brand-cloud-link } in deinem Netzwerk und trage ein, wie er dein System erreicht. { -brand-injixo } prüft die Verbindung beim Speichern.
# The CSV model.
setup-intro-csv = Gib der Integration einen eindeutigen Namen, wähle den Datentyp für den Import und erstelle das CSV-Schema, das { -brand-injixo } sagt, wie deine Dateien zu lesen sind. Verbinde { -brand-cloud-link } nur, wenn er die Dateien für dich senden soll.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Gib der Integration einen eindeutigen Namen – mehr braucht sie nicht.
setup-field-name = Name
setup-field-name-help = Ein eindeutiger Name, der die Datenquelle kennzeichnet, z. B. „Support-Chat Europa“.
setup-section-credentials = Zugangsdaten
setup-field-domain = Domäne
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = Dein vollständiger { $product }-Domainname einschließlich der Subdomain, z. B. { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = example.{ $suffix }
setup-field-api-key = API-Schlüssel
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = Kopiere in { $product } einen gültigen API-Schlüssel eines Benutzers mit der Rolle Account Administrator und füge ihn hier ein.
setup-show-secret = Anzeigen
setup-save-button = Integration speichern
setup-saving = Überprüfen…
setup-cancel-button = Abbrechen
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Integration „{ $name }“ gespeichert.
