//! Which Fluent message names which contract value. Static ids only, so the
//! completeness tests can check every one of them in every locale.

use injixo_contract::{Delivery, Feature, FieldErrorCode, IntegrationStatus};

pub fn status(s: IntegrationStatus) -> &'static str {
    match s {
        IntegrationStatus::Operational => "status-operational",
        IntegrationStatus::ProblemDetected => "status-problem-detected",
        IntegrationStatus::Paused => "status-paused",
        IntegrationStatus::Connecting => "status-connecting",
        IntegrationStatus::Importing => "status-importing",
        IntegrationStatus::InPreparation => "status-in-preparation",
    }
}

pub fn feature(f: Feature) -> &'static str {
    match f {
        Feature::CallHistory => "feature-call-history",
        Feature::ChatHistory => "feature-chat-history",
        Feature::TicketHistory => "feature-ticket-history",
        Feature::EmailHistory => "feature-email-history",
        Feature::SocialMediaHistory => "feature-social-media-history",
        Feature::DocumentHistory => "feature-document-history",
        Feature::AgentStatus => "feature-agent-status",
        Feature::Rta => "feature-rta",
    }
}

pub fn delivery(d: Delivery) -> &'static str {
    match d {
        Delivery::Cloud => "delivery-cloud",
        Delivery::OnPremise => "delivery-on-premise",
    }
}

/// The message for a field problem. Messages may use `$product` (the model's brand),
/// `$example` (a localized example value), `$other` (the product whose domain was
/// entered) and `$max` (a length limit); the form supplies all four.
pub fn field_error(code: FieldErrorCode) -> &'static str {
    match code {
        FieldErrorCode::Required => "field-error-required",
        FieldErrorCode::TooLong => "field-error-too-long",
        FieldErrorCode::NameTaken => "field-error-name-taken",
        FieldErrorCode::DomainInvalid => "field-error-domain-invalid",
        FieldErrorCode::DomainMissingSubdomain => "field-error-domain-missing-subdomain",
        FieldErrorCode::DomainWrongVendor => "field-error-domain-wrong-vendor",
        FieldErrorCode::DomainNotVendor => "field-error-domain-not-vendor",
        FieldErrorCode::DomainUnreachable => "field-error-domain-unreachable",
        FieldErrorCode::CredentialsInvalid => "field-error-credentials-invalid",
        FieldErrorCode::CredentialsInsufficientRole => "field-error-credentials-insufficient-role",
        FieldErrorCode::Immutable => "field-error-immutable",
        FieldErrorCode::NotANumber => "field-error-not-a-number",
        FieldErrorCode::OutOfRange => "field-error-out-of-range",
        FieldErrorCode::InvalidOption
        | FieldErrorCode::InvalidType
        | FieldErrorCode::UnknownField
        | FieldErrorCode::Unknown => "field-error-rejected",
    }
}
