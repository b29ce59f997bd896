## Overview: Account > Integrations

overview-title = Integrationen
overview-add-button = Integration hinzufügen
overview-intro = Verbinde die Systeme, mit denen dein Team arbeitet, damit { -brand-injixo } die Kontaktdaten daraus importieren kann.
overview-empty-title = Noch keine Integrationen
overview-empty-text = Füge deine erste Integration hinzu, um Kontaktdaten aus deinem Contact Center oder CRM-System zu importieren.
overview-table-caption = Deine Integrationen
overview-column-name = Name
overview-column-model = Modell
overview-column-status = Status
overview-column-last-import = Letzter Import
overview-last-import-never = Nie
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = { $shown } von { $total } Integrationen werden angezeigt
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button = { $count } weitere anzeigen
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = Die nächsten Integrationen konnten nicht geladen werden. Die angezeigten bleiben, wie sie sind.
