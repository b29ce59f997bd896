## Interactive Intelligence CIC (vignette Genesys). Il n’existe pas d’article en
## français : les libellés sont ceux du produit (product-ui external_system.in_in),
## avec l’apostrophe typographique (« Adresses du serveur de l’ACD »).

catalogue-model-inin-cic-description = Importe les données d’adhérence en temps réel depuis les serveurs ACD de votre { -brand-interactive-intelligence-cic } via { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Fuseau horaire
setup-field-inin-cic-time-zone-help = Le fuseau horaire de votre ACD.
setup-field-inin-cic-acd-server-addresses = Adresses du serveur de l’ACD
# Le port 42027 par défaut vient du produit.
setup-field-inin-cic-acd-server-addresses-help = Le nom DNS ou l’adresse IP de chaque ACD, suivi de son port après un deux-points, par exemple { "acd.example.com:8080" }. Sans port, { -brand-injixo } utilise le port 42027 par défaut. Séparez plusieurs ACD par des virgules.
