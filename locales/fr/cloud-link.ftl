## injixo Cloud Link (section des formulaires sur site, état de la connexion, erreurs).
## L’article français donne le champ et le bouton en anglais (« PIN shown during
## installation », « Connect ») : nous gardons les libellés français du produit
## (« PIN affiché pendant l’installation », « Connecter »), que l’admin retrouve
## sans peine. « Connecter une nouvelle installation à injixo Cloud Link » suit
## l’article.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } est un petit programme à installer sur un serveur de votre réseau, à côté de votre système. Il envoie les données à { -brand-injixo } uniquement par des connexions sortantes.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Facultatif : nécessaire uniquement si { -brand-cloud-link } doit envoyer les fichiers depuis un dossier de votre réseau. Si vous chargez les fichiers manuellement, vous pouvez ignorer cette étape.
cloud-link-os-label = Système d’exploitation du serveur
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Télécharger pour { $os } { $arch }
cloud-link-download-help = Téléchargez le programme d’installation correspondant à votre système d’exploitation et installez-le. L’installation affiche un code PIN : saisissez-le ci-dessous.
cloud-link-install-guide = Comment installer { -brand-cloud-link }
cloud-link-pin-label = PIN affiché pendant l’installation
cloud-link-pin-help = Six chiffres. Le code PIN expire au bout de 5 minutes : s’il a expiré, redémarrez { -brand-cloud-link } pour en obtenir un nouveau.
cloud-link-connect-button = Connecter
cloud-link-connecting = Connexion…
cloud-link-linked = Connexion réussie
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · version { $version }
cloud-link-new-installation = Connecter une nouvelle installation à { -brand-cloud-link }
cloud-link-keep-installation = Garder l’installation connectée
cloud-link-cancel-title = Voulez-vous vraiment quitter ?
cloud-link-cancel-body = Vous avez déjà établi une connexion avec votre { -brand-cloud-link }, qui sera perdue si vous quittez. Pour le connecter à une nouvelle intégration, redémarrez { -brand-cloud-link } afin d’obtenir un nouveau code PIN.
cloud-link-cancel-confirm = Oui, annuler
cloud-link-cancel-stay = Continuer la modification
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Serveur
cloud-link-version-label = Version
cloud-link-last-seen-label = Dernier contact
cloud-link-connection-label = Connexion
cloud-link-connected = Connecté
cloud-link-not-connected = Non connecté
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } donne signe de vie à { -brand-injixo } toutes les quelques secondes. Sans nouvelles pendant { $seconds } secondes, l’intégration affiche Problème détecté jusqu’à son retour.

error-cloud-link-not-connected = Votre { -brand-cloud-link } n’est pas connecté.
error-cloud-link-unreachable = Pas de connexion à { -brand-cloud-link }. Vérifiez qu’il fonctionne sur votre serveur, puis réessayez.
error-verification-failed = Impossible de vérifier votre intégration avec les données fournies. Vérifiez les champs ci-dessous.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Message de votre système : { $message }
error-pin-attempts-exceeded = Trop de codes PIN erronés. Patientez quelques minutes, puis réessayez avec le code PIN qu’affiche maintenant { -brand-cloud-link }.
error-sql = Votre base de données n’a pas accepté la requête.
error-query-timeout = La requête a duré plus longtemps que ne le permet { -brand-cloud-link } et a été arrêtée. Rendez-la plus rapide, par exemple en la limitant aux lignes récentes.
error-no-build = Ce téléchargement n’est pas disponible ici.
field-error-pin-invalid = Le code PIN est incorrect. Assurez-vous qu’il n’a pas expiré ; en cas de doute, redémarrez { -brand-cloud-link } pour générer un nouveau code PIN et réessayez.
field-error-pin-format = Saisissez les six chiffres du code PIN.
field-error-time-zone-mismatch = Le système sur lequel fonctionne { -brand-cloud-link } est dans un autre fuseau horaire. Choisissez le fuseau horaire de votre système.
