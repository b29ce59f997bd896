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

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Tickets en gesprekken
help-freshdesk-conversations-intro = { -brand-injixo } importeert alle ticketgegevens uit { -brand-freshdesk }. Een ticket bevat meestal meerdere gesprekken tussen je team en een klant.
help-freshdesk-conversations-text = { -brand-injixo } groepeert de gesprekken op hun { -brand-freshdesk }-kanaal (source, oftewel bron). Een gesprek is een nieuw ticket of een antwoord op een ticket, en elk gesprek in een ticket telt als één aangeboden contact. Daarom toont { -brand-injixo } meestal meer aangeboden contacten dan { -brand-freshdesk } tickets telt.
help-freshdesk-conversations-example = Voorbeeld: een klant maakt per e-mail een ticket aan, een teamlid antwoordt en sluit het. Twee dagen later opent een nieuwe e-mail het ticket opnieuw; dat is een nieuw gesprek.
help-freshdesk-conversations-aht = { -brand-injixo } kan niet importeren hoelang tickets in { -brand-freshdesk } duurden. Daarom toont { -brand-injixo } Forecast geen AHT-grafiek voor workloads met { -brand-freshdesk }-queues.
help-freshdesk-sources-title = Gebeurtenissen van verschillende bronnen
help-freshdesk-sources-text = De antwoorden in één ticket kunnen in verschillende { -brand-injixo }-queues worden geteld, met het kanaal Cases. Een antwoord per e-mail telt in de queue die past bij de { -brand-freshdesk }-groep en de bronnaam van het ticket; een chat in hetzelfde ticket telt in een aparte queue.
help-freshdesk-queues-title = Naamgevingsconventie bronqueue
help-freshdesk-queues-text = Hoe de bronqueues heten, hangt af van de fase van de import. Tijdens de eerste import heten ze “groepnaam + bronnaam + Tickets” en “groepnaam + bronnaam + Replies”, bijvoorbeeld CustomerService chat Tickets, CustomerService email Replies of Unknown group/source Tickets.
help-freshdesk-queues-replies = Een nieuw ticket maakt een Tickets-queue aan. Een antwoord op een ticket maakt een Replies-queue aan, die ook alle volgende antwoorden vastlegt. Bekijk beide queues om alles over een ticket te zien.
help-freshdesk-deleted-title = Verwijderde tickets en spamtickets
help-freshdesk-deleted-text = Als een ticket verandert dat al is verwijderd of als spam is gemarkeerd, kunnen groep en bron niet meer worden bepaald. Het telt dan in de bronqueue Unknown group/source Tickets of Unknown group/source Replies. Bij het plannen van de workload van je team kun je die queues meestal buiten beschouwing laten.
help-freshdesk-faq-question = Er komen geen nieuwe { -brand-freshdesk }-gegevens meer binnen, maar de status is nog steeds Operationeel. Wat kan ik doen?
help-freshdesk-faq-answer = De { -brand-injixo }-app haalt je { -brand-freshdesk }-gegevens op en stuurt ze naar { -brand-injixo }; de integratie kan niet zien wanneer die communicatie mislukt. Controleer of de { -brand-injixo } API-key in de app nog geldig is. Is dat niet zo, genereer de key dan opnieuw op deze pagina en plak de nieuwe key in de app. Is de key wel geldig, neem dan contact op met het supportteam van { -brand-injixo }.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Queuenamen op basis van groeperingskeuze
help-freshdesk-contact-center-queues-phone-number = Telefoonnummer: elke queue krijgt de naam van het telefoonnummer, bijvoorbeeld +49123456789.
help-freshdesk-contact-center-queues-routing = Routering (team/agent): elke queue krijgt de naam van het team, bijvoorbeeld Tech Support Team, of van de agent als er geen team is toegewezen, bijvoorbeeld Agent 1.
help-freshdesk-contact-center-queues-undefined = Oproepen zonder groep in { -brand-freshdesk } Contact Center worden geteld in de queue Undefined_Queue.
help-freshdesk-contact-center-faq-question = Er komen geen nieuwe { -brand-freshdesk } Contact Center-gegevens meer binnen, maar de status is nog steeds Operationeel. Wat kan ik doen?
help-freshdesk-contact-center-faq-answer = De { -brand-injixo }-app haalt je { -brand-freshdesk } Contact Center-gegevens op en stuurt ze naar { -brand-injixo }; de integratie kan niet zien wanneer die communicatie mislukt. Controleer of de { -brand-injixo } API-key in de app nog geldig is. Is dat niet zo, genereer de key dan opnieuw op deze pagina en plak de nieuwe key in de app. Is de key wel geldig, neem dan contact op met het supportteam van { -brand-injixo }.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Tickets vs. contactgebeurtenissen
help-zendesk-tickets-text = In { -brand-zendesk } bevat een ticket meestal meerdere interacties tussen je team en een klant, via verschillende kanalen. { -brand-injixo } telt elke interactie als één taak voor je team: een nieuw ticket of een wijziging aan een bestaand ticket.
help-zendesk-tickets-example = Voorbeeld: een klant maakt per e-mail een ticket aan, een teamlid antwoordt en sluit het. Twee dagen later antwoordt de klant op die e-mail, waardoor het ticket weer opengaat. { -brand-injixo } telt voor dit ene ticket twee e-mails.
help-zendesk-views-title = Weergaven
help-zendesk-views-text = { -brand-injixo } maakt de bronqueues op basis van je { -brand-zendesk }-weergaven: na de eerste import is er een bronqueue voor elke ondersteunde weergave. Bevat een weergave gebeurtenissen uit meerdere kanalen, zoals chat en e-mail, dan verschijnen die in { -brand-injixo } in aparte kanalen.
help-zendesk-views-new = Weergaven die je na het opslaan van de integratie in { -brand-zendesk } toevoegt, krijgen automatisch eigen bronqueues, met hun geschiedenis.
help-zendesk-unsupported-title = Niet-ondersteunde weergaven
help-zendesk-unsupported-text = Voor een weergave die een van deze velden of operatoren gebruikt, maakt { -brand-injixo } geen bronqueue aan (tussen haakjes de namen in de { -brand-zendesk }-API):
help-zendesk-unsupported-list = Kantooruren (is_business_hours, less_than_business_hours, greater_than_business_hours); velden voor SLA’s (until_sla_next_breach_at, sla_next_breach_at); Kanaal (via_id); Kwalificaties (skills_match); voorwaarden met gebruikerspecifieke waarden (assignee_id, via_id, updated_at, ticket_is_public); de operatoren changed, value, value_previous, not_changed, not_value en not_value_previous.
help-zendesk-unsupported-check = Of een weergave wordt ondersteund, zie je soms pas aan de ruwe configuratie ervan, die je via de { -brand-zendesk }-API kunt opvragen.
help-zendesk-channels-title = Kanaaltoewijzing tussen { -brand-zendesk } en { -brand-injixo }
help-zendesk-channels-text = Een wijziging aan een { -brand-zendesk }-ticket kan in meerdere { -brand-injixo }-kanalen tellen: een ticket dat per e-mail is aangemaakt, verschijnt in een e-mailqueue, en komt het daarna in een chatweergave terecht, dan telt het ook in een chatqueue. De { -brand-zendesk }-kanalen (links) tellen in deze { -brand-injixo }-kanalen (rechts):
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Queuenamen voor { -brand-zendesk } Support
help-zendesk-support-queues-text = De bronqueues van { -brand-zendesk } Support heten “naam van de weergave + ({ -brand-injixo }-kanaal)”, bijvoorbeeld Support Tickets (chat).
help-zendesk-talk-queues-title = Queuenamen voor { -brand-zendesk } Talk
help-zendesk-talk-queues-text = De bronqueues van { -brand-zendesk } Talk heten “Calls Inbound For”, gevolgd door de waarde die de groeperingskeuze gebruikt, bijvoorbeeld Calls Inbound For +49123456789 (telefoonnummer) of Calls Inbound For Senior Agents (IVR). Oproepen zonder die waarde tellen in Calls Inbound Ungrouped.
help-zendesk-talk-queues-calls = Alleen binnenkomende oproepen worden geïmporteerd, geen uitgaande. De gemiddelde afhandeltijd (AHT) is alleen beschikbaar voor { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = Wat gebeurt er bij parallelle agentstatussen?
help-five9-parallel-text = { -brand-five9 } meldt soms meerdere statussen van één agent voor dezelfde periode. Om te voorkomen dat de ene status de andere overschrijft, verschuift de integratie het begin van de langere status naar het einde van de kortere.
help-five9-parallel-example = Voorbeeld: { -brand-five9 } meldt Ready van 13:00:00 tot 13:00:05 en Inbound van 13:00:00 tot 13:03:00. De integratie laat Inbound dan om 13:00:05 beginnen.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = De integratie importeert afgebroken oproepen, de gemiddelde wachttijd tot beantwoording en de oproepen die binnen het serviceniveau zijn beantwoord. Waarom kunnen dashboards deze gegevens niet tonen?
help-genesys-cloud-faq-answer = Dashboards tonen deze cijfers voor een workload in Forecast waarvan alle queues uit je { -brand-genesys-cloud }-integratie komen. Zodra de workload ook queues van andere integraties bevat, kunnen ze niet worden getoond.
