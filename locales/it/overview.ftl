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
# Shown below the table when an account has more integrations than one batch (50).
# Variables:
#   $shown (Number) - how many rows the table shows
#   $total (Number) - how many integrations the account has
overview-shown-count = Visualizzate { $shown } di { $total } integrazioni
# Adds the next batch of rows to the table.
# Variables:
#   $count (Number) - how many rows the button adds (50, or fewer for the last batch)
overview-show-more-button =
    { $count ->
        [one] Mostra un’altra
       *[other] Mostra altre { $count }
    }
# Above the reason why, when Show more could not load the next integrations.
overview-more-failed = Non è stato possibile caricare le integrazioni successive. Quelle già visualizzate restano invariate.
