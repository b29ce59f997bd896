## Generate injixo URL token (integration page of models whose vendor calls
## injixo at a URL, Odigo): the token is shown once, like the injixo API key.
## Labels from the Odigo article (section, token) and the product (placeholder,
## dialog); the Odigo steps are facts of the article, in our words.

url-token-section-title = Generate { -brand-injixo } URL token
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-intro = { $product } sends every change of an agent’s status to { -brand-injixo } in real time, at an address that contains this token. Generate it here and enter it in { $product }.
url-token-label = { -brand-injixo } URL token
url-token-none = The { -brand-injixo } URL token will appear once it has been generated.
url-token-save-first = To generate the { -brand-injixo } URL token, save the integration first: the page of the saved integration offers it.
url-token-step-generate = Click Generate below and copy the { -brand-injixo } URL token.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-activate = In the Administration section of your { $product } interface, sending notifications to an external server must be activated. Contact { $product } to do this.
url-token-step-paste = Paste the { -brand-injixo } URL token as the notification URL and save the settings.
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-step-restart = The integration starts once the server has been restarted: contact { $product } again. Agent statuses show in { -brand-injixo } after you have mapped the external user identifiers to people and the statuses to activities.
url-token-once-warning = Copy the token now. For your security it is shown only this once: if you cannot finish the setup now, keep it somewhere safe, such as a password manager.
url-token-copied-status = The token has been copied to the clipboard.
url-token-copy-failed = Copying did not work. The token is selected: press Ctrl+C (⌘C on a Mac) to copy it.
url-token-regenerate-title = Generate a new { -brand-injixo } URL token?
# Variables:
#   $product (String) - brand name of the model, e.g. Odigo
url-token-regenerate-body = When the new token is generated, the current one is deleted and stops working at once. Replace it with the new one in { $product }.
url-token-regenerate-confirm = Generate new URL token
url-token-regenerate-cancel = Keep current token
url-token-leave-title = Leave without copying the token?
url-token-leave-body = The { -brand-injixo } URL token is shown only once. Without a copy you will have to generate a new one, and the old one stops working.
url-token-leave-cancel = Stay and copy the token

## Access injixo API: the key's own label and what re-generating means there

api-key-label = { -brand-injixo } API key
api-regenerate-body = The current key stops working at once. Until your application uses the new key, its requests are refused and no new data reaches { -brand-injixo }.

## Copying a value that is not secret (the configuration ID)

copy-value-copied-status = The value has been copied to the clipboard.
copy-value-copy-failed = Copying did not work. The value is selected: press Ctrl+C (⌘C on a Mac) to copy it.

## Freshdesk Contact Center: the app-side checkbox of its article (step 4), named
## in English in all six articles, as the app shows it.

app-step-fdcc-export-realtime = In the app’s settings, tick Export real-time agent status data, so that { -brand-injixo } receives agent statuses for real-time adherence.
