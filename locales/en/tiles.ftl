## What a vendor tile says about its models, and the link to a model's article
## (labels as the product words them; IT "Modo consegna" made grammatical)

catalogue-features-label = Features
catalogue-delivery-label = Delivery mode
help-learn-more = Learn more
