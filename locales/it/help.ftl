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
