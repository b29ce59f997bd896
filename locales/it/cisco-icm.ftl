## Cisco ICM (riquadro proprio). Tutto nella sezione Configurazione, come
## nell’articolo; etichette come l’articolo le scrive in grassetto.

catalogue-vendor-cisco-icm-description = Intelligent Contact Management dei contact center { -brand-cisco }, sui tuoi server.
catalogue-model-cisco-icm-description = Importa i dati per l’aderenza in tempo reale da { -brand-cisco-icm } tramite una versione specifica di { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } richiede una versione specifica di { -brand-cloud-link }: scaricala qui sopra, anche se usi già { -brand-cloud-link } per un’altra integrazione. I dati diventano visibili quando ogni persona ha il proprio Skill Target ID di { -brand-unified-cce } come identificatore esterno.
setup-field-cisco-icm-connection-string-help = La stringa di connessione del tuo database { -brand-cisco }, per esempio { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Fuso orario del database
setup-field-cisco-icm-database-time-zone-help = Il fuso orario del tuo database { -brand-cisco }.
setup-field-cisco-icm-client-id = ID client
setup-field-cisco-icm-client-id-help = L’ID del tuo client { -brand-cisco-icm }. La sua password va nel campo qui sotto.
setup-field-cisco-icm-peripheral-gateway-1 = Gateway periferico 1
setup-field-cisco-icm-peripheral-gateway-help = Indirizzi IP o nomi DNS con le relative porte, separati da virgole, per esempio { "192.168.0.1:42027, 192.168.0.2:43027" }. Il primo è il gateway periferico del lato A, il secondo quello del lato B; con un solo indirizzo, { -brand-injixo } presume che non esista un lato B.
setup-field-cisco-icm-peripheral-gateway-2 = Gateway periferico 2
setup-field-cisco-icm-peripheral-gateway-2-help = Facoltativo: il tuo secondo gateway periferico, nello stesso formato.
