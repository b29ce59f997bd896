## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Kruimelpad
breadcrumb-account = Account
breadcrumb-integrations = Integraties
language-label = Taal
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = { $language } kon niet worden geladen. Controleer je verbinding en kies de taal opnieuw.
page-loading = Laden…
retry-button = Opnieuw proberen
back-to-overview = Terug naar overzicht
back-to-catalogue = Terug naar catalogus
toast-dismiss =
    .aria-label = Sluiten
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet. Misschien is ze verplaatst of verwijderd.

## Integration statuses, as the overview shows them.

status-operational = Operationeel
status-problem-detected = Probleem gedetecteerd
status-paused = Gepauzeerd
status-connecting = Verbinden
status-importing = Importeren
status-in-preparation = In voorbereiding

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
# Badges (decision, issue 13): the product's labels where ours differed, as the Dutch
# articles also say "oproepgeschiedenis"; ours stay where the product splits a Dutch
# compound ("Ticket geschiedenis", "Email geschiedenis", "Sociale media geschiedenis",
# "Document Geschiedenis").
feature-call-history = Oproepgeschiedenis
feature-chat-history = Chatgeschiedenis
feature-ticket-history = Ticketgeschiedenis
feature-email-history = E-mailgeschiedenis
feature-social-media-history = Social-mediageschiedenis
feature-document-history = Documentgeschiedenis
feature-agent-status = Agentstatus
feature-rta = RTA

## The session ended (401)

session-expired-title = Je sessie is verlopen
session-expired-text = Meld je opnieuw aan om verder te gaan. Wat je hebt ingevuld, blijft bewaard.
session-expired-reload = Opnieuw laden
offline-banner = Je bent offline. Tot de verbinding terug is, kan er niets worden geladen of opgeslagen; wat je hebt ingevuld, blijft bewaard.
