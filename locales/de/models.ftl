## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Cloud-Contact-Center-Software für Anrufe.
catalogue-vendor-zendesk-description = Kundenservice-Software für Tickets, Messaging und Anrufe.
catalogue-vendor-genesys-description = Cloud-Contact-Center-Plattform für alle Kanäle.
catalogue-vendor-universal-description = Sende Daten aus einem beliebigen System selbst, wenn es dafür keine Integration gibt.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importiert Anrufe aus { -brand-freshdesk } Contact Center – in Queues nach Telefonnummer oder nach Team – sowie Agentenstatus für die Planeinhaltung in Echtzeit.
catalogue-model-five9-description = Importiert Anrufe aus { -brand-five9 } – in Queues nach Kampagne oder Skill – sowie Agentenstatus für das Intraday-Management und die Planeinhaltung in Echtzeit.
catalogue-model-zendesk-description = Importiert E-Mails, Webformulare, Chats, Anrufe und Social-Media-Nachrichten aus { -brand-zendesk } Support und { -brand-zendesk } Talk – in Queues, die nach deinen Views benannt sind.
catalogue-model-genesys-cloud-description = Importiert Anrufe, E-Mails und Chats aus { -brand-genesys-cloud } sowie Agentenstatus für das Intraday-Management und die Planeinhaltung in Echtzeit.
catalogue-model-injixo-api-description = Deine eigene Anwendung sendet Kontaktereignisse und Agentenstatus an die { -brand-injixo } API.

## Setup form: sections

setup-section-user-credentials = Zugangsdaten
setup-section-api-credentials = API-Zugangsdaten
setup-section-configuration = Konfiguration
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = Benutzer-Zugangsdaten
setup-section-agent-status-data = Agentenstatus-Daten
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = Der API-Schlüssel und das API-Secret brauchen in { -brand-genesys-cloud } diese Berechtigungen: analytics:userDetail:view, analytics:userObservation:view, analytics:conversationAggregate:view, analytics:conversationDetail:view und routing:queue:view.

## Setup form: fields

setup-field-username = Benutzername
setup-field-password = Passwort
setup-field-api-token = API-Token
setup-field-api-secret = API-Secret
setup-field-account-region = Kontoregion
# Vonage and Talkdesk (the product's labels).
setup-field-client-id = Client-ID
setup-field-client-secret = Client-Secret
setup-field-account-name = Kontoname
setup-field-group-queues-by = Gruppiere Queues nach
setup-field-genesys-detailed-on-queue = Detaillierte On-Queue-Agentenstatus importieren
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Gruppiere { -brand-zendesk } Talk Queues nach
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Tickets nach Marke gruppieren
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Agentenstatus-Daten importieren

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Bestimmt die Namen der Queues importierter Anrufe: nach Telefonnummer oder nach dem Team, das den Anruf angenommen hat (nach dem Namen des Agenten, wenn es kein Team gibt).
setup-field-five9-username-help = Ein { -brand-five9 }-Benutzer mit den Rollen ADMIN und REPORTING.
setup-field-five9-group-queues-by-help = Für die Gruppierung nach Skills ist der benutzerdefinierte Report „Call Log with Skills“ im geteilten { -brand-five9 }-Ordner „Shared Reports ({ -brand-injixo })“ erforderlich.
setup-field-zendesk-api-token-help = Erstelle in { -brand-zendesk } einen API-Token für einen Benutzer mit Admin-Zugriff (Admin > Kanäle > API) und füge ihn hier ein.
setup-field-zendesk-group-queues-by-help = Bestimmt die Namen der Queues für Anrufe aus { -brand-zendesk } Talk: IVR verwendet die Zielgruppe, Telefonnummer die angerufene Nummer. Ein Anruf ohne diese Information zählt als nicht gruppiert. Die Queues von { -brand-zendesk } Support sind davon nicht betroffen.
setup-field-zendesk-group-tickets-by-brand-help = Standardmäßig werden Tickets nach ihrer { -brand-zendesk }-Gruppe gruppiert. Aktiviere diese Option, um zusätzlich für jede { -brand-zendesk }-Marke eine Quell-Queue zu erstellen.
setup-field-genesys-cloud-detailed-on-queue-help = On Queue umfasst mehrere Status, z. B. communication, interacting, idle und not responding. Aktiviere diese Option, um jeden davon einzeln zu importieren.

## Setup form: options of select fields

setup-option-grouping-phone-number = Telefonnummer
setup-option-grouping-routing = Routing (Team/Agent)
setup-option-grouping-campaigns = Kampagnen
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Skills (benötigt Custom-Report)
setup-option-grouping-ivr = IVR
setup-option-region-europe = Europa
setup-option-region-usa = USA
setup-option-region-apac = APAC
setup-option-region-emea = EMEA
setup-option-region-canada = Kanada
# The seven Genesys Cloud regions the product offers, with the product's labels.
setup-option-genesys-region-americas-us-east = Amerika (USA-Ost)
setup-option-genesys-region-americas-us-west = Amerika (USA-West)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-asia-pacific-sydney = Asien / Pazifik (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asien / Pazifik (Tokyo)
catalogue-vendor-universal-name = Universal Interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } hat diesen API-Schlüssel nicht akzeptiert. Kopiere ihn in { $product } erneut und füge ihn hier ein.
field-error-freshworks-api-key-role = Dieser API-Schlüssel gehört zu einem Benutzer ohne die Rolle Account Administrator. Verwende den API-Schlüssel eines Benutzers mit der Rolle Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = Dieser { -brand-five9 }-Benutzer hat nicht beide Rollen ADMIN und REPORTING. Weise ihm die Rollen in { -brand-five9 } zu oder gib einen Benutzer ein, der sie hat.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = Dieser API-Token gehört zu einem Benutzer ohne Admin-Zugriff in { -brand-zendesk }. Erstelle den API-Token für einen Benutzer mit Admin-Zugriff.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = Diesen API-Zugangsdaten fehlen Berechtigungen, die { -brand-injixo } braucht. Erteile in { -brand-genesys-cloud } alle fünf Berechtigungen, die oben in diesem Abschnitt stehen.
