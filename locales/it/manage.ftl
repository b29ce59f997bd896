## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Azioni
overview-pause-button = Sospendi l'importazione
overview-resume-button = Riprendi l'importazione
overview-edit-button = Modifica
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = L’importazione per «{ $name }» è sospesa.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = L’importazione per «{ $name }» è ripresa. I dati mancanti vengono importati di nuovo.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = Non è stato possibile sospendere l’importazione per «{ $name }». { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = Non è stato possibile riprendere l’importazione per «{ $name }». { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = Modifica { $name }
edit-back-to-integration = Torna all’integrazione
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Modifiche a «{ $name }» salvate.
edit-delete-button = Elimina integrazione
# Variables:
#   $name (String) - name of the integration
edit-delete-title = Eliminare «{ $name }»?
edit-delete-body = Eliminando l’integrazione non elimini i dati che ha importato: le sue code restano in { -brand-injixo } e rimangono assegnate ai tuoi workload. Se aggiungi di nuovo l’integrazione, { -brand-injixo } crea nuove code con gli stessi nomi.
edit-delete-confirm = Sì, elimina
edit-delete-cancel = Annulla
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Integrazione «{ $name }» eliminata.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = Sei sicuro?
form-leave-body = Le tue modifiche non sono state salvate. Se esci ora, andranno perse.
form-leave-confirm = Sì, annulla
form-leave-cancel = Continua la modifica
form-secret-new-label = Nuovo valore
form-secret-replace-button = Sostituisci
form-secret-keep-button = Mantieni il valore salvato
setup-field-immutable-note = Non può essere modificato dopo il salvataggio.
setup-select-placeholder = Scegli…

## Access injixo API (universal injixo API model)

api-section-title = Accedi all'API di { -brand-injixo }
api-section-intro = La tua applicazione invia i dati all’API di { -brand-injixo }. Accede con la chiave API di { -brand-injixo } e in ogni richiesta identifica questa integrazione con il suo ID di configurazione.
api-configuration-id-label = ID della configurazione dell’integrazione
