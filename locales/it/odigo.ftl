## Odigo: the catalogue tile, the setup form (labels as the Odigo article and the
## product word them; each field's help names its Odigo parameter, as the product
## does), help in our words. The injixo URL token section is in keys.ftl.

catalogue-vendor-odigo-description = Software di contact center che comunica gli stati degli agenti in tempo reale.
catalogue-model-odigo-description = Riceve in tempo reale gli stati degli agenti da { -brand-odigo }, per l’aderenza in tempo reale, e importa i dati sui contatti di ogni giorno.
setup-section-odigo-credentials = Credenziali
setup-field-odigo-tech-account = Account tech
setup-field-odigo-tech-account-help = In { -brand-odigo } si chiama pef-tech-account: l’account per l’API di autenticazione di { -brand-odigo }.
setup-field-odigo-tech-password = Password tech
setup-field-odigo-tech-password-help = In { -brand-odigo } si chiama pef-tech-password.
setup-section-odigo-contact-data = Dati sui contatti
# Under the heading: the product's "The contact data for each day is imported at 3 AM."
setup-section-odigo-contact-data-help = { -brand-injixo } importa i dati sui contatti di ogni giorno alle 3 di notte. Contatta { -brand-odigo } se ti servono altre informazioni su queste impostazioni.
setup-field-odigo-api-domain = Dominio API
setup-field-odigo-api-domain-help = In { -brand-odigo } si chiama pef-api-domain.
setup-field-odigo-app-id = ID dell'app
setup-field-odigo-app-id-help = In { -brand-odigo } si chiama pef-app-id.
setup-field-odigo-instance = Istanza
setup-field-odigo-instance-help = In { -brand-odigo } si chiama x-ws-instance.
setup-field-odigo-user-name = Nome utente
setup-field-odigo-user-name-help = In { -brand-odigo } si chiama odigo-user-id.
setup-field-odigo-statistics-table-id = ID della tavola delle statistiche
setup-field-odigo-statistics-table-id-help = In { -brand-odigo } si chiama statistics_table_id. Un numero intero.
setup-field-odigo-ivr-time-zone = Fuso orario IVR
setup-field-odigo-ivr-time-zone-help = Il fuso orario del tuo IVR.
setup-field-odigo-detailed-breaks = Importa i dettagli sugli stati degli agenti in pausa
setup-field-odigo-detailed-breaks-help = { -brand-injixo } aggiunge allora il tipo di pausa agli stati di pausa, per esempio Pausa (Pausa pranzo) invece di Pausa. Le etichette delle pause modificate in { -brand-odigo } arrivano in { -brand-injixo } entro 4 ore. Se selezioni questa opzione, aggiorna la mappatura delle attività.
# Shown, and required, while the detailed break statuses are ticked (as are the web
# service fields).
setup-field-odigo-url = URL di { -brand-odigo }
setup-field-odigo-url-help = Il tuo URL di { -brand-odigo } con l’ID del tenant nel percorso, per esempio https://example.odigo.cx/odigo-tenant-id.
setup-field-odigo-web-service-user = Utente del servizio web
setup-field-odigo-web-service-user-help = L’utente del servizio web di { -brand-odigo }. Contatta { -brand-odigo } per dettagli e assistenza.
setup-field-odigo-web-service-password = Password del servizio web
# The field's own message for an address without a path (the product's wording,
# in ours).
field-error-odigo-url-invalid = Inserisci il tuo URL di { -brand-odigo } con l’ID del tenant nel percorso, per esempio https://example.odigo.cx/odigo-tenant-id.
