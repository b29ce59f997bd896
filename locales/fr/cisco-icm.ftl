## Cisco ICM (vignette propre). Tout est dans la section Configuration, comme dans
## l’article ; libellés tels que l’article les met en gras. « Fuseau horaire de votre
## base de données » : l’article (le produit n’a que « …de la base de données » du
## modèle Database).

catalogue-vendor-cisco-icm-description = Intelligent Contact Management des centres de contact { -brand-cisco }, sur vos propres serveurs.
catalogue-model-cisco-icm-description = Importe les données d’adhérence en temps réel depuis { -brand-cisco-icm } via une version spécifique de { -brand-cloud-link }.
setup-section-cisco-icm-configuration-help = { -brand-cisco-icm } nécessite sa propre version de { -brand-cloud-link } : téléchargez-la ci-dessus, même si vous utilisez déjà { -brand-cloud-link } pour une autre intégration. Les données deviennent visibles dès que chaque personne a son Skill Target ID de { -brand-unified-cce } comme identifiant externe.
setup-field-cisco-icm-connection-string-help = La chaîne de connexion de votre base de données { -brand-cisco }, par exemple { "DRIVER={MS SQL Server};Server=myServerAddress;Database=myDataBase;UserId=myUsername;Password=myPassword;" }.
setup-field-cisco-icm-database-time-zone = Fuseau horaire de votre base de données
setup-field-cisco-icm-database-time-zone-help = Le fuseau horaire de votre base de données { -brand-cisco }.
setup-field-cisco-icm-client-id = ID client
setup-field-cisco-icm-client-id-help = L’ID de votre client { -brand-cisco-icm }. Son mot de passe se saisit dans le champ ci-dessous.
setup-field-cisco-icm-peripheral-gateway-1 = Passerelle périphérique 1
setup-field-cisco-icm-peripheral-gateway-help = Adresses IP ou noms DNS avec leurs ports, séparés par des virgules, par exemple { "192.168.0.1:42027, 192.168.0.2:43027" }. La première est la passerelle périphérique du côté A, la seconde celle du côté B ; avec une seule adresse, { -brand-injixo } considère qu’il n’y a pas de côté B.
setup-field-cisco-icm-peripheral-gateway-2 = Passerelle périphérique 2
setup-field-cisco-icm-peripheral-gateway-2-help = Facultatif : votre seconde passerelle périphérique, au même format.
