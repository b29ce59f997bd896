//! D: what every page of the real app does — read a JSON list through the browser's
//! parser and serde-wasm-bindgen (as the app's `src/json.rs`), show it in a table,
//! and send a validated form as JSON.

use crate::i18n::t;
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Integration {
    id: u32,
    name: String,
    vendor: String,
    status: String,
    created_at: String,
    enabled: bool,
}

#[derive(Serialize)]
struct NewIntegration {
    name: String,
    email: String,
    api_key: String,
}

async fn load() -> Result<Vec<Integration>, String> {
    let failed = |_| t("error-network");
    let resp = Request::get("/api/v1/integrations")
        .send()
        .await
        .map_err(failed)?;
    if !resp.ok() {
        return Err(t("error-network"));
    }
    let text = resp.text().await.map_err(failed)?;
    let value = js_sys::JSON::parse(&text).map_err(|_| t("error-network"))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

async fn save(body: NewIntegration) -> Result<(), String> {
    let js = serde_wasm_bindgen::to_value(&body).map_err(|e| e.to_string())?;
    let text: String = js_sys::JSON::stringify(&js)
        .map_err(|_| t("error-network"))?
        .into();
    let resp = Request::post("/api/v1/integrations")
        .header("content-type", "application/json")
        .body(text)
        .map_err(|_| t("error-network"))?
        .send()
        .await
        .map_err(|_| t("error-network"))?;
    if resp.ok() {
        Ok(())
    } else {
        Err(t("error-network"))
    }
}

#[component]
pub fn IntegrationList() -> impl IntoView {
    let list = LocalResource::new(load);
    move || {
        match list.get() {
        None => view! { <p>"…"</p> }.into_any(),
        Some(Err(e)) => view! { <p class="error">{e}</p> }.into_any(),
        Some(Ok(items)) if items.is_empty() => view! { <p>{t("overview-empty")}</p> }.into_any(),
        Some(Ok(items)) => view! {
            <table>
                <thead>
                    <tr><th>"#"</th><th>{t("form-name")}</th><th>"Vendor"</th><th>"Status"</th><th>"Created"</th><th>"Enabled"</th></tr>
                </thead>
                <tbody>
                    {items
                        .into_iter()
                        .map(|i| view! {
                            <tr>
                                <td>{i.id}</td>
                                <td>{i.name}</td>
                                <td>{i.vendor}</td>
                                <td>{i.status}</td>
                                <td>{i.created_at}</td>
                                <td>{if i.enabled { "yes" } else { "no" }}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
    }
}

#[derive(Clone, Copy, Default, PartialEq)]
struct Errors {
    name: Option<&'static str>,
    email: Option<&'static str>,
    key: Option<&'static str>,
}

fn validate(name: &str, email: &str, key: &str) -> Errors {
    let required = |s: &str| s.trim().is_empty().then_some("error-required");
    Errors {
        name: required(name),
        email: required(email).or_else(|| {
            (!email.contains('@') || email.starts_with('@') || email.ends_with('@'))
                .then_some("error-email")
        }),
        key: required(key).or_else(|| (key.chars().count() < 8).then_some("error-key-short")),
    }
}

#[component]
fn Field(
    label: &'static str,
    kind: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <label for=label>{t(label)}</label>
        <input id=label type=kind bind:value=value aria-invalid=move || error.get().is_some().to_string() />
        {move || error.get().map(|e| view! { <p class="error">{t(e)}</p> })}
    }
}

#[component]
pub fn IntegrationForm() -> impl IntoView {
    let (name, email, key) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let submitted = RwSignal::new(false);
    let status = RwSignal::new(None::<Result<(), String>>);
    let errors = Memo::new(move |_| {
        if submitted.get() {
            validate(&name.read(), &email.read(), &key.read())
        } else {
            Errors::default()
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if errors.get_untracked() != Errors::default() {
            return;
        }
        let body = NewIntegration {
            name: name.get_untracked(),
            email: email.get_untracked(),
            api_key: key.get_untracked(),
        };
        spawn_local(async move { status.set(Some(save(body).await)) });
    };
    view! {
        <form on:submit=on_submit novalidate>
            <Field label="form-name" kind="text" value=name error=Signal::derive(move || errors.get().name) />
            <Field label="form-email" kind="email" value=email error=Signal::derive(move || errors.get().email) />
            <Field label="form-key" kind="password" value=key error=Signal::derive(move || errors.get().key) />
            <button type="submit">{t("form-save")}</button>
        </form>
        {move || status.get().map(|s| match s {
            Ok(()) => view! { <p role="status">{t("form-saved")}</p> }.into_any(),
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
        })}
    }
}
