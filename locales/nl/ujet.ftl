## Ujet: the catalogue tile, the setup form (labels as the Ujet article and the
## product word them), help in our words.

catalogue-vendor-ujet-description = Contactcenterplatform in de cloud voor oproepen.
catalogue-model-ujet-description = Importeert oproepen en agentstatussen uit { -brand-ujet }.
setup-section-ujet-api-credentials = API toegangsgegevens
setup-section-ujet-api-credentials-help = Kopieer je company-key en je company-secret-code in { -brand-ujet } en plak ze hier.
setup-field-ujet-subdomain = Subdomein
# Decision (issue 13, notes §8.9): just the subdomain, as the en/it/fr/es articles and
# the product ask; the de/nl articles ask for the whole domain name, and no source
# agrees on the Ujet domain.
setup-field-ujet-subdomain-help = Alleen je { -brand-ujet }-subdomein, het eerste deel van je { -brand-ujet }-adres, niet de hele domeinnaam.
setup-field-ujet-company-key = Company-key
setup-field-ujet-company-secret-code = Company-secret-code
