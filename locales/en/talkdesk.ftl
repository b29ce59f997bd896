## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Cloud contact center software for calls.
catalogue-model-talkdesk-description = Imports historical calls and agent statuses from { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = The client ID and client secret belong to an OAuth client in { -brand-talkdesk }. Create a new one, or use an existing one with the grant type client-credentials and the scopes data-reports:read and data-reports:write.
field-error-talkdesk-insufficient-role = This OAuth client lacks what { -brand-injixo } needs. In { -brand-talkdesk }, give it the grant type client-credentials and the scopes data-reports:read and data-reports:write, or create a new OAuth client.
