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
