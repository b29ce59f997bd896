## Overview: Account > Integrations

overview-title = Intégrations
overview-add-button = Ajouter une intégration
overview-intro = Connectez les systèmes qu’utilise votre équipe afin qu’{ -brand-injixo } puisse importer leurs données de contact.
overview-empty-title = Aucune intégration pour le moment
overview-empty-text = Ajoutez votre première intégration pour commencer à importer les données de contact de votre centre de contact ou de votre CRM.
overview-table-caption = Vos intégrations
overview-column-name = Nom
overview-column-model = Modèle
overview-column-status = Statut
overview-column-last-import = Dernier import
overview-last-import-never = Jamais
