## Mitel (eigene Kachel; das Modell heißt im Produkt MiVoice Business).

catalogue-vendor-mitel-description = On-Premise-Contact-Center für Anrufe, E-Mails, Chats und Social Media.
catalogue-model-mitel-description = Importiert die Historie von Anrufen, E-Mails, Chats und Social Media sowie Agentenstatus aus der Datenbank von { -brand-mitel } über { -brand-cloud-link }.
setup-section-mitel-regional-settings = Regionale Einstellungen
# Der Artikel nennt das Feld nur im Fließtext („die Zeitzone deiner ACD“): die Bezeichnung des Produkts.
setup-field-mitel-acd-time-zone = Zeitzone der ACD
setup-field-mitel-acd-time-zone-help = Die lokale Zeitzone des Systems, auf dem deine { -brand-mitel }-ACD läuft (UTC, wenn es auf { "UTC±00:00" } eingestellt ist).
setup-field-mitel-username-help = Ein Datenbankbenutzer mit Lesezugriff auf die Datenbank CCMData.
setup-field-mitel-import-agent-status = Agentenstatus-Daten importieren
setup-field-mitel-import-agent-status-help = Die Agentenstatus müssen in den Tabellen tblConfig_Attributes_User_Employee, AgentTraceEventsStats und tblConfig_Agent stehen. { -brand-injixo } ordnet sie den Personen über ihren Benutzernamen aus { -brand-mivoice-business } zu, den du bei jeder Person als externe Benutzerkennung hinterlegst.
