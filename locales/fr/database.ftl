## Database (vignette Universal Interfaces). Libellés de l’article
## (add-database-integration, décembre 2023) ; les champs qu’il ne nomme que dans le
## texte prennent le libellé du produit. La section des identifiants est
## setup-section-credentials.

catalogue-model-database-description = Lit des contacts, des intervalles ou des statuts agents dans votre propre base de données avec une requête SQL, via { -brand-cloud-link }.
setup-field-database-type = Type de base de données
setup-option-database-mysql = { -brand-mysql }
setup-option-database-odbc = Autre (ODBC)
setup-field-database-name = Nom de la base de données
setup-field-database-username = Nom d’utilisateur
setup-field-database-mssql-port-help = Pour une instance nommée (named instance), laissez le port vide et ouvrez plutôt le port UDP 1434 dans votre pare-feu, afin que le service { -brand-sql-server } Browser puisse indiquer le port à { -brand-cloud-link }.
setup-field-database-connection-string-help = La chaîne de connexion pour votre type de base de données et votre pilote ODBC (connectionstrings.com en recense beaucoup), ou { "DSN=myODBCDatasourceName;" } pour une source de données ODBC. Les requêtes délimitent les identifiants SQL par des guillemets doubles : si votre pilote ne le fait pas par défaut, ajoutez son option, comme { "DELIMIDENT=y;" } pour { -brand-informix }.
setup-field-database-import-data-type = Type de données à importer
setup-field-database-import-data-type-help = Un type par intégration : pour importer un autre type, ajoutez une autre intégration.
setup-option-database-contact-based = Par contact
setup-option-database-interval-based = Par intervalle
# Article : « Statuts agents » ; produit : « Statut agent ». L’article l’emporte.
setup-option-database-agent-status = Statuts agents
# Article : « durée d’intervalle » dans le texte ; avec la majuscule d’un libellé.
setup-field-database-interval-length = Durée d’intervalle
setup-field-database-interval-length-help = La durée des intervalles dans lesquels votre requête additionne les contacts.
setup-option-database-interval-15 = 15 minutes
setup-option-database-interval-30 = 30 minutes
setup-field-database-import-realtime-data = Importer les données en temps réel
setup-field-database-import-realtime-data-help = Importe les statuts agents toutes les 10 secondes au lieu de toutes les 15 minutes. Uniquement dans { -brand-injixo } Advanced WFM et Enterprise WFM.
setup-field-database-data-reconciliation = Rapprochement des données
setup-field-database-data-reconciliation-help = Recommandé. Toutes les 15 minutes, { -brand-injixo } réimporte les statuts agents des dernières 24 heures, afin que les corrections faites dans votre base de données (un oubli de pointage, par exemple) arrivent aussi. Sans rapprochement, seules les données depuis le dernier import sont lues : la base de données est moins sollicitée, mais les corrections plus anciennes doivent alors être faites à la main dans { -brand-injixo }.
setup-field-database-time-zone = Fuseau horaire de la base de données
setup-field-database-time-zone-help = Le fuseau horaire des heures de votre base de données.
# Article : « requête SQL » dans le texte ; avec la majuscule, comme le produit.
setup-field-database-sql-query = Requête SQL
setup-field-database-sql-query-help = S’exécute toutes les 15 minutes. Elle doit renvoyer les colonnes indiquées pour votre type de données, sous ces noms : utilisez des alias ou une vue si les vôtres diffèrent. La table est à votre choix.

## Colonnes du résultat de la requête : ce que chacune contient. Les noms de colonnes
## restent en anglais (l’article français les traduit : reçus, durée, activité…, ce
## ne sont pas les vrais noms). Par contact suit l’article anglais actuel : l’article
## français, plus ancien, exige aussi offered et rend duration obligatoire.

setup-column-database-queueidentifier = Identifiant unique de la file d’attente. Il ne change pas si vous renommez la file d’attente avec queuename.
setup-column-database-queuename = Nom de la file d’attente.
setup-column-database-timestamp = Début de l’intervalle.
setup-column-database-offered = Nombre de contacts dans l’intervalle (appels ou e-mails, par exemple).
setup-column-database-interval-answered = Nombre de contacts traités dans l’intervalle.
setup-column-database-handlingtime = Durée de traitement totale de tous les contacts de l’intervalle.
setup-column-database-contact-answered = 1 si le contact a été traité, 0 sinon.
setup-column-database-duration = Durée de traitement de ce contact.
setup-column-database-channel = Canal de la file d’attente source dans { -brand-injixo } : calls, chats, emails, social_media, documents ou cases. Vide signifie calls.
setup-column-database-agentidentifier = Identifiant unique de l’agent : l’identifiant externe de la personne dans { -brand-injixo }.
setup-column-database-starttime = Début de l’activité du statut agent.
setup-column-database-endtime = Fin de l’activité. Laissez-la vide tant que l’activité est en cours.
setup-column-database-activity = Identifiant de l’activité externe.
