## Mitel (own tile; the product's model is MiVoice Business).

catalogue-vendor-mitel-description = On-premise contact center for calls, emails, chats and social media.
catalogue-model-mitel-description = Imports call, email, chat and social media history and agent statuses from the { -brand-mitel } database through { -brand-cloud-link }.
# The article writes "Regional Settings", the product "Regional settings": the article wins.
setup-section-mitel-regional-settings = Regional Settings
setup-field-mitel-acd-time-zone = ACD time zone
setup-field-mitel-acd-time-zone-help = The local time zone of the system your { -brand-mitel } ACD runs on (UTC if it is set up in { "UTC±00:00" }).
setup-field-mitel-username-help = A database user with read access to the database CCMData.
setup-field-mitel-import-agent-status = Import agent status data
setup-field-mitel-import-agent-status-help = Needs the agent statuses in the tables tblConfig_Attributes_User_Employee, AgentTraceEventsStats and tblConfig_Agent. { -brand-injixo } assigns them to people by their user name from { -brand-mivoice-business }, entered as each person’s external identifier.
