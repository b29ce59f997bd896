## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Aktionen
overview-pause-button = Importieren pausieren
overview-resume-button = Importieren wiederaufnehmen
overview-edit-button = Bearbeiten
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = Der Import für „{ $name }“ ist pausiert.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = Der Import für „{ $name }“ läuft wieder. Fehlende Daten werden nachträglich importiert.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = Der Import für „{ $name }“ konnte nicht pausiert werden. { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = Der Import für „{ $name }“ konnte nicht wiederaufgenommen werden. { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = { $name } bearbeiten
edit-back-to-integration = Zurück zur Integration
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Änderungen an „{ $name }“ gespeichert.
edit-delete-button = Integration löschen
# Variables:
#   $name (String) - name of the integration
edit-delete-title = „{ $name }“ löschen?
edit-delete-body = Wenn du die Integration löschst, bleiben die bereits importierten Daten erhalten: Ihre Queues bleiben in { -brand-injixo } und sind weiterhin deinen Workloads zugeordnet. Wenn du die Integration erneut hinzufügst, legt { -brand-injixo } neue Queues mit denselben Namen an.
edit-delete-confirm = Ja, wirklich löschen
edit-delete-cancel = Abbrechen
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Integration „{ $name }“ gelöscht.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = Bist du sicher?
form-leave-body = Deine Änderungen wurden nicht gespeichert. Wenn du die Seite jetzt verlässt, gehen sie verloren.
form-leave-confirm = Ja, wirklich abbrechen
form-leave-cancel = Bearbeitung fortsetzen
form-secret-new-label = Neuer Wert
form-secret-replace-button = Ersetzen
form-secret-keep-button = Gespeicherten Wert behalten
setup-field-immutable-note = Kann nach dem Speichern nicht mehr geändert werden.
setup-select-placeholder = Auswählen…

## Access injixo API (universal injixo API model)

api-section-title = Zugriff auf die { -brand-injixo } API
api-section-intro = Deine eigene Anwendung sendet Daten an die { -brand-injixo } API. Sie meldet sich mit dem { -brand-injixo } API-Key an und gibt in jeder Anfrage die Konfigurations-ID dieser Integration an.
api-configuration-id-label = Konfigurations-ID der Integration
