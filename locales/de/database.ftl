## Datenbank (Kachel Universal Interfaces). Bezeichnungen wie im Artikel
## (add-database-integration, Juni 2024); Felder, die er nur im Fließtext nennt, mit
## der Bezeichnung des Produkts. Der Abschnitt Zugangsdaten ist setup-section-credentials.

catalogue-model-database-description = Liest Kontakte, Intervalle oder Agentenstatus mit einer SQL-Abfrage aus deiner eigenen Datenbank, über { -brand-cloud-link }.
setup-field-database-type = Datenbanktyp
setup-option-database-mysql = { -brand-mysql }
setup-option-database-odbc = Andere (ODBC)
setup-field-database-name = Datenbankname
setup-field-database-username = Benutzername
setup-field-database-mssql-port-help = Lass den Port bei einer benannten Instanz (named instance) leer und öffne stattdessen den UDP-Port 1434 in deiner Firewall, damit der Dienst { -brand-sql-server } Browser { -brand-cloud-link } den Port mitteilen kann.
setup-field-database-connection-string-help = Der Connection String für deinen Datenbanktyp und ODBC-Treiber (viele stehen auf connectionstrings.com) oder { "DSN=myODBCDatasourceName;" } für eine ODBC-Datenquelle. Abfragen begrenzen SQL-Bezeichner mit doppelten Anführungszeichen: Wenn dein Treiber das nicht von sich aus tut, ergänze seine Option, etwa { "DELIMIDENT=y;" } für { -brand-informix }.
# Der Artikel nennt das Feld nur im Fließtext: die Bezeichnung des Produkts.
setup-field-database-import-data-type = Datentyp für Import
setup-field-database-import-data-type-help = Ein Datentyp pro Integration: Für einen weiteren Typ füge eine weitere Integration hinzu.
setup-option-database-contact-based = Kontaktbasiert
setup-option-database-interval-based = Intervallbasiert
setup-option-database-agent-status = Agentenstatus
setup-field-database-interval-length = Intervalllänge
setup-field-database-interval-length-help = Die Länge der Intervalle, zu denen deine Abfrage die Kontakte zusammenfasst.
setup-option-database-interval-15 = 15 Minuten
setup-option-database-interval-30 = 30 Minuten
setup-field-database-import-realtime-data = Echtzeitdaten importieren
setup-field-database-import-realtime-data-help = Importiert Agentenstatus alle 10 Sekunden statt alle 15 Minuten. Nur in { -brand-injixo } Advanced und Enterprise WFM.
# Im Produkt standardmäßig aktiviert; der Katalog kennt noch keine Vorgaben, daher „Empfohlen“.
setup-field-database-data-reconciliation = Datenabgleich
setup-field-database-data-reconciliation-help = Empfohlen. Alle 15 Minuten importiert { -brand-injixo } die Agentenstatus der letzten 24 Stunden erneut, damit auch Korrekturen in deiner Datenbank (etwa eine vergessene Abmeldung) ankommen. Ohne Abgleich werden nur die Daten seit dem letzten Import gelesen: Das schont die Datenbank, ältere Korrekturen musst du dann aber in { -brand-injixo } von Hand vornehmen.
# Artikel: „Wähle die Zeitzone deiner Datenbank“ mit fettem „Zeitzone“; Produkt:
# „Zeitzone der Datenbank“. Der Artikel gewinnt.
setup-field-database-time-zone = Zeitzone
setup-field-database-time-zone-help = Die Zeitzone der Zeitangaben in deiner Datenbank.
setup-field-database-sql-query = SQL-Abfrage
setup-field-database-sql-query-help = Läuft alle 15 Minuten. Sie muss die Spalten liefern, die für deinen Datentyp aufgeführt sind, und zwar unter diesen Namen: Verwende Aliasse oder eine View, wenn deine anders heißen. Die Tabelle wählst du selbst.

## Spalten des Abfrageergebnisses: was jede enthält. Die Spaltennamen bleiben englisch.
## Kontaktbasiert folgt den aktuellen Artikeln (Englisch, Deutsch, Italienisch).

setup-column-database-queueidentifier = Eindeutige Kennung der Queue. Sie bleibt gleich, wenn du die Queue über queuename umbenennst.
setup-column-database-queuename = Name der Queue.
# Der Artikel schreibt auch bei kontaktbasierten Daten „Beginn des Intervalls“.
setup-column-database-timestamp = Beginn des Intervalls.
setup-column-database-offered = Anzahl der Kontakte im Intervall (etwa Anrufe oder E-Mails).
setup-column-database-interval-answered = Anzahl der bearbeiteten Kontakte im Intervall.
setup-column-database-handlingtime = Gesamte Bearbeitungszeit aller Kontakte im Intervall.
setup-column-database-contact-answered = 1, wenn der Kontakt bearbeitet wurde, sonst 0.
setup-column-database-duration = Bearbeitungszeit dieses Kontakts.
setup-column-database-channel = Kanal der Quell-Queue in { -brand-injixo }: calls, chats, emails, social_media, documents oder cases. Leer bedeutet calls.
setup-column-database-agentidentifier = Eindeutige Kennung des Agenten: die externe Benutzerkennung der Person in { -brand-injixo }.
setup-column-database-starttime = Beginn der Agentenstatus-Aktivität.
setup-column-database-endtime = Ende der Aktivität. Lass es leer, solange die Aktivität andauert.
setup-column-database-activity = Kennung der externen Aktivität.
