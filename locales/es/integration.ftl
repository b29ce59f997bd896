## The page of one integration

integration-details-heading = Detalles
integration-model-label = Modelo
integration-status-label = Estado
integration-created-label = Añadida el
integration-last-import-label = Última importación
integration-last-import-never = Todavía no se han importado datos
integration-secret-configured = Configurado
# Variables:
#   $last4 (String) - the last four characters of the saved secret
integration-secret-configured-ending = Configurado, termina en …{ $last4 }
integration-value-yes = Sí
integration-value-no = No

# A point in time, written out and relative to now.
# Variables:
#   $absolute (String) - date and time, e.g. 23 Nov 2026, 16:04
#   $relative (String) - relative time, e.g. 3 hours ago
time-absolute-relative = { $absolute } ({ $relative })

## The "no data" hint: operational, but the injixo app has been silent too long.

hint-app-silent-title = Sin datos nuevos desde hace tiempo
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
#   $hours (Number) - how long nothing arrived, in hours
hint-app-silent-text = No se han recibido datos de { $product } desde hace más de { $hours } horas, aunque el estado es Operativo. La integración no puede detectar errores entre la aplicación de { -brand-injixo } y { -brand-injixo }. Comprueba en { $product } que la clave de la API de { -brand-injixo } de la configuración de la aplicación sigue siendo válida. Si no lo es, regenérala aquí y pega la nueva clave en la aplicación; si lo es, ponte en contacto con el soporte de { -brand-injixo }.
hint-app-silent-action = Reemplazar la clave de la API de { -brand-injixo }
# Short form in the overview table.
# Variables:
#   $hours (Number) - how long nothing arrived, in hours
overview-hint-app-silent = Sin datos recibidos desde hace { $hours } horas

## Install the injixo app (bottom of the integration page)

app-section-title = Instalar la aplicación { -brand-injixo }
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-section-intro = La integración de { $product } requiere una aplicación de cliente: la aplicación de { -brand-injixo } recopila tus datos de { $product } y los envía a { -brand-injixo }. Para iniciar sesión, la aplicación usa la clave de la API de { -brand-injixo } que generes aquí.
app-step-generate = Genera abajo la clave de la API de { -brand-injixo } y cópiala.
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-step-install = Abre la aplicación de { -brand-injixo } en el { -brand-freshworks } marketplace e instálala en tu cuenta de { $product }.
app-step-paste = Cuando la aplicación te la pida, pega la clave de la API de { -brand-injixo } y guarda la configuración de la aplicación.
app-marketplace-link = { -brand-freshworks } marketplace
app-opens-new-tab = (se abre en una pestaña nueva)
app-key-label = clave de la API de { -brand-injixo }
app-key-none = Todavía no se ha generado ninguna clave de la API de { -brand-injixo }.
app-generate-button = Generar
app-generating = Generando…
app-key-once-warning = Copia la clave ahora. Por tu seguridad, solo se muestra esta vez: cuando salgas de esta página, solo seguirán visibles sus cuatro últimos caracteres.
app-copy-button = Copiar
app-copied = Copiada
app-copied-status = La clave se ha copiado en el portapapeles.
app-copy-failed = No se ha podido copiar. La clave está seleccionada: pulsa Ctrl+C (⌘C en Mac) para copiarla.
app-key-done-button = Listo
# Variables:
#   $last4 (String) - the key's last four characters
app-key-ending = …{ $last4 }
app-key-created-label = Creada el
app-key-last-used-label = Último uso
app-key-never-used = Todavía no se ha usado
app-regenerate-button = Regenerar
app-regenerate-title = ¿Regenerar la clave de la API de { -brand-injixo }?
# Variables:
#   $product (String) - brand name of the model, e.g. Freshchat
app-regenerate-body = La clave actual deja de funcionar de inmediato. Hasta que pegues la nueva clave en la aplicación de { -brand-injixo } en { $product }, no llegarán datos nuevos de { $product } a { -brand-injixo }.
app-regenerate-confirm = Generar una clave nueva
app-regenerate-cancel = Mantener la clave actual
app-leave-title = ¿Salir sin copiar la clave?
app-leave-body = La clave de la API de { -brand-injixo } solo se muestra una vez. Sin una copia, tendrás que generar una nueva y la anterior dejará de funcionar.
app-leave-confirm = Salir sin copiar
app-close-confirm = Cerrar sin copiar
app-leave-cancel = Quedarse y copiar la clave
