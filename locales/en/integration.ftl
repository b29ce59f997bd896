## The page of one integration

integration-details-heading = Details
integration-model-label = Model
integration-status-label = Status
integration-created-label = Added on
integration-last-import-label = Last import
integration-last-import-never = No data imported yet
integration-secret-configured = Configured
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configured, ending …{ $last4 }
integration-value-yes = Yes
integration-value-no = No
# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = No new data for a while
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = No { $product } data has been received for more than { $hours } hours, although the status is Operational. The integration cannot detect errors between the { -brand-injixo } app and { -brand-injixo }. Check in { $product } that the { -brand-injixo } API key in the app’s settings is still valid. If it is not, re-generate it here and paste the new key into the app; if it is, contact { -brand-injixo } Support.
hint-app-silent-action = Replace the { -brand-injixo } API key
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = No data received for { $hours } hours

## Install the injixo app (bottom of the integration page)

app-section-title = Install the { -brand-injixo } app
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = The { $product } integration needs a client application: the { -brand-injixo } app collects your { $product } data and sends it to { -brand-injixo }. The app signs in with the { -brand-injixo } API key you generate here.
app-step-generate = Generate the { -brand-injixo } API key below and copy it.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Open the { -brand-injixo } app in the { -brand-freshworks } marketplace and install it in your { $product } account.
app-step-paste = When the app asks for it, paste the { -brand-injixo } API key and save the app’s settings.
app-marketplace-link = { -brand-freshworks } marketplace
app-opens-new-tab = (opens in a new tab)
app-key-label = { -brand-injixo } API key
app-key-none = No { -brand-injixo } API key has been generated yet.
app-generate-button = Generate
app-generating = Generating…
app-key-once-warning = Copy the key now. For your security it is shown only this once: when you leave this page, only its last four characters remain visible.
app-copy-button = Copy
app-copied = Copied
app-copied-status = The key has been copied to the clipboard.
app-copy-failed = Copying did not work. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.
app-key-done-button = Done
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Created
app-key-last-used-label = Last used
app-key-never-used = Not used yet
app-regenerate-button = Re-generate
app-regenerate-title = Re-generate the { -brand-injixo } API key?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = The current key stops working at once. Until you paste the new key into the { -brand-injixo } app in { $product }, no new { $product } data reaches { -brand-injixo }.
app-regenerate-confirm = Generate new key
app-regenerate-cancel = Keep current key
app-leave-title = Leave without copying the key?
app-leave-body = The { -brand-injixo } API key is shown only once. Without a copy you will have to generate a new one, and the old one stops working.
app-leave-confirm = Leave without copying
app-close-confirm = Close without copying
app-leave-cancel = Stay and copy the key
