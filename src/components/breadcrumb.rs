use crate::i18n::{msg, use_i18n};
use crate::routes::{use_base, Route};
use leptos::prelude::*;

/// `Account > Integrations [> current]`, worded exactly as the help articles write it.
#[component]
pub fn Breadcrumb(
    /// The page below *Integrations* (an integration's name, say); `None` on the overview.
    #[prop(optional, into)]
    current: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    let on_overview = current.is_none();
    view! {
        <nav class="ixi-breadcrumb" aria-label=move || i18n.attr(msg::BREADCRUMB_NAV__ARIA_LABEL)>
            <ol>
                <li>{i18n.text(msg::BREADCRUMB_ACCOUNT)}</li>
                <li>
                    <span class="ixi-breadcrumb-sep" aria-hidden="true">" > "</span>
                    {if on_overview {
                        view! {
                            <span aria-current="page">{i18n.text(msg::BREADCRUMB_INTEGRATIONS)}</span>
                        }
                            .into_any()
                    } else {
                        view! {
                            <a href=base.href(&Route::Overview)>{i18n.text(msg::BREADCRUMB_INTEGRATIONS)}</a>
                        }
                            .into_any()
                    }}
                </li>
                {current
                    .map(|c| {
                        view! {
                            <li>
                                <span class="ixi-breadcrumb-sep" aria-hidden="true">" > "</span>
                                <span aria-current="page">{c}</span>
                            </li>
                        }
                    })}
            </ol>
        </nav>
    }
}
