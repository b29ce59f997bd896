## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Contact-Center-Software, die Agentenstatus in Echtzeit meldet.
catalogue-model-odigo-description = Empfängt laufend die Agentenstatus aus { -brand-odigo } für die Planeinhaltung in Echtzeit und importiert die Kontaktdaten jedes Tages.
# Decision (issue 13): the model's own article wins for its labels: the Odigo article
# (and the product) say "Anmeldedaten", terminology.md's Freshworks row "Zugangsdaten".
setup-section-odigo-credentials = Anmeldedaten
setup-field-odigo-tech-account = Technischer Benutzer (tech account)
setup-field-odigo-tech-account-help = Heißt in { -brand-odigo } pef-tech-account: das Konto für die Authentifizierungs-API von { -brand-odigo }.
setup-field-odigo-tech-password = Passwort (tech password)
setup-field-odigo-tech-password-help = Heißt in { -brand-odigo } pef-tech-password.
setup-section-odigo-contact-data = Kontaktdaten
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } importiert die Kontaktdaten jedes Tages um 3 Uhr morgens. Wende dich an { -brand-odigo }, wenn du mehr über diese Einstellungen wissen musst.
setup-field-odigo-api-domain = API-Domäne
setup-field-odigo-api-domain-help = Heißt in { -brand-odigo } pef-api-domain.
setup-field-odigo-app-id = App-ID
setup-field-odigo-app-id-help = Heißt in { -brand-odigo } pef-app-id.
setup-field-odigo-instance = Instanz
setup-field-odigo-instance-help = Heißt in { -brand-odigo } x-ws-instance.
setup-field-odigo-user-name = Benutzername
setup-field-odigo-user-name-help = Heißt in { -brand-odigo } odigo-user-id.
setup-field-odigo-statistics-table-id = ID der Statistiktabelle
setup-field-odigo-statistics-table-id-help = Heißt in { -brand-odigo } statistics_table_id. Eine ganze Zahl.
setup-field-odigo-ivr-time-zone = IVR-Zeitzone
setup-field-odigo-ivr-time-zone-help = Die Zeitzone deiner IVR.
setup-field-odigo-detailed-breaks = Agentenstatus Pause mit Details importieren
setup-field-odigo-detailed-breaks-help = { -brand-injixo } ergänzt Pausenstatus dann um die Art der Pause, z. B. Pause (Mittagspause) statt Pause. In { -brand-odigo } geänderte Pausenbezeichnungen kommen innerhalb von 4 Stunden in { -brand-injixo } an. Wenn du diese Option aktivierst, aktualisiere dein Aktivitäten-Mapping.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = { -brand-odigo }-URL
setup-field-odigo-url-help = Deine { -brand-odigo }-URL mit der Tenant-ID im Pfad, z. B. https://example.odigo.cx/odigo-tenant-id.
setup-field-odigo-web-service-user = Webservice-Benutzer
setup-field-odigo-web-service-user-help = Der Benutzer des Webservice von { -brand-odigo }. Wende dich für Details und Hilfe an { -brand-odigo }.
setup-field-odigo-web-service-password = Webservice-Passwort
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Gib deine { -brand-odigo }-URL mit der Tenant-ID im Pfad ein, z. B. https://example.odigo.cx/odigo-tenant-id.
