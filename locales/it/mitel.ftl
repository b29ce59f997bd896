## Mitel (riquadro proprio; nel prodotto il modello si chiama MiVoice Business).

catalogue-vendor-mitel-description = Contact center on-premise per chiamate, email, chat e social media.
catalogue-model-mitel-description = Importa lo storico di chiamate, email, chat e social media e gli stati degli agenti dal database di { -brand-mitel } tramite { -brand-cloud-link }.
setup-section-mitel-regional-settings = Impostazioni regionali
setup-field-mitel-acd-time-zone = Fuso orario ACD
setup-field-mitel-acd-time-zone-help = Il fuso orario locale del sistema su cui gira il tuo ACD { -brand-mitel } (UTC se è configurato in { "UTC±00:00" }).
setup-field-mitel-username-help = Un utente del database con accesso in lettura al database CCMData.
# Articolo: «Importa i dati sugli stati agente»; prodotto: «…degli agenti». L’articolo vince.
setup-field-mitel-import-agent-status = Importa i dati sugli stati agente
setup-field-mitel-import-agent-status-help = Gli stati degli agenti devono trovarsi nelle tabelle tblConfig_Attributes_User_Employee, AgentTraceEventsStats e tblConfig_Agent. { -brand-injixo } li associa alle persone tramite il nome utente di { -brand-mivoice-business }, che inserisci come identificatore esterno di ogni persona.
