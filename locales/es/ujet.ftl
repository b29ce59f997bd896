## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Plataforma de centro de contacto en la nube para llamadas.
catalogue-model-ujet-description = Importa llamadas y estados de los agentes de { -brand-ujet }.
# Decision (issue 13): the model's own article wins for its labels: the Ujet article
# (and the product) say "Credenciales de la API"; terminology.md's "Credenciales de
# API" comes from the Genesys Cloud article.
setup-section-ujet-api-credentials = Credenciales de la API
setup-section-ujet-api-credentials-help = Copia en { -brand-ujet } la clave de empresa y el código secreto de empresa y pégalos aquí.
setup-field-ujet-subdomain = Subdominio
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Solo tu subdominio de { -brand-ujet }, es decir, la primera parte de tu dirección de { -brand-ujet }, no el nombre de dominio completo.
setup-field-ujet-company-key = Clave de empresa
setup-field-ujet-company-secret-code = Código secreto de empresa
