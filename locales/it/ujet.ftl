## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Piattaforma di contact center in cloud per le chiamate.
catalogue-model-ujet-description = Importa le chiamate e gli stati degli agenti da { -brand-ujet }.
# The product's capitalised label (the Ujet article writes it mid-sentence).
setup-section-ujet-api-credentials = Credenziali API
setup-section-ujet-api-credentials-help = Copia in { -brand-ujet } la company key e il company secret code e incollali qui.
setup-field-ujet-subdomain = Sottodominio
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Solo il tuo sottodominio { -brand-ujet }, cioè la prima parte del tuo indirizzo { -brand-ujet }, non l’intero nome di dominio.
setup-field-ujet-company-key = Company key
setup-field-ujet-company-secret-code = Company secret code
