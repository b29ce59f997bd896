## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Contactcentersoftware die agentstatussen in realtime doorgeeft.
catalogue-model-odigo-description = Ontvangt agentstatussen uit { -brand-odigo } in realtime, voor realtime adherence, en importeert de contactgegevens van elke dag.
# Decision (issue 13): the model's own article wins for its labels: the Odigo article
# (and the product) say "Aanmeldgegevens", terminology.md's Freshworks row "Toegangsgegevens".
setup-section-odigo-credentials = Aanmeldgegevens
setup-field-odigo-tech-account = Tech-account
setup-field-odigo-tech-account-help = Heet in { -brand-odigo } pef-tech-account: het account voor de authenticatie-API van { -brand-odigo }.
setup-field-odigo-tech-password = Tech-wachtwoord
setup-field-odigo-tech-password-help = Heet in { -brand-odigo } pef-tech-password.
setup-section-odigo-contact-data = Contactgegevens
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } importeert de contactgegevens van elke dag om 3 uur ’s nachts. Neem contact op met { -brand-odigo } als je meer informatie over deze instellingen nodig hebt.
setup-field-odigo-api-domain = API-domein
setup-field-odigo-api-domain-help = Heet in { -brand-odigo } pef-api-domain.
setup-field-odigo-app-id = App-ID
setup-field-odigo-app-id-help = Heet in { -brand-odigo } pef-app-id.
setup-field-odigo-instance = Exemplaar
setup-field-odigo-instance-help = Heet in { -brand-odigo } x-ws-instance.
setup-field-odigo-user-name = Gebruikersnaam
setup-field-odigo-user-name-help = Heet in { -brand-odigo } odigo-user-id.
setup-field-odigo-statistics-table-id = ID van tabel met statistieken
setup-field-odigo-statistics-table-id-help = Heet in { -brand-odigo } statistics_table_id. Een geheel getal.
setup-field-odigo-ivr-time-zone = IVR-tijdzone
setup-field-odigo-ivr-time-zone-help = De tijdzone van je IVR.
setup-field-odigo-detailed-breaks = Agentstatus Pauze met details importeren
setup-field-odigo-detailed-breaks-help = { -brand-injixo } voegt dan het soort pauze toe aan pauzestatussen, bijvoorbeeld Pauze (Lunchpauze) in plaats van Pauze. In { -brand-odigo } gewijzigde pauzelabels komen binnen 4 uur in { -brand-injixo } aan. Vink je dit aan, werk dan je activiteitentoewijzing bij.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = { -brand-odigo }-URL
setup-field-odigo-url-help = Je { -brand-odigo }-URL met de tenant-ID in het pad, bijvoorbeeld https://voorbeeld.odigo.cx/odigo-tenant-id.
setup-field-odigo-web-service-user = Webservice-gebruikersnaam
setup-field-odigo-web-service-user-help = De gebruiker van de webservice van { -brand-odigo }. Neem voor details en hulp contact op met { -brand-odigo }.
setup-field-odigo-web-service-password = Webservice-wachtwoord
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Voer je { -brand-odigo }-URL in met de tenant-ID in het pad, bijvoorbeeld https://voorbeeld.odigo.cx/odigo-tenant-id.
