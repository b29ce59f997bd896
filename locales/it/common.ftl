## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Percorso di navigazione
breadcrumb-account = Account
breadcrumb-integrations = Integrazioni
language-label = Lingua
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = Impossibile caricare { $language }. Controlla la connessione e scegli di nuovo la lingua.
page-loading = Caricamento…
retry-button = Riprova
back-to-overview = Torna alla panoramica
back-to-catalogue = Torna al catalogo
toast-dismiss =
    .aria-label = Chiudi
not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste. Potrebbe essere stata spostata o eliminata.

## Integration statuses, as the overview shows them.

status-operational = Operativo
status-problem-detected = Problema rilevato
status-paused = In pausa
status-connecting = Connessione in corso
status-importing = Importazione in corso
status-in-preparation = In preparazione

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
feature-call-history = Storico chiamate
feature-chat-history = Storico chat
feature-ticket-history = Storico ticket
feature-email-history = Storico email
feature-social-media-history = Storico social media
feature-document-history = Storico documenti
# Badges (decision, issue 13): the product's "Stati degli agenti", as in the articles;
# the other badges keep our lower case where the product capitalises every word
# ("Storico Chiamate") and our plural "Storico documenti".
feature-agent-status = Stati degli agenti
feature-rta = RTA

## The session ended (401)

session-expired-title = La tua sessione è scaduta
session-expired-text = Accedi di nuovo per continuare. I dati inseriti vengono conservati.
session-expired-reload = Ricarica
offline-banner = Sei offline. Finché la connessione non torna, non è possibile caricare o salvare nulla; i dati inseriti restano qui.
