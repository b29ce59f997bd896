## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Software di contact center in cloud per le chiamate.
catalogue-vendor-zendesk-description = Software di assistenza clienti per ticket, messaggistica e chiamate.
catalogue-vendor-genesys-description = Piattaforma di contact center in cloud per tutti i canali.
catalogue-vendor-universal-description = Invia tu stesso i dati da qualsiasi sistema, quando non esiste un’integrazione apposita.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importa le chiamate da { -brand-freshdesk } Contact Center, in code per numero di telefono o per team, e gli stati degli agenti per l’aderenza in tempo reale.
catalogue-model-five9-description = Importa le chiamate da { -brand-five9 }, in code per campagna o per skill, e gli stati degli agenti per la gestione intraday e l’aderenza in tempo reale.
catalogue-model-zendesk-description = Importa email, moduli web, chat, chiamate e messaggi social da { -brand-zendesk } Support e { -brand-zendesk } Talk, in code che prendono il nome dalle tue viste.
catalogue-model-genesys-cloud-description = Importa chiamate, email e chat da { -brand-genesys-cloud }, e gli stati degli agenti per la gestione intraday e l’aderenza in tempo reale.
catalogue-model-injixo-api-description = La tua applicazione invia eventi di contatto e stati degli agenti all’API di { -brand-injixo }.

## Setup form: sections

setup-section-user-credentials = Credenziali utente
setup-section-api-credentials = Credenziali API
setup-section-configuration = Configurazione
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = Credenziali utente
setup-section-agent-status-data = Dati sugli stati degli agenti
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = L’API key e l’API secret devono avere queste autorizzazioni in { -brand-genesys-cloud }: analytics:userDetail:view, analytics:userObservation:view, analytics:conversationAggregate:view, analytics:conversationDetail:view e routing:queue:view.

## Setup form: fields

setup-field-username = Nome utente
setup-field-password = Password
setup-field-api-token = Token API
setup-field-api-secret = Secret API
setup-field-account-region = Regione dell'account
# Vonage and Talkdesk (the product's labels).
setup-field-client-id = Client ID
setup-field-client-secret = Client secret
setup-field-account-name = Nome dell'account
setup-field-group-queues-by = Raggruppa le code per
setup-field-genesys-detailed-on-queue = Importa stati agente On Queue dettagliati
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Raggruppa le code di chiamata di { -brand-zendesk } Talk per
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Raggruppa i tickets per marca
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Importa i dati in tempo reale

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Determina i nomi delle code delle chiamate importate: per numero di telefono o per il team che ha preso la chiamata (il nome dell’agente, se non c’è un team).
setup-field-five9-username-help = Un utente { -brand-five9 } con i ruoli ADMIN e REPORTING.
setup-field-five9-group-queues-by-help = Per raggruppare per skill serve il report personalizzato «Call Log with Skills» nella cartella condivisa di { -brand-five9 } «Shared Reports ({ -brand-injixo })».
setup-field-zendesk-api-token-help = In { -brand-zendesk }, crea un token API per un utente con autorizzazioni di amministratore (Admin > Channels > API) e incollalo qui.
setup-field-zendesk-group-queues-by-help = Determina i nomi delle code delle chiamate di { -brand-zendesk } Talk: IVR usa il gruppo di destinazione, Numero di telefono il numero chiamato. Una chiamata senza questa informazione risulta non raggruppata. Le code di { -brand-zendesk } Support non cambiano.
setup-field-zendesk-group-tickets-by-brand-help = Per impostazione predefinita, i ticket vengono raggruppati per gruppo { -brand-zendesk }. Seleziona questa opzione per creare anche una coda di origine per ogni marca { -brand-zendesk }.
setup-field-genesys-cloud-detailed-on-queue-help = On Queue comprende diversi stati, per esempio communication, interacting, idle e not responding. Seleziona questa opzione per importarli ciascuno separatamente.

## Setup form: options of select fields

setup-option-grouping-phone-number = Numero di telefono
setup-option-grouping-routing = Instradamento (team/agente)
setup-option-grouping-campaigns = Campagne
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Skill (richiede un report personalizzato)
setup-option-grouping-ivr = IVR (Interactive Voice Response)
setup-option-region-europe = Europa
# The product's label.
setup-option-region-usa = USA
setup-option-region-apac = Asia-pacifico (APAC)
setup-option-region-emea = Europa, Medio Oriente e Africa (EMEA)
setup-option-region-canada = Canada
# The seven Genesys Cloud regions the product offers, with the product's labels.
setup-option-genesys-region-americas-us-east = Americhe (Stati Uniti Est)
setup-option-genesys-region-americas-us-west = Americhe (Stati Uniti Ovest)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-asia-pacific-sydney = Asia Pacifico (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia Pacifico (Tokyo)
catalogue-vendor-universal-name = Universal Interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } non ha accettato questa chiave API. Copiala di nuovo da { $product } e incollala qui.
field-error-freshworks-api-key-role = Questa chiave API appartiene a un utente senza il ruolo di Account Administrator. Usa la chiave API di un utente con il ruolo di Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = Questo utente { -brand-five9 } non ha entrambi i ruoli ADMIN e REPORTING. Assegnagli questi ruoli in { -brand-five9 } oppure inserisci un utente che li abbia.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = Questo token API appartiene a un utente senza autorizzazioni di amministratore in { -brand-zendesk }. Crea il token API per un utente con autorizzazioni di amministratore.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = A queste credenziali API mancano autorizzazioni necessarie a { -brand-injixo }. In { -brand-genesys-cloud }, concedi tutte e cinque le autorizzazioni elencate all’inizio di questa sezione.
