## Overview: Account > Integrations

overview-title = Integrazioni
overview-add-button = Aggiungi integrazione
overview-intro = Collega i sistemi con cui lavora il tuo team, così { -brand-injixo } potrà importarne i dati sui contatti.
overview-empty-title = Ancora nessuna integrazione
overview-empty-text = Aggiungi la tua prima integrazione per iniziare a importare i dati sui contatti dal tuo contact center o sistema CRM.
overview-table-caption = Le tue integrazioni
overview-column-name = Nome
overview-column-model = Modello
overview-column-status = Stato
overview-column-last-import = Ultima importazione
overview-last-import-never = Mai
