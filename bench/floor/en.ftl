app-title = Integrations
nav-overview = Overview
nav-catalogue = Catalogue
nav-form = New integration
not-found = Page not found.
overview-title = Your integrations
overview-intro = Connect injixo to the tools your team already uses.
overview-clicks = { $count ->
    [one] Clicked once
   *[other] Clicked { $count } times
}
overview-empty = You have no integrations yet.
catalogue-title = Catalogue
catalogue-intro = Choose a tool to connect.
catalogue-salesforce = Salesforce
catalogue-zendesk = Zendesk
catalogue-freshchat = Freshchat
form-title = New integration
form-intro = Enter the connection details of { $vendor }.
form-name = Name
form-email = Contact e-mail
form-key = API key
form-save = Save
form-saved = Integration saved.
error-required = This field is required.
error-email = Enter a valid e-mail address.
error-key-short = The API key has at least 8 characters.
error-network = The server could not be reached. Try again.
