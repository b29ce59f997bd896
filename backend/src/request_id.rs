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

/// What a layer inside `middleware` wants the request's log line to say beyond
/// method, path and status: put into the response's extensions. The request log
/// only prints it; it does not know which layer set it or why.
#[derive(Clone, Debug)]
pub struct LogNote {
    /// Appended to the line after a space, e.g. `fault=503`.
    pub text: String,
    /// Whether the client gets this response at all. When not (the connection is
    /// dropped or left hanging), the line shows `-` for the status rather than the
    /// placeholder of a response that is never sent.
    pub answered: bool,
}

/// The outermost layer: sets the id for everything inside, adds `X-Request-Id`
/// and writes the request's log line.
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
        let note = res.extensions().get::<LogNote>();
        let status = match note {
            Some(n) if !n.answered => "-".to_string(),
            _ => res.status().as_u16().to_string(),
        };
        let note = note.map(|n| format!(" {}", n.text)).unwrap_or_default();
        eprintln!(
            "{method} {path} {status} {}ms rid={id}{note}",
            started.elapsed().as_millis()
        );
    }
    res
}
