//! The single HTTP wrapper: base URL, JSON, timeouts, abort on unmount, and the
//! mapping of every failure to `ApiError`.

use super::ApiError;
use gloo_net::http::{Request, RequestBuilder};
use serde::{de::DeserializeOwned, Serialize};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};

/// Reads get this long before they count as failed.
const READ_TIMEOUT_MS: i32 = 15_000;
/// Creating an integration waits for the vendor's verification, so writes get longer.
const WRITE_TIMEOUT_MS: i32 = 45_000;

thread_local! {
    static API_BASE: RefCell<String> = RefCell::new(injixo_contract::API_PREFIX.to_string());
}

/// Sets the API's base URL (`/api/v1` by default; a host page may point elsewhere).
pub fn configure(api_base: &str) {
    API_BASE.with(|b| *b.borrow_mut() = api_base.trim_end_matches('/').to_string());
}

fn url(path: &str) -> String {
    API_BASE.with(|b| format!("{}{path}", b.borrow()))
}

/// Percent-encodes a path segment (ids are UUIDs, but a crafted URL must not be able
/// to walk the API tree).
pub fn encode(segment: &str) -> String {
    String::from(js_sys::encode_uri_component(segment))
}

/// A random UUID v4 from `crypto.getRandomValues`, which (unlike `randomUUID`) also
/// works on plain-http hosts.
pub fn new_idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    let filled = crypto
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Aborts its request when the time is up or when the reactive owner that started it
/// is cleaned up (the page unmounted); clears its timer when dropped.
struct Guard {
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    timer: Option<i32>,
    _on_timeout: Option<Closure<dyn FnMut()>>,
}

impl Guard {
    fn new(timeout_ms: i32) -> Option<Guard> {
        let controller = web_sys::AbortController::new().ok()?;
        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            Closure::<dyn FnMut()>::new(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                timeout_ms,
            )
            .ok()
        });
        let on_cleanup = send_wrapper::SendWrapper::new(controller.clone());
        leptos::prelude::on_cleanup(move || on_cleanup.abort());
        Some(Guard {
            controller,
            timed_out,
            timer,
            _on_timeout: Some(on_timeout),
        })
    }

    fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }

    fn failure(&self) -> ApiError {
        if self.timed_out.get() {
            ApiError::Timeout
        } else if self.controller.signal().aborted() {
            ApiError::Aborted
        } else {
            ApiError::Network
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let (Some(w), Some(t)) = (web_sys::window(), self.timer) {
            w.clear_timeout_with_handle(t);
        }
    }
}

/// Sends a request and returns the raw body of a 2xx answer.
async fn send_raw(
    builder: RequestBuilder,
    body: Option<String>,
    timeout_ms: i32,
) -> Result<String, ApiError> {
    let guard = Guard::new(timeout_ms);
    let signal = guard.as_ref().map(Guard::signal);
    let builder = builder
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref());
    let request: Result<Request, _> = match body {
        Some(json) => builder
            .header("Content-Type", "application/json")
            .body(json),
        None => builder.build(),
    };
    let request = request.map_err(|_| ApiError::Decode)?;
    let failure = || guard.as_ref().map_or(ApiError::Network, Guard::failure);
    let response = request.send().await.map_err(|_| failure())?;
    let text = response.text().await.map_err(|_| failure())?;
    if !response.ok() {
        return Err(ApiError::from_response(response.status(), &text));
    }
    Ok(text)
}

async fn send<T: DeserializeOwned>(
    builder: RequestBuilder,
    body: Option<String>,
    timeout_ms: i32,
) -> Result<T, ApiError> {
    let text = send_raw(builder, body, timeout_ms).await?;
    serde_json::from_str(&text).map_err(|_| ApiError::Decode)
}

pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(Request::get(&url(path)), None, READ_TIMEOUT_MS).await
}

pub async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    write(Request::post(&url(path)), body, idempotency_key).await
}

pub async fn patch<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    write(Request::patch(&url(path)), body, idempotency_key).await
}

/// `DELETE`; the answer (204) has no body.
pub async fn delete(path: &str) -> Result<(), ApiError> {
    send_raw(Request::delete(&url(path)), None, WRITE_TIMEOUT_MS)
        .await
        .map(|_| ())
}

async fn write<B: Serialize, T: DeserializeOwned>(
    mut builder: RequestBuilder,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    if let Some(key) = idempotency_key {
        builder = builder.header(injixo_contract::IDEMPOTENCY_KEY_HEADER, key);
    }
    let json = serde_json::to_string(body).map_err(|_| ApiError::Decode)?;
    send(builder, Some(json), WRITE_TIMEOUT_MS).await
}
