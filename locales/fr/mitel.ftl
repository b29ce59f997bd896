## Mitel (vignette propre ; le modèle s’appelle MiVoice Business dans le produit).

catalogue-vendor-mitel-description = Centre de contact sur site pour les appels, e-mails, chats et réseaux sociaux.
catalogue-model-mitel-description = Importe l’historique des appels, e-mails, chats et réseaux sociaux ainsi que les statuts des agents depuis la base de données de { -brand-mitel } via { -brand-cloud-link }.
setup-section-mitel-regional-settings = Paramètres régionaux
# Article : « fuseau horaire de l’ACD » ; produit : « Fuseau horaire de l'ACD ».
# L’article, avec la majuscule d’un libellé.
setup-field-mitel-acd-time-zone = Fuseau horaire de l’ACD
setup-field-mitel-acd-time-zone-help = Le fuseau horaire local du système qui exécute votre ACD { -brand-mitel } (UTC s’il est configuré en { "UTC±00:00" }).
setup-field-mitel-username-help = Un utilisateur de la base de données ayant accès en lecture à la base CCMData.
# Article : « Importer les statuts agents » (produit : « Importer les données de statut agent »).
setup-field-mitel-import-agent-status = Importer les statuts agents
setup-field-mitel-import-agent-status-help = Les statuts des agents doivent se trouver dans les tables tblConfig_Attributes_User_Employee, AgentTraceEventsStats et tblConfig_Agent. { -brand-injixo } les associe aux personnes grâce à leur nom d’utilisateur dans { -brand-mivoice-business }, à saisir comme identifiant externe de chaque personne.
