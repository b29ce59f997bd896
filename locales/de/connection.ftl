## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Verbindung
connection-established = hergestellt
connection-failed = fehlgeschlagen
# In the form, after a save whose connection check failed.
connection-result-failed = Verbindung: fehlgeschlagen
