## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Logiciel de centre de contact qui transmet les statuts des agents en temps réel.
catalogue-model-odigo-description = Reçoit en temps réel les statuts des agents de { -brand-odigo }, pour l’adhérence en temps réel, et importe les données sur les contacts de chaque jour.
setup-section-odigo-credentials = Identifiants
setup-field-odigo-tech-account = Compte tech
setup-field-odigo-tech-account-help = S’appelle pef-tech-account dans { -brand-odigo } : le compte de l’API d’authentification de { -brand-odigo }.
setup-field-odigo-tech-password = Mot de passe tech
setup-field-odigo-tech-password-help = S’appelle pef-tech-password dans { -brand-odigo }.
setup-section-odigo-contact-data = Données sur les contacts
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } importe les données sur les contacts de chaque jour à 3 h du matin. Contactez { -brand-odigo } si vous avez besoin de plus d’informations sur ces paramètres.
setup-field-odigo-api-domain = Domaine API
setup-field-odigo-api-domain-help = S’appelle pef-api-domain dans { -brand-odigo }.
setup-field-odigo-app-id = Identifiant de l’application
setup-field-odigo-app-id-help = S’appelle pef-app-id dans { -brand-odigo }.
setup-field-odigo-instance = Instance
setup-field-odigo-instance-help = S’appelle x-ws-instance dans { -brand-odigo }.
setup-field-odigo-user-name = Nom d’utilisateur
setup-field-odigo-user-name-help = S’appelle odigo-user-id dans { -brand-odigo }.
setup-field-odigo-statistics-table-id = ID de la table de statistiques
setup-field-odigo-statistics-table-id-help = S’appelle statistics_table_id dans { -brand-odigo }. Un nombre entier.
setup-field-odigo-ivr-time-zone = Fuseau horaire du SVI
setup-field-odigo-ivr-time-zone-help = Le fuseau horaire de votre SVI.
setup-field-odigo-detailed-breaks = Importer les statuts agent de pause détaillés
setup-field-odigo-detailed-breaks-help = { -brand-injixo } ajoute alors le type de pause aux statuts de pause, par exemple Pause (Pause déjeuner) au lieu de Pause. Les libellés de pause modifiés dans { -brand-odigo } arrivent dans { -brand-injixo } en 4 heures au plus. Si vous cochez cette case, mettez à jour le mapping des activités.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = URL { -brand-odigo }
setup-field-odigo-url-help = Votre URL { -brand-odigo } avec l’identifiant client dans son chemin, par exemple { "https://example.odigo.cx/odigo-tenant-id" }.
setup-field-odigo-web-service-user = Utilisateur du service web
setup-field-odigo-web-service-user-help = L’utilisateur du service web { -brand-odigo }. Contactez { -brand-odigo } pour plus de détails et d’aide.
setup-field-odigo-web-service-password = Mot de passe du service web
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Saisissez votre URL { -brand-odigo } avec l’identifiant client dans son chemin, par exemple { "https://example.odigo.cx/odigo-tenant-id" }.
