## Shared by every page: chrome, breadcrumb, navigation, statuses, badges.

header-logo = { -brand-injixo }
# Browser tab title.
# Variables:
#   $page (String) - heading of the current page
document-title = { $page } – { -brand-injixo }
breadcrumb-nav =
    .aria-label = Ruta de navegación
breadcrumb-account = Account
breadcrumb-integrations = Integraciones
language-label = Idioma
# Shown next to the language menu when a language's texts could not be downloaded.
# Variables:
#   $language (String) - the language's name in itself, e.g. "Deutsch".
language-load-failed = No se ha podido cargar { $language }. Comprueba tu conexión y vuelve a elegir el idioma.
page-loading = Cargando…
retry-button = Volver a intentarlo
back-to-overview = Volver al resumen
back-to-catalogue = Volver al catálogo
toast-dismiss =
    .aria-label = Cerrar
not-found-title = Página no encontrada
not-found-text = Esta página no existe. Es posible que se haya movido o eliminado.

## Integration statuses, as the overview shows them.

status-operational = Operativo
status-problem-detected = Problema detectado
status-paused = Pausado
status-connecting = Conectando
status-importing = Importando
status-in-preparation = En preparación

## Catalogue badges: how an integration connects and what it imports.

delivery-cloud = Cloud
delivery-on-premise = On-Premise
# Badges (decision, issue 13): the product's labels; the articles name none.
feature-call-history = Histórico de llamadas
feature-chat-history = Histórico de chats
feature-ticket-history = Histórico de tickets
feature-email-history = Histórico de emails
feature-social-media-history = Histórico de redes sociales
feature-document-history = Histórico de documentos
feature-agent-status = Estado de los agentes
feature-rta = Adherencia en tiempo real (RTA)

## The session ended (401)

session-expired-title = Tu sesión ha caducado
session-expired-text = Vuelve a iniciar sesión para continuar. Lo que has introducido se conserva.
session-expired-reload = Volver a cargar
offline-banner = No tienes conexión. No se puede cargar ni guardar nada hasta que vuelva la conexión; lo que has introducido se conserva.
