## Mitel (eigen tegel; het model heet in het product MiVoice Business).

catalogue-vendor-mitel-description = On-premise contactcenter voor oproepen, e-mails, chats en sociale media.
catalogue-model-mitel-description = Importeert de geschiedenis van oproepen, e-mails, chats en sociale media en agentstatussen uit de database van { -brand-mitel } via { -brand-cloud-link }.
setup-section-mitel-regional-settings = Regionale instellingen
setup-field-mitel-acd-time-zone = ACD tijdzone
setup-field-mitel-acd-time-zone-help = De lokale tijdzone van het systeem waarop je { -brand-mitel } ACD draait (UTC als het op { "UTC±00:00" } is ingesteld).
setup-field-mitel-username-help = Een databasegebruiker met leestoegang tot de database CCMData.
setup-field-mitel-import-agent-status = Agentstatusgegevens importeren
setup-field-mitel-import-agent-status-help = De agentstatussen moeten in de tabellen tblConfig_Attributes_User_Employee, AgentTraceEventsStats en tblConfig_Agent staan. { -brand-injixo } koppelt ze aan personen via hun gebruikersnaam uit { -brand-mivoice-business }, die je bij elke persoon als externe gebruikers-ID invoert.
