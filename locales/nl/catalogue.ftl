## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Voeg een nieuwe integratie toe
catalogue-intro = Kies het systeem dat je met { -brand-injixo } wilt verbinden.
catalogue-select-model-button = Kies een model
# On the tile of a vendor with a single model.
catalogue-add-button = Voeg integratie toe
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] Eén model
       *[other] { $count } modellen
    }
catalogue-vendor-freshworks-description = Messaging-, helpdesk- en contactcentersoftware voor je klantenservice.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Voeg integratie toe
catalogue-model-freshchat-description = Importeert elke afgesloten chat uit { -brand-freshchat } als één contact, in queues die naar je { -brand-freshchat }-groepen zijn genoemd.
catalogue-model-freshdesk-description = Importeert de gesprekken in je { -brand-freshdesk }-tickets als contacten, gegroepeerd per kanaal.
vendor-intro = Kies het product dat je wilt verbinden.
vendor-requires-app = Hiervoor heb je de { -brand-injixo }-app uit de { -brand-freshworks } marketplace nodig. Die installeer je nadat je de integratie hebt opgeslagen.
catalogue-filter-label = Filteren
catalogue-filter-placeholder = Leverancier, product of geïmporteerde gegevens
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] Eén leverancier weergegeven
       *[other] { $count } leveranciers weergegeven
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = Geen enkele integratie komt overeen met “{ $query }”.
catalogue-locked-badge = Niet in je abonnement
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Beschikbaar met { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Inbegrepen in { -brand-injixo } { $plans }
