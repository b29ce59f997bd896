//! The one error type of every API call, and what the UI says about it.

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
    Problem(Problem),
    /// A 4xx/5xx without a readable problem document (a proxy's error page, say).
    Status(u16),
    /// A 2xx whose body is not what the contract promises.
    Decode,
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

    /// Fluent id of the sentence that explains this error to an admin. The server's
    /// own prose (`title`) is never shown: it is English and not written for admins.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Timeout => "error-timeout",
            ApiError::Aborted => "error-network",
            ApiError::Unauthorized => "error-unauthorized",
            ApiError::Forbidden => "error-forbidden",
            ApiError::Decode => "error-unexpected-response",
            ApiError::Status(s) if *s >= 500 => "error-server",
            ApiError::Status(_) => "error-unexpected-response",
            ApiError::Problem(p) => match p.code {
                ErrorCode::ValidationFailed | ErrorCode::NameTaken => "error-check-fields",
                ErrorCode::NotFound => "error-not-found",
                ErrorCode::VendorUnavailable => "error-vendor-unavailable",
                ErrorCode::RequestInProgress => "error-request-in-progress",
                ErrorCode::UnknownModel => "error-unknown-model",
                ErrorCode::Unauthorized => "error-unauthorized",
                ErrorCode::AppKeyExists => "error-app-key-exists",
                ErrorCode::AppNotRequired => "error-unexpected-response",
                ErrorCode::PlanRequired => "error-plan-required",
                ErrorCode::CsrfFailed => "error-csrf",
                ErrorCode::Forbidden => "error-forbidden",
                ErrorCode::IdempotencyKeyReused
                | ErrorCode::BadRequest
                | ErrorCode::Internal
                | ErrorCode::Unknown => {
                    if p.status >= 500 {
                        "error-server"
                    } else {
                        "error-unexpected-response"
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
        match crate::json::from_str::<Problem>(body) {
            Some(problem) => ApiError::Problem(problem),
            None => ApiError::Status(status),
        }
    }
}

#[cfg(test)]
mod tests;
