## Cisco ICM (eigene Kachel). Alles im Abschnitt Konfiguration, wie im Artikel;
## Bezeichnungen, wie der Artikel sie fett schreibt.

catalogue-vendor-cisco-icm-description = Intelligent Contact Management für Contact Center von { -brand-cisco }, auf deinen eigenen Servern.
catalogue-model-cisco-icm-description = Importiert Daten für die Planeinhaltung in Echtzeit aus { -brand-cisco-icm } über eine eigene Version von { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } braucht eine eigene Version von { -brand-cloud-link }: Lade sie oben herunter, auch wenn du { -brand-cloud-link } schon für eine andere Integration nutzt. Die Daten werden sichtbar, sobald jede Person ihre Skill Target ID aus { -brand-unified-cce } als externe Benutzerkennung hat.
setup-field-cisco-icm-connection-string-help = Der Connection String deiner { -brand-cisco }-Datenbank, zum Beispiel { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Zeitzone der Datenbank
setup-field-cisco-icm-database-time-zone-help = Die Zeitzone deiner { -brand-cisco }-Datenbank.
setup-field-cisco-icm-client-id = Client-ID
setup-field-cisco-icm-client-id-help = Die ID deines { -brand-cisco-icm }-Clients. Sein Passwort gehört in das Feld darunter.
setup-field-cisco-icm-peripheral-gateway-1 = Peripherie-Gateway 1
setup-field-cisco-icm-peripheral-gateway-help = IP-Adressen oder DNS-Namen mit ihren Ports, durch Kommas getrennt, zum Beispiel { "192.168.0.1:42027, 192.168.0.2:43027" }. Die erste ist das PG der Seite A, die zweite das der Seite B; bei nur einer Adresse geht { -brand-injixo } davon aus, dass es keine Seite B gibt.
setup-field-cisco-icm-peripheral-gateway-2 = Peripherie-Gateway 2
setup-field-cisco-icm-peripheral-gateway-2-help = Optional: dein zweites Peripherie-Gateway, im selben Format.
