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
