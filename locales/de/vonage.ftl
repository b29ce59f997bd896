## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Cloud-Contact-Center für Anrufe.
catalogue-model-vonage-description = Importiert Anrufe aus { -brand-vonage } – in Queues nach Telefonnummer oder nach { -brand-vonage }-Queue – sowie Agentenstatus für das Intraday-Management und die Planeinhaltung in Echtzeit.
setup-section-vonage-user-credentials-help = Gib eine gültige Client-ID und ein gültiges Client-Secret deines { -brand-vonage }-Kontos ein. Wie du sie bekommst, steht in der Dokumentation von { -brand-vonage }.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = Die Option { -brand-vonage }-Queues kombiniert Queue-Typ, Queue-Name und Interaktionsplan.
setup-option-grouping-vonage-queues = { -brand-vonage }-Queues
