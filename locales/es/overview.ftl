## Overview: Account > Integrations

overview-title = Integraciones
overview-add-button = Añadir integración
overview-intro = Conecta los sistemas con los que trabaja tu equipo para que { -brand-injixo } pueda importar sus datos de contacto.
overview-empty-title = Todavía no hay integraciones
overview-empty-text = Añade tu primera integración para empezar a importar datos de contacto de tu centro de contacto o sistema CRM.
overview-table-caption = Tus integraciones
overview-column-name = Nombre
overview-column-model = Modelo
overview-column-status = Estado
overview-column-last-import = Última importación
overview-last-import-never = Nunca
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = Se muestran { $shown } de { $total } integraciones
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button = Mostrar { $count } más
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = No se han podido cargar las siguientes integraciones. Las que ya se muestran no cambian.
