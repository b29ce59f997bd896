## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Connexion
connection-established = établie
connection-failed = échouée
# In the form, after a save whose connection check failed.
connection-result-failed = Connexion : échouée
