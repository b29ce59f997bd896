## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = Données { $product } dans { -brand-injixo }
help-freshchat-contacts-title = Contacts
help-freshchat-contacts-text = Dans { -brand-freshchat }, un chat regroupe généralement plusieurs conversations entre votre équipe et un client. { -brand-injixo } compte chaque chat résolu comme un seul contact, quel que soit le nombre de conversations qu’il contient.
help-freshchat-contacts-example = Exemple : un client lance un chat sur votre site web. Un membre de votre équipe répond, mais ne résout le problème que le lendemain, car il manquait des informations. { -brand-injixo } compte cet échange comme un seul contact.
help-freshchat-queues-title = Noms des files d’attente source
help-freshchat-queues-text = { -brand-injixo } nomme chaque file d’attente source d’après le groupe { -brand-freshchat } du chat (« nom de groupe »), par exemple Customer Support.
help-freshchat-deleted-title = Chats supprimés et indésirables
help-freshchat-deleted-text = Un chat peut être supprimé ou marqué comme indésirable lors de sa mise à jour. L’intégration ne peut alors pas déterminer son groupe : ces chats sont donc comptés dans la file d’attente source Undefined_Queue. Vous pouvez généralement ignorer cette file d’attente lorsque vous planifiez la charge de travail de votre équipe.
help-freshchat-faq-question = Aucune nouvelle donnée { -brand-freshchat } n’arrive, mais le statut indique toujours Opérationnel. Que puis-je faire ?
help-freshchat-faq-answer = L’application { -brand-injixo } récupère vos données { -brand-freshchat } et les envoie à { -brand-injixo } ; { -brand-injixo } ne peut pas détecter un échec de cette communication. Vérifiez que la clé API { -brand-injixo } de l’application est toujours valide. Si ce n’est pas le cas, générez à nouveau la clé sur cette page et collez la nouvelle dans l’application. Si la clé est valide, contactez le support { -brand-injixo }.
