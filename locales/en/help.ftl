## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = { $product } data in { -brand-injixo }
help-freshchat-contacts-title = Contacts
help-freshchat-contacts-text = In { -brand-freshchat }, a chat usually holds several conversations between your team and a customer. { -brand-injixo } counts every solved chat as one contact, however many conversations it contains.
help-freshchat-contacts-example = Example: a customer starts a chat on your website. A team member replies, but solves the issue only a day later because more information was needed. { -brand-injixo } counts this as one contact.
help-freshchat-queues-title = Source queue names
help-freshchat-queues-text = { -brand-injixo } names each source queue after the { -brand-freshchat } group of the chat (“group name”), for example Customer Support.
help-freshchat-deleted-title = Deleted and spam chats
help-freshchat-deleted-text = A chat can be deleted or marked as spam when it is updated. The integration then cannot tell its group, so such chats are counted in the source queue Undefined_Queue. You can usually leave that queue out when you plan your team’s workload.
help-freshchat-faq-question = No new { -brand-freshchat } data arrives, but the status still says Operational. What can I do?
help-freshchat-faq-answer = The { -brand-injixo } app gets your { -brand-freshchat } data and sends it to { -brand-injixo }; { -brand-injixo } cannot see when that communication fails. Check that the { -brand-injixo } API key in the app is still valid. If it is not, re-generate the key on this page and paste the new one into the app. If the key is valid, contact { -brand-injixo } Support.
