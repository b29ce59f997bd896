## Interactive Intelligence CIC (riquadro Genesys). Etichette dall’articolo
## (add-an-inin-cic-integration, giugno 2024); «Indirizzi del server dell’ACD» con
## l’apostrofo tipografico dell’articolo (il prodotto scrive «dell'ACD»).

catalogue-model-inin-cic-description = Importa i dati per l’aderenza in tempo reale dai server ACD del tuo { -brand-interactive-intelligence-cic } tramite { -brand-cloud-link }.
setup-field-inin-cic-time-zone = Fuso orario
setup-field-inin-cic-time-zone-help = Il fuso orario del tuo ACD.
setup-field-inin-cic-acd-server-addresses = Indirizzi del server dell’ACD
# La porta predefinita 42027 viene dal prodotto.
setup-field-inin-cic-acd-server-addresses-help = Il nome DNS o l’indirizzo IP di ogni ACD con la sua porta dopo i due punti, per esempio { "acd.example.com:8080" }. Senza porta, { -brand-injixo } usa la porta predefinita 42027. Separa più ACD con delle virgole.
