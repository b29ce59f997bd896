## Modèles sur site : les libellés que plusieurs modèles partagent. Les textes propres
## à chaque modèle sont dans son fichier, les marques dans brands.ftl. Les libellés
## suivent les articles ; quand un article ne nomme un champ que dans le texte, celui
## du produit, avec l’apostrophe typographique (le produit écrit « Nom d'utilisateur »).

# Mitel et Sikom : « Identifiants de la base de données » (article et produit).
setup-section-on-premise-database-credentials = Identifiants de la base de données
setup-field-on-premise-host = Hôte
setup-field-on-premise-port = Port
setup-field-on-premise-username = Nom d’utilisateur
setup-field-on-premise-password = Mot de passe
# Les articles Avaya CMS et Cisco ICM écrivent « chaîne de connexion » dans le texte ;
# l’article Database et le produit : « Chaîne de connexion ».
setup-field-on-premise-connection-string = Chaîne de connexion
setup-option-on-premise-ms-sql-server = { -brand-ms-sql-server }
setup-option-on-premise-postgresql = { -brand-postgresql }
