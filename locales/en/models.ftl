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

## Setup form: fields

setup-field-username = Username
setup-field-password = Password
setup-field-api-token = API token
setup-field-api-secret = API secret
setup-field-account-region = Account region
setup-field-group-queues-by = Group queues by
setup-field-genesys-detailed-on-queue = Import detailed on-queue agent statuses

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Names the queues of imported calls: by phone number, or by the team that took the call (the agent’s name if there is no team). You can change this later.
setup-field-five9-username-help = A { -brand-five9 } user with the roles ADMIN and REPORTING.
setup-field-five9-group-queues-by-help = Grouping by skills needs the custom report “Call Log with Skills” in the shared { -brand-five9 } folder “Shared Reports ({ -brand-injixo })”.
setup-field-zendesk-username-help = The email address the { -brand-zendesk } user signs in with.
setup-field-zendesk-api-token-help = In { -brand-zendesk }, create an API token for a user with administrative permissions and paste it here.
setup-field-zendesk-group-queues-by-help = Names the queues of { -brand-zendesk } Talk calls: IVR uses the destination group, Phone number the receiving number.
setup-field-genesys-cloud-api-key-help = The client ID of an OAuth client in { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = The client secret of the same OAuth client.
setup-field-genesys-cloud-detailed-on-queue-help = On queue covers several statuses, e.g. communicating, interacting, idle and not responding. Check this to import each of them separately.

## Setup form: options of select fields

setup-option-grouping-phone-number = Phone number
setup-option-grouping-routing = Routing (team/agent)
setup-option-grouping-campaigns = Campaigns
setup-option-grouping-skills = Skills
setup-option-grouping-ivr = IVR
setup-option-region-europe = Europe
setup-option-region-usa = USA
setup-option-genesys-region-americas-us-east = Americas (US East)
setup-option-genesys-region-americas-us-west = Americas (US West)
setup-option-genesys-region-americas-canada = Americas (Canada)
setup-option-genesys-region-americas-sao-paulo = Americas (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-emea-zurich = EMEA (Zurich)
setup-option-genesys-region-asia-pacific-sydney = Asia Pacific (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia Pacific (Tokyo)
setup-option-genesys-region-asia-pacific-seoul = Asia Pacific (Seoul)
setup-option-genesys-region-asia-pacific-mumbai = Asia Pacific (Mumbai)
catalogue-vendor-universal-name = Universal Interfaces
