## The page of one integration

integration-details-heading = Details
integration-model-label = Modell
integration-status-label = Status
integration-created-label = Hinzugefügt am
integration-last-import-label = Letzter Import
integration-last-import-never = Noch keine Daten importiert
integration-secret-configured = Eingerichtet
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Eingerichtet, endet auf …{ $last4 }
integration-value-yes = Ja
integration-value-no = Nein

# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = Seit Längerem keine neuen Daten
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = Seit mehr als { $hours } Stunden sind keine { $product }-Daten eingegangen, obwohl der Status Operational ist. Fehler zwischen der { -brand-injixo }-App und { -brand-injixo } kann die Integration nicht erkennen. Prüfe in { $product }, ob der { -brand-injixo } API-Key in den Einstellungen der App noch gültig ist. Wenn nicht, generiere ihn hier erneut und füge den neuen API-Key in die App ein; wenn ja, wende dich an den { -brand-injixo } Support.
hint-app-silent-action = { -brand-injixo } API-Key ersetzen
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = Seit { $hours } Stunden keine Daten empfangen

## Install the injixo app (bottom of the integration page)

app-section-title = Installiere { -brand-injixo }-App
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = Die { $product }-Integration benötigt eine Client-Anwendung: Die { -brand-injixo }-App sammelt deine { $product }-Daten und sendet sie an { -brand-injixo }. Dabei meldet sich die App mit dem { -brand-injixo } API-Key an, den du hier generierst.
app-step-generate = Generiere unten den { -brand-injixo } API-Key und kopiere ihn.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Öffne die { -brand-injixo }-App im { -brand-freshworks } Marketplace und installiere sie in deinem { $product }-Account.
app-step-paste = Wenn die App danach fragt, füge den { -brand-injixo } API-Key ein und speichere die Einstellungen der App.
app-marketplace-link = { -brand-freshworks } Marketplace
app-opens-new-tab = (wird in einem neuen Tab geöffnet)
app-key-label = { -brand-injixo } API-Key
app-key-none = Es wurde noch kein { -brand-injixo } API-Key generiert.
app-generate-button = Generieren
app-generating = Wird generiert…
app-key-once-warning = Kopiere den API-Key jetzt. Zu deiner Sicherheit wird er nur dieses eine Mal angezeigt: Sobald du diese Seite verlässt, sind nur noch seine letzten vier Zeichen sichtbar.
app-copy-button = Kopieren
app-copied = Kopiert
app-copied-status = Der API-Key wurde in die Zwischenablage kopiert.
app-copy-failed = Das Kopieren hat nicht funktioniert. Der API-Key ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.
app-key-done-button = Fertig
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Erstellt am
app-key-last-used-label = Zuletzt verwendet
app-key-never-used = Noch nicht verwendet
app-regenerate-button = Erneut generieren
app-regenerate-title = { -brand-injixo } API-Key erneut generieren?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = Der aktuelle API-Key funktioniert dann sofort nicht mehr. Bis du den neuen API-Key in die { -brand-injixo }-App in { $product } einfügst, kommen keine neuen { $product }-Daten bei { -brand-injixo } an.
app-regenerate-confirm = Neuen API-Key generieren
app-regenerate-cancel = Aktuellen API-Key behalten
app-leave-title = Verlassen, ohne den API-Key zu kopieren?
app-leave-body = Der { -brand-injixo } API-Key wird nur einmal angezeigt. Ohne Kopie musst du einen neuen generieren, und der alte funktioniert dann nicht mehr.
app-leave-confirm = Ohne Kopieren verlassen
app-close-confirm = Ohne Kopieren schließen
app-leave-cancel = Bleiben und API-Key kopieren
