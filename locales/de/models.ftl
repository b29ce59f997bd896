## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Cloud-Contact-Center-Software für Anrufe.
catalogue-vendor-zendesk-description = Kundenservice-Software für Tickets, Messaging und Anrufe.
catalogue-vendor-genesys-description = Cloud-Contact-Center-Plattform für alle Kanäle.
catalogue-vendor-universal-description = Sende Daten aus einem beliebigen System selbst, wenn es dafür keine Integration gibt.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importiert Anrufe aus { -brand-freshdesk } Contact Center – in Queues nach Telefonnummer oder nach Team – sowie Agentenstatus für die Planeinhaltung in Echtzeit.
catalogue-model-five9-description = Importiert Anrufe aus { -brand-five9 } – in Queues nach Kampagne oder Qualifikation – sowie Agentenstatus für das Intraday-Management und die Planeinhaltung in Echtzeit.
catalogue-model-zendesk-description = Importiert E-Mails, Webformulare, Chats, Anrufe und Social-Media-Nachrichten aus { -brand-zendesk } Support und { -brand-zendesk } Talk – in Queues, die nach deinen Views benannt sind.
catalogue-model-genesys-cloud-description = Importiert Anrufe, E-Mails und Chats aus { -brand-genesys-cloud } sowie Agentenstatus für das Intraday-Management und die Planeinhaltung in Echtzeit.
catalogue-model-injixo-api-description = Deine eigene Anwendung sendet Kontaktereignisse und Agentenstatus an die { -brand-injixo } API.

## Setup form: sections

setup-section-user-credentials = Zugangsdaten
setup-section-api-credentials = API-Zugangsdaten
setup-section-configuration = Konfiguration

## Setup form: fields

setup-field-username = Benutzername
setup-field-password = Passwort
setup-field-api-token = API-Token
setup-field-api-secret = API-Secret
setup-field-account-region = Kontoregion
setup-field-group-queues-by = Gruppiere Queues nach
setup-field-genesys-detailed-on-queue = Detaillierte On-Queue-Agentenstatus importieren

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Bestimmt die Namen der Queues importierter Anrufe: nach Telefonnummer oder nach dem Team, das den Anruf angenommen hat (nach dem Namen des Agenten, wenn es kein Team gibt). Du kannst das später ändern.
setup-field-five9-username-help = Ein { -brand-five9 }-Benutzer mit den Rollen ADMIN und REPORTING.
setup-field-five9-group-queues-by-help = Für die Gruppierung nach Qualifikationen ist der benutzerdefinierte Report „Call Log with Skills“ im geteilten { -brand-five9 }-Ordner „Shared Reports ({ -brand-injixo })“ erforderlich.
setup-field-zendesk-username-help = Die E-Mail-Adresse, mit der sich der { -brand-zendesk }-Benutzer anmeldet.
setup-field-zendesk-api-token-help = Erstelle in { -brand-zendesk } einen API-Token für einen Benutzer mit Admin-Zugriff und füge ihn hier ein.
setup-field-zendesk-group-queues-by-help = Bestimmt die Namen der Queues für Anrufe aus { -brand-zendesk } Talk: IVR verwendet die Zielgruppe, Telefonnummer die angerufene Nummer.
setup-field-genesys-cloud-api-key-help = Die Client-ID eines OAuth-Clients in { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = Das Client-Secret desselben OAuth-Clients.
setup-field-genesys-cloud-detailed-on-queue-help = On Queue umfasst mehrere Status, z. B. communicating, interacting, idle und not responding. Aktiviere diese Option, um jeden davon einzeln zu importieren.

## Setup form: options of select fields

setup-option-grouping-phone-number = Telefonnummer
setup-option-grouping-routing = Routing (Team/Agent)
setup-option-grouping-campaigns = Kampagnen
setup-option-grouping-skills = Qualifikationen
setup-option-grouping-ivr = IVR
setup-option-region-europe = Europa
setup-option-region-usa = USA
setup-option-genesys-region-americas-us-east = Amerika (USA Ost)
setup-option-genesys-region-americas-us-west = Amerika (USA West)
setup-option-genesys-region-americas-canada = Amerika (Kanada)
setup-option-genesys-region-americas-sao-paulo = Amerika (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-emea-zurich = EMEA (Zürich)
setup-option-genesys-region-asia-pacific-sydney = Asien-Pazifik (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asien-Pazifik (Tokio)
setup-option-genesys-region-asia-pacific-seoul = Asien-Pazifik (Seoul)
setup-option-genesys-region-asia-pacific-mumbai = Asien-Pazifik (Mumbai)
catalogue-vendor-universal-name = Universal Interfaces
