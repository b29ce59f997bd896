## Vonage: the catalogue tile, the setup form (labels as the product words them; the
## Vonage article names only the sections), help in our words.

catalogue-vendor-vonage-description = Centro de contacto en la nube para llamadas.
catalogue-model-vonage-description = Importa llamadas de { -brand-vonage }, en colas por número de teléfono o por cola de { -brand-vonage }, y estados de los agentes para la gestión intradía y la adherencia en tiempo real.
setup-section-vonage-user-credentials-help = Introduce un ID de cliente y una clave secreta de cliente válidos de tu cuenta de { -brand-vonage }. La documentación de { -brand-vonage } explica cómo obtenerlos.
# Shown for a choice that cannot be changed after saving (the product says so).
setup-field-vonage-group-queues-by-help = La opción Colas de { -brand-vonage } combina el tipo de cola, el nombre de la cola y el plan de interacción.
setup-option-grouping-vonage-queues = Colas de { -brand-vonage }
