## Genera token URL injixo (Odigo). Sezione come nell'articolo su Odigo, token e
## finestra di dialogo come nel prodotto.

url-token-section-title = Genera token URL { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } invia a { -brand-injixo } in tempo reale ogni cambiamento di stato degli agenti, a un indirizzo che contiene questo token. Generalo qui e inseriscilo in { $product }.
url-token-label = Token URL { -brand-injixo }
url-token-none = Il token URL { -brand-injixo } sarà visibile dopo essere stato generato.
url-token-save-first = Per generare il token URL { -brand-injixo }, devi prima salvare l’integrazione: lo trovi nella pagina dell’integrazione salvata.
url-token-step-generate = Fai clic su Generare qui sotto e copia il token URL { -brand-injixo }.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = Nella sezione Amministrazione dell’interfaccia di { $product } deve essere attivato l’invio di notifiche a un server esterno. Per farlo, contatta { $product }.
url-token-step-paste = Incolla il token URL { -brand-injixo } come URL di notifica e salva le impostazioni.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = L’integrazione parte dopo il riavvio del server: contatta di nuovo { $product }. Gli stati degli agenti compaiono in { -brand-injixo } dopo che hai associato gli identificativi utente esterni ai dipendenti e gli stati alle attività.
url-token-once-warning = Copia il token adesso. Per la tua sicurezza viene mostrato solo questa volta: se non puoi completare subito la configurazione, conservalo in un luogo sicuro, per esempio un gestore di password.
url-token-copied-status = Il token è stato copiato negli appunti.
url-token-copy-failed = La copia non è riuscita. Il token è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.
url-token-regenerate-title = Generare un nuovo token URL { -brand-injixo }?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = Quando verrà generato il nuovo token, quello attuale sarà eliminato e smetterà subito di funzionare. Sostituiscilo con il nuovo in { $product }.
url-token-regenerate-confirm = Genera nuovo token URL
url-token-regenerate-cancel = Mantieni token attuale
url-token-leave-title = Uscire senza copiare il token?
url-token-leave-body = Il token URL { -brand-injixo } viene mostrato una sola volta. Senza una copia dovrai generarne uno nuovo, e quello vecchio smetterà di funzionare.
url-token-leave-cancel = Resta e copia il token

## Accedi all'API di injixo

api-key-label = chiave API di { -brand-injixo }
api-regenerate-body = La chiave attuale smette subito di funzionare. Finché la tua applicazione non usa la nuova chiave, le sue richieste vengono rifiutate e nessun nuovo dato arriva a { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = Il valore è stato copiato negli appunti.
copy-value-copy-failed = La copia non è riuscita. Il valore è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = Nelle impostazioni dell’app, seleziona Export real-time agent status data, così { -brand-injixo } riceve gli stati degli agenti per l’aderenza in tempo reale.
