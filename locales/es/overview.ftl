## Overview: Account > Integrations

overview-title = Integraciones
overview-add-button = Añadir integración
overview-intro = Conecta los sistemas con los que trabaja tu equipo para que { -brand-injixo } pueda importar sus datos de contacto.
overview-empty-title = Todavía no hay integraciones
overview-empty-text = Añade tu primera integración para empezar a importar datos de contacto de tu centro de contacto o sistema CRM.
overview-table-caption = Tus integraciones
overview-column-name = Nombre
overview-column-model = Modelo
overview-column-status = Estado
overview-column-last-import = Última importación
overview-last-import-never = Nunca
