## Interactive Intelligence CIC (Kachel Genesys). Bezeichnungen aus dem Artikel
## (add-an-inin-cic-integration, Juni 2024), mit denen das Produkt übereinstimmt.

catalogue-model-inin-cic-description = Importiert Daten für die Planeinhaltung in Echtzeit von den ACD-Servern deines { -brand-interactive-intelligence-cic } über { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Zeitzone
setup-field-inin-cic-time-zone-help = Die Zeitzone deiner ACD.
setup-field-inin-cic-acd-server-addresses = ACD-Serveradressen
# Der Standardport 42027 stammt aus dem Produkt.
setup-field-inin-cic-acd-server-addresses-help = DNS-Name oder IP-Adresse jeder ACD mit ihrem Port nach einem Doppelpunkt, zum Beispiel { "acd.example.com:8080" }. Ohne Port verwendet { -brand-injixo } den Standardport 42027. Trenne mehrere ACDs mit Kommas.
