## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Importa datos de contacto o estados de los agentes desde archivos CSV que cualquier sistema puede exportar: subidos a mano o enviados por { -brand-cloud-link } desde una carpeta.
# The Spanish article and product name the section "Configuración" (the CSV schema configuration).
setup-section-csv-schema = Configuración
setup-section-csv-schema-help = El esquema CSV indica a { -brand-injixo } cómo leer tus archivos: separador, preprocesamiento y qué contiene cada columna. Los archivos con formatos distintos necesitan integraciones CSV separadas.
setup-field-csv-import-data-type = Tipo de datos a importar
setup-field-csv-import-data-type-help = Un tipo por integración: para importar también el otro tipo, añade otra integración CSV.
setup-option-csv-contact-data = Datos de contacto
setup-option-csv-agent-status = Estados de los agentes
