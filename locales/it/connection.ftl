## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Connessione
connection-established = stabilita
connection-failed = fallita
# In the form, after a save whose connection check failed.
connection-result-failed = Connessione: fallita
