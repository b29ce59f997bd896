//! Errors: RFC 9457 `application/problem+json`, extended with a machine `code`,
//! per-field `errors` and the `request_id` support needs.
//!
//! The SPA chooses its (localized) text by `code` only; `title` and `detail` are for
//! logs and curl users and are never shown in the UI.

use serde::{Deserialize, Serialize};

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI reference naming the problem type (`about:blank` style is fine).
    #[serde(rename = "type")]
    pub type_uri: String,
    /// English, for developers.
    pub title: String,
    pub status: u16,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    pub request_id: String,
    /// RFC 9457 `detail`: English, for developers, on what exactly was wrong (a
    /// query parameter the server cannot read); never shown in the UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The customer's own system's words (a database's error message), which the SPA
    /// quotes as they are (`sql_error`, `verification_failed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_message: Option<String>,
}

/// Machine-readable error class of a whole request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 422: see `errors` for the fields.
    ValidationFailed,
    /// 409: another integration has this name (also reported on the `name` field).
    NameTaken,
    /// 404.
    NotFound,
    /// 422: the `model` is not in the catalogue.
    UnknownModel,
    /// 422: the Idempotency-Key was used before with a different body.
    IdempotencyKeyReused,
    /// 409: a request with this Idempotency-Key is still being processed; retry.
    RequestInProgress,
    /// 503: the vendor's system could not be reached to verify the credentials.
    VendorUnavailable,
    /// 400: the body is not the JSON the endpoint expects.
    BadRequest,
    /// 500.
    Internal,
    /// 401: no valid credentials: an unknown or replaced injixo API key, or (with
    /// the backend's `AUTH_MODE=session`) no session, or one that expired.
    Unauthorized,
    /// 409: the integration already has an injixo API key; send `replace: true`.
    AppKeyExists,
    /// 422: this integration's model does not use the injixo app.
    AppNotRequired,
    /// 403: the account's plan does not include this model.
    PlanRequired,
    /// 403: a request that changes something carried a valid session cookie but not
    /// the session's CSRF token in `X-CSRF-Token` (see `CSRF_HEADER`). A page of
    /// another site may make the browser send the cookie, never this header.
    CsrfFailed,
    /// 403: the caller is known but may not do this. Not produced by the reference
    /// backend's own rules (its 403s are `plan_required` and `csrf_failed`); a real
    /// backend or a gateway in front of it may send it, and the backend's fault
    /// injection does. Clients show a generic "not allowed" message.
    Forbidden,
    /// 422: an on-premise integration was saved without a linked injixo Cloud Link.
    CloudLinkNotConnected,
    /// 503: the linked injixo Cloud Link did not answer in time.
    CloudLinkUnreachable,
    /// 422: the injixo Cloud Link could not connect to the ACD or database with the
    /// data provided (`system_message`: what it said).
    VerificationFailed,
    /// 429: too many wrong PINs; `Retry-After` says when to try again.
    PinAttemptsExceeded,
    /// 422: the database refused the query (`system_message`: its message).
    SqlError,
    /// 422: the query ran past the time limit and was stopped.
    QueryTimeout,
    /// 404: the reference backend has no build of injixo Cloud Link for that platform.
    NoBuild,
    /// 409: another import of this CSV integration is waiting for *Apply data* or
    /// being written (uploads from several windows at once); finish or cancel it.
    ImportInProgress,
    /// 409: the CSV import is not waiting for *Apply data* or *Cancel* any more: it
    /// was rejected or cancelled, or is being or was written.
    ImportNotPending,
    /// 413: the uploaded file is larger than `CSV_IMPORT_MAX_BYTES`.
    FileTooLarge,
    /// 422: the SQL mapping does something other than read `uploaded_file` (a
    /// write, ATTACH, PRAGMA, an extension, a second statement); `system_message`
    /// says which.
    SqlNotAllowed,
    /// 409: the integration has no CSV schema to import with.
    SchemaMissing,
    /// A code this client does not know yet (newer server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code, `Unknown` last: for tests and tools that must cover them all
    /// (`every_code_is_listed_once` keeps it complete).
    pub const ALL: [ErrorCode; 28] = {
        use ErrorCode::*;
        [
            ValidationFailed,
            NameTaken,
            NotFound,
            UnknownModel,
            IdempotencyKeyReused,
            RequestInProgress,
            VendorUnavailable,
            BadRequest,
            Internal,
            Unauthorized,
            AppKeyExists,
            AppNotRequired,
            PlanRequired,
            CsrfFailed,
            Forbidden,
            CloudLinkNotConnected,
            CloudLinkUnreachable,
            VerificationFailed,
            PinAttemptsExceeded,
            SqlError,
            QueryTimeout,
            NoBuild,
            ImportInProgress,
            ImportNotPending,
            FileTooLarge,
            SqlNotAllowed,
            SchemaMissing,
            Unknown,
        ]
    };

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::NameTaken => "name_taken",
            ErrorCode::NotFound => "not_found",
            ErrorCode::UnknownModel => "unknown_model",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::RequestInProgress => "request_in_progress",
            ErrorCode::VendorUnavailable => "vendor_unavailable",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::Internal => "internal",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::AppKeyExists => "app_key_exists",
            ErrorCode::AppNotRequired => "app_not_required",
            ErrorCode::PlanRequired => "plan_required",
            ErrorCode::CsrfFailed => "csrf_failed",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::CloudLinkNotConnected => "cloud_link_not_connected",
            ErrorCode::CloudLinkUnreachable => "cloud_link_unreachable",
            ErrorCode::VerificationFailed => "verification_failed",
            ErrorCode::PinAttemptsExceeded => "pin_attempts_exceeded",
            ErrorCode::SqlError => "sql_error",
            ErrorCode::QueryTimeout => "query_timeout",
            ErrorCode::NoBuild => "no_build",
            ErrorCode::ImportInProgress => "import_in_progress",
            ErrorCode::ImportNotPending => "import_not_pending",
            ErrorCode::FileTooLarge => "file_too_large",
            ErrorCode::SqlNotAllowed => "sql_not_allowed",
            ErrorCode::SchemaMissing => "schema_missing",
            ErrorCode::Unknown => "unknown",
        }
    }
}

