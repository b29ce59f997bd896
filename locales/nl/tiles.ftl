## What a vendor tile says about its models, and the link to a model's article
## (labels as the product words them; IT "Modo consegna" made grammatical)

catalogue-features-label = Kenmerken
catalogue-delivery-label = Bezorgingsmodus
help-learn-more = Leer meer
