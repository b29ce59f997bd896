## How a model's data is counted in injixo (catalogue `data_help`).

# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
help-data-title = Datos de { $product } en { -brand-injixo }
help-freshchat-contacts-title = Contactos
help-freshchat-contacts-text = En { -brand-freshchat }, un chat suele incluir varias conversaciones entre tu equipo y un cliente. { -brand-injixo } cuenta cada chat resuelto como un contacto, sin importar cuántas conversaciones contenga.
help-freshchat-contacts-example = Ejemplo: un cliente inicia un chat en tu sitio web. Una persona de tu equipo responde, pero no resuelve el problema hasta el día siguiente porque necesitaba más información. { -brand-injixo } lo cuenta como un solo contacto.
help-freshchat-queues-title = Nombres de las colas de origen
help-freshchat-queues-text = { -brand-injixo } da a cada cola de origen el nombre del grupo de { -brand-freshchat } del chat («nombre del grupo»), por ejemplo, Customer Support.
help-freshchat-deleted-title = Chats eliminados y de spam
help-freshchat-deleted-text = Un chat puede eliminarse o marcarse como spam cuando se actualiza. En ese caso, la integración no puede determinar su grupo, así que estos chats se cuentan en la cola de origen Undefined_Queue. Por lo general, puedes dejar fuera esa cola al planificar la carga de trabajo de tu equipo.
help-freshchat-faq-question = No llegan datos nuevos de { -brand-freshchat }, pero el estado sigue siendo Operativo. ¿Qué puedo hacer?
help-freshchat-faq-answer = La aplicación de { -brand-injixo } obtiene tus datos de { -brand-freshchat } y los envía a { -brand-injixo }; { -brand-injixo } no puede detectar cuándo falla esa comunicación. Comprueba que la clave de la API de { -brand-injixo } de la aplicación siga siendo válida. Si no lo es, regenera la clave en esta página y pega la nueva en la aplicación. Si la clave es válida, ponte en contacto con la asistencia técnica de { -brand-injixo }.

## Freshdesk data in injixo (the article's facts, in our words)

help-freshdesk-conversations-title = Tickets y conversaciones
help-freshdesk-conversations-intro = { -brand-injixo } importa todos los datos de los tickets de { -brand-freshdesk }. Un ticket suele incluir varias conversaciones entre tu equipo y un cliente.
help-freshdesk-conversations-text = { -brand-injixo } agrupa las conversaciones según su canal de { -brand-freshdesk } (Source). Una conversación es un ticket nuevo o una respuesta a un ticket, y cada conversación de un ticket cuenta como un contacto entrante. Por eso { -brand-injixo } suele mostrar más contactos entrantes que tickets cuenta { -brand-freshdesk }.
help-freshdesk-conversations-example = Ejemplo: un cliente abre un ticket por correo electrónico y una persona de tu equipo responde y lo cierra. Dos días después, otro correo vuelve a abrir el ticket, lo que crea una conversación nueva.
help-freshdesk-conversations-aht = { -brand-injixo } no puede importar de { -brand-freshdesk } la duración de los tickets, por lo que { -brand-injixo } Forecast no muestra el gráfico de AHT para las cargas de trabajo con colas de { -brand-freshdesk }.
help-freshdesk-sources-title = Eventos con distintos orígenes
help-freshdesk-sources-text = Las respuestas de un mismo ticket pueden contarse en distintas colas de { -brand-injixo }, con el canal Casos. Una respuesta por correo cuenta en la cola que corresponde al grupo de { -brand-freshdesk } y al nombre de la fuente del ticket; un chat del mismo ticket cuenta en otra cola.
help-freshdesk-queues-title = Convenciones para los nombres de las colas de origen
help-freshdesk-queues-text = El nombre de las colas de origen depende de la fase de la importación. Durante la importación inicial, se llaman «nombre del grupo + nombre de la fuente + Tickets» y «nombre del grupo + nombre de la fuente + Replies», por ejemplo, CustomerService chat Tickets, CustomerService email Replies o Unknown group/source Tickets.
help-freshdesk-queues-replies = Un ticket nuevo crea una cola Tickets. Una respuesta a un ticket crea una cola Replies, que también registra las respuestas siguientes. Para ver todo lo relativo a un ticket, consulta las dos colas.
help-freshdesk-deleted-title = Tickets eliminados y de spam
help-freshdesk-deleted-text = Cuando cambia un ticket que ya se había eliminado o marcado como spam, no se pueden determinar su grupo ni su fuente. Entonces se cuenta en la cola de origen Unknown group/source Tickets o Unknown group/source Replies. Por lo general, puedes dejar fuera esas colas al planificar la carga de trabajo de tu equipo.
help-freshdesk-faq-question = No llegan datos nuevos de { -brand-freshdesk }, pero el estado sigue siendo Operativo. ¿Qué puedo hacer?
help-freshdesk-faq-answer = La aplicación de { -brand-injixo } obtiene tus datos de { -brand-freshdesk } y los envía a { -brand-injixo }; la integración no puede detectar cuándo falla esa comunicación. Comprueba que la clave de la API de { -brand-injixo } de la aplicación siga siendo válida. Si no lo es, regenera la clave en esta página y pega la nueva en la aplicación. Si la clave es válida, ponte en contacto con la asistencia técnica de { -brand-injixo }.

