## Cisco ICM (eigen tegel). Alles in de sectie Configuratie, zoals in het artikel. Het
## artikel schrijft de labels in de lopende tekst met kleine letter („periferie-gateway 1”,
## „client-ID”): met hoofdletter, zoals het product.

catalogue-vendor-cisco-icm-description = Intelligent Contact Management van { -brand-cisco }-contactcenters, op je eigen servers.
catalogue-model-cisco-icm-description = Importeert gegevens voor realtime adherence uit { -brand-cisco-icm } via een eigen versie van { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } heeft een eigen versie van { -brand-cloud-link } nodig: download die hierboven, ook als je { -brand-cloud-link } al voor een andere integratie gebruikt. De gegevens worden zichtbaar zodra elke persoon zijn Skill Target ID uit { -brand-unified-cce } als externe gebruikers-ID heeft.
setup-field-cisco-icm-connection-string-help = De connection string van je { -brand-cisco }-database, bijvoorbeeld { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Tijdzone database
setup-field-cisco-icm-database-time-zone-help = De tijdzone van je { -brand-cisco }-database.
setup-field-cisco-icm-client-id = Client-ID
setup-field-cisco-icm-client-id-help = De ID van je { -brand-cisco-icm }-client. Het wachtwoord ervan vul je in het veld hieronder in.
setup-field-cisco-icm-peripheral-gateway-1 = Periferie-gateway 1
setup-field-cisco-icm-peripheral-gateway-help = IP-adressen of DNS-namen met hun poorten, gescheiden door komma’s, bijvoorbeeld { "192.168.0.1:42027, 192.168.0.2:43027" }. Het eerste adres is de Side A PG, het tweede de Side B PG; met één adres gaat { -brand-injixo } ervan uit dat er geen Side B is.
setup-field-cisco-icm-peripheral-gateway-2 = Periferie-gateway 2
setup-field-cisco-icm-peripheral-gateway-2-help = Optioneel: je tweede periferie-gateway, in dezelfde vorm.
