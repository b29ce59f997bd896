//! The *injixo Cloud Link* section of an on-premise form: download the client for
//! the server's operating system, type the PIN it prints, *Connect*. Once linked it
//! shows which server answered; *Connect a new installation of injixo Cloud Link*
//! pairs another one.

use super::logic::CLOUD_LINK;
use super::state::FormState;
use crate::api::{use_api, ApiError};
use crate::components::{ErrorAlert, Step};
use crate::i18n::{msg, use_i18n};
use injixo_contract::{Arch, ClaimCloudLink, CloudLinkSpec, FieldErrorCode, Os, PIN_DIGITS};
use leptos::prelude::*;

/// DOM id of the PIN input (focused when saving finds no link).
pub const PIN_INPUT: &str = "ixi-form-cloud-link-pin";

/// Only digits, at most six: what a PIN can be (spaces and dashes pasted along with
/// it are dropped, so "424 242" works).
pub fn clean_pin(input: &str) -> String {
    input
        .chars()
        .filter(char::is_ascii_digit)
        .take(PIN_DIGITS)
        .collect()
}

fn arch_label(arch: Arch) -> &'static str {
    match arch {
        Arch::X64 => "64-bit",
        Arch::X86 => "32-bit",
        Arch::Arm => "ARM",
    }
}

fn os_label(os: Os) -> &'static str {
    match os {
        Os::Windows => "Windows",
        Os::Linux => "Linux",
    }
}

