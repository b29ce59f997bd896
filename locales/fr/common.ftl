## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Fil d’Ariane
breadcrumb-account = Account
breadcrumb-integrations = Intégrations
language-label = Langue
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = Impossible de charger { $language }. Vérifiez votre connexion et choisissez à nouveau la langue.
page-loading = Chargement…
retry-button = Réessayer
back-to-overview = Retour à la vue d’ensemble
back-to-catalogue = Retour au catalogue
toast-dismiss =
    .aria-label = Fermer
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas. Elle a peut-être été déplacée ou supprimée.

## Integration statuses, as the overview shows them.

status-operational = Opérationnel
status-problem-detected = Problème détecté
status-paused = En pause
status-connecting = Connexion en cours
status-importing = Importation
status-in-preparation = En préparation

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
feature-call-history = Historique des appels
feature-chat-history = Historique de chat
feature-ticket-history = Historique des tickets
feature-email-history = Historique des e-mails
feature-social-media-history = Historique des réseaux sociaux
feature-document-history = Historique des documents
# Badges (decision, issue 13): the product's "Statut agent" (the articles' term) and
# its spelled-out RTA; the history badges keep ours, which the articles use
# ("historique des appels") and which is better French than "Historique réseaux sociaux".
feature-agent-status = Statut agent
# The product's "Adhérence Temps Réel", in French sentence case.
feature-rta = Adhérence temps réel

## The session ended (401)

session-expired-title = Votre session a expiré
session-expired-text = Reconnectez-vous pour continuer. Vos saisies sont conservées.
session-expired-reload = Recharger
offline-banner = Vous êtes hors ligne. Rien ne peut être chargé ni enregistré avant le retour de la connexion ; vos saisies sont conservées.
