## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Importeert contactgegevens of agentstatussen uit CSV-bestanden die elk systeem kan exporteren: handmatig geüpload of door { -brand-cloud-link } vanuit een map verstuurd.
# Option and type labels as the Dutch article and product write them.
setup-section-csv-schema = CSV-schemaconfiguratie
setup-section-csv-schema-help = Het CSV-schema vertelt { -brand-injixo } hoe je bestanden gelezen worden: scheidingsteken, voorbewerking en welke kolom wat bevat. Bestanden in verschillende formaten hebben aparte CSV-integraties nodig.
setup-field-csv-import-data-type = Importgegevenstype
setup-field-csv-import-data-type-help = Eén type per integratie: voeg een tweede CSV-integratie toe om ook het andere type te importeren.
setup-option-csv-contact-data = Contactgegevens
setup-option-csv-agent-status = Agentstatus
