## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Rechercher et sélectionner un fuseau horaire
time-zone-no-result = Aucun résultat
