## Overview: Account > Integrations

overview-title = Integraties
overview-add-button = Voeg integratie toe
overview-intro = Verbind de systemen waarin je team werkt, zodat { -brand-injixo } de contactgegevens daaruit kan importeren.
overview-empty-title = Nog geen integraties
overview-empty-text = Voeg je eerste integratie toe en begin met het importeren van contactgegevens uit je contactcenter of CRM-systeem.
overview-table-caption = Je integraties
overview-column-name = Naam
overview-column-model = Model
overview-column-status = Status
overview-column-last-import = Laatste import
overview-last-import-never = Nooit
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = { $shown } van { $total } integraties weergegeven
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button = Nog { $count } weergeven
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = De volgende integraties konden niet worden geladen. De weergegeven integraties blijven staan.
