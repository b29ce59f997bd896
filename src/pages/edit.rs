use crate::api::{self, ApiError};
use crate::components::{
    drafts, use_page_title, BackLink, Breadcrumb, ConfirmDialog, ErrorAlert, IntegrationForm,
    Toasts,
};
use crate::forms::integration::Draft;
use crate::i18n::{use_i18n, Args};
use crate::paths;
use injixo_contract::{Integration, Model};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

/// Edit an integration: rename, change what may change, replace secrets; and
/// *Delete integration* at the bottom right.
#[component]
pub fn EditPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let api = api::use_api();
    let id = move || params.read().get("id").unwrap_or_default();
    let item = LocalResource::new(move || {
        let id = id();
        let api = api.clone();
        async move { api.integration(&id).await }
    });
    use_page_title(move || {
        let name = item
            .get()
            .and_then(Result::ok)
            .map(|i| i.name)
            .unwrap_or_default();
        i18n.t_args("edit-title", &Args::new().with("name", name))
    });
    view! {
        {move || match item.get() {
            None => crate::components::Loading().into_any(),
            Some(Err(e)) => view! {
                <Breadcrumb />
                {super::error_view(e, crate::components::Step::LoadIntegration, move || item.refetch())}
            }
            .into_any(),
            Some(Ok(i)) => super::with_catalogue(move |c| {
                match c.model(&i.model) {
                    Some((_, m)) => view! { <EditForm item=i.clone() model=m.clone() /> }.into_any(),
                    None => super::NotFoundPage().into_any(),
                }
            })
            .into_any(),
        }}
    }
}

#[component]
fn EditForm(
    /// The integration being edited.
    item: Integration,
    /// Its catalogue model.
    model: Model,
) -> impl IntoView {
    let i18n = use_i18n();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let api = api::use_api();
    let events = crate::host::use_host_events();
    let name = item.name.clone();
    let title =
        Signal::derive(move || i18n.t_args("edit-title", &Args::new().with("name", name.clone())));
    let confirm_delete = RwSignal::new(false);
    let model_id = item.model.clone();
    let deleting = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let on_saved = {
        let navigate = navigate.clone();
        let events = events.clone();
        Callback::new(move |saved: Integration| {
            events.emit(
                "integration-updated",
                &[("id", &saved.id), ("name", &saved.name)],
            );
            toasts.show("edit-saved-toast", vec![("name", saved.name.clone())]);
            navigate(&paths::integration(&saved.id), Default::default());
        })
    };
    let delete = {
        let (id, name) = (item.id.clone(), item.name.clone());
        Callback::new(move |_| {
            if deleting.get_untracked() {
                return;
            }
            deleting.set(true);
            failure.set(None);
            let (id, name, navigate, api) =
                (id.clone(), name.clone(), navigate.clone(), api.clone());
            let events = events.clone();
            leptos::task::spawn_local(async move {
                let result = api.delete_integration(&id).await;
                deleting.set(false);
                match result {
                    Ok(()) => {
                        events.emit("integration-deleted", &[("id", &id), ("name", &name)]);
                        toasts.show("edit-deleted-toast", vec![("name", name)]);
                        navigate(&paths::overview(), Default::default());
                    }
                    Err(e) => {
                        failure.set(Some(e));
                        crate::platform::focus_soon("ixi-delete-failure".into());
                    }
                }
            });
        })
    };
    let delete_title = {
        let name = item.name.clone();
        Signal::derive(move || {
            i18n.t_args("edit-delete-title", &Args::new().with("name", name.clone()))
        })
    };
    view! {
        <Breadcrumb current=title />
        <BackLink href=paths::integration(&item.id) label=Signal::derive(i18n.text("edit-back-to-integration")) />
        <h1>{title}</h1>
        <IntegrationForm
            model=Arc::new(model.clone())
            saved=Arc::new(item.clone())
            initial=Draft::from_integration(&model, &item)
            draft_key=drafts::edit_key(&item.id)
            cancel_href=paths::integration(&item.id)
            on_saved=on_saved
        />
        <div class="ixi-danger-zone">
            {move || failure.get().map(|e| view! { <div id="ixi-delete-failure" tabindex="-1"><ErrorAlert error=e step=crate::components::Step::Delete model=model_id.clone() /></div> })}
            <button
                type="button"
                class="ixi-button ixi-button-danger"
                aria-disabled=move || if deleting.get() { "true" } else { "false" }
                on:click=move |_| confirm_delete.set(true)
            >
                {i18n.text("edit-delete-button")}
            </button>
        </div>
        <ConfirmDialog
            open=confirm_delete
            id="ixi-delete"
            title=delete_title
            body=Signal::derive(i18n.text("edit-delete-body"))
            confirm_label=Signal::derive(i18n.text("edit-delete-confirm"))
            cancel_label=Signal::derive(i18n.text("edit-delete-cancel"))
            on_confirm=delete
            danger=true
        />
    }
}
