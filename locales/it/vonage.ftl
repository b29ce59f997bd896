## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Contact center in cloud per le chiamate.
catalogue-model-vonage-description = Importa le chiamate da { -brand-vonage }, in code per numero di telefono o per coda { -brand-vonage }, e gli stati degli agenti per la gestione intraday e l’aderenza in tempo reale.
setup-section-vonage-user-credentials-help = Inserisci un client ID e un client secret validi del tuo account { -brand-vonage }. La documentazione di { -brand-vonage } spiega come ottenerli.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = L’opzione Code di { -brand-vonage } combina tipo di coda, nome della coda e piano di interazione.
setup-option-grouping-vonage-queues = Code di { -brand-vonage }
