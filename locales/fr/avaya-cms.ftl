## Avaya CMS (vignette propre). Champs de l’article (chaîne de connexion, fuseau
## horaire, statuts agent détaillés, données en temps réel avec port), plus le
## « Regroupement des appels » du produit, qu’aucun article ne nomme ; la « Source de
## données » du produit tient dans la chaîne (DSN=…;). Décision : voir en/avaya-cms.ftl.

catalogue-vendor-avaya-cms-description = Call Management System des centres de contact { -brand-avaya }, sur vos propres serveurs.
catalogue-model-avaya-cms-description = Importe les appels et les statuts des agents depuis la base de données d’{ -brand-avaya-cms } via { -brand-cloud-link }, les statuts aussi en temps réel si vous le souhaitez.
setup-section-avaya-cms-configuration-help = { -brand-injixo } associe les statuts agent aux personnes grâce à leur nom d’utilisateur dans { -brand-avaya-cms }, à saisir comme identifiant externe de chaque personne. Si vous importez les données en temps réel, mettez l’intégration en pause avant de les mapper.
setup-field-avaya-cms-connection-string-help = La chaîne de connexion ODBC de la base de données du CMS. Il s’agit en général d’{ -brand-informix } : utilisez son pilote ODBC avec l’option { "DELIMIDENT=y;" }, par exemple { "DSN=AvayaCMS;DELIMIDENT=y;" } pour une source de données ODBC de ce nom. Pour une autre base de données, utilisez la chaîne de son pilote ODBC.
# L’article écrit « le Fuseau horaire de votre base de données » (avec la majuscule
# d’un libellé) ; le produit n’a que « Fuseau horaire de la base de données » du
# modèle Database. L’article l’emporte, comme pour Cisco ICM.
setup-field-avaya-cms-database-time-zone = Fuseau horaire de votre base de données
setup-field-avaya-cms-database-time-zone-help = Le fuseau horaire de la base de données du CMS.
setup-field-avaya-cms-call-grouping = Regroupement des appels
setup-field-avaya-cms-call-grouping-help = La manière de regrouper les appels en files d’attente : par VDN ou par split.
setup-option-avaya-cms-grouping-vdn = Basé sur VDN
# Le produit écrit « Basé sur les compétences », qui ne traduit pas « Split-based ».
setup-option-avaya-cms-grouping-split = Basé sur les splits
setup-field-avaya-cms-detailed-agent-statuses = Importer les statuts agent détaillés
setup-field-avaya-cms-detailed-agent-statuses-help = Ajoute les skills (profil agent) et les splits (routage des appels) aux statuts agent importés.
setup-field-avaya-cms-import-realtime-data = Importer les données en temps réel
setup-field-avaya-cms-import-realtime-data-help = Transmet les statuts agent en temps réel : le service { -brand-avaya } Generic RTA, sous licence et configuré dans { -brand-avaya }, se connecte à { -brand-cloud-link } sur le port ci-dessous.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } écoute sur ce port TCP pour le service { -brand-avaya } Generic RTA : autorisez les connexions entrantes vers ce port sur le serveur où tourne { -brand-cloud-link }.
