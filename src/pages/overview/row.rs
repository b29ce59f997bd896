//! One row of the overview: name, model, status (with the "no data" hint), last
//! import, and the actions *Edit* and *Suspend importing* / *Resume importing*.

use crate::api;
use crate::components::{Icon, IconKind, StatusBadge};
use crate::i18n::{labels, msg, use_i18n};
use crate::routes::{use_base, Route};
use crate::state::{use_catalogue, use_toasts};
use injixo_contract::{Hint, Integration, IntegrationStatus};
use leptos::prelude::*;

/// The id of a row's name link, where *Show more* puts the keyboard focus.
pub fn link_id(integration_id: &str) -> String {
    format!("ixi-row-link-{integration_id}")
}

#[component]
pub fn IntegrationRow(
    /// The integration of this row.
    item: Integration,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    let toasts = use_toasts();
    let api = api::use_api();
    let catalogue = use_catalogue().0;
    let model_id = item.model.clone();
    // Brand names come from the catalogue; until it is there the id will do.
    let model_name = move || {
        catalogue
            .get()
            .and_then(Result::ok)
            .and_then(|c| c.model(&model_id).map(|(_, m)| m.name.clone()))
            .unwrap_or_else(|| model_id.clone())
    };
    let status = RwSignal::new(item.status);
    let busy = RwSignal::new(false);
    let silent = item.hints.contains(&Hint::AppSilent);
    let name_id = format!("ixi-row-{}", item.id);

    // Suspend/resume shows its result at once and takes it back, with a message, if
    // the server refuses.
    let toggle = {
        let (id, name) = (item.id.clone(), item.name.clone());
        move |_| {
            if busy.get_untracked() {
                return;
            }
            let before = status.get_untracked();
            let pause = before != IntegrationStatus::Paused;
            status.set(if pause {
                IntegrationStatus::Paused
            } else {
                IntegrationStatus::Importing
            });
            busy.set(true);
            let (id, name, api) = (id.clone(), name.clone(), api.clone());
            leptos::task::spawn_local(async move {
                let result = api.set_paused(&id, pause).await;
                busy.set(false);
                match result {
                    Ok(saved) => {
                        status.set(saved.status);
                        toasts.show(if pause {
                            msg::overview_paused_toast(name)
                        } else {
                            msg::overview_resumed_toast(name)
                        });
                    }
                    Err(e) => {
                        status.set(before);
                        let reason = i18n.t(e.message());
                        toasts.error(if pause {
                            msg::overview_pause_failed(name, reason)
                        } else {
                            msg::overview_resume_failed(name, reason)
                        });
                    }
                }
            });
        }
    };
    let last = item.last_import_at.clone();
    let hint_href = base.href(&Route::RegenerateKey(item.id.clone()));
    view! {
        <tr>
            <th scope="row" id=name_id.clone()>
                <a id=link_id(&item.id) href=base.href(&Route::Integration(item.id.clone()))>
                    {item.name.clone()}
                </a>
            </th>
            <td>{model_name}</td>
            <td>
                <StatusBadge status=status />
                {silent
                    .then(|| {
                        view! {
                            <a class="ixi-hint" href=hint_href>
                                {move || {
                                    let hours = labels::silence_hours();
                                    i18n.fmt(&msg::overview_hint_app_silent(hours))
                                }}
                            </a>
                        }
                    })}
            </td>
            <td>
                {move || match &last {
                    Some(at) => labels::when(i18n, at),
                    None => i18n.t(msg::OVERVIEW_LAST_IMPORT_NEVER),
                }}
            </td>
            <td class="ixi-row-actions">
                <button
                    type="button"
                    class="ixi-button ixi-button-small"
                    aria-describedby=name_id.clone()
                    aria-disabled=move || if busy.get() { "true" } else { "false" }
                    on:click=toggle
                >
                    {move || {
                        let kind = if status.get() == IntegrationStatus::Paused { IconKind::Play } else { IconKind::Pause };
                        view! { <Icon kind=kind /> }
                    }}
                    {move || {
                        if status.get() == IntegrationStatus::Paused {
                            i18n.t(msg::OVERVIEW_RESUME_BUTTON)
                        } else {
                            i18n.t(msg::OVERVIEW_PAUSE_BUTTON)
                        }
                    }}
                </button>
                <a class="ixi-button ixi-button-small" href=base.href(&Route::Edit(item.id.clone())) aria-describedby=name_id>
                    <Icon kind=IconKind::Pencil />
                    {i18n.text(msg::OVERVIEW_EDIT_BUTTON)}
                </a>
            </td>
        </tr>
    }
}
