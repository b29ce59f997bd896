## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Software di contact center in cloud per le chiamate.
catalogue-vendor-zendesk-description = Software di assistenza clienti per ticket, messaggistica e chiamate.
catalogue-vendor-genesys-description = Piattaforma di contact center in cloud per tutti i canali.
catalogue-vendor-universal-description = Invia tu stesso i dati da qualsiasi sistema, quando non esiste un’integrazione apposita.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importa le chiamate da { -brand-freshdesk } Contact Center, in code per numero di telefono o per team, e gli stati degli agenti per l’aderenza in tempo reale.
catalogue-model-five9-description = Importa le chiamate da { -brand-five9 }, in code per campagna o per qualifica, e gli stati degli agenti per la gestione intraday e l’aderenza in tempo reale.
catalogue-model-zendesk-description = Importa email, moduli web, chat, chiamate e messaggi social da { -brand-zendesk } Support e { -brand-zendesk } Talk, in code che prendono il nome dalle tue viste.
catalogue-model-genesys-cloud-description = Importa chiamate, email e chat da { -brand-genesys-cloud }, e gli stati degli agenti per la gestione intraday e l’aderenza in tempo reale.
catalogue-model-injixo-api-description = La tua applicazione invia eventi di contatto e stati degli agenti all’API di { -brand-injixo }.

## Setup form: sections

setup-section-user-credentials = Credenziali utente
setup-section-api-credentials = Credenziali API
setup-section-configuration = Configurazione

## Setup form: fields

setup-field-username = Nome utente
setup-field-password = Password
setup-field-api-token = Token API
setup-field-api-secret = Secret API
setup-field-account-region = Regione dell'account
setup-field-group-queues-by = Raggruppa le code per
setup-field-genesys-detailed-on-queue = Importa stati agente On Queue dettagliati

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Determina i nomi delle code delle chiamate importate: per numero di telefono o per il team che ha preso la chiamata (il nome dell’agente, se non c’è un team). Puoi modificare questa scelta in seguito.
setup-field-five9-username-help = Un utente { -brand-five9 } con i ruoli ADMIN e REPORTING.
setup-field-five9-group-queues-by-help = Per raggruppare per qualifiche serve il report personalizzato «Call Log with Skills» nella cartella condivisa di { -brand-five9 } «Shared Reports ({ -brand-injixo })».
setup-field-zendesk-username-help = L’indirizzo email con cui l’utente { -brand-zendesk } accede.
setup-field-zendesk-api-token-help = In { -brand-zendesk }, crea un token API per un utente con autorizzazioni di amministratore e incollalo qui.
setup-field-zendesk-group-queues-by-help = Determina i nomi delle code delle chiamate di { -brand-zendesk } Talk: IVR usa il gruppo di destinazione, Numero di telefono il numero chiamato.
setup-field-genesys-cloud-api-key-help = L’ID client di un client OAuth in { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = Il client secret dello stesso client OAuth.
setup-field-genesys-cloud-detailed-on-queue-help = On Queue comprende diversi stati, per esempio communicating, interacting, idle e not responding. Seleziona questa opzione per importarli ciascuno separatamente.

## Setup form: options of select fields

setup-option-grouping-phone-number = Numero di telefono
setup-option-grouping-routing = Instradamento (team/agente)
setup-option-grouping-campaigns = Campagne
setup-option-grouping-skills = Qualifiche
setup-option-grouping-ivr = IVR (Interactive Voice Response)
setup-option-region-europe = Europa
setup-option-region-usa = Stati Uniti
setup-option-genesys-region-americas-us-east = Americhe (Stati Uniti orientali)
setup-option-genesys-region-americas-us-west = Americhe (Stati Uniti occidentali)
setup-option-genesys-region-americas-canada = Americhe (Canada)
setup-option-genesys-region-americas-sao-paulo = Americhe (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Francoforte)
setup-option-genesys-region-emea-dublin = EMEA (Dublino)
setup-option-genesys-region-emea-london = EMEA (Londra)
setup-option-genesys-region-emea-zurich = EMEA (Zurigo)
setup-option-genesys-region-asia-pacific-sydney = Asia-Pacifico (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asia-Pacifico (Tokyo)
setup-option-genesys-region-asia-pacific-seoul = Asia-Pacifico (Seul)
setup-option-genesys-region-asia-pacific-mumbai = Asia-Pacifico (Mumbai)
catalogue-vendor-universal-name = Universal Interfaces
