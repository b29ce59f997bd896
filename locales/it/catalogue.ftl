## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Aggiungi una nuova integrazione
catalogue-intro = Scegli il sistema che vuoi collegare a { -brand-injixo }.
catalogue-select-model-button = Seleziona modello
# On the tile of a vendor with a single model.
catalogue-add-button = Aggiungi integrazione
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] Un modello
       *[other] { $count } modelli
    }
catalogue-vendor-freshworks-description = Software di messaggistica, helpdesk e contact center per il servizio clienti.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Aggiungi integrazione
catalogue-model-freshchat-description = Importa da { -brand-freshchat } ogni chat risolta come un contatto, in code che prendono il nome dai tuoi gruppi { -brand-freshchat }.
catalogue-model-freshdesk-description = Importa da { -brand-freshdesk } le conversazioni dei ticket come contatti, raggruppate per canale.
vendor-intro = Seleziona il prodotto che vuoi collegare.
vendor-requires-app = Richiede l’app { -brand-injixo } disponibile sul { -brand-freshworks } marketplace, che installerai dopo aver salvato.
catalogue-filter-label = Filtra
catalogue-filter-placeholder = Fornitore, prodotto o dati importati
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] Un fornitore visualizzato
       *[other] { $count } fornitori visualizzati
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = Nessuna integrazione corrisponde a «{ $query }».
catalogue-locked-badge = Non incluso nel tuo piano
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Disponibile con { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Incluso in { -brand-injixo } { $plans }
