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
