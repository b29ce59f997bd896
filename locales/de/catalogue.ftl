## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Neue Integration hinzufügen
catalogue-intro = Wähle das System, das du mit { -brand-injixo } verbinden möchtest.
catalogue-select-model-button = Modell wählen
# On the tile of a vendor with a single model.
catalogue-add-button = Integration hinzufügen
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] Ein Modell
       *[other] { $count } Modelle
    }
catalogue-vendor-freshworks-description = Messaging-, Helpdesk- und Contact-Center-Software für den Kundenservice.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Integration hinzufügen
catalogue-model-freshchat-description = Importiert jeden gelösten Chat aus { -brand-freshchat } als einen Kontakt – in Queues, die nach deinen { -brand-freshchat }-Gruppen benannt sind.
catalogue-model-freshdesk-description = Importiert die Unterhaltungen deiner { -brand-freshdesk }-Tickets als Kontakte, gruppiert nach Kanal.
vendor-intro = Wähle das Produkt, das du verbinden möchtest.
vendor-requires-app = Erfordert die { -brand-injixo }-App aus dem { -brand-freshworks } Marketplace. Du installierst sie, nachdem du die Integration gespeichert hast.
catalogue-filter-label = Filtern
catalogue-filter-placeholder = Anbieter, Produkt oder importierte Daten
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] Ein Anbieter angezeigt
       *[other] { $count } Anbieter angezeigt
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = Keine Integration passt zu „{ $query }“.
catalogue-locked-badge = Nicht in deinem Plan enthalten
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Verfügbar mit { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Enthalten in { -brand-injixo } { $plans }
