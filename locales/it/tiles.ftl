## What a vendor tile says about its models, and the link to a model's article
## (labels as the product words them; IT "Modo consegna" made grammatical)

catalogue-features-label = Funzionalità
catalogue-delivery-label = Modalità di consegna
help-learn-more = Per saperne di più