## Freshdesk Contact Center: queue names (the article's table, in our words)

help-freshdesk-contact-center-queues-title = Nombres de las colas según el método de agrupamiento
help-freshdesk-contact-center-queues-phone-number = Número de teléfono: cada cola lleva el número de teléfono como nombre, p. ej., +49123456789.
help-freshdesk-contact-center-queues-routing = Enrutamiento (equipo/agente): cada cola lleva el nombre del equipo, p. ej., Tech Support Team, o el del agente si no tiene equipo asignado, p. ej., Agent 1.
help-freshdesk-contact-center-queues-undefined = Las llamadas sin grupo en { -brand-freshdesk } Contact Center se cuentan en la cola Undefined_Queue.
help-freshdesk-contact-center-faq-question = No llegan datos nuevos de { -brand-freshdesk } Contact Center, pero el estado sigue siendo Operativo. ¿Qué puedo hacer?
help-freshdesk-contact-center-faq-answer = La aplicación de { -brand-injixo } obtiene tus datos de { -brand-freshdesk } Contact Center y los envía a { -brand-injixo }; la integración no puede detectar cuándo falla esa comunicación. Comprueba que la clave de la API de { -brand-injixo } de la aplicación siga siendo válida. Si no lo es, regenera la clave en esta página y pega la nueva en la aplicación. Si la clave es válida, ponte en contacto con la asistencia técnica de { -brand-injixo }.

## Zendesk data in injixo (the article's facts, in our words)

