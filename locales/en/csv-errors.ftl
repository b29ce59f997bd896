## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Another import of this integration is waiting for “Apply data” or is being written, perhaps in another window. Finish or cancel that import first, then upload the file again.
error-import-not-pending = This import can no longer be applied or cancelled: it was rejected or cancelled, or its data is being written or has been written. Reload the page to see where it stands.
error-file-too-large = The file you tried to upload is too large. The maximum size is 7 MB.
error-sql-not-allowed = The query may only read the table uploaded_file. Statements that change data, ATTACH, PRAGMA and extensions are not allowed.
error-schema-missing = This integration has no CSV schema yet. Create the CSV schema in the integration’s settings first.
