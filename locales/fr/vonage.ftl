## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Centre de contact cloud pour les appels.
catalogue-model-vonage-description = Importe les appels de { -brand-vonage }, dans des files d’attente par numéro de téléphone ou par file d’attente { -brand-vonage }, ainsi que les statuts des agents pour la gestion intrajournalière et l’adhérence en temps réel.
setup-section-vonage-user-credentials-help = Saisissez un ID et un secret client valides de votre compte { -brand-vonage }. La documentation de { -brand-vonage } explique comment les obtenir.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = L’option Files d’attente { -brand-vonage } combine le type de file d’attente, le nom de la file d’attente et le plan d’interaction.
setup-option-grouping-vonage-queues = Files d’attente { -brand-vonage }
