## CSV (Universal Interfaces): the catalogue entry and the form's *CSV schema
## configuration* section. Labels as the CSV article of this language writes them
## (section, *Type of import data* and its options).

catalogue-model-csv-description = Importe des données sur les contacts ou des statuts agent depuis des fichiers CSV que tout système peut exporter : chargés à la main, ou envoyés par { -brand-cloud-link } depuis un dossier.
setup-section-csv-schema = Configuration du schéma CSV
setup-section-csv-schema-help = Le schéma CSV indique à { -brand-injixo } comment lire vos fichiers : séparateur, prétraitement et contenu de chaque colonne. Des fichiers de formats différents demandent des intégrations CSV distinctes.
setup-field-csv-import-data-type = Type de données à importer
setup-field-csv-import-data-type-help = Un type par intégration : pour importer aussi l’autre type, ajoutez une autre intégration CSV.
setup-option-csv-contact-data = Données sur les contacts
setup-option-csv-agent-status = Statuts agent
