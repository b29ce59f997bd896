## Interactive Intelligence CIC (tegel Genesys). Er is geen Nederlands artikel (de
## machinevertaling in de bronrepository is bewust niet gebruikt): de labels zijn die
## van het product (product-ui external_system.in_in).

catalogue-model-inin-cic-description = Importeert gegevens voor realtime adherence van de ACD-servers van je { -brand-interactive-intelligence-cic } via { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Tijdzone
setup-field-inin-cic-time-zone-help = De tijdzone van je ACD.
setup-field-inin-cic-acd-server-addresses = ACD-serveradressen
# De standaardpoort 42027 komt uit het product.
setup-field-inin-cic-acd-server-addresses-help = De DNS-naam of het IP-adres van elke ACD met de poort na een dubbele punt, bijvoorbeeld { "acd.example.com:8080" }. Zonder poort gebruikt { -brand-injixo } de standaardpoort 42027. Scheid meerdere ACD’s met komma’s.
