## The result of verifying an integration's connection (labels as the product
## words them: "Connection: Established / Failed")

connection-label = Connection
connection-established = Established
connection-failed = Failed
# In the form, after a save whose connection check failed.
connection-result-failed = Connection: Failed
