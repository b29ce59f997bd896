## Field kinds of the setup form (placeholder and no-result text as the product words them)

time-zone-placeholder = Search or select a time zone
time-zone-no-result = No result
