use crate::i18n::{msg, use_i18n, Lang};
use leptos::prelude::*;

/// The language menu. Each language is named in itself; switching is live: nothing
/// reloads, typed input and scroll position stay.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            i18n.choose(lang);
        }
    };
    view! {
            <label class="ixi-lang">
                <span class="ixi-lang-label">{i18n.text(msg::LANGUAGE_LABEL)}</span>
                <select on:change=on_change prop:value=move || i18n.wanted().code()>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() lang=l.code() selected=move || i18n.wanted() == l>
                                    {l.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                    // The pseudo-locale is never offered, but while it is on the menu says so.
                    {move || {
                        (i18n.lang() == Lang::Pseudo)
                            .then(|| view! { <option value="x-pseudo" selected=true>{Lang::Pseudo.native_name()}</option> })
                    }}
                </select>
            </label>
            // The menu falls back to the language on screen; this says why. Outside the
            // label, so it is not part of the menu's name.
            <span class="ixi-lang-error" role="status">
                    {move || {
                        i18n.failed()
                            .map(|l| {
    i18n.fmt(&msg::language_load_failed(l.native_name()))
                            })
                    }}
            </span>
        }
}
