//! The size floor of our stack (docs/performance.md, "The floor"). Four steps, each a
//! cargo feature over the one before (see Cargo.toml): A a counter; B the router with
//! three pages; C Fluent; D a JSON list from the API and a validated form that POSTs.
//! Each is as small as such an app can honestly be, so its first load is a lower
//! bound for any app of this stack doing the same.

#[cfg(feature = "api")]
mod api;
#[cfg(feature = "fluent")]
mod i18n;

#[cfg(feature = "fluent")]
use i18n::{t, t_str};
use leptos::prelude::*;

/// Before Fluent (A, B) a message is its id, a literal.
#[cfg(not(feature = "fluent"))]
fn t(id: &'static str) -> &'static str {
    id
}

#[cfg(not(feature = "fluent"))]
fn t_str(id: &'static str, _name: &'static str, _value: &str) -> &'static str {
    id
}

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0u32);
    #[cfg(feature = "fluent")]
    let label = move || i18n::t_num("overview-clicks", "count", count.get());
    #[cfg(not(feature = "fluent"))]
    let label = move || format!("Clicked {} times", count.get());
    view! { <button on:click=move |_| *set_count.write() += 1>{label}</button> }
}

#[component]
fn Overview() -> impl IntoView {
    #[cfg(feature = "api")]
    let list = api::IntegrationList().into_any();
    #[cfg(not(feature = "api"))]
    let list = view! { <p>{t("overview-empty")}</p> }.into_any();
    view! {
        <h1>{t("overview-title")}</h1>
        <p>{t("overview-intro")}</p>
        <Counter />
        {list}
    }
}

#[component]
fn Catalogue() -> impl IntoView {
    view! {
        <h1>{t("catalogue-title")}</h1>
        <p>{t("catalogue-intro")}</p>
        <ul>
            <li>{t("catalogue-salesforce")}</li>
            <li>{t("catalogue-zendesk")}</li>
            <li>{t("catalogue-freshchat")}</li>
        </ul>
    }
}

#[component]
fn FormPage() -> impl IntoView {
    #[cfg(feature = "api")]
    let form = api::IntegrationForm().into_any();
    #[cfg(not(feature = "api"))]
    let form = ().into_any();
    view! {
        <h1>{t("form-title")}</h1>
        <p>{t_str("form-intro", "vendor", "Freshchat")}</p>
        {form}
    }
}

#[cfg(feature = "router")]
#[component]
fn App() -> impl IntoView {
    use leptos_router::components::{Route, Router, Routes, A};
    use leptos_router::path;
    #[cfg(feature = "fluent")]
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", &i18n::negotiate().to_string());
    }
    view! {
        <Router>
            <nav aria-label=t("app-title")>
                <A href="/">{t("nav-overview")}</A>
                <A href="/catalogue">{t("nav-catalogue")}</A>
                <A href="/form">{t("nav-form")}</A>
            </nav>
            <main>
                <Routes fallback=|| t("not-found")>
                    <Route path=path!("/") view=Overview />
                    <Route path=path!("/catalogue") view=Catalogue />
                    <Route path=path!("/form") view=FormPage />
                </Routes>
            </main>
        </Router>
    }
}

/// A: one page, no router.
#[cfg(not(feature = "router"))]
#[component]
fn App() -> impl IntoView {
    let _ = (Catalogue, FormPage);
    view! { <main><Overview /></main> }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
