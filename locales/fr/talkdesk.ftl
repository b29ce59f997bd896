## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Logiciel de centre de contact cloud pour les appels.
catalogue-model-talkdesk-description = Importe l’historique des appels et les statuts des agents de { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = L’ID et le secret appartiennent à un client OAuth dans { -brand-talkdesk }. Créez-en un nouveau ou utilisez un client existant avec le type d’autorisation client-credentials et les scopes { "data-reports:read" } et { "data-reports:write" }.
field-error-talkdesk-insufficient-role = Il manque à ce client OAuth ce dont { -brand-injixo } a besoin. Dans { -brand-talkdesk }, attribuez-lui le type d’autorisation client-credentials et les scopes { "data-reports:read" } et { "data-reports:write" }, ou créez un nouveau client OAuth.
