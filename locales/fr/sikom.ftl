## Sikom (vignette propre). L’article nomme les sections et la case ; les champs n’y
## figurent que dans le texte : leurs libellés sont ceux du produit.

catalogue-vendor-sikom-description = Centre de contact sur site pour les appels.
catalogue-model-sikom-description = Importe l’historique des appels, les statuts des agents et les données d’adhérence en temps réel depuis la base de données de { -brand-sikom } via { -brand-cloud-link }.
setup-field-sikom-database-time-zone = Fuseau horaire de la base de données
setup-field-sikom-database-time-zone-help = Le fuseau horaire de votre base de données { -brand-sikom }.
setup-field-sikom-username-help = Un utilisateur de la base de données ayant accès en lecture à la base sk_acc_v5.
# Article : « Importer les données agents » ; produit : « Importer les données de
# statut agent ». L’article l’emporte.
setup-field-sikom-import-agent-status = Importer les données agents
setup-field-sikom-import-agent-status-help = Importe aussi les connexions, déconnexions et changements d’activité des agents. { -brand-injixo } les associe aux personnes grâce à leur nom d’utilisateur dans { -brand-sikom }, à saisir comme identifiant externe de chaque personne.
