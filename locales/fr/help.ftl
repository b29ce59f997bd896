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

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Tickets et conversations
help-freshdesk-conversations-intro = { -brand-injixo } importe toutes les données des tickets de { -brand-freshdesk }. Un ticket contient généralement plusieurs conversations entre votre équipe et un client.
help-freshdesk-conversations-text = { -brand-injixo } regroupe les conversations par canal { -brand-freshdesk } (Source). Une conversation est un nouveau ticket ou une réponse à un ticket, et chaque conversation d’un ticket compte comme un contact reçu. C’est pourquoi { -brand-injixo } affiche généralement plus de contacts reçus que { -brand-freshdesk } ne compte de tickets.
help-freshdesk-conversations-example = Exemple : un client ouvre un ticket par e-mail, un membre de l’équipe répond et le ferme. Deux jours plus tard, un autre e-mail rouvre le ticket, ce qui crée une nouvelle conversation.
help-freshdesk-conversations-aht = { -brand-injixo } ne peut pas importer la durée des tickets depuis { -brand-freshdesk } ; { -brand-injixo } Forecast n’affiche donc pas de graphique AHT pour les charges de travail avec des files d’attente { -brand-freshdesk }.
help-freshdesk-sources-title = Événements de différentes sources
help-freshdesk-sources-text = Les réponses d’un même ticket peuvent être comptées dans différentes files d’attente { -brand-injixo }, avec le canal Cas. Une réponse par e-mail compte dans la file d’attente correspondant au groupe { -brand-freshdesk } et au nom de la source du ticket ; un chat dans le même ticket compte dans une file d’attente distincte.
help-freshdesk-queues-title = Convention d’affectation des noms des files d’attente
help-freshdesk-queues-text = Le nom des files d’attente source dépend du stade de l’import. Pendant l’import initial, elles s’appellent « nom du groupe + nom de la source + Tickets » et « nom du groupe + nom de la source + Replies », par exemple CustomerService chat Tickets, CustomerService email Replies ou Unknown group/source Tickets.
help-freshdesk-queues-replies = Un nouveau ticket crée une file d’attente Tickets. Une réponse à un ticket crée une file d’attente Replies, qui enregistre aussi les réponses suivantes. Pour voir tout ce qui concerne un ticket, consultez les deux files d’attente.
help-freshdesk-deleted-title = Tickets supprimés et tickets indésirables
help-freshdesk-deleted-text = Lorsqu’un ticket déjà supprimé ou marqué comme indésirable est modifié, son groupe et sa source ne peuvent plus être déterminés. Il est alors compté dans la file d’attente source Unknown group/source Tickets ou Unknown group/source Replies. Vous pouvez généralement ignorer ces files d’attente lorsque vous planifiez la charge de travail de votre équipe.
help-freshdesk-faq-question = Aucune nouvelle donnée { -brand-freshdesk } n’arrive, mais le statut indique toujours Opérationnel. Que puis-je faire ?
help-freshdesk-faq-answer = L’application { -brand-injixo } récupère vos données { -brand-freshdesk } et les envoie à { -brand-injixo } ; l’intégration ne peut pas détecter un échec de cette communication. Vérifiez que la clé API { -brand-injixo } de l’application est toujours valide. Si ce n’est pas le cas, générez à nouveau la clé sur cette page et collez la nouvelle dans l’application. Si la clé est valide, contactez le support { -brand-injixo }.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Noms de files d’attente par stratégie de regroupement
help-freshdesk-contact-center-queues-phone-number = Numéro de téléphone : chaque file d’attente porte le nom du numéro de téléphone, par exemple +49123456789.
help-freshdesk-contact-center-queues-routing = Routing (team/agent) : chaque file d’attente porte le nom de l’équipe, par exemple Tech Support Team, ou celui de l’agent s’il n’est affecté à aucune équipe, par exemple Agent 1.
help-freshdesk-contact-center-queues-undefined = Les appels sans groupe dans { -brand-freshdesk } Contact Center sont comptés dans la file d’attente Undefined_Queue.
help-freshdesk-contact-center-faq-question = Aucune nouvelle donnée { -brand-freshdesk } Contact Center n’arrive, mais le statut indique toujours Opérationnel. Que puis-je faire ?
help-freshdesk-contact-center-faq-answer = L’application { -brand-injixo } récupère vos données { -brand-freshdesk } Contact Center et les envoie à { -brand-injixo } ; l’intégration ne peut pas détecter un échec de cette communication. Vérifiez que la clé API { -brand-injixo } de l’application est toujours valide. Si ce n’est pas le cas, générez à nouveau la clé sur cette page et collez la nouvelle dans l’application. Si la clé est valide, contactez le support { -brand-injixo }.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Tickets et événements de contact
help-zendesk-tickets-text = Dans { -brand-zendesk }, un ticket contient généralement plusieurs interactions entre votre équipe et un client, sur différents canaux. { -brand-injixo } compte chaque interaction comme une tâche pour votre équipe : un nouveau ticket ou la modification d’un ticket existant.
help-zendesk-tickets-example = Exemple : un client ouvre un ticket par e-mail, un membre de l’équipe répond et le ferme. Deux jours plus tard, le client répond à cet e-mail, ce qui rouvre le ticket. { -brand-injixo } compte deux e-mails pour ce seul ticket.
help-zendesk-views-title = Vues
help-zendesk-views-text = { -brand-injixo } crée les files d’attente source à partir de vos vues { -brand-zendesk } : après l’import initial, il existe une file d’attente source pour chaque vue prise en charge. Si une vue contient des événements de plusieurs canaux, par exemple chat et e-mail, ils apparaissent dans des canaux distincts dans { -brand-injixo }.
help-zendesk-views-new = Les vues que vous ajoutez dans { -brand-zendesk } après avoir sauvegardé l’intégration reçoivent automatiquement leurs propres files d’attente source, avec leur historique.
help-zendesk-unsupported-title = Vues non prises en charge
help-zendesk-unsupported-text = { -brand-injixo } ne crée pas de file d’attente source pour une vue qui utilise l’un de ces champs ou opérateurs (entre parenthèses, leur nom dans l’API { -brand-zendesk }) :
help-zendesk-unsupported-list = Horaires d’ouverture (is_business_hours, less_than_business_hours, greater_than_business_hours) ; champs liés aux SLA (until_sla_next_breach_at, sla_next_breach_at) ; Média (via_id) ; Compétences (skills_match) ; conditions avec des valeurs spécifiques à l’utilisateur (assignee_id, via_id, updated_at, ticket_is_public) ; les opérateurs changed, value, value_previous, not_changed, not_value et not_value_previous.
help-zendesk-unsupported-check = Pour savoir si une vue est prise en charge, il peut être nécessaire de consulter sa configuration brute via l’API { -brand-zendesk }.
help-zendesk-channels-title = Mapping des canaux { -brand-zendesk } dans { -brand-injixo }
help-zendesk-channels-text = Une modification d’un ticket { -brand-zendesk } peut être comptée dans plusieurs canaux { -brand-injixo } : un ticket créé par e-mail apparaît dans une file d’attente e-mail et, s’il entre ensuite dans une vue chat, il est aussi compté dans une file d’attente chat. Les canaux { -brand-zendesk } (à gauche) sont comptés dans ces canaux { -brand-injixo } (à droite) :
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Noms des files d’attente pour { -brand-zendesk } Support
help-zendesk-support-queues-text = Les files d’attente source de { -brand-zendesk } Support s’appellent « nom de la vue + (canal { -brand-injixo }) », par exemple Support Tickets (chat).
help-zendesk-talk-queues-title = Noms des files d’attente pour { -brand-zendesk } Talk
help-zendesk-talk-queues-text = Les files d’attente source de { -brand-zendesk } Talk s’appellent « Calls Inbound For » suivi de la valeur utilisée par la stratégie de regroupement, par exemple Calls Inbound For +49123456789 (Numéro de téléphone) ou Calls Inbound For Senior Agents (SVI). Les appels sans cette valeur sont comptés dans Calls Inbound Ungrouped.
help-zendesk-talk-queues-calls = Seuls les appels entrants sont importés, pas les appels sortants. La durée moyenne de traitement (AHT) n’est disponible que pour { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = Que se passe-t-il en cas d’états agent parallèles ?
help-five9-parallel-text = { -brand-five9 } signale parfois plusieurs états d’un agent pour la même période. Pour qu’un état n’écrase pas l’autre, l’intégration déplace le début de l’état le plus long à la fin du plus court.
help-five9-parallel-example = Exemple : { -brand-five9 } signale Prêt de { "13:00:00" } à { "13:00:05" } et Entrant de { "13:00:00" } à { "13:03:00" }. L’intégration fait alors commencer Entrant à { "13:00:05" }.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = L’intégration importe les appels abandonnés, la vitesse moyenne de réponse et les appels répondus dans le niveau de service. Pourquoi les tableaux de bord ne peuvent-ils pas afficher ces données ?
help-genesys-cloud-faq-answer = Les tableaux de bord affichent ces valeurs pour une charge de travail dans Forecast dont toutes les files d’attente proviennent de votre intégration { -brand-genesys-cloud }. Dès que la charge de travail contient aussi des files d’attente d’autres intégrations, elles ne peuvent pas être affichées.
