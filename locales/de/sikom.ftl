## Sikom (eigene Kachel). Der Artikel nennt die Abschnitte und die Checkbox; die
## Felder stehen dort nur im Fließtext, ihre Bezeichnungen sind die des Produkts.

catalogue-vendor-sikom-description = On-Premise-Contact-Center für Anrufe.
catalogue-model-sikom-description = Importiert die Anruf-Historie, Agentenstatus und Daten für die Planeinhaltung in Echtzeit aus der Datenbank von { -brand-sikom } über { -brand-cloud-link }.
# Produkt: „Datenbankzeitzone“ (beim Datenbank-Modell schreibt es „Zeitzone der Datenbank“).
setup-field-sikom-database-time-zone = Datenbankzeitzone
setup-field-sikom-database-time-zone-help = Die Zeitzone deiner { -brand-sikom }-Datenbank.
setup-field-sikom-username-help = Ein Datenbankbenutzer mit Lesezugriff auf die Datenbank sk_acc_v5.
setup-field-sikom-import-agent-status = Agentenstatus-Daten importieren
setup-field-sikom-import-agent-status-help = Importiert auch, wann sich Agenten an- und abmelden oder ihre Aktivität wechseln. { -brand-injixo } ordnet die Status den Personen über ihren Benutzernamen aus { -brand-sikom } zu, den du bei jeder Person als externe Benutzerkennung hinterlegst.
