## CSV integration: errors of saving a CSV schema, of the SQL mapping's preview and of the
## historical data import. Chosen by the error code the server sends; its English prose
## is never shown.

error-import-in-progress = Otra importación de esta integración está esperando a que se pulse «Aplicar datos» o se están escribiendo sus datos, quizá en otra ventana. Termina o cancela primero esa importación y luego vuelve a cargar el fichero.
error-import-not-pending = Esta importación ya no se puede aplicar ni cancelar: se ha rechazado o cancelado, o sus datos se están escribiendo o ya se han escrito. Vuelve a cargar la página para ver en qué estado está.
error-file-too-large = El fichero que has intentado cargar es demasiado grande. El tamaño máximo es de 7 MB.
error-sql-not-allowed = La consulta solo puede leer la tabla uploaded_file. No se permiten las instrucciones que modifican datos, ATTACH, PRAGMA ni las extensiones.
error-schema-missing = Esta integración todavía no tiene un esquema CSV. Crea primero el esquema CSV en la configuración de la integración.
