//! The one error type of all handlers, rendered as `application/problem+json`.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use injixo_contract::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};

/// An error answer: its status, the contract's code and what goes with them.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The machine-readable `code` of the problem body.
    pub code: ErrorCode,
    /// Field errors of a `validation_failed` (empty otherwise).
    pub errors: Vec<FieldError>,
    /// `Retry-After` in seconds, when the client may simply retry.
    pub retry_after: Option<u32>,
    /// The `WWW-Authenticate` challenge of a 401.
    pub www_authenticate: Option<&'static str>,
    /// The customer's system's own words (a database's error message).
    pub system_message: Option<String>,
    /// English, for developers: what exactly the server could not read.
    pub detail: Option<String>,
}

impl ApiError {
    /// Just a status and a code.
    pub fn new(status: StatusCode, code: ErrorCode) -> Self {
        Self {
            status,
            code,
            errors: Vec::new(),
            retry_after: None,
            www_authenticate: None,
            system_message: None,
            detail: None,
        }
    }

    /// 400 `bad_request` saying what exactly was wrong (a query parameter).
    pub fn bad_request_because(detail: impl Into<String>) -> Self {
        Self {
            detail: Some(detail.into()),
            ..Self::bad_request()
        }
    }

    /// This status and code, quoting the customer's system (`sql_error`,
    /// `verification_failed`).
    pub fn with_system_message(status: StatusCode, code: ErrorCode, message: String) -> Self {
        Self {
            system_message: Some(message),
            ..Self::new(status, code)
        }
    }

    /// 422 `validation_failed` with these field errors.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self {
            errors,
            ..Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::ValidationFailed,
            )
        }
    }

    /// 404 `not_found`.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound)
    }

    /// 400 `bad_request`.
    pub fn bad_request() -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest)
    }

    /// 500 `internal`; `what` is logged, never sent.
    pub fn internal(what: impl std::fmt::Display) -> Self {
        // The cause goes to the log with the request id, never to the client.
        eprintln!(
            "internal error rid={}: {what}",
            crate::request_id::current()
        );
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
    }

    fn title(&self) -> &'static str {
        match self.code {
            ErrorCode::ValidationFailed => "Some fields are not valid",
            ErrorCode::NameTaken => "An integration with this name exists",
            ErrorCode::NotFound => "Not found",
            ErrorCode::UnknownModel => "Unknown model",
            ErrorCode::IdempotencyKeyReused => "Idempotency-Key reused with another body",
            ErrorCode::RequestInProgress => "A request with this Idempotency-Key is in progress",
            ErrorCode::VendorUnavailable => "The vendor could not be reached",
            ErrorCode::BadRequest => "Malformed request",
            ErrorCode::Internal => "Internal error",
            ErrorCode::Unauthorized => "Missing or invalid credentials",
            ErrorCode::AppKeyExists => "The integration already has an injixo API key",
            ErrorCode::AppNotRequired => "This integration does not use an injixo API key",
            ErrorCode::PlanRequired => "The account's plan does not include this model",
            ErrorCode::CsrfFailed => "Missing or wrong X-CSRF-Token",
            ErrorCode::Forbidden => "Not allowed",
            ErrorCode::CloudLinkNotConnected => "No injixo Cloud Link is linked",
            ErrorCode::CloudLinkUnreachable => "The injixo Cloud Link did not answer",
            ErrorCode::VerificationFailed => "The injixo Cloud Link could not connect",
            ErrorCode::PinAttemptsExceeded => "Too many wrong PINs",
            ErrorCode::SqlError => "The database refused the query",
            ErrorCode::QueryTimeout => "The query took too long",
            ErrorCode::NoBuild => "No build for this platform",
            ErrorCode::ImportInProgress => "Another import of this integration is open",
            ErrorCode::ImportNotPending => "The import is not waiting to be applied",
            ErrorCode::FileTooLarge => "The file is too large",
            ErrorCode::SqlNotAllowed => "The query may only read uploaded_file",
            ErrorCode::SchemaMissing => "The integration has no CSV schema",
            ErrorCode::Unknown => "Error",
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let title = self.title().into();
        let problem = Problem {
            system_message: self.system_message,
            detail: self.detail,
            type_uri: format!("urn:injixo:problem:{}", self.code.as_str()),
            title,
            status: self.status.as_u16(),
            code: self.code,
            errors: self.errors,
            request_id: crate::request_id::current(),
        };
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut res = (self.status, body).into_response();
        let headers = res.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
        );
        if let Some(secs) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if let Some(challenge) = self.www_authenticate {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(challenge),
            );
        }
        res
    }
}
