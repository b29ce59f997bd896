//! The single HTTP wrapper: base URL, JSON, timeouts, abort on unmount, and the
//! mapping of every failure to `ApiError`. File uploads with progress are in
//! [`upload`] (`XMLHttpRequest`: `fetch` reports no upload progress).

mod get;
mod upload;

pub use get::get;
pub use upload::upload;

use super::{ApiError, ApiSettings, Csrf};
use crate::browser::TimerGuard;
use gloo_net::http::{Request, RequestBuilder};
use leptos::prelude::Callable;
use serde::{de::DeserializeOwned, Serialize};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Calls a host-supplied getter that returns a string or a promise of one.
async fn call_getter(f: &js_sys::Function) -> Option<String> {
    let value = f.call0(&JsValue::NULL).ok()?;
    let value = match value.dyn_ref::<js_sys::Promise>() {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p.clone()).await.ok()?,
        None => value,
    };
    value.as_string().filter(|s| !s.is_empty())
}

/// The headers the host's authentication needs: a bearer token, and on writes the
/// CSRF token (double-submit: the session cookie itself travels with `credentials`).
/// Shared by every request, `fetch` or (for uploads) `XMLHttpRequest`.
async fn auth_headers(settings: &ApiSettings, write: bool) -> Vec<(String, String)> {
    let mut headers = Vec::new();
    if let Some(getter) = &settings.bearer {
        if let Some(token) = call_getter(getter).await {
            headers.push(("Authorization".into(), format!("Bearer {token}")));
        }
    }
    if write {
        let token = match &settings.csrf {
            Csrf::Cookie(name) => crate::browser::cookie(name),
            Csrf::Getter(f) => call_getter(f).await,
            Csrf::None => None,
        };
        if let Some(token) = token {
            headers.push((settings.csrf_header.clone(), token));
        }
    }
    headers
}

async fn authenticate(
    settings: &ApiSettings,
    mut builder: RequestBuilder,
    write: bool,
) -> RequestBuilder {
    builder = builder.credentials(settings.credentials);
    for (name, value) in auth_headers(settings, write).await {
        builder = builder.header(&name, &value);
    }
    builder
}

/// Percent-encodes a path segment (ids are UUIDs, but a crafted URL must not be able
/// to walk the API tree).
pub fn encode(segment: &str) -> String {
    String::from(js_sys::encode_uri_component(segment))
}

/// Aborts its request when the time is up or when the reactive owner that started it
/// is cleaned up (the page unmounted); clears its timer when dropped.
struct Guard {
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    // Declared before the closure it calls: dropped (and cleared) first.
    _timer: TimerGuard,
    _on_timeout: Closure<dyn FnMut()>,
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
        let timer = TimerGuard::set(on_timeout.as_ref().unchecked_ref(), timeout_ms);
        let on_cleanup = send_wrapper::SendWrapper::new(controller.clone());
        leptos::prelude::on_cleanup(move || on_cleanup.abort());
        Some(Guard {
            controller,
            timed_out,
            _timer: timer,
            _on_timeout: on_timeout,
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

/// Sends a request and returns the raw body of a 2xx answer.
pub(super) async fn send_raw(
    settings: &ApiSettings,
    builder: RequestBuilder,
    body: Option<String>,
    write: bool,
) -> Result<String, ApiError> {
    let builder = authenticate(settings, builder, write).await;
    let guard = Guard::new(if write {
        settings.write_timeout_ms
    } else {
        settings.read_timeout_ms
    });
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
    answer(settings, response.status(), text)
}

/// The body of an answer with `status`, or its error (a 401 also tells the app).
fn answer(settings: &ApiSettings, status: u16, text: String) -> Result<String, ApiError> {
    if !(200..300).contains(&status) {
        let error = ApiError::from_response(status, &text);
        if error == ApiError::Unauthorized {
            if let Some(cb) = &settings.on_unauthorized {
                cb.run(());
            }
        }
        return Err(error);
    }
    // A 204 has no body, nor need a 202 (accepted, still working); any other success
    // must carry one (a bare 200 from a proxy is not the answer the contract
    // promises, and must not pass for a deletion).
    if status == 204 || status == 202 || !text.is_empty() {
        Ok(text)
    } else {
        Err(ApiError::Decode)
    }
}

async fn send<T: DeserializeOwned>(
    settings: &ApiSettings,
    builder: RequestBuilder,
    body: Option<String>,
    write: bool,
) -> Result<T, ApiError> {
    let text = send_raw(settings, builder, body, write).await?;
    crate::browser::json::from_str(&text).ok_or(ApiError::Decode)
}

pub(super) fn url(settings: &ApiSettings, path: &str) -> String {
    format!("{}{path}", settings.base)
}

pub async fn post<B: Serialize, T: DeserializeOwned>(
    settings: &ApiSettings,
    path: &str,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    write(
        settings,
        Request::post(&url(settings, path)),
        body,
        idempotency_key,
    )
    .await
}

pub async fn patch<B: Serialize, T: DeserializeOwned>(
    settings: &ApiSettings,
    path: &str,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    write(
        settings,
        Request::patch(&url(settings, path)),
        body,
        idempotency_key,
    )
    .await
}

/// A `POST` that starts something (`202 Accepted`): its answer carries nothing the
/// app needs, so any success will do.
pub async fn post_accepted<B: Serialize>(
    settings: &ApiSettings,
    path: &str,
    body: &B,
) -> Result<(), ApiError> {
    let json = crate::browser::json::to_string(body).ok_or(ApiError::Decode)?;
    let request = Request::post(&url(settings, path));
    send_raw(settings, request, Some(json), true)
        .await
        .map(drop)
}

/// `DELETE`: the contract's answer is 204 without a body; anything else that looks
/// like success (a 200 with a page, say) is not trusted as a deletion.
pub async fn delete(settings: &ApiSettings, path: &str) -> Result<(), ApiError> {
    let text = send_raw(settings, Request::delete(&url(settings, path)), None, true).await?;
    if text.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Decode)
    }
}

async fn write<B: Serialize, T: DeserializeOwned>(
    settings: &ApiSettings,
    mut builder: RequestBuilder,
    body: &B,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    if let Some(key) = idempotency_key {
        builder = builder.header(injixo_contract::IDEMPOTENCY_KEY_HEADER, key);
    }
    let json = crate::browser::json::to_string(body).ok_or(ApiError::Decode)?;
    send(settings, builder, Some(json), true).await
}
