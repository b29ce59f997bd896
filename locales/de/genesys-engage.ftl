## Genesys Engage (Kachel Genesys). Der Artikel nennt den Abschnitt und die Checkbox;
## die Felder stehen dort nur im Fließtext, ihre Bezeichnungen sind die des Produkts.

catalogue-model-genesys-engage-description = Importiert die Anruf-Historie und Agentenstatus aus den Datenbanken von { -brand-genesys-engage } über { -brand-cloud-link }.
# Artikel und Produkt: „Datenbank-Zugangsdaten“ (mit Bindestrich, anders als bei Mitel und Sikom).
setup-section-genesys-engage-database-credentials = Datenbank-Zugangsdaten
setup-field-genesys-engage-database-adapter = Datenbankadapter
setup-field-genesys-engage-database-adapter-help = Die Datenbank, die deine ACD verwendet.
setup-field-genesys-engage-username-help = Ein Datenbankbenutzer mit Lesezugriff auf die Datenbanken der ACD.
setup-field-genesys-engage-etl-database = ETL-Datenbank
setup-field-genesys-engage-etl-database-help = Der Name der ETL-Datenbank, die Tabellen wie qinfo und status enthält.
setup-field-genesys-engage-configuration-database = Konfigurationsdatenbank
setup-field-genesys-engage-configuration-database-help = Der Name der Konfigurationsdatenbank, die Tabellen wie cfg_dn und cfg_person enthält.
setup-field-genesys-engage-import-agent-status = Agentenstatus-Daten importieren
setup-field-genesys-engage-import-agent-status-help = Importiert auch, wann sich Agenten an- und abmelden oder ihre Aktivität wechseln. { -brand-injixo } ordnet die Status den Personen über ihren Benutzernamen aus { -brand-pureengage } zu, den du bei jeder Person als externe Benutzerkennung hinterlegst.
