## The page of one integration

integration-details-heading = Dettagli
integration-model-label = Modello
integration-status-label = Stato
integration-created-label = Aggiunta il
integration-last-import-label = Ultima importazione
integration-last-import-never = Ancora nessun dato importato
integration-secret-configured = Configurato
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configurato, termina con …{ $last4 }
integration-value-yes = Sì
integration-value-no = No

# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = Nessun dato nuovo da un po’ di tempo
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = Da più di { $hours } ore non arrivano dati di { $product }, anche se lo stato è Operativo. L’integrazione non può rilevare errori tra l’app { -brand-injixo } e { -brand-injixo }. Controlla in { $product } che la chiave API di { -brand-injixo } nelle impostazioni dell’app sia ancora valida. Se non lo è, rigenerala qui e incolla la nuova chiave nell’app; se lo è, contatta il supporto di { -brand-injixo }.
hint-app-silent-action = Sostituisci la chiave API di { -brand-injixo }
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = Nessun dato ricevuto da { $hours } ore

## Install the injixo app (bottom of the integration page)

app-section-title = Installare l'app { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = L’integrazione { $product } richiede un’applicazione client: l’app { -brand-injixo } raccoglie i tuoi dati di { $product } e li invia a { -brand-injixo }. Per accedere, l’app usa la chiave API di { -brand-injixo } che generi qui.
app-step-generate = Genera qui sotto la chiave API di { -brand-injixo } e copiala.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Apri l’app { -brand-injixo } sul { -brand-freshworks } marketplace e installala nel tuo account { $product }.
app-step-paste = Quando l’app te la chiede, incolla la chiave API di { -brand-injixo } e salva le impostazioni dell’app.
app-marketplace-link = { -brand-freshworks } marketplace
app-opens-new-tab = (si apre in una nuova scheda)
app-key-label = chiave API di { -brand-injixo }
app-key-none = Non è ancora stata generata nessuna chiave API di { -brand-injixo }.
app-generate-button = Generare
app-generating = Generazione in corso…
app-key-once-warning = Copia subito la chiave. Per la tua sicurezza viene mostrata solo questa volta: quando lasci la pagina, ne restano visibili solo gli ultimi quattro caratteri.
app-copy-button = Copia
app-copied = Copiata
app-copied-status = La chiave è stata copiata negli appunti.
app-copy-failed = La copia non è riuscita. La chiave è selezionata: premi Ctrl+C (⌘C su Mac) per copiarla.
app-key-done-button = Fatto
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Creata il
app-key-last-used-label = Ultimo utilizzo
app-key-never-used = Non ancora utilizzata
app-regenerate-button = Rigenerare
app-regenerate-title = Rigenerare la chiave API di { -brand-injixo }?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = La chiave attuale smette subito di funzionare. Finché non incolli la nuova chiave nell’app { -brand-injixo } in { $product }, nessun nuovo dato di { $product } arriva a { -brand-injixo }.
app-regenerate-confirm = Genera nuova chiave
app-regenerate-cancel = Mantieni la chiave attuale
app-leave-title = Uscire senza copiare la chiave?
app-leave-body = La chiave API di { -brand-injixo } viene mostrata una sola volta. Senza una copia dovrai generarne una nuova, e quella vecchia smetterà di funzionare.
app-leave-confirm = Esci senza copiare
app-close-confirm = Chiudi senza copiare
app-leave-cancel = Resta e copia la chiave
