## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = { $product }-Daten in { -brand-injixo }
help-freshchat-contacts-title = Kontakte
help-freshchat-contacts-text = In { -brand-freshchat } umfasst ein Chat meist mehrere Unterhaltungen zwischen deinem Team und einem Kunden. { -brand-injixo } zählt jeden gelösten Chat als einen Kontakt – ganz gleich, wie viele Unterhaltungen er enthält.
help-freshchat-contacts-example = Beispiel: Ein Kunde startet auf deiner Website einen Chat. Jemand aus deinem Team antwortet, löst das Problem aber erst einen Tag später, weil noch Informationen fehlten. { -brand-injixo } zählt das als einen Kontakt.
help-freshchat-queues-title = Namen der Quell-Queues
help-freshchat-queues-text = { -brand-injixo } benennt jede Quell-Queue nach der { -brand-freshchat }-Gruppe des Chats („Gruppenname“), zum Beispiel Kundensupport.
help-freshchat-deleted-title = Gelöschte Chats und Spam-Chats
help-freshchat-deleted-text = Ein Chat kann gelöscht oder als Spam markiert werden, wenn er aktualisiert wird. Die Integration kann seine Gruppe dann nicht ermitteln, deshalb werden solche Chats in der Quell-Queue Undefined_Queue gezählt. Für die Personalplanung deines Teams kannst du diese Queue in der Regel außer Acht lassen.
help-freshchat-faq-question = Es kommen keine neuen { -brand-freshchat }-Daten mehr an, aber der Status ist immer noch Operational. Was kann ich tun?
help-freshchat-faq-answer = Die { -brand-injixo }-App holt deine { -brand-freshchat }-Daten ab und sendet sie an { -brand-injixo }; { -brand-injixo } kann nicht erkennen, wenn diese Kommunikation scheitert. Prüfe, ob der { -brand-injixo } API-Key in der App noch gültig ist. Falls nicht, generiere den API-Key auf dieser Seite erneut und füge den neuen in die App ein. Ist der API-Key gültig, wende dich an den { -brand-injixo }-Support.

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Tickets und Unterhaltungen
help-freshdesk-conversations-intro = { -brand-injixo } importiert alle Ticket-Daten aus { -brand-freshdesk }. Ein Ticket enthält meist mehrere Unterhaltungen zwischen deinem Team und einem Kunden.
help-freshdesk-conversations-text = { -brand-injixo } gruppiert die Unterhaltungen nach ihrem { -brand-freshdesk }-Kanal (Source). Eine Unterhaltung ist ein neues Ticket oder eine Antwort auf ein Ticket, und jede Unterhaltung eines Tickets zählt als ein eingehender Kontakt. Deshalb zeigt { -brand-injixo } meist mehr eingehende Kontakte, als { -brand-freshdesk } Tickets zählt.
help-freshdesk-conversations-example = Beispiel: Ein Kunde erstellt per E-Mail ein Ticket, jemand aus deinem Team antwortet und schließt es. Zwei Tage später öffnet eine weitere E-Mail das Ticket wieder – das ist eine neue Unterhaltung.
help-freshdesk-conversations-aht = { -brand-injixo } kann nicht importieren, wie lange Tickets in { -brand-freshdesk } gedauert haben. Deshalb zeigt { -brand-injixo } Forecast für Workloads mit { -brand-freshdesk }-Queues keinen AHT-Graphen.
help-freshdesk-sources-title = Ereignisse aus verschiedenen Kanälen
help-freshdesk-sources-text = Die Antworten in einem Ticket können in verschiedenen { -brand-injixo }-Queues gezählt werden, mit dem Kanal Cases. Eine Antwort per E-Mail zählt in der Queue, die zur { -brand-freshdesk }-Gruppe und zum Source-Namen des Tickets passt; ein Chat im selben Ticket zählt in einer eigenen Queue.
help-freshdesk-queues-title = Namenskonvention für Quell-Queues
help-freshdesk-queues-text = Wie die Quell-Queues heißen, hängt vom Stand des Imports ab. Beim ersten Import heißen sie „Gruppenname + Quellenname + Tickets“ und „Gruppenname + Quellenname + Replies“, zum Beispiel CustomerService chat Tickets, CustomerService email Replies oder Unknown group/source Tickets.
help-freshdesk-queues-replies = Ein neues Ticket erzeugt eine Tickets-Queue. Eine Antwort auf ein Ticket erzeugt eine Replies-Queue, die auch alle weiteren Antworten erfasst. Um alles über ein Ticket zu sehen, schau dir beide Queues an.
help-freshdesk-deleted-title = Gelöschte Tickets und Spam-Tickets
help-freshdesk-deleted-text = Ändert sich ein Ticket, das bereits gelöscht oder als Spam markiert wurde, lassen sich Gruppe und Quelle nicht mehr ermitteln. Es wird dann in der Quell-Queue Unknown group/source Tickets oder Unknown group/source Replies gezählt. Für die Personalplanung deines Teams kannst du diese Queues in der Regel außer Acht lassen.
help-freshdesk-faq-question = Es kommen keine neuen { -brand-freshdesk }-Daten mehr an, aber der Status ist immer noch Operational. Was kann ich tun?
help-freshdesk-faq-answer = Die { -brand-injixo }-App holt deine { -brand-freshdesk }-Daten ab und sendet sie an { -brand-injixo }; die Integration kann nicht erkennen, wenn diese Kommunikation scheitert. Prüfe, ob der { -brand-injixo } API-Key in der App noch gültig ist. Falls nicht, generiere den API-Key auf dieser Seite erneut und füge den neuen in die App ein. Ist der API-Key gültig, wende dich an den { -brand-injixo }-Support.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Queue-Namen nach Gruppierungsstrategie
help-freshdesk-contact-center-queues-phone-number = Telefonnummer: Jede Queue heißt wie die Telefonnummer, z. B. +49123456789.
help-freshdesk-contact-center-queues-routing = Routing (Team/Agent): Jede Queue heißt wie das Team, z. B. Tech Support Team, oder wie der Agent, wenn kein Team zugeordnet ist, z. B. Agent 1.
help-freshdesk-contact-center-queues-undefined = Anrufe ohne Gruppe in { -brand-freshdesk } Contact Center werden in der Queue Undefined_Queue gezählt.
help-freshdesk-contact-center-faq-question = Es kommen keine neuen { -brand-freshdesk } Contact Center-Daten mehr an, aber der Status ist immer noch Operational. Was kann ich tun?
help-freshdesk-contact-center-faq-answer = Die { -brand-injixo }-App holt deine { -brand-freshdesk } Contact Center-Daten ab und sendet sie an { -brand-injixo }; die Integration kann nicht erkennen, wenn diese Kommunikation scheitert. Prüfe, ob der { -brand-injixo } API-Key in der App noch gültig ist. Falls nicht, generiere den API-Key auf dieser Seite erneut und füge den neuen in die App ein. Ist der API-Key gültig, wende dich an den { -brand-injixo }-Support.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Tickets vs. Kontaktereignisse
help-zendesk-tickets-text = In { -brand-zendesk } enthält ein Ticket meist mehrere Interaktionen zwischen deinem Team und einem Kunden, über verschiedene Kanäle. { -brand-injixo } zählt jede Interaktion als eine Aufgabe für dein Team: ein neues Ticket oder eine Änderung an einem bestehenden.
help-zendesk-tickets-example = Beispiel: Ein Kunde erstellt per E-Mail ein Ticket, jemand aus deinem Team antwortet und schließt es. Zwei Tage später antwortet der Kunde auf diese E-Mail, wodurch das Ticket wieder geöffnet wird. { -brand-injixo } zählt für dieses eine Ticket zwei E-Mails.
help-zendesk-views-title = Views
help-zendesk-views-text = { -brand-injixo } bildet die Quell-Queues aus deinen { -brand-zendesk }-Views: Nach dem ersten Import gibt es für jede unterstützte View eine Quell-Queue. Enthält eine View Ereignisse aus mehreren Kanälen, etwa Chat und E-Mail, erscheinen diese in { -brand-injixo } in getrennten Kanälen.
help-zendesk-views-new = Views, die du nach dem Speichern der Integration in { -brand-zendesk } anlegst, bekommen automatisch eigene Quell-Queues samt ihrer Historie.
help-zendesk-unsupported-title = Nicht unterstützte Views
help-zendesk-unsupported-text = Für eine View, die eines dieser Felder oder einen dieser Operatoren verwendet, erstellt { -brand-injixo } keine Quell-Queue (in Klammern die Namen in der { -brand-zendesk }-API):
help-zendesk-unsupported-list = Business Hours (is_business_hours, less_than_business_hours, greater_than_business_hours); SLA-Felder (until_sla_next_breach_at, sla_next_breach_at); Channel (via_id); Skills (skills_match); Bedingungen mit benutzerspezifischen Werten (assignee_id, via_id, updated_at, ticket_is_public); die Operatoren changed, value, value_previous, not_changed, not_value und not_value_previous.
help-zendesk-unsupported-check = Ob eine View unterstützt wird, erkennst du unter Umständen erst an ihrer Rohkonfiguration, die du über die { -brand-zendesk }-API abfragen kannst.
help-zendesk-channels-title = Kanal-Mapping zwischen { -brand-zendesk } und { -brand-injixo }
help-zendesk-channels-text = Eine Änderung an einem { -brand-zendesk }-Ticket kann in mehreren { -brand-injixo }-Kanälen zählen: Ein per E-Mail erstelltes Ticket erscheint in einer E-Mail-Queue, und gelangt es danach in eine Chat-View, zählt es auch in einer Chat-Queue. Die { -brand-zendesk }-Kanäle (links) zählen in diesen { -brand-injixo }-Kanälen (rechts):
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Queue-Namen für { -brand-zendesk } Support
help-zendesk-support-queues-text = Die Quell-Queues von { -brand-zendesk } Support heißen „View-Name + ({ -brand-injixo }-Kanal)“, zum Beispiel Support Tickets (chat).
help-zendesk-talk-queues-title = Queue-Namen für { -brand-zendesk } Talk
help-zendesk-talk-queues-text = Die Quell-Queues von { -brand-zendesk } Talk heißen „Calls Inbound For“, gefolgt von dem Wert, den die Gruppierungsstrategie verwendet, zum Beispiel Calls Inbound For +49123456789 (Telefonnummer) oder Calls Inbound For Senior Agents (IVR). Anrufe ohne diesen Wert werden in Calls Inbound Ungrouped gezählt.
help-zendesk-talk-queues-calls = Importiert werden nur eingehende Anrufe, keine ausgehenden. Die durchschnittliche Bearbeitungszeit (AHT) gibt es nur für { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = Was passiert, wenn für einen Agenten mehrere Status gleichzeitig vorliegen?
help-five9-parallel-text = { -brand-five9 } meldet für einen Agenten manchmal mehrere Status im selben Zeitraum. Damit kein Status den anderen überschreibt, verschiebt die Integration den Beginn des längeren Status an das Ende des kürzeren.
help-five9-parallel-example = Beispiel: { -brand-five9 } meldet Ready von 13:00:00 bis 13:00:05 und Inbound von 13:00:00 bis 13:03:00. Die Integration lässt Inbound dann um 13:00:05 beginnen.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = Die Integration importiert abgebrochene Anrufe, die durchschnittliche Zeit bis zur Annahme und die im Servicelevel angenommenen Anrufe. Warum können Dashboards diese Daten nicht anzeigen?
help-genesys-cloud-faq-answer = Dashboards zeigen diese Werte für einen Workload in Forecast, dessen Queues alle aus deiner { -brand-genesys-cloud }-Integration stammen. Sobald der Workload auch Queues anderer Integrationen enthält, können sie nicht angezeigt werden.
