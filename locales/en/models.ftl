## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Cloud contact center software for calls.
catalogue-vendor-zendesk-description = Customer service software for tickets, messaging and calls.
catalogue-vendor-genesys-description = Cloud contact center platform for every channel.
catalogue-vendor-universal-description = Send data from any system yourself when there is no integration for it.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Imports calls from { -brand-freshdesk } Contact Center, in queues by phone number or by team, and agent statuses for real-time adherence.
catalogue-model-five9-description = Imports calls from { -brand-five9 }, in queues by campaign or skill, and agent statuses for intraday management and real-time adherence.
catalogue-model-zendesk-description = Imports emails, web forms, chats, calls and social messages from { -brand-zendesk } Support and { -brand-zendesk } Talk, in queues named after your views.
catalogue-model-genesys-cloud-description = Imports calls, emails and chats from { -brand-genesys-cloud }, and agent statuses for intraday management and real-time adherence.
catalogue-model-injixo-api-description = Your own application sends contact events and agent statuses to the { -brand-injixo } API.

## Setup form: sections

setup-section-user-credentials = User credentials
setup-section-api-credentials = API credentials
setup-section-configuration = Configuration
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = User credentials
setup-section-agent-status-data = Agent status data
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = The API key and API secret need these permissions in { -brand-genesys-cloud }: analytics:userDetail:view, analytics:userObservation:view, analytics:conversationAggregate:view, analytics:conversationDetail:view and routing:queue:view.

## Setup form: fields

setup-field-username = Username
setup-field-password = Password
setup-field-api-token = API token
setup-field-api-secret = API secret
setup-field-account-region = Account region
# Vonage and Talkdesk (the product's labels).
setup-field-client-id = Client ID
setup-field-client-secret = Client secret
setup-field-account-name = Account name
setup-field-group-queues-by = Group queues by
setup-field-genesys-detailed-on-queue = Import detailed on-queue agent statuses
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Group the { -brand-zendesk } Talk call queues by
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Group tickets by brand
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Import real-time agent status data

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Names the queues of imported calls: by phone number, or by the team that took the call (the agent’s name if there is no team).
setup-field-five9-username-help = A { -brand-five9 } user with the roles ADMIN and REPORTING.
setup-field-five9-group-queues-by-help = Grouping by skills needs the custom report “Call Log with Skills” in the shared { -brand-five9 } folder “Shared Reports ({ -brand-injixo })”.
setup-field-zendesk-api-token-help = In { -brand-zendesk }, create an API token for a user with administrative permissions (Admin > Channels > API) and paste it here.
setup-field-zendesk-group-queues-by-help = Names the queues of { -brand-zendesk } Talk calls: IVR uses the destination group, Phone number the receiving number. A call without this information counts as ungrouped. The queues of { -brand-zendesk } Support are not affected.
setup-field-zendesk-group-tickets-by-brand-help = By default, tickets are grouped by their { -brand-zendesk } group. Check this to also create a source queue for every { -brand-zendesk } brand.
setup-field-genesys-cloud-detailed-on-queue-help = On queue covers several statuses, e.g. communication, interacting, idle and not responding. Check this to import each of them separately.

## Setup form: options of select fields

setup-option-grouping-phone-number = Phone number
setup-option-grouping-routing = Routing (team/agent)
setup-option-grouping-campaigns = Campaigns
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Skills (requires custom report)
setup-option-grouping-ivr = IVR
setup-option-region-europe = Europe
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
catalogue-vendor-universal-name = Universal Interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } did not accept this API key. Copy it again in { $product } and paste it here.
field-error-freshworks-api-key-role = This API key belongs to a user without the Account Administrator role. Use the API key of an Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = This { -brand-five9 } user does not have both roles ADMIN and REPORTING. Give the user these roles in { -brand-five9 }, or enter a user who has them.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = This API token belongs to a user without administrative permissions in { -brand-zendesk }. Create the API token for a user with administrative permissions.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = These API credentials lack permissions that { -brand-injixo } needs. In { -brand-genesys-cloud }, grant all five permissions listed at the top of this section.
