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
