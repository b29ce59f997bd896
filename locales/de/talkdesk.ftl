## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Cloud-Contact-Center-Software für Anrufe.
catalogue-model-talkdesk-description = Importiert historische Anrufe und Agentenstatus aus { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = Client-ID und Client-Secret gehören zu einem OAuth-Client in { -brand-talkdesk }. Erstelle einen neuen oder verwende einen bestehenden mit dem Grant Type client-credentials und den Scopes data-reports:read und data-reports:write.
field-error-talkdesk-insufficient-role = Diesem OAuth-Client fehlt, was { -brand-injixo } braucht. Gib ihm in { -brand-talkdesk } den Grant Type client-credentials und die Scopes data-reports:read und data-reports:write oder erstelle einen neuen OAuth-Client.
