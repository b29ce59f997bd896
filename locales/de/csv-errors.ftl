## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Ein anderer Import dieser Integration wartet auf „Daten übernehmen“ oder wird gerade gespeichert, vielleicht in einem anderen Fenster. Schließe diesen Import zuerst ab oder brich ihn ab und lade die Datei dann erneut hoch.
error-import-not-pending = Dieser Import kann nicht mehr übernommen oder abgebrochen werden: Er wurde abgelehnt oder abgebrochen, oder seine Daten werden gerade gespeichert oder sind bereits gespeichert. Lade die Seite neu, um den aktuellen Stand zu sehen.
error-file-too-large = Die Datei, die du hochladen wolltest, ist zu groß. Die maximale Größe beträgt 7 MB.
error-sql-not-allowed = Die Abfrage darf nur die Tabelle uploaded_file lesen. Anweisungen, die Daten ändern, sowie ATTACH, PRAGMA und Erweiterungen sind nicht erlaubt.
error-schema-missing = Diese Integration hat noch kein CSV-Schema. Erstelle zuerst das CSV-Schema in den Einstellungen der Integration.
