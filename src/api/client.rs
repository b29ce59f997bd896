//! The single HTTP wrapper: base URL, JSON, timeouts, abort on unmount, and the
//! mapping of every failure to `ApiError`.

use super::{ApiError, ApiSettings, Csrf};
use gloo_net::http::{Request, RequestBuilder};
use leptos::prelude::Callable;
use serde::{de::DeserializeOwned, Serialize};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// A failed read is tried again after these pauses (so at most three tries); writes
/// are never repeated behind the admin's back — they retry with their Idempotency-Key
/// when the admin says so.
const READ_RETRY_PAUSES_MS: [i32; 2] = [400, 1_200];
/// The longest `Retry-After` a read waits for before giving up.
const MAX_RETRY_AFTER_MS: i32 = 3_000;

/// The value of cookie `name` of this document, if set.
fn cookie(name: &str) -> Option<String> {
    let doc: web_sys::HtmlDocument = web_sys::window()?.document()?.dyn_into().ok()?;
    let all = doc.cookie().ok()?;
    all.split(';').find_map(|c| {
        let (k, v) = c.trim().split_once('=')?;
        if k != name {
            return None;
        }
        js_sys::decode_uri_component(v).ok().map(String::from)
    })
}

/// Calls a host-supplied getter that returns a string or a promise of one.
async fn call_getter(f: &js_sys::Function) -> Option<String> {
    let value = f.call0(&JsValue::NULL).ok()?;
    let value = match value.dyn_ref::<js_sys::Promise>() {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p.clone()).await.ok()?,
        None => value,
    };
    value.as_string().filter(|s| !s.is_empty())
}

/// Adds what the host's authentication needs: a bearer token, and on writes the CSRF
/// token (double-submit: the session cookie itself travels with `credentials`).
async fn authenticate(
    settings: &ApiSettings,
    mut builder: RequestBuilder,
    write: bool,
) -> RequestBuilder {
    builder = builder.credentials(settings.credentials);
    if let Some(getter) = &settings.bearer {
        if let Some(token) = call_getter(getter).await {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
    }
    if write {
        let token = match &settings.csrf {
            Csrf::Cookie(name) => cookie(name),
            Csrf::Getter(f) => call_getter(f).await,
            Csrf::None => None,
        };
        if let Some(token) = token {
            builder = builder.header(&settings.csrf_header, &token);
        }
    }
    builder
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
    if !response.ok() {
        let error = ApiError::from_response(response.status(), &text);
        if error == ApiError::Unauthorized {
            if let Some(cb) = &settings.on_unauthorized {
                cb.run(());
            }
        }
        return Err(error);
    }
    // A 204 has no body; any other success must carry one (a bare 200 from a proxy
    // is not the answer the contract promises, and must not pass for a deletion).
    if response.status() == 204 || !text.is_empty() {
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
    crate::json::from_str(&text).ok_or(ApiError::Decode)
}

fn url(settings: &ApiSettings, path: &str) -> String {
    format!("{}{path}", settings.base)
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

/// A read, tried again a bounded number of times when the failure may pass.
pub async fn get<T: DeserializeOwned>(settings: &ApiSettings, path: &str) -> Result<T, ApiError> {
    get_with(settings, path, crate::json::from_str).await
}

/// A read like [`get`] whose body `decode` turns into a `T` (`None`: the answer is
/// not what the contract promises, [`ApiError::Decode`]).
pub async fn get_with<T>(
    settings: &ApiSettings,
    path: &str,
    decode: fn(&str) -> Option<T>,
) -> Result<T, ApiError> {
    let mut attempt = 0;
    loop {
        let result = send_raw(settings, Request::get(&url(settings, path)), None, false)
            .await
            .and_then(|text| decode(&text).ok_or(ApiError::Decode));
        match result {
            Err(e) => match retry_pause(&e, attempt) {
                Some(ms) => {
                    crate::platform::sleep(ms).await;
                    attempt += 1;
                }
                None => return Err(e),
            },
            ok => return ok,
        }
    }
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

/// `DELETE`; the answer (204) has no body.
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
    let json = crate::json::to_string(body).ok_or(ApiError::Decode)?;
    send(settings, builder, Some(json), true).await
}
