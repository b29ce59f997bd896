## Catalogue data: vendors, models, sections, fields, options (ids named by the backend catalogue).

## Vendor tiles

catalogue-vendor-five9-description = Logiciel de centre de contact cloud pour les appels.
catalogue-vendor-zendesk-description = Logiciel de service client pour les tickets, la messagerie et les appels.
catalogue-vendor-genesys-description = Plateforme de centre de contact cloud pour tous les canaux.
catalogue-vendor-universal-description = Envoyez vous-même les données de n’importe quel système lorsqu’il n’existe pas d’intégration pour celui-ci.

## Models in the catalogue

catalogue-model-freshdesk-contact-center-description = Importe les appels de { -brand-freshdesk } Contact Center, dans des files d’attente par numéro de téléphone ou par équipe, ainsi que les statuts des agents pour l’adhérence en temps réel.
catalogue-model-five9-description = Importe les appels de { -brand-five9 }, dans des files d’attente par campagne ou par compétence, ainsi que les statuts des agents pour la gestion intrajournalière et l’adhérence en temps réel.
catalogue-model-zendesk-description = Importe les e-mails, formulaires web, chats, appels et messages des réseaux sociaux de { -brand-zendesk } Support et { -brand-zendesk } Talk, dans des files d’attente nommées d’après vos vues.
catalogue-model-genesys-cloud-description = Importe les appels, e-mails et chats de { -brand-genesys-cloud }, ainsi que les statuts des agents pour la gestion intrajournalière et l’adhérence en temps réel.
catalogue-model-injixo-api-description = Votre propre application envoie des événements de contact et des statuts d’agents à l’API { -brand-injixo }.

## Setup form: sections

setup-section-user-credentials = Identifiants de l’utilisateur
setup-section-api-credentials = Identifiants API
setup-section-configuration = Configuration

## Setup form: fields

setup-field-username = Nom d’utilisateur
setup-field-password = Mot de passe
setup-field-api-token = Jeton API
setup-field-api-secret = Secret API
setup-field-account-region = Région du compte
setup-field-group-queues-by = Regrouper les files d'attente par
setup-field-genesys-detailed-on-queue = Importer les statuts détaillés des agents on-queue

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Détermine le nom des files d’attente des appels importés : par numéro de téléphone, ou d’après l’équipe qui a pris l’appel (le nom de l’agent s’il n’y a pas d’équipe). Vous pourrez modifier ce choix plus tard.
setup-field-five9-username-help = Un utilisateur { -brand-five9 } ayant les rôles ADMIN et REPORTING.
setup-field-five9-group-queues-by-help = Le regroupement par compétences nécessite le rapport personnalisé « Call Log with Skills » dans le dossier partagé { -brand-five9 } « Shared Reports ({ -brand-injixo }) ».
setup-field-zendesk-username-help = L’adresse e-mail avec laquelle l’utilisateur { -brand-zendesk } se connecte.
setup-field-zendesk-api-token-help = Dans { -brand-zendesk }, créez un jeton API pour un utilisateur disposant des droits d’administrateur, puis collez-le ici.
setup-field-zendesk-group-queues-by-help = Détermine le nom des files d’attente des appels { -brand-zendesk } Talk : l’option SVI utilise le groupe de destination, l’option Numéro de téléphone le numéro appelé.
setup-field-genesys-cloud-api-key-help = L’ID client d’un client OAuth dans { -brand-genesys-cloud }.
setup-field-genesys-cloud-api-secret-help = Le secret client du même client OAuth.
setup-field-genesys-cloud-detailed-on-queue-help = Le statut on-queue regroupe plusieurs statuts, par exemple communicating, interacting, idle et not responding. Cochez cette case pour importer chacun d’eux séparément.

## Setup form: options of select fields

setup-option-grouping-phone-number = Numéro de téléphone
setup-option-grouping-routing = Routage (équipe/agent)
setup-option-grouping-campaigns = Campagnes
setup-option-grouping-skills = Compétences
setup-option-grouping-ivr = SVI (Serveur vocal interactif)
setup-option-region-europe = Europe
setup-option-region-usa = États-Unis
setup-option-genesys-region-americas-us-east = Amériques (Est des États-Unis)
setup-option-genesys-region-americas-us-west = Amériques (Ouest des États-Unis)
setup-option-genesys-region-americas-canada = Amériques (Canada)
setup-option-genesys-region-americas-sao-paulo = Amériques (São Paulo)
setup-option-genesys-region-emea-frankfurt = EMEA (Francfort)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-london = EMEA (Londres)
setup-option-genesys-region-emea-zurich = EMEA (Zurich)
setup-option-genesys-region-asia-pacific-sydney = Asie-Pacifique (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asie-Pacifique (Tokyo)
setup-option-genesys-region-asia-pacific-seoul = Asie-Pacifique (Séoul)
setup-option-genesys-region-asia-pacific-mumbai = Asie-Pacifique (Mumbai)
catalogue-vendor-universal-name = Universal Interfaces
