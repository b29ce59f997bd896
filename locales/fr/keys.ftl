## Générer un jeton d’URL injixo (Odigo). Section comme dans l’article Odigo,
## jeton et boîte de dialogue comme dans le produit (avec l’apostrophe ’).

url-token-section-title = Générer un jeton d’URL { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } envoie chaque changement de statut d’un agent à { -brand-injixo } en temps réel, à une adresse qui contient ce jeton. Générez-le ici et saisissez-le dans { $product }.
url-token-label = Jeton d’URL { -brand-injixo }
url-token-none = Une fois généré, le jeton d’URL { -brand-injixo } apparaîtra.
url-token-save-first = Pour générer le jeton d’URL { -brand-injixo }, sauvegardez d’abord l’intégration : la page de l’intégration sauvegardée le propose.
url-token-step-generate = Cliquez sur Générer ci-dessous et copiez le jeton d’URL { -brand-injixo }.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = Dans la section Administration de votre interface { $product }, l’envoi de notifications vers un serveur externe doit être activé. Pour cela, contactez { $product }.
url-token-step-paste = Collez le jeton d’URL { -brand-injixo } comme URL de notification et enregistrez les paramètres.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = L’intégration démarre une fois le serveur redémarré : contactez à nouveau { $product }. Les statuts des agents apparaissent dans { -brand-injixo } une fois que vous avez associé les identifiants utilisateur externes aux employés et les statuts aux activités.
url-token-once-warning = Copiez le jeton maintenant. Pour votre sécurité, il n’est affiché qu’une seule fois : si vous ne pouvez pas terminer la configuration tout de suite, conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe.
url-token-copied-status = Le jeton a été copié dans le presse-papiers.
url-token-copy-failed = La copie n’a pas fonctionné. Le jeton est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.
url-token-regenerate-title = Générer un nouveau jeton d’URL { -brand-injixo } ?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = Lorsque le nouveau jeton est généré, le jeton actuel est supprimé et cesse aussitôt de fonctionner. Remplacez-le par le nouveau dans { $product }.
url-token-regenerate-confirm = Générer un nouveau jeton d’URL
url-token-regenerate-cancel = Conserver le jeton actuel
url-token-leave-title = Quitter sans copier le jeton ?
url-token-leave-body = Le jeton d’URL { -brand-injixo } n’est affiché qu’une seule fois. Sans copie, vous devrez en générer un nouveau, et l’ancien cessera de fonctionner.
url-token-leave-cancel = Rester et copier le jeton

## Accès à l’API injixo

api-key-label = clé API { -brand-injixo }
api-regenerate-body = La clé actuelle cesse aussitôt de fonctionner. Tant que votre application n’utilise pas la nouvelle clé, ses requêtes sont refusées et aucune nouvelle donnée n’arrive dans { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = La valeur a été copiée dans le presse-papiers.
copy-value-copy-failed = La copie n’a pas fonctionné. La valeur est sélectionnée : appuyez sur Ctrl+C (⌘C sur Mac) pour la copier.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = Dans les paramètres de l’application, cochez Export real-time agent status data pour que { -brand-injixo } reçoive les statuts des agents pour l’adhérence en temps réel.
