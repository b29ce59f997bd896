## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = Dati di { $product } in { -brand-injixo }
help-freshchat-contacts-title = Contatti
help-freshchat-contacts-text = In { -brand-freshchat }, una chat di solito comprende più conversazioni tra il tuo team e un cliente. { -brand-injixo } conta ogni chat risolta come un solo contatto, a prescindere da quante conversazioni contenga.
help-freshchat-contacts-example = Esempio: un cliente avvia una chat sul tuo sito web. Un membro del team risponde, ma risolve il problema solo il giorno dopo, perché servivano altre informazioni. { -brand-injixo } lo conta come un solo contatto.
help-freshchat-queues-title = Nomi delle code di origine
help-freshchat-queues-text = { -brand-injixo } dà a ogni coda di origine il nome del gruppo { -brand-freshchat } della chat («nome del gruppo»), per esempio Customer Support.
help-freshchat-deleted-title = Chat eliminate e chat spam
help-freshchat-deleted-text = Una chat può essere eliminata o contrassegnata come spam quando viene aggiornata. In quel caso l’integrazione non può risalire al suo gruppo, quindi queste chat vengono contate nella coda di origine Undefined_Queue. Di solito puoi escludere questa coda quando pianifichi il carico di lavoro del tuo team.
help-freshchat-faq-question = Non arrivano nuovi dati di { -brand-freshchat }, ma lo stato è ancora Operativo. Che cosa posso fare?
help-freshchat-faq-answer = L’app { -brand-injixo } riceve i tuoi dati di { -brand-freshchat } e li invia a { -brand-injixo }; { -brand-injixo } non può accorgersi se questa comunicazione non va a buon fine. Verifica che la chiave API di { -brand-injixo } nell’app sia ancora valida. Se non lo è, rigenera la chiave in questa pagina e incolla quella nuova nell’app. Se la chiave è valida, contatta l’assistenza di { -brand-injixo }.

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Ticket e conversazioni
help-freshdesk-conversations-intro = { -brand-injixo } importa da { -brand-freshdesk } tutti i dati sui ticket. Un ticket di solito comprende più conversazioni tra il tuo team e un cliente.
help-freshdesk-conversations-text = { -brand-injixo } raggruppa le conversazioni in base al loro canale { -brand-freshdesk } (Source). Una conversazione è un nuovo ticket o una risposta a un ticket, e ogni conversazione di un ticket conta come un contatto in entrata. Per questo { -brand-injixo } di solito mostra più contatti in entrata dei ticket contati da { -brand-freshdesk }.
help-freshdesk-conversations-example = Esempio: un cliente apre un ticket via email, un membro del team risponde e lo chiude. Due giorni dopo un’altra email riapre il ticket, il che crea una nuova conversazione.
help-freshdesk-conversations-aht = { -brand-injixo } non può importare da { -brand-freshdesk } la durata dei ticket, quindi { -brand-injixo } Forecast non mostra il grafico AHT per i workload con code { -brand-freshdesk }.
help-freshdesk-sources-title = Eventi da origini diverse
help-freshdesk-sources-text = Le risposte di un ticket possono essere contate in code { -brand-injixo } diverse, con il canale Casi. Una risposta via email conta nella coda che corrisponde al gruppo { -brand-freshdesk } e al nome dell’origine del ticket; una chat nello stesso ticket conta in una coda separata.
help-freshdesk-queues-title = Convenzione sul nome delle code di origine
help-freshdesk-queues-text = Il nome delle code di origine dipende dalla fase dell’importazione. Durante l’importazione iniziale, le code si chiamano «nome del gruppo + nome dell’origine + Tickets» e «nome del gruppo + nome dell’origine + Replies», per esempio CustomerService chat Tickets, CustomerService email Replies o Unknown group/source Tickets.
help-freshdesk-queues-replies = Un nuovo ticket crea una coda Tickets. La risposta a un ticket crea una coda Replies, che registra anche le risposte successive. Per vedere tutto di un ticket, guarda entrambe le code.
help-freshdesk-deleted-title = Ticket eliminati e ticket spam
help-freshdesk-deleted-text = Quando cambia un ticket già eliminato o contrassegnato come spam, non è possibile determinarne il gruppo e l’origine. Il ticket viene allora contato nella coda di origine Unknown group/source Tickets o Unknown group/source Replies. Di solito puoi escludere queste code quando pianifichi il carico di lavoro del tuo team.
help-freshdesk-faq-question = Non arrivano nuovi dati di { -brand-freshdesk }, ma lo stato è ancora Operativo. Che cosa posso fare?
help-freshdesk-faq-answer = L’app { -brand-injixo } riceve i tuoi dati di { -brand-freshdesk } e li invia a { -brand-injixo }; l’integrazione non può accorgersi se questa comunicazione non va a buon fine. Verifica che la chiave API di { -brand-injixo } nell’app sia ancora valida. Se non lo è, rigenera la chiave in questa pagina e incolla quella nuova nell’app. Se la chiave è valida, contatta l’assistenza di { -brand-injixo }.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Nomi delle code in base alla strategia di raggruppamento
help-freshdesk-contact-center-queues-phone-number = Numero di telefono: ogni coda prende il nome del numero di telefono, per esempio +49123456789.
help-freshdesk-contact-center-queues-routing = Instradamento (team/agente): ogni coda prende il nome del team, per esempio Tech Support Team, oppure dell’agente se non è assegnato a un team, per esempio Agent 1.
help-freshdesk-contact-center-queues-undefined = Le chiamate senza gruppo in { -brand-freshdesk } Contact Center vengono contate nella coda Undefined_Queue.
help-freshdesk-contact-center-faq-question = Non arrivano nuovi dati di { -brand-freshdesk } Contact Center, ma lo stato è ancora Operativo. Che cosa posso fare?
help-freshdesk-contact-center-faq-answer = L’app { -brand-injixo } riceve i tuoi dati di { -brand-freshdesk } Contact Center e li invia a { -brand-injixo }; l’integrazione non può accorgersi se questa comunicazione non va a buon fine. Verifica che la chiave API di { -brand-injixo } nell’app sia ancora valida. Se non lo è, rigenera la chiave in questa pagina e incolla quella nuova nell’app. Se la chiave è valida, contatta l’assistenza di { -brand-injixo }.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Ticket e interazioni
help-zendesk-tickets-text = In { -brand-zendesk }, un ticket di solito comprende più interazioni tra il tuo team e un cliente, su canali diversi. { -brand-injixo } conta ogni interazione come un compito per il tuo team: un nuovo ticket o una modifica a un ticket esistente.
help-zendesk-tickets-example = Esempio: un cliente apre un ticket via email, un membro del team risponde e lo chiude. Due giorni dopo il cliente risponde a quell’email e il ticket si riapre. { -brand-injixo } conta due email per questo unico ticket.
help-zendesk-views-title = Viste
help-zendesk-views-text = { -brand-injixo } crea le code di origine dalle tue viste { -brand-zendesk }: dopo l’importazione iniziale c’è una coda di origine per ogni vista supportata. Se una vista contiene eventi di più canali, come chat ed email, questi compaiono in canali separati in { -brand-injixo }.
help-zendesk-views-new = Le viste che aggiungi in { -brand-zendesk } dopo aver salvato l’integrazione ricevono automaticamente le proprie code di origine, con il relativo storico.
help-zendesk-unsupported-title = Viste non supportate
help-zendesk-unsupported-text = { -brand-injixo } non crea code di origine per le viste che usano uno di questi campi o operatori (tra parentesi, i nomi nell’API di { -brand-zendesk }):
help-zendesk-unsupported-list = Orari di attività (is_business_hours, less_than_business_hours, greater_than_business_hours); campi relativi agli SLA (until_sla_next_breach_at, sla_next_breach_at); Canale (via_id); Qualifiche (skills_match); condizioni con valori specifici per l’utente (assignee_id, via_id, updated_at, ticket_is_public); gli operatori changed, value, value_previous, not_changed, not_value e not_value_previous.
help-zendesk-unsupported-check = Per sapere se una vista è supportata, potrebbe essere necessario leggerne la configurazione grezza tramite l’API di { -brand-zendesk }.
help-zendesk-channels-title = Mappatura dei canali tra { -brand-zendesk } e { -brand-injixo }
help-zendesk-channels-text = Una modifica a un ticket { -brand-zendesk } può essere contata in più canali { -brand-injixo }: un ticket creato via email compare in una coda email e, se poi entra in una vista chat, conta anche in una coda chat. I canali { -brand-zendesk } (a sinistra) vengono contati in questi canali { -brand-injixo } (a destra):
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Nomi delle code per { -brand-zendesk } Support
help-zendesk-support-queues-text = Le code di origine di { -brand-zendesk } Support si chiamano «nome della vista + (canale { -brand-injixo })», per esempio Support Tickets (chat).
help-zendesk-talk-queues-title = Nomi delle code per { -brand-zendesk } Talk
help-zendesk-talk-queues-text = Le code di origine di { -brand-zendesk } Talk si chiamano «Calls Inbound For» seguito dal valore usato dalla strategia di raggruppamento, per esempio Calls Inbound For +49123456789 (Numero di telefono) o Calls Inbound For Senior Agents (IVR). Le chiamate senza questo valore vengono contate in Calls Inbound Ungrouped.
help-zendesk-talk-queues-calls = Vengono importate solo le chiamate in entrata, non quelle in uscita. Il tempo medio di gestione (AHT) è disponibile solo per { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = Che cosa succede in caso di stati degli agenti paralleli?
help-five9-parallel-text = A volte { -brand-five9 } riporta più stati di un agente per lo stesso periodo. Perché uno stato non sovrascriva l’altro, l’integrazione sposta l’inizio dello stato più lungo alla fine di quello più breve.
help-five9-parallel-example = Esempio: { -brand-five9 } riporta Disponibile dalle 13:00:00 alle 13:00:05 ed Entrante dalle 13:00:00 alle 13:03:00. L’integrazione fa quindi iniziare Entrante alle 13:00:05.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = L’integrazione importa le chiamate abbandonate, la velocità media di risposta e le chiamate con risposta entro il livello di servizio. Perché le Dashboard non possono mostrare questi dati?
help-genesys-cloud-faq-answer = Le Dashboard mostrano questi valori per un workload in Forecast le cui code provengono tutte dalla tua integrazione { -brand-genesys-cloud }. Se il workload contiene anche code di altre integrazioni, non possono essere mostrati.
