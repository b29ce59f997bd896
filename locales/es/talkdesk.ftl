## Talkdesk: the catalogue tile, the setup form (labels as the product and the Talkdesk
## article word them), help and the OAuth client's requirements in our words.

catalogue-vendor-talkdesk-description = Software de centro de contacto en la nube para llamadas.
catalogue-model-talkdesk-description = Importa el histórico de llamadas y los estados de los agentes de { -brand-talkdesk }.
setup-section-talkdesk-user-credentials-help = El ID de cliente y la clave secreta de cliente pertenecen a un cliente OAuth de { -brand-talkdesk }. Crea uno nuevo o usa uno existente con el tipo de concesión client-credentials y los ámbitos data-reports:read y data-reports:write.
field-error-talkdesk-insufficient-role = A este cliente OAuth le falta lo que { -brand-injixo } necesita. En { -brand-talkdesk }, asígnale el tipo de concesión client-credentials y los ámbitos data-reports:read y data-reports:write, o crea un cliente OAuth nuevo.
