//! The one error type of every API call, and what the UI says about it.

use crate::i18n::{msg, Msg};
use injixo_contract::{ErrorCode, FieldError, Problem};

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request never got an answer: offline, DNS, refused connection.
    Network,
    /// No answer within the client's time limit.
    Timeout,
    /// Cancelled because the page that asked went away; never shown.
    Aborted,
    /// 401: the session is gone.
    Unauthorized,
    /// 403.
    Forbidden,
    /// A problem document from the server (any 4xx/5xx that sent one).
    /// Boxed: it is large, and every `Result` of the API carries this error.
    Problem(Box<Problem>),
    /// A 4xx/5xx without a readable problem document (a proxy's error page, say).
    Status(u16),
    /// A 2xx whose body is not what the contract promises.
    Decode,
}

/// A split point's chunk that could not be fetched: offline, or gone with a
/// deploy; shown and retried like a request that got no answer.
impl From<leptos::wasm_split::SplitLoaderError> for ApiError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ApiError::Network
    }
}

impl ApiError {
    /// Field-level errors the server reported, to be shown at those fields.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Problem(p) => &p.errors,
            _ => &[],
        }
    }

    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Problem(p) => Some(p.code),
            _ => None,
        }
    }

    /// The server's request id, for a support reference.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            ApiError::Problem(p) if !p.request_id.is_empty() => Some(&p.request_id),
            _ => None,
        }
    }

    /// The sentence that explains this error to an admin. The server's own prose
    /// (`title`) is never shown: it is English and not written for admins.
    pub fn message(&self) -> Msg {
        match self {
            ApiError::Network => msg::ERROR_NETWORK,
            ApiError::Timeout => msg::ERROR_TIMEOUT,
            ApiError::Aborted => msg::ERROR_NETWORK,
            ApiError::Unauthorized => msg::ERROR_UNAUTHORIZED,
            ApiError::Forbidden => msg::ERROR_FORBIDDEN,
            ApiError::Decode => msg::ERROR_UNEXPECTED_RESPONSE,
            ApiError::Status(s) if *s >= 500 => msg::ERROR_SERVER,
            ApiError::Status(_) => msg::ERROR_UNEXPECTED_RESPONSE,
            ApiError::Problem(p) => match p.code {
                ErrorCode::ValidationFailed | ErrorCode::NameTaken => msg::ERROR_CHECK_FIELDS,
                ErrorCode::NotFound => msg::ERROR_NOT_FOUND,
                ErrorCode::VendorUnavailable => msg::ERROR_VENDOR_UNAVAILABLE,
                ErrorCode::RequestInProgress => msg::ERROR_REQUEST_IN_PROGRESS,
                ErrorCode::UnknownModel => msg::ERROR_UNKNOWN_MODEL,
                ErrorCode::Unauthorized => msg::ERROR_UNAUTHORIZED,
                ErrorCode::AppKeyExists => msg::ERROR_APP_KEY_EXISTS,
                ErrorCode::AppNotRequired => msg::ERROR_UNEXPECTED_RESPONSE,
                ErrorCode::PlanRequired => msg::ERROR_PLAN_REQUIRED,
                ErrorCode::CsrfFailed => msg::ERROR_CSRF,
                ErrorCode::Forbidden => msg::ERROR_FORBIDDEN,
                ErrorCode::CloudLinkNotConnected => msg::ERROR_CLOUD_LINK_NOT_CONNECTED,
                ErrorCode::CloudLinkUnreachable => msg::ERROR_CLOUD_LINK_UNREACHABLE,
                ErrorCode::VerificationFailed => msg::ERROR_VERIFICATION_FAILED,
                ErrorCode::PinAttemptsExceeded => msg::ERROR_PIN_ATTEMPTS_EXCEEDED,
                ErrorCode::SqlError => msg::ERROR_SQL,
                ErrorCode::QueryTimeout => msg::ERROR_QUERY_TIMEOUT,
                ErrorCode::NoBuild => msg::ERROR_NO_BUILD,
                ErrorCode::ImportInProgress => msg::ERROR_IMPORT_IN_PROGRESS,
                ErrorCode::ImportNotPending => msg::ERROR_IMPORT_NOT_PENDING,
                ErrorCode::FileTooLarge => msg::ERROR_FILE_TOO_LARGE,
                ErrorCode::SqlNotAllowed => msg::ERROR_SQL_NOT_ALLOWED,
                ErrorCode::SchemaMissing => msg::ERROR_SCHEMA_MISSING,
                ErrorCode::IdempotencyKeyReused
                | ErrorCode::BadRequest
                | ErrorCode::Internal
                | ErrorCode::Unknown => {
                    if p.status >= 500 {
                        msg::ERROR_SERVER
                    } else {
                        msg::ERROR_UNEXPECTED_RESPONSE
                    }
                }
            },
        }
    }

    /// Worth offering *Try again*: the same request may well succeed later.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network | ApiError::Timeout => true,
            ApiError::Status(s) => *s >= 500 || *s == 429,
            ApiError::Problem(p) => {
                p.status >= 500
                    || matches!(
                        p.code,
                        ErrorCode::RequestInProgress | ErrorCode::VendorUnavailable
                    )
            }
            _ => false,
        }
    }

    /// Classifies a non-2xx response from its status and body.
    pub fn from_response(status: u16, body: &str) -> ApiError {
        match status {
            401 => return ApiError::Unauthorized,
            403 => return ApiError::Forbidden,
            _ => {}
        }
        match crate::browser::json::from_str::<Problem>(body) {
            Some(problem) => ApiError::Problem(Box::new(problem)),
            None => ApiError::Status(status),
        }
    }
}

#[cfg(test)]
mod tests;
