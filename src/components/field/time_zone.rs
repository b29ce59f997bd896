//! A searchable time-zone picker (ARIA combobox with a listbox): type part of a city,
//! zone name or offset, choose with the arrow keys and Enter, or with the mouse.

use crate::i18n::zones::{zones, Zone};
use crate::i18n::{msg, use_i18n};
use leptos::prelude::*;
use std::rc::Rc;

/// At most this many matches are listed at once; typing narrows them down.
const MAX_SHOWN: usize = 80;

#[component]
pub fn TimeZoneInput(
    /// DOM id of the input; the list, help and error ids derive from it.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text under the input.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// The localized problem with the current value, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The chosen zone's IANA id ("" while none is chosen).
    value: RwSignal<String>,
    /// Whether a choice is required.
    #[prop(default = true)]
    required: bool,
    /// Locked (cannot be changed after saving, or while saving).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Called when the picker loses focus.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list_id = format!("{dom_id}-list");
    let help_id = format!("{dom_id}-help");
    let error_id = format!("{dom_id}-error");
    let has_help = help.is_some();
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || super::described_by(error.with(Option::is_some), has_help, &error_id, &help_id)
    };
    // What the admin is typing; `None` while the input shows the chosen zone.
    let query = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    // The browser's zones are built on first use (two `Intl` formatters each).
    let all = StoredValue::new_local(None::<Rc<Vec<Zone>>>);
    let load = move || {
        let lang = i18n.lang();
        let cached = all.with_value(|a| a.clone());
        match cached {
            Some(z) => z,
            None => {
                let z = zones(lang);
                all.set_value(Some(z.clone()));
                z
            }
        }
    };
    // Shown matches: zone indices into `load()`.
    let shown = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let q = query.get().unwrap_or_default();
        let z = load();
        z.iter()
            .enumerate()
            .filter(|(_, zone)| zone.matches(&q))
            .map(|(i, _)| i)
            .take(MAX_SHOWN)
            .collect::<Vec<_>>()
    });
    // Re-localize the names when the language changes.
    Effect::new(move |prev: Option<crate::i18n::Lang>| {
        let lang = i18n.lang();
        if prev.is_some_and(|p| p != lang) {
            all.set_value(None);
        }
        lang
    });
    let zone_label = move |id: &str| -> String {
        if id.is_empty() {
            return String::new();
        }
        let z = load();
        z.iter()
            .find(|zone| zone.id == id)
            .map_or_else(|| id.to_string(), Zone::label)
    };
    let shown_text = move || match query.get() {
        Some(q) => q,
        None => value.with(|v| zone_label(v)),
    };
    let option_id = {
        let dom_id = dom_id.clone();
        move |i: usize| format!("{dom_id}-option-{i}")
    };
    let choose = move |index: usize| {
        if let Some(zone) = load().get(index) {
            value.set(zone.id.clone());
        }
        query.set(None);
        open.set(false);
    };
    let on_keydown = {
        let option_id = option_id.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let n = shown.with(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    ev.prevent_default();
                    if !open.get_untracked() {
                        open.set(true);
                        active.set(0);
                        return;
                    }
                    if n > 0 {
                        let cur = active.get_untracked().min(n - 1);
                        let next = if ev.key() == "ArrowDown" {
                            (cur + 1) % n
                        } else {
                            (cur + n - 1) % n
                        };
                        active.set(next);
                        let idx = shown.with_untracked(|s| s[next]);
                        crate::browser::scroll_into_view(&option_id(idx));
                    }
                }
                "Enter" if open.get_untracked() => {
                    ev.prevent_default();
                    if let Some(idx) =
                        shown.with_untracked(|s| s.get(active.get_untracked()).copied())
                    {
                        choose(idx);
                    }
                }
                "Escape" if open.get_untracked() => {
                    ev.prevent_default();
                    query.set(None);
                    open.set(false);
                }
                _ => {}
            }
        }
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || {
            if !open.get() {
                return None;
            }
            shown.with(|s| s.get(active.get()).map(|i| option_id(*i)))
        }
    };
    let options = {
        let option_id = option_id.clone();
        move || {
            let z = load();
            let items = shown.get();
            if items.is_empty() {
                return view! { <li class="ixi-combobox-empty" role="presentation">{i18n.text(msg::TIME_ZONE_NO_RESULT)}</li> }
                    .into_any();
            }
            items
                .into_iter()
                .enumerate()
                .map(|(pos, idx)| {
                    let zone = &z[idx];
                    let id = zone.id.clone();
                    let selected = move || value.with(|v| *v == id);
                    view! {
                        <li
                            id=option_id(idx)
                            role="option"
                            class="ixi-combobox-option"
                            class:ixi-combobox-active=move || active.get() == pos
                            aria-selected=move || if selected() { "true" } else { "false" }
                            on:mousedown=move |ev| {
                                // Keep focus in the input: the choice is made here.
                                ev.prevent_default();
                                choose(idx);
                            }
                        >
                            {zone.label()}
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <div class="ixi-field ixi-combobox" class:ixi-field-invalid=move || error.with(Option::is_some)>
            <label for=dom_id.clone()>{label}</label>
            <input
                id=dom_id.clone()
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-activedescendant=active_descendant
                aria-required=if required { "true" } else { "false" }
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described_by
                placeholder=i18n.text(msg::TIME_ZONE_PLACEHOLDER)
                readonly=move || disabled.get()
                prop:value=shown_text
                on:input=move |ev| {
                    query.set(Some(event_target_value(&ev)));
                    active.set(0);
                    open.set(true);
                }
                on:click=move |_| {
                    if !disabled.get_untracked() {
                        open.set(true);
                    }
                }
                on:keydown=on_keydown
                on:blur=move |_| {
                    query.set(None);
                    open.set(false);
                    if let Some(cb) = on_blur {
                        cb.run(())
                    }
                }
            />
            <ul id=list_id role="listbox" class="ixi-combobox-list" hidden=move || !open.get() aria-label=label>
                {options}
            </ul>
            {super::error_and_help(error, error_id, help, help_id)}
        </div>
    }
}
