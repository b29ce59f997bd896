## Avaya CMS (eigene Kachel). Felder wie im Artikel (Connection String, Zeitzone der
## Datenbank, Agentenstatus mit Details, Echtzeitdaten mit Port) und dazu die
## „Anrufgruppierung“ des Produkts, die kein Artikel nennt; die „Datenquelle“ des
## Produkts steckt im Connection String (DSN=…;). Entscheidung: siehe en/avaya-cms.ftl.

catalogue-vendor-avaya-cms-description = Call Management System für Contact Center von { -brand-avaya }, auf deinen eigenen Servern.
catalogue-model-avaya-cms-description = Importiert Anrufe und Agentenstatus aus der Datenbank von { -brand-avaya-cms } über { -brand-cloud-link }, Agentenstatus auf Wunsch auch in Echtzeit.
setup-section-avaya-cms-configuration-help = { -brand-injixo } ordnet Agentenstatus den Personen über ihren Benutzernamen aus { -brand-avaya-cms } zu, den du bei jeder Person als externe Benutzerkennung hinterlegst. Wenn du Echtzeitdaten importierst, pausiere die Integration, bevor du zuordnest.
setup-field-avaya-cms-connection-string-help = Der ODBC-Connection-String der CMS-Datenbank. Meist ist das { -brand-informix }: Verwende dessen ODBC-Treiber mit der Option { "DELIMIDENT=y;" }, zum Beispiel { "DSN=AvayaCMS;DELIMIDENT=y;" } für eine gleichnamige ODBC-Datenquelle. Bei einer anderen Datenbank verwende den String ihres ODBC-Treibers.
# Der Artikel nennt das Feld nur im Fließtext; die Bezeichnung des Datenbank-Modells im Produkt.
setup-field-avaya-cms-database-time-zone = Zeitzone der Datenbank
setup-field-avaya-cms-database-time-zone-help = Die Zeitzone der CMS-Datenbank.
setup-field-avaya-cms-call-grouping = Anrufgruppierung
setup-field-avaya-cms-call-grouping-help = Wie Anrufe zu Queues gruppiert werden: nach VDN oder nach Split.
setup-option-avaya-cms-grouping-vdn = VDN-basiert
setup-option-avaya-cms-grouping-split = Split-basiert
setup-field-avaya-cms-detailed-agent-statuses = Agentenstatus mit Details importieren
setup-field-avaya-cms-detailed-agent-statuses-help = Ergänzt die importierten Agentenstatus um Skills (Agentenprofil) und Splits (Anrufweiterleitung).
setup-field-avaya-cms-import-realtime-data = Echtzeitdaten importieren
setup-field-avaya-cms-import-realtime-data-help = Überträgt Agentenstatus in Echtzeit: Der Dienst { -brand-avaya } Generic RTA, in { -brand-avaya } lizenziert und konfiguriert, verbindet sich über den Port darunter mit { -brand-cloud-link }.
setup-field-avaya-cms-rta-port-help = { -brand-cloud-link } lauscht auf diesem TCP-Port auf den Dienst { -brand-avaya } Generic RTA: Erlaube eingehende Verbindungen zu diesem Port auf dem Server, auf dem { -brand-cloud-link } läuft.
