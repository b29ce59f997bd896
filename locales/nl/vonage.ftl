## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Contactcenter in de cloud voor oproepen.
catalogue-model-vonage-description = Importeert oproepen uit { -brand-vonage }, in queues per telefoonnummer of per { -brand-vonage }-queue, en agentstatussen voor intradaymanagement en realtime adherence.
setup-section-vonage-user-credentials-help = Voer een geldige client-ID en een geldig client-secret van je { -brand-vonage }-account in. In de documentatie van { -brand-vonage } lees je hoe je ze krijgt.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = De optie { -brand-vonage }-queues combineert queuetype, queuenaam en interactieplan.
setup-option-grouping-vonage-queues = { -brand-vonage }-queues
