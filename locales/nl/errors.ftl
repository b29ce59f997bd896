## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = Geen verbinding met { -brand-injixo }. Controleer je netwerkverbinding en probeer het opnieuw.
error-timeout = { -brand-injixo } heeft niet op tijd gereageerd. Probeer het opnieuw.
error-unauthorized = Je sessie is verlopen. Log opnieuw in om verder te gaan.
error-forbidden = Je hebt geen rechten om integraties te beheren. Vraag een beheerder van je { -brand-injixo }-account om hulp.
error-server = Er is iets misgegaan bij { -brand-injixo }. Probeer het zo meteen opnieuw.
error-unexpected-response = { -brand-injixo } gaf een onverwacht antwoord. Probeer het opnieuw en neem contact op met het supportteam van { -brand-injixo } als het nog eens gebeurt.
error-check-fields = Sommige velden vragen je aandacht. Alles wat je hebt ingevoerd, is bewaard gebleven.
error-not-found = Deze integratie bestaat niet (meer).
error-vendor-unavailable = Het systeem van de leverancier was niet bereikbaar, waardoor je toegangsgegevens niet gecontroleerd konden worden. Probeer het over een paar minuten opnieuw.
error-request-in-progress = Je vorige poging wordt nog verwerkt. Wacht even en probeer het dan opnieuw.
error-unknown-model = Dit integratiemodel is niet meer beschikbaar.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Referentie voor het supportteam van { -brand-injixo }: { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value, in characters

field-error-required = Vul dit veld in.
field-error-required-choice = Kies een van de opties.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Gebruik maximaal { $max } tekens.
field-error-name-taken = Er bestaat al een integratie met deze naam. Kies een andere naam.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Voer een domeinnaam in zoals { $example }.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Voer je volledige domeinnaam met subdomein in, bijvoorbeeld { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = Dit is een { $other }-domein. Voer je { $product }-domein in, bijvoorbeeld { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = Dit is geen { $product }-domein. Voer je { $product }-domein in, bijvoorbeeld { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = { $product } is op dit domein niet bereikbaar. Controleer de spelling van je subdomein.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } heeft deze gegevens niet geaccepteerd. Controleer wat je hebt ingevoerd en probeer het opnieuw.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = De gebruiker van deze gegevens heeft onvoldoende rechten.
field-error-rejected = Deze waarde is niet geaccepteerd. Controleer de waarde en probeer het opnieuw.
error-app-key-exists = Intussen is er al een { -brand-injixo } API-key gegenereerd, misschien in een ander tabblad. Laad de pagina opnieuw om hem te zien.
field-error-immutable = Dit kan na het opslaan niet meer worden gewijzigd.
field-error-not-a-number = Voer een geheel getal in.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Voer een getal van { $min } tot en met { $max } in.
field-error-url-invalid = Voer een volledig adres in dat begint met https://.
error-plan-required = Je { -brand-injixo }-abonnement bevat deze integratie niet.
error-csrf = Je sessie kon voor deze wijziging niet worden bevestigd. Laad de pagina opnieuw en probeer het nog eens; wat je hebt ingevuld, gaat niet verloren.
error-copy-details = Details kopiëren
error-details-copied = Details gekopieerd voor { -brand-injixo } Support.
error-details-copy-failed = Kopiëren is niet gelukt.
