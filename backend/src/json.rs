//! A `Json` extractor whose rejections are problem documents like every other error.
//! Shared by `/api/v1` and `/external-systems`, so it lives below both.

use crate::problem::ApiError;
use axum::extract::{FromRequest, Request};

/// Like `axum::Json`, but a body that is not JSON of the expected shape is a 400
/// `bad_request` problem.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    axum::Json<T>: FromRequest<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|axum::Json(v)| ApiJson(v))
            .map_err(|_| ApiError::bad_request())
    }
}
