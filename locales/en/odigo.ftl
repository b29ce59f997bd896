## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Contact center software that reports agent statuses in real time.
catalogue-model-odigo-description = Receives agent statuses from { -brand-odigo } in real time, for real-time adherence, and imports the contact data of each day.
setup-section-odigo-credentials = Credentials
setup-field-odigo-tech-account = Tech account
setup-field-odigo-tech-account-help = Called pef-tech-account in { -brand-odigo }: the account for { -brand-odigo }’s authentication API.
setup-field-odigo-tech-password = Tech password
setup-field-odigo-tech-password-help = Called pef-tech-password in { -brand-odigo }.
setup-section-odigo-contact-data = Contact data
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } imports the contact data of each day at 3 AM. Contact { -brand-odigo } if you need more information on these settings.
setup-field-odigo-api-domain = API domain
setup-field-odigo-api-domain-help = Called pef-api-domain in { -brand-odigo }.
setup-field-odigo-app-id = App ID
setup-field-odigo-app-id-help = Called pef-app-id in { -brand-odigo }.
setup-field-odigo-instance = Instance
setup-field-odigo-instance-help = Called x-ws-instance in { -brand-odigo }.
setup-field-odigo-user-name = User name
setup-field-odigo-user-name-help = Called odigo-user-id in { -brand-odigo }.
setup-field-odigo-statistics-table-id = Statistics table ID
setup-field-odigo-statistics-table-id-help = Called statistics_table_id in { -brand-odigo }. A whole number.
setup-field-odigo-ivr-time-zone = IVR timezone
setup-field-odigo-ivr-time-zone-help = The time zone of your IVR.
setup-field-odigo-detailed-breaks = Import detailed break agent statuses
setup-field-odigo-detailed-breaks-help = { -brand-injixo } then adds the type of break to break statuses, e.g. Break (Lunch break) instead of Break. Break labels changed in { -brand-odigo } reach { -brand-injixo } within 4 hours. If you check this, update your activity mapping.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = { -brand-odigo } URL
setup-field-odigo-url-help = Your { -brand-odigo } URL with the tenant ID in its path, e.g. https://example.odigo.cx/odigo-tenant-id.
setup-field-odigo-web-service-user = Web service user
setup-field-odigo-web-service-user-help = The user of the { -brand-odigo } web service. Contact { -brand-odigo } for details and help.
setup-field-odigo-web-service-password = Web service password
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Enter your { -brand-odigo } URL with the tenant ID in its path, e.g. https://example.odigo.cx/odigo-tenant-id.
