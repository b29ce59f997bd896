## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Actions
overview-pause-button = Suspend importing
overview-resume-button = Resume importing
overview-edit-button = Edit
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = Importing for “{ $name }” is suspended.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = Importing for “{ $name }” has resumed. Missing data is imported again.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = Importing for “{ $name }” could not be suspended. { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = Importing for “{ $name }” could not be resumed. { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = Edit { $name }
edit-back-to-integration = Back to the integration
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Changes to “{ $name }” saved.
edit-delete-button = Delete integration
# Variables:
#   $name (String) - name of the integration
edit-delete-title = Delete “{ $name }”?
edit-delete-body = Deleting the integration does not delete the data it has imported: its queues stay in { -brand-injixo } and remain assigned to your workloads. If you add the integration again, { -brand-injixo } creates new queues with the same names.
edit-delete-confirm = Yes, really delete
edit-delete-cancel = Cancel
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Integration “{ $name }” deleted.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = Are you sure?
form-leave-body = Your changes have not been saved. If you leave now, they are lost.
form-leave-confirm = Yes, really cancel
form-leave-cancel = Continue editing
form-secret-new-label = New value
form-secret-replace-button = Replace
form-secret-keep-button = Keep the saved value
setup-field-immutable-note = Cannot be changed after saving.
setup-select-placeholder = Choose…

## Access injixo API (universal injixo API model)

api-section-title = Access { -brand-injixo } API
api-section-intro = Your own application sends data to the { -brand-injixo } API. It signs in with the { -brand-injixo } API key and names this integration with its configuration ID in every request.
api-configuration-id-label = Integration configuration ID
