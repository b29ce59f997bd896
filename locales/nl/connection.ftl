## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Verbinding
connection-established = gemaakt
connection-failed = mislukt
# In the form, after a save whose connection check failed.
connection-result-failed = Verbinding: mislukt
