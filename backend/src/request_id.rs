//! Gives every request an id, returned in `X-Request-Id` and in every problem body,
//! so an admin's support reference matches a line in the server log.

use axum::{extract::Request, http::HeaderValue, middleware::Next, response::Response};
use injixo_contract::REQUEST_ID_HEADER;
use std::time::Instant;

tokio::task_local! {
    static REQUEST_ID: String;
}

/// The id of the request being handled (empty outside a request).
pub fn current() -> String {
    REQUEST_ID.try_with(Clone::clone).unwrap_or_default()
}

pub async fn middleware(req: Request, next: Next) -> Response {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let started = Instant::now();
    let method = req.method().clone();
    // Only method, path and status: never query strings, headers (the injixo app's
    // `Authorization: Bearer` key) or bodies, whatever they might carry.
    let path = req.uri().path().to_string();
    let mut res = REQUEST_ID.scope(id.clone(), next.run(req)).await;
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID_HEADER, v);
    }
    if path.starts_with("/api/") || path.starts_with("/external-systems/") {
        let fault = res
            .extensions()
            .get::<crate::faults::Applied>()
            .map(|a| a.0);
        // A dropped or hung request got no status at all; say so rather than
        // logging the placeholder of a response that was never sent.
        let status = match fault {
            Some(kind) if !kind.answers() => "-".to_string(),
            _ => res.status().as_u16().to_string(),
        };
        let fault = fault
            .map(|k| format!(" fault={}", k.as_str()))
            .unwrap_or_default();
        eprintln!(
            "{method} {path} {status} {}ms rid={id}{fault}",
            started.elapsed().as_millis()
        );
    }
    res
}
