## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Software di contact center in cloud per le chiamate.
catalogue-model-talkdesk-description = Importa lo storico delle chiamate e gli stati degli agenti da { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = Il client ID e il client secret appartengono a un client OAuth in { -brand-talkdesk }. Creane uno nuovo oppure usa uno esistente con il grant type client-credentials e gli scope data-reports:read e data-reports:write.
field-error-talkdesk-insufficient-role = A questo client OAuth manca ciò che serve a { -brand-injixo }. In { -brand-talkdesk }, assegnagli il grant type client-credentials e gli scope data-reports:read e data-reports:write, oppure crea un nuovo client OAuth.
