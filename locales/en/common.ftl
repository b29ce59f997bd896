## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Breadcrumb
breadcrumb-account = Account
breadcrumb-integrations = Integrations
language-label = Language
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = Couldn’t load { $language }. Check your connection and choose it again.
page-loading = Loading…
retry-button = Try again
back-to-overview = Back to overview
back-to-catalogue = Back to catalogue
toast-dismiss =
    .aria-label = Dismiss
not-found-title = Page not found
not-found-text = This page does not exist. It may have been moved or deleted.

## Integration statuses, as the overview shows them.

status-operational = Operational
status-problem-detected = Problem detected
status-paused = Paused
status-connecting = Connecting
status-importing = Importing
status-in-preparation = In preparation

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
feature-call-history = Call History
feature-chat-history = Chat History
feature-ticket-history = Ticket History
feature-email-history = Email History
feature-social-media-history = Social Media History
feature-document-history = Document History
feature-agent-status = Agent Status
feature-rta = RTA

## The session ended (401)

session-expired-title = Your session has expired
session-expired-text = Sign in again to continue. What you entered is kept.
session-expired-reload = Reload
offline-banner = You are offline. Nothing can be loaded or saved until the connection is back; what you entered stays here.
