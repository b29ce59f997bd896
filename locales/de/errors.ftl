## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = Keine Verbindung zu { -brand-injixo }. Prüfe deine Netzwerkverbindung und versuche es erneut.
error-timeout = { -brand-injixo } hat nicht rechtzeitig geantwortet. Versuche es erneut.
error-unauthorized = Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzuarbeiten.
error-forbidden = Du hast keine Berechtigung, Integrationen zu verwalten. Wende dich an einen Administrator deines { -brand-injixo }-Accounts.
error-server = Bei { -brand-injixo } ist etwas schiefgelaufen. Versuche es gleich noch einmal.
error-unexpected-response = { -brand-injixo } hat eine unerwartete Antwort gesendet. Versuche es erneut und wende dich an den { -brand-injixo }-Support, falls das noch einmal passiert.
error-check-fields = Bitte prüfe die markierten Felder. Deine Eingaben sind alle erhalten geblieben.
error-not-found = Diese Integration gibt es nicht (mehr).
error-vendor-unavailable = Das System des Anbieters war nicht erreichbar, deshalb konnten deine Zugangsdaten nicht überprüft werden. Versuche es in ein paar Minuten erneut.
error-request-in-progress = Dein vorheriger Versuch wird noch verarbeitet. Warte einen Moment und versuche es dann erneut.
error-unknown-model = Dieses Integrationsmodell ist nicht mehr verfügbar.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Referenz für den { -brand-injixo }-Support: { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value, in characters

field-error-required = Bitte fülle dieses Feld aus.
field-error-required-choice = Wähle eine der Optionen.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Verwende höchstens { $max } Zeichen.
field-error-name-taken = Es gibt bereits eine Integration mit diesem Namen. Wähle einen anderen Namen.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Gib einen Domainnamen wie { $example } ein.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Gib deinen vollständigen Domainnamen einschließlich der Subdomain ein, z. B. { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = Das ist eine { $other }-Domain. Gib deine { $product }-Domain ein, z. B. { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = Das ist keine { $product }-Domain. Gib deine { $product }-Domain ein, z. B. { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = Unter dieser Domain ist { $product } nicht erreichbar. Prüfe, ob deine Subdomain richtig geschrieben ist.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } hat diese Zugangsdaten nicht akzeptiert. Prüfe deine Eingaben und versuche es erneut.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = Der Benutzer dieser Zugangsdaten hat nicht genügend Berechtigungen.
field-error-rejected = Dieser Wert wurde nicht akzeptiert. Prüfe ihn und versuche es erneut.
error-app-key-exists = In der Zwischenzeit wurde bereits ein { -brand-injixo } API-Key generiert, vielleicht in einem anderen Tab. Lade die Seite neu, um ihn zu sehen.
field-error-immutable = Das kann nach dem Speichern nicht mehr geändert werden.
field-error-not-a-number = Gib eine ganze Zahl ein.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Gib eine Zahl von { $min } bis { $max } ein.
field-error-url-invalid = Gib eine vollständige Adresse ein, die mit https:// beginnt.
error-plan-required = Dein { -brand-injixo }-Plan enthält diese Integration nicht.
error-csrf = Deine Sitzung konnte für diese Änderung nicht bestätigt werden. Lade die Seite neu und versuche es noch einmal; deine Eingaben gehen nicht verloren.
error-copy-details = Details kopieren
error-details-copied = Details für den { -brand-injixo }-Support kopiert.
error-details-copy-failed = Das Kopieren hat nicht funktioniert.
