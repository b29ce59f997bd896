## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Cloud contact center platform for calls.
catalogue-model-ujet-description = Imports calls and agent statuses from { -brand-ujet }.
setup-section-ujet-api-credentials = API credentials
setup-section-ujet-api-credentials-help = Copy your company key and company secret code in { -brand-ujet } and paste them here.
setup-field-ujet-subdomain = Subdomain
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Just your { -brand-ujet } subdomain, the first part of your { -brand-ujet } address, not the whole domain name.
setup-field-ujet-company-key = Company key
setup-field-ujet-company-secret-code = Company secret code
