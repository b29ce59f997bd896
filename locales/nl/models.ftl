## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Contactcentersoftware in de cloud voor oproepen.
catalogue-vendor-zendesk-description = Klantenservicesoftware voor tickets, berichten en oproepen.
catalogue-vendor-genesys-description = Contactcenterplatform in de cloud voor alle kanalen.
catalogue-vendor-universal-description = Stuur zelf gegevens vanuit elk systeem waarvoor geen integratie bestaat.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importeert oproepen uit { -brand-freshdesk } Contact Center, in queues per telefoonnummer of per team, en agentstatussen voor realtime adherence.
catalogue-model-five9-description = Importeert oproepen uit { -brand-five9 }, in queues per campagne of vaardigheid, en agentstatussen voor intradaymanagement en realtime adherence.
catalogue-model-zendesk-description = Importeert e-mails, webformulieren, chats, oproepen en berichten van sociale media uit { -brand-zendesk } Support en { -brand-zendesk } Talk, in queues die naar je weergaven zijn genoemd.
catalogue-model-genesys-cloud-description = Importeert oproepen, e-mails en chats uit { -brand-genesys-cloud }, en agentstatussen voor intradaymanagement en realtime adherence.
catalogue-model-injixo-api-description = Je eigen applicatie stuurt contactgebeurtenissen en agentstatussen naar de { -brand-injixo } API.

## Setup form: sections

setup-section-user-credentials = Gebruikersgegevens
setup-section-api-credentials = API toegangsgegevens
setup-section-configuration = Configuratie

## Setup form: fields

setup-field-username = Gebruikersnaam
setup-field-password = Wachtwoord
setup-field-api-token = API-token
setup-field-api-secret = API-secret
setup-field-account-region = Accountregio
setup-field-group-queues-by = Groepeer queues aan de hand van
setup-field-genesys-detailed-on-queue = Gedetailleerde 'on-queue'-agentstatussen importeren

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Bepaalt de namen van de queues voor geïmporteerde oproepen: per telefoonnummer of per team dat de oproep heeft aangenomen (de naam van de agent als er geen team is). Je kunt dit later nog wijzigen.
setup-field-five9-username-help = Een { -brand-five9 }-gebruiker met de rollen ADMIN en REPORTING.
setup-field-five9-group-queues-by-help = Voor groeperen op vaardigheden is het aangepaste rapport “Call Log with Skills” nodig in de gedeelde { -brand-five9 }-map “Shared Reports ({ -brand-injixo })”.
setup-field-zendesk-username-help = Het e-mailadres waarmee de { -brand-zendesk }-gebruiker zich aanmeldt.
setup-field-zendesk-api-token-help = Maak in { -brand-zendesk } een API-token aan voor een gebruiker met admintoegang en plak het hier.
setup-field-zendesk-group-queues-by-help = Bepaalt de namen van de queues voor { -brand-zendesk } Talk-oproepen: IVR gebruikt de bestemmingsgroep, Telefoonnummer het ontvangende nummer.
setup-field-genesys-cloud-api-key-help = De client-ID van een OAuth-client in { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = Het client secret van dezelfde OAuth-client.
setup-field-genesys-cloud-detailed-on-queue-help = On-queue omvat verschillende statussen, zoals communicating, interacting, idle en not responding. Vink dit aan om elk ervan apart te importeren.

## Setup form: options of select fields

setup-option-grouping-phone-number = Telefoonnummer
setup-option-grouping-routing = Routering (team/agent)
setup-option-grouping-campaigns = Campagnes
setup-option-grouping-skills = Vaardigheden
setup-option-grouping-ivr = IVR (Interactive Voice Response)
setup-option-region-europe = Europa
setup-option-region-usa = VS
setup-option-genesys-region-americas-us-east = Amerika (VS-Oost)
setup-option-genesys-region-americas-us-west = Amerika (VS-West)
setup-option-genesys-region-americas-canada = Amerika (Canada)
setup-option-genesys-region-americas-sao-paulo = Amerika (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-london = EMEA (Londen)
setup-option-genesys-region-emea-zurich = EMEA (Zürich)
setup-option-genesys-region-asia-pacific-sydney = Azië-Pacific (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Azië-Pacific (Tokio)
setup-option-genesys-region-asia-pacific-seoul = Azië-Pacific (Seoul)
setup-option-genesys-region-asia-pacific-mumbai = Azië-Pacific (Mumbai)
catalogue-vendor-universal-name = Universal interfaces
