## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Cloud contact center for calls.
catalogue-model-vonage-description = Imports calls from { -brand-vonage }, in queues by phone number or by { -brand-vonage } queue, and agent statuses for intraday management and real-time adherence.
setup-section-vonage-user-credentials-help = Enter a valid client ID and client secret of your { -brand-vonage } account. The { -brand-vonage } documentation explains how to get them.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = The { -brand-vonage } queues option combines queue type, queue name and interaction plan.
setup-option-grouping-vonage-queues = { -brand-vonage } queues
