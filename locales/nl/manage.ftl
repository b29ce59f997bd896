## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Acties
overview-pause-button = Importeren opschorten
overview-resume-button = Importeren hervatten
overview-edit-button = Bewerken
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = Het importeren voor “{ $name }” is opgeschort.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = Het importeren voor “{ $name }” is hervat. Ontbrekende gegevens worden alsnog geïmporteerd.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = Het importeren voor “{ $name }” kon niet worden opgeschort. { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = Het importeren voor “{ $name }” kon niet worden hervat. { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = { $name } bewerken
edit-back-to-integration = Terug naar de integratie
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Wijzigingen in “{ $name }” opgeslagen.
edit-delete-button = Integratie verwijderen
# Variables:
#   $name (String) - name of the integration
edit-delete-title = “{ $name }” verwijderen?
edit-delete-body = Als je de integratie verwijdert, blijven de gegevens die ze heeft geïmporteerd bewaard: de queues blijven in { -brand-injixo } staan en blijven aan je workloads toegewezen. Als je de integratie opnieuw toevoegt, maakt { -brand-injixo } nieuwe queues met dezelfde namen aan.
edit-delete-confirm = Ja, echt verwijderen
edit-delete-cancel = Annuleren
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Integratie “{ $name }” verwijderd.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = Weet je het zeker?
form-leave-body = Je wijzigingen zijn niet opgeslagen. Als je nu weggaat, gaan ze verloren.
form-leave-confirm = Ja, echt annuleren
form-leave-cancel = Verder bewerken
form-secret-new-label = Nieuwe waarde
form-secret-replace-button = Vervangen
form-secret-keep-button = Opgeslagen waarde behouden
setup-field-immutable-note = Kan na het opslaan niet meer worden gewijzigd.
setup-select-placeholder = Kies…

## Access injixo API (universal injixo API model)

api-section-title = Toegang tot de { -brand-injixo } API
api-section-intro = Je eigen applicatie stuurt gegevens naar de { -brand-injixo } API. Ze meldt zich aan met de { -brand-injixo } API-key en vermeldt in elk verzoek de configuratie-ID van deze integratie.
api-configuration-id-label = Configuratie-ID van de integratie
