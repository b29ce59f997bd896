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

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Tickets and conversations
help-freshdesk-conversations-intro = { -brand-injixo } imports all ticket data from { -brand-freshdesk }. A ticket usually holds several conversations between your team and a customer.
help-freshdesk-conversations-text = { -brand-injixo } groups the conversations by their { -brand-freshdesk } channel (Source). A conversation is a new ticket or a reply to a ticket, and each conversation of a ticket counts as one offered contact. That is why { -brand-injixo } usually shows more offered contacts than { -brand-freshdesk } shows tickets.
help-freshdesk-conversations-example = Example: a customer creates a ticket by email, and a team member replies and closes it. Two days later, another email reopens the ticket, which makes a new conversation.
help-freshdesk-conversations-aht = { -brand-injixo } cannot import how long tickets took in { -brand-freshdesk }, so { -brand-injixo } Forecast shows no AHT graph for workloads with { -brand-freshdesk } queues.
help-freshdesk-sources-title = Events from different sources
help-freshdesk-sources-text = The replies in one ticket can be counted in different { -brand-injixo } queues, with the channel Cases. An email reply counts in the queue that matches the ticket’s { -brand-freshdesk } group and source name; a chat in the same ticket counts in a separate queue.
help-freshdesk-queues-title = Source queue naming convention
help-freshdesk-queues-text = How the source queues are named depends on the stage of the import. During the initial import, they are named “group name + source name + Tickets” and “group name + source name + Replies”, for example CustomerService chat Tickets, CustomerService email Replies or Unknown group/source Tickets.
help-freshdesk-queues-replies = A new ticket creates a Tickets queue. A reply to a ticket creates a Replies queue, which also records the replies that follow. To see everything about a ticket, look at both queues.
help-freshdesk-deleted-title = Deleted tickets and spam tickets
help-freshdesk-deleted-text = When a ticket changes that was already deleted or marked as spam, its group and source cannot be determined. It is then counted in the source queue Unknown group/source Tickets or Unknown group/source Replies, which you can usually leave out when you plan your team’s workload.
help-freshdesk-faq-question = No new { -brand-freshdesk } data arrives, but the status still says Operational. What can I do?
help-freshdesk-faq-answer = The { -brand-injixo } app gets your { -brand-freshdesk } data and sends it to { -brand-injixo }; the integration cannot detect when that communication fails. Check that the { -brand-injixo } API key in the app is still valid. If it is not, re-generate the key on this page and paste the new one into the app. If the key is valid, contact { -brand-injixo } Support.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Queue names by grouping strategy
help-freshdesk-contact-center-queues-phone-number = Phone number: each queue is named after the phone number, e.g. +49123456789.
help-freshdesk-contact-center-queues-routing = Routing (team/agent): each queue is named after the team, e.g. Tech Support Team, or after the agent if no team is assigned, e.g. Agent 1.
help-freshdesk-contact-center-queues-undefined = Calls that have no group in { -brand-freshdesk } Contact Center are counted in the queue Undefined_Queue.
help-freshdesk-contact-center-faq-question = No new { -brand-freshdesk } Contact Center data arrives, but the status still says Operational. What can I do?
help-freshdesk-contact-center-faq-answer = The { -brand-injixo } app gets your { -brand-freshdesk } Contact Center data and sends it to { -brand-injixo }; the integration cannot detect when that communication fails. Check that the { -brand-injixo } API key in the app is still valid. If it is not, re-generate the key on this page and paste the new one into the app. If the key is valid, contact { -brand-injixo } Support.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Tickets vs. contact events
help-zendesk-tickets-text = In { -brand-zendesk }, a ticket usually holds several interactions between your team and a customer, across channels. { -brand-injixo } counts every interaction as one task for your team: a new ticket, or a change to an existing one.
help-zendesk-tickets-example = Example: a customer creates a ticket by email, and a team member replies and closes it. Two days later the customer answers that email, which reopens the ticket. { -brand-injixo } counts two emails for this one ticket.
help-zendesk-views-title = Views
help-zendesk-views-text = { -brand-injixo } builds the source queues from your { -brand-zendesk } views: after the initial import, there is a source queue for every supported view. If a view holds events of several channels, such as chat and email, they appear in separate channels in { -brand-injixo }.
help-zendesk-views-new = Views you add in { -brand-zendesk } after saving the integration get their own source queues, with their history, automatically.
help-zendesk-unsupported-title = Unsupported views
help-zendesk-unsupported-text = { -brand-injixo } creates no source queue for a view that uses one of these fields or operators (in parentheses, their names in the { -brand-zendesk } API):
help-zendesk-unsupported-list = Business Hours (is_business_hours, less_than_business_hours, greater_than_business_hours); SLA-related fields (until_sla_next_breach_at, sla_next_breach_at); Channel (via_id); Skills (skills_match); conditions with user-specific values (assignee_id, via_id, updated_at, ticket_is_public); the operators changed, value, value_previous, not_changed, not_value and not_value_previous.
help-zendesk-unsupported-check = To check whether a view is supported, you may need to read its raw configuration through the { -brand-zendesk } API.
help-zendesk-channels-title = Channel mapping between { -brand-zendesk } and { -brand-injixo }
help-zendesk-channels-text = A change to a { -brand-zendesk } ticket may count in several { -brand-injixo } channels: a ticket created by email shows up in an email queue, and if it then enters a chat view, it also counts in a chat queue. The { -brand-zendesk } channels (left) count in these { -brand-injixo } channels (right):
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Queue names for { -brand-zendesk } Support
help-zendesk-support-queues-text = The source queues of { -brand-zendesk } Support are named “view name + ({ -brand-injixo } channel)”, for example Support Tickets (chat).
help-zendesk-talk-queues-title = Queue names for { -brand-zendesk } Talk
help-zendesk-talk-queues-text = The source queues of { -brand-zendesk } Talk are named “Calls Inbound For” followed by the value the grouping strategy uses, for example Calls Inbound For +49123456789 (Phone number) or Calls Inbound For Senior Agents (IVR). Calls without that value are counted in Calls Inbound Ungrouped.
help-zendesk-talk-queues-calls = Only incoming calls are imported, no outbound calls. The average handle time (AHT) is available only for { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = What happens in the event of parallel agent states?
help-five9-parallel-text = { -brand-five9 } sometimes reports several states of one agent for the same period. So that one state does not overwrite the other, the integration moves the start of the longer state to the end of the shorter one.
help-five9-parallel-example = Example: { -brand-five9 } reports Ready from 13:00:00 to 13:00:05 and Inbound from 13:00:00 to 13:03:00. The integration then lets Inbound start at 13:00:05.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = The integration imports abandoned calls, the average speed of answer and the calls answered within the service level. Why can’t Dashboards show them?
help-genesys-cloud-faq-answer = Dashboards show these figures for a workload in Forecast whose queues all come from your { -brand-genesys-cloud } integration. Once the workload also has queues of other integrations, they cannot be shown.
