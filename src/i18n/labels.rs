//! How contract values read: which message names which status, feature, delivery
//! mode and field problem, plus the names and times shown beside them.

use super::{intl, msg, I18n, Msg};
use injixo_contract::{
    Delivery, Feature, FieldErrorCode, IntegrationStatus, Model, Plan, Vendor,
    APP_SILENCE_THRESHOLD_SECS,
};

pub fn status(s: IntegrationStatus) -> Msg {
    match s {
        IntegrationStatus::Operational => msg::STATUS_OPERATIONAL,
        IntegrationStatus::ProblemDetected => msg::STATUS_PROBLEM_DETECTED,
        IntegrationStatus::Paused => msg::STATUS_PAUSED,
        IntegrationStatus::Connecting => msg::STATUS_CONNECTING,
        IntegrationStatus::Importing => msg::STATUS_IMPORTING,
        IntegrationStatus::InPreparation => msg::STATUS_IN_PREPARATION,
    }
}

pub fn feature(f: Feature) -> Msg {
    match f {
        Feature::CallHistory => msg::FEATURE_CALL_HISTORY,
        Feature::ChatHistory => msg::FEATURE_CHAT_HISTORY,
        Feature::TicketHistory => msg::FEATURE_TICKET_HISTORY,
        Feature::EmailHistory => msg::FEATURE_EMAIL_HISTORY,
        Feature::SocialMediaHistory => msg::FEATURE_SOCIAL_MEDIA_HISTORY,
        Feature::DocumentHistory => msg::FEATURE_DOCUMENT_HISTORY,
        Feature::AgentStatus => msg::FEATURE_AGENT_STATUS,
        Feature::Rta => msg::FEATURE_RTA,
    }
}

pub fn delivery(d: Delivery) -> Msg {
    match d {
        Delivery::Cloud => msg::DELIVERY_CLOUD,
        Delivery::OnPremise => msg::DELIVERY_ON_PREMISE,
    }
}

/// The message for a field problem. Messages may use `$product` (the model's brand),
/// `$example` (a localized example value), `$other` (the product whose domain was
/// entered), `$min` and `$max` (limits); the form supplies all of them. A choice
/// (`choice`: a select or time zone) that is missing asks to choose, not to type.
pub fn field_error(code: FieldErrorCode, choice: bool) -> Msg {
    match code {
        FieldErrorCode::Required if choice => msg::FIELD_ERROR_REQUIRED_CHOICE,
        FieldErrorCode::Required => msg::FIELD_ERROR_REQUIRED,
        FieldErrorCode::TooLong => msg::FIELD_ERROR_TOO_LONG.into(),
        FieldErrorCode::NameTaken => msg::FIELD_ERROR_NAME_TAKEN,
        FieldErrorCode::DomainInvalid => msg::FIELD_ERROR_DOMAIN_INVALID.into(),
        FieldErrorCode::DomainMissingSubdomain => msg::FIELD_ERROR_DOMAIN_MISSING_SUBDOMAIN.into(),
        FieldErrorCode::DomainWrongVendor => msg::FIELD_ERROR_DOMAIN_WRONG_VENDOR.into(),
        FieldErrorCode::DomainNotVendor => msg::FIELD_ERROR_DOMAIN_NOT_VENDOR.into(),
        FieldErrorCode::DomainUnreachable => msg::FIELD_ERROR_DOMAIN_UNREACHABLE.into(),
        FieldErrorCode::CredentialsInvalid => msg::FIELD_ERROR_CREDENTIALS_INVALID.into(),
        FieldErrorCode::CredentialsInsufficientRole => {
            msg::FIELD_ERROR_CREDENTIALS_INSUFFICIENT_ROLE
        }
        FieldErrorCode::Immutable => msg::FIELD_ERROR_IMMUTABLE,
        FieldErrorCode::NotANumber => msg::FIELD_ERROR_NOT_A_NUMBER,
        FieldErrorCode::OutOfRange => msg::FIELD_ERROR_OUT_OF_RANGE.into(),
        FieldErrorCode::UrlInvalid => msg::FIELD_ERROR_URL_INVALID,
        FieldErrorCode::PinInvalid => msg::FIELD_ERROR_PIN_INVALID,
        FieldErrorCode::TimeZoneMismatch => msg::FIELD_ERROR_TIME_ZONE_MISMATCH,
        // `TimeInvalid`, `EndBeforeStart` and `IntegrationMismatch` come only from
        // `/external-systems`, which the SPA never calls.
        FieldErrorCode::InvalidOption
        | FieldErrorCode::InvalidType
        | FieldErrorCode::UnknownField
        | FieldErrorCode::TimeInvalid
        | FieldErrorCode::EndBeforeStart
        | FieldErrorCode::IntegrationMismatch
        | FieldErrorCode::Unknown => msg::FIELD_ERROR_REJECTED,
    }
}

/// The product name of a plan (a brand: "injixo Advanced"), never translated.
pub fn plan_name(p: Plan) -> &'static str {
    match p {
        Plan::Essential => "Essential",
        Plan::Advanced => "Advanced",
        Plan::Enterprise => "Enterprise",
        Plan::Classic => "Classic",
    }
}

/// Plan names as a list ("Advanced, Enterprise").
pub fn plan_names(plans: &[Plan]) -> String {
    plans
        .iter()
        .map(|p| plan_name(*p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A tile's name as shown: its message where it has one, else the brand.
/// The lead sentence of the setup form: what this model asks for. The credentials of an
/// account fit cloud models; the injixo Cloud Link models and CSV ask for other things,
/// and a model without fields only for a name.
pub fn setup_intro(i18n: I18n, model: &Model) -> String {
    if model.csv_schema {
        i18n.t(msg::SETUP_INTRO_CSV)
    } else if model.cloud_link.as_ref().is_some_and(|l| l.required) {
        i18n.t(msg::SETUP_INTRO_ON_PREMISE)
    } else if model.sections.is_empty() {
        i18n.t(msg::SETUP_INTRO_NAME_ONLY)
    } else {
        i18n.fmt(&msg::setup_intro(model.name.clone()))
    }
}

pub fn vendor_name(i18n: I18n, vendor: &Vendor) -> String {
    match &vendor.name_id {
        Some(id) => i18n.t_data(id),
        None => vendor.name.clone(),
    }
}

/// "23 Nov 2026, 16:04 (3 hours ago)" in the active language.
pub fn when(i18n: I18n, rfc3339: &str) -> String {
    i18n.fmt(&msg::time_absolute_relative(
        intl::date_time(i18n.lang(), rfc3339),
        intl::relative(i18n.lang(), rfc3339),
    ))
}

/// After how many hours without data an app counts as silent.
pub fn silence_hours() -> i64 {
    APP_SILENCE_THRESHOLD_SECS / 3600
}
