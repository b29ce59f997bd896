## What a vendor tile says about its models, and the link to a model's article
## (labels as the product words them; IT "Modo consegna" made grammatical)

catalogue-features-label = Funcionalidades
catalogue-delivery-label = Modo de distribución
help-learn-more = Saber más
