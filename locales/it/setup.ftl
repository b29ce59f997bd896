## Setup form of a new integration

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-title = Aggiungi integrazione { $product }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-intro = Assegna all’integrazione un nome univoco e inserisci le credenziali del tuo account { $product }. { -brand-injixo } le verificherà quando salvi.
# Models whose injixo Cloud Link is required (on premise).
setup-intro-on-premise = Assegna all’integrazione un nome univoco, collega { -brand-cloud-link } nella tua rete e indica come raggiunge il tuo sistema. { -brand-injixo } verificherà la connessione quando salvi.
# The CSV model.
setup-intro-csv = Assegna all’integrazione un nome univoco, scegli il tipo di dati da importare e crea lo schema CSV che indica a { -brand-injixo } come leggere i tuoi file. Collega { -brand-cloud-link } solo se deve inviare i file al posto tuo.
# A model that needs nothing but a name (injixo API).
setup-intro-name-only = Assegna all’integrazione un nome univoco: non serve altro.
setup-field-name = Nome
setup-field-name-help = Un nome univoco che identifichi l’origine dei dati, per esempio «Chat assistenza Europa».
setup-section-credentials = Credenziali
setup-field-domain = Dominio
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $example (String) - example domain, e.g. example.freshchat.com
setup-field-domain-help = Il nome completo del tuo dominio { $product }, incluso il sottodominio, per esempio { $example }.
# Example value of a vendor domain field; only the first part is translated.
# Variables:
#   $suffix (String) - the vendor's domain, e.g. freshchat.com
setup-domain-example = esempio.{ $suffix }
setup-field-api-key = Chiave API
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
setup-field-api-key-help-account-admin = In { $product }, copia una chiave API valida di un utente con il ruolo di Account Administrator e incollala qui.
setup-show-secret = Mostra
setup-save-button = Salva integrazione
setup-saving = Verifica in corso…
setup-cancel-button = Annulla
# Variables:
#   $name (String) - name of the saved integration
setup-saved-toast = Integrazione «{ $name }» salvata.