#[component]
pub fn CloudLinkSection(
    /// The form this section belongs to.
    state: FormState,
    /// What the model needs of the client.
    spec: CloudLinkSpec,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let link = state.cloud_link;
    let required = spec.required;
    let oses: Vec<Os> = spec.downloads.iter().fold(Vec::new(), |mut v, d| {
        if !v.contains(&d.os) {
            v.push(d.os);
        }
        v
    });
    let os = RwSignal::new(oses.first().copied().unwrap_or(Os::Windows));
    let pin = RwSignal::new(String::new());
    // Pairing a new installation while one is linked (edit form).
    let repairing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let pin_error = RwSignal::new(None::<FieldErrorCode>);
    let failure = RwSignal::new(None::<ApiError>);
    let integration_id = state.saved.as_ref().map(|s| s.id.clone());
    let problem = {
        let state = state.clone();
        Signal::derive(move || state.problem(CLOUD_LINK))
    };

    let connect = Callback::new(move |()| {
        if busy.get_untracked() {
            return;
        }
        let typed = clean_pin(&pin.get_untracked());
        failure.set(None);
        if typed.len() != PIN_DIGITS {
            pin_error.set(Some(FieldErrorCode::Required));
            crate::browser::focus_id(PIN_INPUT);
            return;
        }
        pin_error.set(None);
        busy.set(true);
        let api = api.clone();
        let req = ClaimCloudLink {
            pin: typed,
            integration_id: integration_id.clone(),
        };
        leptos::task::spawn_local(async move {
            let result = api.claim_cloud_link(&req).await;
            busy.set(false);
            match result {
                Ok(claimed) => {
                    link.set(Some(claimed));
                    repairing.set(false);
                    pin.set(String::new());
                    crate::browser::focus_soon("ixi-cloud-link-linked".into());
                }
                Err(e) => {
                    let code = e
                        .field_errors()
                        .iter()
                        .find(|f| f.field == "pin")
                        .map(|f| f.code);
                    match code {
                        Some(c) => pin_error.set(Some(c)),
                        None => failure.set(Some(e)),
                    }
                    crate::browser::focus_soon(PIN_INPUT.into());
                }
            }
        });
    });

    let downloads = {
        let api = use_api();
        let spec = spec.clone();
        move || {
            let chosen = os.get();
            spec.downloads
                .iter()
                .filter(|d| d.os == chosen)
                .map(|d| {
                    let href = api.cloud_link_download_url(*d, spec.flavor);
                    let (os_name, arch) = (os_label(d.os), arch_label(d.arch));
                    view! {
                        <a class="ixi-button" href=href download="">
                            {move || i18n.fmt(&msg::cloud_link_download(arch, os_name))}
                        </a>
                    }
                })
                .collect_view()
        }
    };
    let os_choice = oses
        .iter()
        .map(|o| {
            let o = *o;
            view! { <option value=os_label(o) selected=move || os.get() == o>{os_label(o)}</option> }
        })
        .collect_view();
    let on_os = move |ev| {
        let v = event_target_value(&ev);
        os.set(if v == "Linux" { Os::Linux } else { Os::Windows });
    };
    let pin_message = move || {
        pin_error.get().map(|c| match c {
            FieldErrorCode::Required => i18n.t(msg::FIELD_ERROR_PIN_FORMAT),
            _ => i18n.t(msg::FIELD_ERROR_PIN_INVALID),
        })
    };
    let show_entry = move || link.with(Option::is_none) || repairing.get();

    view! {
        <fieldset class="ixi-section ixi-cloud-link" aria-describedby="ixi-cloud-link-intro">
            <legend><h2 id="ixi-section-cloud-link">{i18n.text(msg::CLOUD_LINK_SECTION_TITLE)}</h2></legend>
            <p id="ixi-cloud-link-intro" class="ixi-section-help">{i18n.text(msg::CLOUD_LINK_INTRO)}</p>
            {(!required).then(|| view! { <p class="ixi-section-help">{i18n.text(msg::CLOUD_LINK_OPTIONAL)}</p> })}
            <div class="ixi-field">
                <label for="ixi-form-cloud-link-os">{i18n.text(msg::CLOUD_LINK_OS_LABEL)}</label>
                <select id="ixi-form-cloud-link-os" on:change=on_os>{os_choice}</select>
            </div>
            <div class="ixi-downloads">{downloads}</div>
            <p class="ixi-field-help">{i18n.text(msg::CLOUD_LINK_DOWNLOAD_HELP)}</p>
            <crate::components::HelpLink slug=spec.help_path.clone() label=msg::CLOUD_LINK_INSTALL_GUIDE />
            {move || link.get().map(|l| view! {
                <div class="ixi-linked" id="ixi-cloud-link-linked" tabindex="-1" role="status">
                    <p class="ixi-linked-title"><span aria-hidden="true">"✓ "</span>{i18n.text(msg::CLOUD_LINK_LINKED)}</p>
                    <p class="ixi-muted">{move || i18n.fmt(&msg::cloud_link_linked_details(l.host.clone(), l.version.clone()))}</p>
                </div>
            })}
            {move || (link.with(Option::is_some) && !repairing.get()).then(|| view! {
                <button type="button" class="ixi-button ixi-button-quiet" on:click=move |_| {
                    repairing.set(true);
                    crate::browser::focus_soon(PIN_INPUT.into());
                }>
                    {i18n.text(msg::CLOUD_LINK_NEW_INSTALLATION)}
                </button>
            })}
            <div class="ixi-field ixi-pin" class:ixi-field-invalid=move || pin_error.with(Option::is_some) hidden=move || !show_entry()>
                <label for=PIN_INPUT>{i18n.text(msg::CLOUD_LINK_PIN_LABEL)}</label>
                <div class="ixi-input-row">
                    <input
                        id=PIN_INPUT
                        type="text"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        spellcheck="false"
                        maxlength="12"
                        aria-invalid=move || if pin_error.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby="ixi-pin-error ixi-pin-help"
                        prop:value=move || pin.get()
                        on:input=move |ev| {
                            pin.set(event_target_value(&ev));
                            pin_error.set(None);
                        }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            // Enter connects; it must not submit the whole form.
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                connect.run(());
                            }
                        }
                    />
                    <button
                        type="button"
                        class="ixi-button ixi-button-primary"
                        aria-disabled=move || if busy.get() { "true" } else { "false" }
                        on:click=move |_| connect.run(())
                    >
                        {move || if busy.get() { i18n.t(msg::CLOUD_LINK_CONNECTING) } else { i18n.t(msg::CLOUD_LINK_CONNECT_BUTTON) }}
                    </button>
                    {move || repairing.get().then(|| view! {
                        <button type="button" class="ixi-button ixi-button-quiet" on:click=move |_| {
                            repairing.set(false);
                            pin_error.set(None);
                        }>
                            {i18n.text(msg::CLOUD_LINK_KEEP_INSTALLATION)}
                        </button>
                    })}
                </div>
                <p class="ixi-field-error" id="ixi-pin-error">{pin_message}</p>
                <p class="ixi-field-help" id="ixi-pin-help">{i18n.text(msg::CLOUD_LINK_PIN_HELP)}</p>
            </div>
            {move || (problem.get().is_some() && link.with(Option::is_none)).then(|| view! {
                <p class="ixi-field-error" role="alert">{i18n.text(msg::ERROR_CLOUD_LINK_NOT_CONNECTED)}</p>
            })}
            {move || failure.get().map(|e| view! { <ErrorAlert error=e step=Step::ClaimCloudLink /> })}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pin_keeps_its_six_digits_only() {
        assert_eq!(super::clean_pin(" 424 242 "), "424242");
        assert_eq!(super::clean_pin("42-42-42-99"), "424242");
        assert_eq!(super::clean_pin("abc"), "");
    }
}
