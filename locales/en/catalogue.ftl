## Catalogue: vendor tiles and the models of a vendor

catalogue-title = Add a new integration
catalogue-intro = Choose the system you want to connect to { -brand-injixo }.
catalogue-select-model-button = Select model
# On the tile of a vendor with a single model.
catalogue-add-button = Add integration
# Variables:
#   $count (Number) - how many models the vendor offers
catalogue-model-count =
    { $count ->
        [one] One model
       *[other] { $count } models
    }
catalogue-vendor-freshworks-description = Customer messaging, helpdesk and contact center software.
# The button in a model's section on the vendor page.
catalogue-model-add-button = Add integration
catalogue-model-freshchat-description = Imports every solved chat from { -brand-freshchat } as a contact, in queues named after your { -brand-freshchat } groups.
catalogue-model-freshdesk-description = Imports ticket conversations from { -brand-freshdesk } as contacts, grouped by channel.
vendor-intro = Select the product you want to connect.
vendor-requires-app = Needs the { -brand-injixo } app from the { -brand-freshworks } marketplace, which you install after saving.
catalogue-filter-label = Filter
catalogue-filter-placeholder = Vendor, product or imported data
# Variables:
#   $count (Number) - how many vendor tiles match the filter
catalogue-filter-count =
    { $count ->
        [one] One vendor shown
       *[other] { $count } vendors shown
    }
# Variables:
#   $query (String) - what the admin typed into the filter
catalogue-filter-none = No integration matches “{ $query }”.
catalogue-locked-badge = Not in your plan
# Variables:
#   $plans (String) - the plans that include the model, e.g. Advanced, Enterprise
catalogue-locked-reason = Available with { -brand-injixo } { $plans }.
# Variables:
#   $plans (String) - the injixo plans that include the model, e.g. Advanced, Enterprise
vendor-plans = Included in { -brand-injixo } { $plans }
