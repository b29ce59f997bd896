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
