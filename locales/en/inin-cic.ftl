## Interactive Intelligence CIC (Genesys tile). Labels: the article
## (add-an-inin-cic-integration, June 2024), which the product's agree with.

catalogue-model-inin-cic-description = Imports real-time adherence data from the ACD servers of your { -brand-interactive-intelligence-cic } through { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Time zone
setup-field-inin-cic-time-zone-help = The time zone of your ACD.
setup-field-inin-cic-acd-server-addresses = ACD server addresses
# The default port 42027 is the product's (the only default port any source gives).
setup-field-inin-cic-acd-server-addresses-help = Each ACD’s DNS name or IP address with its port after a colon, for example { "acd.example.com:8080" }. Without a port, { -brand-injixo } uses the default port 42027. Separate several ACDs with commas.
