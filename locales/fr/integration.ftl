## The page of one integration

integration-details-heading = Détails
integration-model-label = Modèle
integration-status-label = Statut
integration-created-label = Ajoutée le
integration-last-import-label = Dernier import
integration-last-import-never = Aucune donnée importée pour le moment
integration-secret-configured = Configuré
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configuré, se termine par …{ $last4 }
integration-value-yes = Oui
integration-value-no = Non

# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = Aucune nouvelle donnée depuis un moment
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = Aucune donnée { $product } n’a été reçue depuis plus de { $hours } heures, alors que le statut est Opérationnel. L’intégration ne peut pas détecter les erreurs entre l’application { -brand-injixo } et { -brand-injixo }. Vérifiez dans { $product } que la clé API { -brand-injixo } saisie dans les paramètres de l’application est toujours valide. Si ce n’est pas le cas, générez-la à nouveau ici et collez la nouvelle clé dans l’application ; sinon, contactez le support { -brand-injixo }.
hint-app-silent-action = Remplacer la clé API { -brand-injixo }
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = Aucune donnée reçue depuis { $hours } heures

## Install the injixo app (bottom of the integration page)

app-section-title = Installer l’application { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = L’intégration { $product } nécessite une application client : l’application { -brand-injixo } collecte vos données { $product } et les envoie à { -brand-injixo }. Pour se connecter, l’application utilise la clé API { -brand-injixo } que vous générez ici.
app-step-generate = Générez la clé API { -brand-injixo } ci-dessous et copiez-la.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Ouvrez l’application { -brand-injixo } dans le { -brand-freshworks } marketplace et installez-la dans votre compte { $product }.
app-step-paste = Lorsque l’application vous la demande, collez la clé API { -brand-injixo } et enregistrez les paramètres de l’application.
app-marketplace-link = { -brand-freshworks } marketplace
app-opens-new-tab = (s’ouvre dans un nouvel onglet)
app-key-label = clé API { -brand-injixo }
app-key-none = Aucune clé API { -brand-injixo } n’a encore été générée.
app-generate-button = Générer
app-generating = Génération…
app-key-once-warning = Copiez la clé maintenant. Pour votre sécurité, elle ne s’affiche qu’une seule fois : lorsque vous quittez cette page, seuls ses quatre derniers caractères restent visibles.
app-copy-button = Copier
app-copied = Copié
app-copied-status = La clé a été copiée dans le presse-papiers.
app-copy-failed = La copie n’a pas fonctionné. La clé est sélectionnée : appuyez sur Ctrl+C (⌘C sur Mac) pour la copier.
app-key-done-button = Terminé
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Créée le
app-key-last-used-label = Dernière utilisation
app-key-never-used = Pas encore utilisée
app-regenerate-button = Générer à nouveau
app-regenerate-title = Générer à nouveau la clé API { -brand-injixo } ?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = La clé actuelle cesse immédiatement de fonctionner. Tant que vous n’avez pas collé la nouvelle clé dans l’application { -brand-injixo } de { $product }, aucune nouvelle donnée { $product } n’arrive dans { -brand-injixo }.
app-regenerate-confirm = Générer une nouvelle clé
app-regenerate-cancel = Conserver la clé actuelle
app-leave-title = Quitter sans copier la clé ?
app-leave-body = La clé API { -brand-injixo } ne s’affiche qu’une seule fois. Sans copie, vous devrez en générer une nouvelle, et l’ancienne cessera de fonctionner.
app-leave-confirm = Quitter sans copier
app-close-confirm = Fermer sans copier
app-leave-cancel = Rester et copier la clé
