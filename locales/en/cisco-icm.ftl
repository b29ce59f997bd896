## Cisco ICM (own tile). Everything is in the Configuration section, as in the
## article; labels as the article bolds them.

catalogue-vendor-cisco-icm-description = Intelligent Contact Management of { -brand-cisco } contact centers, on your own servers.
catalogue-model-cisco-icm-description = Imports real-time adherence data from { -brand-cisco-icm } through its own build of { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } needs its own build of { -brand-cloud-link }: download it above, even if you already use { -brand-cloud-link } for another integration. The data becomes visible once each person has their Skill Target ID from { -brand-unified-cce } as an external identifier.
setup-field-cisco-icm-connection-string-help = The connection string of your { -brand-cisco } database, for example { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Database time zone
setup-field-cisco-icm-database-time-zone-help = The time zone of your { -brand-cisco } database.
setup-field-cisco-icm-client-id = Client ID
setup-field-cisco-icm-client-id-help = The ID of your { -brand-cisco-icm } client. Its password goes in the field below.
setup-field-cisco-icm-peripheral-gateway-1 = Peripheral gateway 1
setup-field-cisco-icm-peripheral-gateway-help = IP addresses or DNS names with their ports, separated by commas, for example { "192.168.0.1:42027, 192.168.0.2:43027" }. The first is the side A PG, the second the side B PG; with one address, { -brand-injixo } assumes there is no side B.
setup-field-cisco-icm-peripheral-gateway-2 = Peripheral gateway 2
setup-field-cisco-icm-peripheral-gateway-2-help = Optional: your second peripheral gateway, in the same form.
