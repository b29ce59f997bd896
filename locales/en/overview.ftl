## Overview: Account > Integrations

overview-title = Integrations
overview-add-button = Add integration
overview-intro = Connect the systems your team works in so that { -brand-injixo } can import their contact data.
overview-empty-title = No integrations yet
overview-empty-text = Add your first integration to start importing contact data from your contact center or CRM system.
overview-table-caption = Your integrations
overview-column-name = Name
overview-column-model = Model
overview-column-status = Status
overview-column-last-import = Last import
overview-last-import-never = Never
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = Showing { $shown } of { $total } integrations
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button = Show { $count } more
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = The next integrations could not be loaded. The ones shown stay as they are.
