## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Un autre import de cette intégration attend d’être confirmé ou est en cours d’écriture, peut-être dans une autre fenêtre. Terminez ou annulez d’abord cet import, puis importez à nouveau le fichier.
error-import-not-pending = Cet import ne peut plus être confirmé ni annulé : il a été refusé ou annulé, ou ses données sont en cours d’écriture ou ont déjà été écrites. Rechargez la page pour voir où il en est.
error-file-too-large = Le fichier à importer est trop volumineux. La taille maximale est de 7 Mo.
error-sql-not-allowed = La requête peut uniquement lire la table uploaded_file. Les instructions qui modifient des données, ATTACH, PRAGMA et les extensions ne sont pas autorisées.
error-schema-missing = Cette intégration n’a pas encore de schéma CSV. Créez d’abord le schéma CSV dans les paramètres de l’intégration.
