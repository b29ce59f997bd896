## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Brotkrümelnavigation
breadcrumb-account = Account
breadcrumb-integrations = Integrationen
language-label = Sprache
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = { $language } konnte nicht geladen werden. Prüfe deine Verbindung und wähle die Sprache erneut.
page-loading = Wird geladen…
retry-button = Erneut versuchen
back-to-overview = Zurück zur Übersicht
back-to-catalogue = Zurück zum Katalog
toast-dismiss =
    .aria-label = Schließen
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht. Vielleicht wurde sie verschoben oder gelöscht.

## Integration statuses, as the overview shows them.

status-operational = Operational
status-problem-detected = Problem erkannt
status-paused = Pausiert
status-connecting = Verbindet
status-importing = Importiert
status-in-preparation = In Vorbereitung

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
feature-call-history = Anruf-Historie
feature-chat-history = Chat-Historie
feature-ticket-history = Ticket-Historie
feature-email-history = E-Mail-Historie
feature-social-media-history = Social-Media-Historie
feature-document-history = Dokumenten-Historie
feature-agent-status = Agentenstatus
feature-rta = RTA

## The session ended (401)

session-expired-title = Deine Sitzung ist abgelaufen
session-expired-text = Melde dich erneut an, um fortzufahren. Deine Eingaben bleiben erhalten.
session-expired-reload = Neu laden
offline-banner = Du bist offline. Bis die Verbindung wieder steht, kann nichts geladen oder gespeichert werden; deine Eingaben bleiben erhalten.
