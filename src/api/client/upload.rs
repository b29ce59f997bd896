//! Uploads with progress: `XMLHttpRequest`, whose `upload.onprogress` reports the
//! bytes sent (`fetch` reports no upload progress). Authentication (bearer, CSRF,
//! credentials), the mapping of the answer to `ApiError` and the abort when the page
//! goes away work as for every other write. The time limit is a *stall* limit: the
//! upload fails with [`ApiError::Timeout`] when nothing moved for the settings'
//! `write_timeout_ms` (a 7 MB file on a slow line may need longer than any fixed
//! limit, but it keeps moving); once the last byte is sent, the server gets that long
//! to answer.

use super::super::{ApiError, ApiSettings};
use crate::browser::TimerGuard;
use serde::de::DeserializeOwned;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ProgressEvent, RequestCredentials, XmlHttpRequest};

/// What ended the request.
const LOADED: &str = "load";
const FAILED: &str = "error";
const ABORTED: &str = "abort";

/// `POST`s `body` (a file, sent as it is) to `path` with `headers`, calling
/// `on_progress(sent, total)` as bytes go out, and decodes the JSON answer.
pub async fn upload<T: DeserializeOwned>(
    settings: &ApiSettings,
    path: &str,
    body: &web_sys::Blob,
    headers: &[(&str, String)],
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<T, ApiError> {
    let auth = super::auth_headers(settings, true).await;
    let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Network)?;
    xhr.open_with_async("POST", &super::url(settings, path), true)
        .map_err(|_| ApiError::Network)?;
    xhr.set_with_credentials(settings.credentials == RequestCredentials::Include);
    let all = auth
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .chain(headers.iter().map(|(k, v)| (*k, v.as_str())))
        .chain([("Accept", "application/json")]);
    for (name, value) in all {
        xhr.set_request_header(name, value)
            .map_err(|_| ApiError::Decode)?;
    }

    // The end of the request resolves this promise with LOADED, FAILED or ABORTED.
    let mut resolve = None;
    let done = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    let resolve = resolve.ok_or(ApiError::Network)?;
    let end = |tag: &'static str| {
        let resolve = resolve.clone();
        Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(tag));
        })
    };
    let (on_load, on_error, on_abort) = (end(LOADED), end(FAILED), end(ABORTED));
    xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
    xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    xhr.set_onabort(Some(on_abort.as_ref().unchecked_ref()));

    // The stall limit: re-armed whenever bytes move, and once more when all are sent.
    let stalled = Rc::new(Cell::new(false));
    let on_stall = {
        let (xhr, stalled) = (xhr.clone(), stalled.clone());
        Closure::<dyn FnMut()>::new(move || {
            stalled.set(true);
            let _ = xhr.abort();
        })
    };
    let stall_fn: js_sys::Function = on_stall.as_ref().clone().unchecked_into();
    let timer = Rc::new(RefCell::new(None::<TimerGuard>));
    let rearm = {
        let (timer, ms) = (timer.clone(), settings.write_timeout_ms);
        move || *timer.borrow_mut() = Some(TimerGuard::set(&stall_fn, ms))
    };
    rearm();
    let sending = xhr.upload().map_err(|_| ApiError::Network)?;
    let on_progress = {
        let rearm = rearm.clone();
        Closure::<dyn FnMut(ProgressEvent)>::new(move |ev: ProgressEvent| {
            rearm();
            if ev.length_computable() {
                on_progress(ev.loaded(), ev.total());
            }
        })
    };
    let on_sent = Closure::<dyn FnMut()>::new(rearm);
    sending.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    sending.set_onload(Some(on_sent.as_ref().unchecked_ref()));

    // The page that asked went away: nobody waits for the answer.
    let on_cleanup = send_wrapper::SendWrapper::new(xhr.clone());
    leptos::prelude::on_cleanup(move || {
        let _ = on_cleanup.abort();
    });

    xhr.send_with_opt_blob(Some(body))
        .map_err(|_| ApiError::Network)?;
    let tag = wasm_bindgen_futures::JsFuture::from(done)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    // Nothing may call the closures once they are dropped below.
    timer.borrow_mut().take();
    for target in [&*xhr, &*sending] {
        target.set_onload(None);
        target.set_onprogress(None);
    }
    xhr.set_onerror(None);
    xhr.set_onabort(None);
    drop((on_load, on_error, on_abort, on_progress, on_sent, on_stall));

    match tag.as_str() {
        LOADED => {
            let status = xhr.status().map_err(|_| ApiError::Network)?;
            let text = xhr.response_text().ok().flatten().unwrap_or_default();
            let text = super::answer(settings, status, text)?;
            crate::browser::json::from_str(&text).ok_or(ApiError::Decode)
        }
        ABORTED if stalled.get() => Err(ApiError::Timeout),
        ABORTED => Err(ApiError::Aborted),
        _ => Err(ApiError::Network),
    }
}
