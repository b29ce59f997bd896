## injixo Cloud Link (sectie van de on-premise formulieren, verbindingsstatus, fouten).
## Labels zoals in het installatieartikel („PIN die tijdens de installatie wordt
## weergegeven“, „Verbinden“, „Een nieuwe installatie met injixo Cloud Link
## verbinden“); verder zoals in het product.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } is een klein programma dat je op een server in je netwerk installeert, naast je systeem. Het stuurt de gegevens alleen via uitgaande verbindingen naar { -brand-injixo }.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Optioneel: alleen nodig als { -brand-cloud-link } de bestanden vanuit een map in je netwerk moet versturen. Als je de bestanden handmatig uploadt, kun je deze stap overslaan.
cloud-link-os-label = Server besturingssysteem
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Download voor { $os } { $arch }
cloud-link-download-help = Download het installatieprogramma voor je besturingssysteem en installeer het. De installatie toont een PIN: voer die hieronder in.
cloud-link-install-guide = Zo installeer je { -brand-cloud-link }
cloud-link-pin-label = PIN die tijdens de installatie wordt weergegeven
cloud-link-pin-help = Zes cijfers. De PIN verloopt na 5 minuten: is dat gebeurd, start { -brand-cloud-link } dan opnieuw voor een nieuwe.
cloud-link-connect-button = Verbinden
cloud-link-connecting = Verbinden…
cloud-link-linked = Succesvol verbonden
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · versie { $version }
cloud-link-new-installation = Een nieuwe installatie met { -brand-cloud-link } verbinden
cloud-link-keep-installation = Verbonden installatie behouden
cloud-link-cancel-title = Weet je het zeker?
cloud-link-cancel-body = Je hebt al een verbinding met je { -brand-cloud-link } gemaakt, die verloren gaat als je weggaat. Start { -brand-cloud-link } opnieuw voor een nieuwe PIN om hem aan een nieuwe integratie te koppelen.
cloud-link-cancel-confirm = Ja, echt annuleren
cloud-link-cancel-stay = Verder bewerken
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Server
cloud-link-version-label = Versie
cloud-link-last-seen-label = Laatst gezien
cloud-link-connection-label = Verbinding
cloud-link-connected = Verbonden
cloud-link-not-connected = Niet verbonden
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } meldt zich om de paar seconden bij { -brand-injixo }. Blijft hij { $seconds } seconden stil, dan toont de integratie Probleem gedetecteerd tot hij terug is.

error-cloud-link-not-connected = Je { -brand-cloud-link } is niet verbonden.
error-cloud-link-unreachable = Geen verbinding met { -brand-cloud-link }. Controleer of hij op je server draait en probeer het opnieuw.
error-verification-failed = Je integratie kon niet worden geverifieerd met de opgegeven gegevens. Controleer de velden hieronder.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Melding van je systeem: { $message }
error-pin-attempts-exceeded = Te veel verkeerde PIN’s. Wacht een paar minuten en probeer het dan met de PIN die { -brand-cloud-link } nu toont.
error-sql = Je database heeft de query niet geaccepteerd.
error-query-timeout = De query duurde langer dan { -brand-cloud-link } toestaat en is gestopt. Maak hem sneller, bijvoorbeeld door hem tot recente rijen te beperken.
error-no-build = Deze download is hier niet beschikbaar.
field-error-pin-invalid = De PIN is onjuist. Controleer of hij niet is verlopen; weet je het niet zeker, start { -brand-cloud-link } dan opnieuw voor een nieuwe PIN en probeer het nog eens.
field-error-pin-format = Voer de zes cijfers van de PIN in.
field-error-time-zone-mismatch = Het systeem waarop { -brand-cloud-link } draait, staat in een andere tijdzone. Kies de tijdzone van je systeem.
