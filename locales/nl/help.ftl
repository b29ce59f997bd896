## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = { $product }-gegevens in { -brand-injixo }
help-freshchat-contacts-title = Contacten
help-freshchat-contacts-text = In { -brand-freshchat } bestaat een chat meestal uit meerdere gesprekken tussen je team en een klant. { -brand-injixo } telt elke afgesloten chat als één contact, hoeveel gesprekken die ook bevat.
help-freshchat-contacts-example = Voorbeeld: een klant begint een chat op je website. Een teamlid reageert, maar lost het probleem pas een dag later op, omdat er meer informatie nodig was. { -brand-injixo } telt dit als één contact.
help-freshchat-queues-title = Namen van bronqueues
help-freshchat-queues-text = { -brand-injixo } geeft elke bronqueue de naam van de { -brand-freshchat }-groep van de chat (“groepnaam”), bijvoorbeeld Customer Support.
help-freshchat-deleted-title = Verwijderde chats en spamchats
help-freshchat-deleted-text = Een chat kan worden verwijderd of als spam worden gemarkeerd wanneer hij wordt bijgewerkt. De integratie kan de groep dan niet bepalen, dus zulke chats worden geteld in de bronqueue Undefined_Queue. Bij het plannen van de workload van je team kun je die queue meestal buiten beschouwing laten.
help-freshchat-faq-question = Er komen geen nieuwe { -brand-freshchat }-gegevens meer binnen, maar de status is nog steeds Operationeel. Wat kan ik doen?
help-freshchat-faq-answer = De { -brand-injixo }-app haalt je { -brand-freshchat }-gegevens op en stuurt ze naar { -brand-injixo }; { -brand-injixo } kan niet zien wanneer die communicatie mislukt. Controleer of de { -brand-injixo } API-key in de app nog geldig is. Is dat niet zo, genereer de key dan opnieuw op deze pagina en plak de nieuwe key in de app. Is de key wel geldig, neem dan contact op met het supportteam van { -brand-injixo }.
