## injixo Cloud Link (Abschnitt der On-Premise-Formulare, Verbindungsstatus, Fehler).
## Bezeichnungen wie im Installationsartikel („Herunterladen für Windows 64-bit“,
## „PIN, die während der Installation angezeigt wird“, „Verbinden“, „Neue Installation
## von injixo Cloud Link“); sonst wie im Produkt.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } ist ein kleines Programm, das du auf einem Server in deinem Netzwerk neben deinem System installierst. Es sendet die Daten nur über ausgehende Verbindungen an { -brand-injixo }.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Optional: Nur nötig, wenn { -brand-cloud-link } die Dateien aus einem Ordner in deinem Netzwerk senden soll. Wenn du die Dateien manuell hochlädst, kannst du diesen Schritt überspringen.
cloud-link-os-label = Server-Betriebssystem
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Herunterladen für { $os } { $arch }
cloud-link-download-help = Lade das Installationsprogramm herunter, das zu deinem Betriebssystem passt, und installiere es. Die Installation zeigt eine PIN an: Gib sie unten ein.
cloud-link-install-guide = So installierst du { -brand-cloud-link }
cloud-link-pin-label = PIN, die während der Installation angezeigt wird
cloud-link-pin-help = Sechs Ziffern. Die PIN ist 5 Minuten gültig: Ist sie abgelaufen, starte { -brand-cloud-link } neu, um eine neue zu erhalten.
cloud-link-connect-button = Verbinden
cloud-link-connecting = Verbinden…
cloud-link-linked = Erfolgreich verbunden
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · Version { $version }
cloud-link-new-installation = Neue Installation von { -brand-cloud-link }
cloud-link-keep-installation = Verbundene Installation behalten
cloud-link-cancel-title = Bist du sicher?
cloud-link-cancel-body = Du hast bereits eine Verbindung zu deinem { -brand-cloud-link } hergestellt, die beim Verlassen verloren geht. Um ihn mit einer neuen Integration zu verbinden, starte { -brand-cloud-link } neu, damit er eine neue PIN anzeigt.
cloud-link-cancel-confirm = Ja, wirklich abbrechen
cloud-link-cancel-stay = Bearbeitung fortsetzen
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Server
cloud-link-version-label = Version
cloud-link-last-seen-label = Zuletzt gemeldet
cloud-link-connection-label = Verbindung
cloud-link-connected = Verbunden
cloud-link-not-connected = Nicht verbunden
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } meldet sich alle paar Sekunden bei { -brand-injixo }. Bleibt er { $seconds } Sekunden lang stumm, zeigt die Integration „Problem erkannt“, bis er wieder da ist.

error-cloud-link-not-connected = Dein { -brand-cloud-link } ist nicht verbunden.
error-cloud-link-unreachable = Keine Verbindung zu { -brand-cloud-link }. Prüfe, ob er auf deinem Server läuft, und versuche es erneut.
error-verification-failed = Die Integration konnte mit den angegebenen Daten nicht verifiziert werden. Prüfe die Felder unten.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Meldung deines Systems: { $message }
error-pin-attempts-exceeded = Zu viele falsche PINs. Warte ein paar Minuten und versuche es dann mit der PIN, die { -brand-cloud-link } jetzt anzeigt.
error-sql = Deine Datenbank hat die Abfrage nicht angenommen.
error-query-timeout = Die Abfrage hat länger gedauert, als { -brand-cloud-link } zulässt, und wurde abgebrochen. Mach sie schneller, zum Beispiel indem du sie auf aktuelle Zeilen beschränkst.
error-no-build = Dieser Download ist hier nicht verfügbar.
field-error-pin-invalid = Die PIN ist falsch. Prüfe, ob sie noch gültig ist; wenn du dir nicht sicher bist, starte { -brand-cloud-link } neu, um eine neue PIN zu erhalten, und versuche es erneut.
field-error-pin-format = Gib die sechs Ziffern der PIN ein.
field-error-time-zone-mismatch = Das System, auf dem { -brand-cloud-link } läuft, ist in einer anderen Zeitzone. Wähle die Zeitzone deines Systems.
