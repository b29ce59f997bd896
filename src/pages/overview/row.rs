//! One row of the overview: name, model, status (with the "no data" hint), last
//! import, and the actions *Edit* and *Suspend importing* / *Resume importing*.

use crate::api;
use crate::app::CatalogueData;
use crate::components::{Icon, IconKind, StatusBadge, Toasts};
use crate::i18n::{use_i18n, Args};
use crate::paths;
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
    let base = crate::paths::use_base();
    let toasts = expect_context::<Toasts>();
    let api = api::use_api();
    let catalogue = expect_context::<CatalogueData>().0;
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
                        let msg = if pause {
                            "overview-paused-toast"
                        } else {
                            "overview-resumed-toast"
                        };
                        toasts.show(msg, vec![("name", name)]);
                    }
                    Err(e) => {
                        status.set(before);
                        let msg = if pause {
                            "overview-pause-failed"
                        } else {
                            "overview-resume-failed"
                        };
                        toasts.error(
                            msg,
                            vec![("name", name), ("reason", i18n.t(e.message_id()))],
                        );
                    }
                }
            });
        }
    };
    let last = item.last_import_at.clone();
    let hint_href = paths::integration_regenerate_key(&item.id);
    view! {
        <tr>
            <th scope="row" id=name_id.clone()>
                <a id=link_id(&item.id) href=base.href(paths::integration(&item.id))>
                    {item.name.clone()}
                </a>
            </th>
            <td>{model_name}</td>
            <td>
                <StatusBadge status=status />
                {silent
                    .then(|| {
                        view! {
                            <a class="ixi-hint" href=base.href(hint_href)>
                                {move || {
                                    let hours = crate::pages::integration::silence_hours();
                                    i18n.t_args("overview-hint-app-silent", &Args::new().with("hours", hours))
                                }}
                            </a>
                        }
                    })}
            </td>
            <td>
                {move || match &last {
                    Some(at) => crate::pages::integration::when(i18n, at),
                    None => i18n.t("overview-last-import-never"),
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
                            i18n.t("overview-resume-button")
                        } else {
                            i18n.t("overview-pause-button")
                        }
                    }}
                </button>
                <a class="ixi-button ixi-button-small" href=base.href(paths::edit(&item.id)) aria-describedby=name_id>
                    <Icon kind=IconKind::Pencil />
                    {i18n.text("overview-edit-button")}
                </a>
            </td>
        </tr>
    }
}
