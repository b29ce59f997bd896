## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Contactcentersoftware in de cloud voor oproepen.
catalogue-model-talkdesk-description = Importeert historische oproepen en agentstatussen uit { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = De client-ID en het client-secret horen bij een OAuth-client in { -brand-talkdesk }. Maak een nieuwe aan of gebruik een bestaande met het granttype client-credentials en de scopes data-reports:read en data-reports:write.
field-error-talkdesk-insufficient-role = Deze OAuth-client mist wat { -brand-injixo } nodig heeft. Geef hem in { -brand-talkdesk } het granttype client-credentials en de scopes data-reports:read en data-reports:write, of maak een nieuwe OAuth-client aan.
