## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Plateforme de centre de contact cloud pour les appels.
catalogue-model-ujet-description = Importe les appels et les statuts des agents de { -brand-ujet }.
setup-section-ujet-api-credentials = Identifiants API
setup-section-ujet-api-credentials-help = Copiez la clé et le code secret de votre entreprise dans { -brand-ujet }, puis collez-les ici.
setup-field-ujet-subdomain = Sous-domaine
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Uniquement votre sous-domaine { -brand-ujet }, c’est-à-dire la première partie de votre adresse { -brand-ujet }, et non le nom de domaine complet.
setup-field-ujet-company-key = Clé
setup-field-ujet-company-secret-code = Code secret
