## Genesys Engage (vignette Genesys). L’article nomme la section et la case ; les
## champs n’y figurent que dans le texte : leurs libellés sont ceux du produit.

catalogue-model-genesys-engage-description = Importe l’historique des appels et les statuts des agents depuis les bases de données de { -brand-genesys-engage } via { -brand-cloud-link }.
setup-section-genesys-engage-database-credentials = Identifiants de la base de données
# Le produit écrit « Base de données », ce qui perd le sens d’« adaptateur » : libellé précisé.
setup-field-genesys-engage-database-adapter = Adaptateur de base de données
setup-field-genesys-engage-database-adapter-help = La base de données utilisée par votre ACD.
setup-field-genesys-engage-username-help = Un utilisateur de la base de données ayant accès en lecture aux bases de données de l’ACD.
setup-field-genesys-engage-etl-database = Base de données ETL
setup-field-genesys-engage-etl-database-help = Le nom de la base de données ETL, qui contient des tables comme qinfo et status.
setup-field-genesys-engage-configuration-database = Base de données de configuration
setup-field-genesys-engage-configuration-database-help = Le nom de la base de données de configuration, qui contient des tables comme cfg_dn et cfg_person.
# Article : « Importer les données agents » ; produit : « Importer les données de
# statut agent ». L’article l’emporte.
setup-field-genesys-engage-import-agent-status = Importer les données agents
setup-field-genesys-engage-import-agent-status-help = Importe aussi les connexions, déconnexions et changements d’activité des agents. { -brand-injixo } les associe aux personnes grâce à leur nom d’utilisateur dans { -brand-pureengage }, à saisir comme identifiant externe de chaque personne.
