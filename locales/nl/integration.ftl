## The page of one integration

integration-details-heading = Details
integration-model-label = Model
integration-status-label = Status
integration-created-label = Toegevoegd op
integration-last-import-label = Laatste import
integration-last-import-never = Nog geen gegevens geïmporteerd
integration-secret-configured = Ingesteld
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Ingesteld, eindigt op …{ $last4 }
integration-value-yes = Ja
integration-value-no = Nee

# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = Al een tijdje geen nieuwe gegevens
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = Al meer dan { $hours } uur zijn er geen { $product }-gegevens ontvangen, hoewel de status Operationeel is. Fouten tussen de { -brand-injixo }-app en { -brand-injixo } kan de integratie niet detecteren. Controleer in { $product } of de { -brand-injixo } API-key in de instellingen van de app nog geldig is. Zo niet, genereer hem hier opnieuw en plak de nieuwe key in de app; zo ja, neem contact op met { -brand-injixo } Support.
hint-app-silent-action = { -brand-injixo } API-key vervangen
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = Al { $hours } uur geen gegevens ontvangen

## Install the injixo app (bottom of the integration page)

app-section-title = Installeer { -brand-injixo } app
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = Voor de { $product }-integratie is een clienttoepassing nodig: de { -brand-injixo }-app verzamelt je { $product }-gegevens en stuurt ze naar { -brand-injixo }. De app meldt zich aan met de { -brand-injixo } API-key die je hier genereert.
app-step-generate = Genereer hieronder de { -brand-injixo } API-key en kopieer hem.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Open de { -brand-injixo }-app in de { -brand-freshworks } marketplace en installeer deze in je { $product }-account.
app-step-paste = Plak de { -brand-injixo } API-key zodra de app erom vraagt, en sla de instellingen van de app op.
app-marketplace-link = { -brand-freshworks } marketplace
app-opens-new-tab = (opent in een nieuw tabblad)
app-key-label = { -brand-injixo } API-key
app-key-none = Er is nog geen { -brand-injixo } API-key gegenereerd.
app-generate-button = Genereren
app-generating = Genereren…
app-key-once-warning = Kopieer de key nu. Voor je veiligheid wordt hij maar één keer getoond: zodra je deze pagina verlaat, zijn alleen de laatste vier tekens nog zichtbaar.
app-copy-button = Kopiëren
app-copied = Gekopieerd
app-copied-status = De key is naar het klembord gekopieerd.
app-copy-failed = Kopiëren is niet gelukt. De key is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om hem te kopiëren.
app-key-done-button = Klaar
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Aangemaakt op
app-key-last-used-label = Laatst gebruikt
app-key-never-used = Nog niet gebruikt
app-regenerate-button = Opnieuw genereren
app-regenerate-title = { -brand-injixo } API-key opnieuw genereren?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = De huidige key werkt dan meteen niet meer. Zolang je de nieuwe key niet in de { -brand-injixo }-app in { $product } hebt geplakt, komen er geen nieuwe { $product }-gegevens bij { -brand-injixo } binnen.
app-regenerate-confirm = Nieuwe key genereren
app-regenerate-cancel = Huidige key behouden
app-leave-title = Verlaten zonder de key te kopiëren?
app-leave-body = De { -brand-injixo } API-key wordt maar één keer getoond. Zonder kopie moet je een nieuwe genereren, en dan werkt de oude niet meer.
app-leave-confirm = Verlaten zonder kopiëren
app-close-confirm = Sluiten zonder kopiëren
app-leave-cancel = Blijven en key kopiëren
