//! Reads: GET requests (with a query as written), tried again when the failure may
//! pass, their answers decoded.

use super::{send_raw, url};
use crate::api::{ApiError, ApiSettings};
use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;

/// A failed read is tried again after these pauses (so at most three tries); writes
/// are never repeated behind the admin's back — they retry with their Idempotency-Key
/// when the admin says so.
const READ_RETRY_PAUSES_MS: [i32; 2] = [400, 1_200];
/// The longest `Retry-After` a read waits for before giving up.
const MAX_RETRY_AFTER_MS: i32 = 3_000;

/// A GET of `path`, query included. gloo-net appends `&` and its own (empty) query
/// to a URL that already has one (`…?limit=50&`), which no longer matches the page's
/// preload of `…?limit=50` and fetches the list twice; so the query goes through
/// `RequestBuilder::query`, which writes it as it was.
fn get_request(settings: &ApiSettings, path: &str) -> RequestBuilder {
    let Some((path, query)) = path.split_once('?') else {
        return Request::get(&url(settings, path));
    };
    let decode =
        |s: &str| js_sys::decode_uri_component(s).map_or_else(|_| s.to_string(), String::from);
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    Request::get(&url(settings, path)).query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Whether a failed read is worth another try, and after how long.
fn retry_pause(error: &ApiError, attempt: usize) -> Option<i32> {
    let pause = *READ_RETRY_PAUSES_MS.get(attempt)?;
    match error {
        // A timeout already took long; an abort means nobody is waiting.
        ApiError::Timeout | ApiError::Aborted => None,
        ApiError::Problem(p) if p.status == 503 => Some(pause.clamp(1_000, MAX_RETRY_AFTER_MS)),
        e if e.is_transient() => Some(pause),
        _ => None,
    }
}

/// From this size on, a body is rendered in a task after the one that decoded it.
const LARGE_BODY: usize = 8 * 1024;

/// A read, tried again a bounded number of times when the failure may pass; its body
/// decoded as a `T` (or [`ApiError::Decode`]: not what the contract promises).
pub async fn get<T: DeserializeOwned>(settings: &ApiSettings, path: &str) -> Result<T, ApiError> {
    let mut attempt = 0;
    loop {
        let result = send_raw(settings, get_request(settings, path), None, false)
            .await
            .and_then(|text| {
                let large = text.len() >= LARGE_BODY;
                crate::browser::json::from_str(&text)
                    .map(|v| (v, large))
                    .ok_or(ApiError::Decode)
            });
        // One pause (one await point, so one state per `T` in the wasm): before the
        // next try, or after decoding a large answer (the catalogue, a page of
        // integrations), so that what renders it runs in a task of its own: decoding
        // and rendering it in one would hold up input on a slow phone
        // (docs/performance.md, "Long tasks").
        let (pause, value) = match result {
            Ok((value, true)) => (0, Some(value)),
            Ok((value, false)) => return Ok(value),
            Err(e) => match retry_pause(&e, attempt) {
                Some(ms) => (ms, None),
                None => return Err(e),
            },
        };
        crate::browser::sleep(pause).await;
        if let Some(value) = value {
            return Ok(value);
        }
        attempt += 1;
    }
}
