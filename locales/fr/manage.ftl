## Managing integrations: overview actions, the edit page, deleting.

overview-column-actions = Actions
overview-pause-button = Suspendre l'import
overview-resume-button = Reprendre l'import
overview-edit-button = Modifier
# Variables:
#   $name (String) - name of the integration
overview-paused-toast = L’import de « { $name } » est suspendu.
# Variables:
#   $name (String) - name of the integration
overview-resumed-toast = L’import de « { $name } » a repris. Les données manquantes sont importées à nouveau.
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-pause-failed = Impossible de suspendre l’import de « { $name } ». { $reason }
# Variables:
#   $name (String) - name of the integration
#   $reason (String) - why, as a sentence of errors.ftl
overview-resume-failed = Impossible de reprendre l’import de « { $name } ». { $reason }

# Variables:
#   $name (String) - name of the integration
edit-title = Modifier { $name }
edit-back-to-integration = Retour à l’intégration
# Variables:
#   $name (String) - name of the integration
edit-saved-toast = Modifications de « { $name } » sauvegardées.
edit-delete-button = Supprimer l’intégration
# Variables:
#   $name (String) - name of the integration
edit-delete-title = Supprimer « { $name } » ?
edit-delete-body = La suppression de l’intégration ne supprime pas les données qu’elle a importées : ses files d’attente restent dans { -brand-injixo } et demeurent affectées à vos workloads. Si vous ajoutez à nouveau l’intégration, { -brand-injixo } crée de nouvelles files d’attente portant les mêmes noms.
edit-delete-confirm = Supprimer l’intégration
edit-delete-cancel = Annuler
# Variables:
#   $name (String) - name of the integration
edit-deleted-toast = Intégration « { $name } » supprimée.

## Leaving a form with unsaved changes, and saved secrets in a form.

form-leave-title = Voulez-vous vraiment quitter ?
form-leave-body = Vos modifications n’ont pas été sauvegardées. Si vous quittez maintenant, elles seront perdues.
form-leave-confirm = Oui, annuler
form-leave-cancel = Continuer la modification
form-secret-new-label = Nouvelle valeur
form-secret-replace-button = Remplacer
form-secret-keep-button = Conserver la valeur sauvegardée
setup-field-immutable-note = Ne peut plus être modifié après l’enregistrement.
setup-select-placeholder = Choisir…

## Access injixo API (universal injixo API model)

api-section-title = Accès à l'API { -brand-injixo }
api-section-intro = Votre propre application envoie des données à l’API { -brand-injixo }. Elle se connecte avec la clé API { -brand-injixo } et indique dans chaque requête l’ID de configuration de cette intégration.
api-configuration-id-label = ID de configuration de l’intégration
