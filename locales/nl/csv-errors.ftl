## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Een andere import van deze integratie wacht op ‘Gegevens verwerken’ of wordt op dit moment weggeschreven, misschien in een ander venster. Rond die import eerst af of annuleer hem, en upload het bestand daarna opnieuw.
error-import-not-pending = Deze import kan niet meer worden verwerkt of geannuleerd: hij is afgewezen of geannuleerd, of de gegevens worden al weggeschreven of zijn al weggeschreven. Laad de pagina opnieuw om te zien hoe het ermee staat.
error-file-too-large = Het bestand dat je probeerde te uploaden is te groot. De maximale grootte is 7 MB.
error-sql-not-allowed = De query mag alleen de tabel uploaded_file lezen. Opdrachten die gegevens wijzigen, ATTACH, PRAGMA en extensies zijn niet toegestaan.
error-schema-missing = Deze integratie heeft nog geen CSV-schema. Maak eerst het CSV-schema aan in de instellingen van de integratie.
