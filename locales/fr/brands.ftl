## Brand names. Never translated; used through these terms so that a rename is one edit.

-brand-injixo = injixo
-brand-freshworks = Freshworks
-brand-freshchat = Freshchat
-brand-freshdesk = Freshdesk
