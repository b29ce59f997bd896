## injixo URL-Token erzeugen (Odigo). Abschnitt und Token wie im Odigo-Artikel
## („injixo URL-Token erzeugen“, „injixo URL-Token“); Dialog wie im Produkt.

url-token-section-title = { -brand-injixo } URL-Token erzeugen
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } sendet jede Änderung eines Agentenstatus in Echtzeit an { -brand-injixo }, und zwar an eine Adresse, die diesen Token enthält. Erzeuge ihn hier und trage ihn in { $product } ein.
url-token-label = { -brand-injixo } URL-Token
url-token-none = Der { -brand-injixo } URL-Token wird angezeigt, sobald er erzeugt wurde.
url-token-save-first = Um den { -brand-injixo } URL-Token zu erzeugen, speichere zuerst die Integration: Die Seite der gespeicherten Integration bietet ihn an.
url-token-step-generate = Klicke unten auf „Generieren“ und kopiere den { -brand-injixo } URL-Token.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = Im Administrationsbereich deiner { $product }-Schnittstelle muss das Versenden von Benachrichtigungen an einen externen Server aktiviert sein. Wende dich dazu an { $product }.
url-token-step-paste = Füge den { -brand-injixo } URL-Token als Benachrichtigungs-URL ein und speichere die Einstellungen.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = Die Integration startet, sobald der Server neu gestartet wurde: Wende dich auch dazu an { $product }. Agentenstatus erscheinen in { -brand-injixo }, nachdem du die externen Benutzerkennungen Mitarbeitern und die Status Aktivitäten zugeordnet hast.
url-token-once-warning = Kopiere den Token jetzt. Zu deiner Sicherheit wird er nur dieses eine Mal angezeigt: Wenn du die Einrichtung nicht gleich abschließen kannst, bewahre ihn sicher auf, etwa in einem Passwort-Manager.
url-token-copied-status = Der Token wurde in die Zwischenablage kopiert.
url-token-copy-failed = Das Kopieren hat nicht funktioniert. Der Token ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.
url-token-regenerate-title = Einen neuen { -brand-injixo } URL-Token erzeugen?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = Sobald der neue Token erzeugt wurde, wird der aktuelle gelöscht und funktioniert sofort nicht mehr. Ersetze ihn in { $product } durch den neuen.
url-token-regenerate-confirm = Neuen URL-Token erzeugen
url-token-regenerate-cancel = Aktuellen Token behalten
url-token-leave-title = Verlassen, ohne den Token zu kopieren?
url-token-leave-body = Der { -brand-injixo } URL-Token wird nur einmal angezeigt. Ohne Kopie musst du einen neuen erzeugen, und der alte funktioniert dann nicht mehr.
url-token-leave-cancel = Bleiben und Token kopieren

## Zugriff auf die injixo API: der Artikel nennt den Schlüssel „injixo API-Schlüssel“

api-key-label = { -brand-injixo } API-Schlüssel
api-regenerate-body = Der aktuelle Schlüssel funktioniert sofort nicht mehr. Bis deine Anwendung den neuen Schlüssel verwendet, werden ihre Anfragen abgelehnt und keine neuen Daten erreichen { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = Der Wert wurde in die Zwischenablage kopiert.
copy-value-copy-failed = Das Kopieren hat nicht funktioniert. Der Wert ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = Setze in den Einstellungen der App das Häkchen bei Export real-time agent status data, damit { -brand-injixo } Agentenstatus für die Echtzeit-Adhärenz erhält.