/// A problem with one submitted field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// `name` or a field id of the model's schema; on `/external-systems`, a JSON
    /// Pointer (RFC 6901) into the request body (`/data/0/startTime`).
    pub field: String,
    pub code: FieldErrorCode,
}

/// Why a field value was rejected. Client and server produce the same codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldErrorCode {
    Required,
    TooLong,
    /// Another integration of this account already has the name.
    NameTaken,
    /// Not a host name at all.
    DomainInvalid,
    /// The bare vendor domain (`freshchat.com`) without the account's subdomain.
    DomainMissingSubdomain,
    /// A sibling product's domain (`acme.freshdesk.com` in the Freshchat form).
    DomainWrongVendor,
    /// Some other host that is not the vendor's.
    DomainNotVendor,
    /// Server only: nothing answers at this domain.
    DomainUnreachable,
    /// Server only: the vendor rejected the key.
    CredentialsInvalid,
    /// Server only: the key works but its user lacks the required role.
    CredentialsInsufficientRole,
    /// A select value that is not one of the options.
    InvalidOption,
    /// A value of the wrong JSON type.
    InvalidType,
    /// A field that the model does not have.
    UnknownField,
    /// A field that cannot be changed after saving (Zendesk's grouping, say).
    Immutable,
    /// Not a whole number.
    NotANumber,
    /// A number outside the field's range.
    OutOfRange,
    /// Not an https address (with a path, where the field needs one).
    UrlInvalid,
    /// A PIN that is wrong, expired or already used (one message for all three, so
    /// that guessing learns nothing).
    PinInvalid,
    /// Server only: the injixo Cloud Link's system runs in another time zone than
    /// the one entered.
    TimeZoneMismatch,
    /// `/external-systems` only: not an RFC 3339 date-time.
    TimeInvalid,
    /// `/external-systems` only: an end time that is not later than its start time.
    EndBeforeStart,
    /// `/external-systems` only: `meta.integrationConfigurationId` is not the
    /// configuration ID of the integration whose injixo API key sent the request.
    IntegrationMismatch,
    #[serde(other)]
    Unknown,
}

