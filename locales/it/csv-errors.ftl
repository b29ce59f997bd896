## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Un’altra importazione di questa integrazione è in attesa di «Applica i dati» o è in fase di scrittura, forse in un’altra finestra. Completa o annulla prima quell’importazione, poi carica di nuovo il file.
error-import-not-pending = Questa importazione non può più essere applicata né annullata: è stata rifiutata o annullata, oppure i suoi dati sono in fase di scrittura o sono già stati scritti. Ricarica la pagina per vederne lo stato attuale.
error-file-too-large = Il file che hai provato a caricare è troppo grande. La dimensione massima è 7 MB.
error-sql-not-allowed = La query può soltanto leggere la tabella uploaded_file. Le istruzioni che modificano i dati, ATTACH, PRAGMA e le estensioni non sono consentite.
error-schema-missing = Questa integrazione non ha ancora uno schema CSV. Crea prima lo schema CSV nelle impostazioni dell’integrazione.
