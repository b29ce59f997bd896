## Errors. Chosen by the error code the server sends; its English prose is never shown.

error-network = No connection to { -brand-injixo }. Check your network connection and try again.
error-timeout = { -brand-injixo } did not answer in time. Try again.
error-unauthorized = Your session has expired. Sign in again to continue.
error-forbidden = You are not allowed to manage integrations. Ask an account administrator of your { -brand-injixo } account.
error-server = Something went wrong at { -brand-injixo }. Try again in a moment.
error-unexpected-response = { -brand-injixo } sent an unexpected answer. Try again, and contact { -brand-injixo } Support if it happens again.
error-check-fields = Some fields need your attention. Nothing you entered has been lost.
error-not-found = This integration does not exist (anymore).
error-vendor-unavailable = The vendor’s system could not be reached, so your credentials could not be verified. Try again in a few minutes.
error-request-in-progress = Your previous attempt is still being processed. Wait a moment and try again.
error-unknown-model = This integration model is no longer available.
# Support reference shown under an error.
# Variables:
#   $reference (String) - the request id of the failed request
error-reference = Reference for { -brand-injixo } Support: { $reference }

## Problems with a single field. Every message gets the same variables.
## Variables:
##   $product (String) - brand name of the model, e.g. Freshchat
##   $example (String) - example value, e.g. example.freshchat.com
##   $other (String) - brand name of the product whose domain was entered, e.g. Freshdesk
##   $max (Number) - the longest allowed value (characters), or the largest number
##   $min (Number) - the smallest allowed number

field-error-required = Fill in this field.
field-error-required-choice = Choose one of the options.
# Variables:
#   $max (Number) - the longest allowed value, in characters
field-error-too-long = Use at most { $max } characters.
field-error-name-taken = An integration with this name already exists. Choose a different name.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-invalid = Enter a domain name such as { $example }.
# Variables:
#   $example (String) - example value, e.g. example.freshchat.com
field-error-domain-missing-subdomain = Enter your full domain including the subdomain, e.g. { $example }.
# Variables:
#   $other (String) - brand name of the product whose domain was entered
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-wrong-vendor = This is a { $other } domain. Enter your { $product } domain, e.g. { $example }.
# Variables:
#   $product (String) - brand name of the model
#   $example (String) - example value
field-error-domain-not-vendor = This is not a { $product } domain. Enter your { $product } domain, e.g. { $example }.
# Variables:
#   $product (String) - brand name of the model
field-error-domain-unreachable = { $product } could not be reached at this domain. Check the spelling of your subdomain.
# Any model whose field has no own message for it (the product: "The credentials
# you provided are not valid.").
# Variables:
#   $product (String) - brand name of the model
field-error-credentials-invalid = { $product } did not accept these credentials. Check what you entered and try again.
# Any model whose field has no own message for it (the product: "The provided
# user has insufficient privileges."); no role is named, as most vendors name none.
field-error-credentials-insufficient-role = The user of these credentials does not have sufficient privileges.
field-error-immutable = This cannot be changed after saving.
field-error-not-a-number = Enter a whole number.
# Variables:
#   $min (Number) - the smallest allowed number
#   $max (Number) - the largest allowed number
field-error-out-of-range = Enter a number from { $min } to { $max }.
field-error-url-invalid = Enter a complete address that starts with https://.
field-error-rejected = This value was not accepted. Check it and try again.
error-app-key-exists = An { -brand-injixo } API key was generated in the meantime, perhaps in another tab. Reload the page to see it.
error-plan-required = Your { -brand-injixo } plan does not include this integration.
error-csrf = Your session could not be confirmed for this change. Reload the page and try again; nothing you entered is lost.
error-copy-details = Copy details
error-details-copied = Details copied for { -brand-injixo } Support.
error-details-copy-failed = Copying did not work.
