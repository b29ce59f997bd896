## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Cloud-Contact-Center-Plattform für Anrufe.
catalogue-model-ujet-description = Importiert Anrufe und Agentenstatus aus { -brand-ujet }.
setup-section-ujet-api-credentials = API-Zugangsdaten
setup-section-ujet-api-credentials-help = Kopiere deinen Firmenschlüssel und deinen Firmengeheimcode in { -brand-ujet } und füge sie hier ein.
setup-field-ujet-subdomain = Subdomäne
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Nur deine { -brand-ujet }-Subdomäne, also der erste Teil deiner { -brand-ujet }-Adresse, nicht der ganze Domänenname.
setup-field-ujet-company-key = Firmenschlüssel
setup-field-ujet-company-secret-code = Firmengeheimcode
