## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Imports contact data or agent statuses from CSV files that any system exports: uploaded by hand, or sent by { -brand-cloud-link } from a folder.
setup-section-csv-schema = CSV schema configuration
setup-section-csv-schema-help = The CSV schema tells { -brand-injixo } how to read your files: separator, preprocessing, and which column holds what. Files in different formats need separate CSV integrations.
setup-field-csv-import-data-type = Type of import data
setup-field-csv-import-data-type-help = One type per integration: to import the other type as well, add another CSV integration.
setup-option-csv-contact-data = Contact data
setup-option-csv-agent-status = Agent status
