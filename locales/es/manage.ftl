## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Acciones
overview-pause-button = Suspender la importación
overview-resume-button = Reanudar la importación
overview-edit-button = Editar
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = La importación de «{ $name }» está suspendida.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = La importación de «{ $name }» se ha reanudado. Los datos que faltan se vuelven a importar.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = No se ha podido suspender la importación de «{ $name }». { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = No se ha podido reanudar la importación de «{ $name }». { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = Editar { $name }
edit-back-to-integration = Volver a la integración
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Cambios en «{ $name }» guardados.
edit-delete-button = Eliminar integración
# Variables:
#   $name (String) - name of the integration
edit-delete-title = ¿Eliminar «{ $name }»?
edit-delete-body = Al eliminar la integración no se eliminan los datos que ha importado: sus colas se mantienen en { -brand-injixo } y siguen asignadas a tus cargas de trabajo. Si vuelves a añadir la integración, { -brand-injixo } creará colas nuevas con los mismos nombres.
edit-delete-confirm = Sí, eliminar
edit-delete-cancel = Cancelar
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Integración «{ $name }» eliminada.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = ¿Estás seguro?
form-leave-body = Tus cambios no se han guardado. Si sales ahora, se perderán.
form-leave-confirm = Sí, cancelar
form-leave-cancel = Continuar editando
form-secret-new-label = Nuevo valor
form-secret-replace-button = Reemplazar
form-secret-keep-button = Mantener el valor guardado
setup-field-immutable-note = No se puede cambiar después de guardar.
setup-select-placeholder = Elige…

## Access injixo API (universal injixo API model)

api-section-title = Acceder a la API de { -brand-injixo }
api-section-intro = Tu propia aplicación envía datos a la API de { -brand-injixo }. Inicia sesión con la clave de la API de { -brand-injixo } e indica en cada solicitud el ID de configuración de esta integración.
api-configuration-id-label = ID de configuración de la integración
