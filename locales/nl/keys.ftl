## injixo-URL-token genereren (Odigo). Sectie en token zoals in het Odigo-artikel;
## dialoog zoals in het product.

url-token-section-title = { -brand-injixo }-URL-token genereren
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } stuurt elke statuswijziging van een agent in realtime naar { -brand-injixo }, op een adres dat dit token bevat. Genereer het hier en voer het in { $product } in.
url-token-label = { -brand-injixo }-URL-token
url-token-none = De { -brand-injixo }-URL-token verschijnt zodra deze is gegenereerd.
url-token-save-first = Sla eerst de integratie op voordat je een { -brand-injixo }-URL-token genereert: de pagina van de opgeslagen integratie biedt het aan.
url-token-step-generate = Klik hieronder op Genereren en kopieer de { -brand-injixo }-URL-token.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = In de sectie Administration van je { $product }-interface moet het sturen van meldingen naar een externe server geactiveerd zijn. Neem hiervoor contact op met { $product }.
url-token-step-paste = Plak de { -brand-injixo }-URL-token als meldings-URL en sla de instellingen op.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = De integratie start zodra de server opnieuw is opgestart: neem ook hiervoor contact op met { $product }. Agentstatussen verschijnen in { -brand-injixo } nadat je de externe gebruikers-ID’s aan medewerkers en de statussen aan activiteiten hebt gekoppeld.
url-token-once-warning = Kopieer het token nu. Voor je veiligheid wordt het maar één keer getoond: kun je de installatie nu niet afronden, bewaar het dan op een veilige plek, zoals een wachtwoordmanager.
url-token-copied-status = Het token is naar het klembord gekopieerd.
url-token-copy-failed = Kopiëren is niet gelukt. Het token is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om het te kopiëren.
url-token-regenerate-title = Een nieuwe { -brand-injixo }-URL-token genereren?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = Als de nieuwe token is gegenereerd, wordt de huidige verwijderd en werkt die meteen niet meer. Vervang hem in { $product } door de nieuwe.
url-token-regenerate-confirm = Nieuwe URL-token genereren
url-token-regenerate-cancel = Huidige token behouden
url-token-leave-title = Weggaan zonder het token te kopiëren?
url-token-leave-body = De { -brand-injixo }-URL-token wordt maar één keer getoond. Zonder kopie moet je een nieuwe genereren, en de oude werkt dan niet meer.
url-token-leave-cancel = Blijven en token kopiëren

## Toegang tot de injixo API

api-key-label = { -brand-injixo } API-key
api-regenerate-body = De huidige key werkt meteen niet meer. Zolang je applicatie de nieuwe key niet gebruikt, worden haar verzoeken geweigerd en bereiken geen nieuwe gegevens { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = De waarde is naar het klembord gekopieerd.
copy-value-copy-failed = Kopiëren is niet gelukt. De waarde is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om haar te kopiëren.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = Vink in de instellingen van de app Export real-time agent status data aan, zodat { -brand-injixo } agentstatussen voor realtime adherence ontvangt.
