## Brand names. Never translated; used through these terms so that a rename is one edit.

-brand-injixo = injixo
-brand-freshworks = Freshworks
-brand-freshchat = Freshchat
-brand-freshdesk = Freshdesk

-brand-five9 = Five9
-brand-vonage = Vonage
-brand-talkdesk = Talkdesk
-brand-ujet = Ujet
-brand-odigo = Odigo
-brand-zendesk = Zendesk
-brand-genesys-cloud = Genesys Cloud