impl FieldErrorCode {
    /// Every code, `Unknown` last (kept complete by `every_code_is_listed_once`).
    pub const ALL: [FieldErrorCode; 23] = {
        use FieldErrorCode::*;
        [
            Required,
            TooLong,
            NameTaken,
            DomainInvalid,
            DomainMissingSubdomain,
            DomainWrongVendor,
            DomainNotVendor,
            DomainUnreachable,
            CredentialsInvalid,
            CredentialsInsufficientRole,
            InvalidOption,
            InvalidType,
            UnknownField,
            Immutable,
            NotANumber,
            OutOfRange,
            UrlInvalid,
            PinInvalid,
            TimeZoneMismatch,
            TimeInvalid,
            EndBeforeStart,
            IntegrationMismatch,
            Unknown,
        ]
    };
}

#[cfg(test)]
mod all_tests {
    use super::{ErrorCode, FieldErrorCode};

    /// A variant added to an enum without adding it to `ALL` fails here: the
    /// matches are exhaustive, and each variant must sit at its own index.
    #[test]
    fn every_code_is_listed_once() {
        let index = |c: ErrorCode| {
            use ErrorCode::*;
            match c {
                ValidationFailed => 0,
                NameTaken => 1,
                NotFound => 2,
                UnknownModel => 3,
                IdempotencyKeyReused => 4,
                RequestInProgress => 5,
                VendorUnavailable => 6,
                BadRequest => 7,
                Internal => 8,
                Unauthorized => 9,
                AppKeyExists => 10,
                AppNotRequired => 11,
                PlanRequired => 12,
                CsrfFailed => 13,
                Forbidden => 14,
                CloudLinkNotConnected => 15,
                CloudLinkUnreachable => 16,
                VerificationFailed => 17,
                PinAttemptsExceeded => 18,
                SqlError => 19,
                QueryTimeout => 20,
                NoBuild => 21,
                ImportInProgress => 22,
                ImportNotPending => 23,
                FileTooLarge => 24,
                SqlNotAllowed => 25,
                SchemaMissing => 26,
                Unknown => 27,
            }
        };
        for (i, c) in ErrorCode::ALL.into_iter().enumerate() {
            assert_eq!(index(c), i, "{c:?}");
        }
        let field_index = |c: FieldErrorCode| {
            use FieldErrorCode::*;
            match c {
                Required => 0,
                TooLong => 1,
                NameTaken => 2,
                DomainInvalid => 3,
                DomainMissingSubdomain => 4,
                DomainWrongVendor => 5,
                DomainNotVendor => 6,
                DomainUnreachable => 7,
                CredentialsInvalid => 8,
                CredentialsInsufficientRole => 9,
                InvalidOption => 10,
                InvalidType => 11,
                UnknownField => 12,
                Immutable => 13,
                NotANumber => 14,
                OutOfRange => 15,
                UrlInvalid => 16,
                PinInvalid => 17,
                TimeZoneMismatch => 18,
                TimeInvalid => 19,
                EndBeforeStart => 20,
                IntegrationMismatch => 21,
                Unknown => 22,
            }
        };
        for (i, c) in FieldErrorCode::ALL.into_iter().enumerate() {
            assert_eq!(field_index(c), i, "{c:?}");
        }
    }
}
