## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Importa dati sui contatti o stati degli agenti da file CSV esportati da qualsiasi sistema: caricati a mano o inviati da { -brand-cloud-link } da una cartella.
setup-section-csv-schema = Configurazione dello schema CSV
setup-section-csv-schema-help = Lo schema CSV dice a { -brand-injixo } come leggere i tuoi file: separatore, pre-elaborazione e quale colonna contiene cosa. File con formati diversi richiedono integrazioni CSV separate.
setup-field-csv-import-data-type = Tipo di dati da importare
setup-field-csv-import-data-type-help = Un tipo per integrazione: per importare anche l’altro tipo, aggiungi un’altra integrazione CSV.
setup-option-csv-contact-data = Dati sui contatti
setup-option-csv-agent-status = Stati degli agenti
