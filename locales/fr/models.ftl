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
# Zendesk only. Decision (issue 13): the model's own article wins for its labels;
# the Zendesk article (and the product) say Benutzer-Zugangsdaten in German.
setup-section-zendesk-user-credentials = Identifiants de l’utilisateur
setup-section-agent-status-data = Données de statut agent
# Paragraph under the Genesys Cloud API credentials heading: the permissions the
# product lists (verbatim, they are Genesys Cloud's names).
setup-section-genesys-cloud-api-credentials-help = La clé API et le secret API doivent disposer de ces autorisations dans { -brand-genesys-cloud } : { "analytics:userDetail:view" }, { "analytics:userObservation:view" }, { "analytics:conversationAggregate:view" }, { "analytics:conversationDetail:view" } et { "routing:queue:view" }.

## Setup form: fields

setup-field-username = Nom d’utilisateur
setup-field-password = Mot de passe
setup-field-api-token = Jeton API
setup-field-api-secret = Secret API
setup-field-account-region = Région du compte
# Vonage and Talkdesk. The product's labels "ID" and "Secret" (the French Talkdesk
# article also says "l’ID et le Secret").
setup-field-client-id = ID
setup-field-client-secret = Secret
setup-field-account-name = Nom du compte
# Decision (issue 13): typographic apostrophe in our French text (the label is the
# product's, not an article's, so terminology.md's straight one is not binding).
setup-field-group-queues-by = Regrouper les files d’attente par
setup-field-genesys-detailed-on-queue = Importer les statuts détaillés des agents on-queue
# Decision (issue 13): the product's label for Zendesk Talk's grouping, not the generic
# "Group queues by": the form also groups tickets, which this does not touch.
setup-field-zendesk-group-queues-by = Regrouper les files d’attente { -brand-zendesk } Talk par
# The product's "Group tickets" with its checkbox "By brand", as one checkbox label.
setup-field-zendesk-group-tickets-by-brand = Regrouper les tickets par marque
# The product's checkbox; no article mentions it.
setup-field-zendesk-realtime-agent-status = Importer les données en temps réel

## Setup form: help under a field of one model

setup-field-freshdesk-contact-center-group-queues-by-help = Détermine le nom des files d’attente des appels importés : par numéro de téléphone, ou d’après l’équipe qui a pris l’appel (le nom de l’agent s’il n’y a pas d’équipe).
setup-field-five9-username-help = Un utilisateur { -brand-five9 } ayant les rôles ADMIN et REPORTING.
# Keeps the folder name of the en/de/it/es articles: the French article translates it
# (« Rapports partagés (injixo) »), and no source says whether injixo finds the report
# by that name (open question, notes §8.7).
setup-field-five9-group-queues-by-help = Le regroupement par compétences nécessite le rapport personnalisé « Call Log with Skills » dans le dossier partagé { -brand-five9 } « Shared Reports ({ -brand-injixo }) ».
setup-field-zendesk-api-token-help = Dans { -brand-zendesk }, créez un jeton API pour un utilisateur disposant des droits d’administrateur (Admin > Canaux > API), puis collez-le ici.
setup-field-zendesk-group-queues-by-help = Détermine le nom des files d’attente des appels { -brand-zendesk } Talk : l’option SVI utilise le groupe de destination, l’option Numéro de téléphone le numéro appelé. Un appel sans cette information est compté comme non regroupé. Les files d’attente de { -brand-zendesk } Support ne changent pas.
setup-field-zendesk-group-tickets-by-brand-help = Par défaut, les tickets sont regroupés par groupe { -brand-zendesk }. Cochez cette case pour créer en plus une file d’attente source pour chaque marque { -brand-zendesk }.
setup-field-genesys-cloud-detailed-on-queue-help = Le statut on-queue regroupe plusieurs statuts, par exemple en communication, en interaction, inactif et ne répond pas. Cochez cette case pour importer chacun d’eux séparément.

## Setup form: options of select fields

setup-option-grouping-phone-number = Numéro de téléphone
# Decision (issue 13): the French article's label (it writes "Routing(team/agent)";
# the space is restored), not the product's "Routage (équipe/agent)": readers look
# for the article's words.
setup-option-grouping-routing = Routing (team/agent)
setup-option-grouping-campaigns = Campagnes
# The product's label: grouping by skills needs a custom report in Five9.
setup-option-grouping-skills = Compétences (nécessite un rapport personnalisé)
setup-option-grouping-ivr = SVI (Serveur vocal interactif)
setup-option-region-europe = Europe
setup-option-region-usa = États-Unis
setup-option-region-apac = APAC
setup-option-region-emea = EMEA
setup-option-region-canada = Canada
# The seven Genesys Cloud regions the product offers, with the product's labels.
setup-option-genesys-region-americas-us-east = Amérique (Est des États-Unis)
setup-option-genesys-region-americas-us-west = Amérique (Ouest des États-Unis)
setup-option-genesys-region-emea-dublin = EMEA (Dublin)
setup-option-genesys-region-emea-frankfurt = EMEA (Frankfurt)
setup-option-genesys-region-emea-london = EMEA (London)
setup-option-genesys-region-asia-pacific-sydney = Asie-Pacifique (Sydney)
setup-option-genesys-region-asia-pacific-tokyo = Asie-Pacifique (Tokyo)
catalogue-vendor-universal-name = Universal Interfaces

## Setup form: a field's own message for a problem (`error_ids`); every message gets
## the variables of errors.ftl ($product, $example, $other, $min, $max).

# The Freshworks articles: the API key of an Account Administrator.
# Variables:
#   $product (String) - brand name of the model
field-error-freshworks-api-key-invalid = { $product } n’a pas accepté cette clé API. Copiez-la à nouveau dans { $product } et collez-la ici.
field-error-freshworks-api-key-role = Cette clé API appartient à un utilisateur qui n’a pas le rôle Account Administrator. Utilisez la clé API d’un utilisateur ayant le rôle Account Administrator.
# The Five9 article: a user with the roles ADMIN and REPORTING.
field-error-five9-insufficient-role = Cet utilisateur { -brand-five9 } n’a pas les deux rôles ADMIN et REPORTING. Attribuez-lui ces rôles dans { -brand-five9 } ou saisissez un utilisateur qui les possède.
# The Zendesk article: an API token of a user with administrative permissions.
field-error-zendesk-insufficient-role = Ce jeton API appartient à un utilisateur sans droits d’administrateur dans { -brand-zendesk }. Créez le jeton API pour un utilisateur disposant des droits d’administrateur.
# The product: the five permissions of the API credentials section.
field-error-genesys-cloud-insufficient-role = Il manque à ces identifiants API des autorisations dont { -brand-injixo } a besoin. Dans { -brand-genesys-cloud }, accordez les cinq autorisations indiquées en haut de cette section.
