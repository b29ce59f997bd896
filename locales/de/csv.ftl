## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Importiert Kontaktdaten oder Agentenstatus aus CSV-Dateien, die jedes System exportieren kann: von Hand hochgeladen oder von { -brand-cloud-link } aus einem Ordner gesendet.
setup-section-csv-schema = CSV-Schema-Konfiguration
setup-section-csv-schema-help = Das CSV-Schema sagt { -brand-injixo }, wie deine Dateien zu lesen sind: Trennzeichen, Vorverarbeitung und welche Spalte was enthält. Für Dateien in verschiedenen Formaten brauchst du getrennte CSV-Integrationen.
setup-field-csv-import-data-type = Datentyp für Import
setup-field-csv-import-data-type-help = Ein Typ pro Integration: Um auch den anderen Typ zu importieren, füge eine weitere CSV-Integration hinzu.
setup-option-csv-contact-data = Kontaktdaten
setup-option-csv-agent-status = Agentenstatus
