## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Conexión
connection-established = establecida
connection-failed = fallida
# In the form, after a save whose connection check failed.
connection-result-failed = Conexión: fallida
