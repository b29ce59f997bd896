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
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = Gebruikersgegevens
setup-section-agent-status-data = Agentstatusgegevens
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = De API-key en het API-secret hebben in { -brand-genesys-cloud } deze rechten nodig: analytics:userDetail:view, analytics:userObservation:view, analytics:conversationAggregate:view, analytics:conversationDetail:view en routing:queue:view.

## Setup form: fields

setup-field-username = Gebruikersnaam
setup-field-password = Wachtwoord
setup-field-api-token = API-token
setup-field-api-secret = API-secret
setup-field-account-region = Accountregio
# Vonage and Talkdesk (the product's labels).
setup-field-client-id = Client-ID
setup-field-client-secret = Client-secret
setup-field-account-name = Accountnaam
setup-field-group-queues-by = Groepeer queues aan de hand van
setup-field-genesys-detailed-on-queue = Gedetailleerde 'on-queue'-agentstatussen importeren
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Groepeer de gesprekken in queues op
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Groepeer tickets per merk
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Realtime gegevens importeren

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Bepaalt de namen van de queues voor geïmporteerde oproepen: per telefoonnummer of per team dat de oproep heeft aangenomen (de naam van de agent als er geen team is).
setup-field-five9-username-help = Een { -brand-five9 }-gebruiker met de rollen ADMIN en REPORTING.
setup-field-five9-group-queues-by-help = Voor groeperen op vaardigheden is het aangepaste rapport “Call Log with Skills” nodig in de gedeelde { -brand-five9 }-map “Shared Reports ({ -brand-injixo })”.
setup-field-zendesk-api-token-help = Maak in { -brand-zendesk } een API-token aan voor een gebruiker met admintoegang (Admin > Channels > API) en plak het hier.
setup-field-zendesk-group-queues-by-help = Bepaalt de namen van de queues voor { -brand-zendesk } Talk-oproepen: IVR gebruikt de bestemmingsgroep, Telefoonnummer het ontvangende nummer. Een oproep zonder deze informatie telt als niet gegroepeerd. De queues van { -brand-zendesk } Support veranderen niet.
setup-field-zendesk-group-tickets-by-brand-help = Standaard worden tickets gegroepeerd per { -brand-zendesk }-groep. Vink dit aan om daarnaast voor elk { -brand-zendesk }-merk een bronqueue te maken.
setup-field-genesys-cloud-detailed-on-queue-help = On-queue omvat verschillende statussen, zoals communication, interacting, idle en not responding. Vink dit aan om elk ervan apart te importeren.

## Setup form: options of select fields

setup-option-grouping-phone-number = Telefoonnummer
setup-option-grouping-routing = Routering (team/agent)
setup-option-grouping-campaigns = Campagnes
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Vaardigheden (vereist een aangepast rapport)
setup-option-grouping-ivr = IVR (Interactive Voice Response)
setup-option-region-europe = Europa
# The product's label.
setup-option-region-usa = USA
setup-option-region-apac = APAC
setup-option-region-emea = EMEA
setup-option-region-canada = Canada
# The seven Genesys Cloud regions the product offers, with the product's labels.
setup-option-genesys-region-americas-us-east = Americas (US East)
setup-option-genesys-region-americas-us-west = Americas (US West)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-asia-pacific-sydney = Asia Pacific (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia Pacific (Tokyo)
catalogue-vendor-universal-name = Universal interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } heeft deze API-key niet geaccepteerd. Kopieer de key opnieuw in { $product } en plak hem hier.
field-error-freshworks-api-key-role = Deze API-key hoort bij een gebruiker zonder de rol Account Administrator. Gebruik de API-key van een gebruiker met de rol Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = Deze { -brand-five9 }-gebruiker heeft niet beide rollen ADMIN en REPORTING. Geef de gebruiker deze rollen in { -brand-five9 } of voer een gebruiker in die ze heeft.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = Dit API-token hoort bij een gebruiker zonder admintoegang in { -brand-zendesk }. Maak het API-token aan voor een gebruiker met admintoegang.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = Deze API-gegevens missen rechten die { -brand-injixo } nodig heeft. Geef in { -brand-genesys-cloud } alle vijf rechten die bovenaan deze sectie staan.