help-zendesk-tickets-title = Tickets e interacciones
help-zendesk-tickets-text = En { -brand-zendesk }, un ticket suele incluir varias interacciones entre tu equipo y un cliente, por distintos canales. { -brand-injixo } cuenta cada interacción como una tarea para tu equipo: un ticket nuevo o un cambio en un ticket existente.
help-zendesk-tickets-example = Ejemplo: un cliente abre un ticket por correo electrónico y una persona de tu equipo responde y lo cierra. Dos días después, el cliente responde a ese correo, lo que vuelve a abrir el ticket. { -brand-injixo } cuenta dos correos para este único ticket.
help-zendesk-views-title = Vistas
help-zendesk-views-text = { -brand-injixo } crea las colas de origen a partir de tus vistas de { -brand-zendesk }: tras la importación inicial, hay una cola de origen para cada vista compatible. Si una vista contiene eventos de varios canales, como chat y correo electrónico, aparecen en canales separados en { -brand-injixo }.
help-zendesk-views-new = Las vistas que añadas en { -brand-zendesk } después de guardar la integración reciben automáticamente sus propias colas de origen, con su historial.
help-zendesk-unsupported-title = Vistas no compatibles
help-zendesk-unsupported-text = { -brand-injixo } no crea colas de origen para las vistas que usan alguno de estos campos u operadores (entre paréntesis, sus nombres en la API de { -brand-zendesk }):
help-zendesk-unsupported-list = Horarios comerciales (is_business_hours, less_than_business_hours, greater_than_business_hours); campos relacionados con los SLA (until_sla_next_breach_at, sla_next_breach_at); Canal (via_id); Cualificaciones (skills_match); condiciones con valores específicos del usuario (assignee_id, via_id, updated_at, ticket_is_public); los operadores changed, value, value_previous, not_changed, not_value y not_value_previous.
help-zendesk-unsupported-check = Para saber si una vista es compatible, puede que tengas que consultar su configuración sin procesar a través de la API de { -brand-zendesk }.
help-zendesk-channels-title = Asignación de canales de { -brand-zendesk } en { -brand-injixo }
help-zendesk-channels-text = Un cambio en un ticket de { -brand-zendesk } puede contarse en varios canales de { -brand-injixo }: un ticket creado por correo aparece en una cola de correo y, si después entra en una vista de chat, también cuenta en una cola de chat. Los canales de { -brand-zendesk } (a la izquierda) se cuentan en estos canales de { -brand-injixo } (a la derecha):
# The article's channel table, one row each: the Zendesk channels (identifiers,
# the same in every language) and the injixo channel they count in.
help-zendesk-channels-email = email, mobile, web → email
help-zendesk-channels-chat = chat, native_messaging → chat
help-zendesk-channels-social-media = sms, any_channel, facebook, twitter, sunshine_conversations_facebook_messenger, instagram_dm, whatsapp → social_media
help-zendesk-channels-call = voice → call
help-zendesk-channels-case = api, answer_bot_for_web_widget, chat_transcript, mobile_sdk → case
help-zendesk-support-queues-title = Nombres de las colas de { -brand-zendesk } Support
help-zendesk-support-queues-text = Las colas de origen de { -brand-zendesk } Support se llaman «nombre de la vista + (canal de { -brand-injixo })», por ejemplo, Support Tickets (chat).
help-zendesk-talk-queues-title = Nombres de las colas de { -brand-zendesk } Talk
help-zendesk-talk-queues-text = Las colas de origen de { -brand-zendesk } Talk se llaman «Calls Inbound For» seguido del valor que usa el método de agrupamiento, por ejemplo, Calls Inbound For +49123456789 (número de teléfono) o Calls Inbound For Senior Agents (IVR). Las llamadas sin ese valor se cuentan en Calls Inbound Ungrouped.
help-zendesk-talk-queues-calls = Solo se importan las llamadas entrantes, no las salientes. El tiempo medio de gestión (AHT) solo está disponible para { -brand-zendesk } Talk.

## Five9: parallel agent states (the article's facts, in our words)

help-five9-parallel-title = ¿Qué sucede si hay estados de agentes paralelos?
help-five9-parallel-text = A veces { -brand-five9 } notifica varios estados de un agente para el mismo periodo. Para que un estado no sobrescriba al otro, la integración mueve el inicio del estado más largo al final del más corto.
help-five9-parallel-example = Ejemplo: { -brand-five9 } notifica Disponible de 13:00:00 a 13:00:05 y Entrante de 13:00:00 a 13:03:00. La integración hace entonces que Entrante empiece a las 13:00:05.

## Genesys Cloud: the article's FAQ, in our words

help-genesys-cloud-faq-question = La integración importa las llamadas abandonadas, la velocidad media de respuesta y las llamadas respondidas dentro del nivel de servicio. ¿Por qué los paneles no pueden mostrar estos datos?
help-genesys-cloud-faq-answer = Los paneles muestran estos valores para una carga de trabajo de Forecast cuyas colas provienen todas de tu integración de { -brand-genesys-cloud }. En cuanto la carga de trabajo incluye colas de otras integraciones, no se pueden mostrar.
