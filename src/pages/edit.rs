use super::load::{loaded, use_integration, with_catalogue};
use crate::api::{self, ApiError};
use crate::components::{
    use_page_title, BackLink, Breadcrumb, ConfirmDialog, ErrorAlert, HelpLink, Later, Step,
};
use crate::csv::draft::CsvDraft;
use crate::i18n::{msg, use_i18n};
use crate::integration_form::{drafts, logic::Draft, IntegrationForm, TASKS_TO_COMPLETE};
use crate::integration_key::KeySection;
use crate::routes::Route;
use crate::state::{use_host_events, use_toasts};
use injixo_contract::{Integration, Model};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

crate::components::split_page! {
    /// Edit an integration: rename, change what may change, replace secrets; and
    /// *Delete integration* at the bottom right.
    /// The route's view: a chunk of its own (the form's code is shared with *Add
    /// integration*).
    EditPage => EditView, edit_page, preload_edit_page
}

#[component]
fn EditView() -> impl IntoView {
    let i18n = use_i18n();
    let item = use_integration();
    use_page_title(move || {
        let name = item
            .get()
            .and_then(Result::ok)
            .map(|i| i.name)
            .unwrap_or_default();
        i18n.fmt(&msg::edit_title(name))
    });
    view! {
        {loaded(
            item,
            Step::LoadIntegration,
            |alert| view! { <Breadcrumb /> {alert} }.into_any(),
            |i| with_catalogue(move |c| match c.model(&i.model) {
                Some((_, m)) => view! { <EditForm item=i.clone() model=m.clone() /> }.into_any(),
                None => super::NotFoundPage().into_any(),
            }),
        )}
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
    let toasts = use_toasts();
    let navigate = use_navigate();
    let api = api::use_api();
    let events = use_host_events();
    let name = item.name.clone();
    let title = Signal::derive(move || i18n.fmt(&msg::edit_title(name.clone())));
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
            toasts.show(msg::edit_saved_toast(saved.name.clone()));
            navigate(
                &Route::Integration(saved.id.clone()).path(),
                Default::default(),
            );
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
                        toasts.show(msg::edit_deleted_toast(name));
                        navigate(&Route::Overview.path(), Default::default());
                    }
                    Err(e) => {
                        failure.set(Some(e));
                        crate::browser::focus_soon("ixi-delete-failure".into());
                    }
                }
            });
        })
    };
    let delete_title = {
        let name = item.name.clone();
        Signal::derive(move || i18n.fmt(&msg::edit_delete_title(name.clone())))
    };
    let below = {
        let (item, model) = (item.clone(), model.clone());
        move || {
            let model_id = model_id.clone();
            view! {
                // The articles reach the key through this page (the pencil): *Access
                // injixo API* with the configuration ID, the app's key, the URL token.
                {model.key_use.map(|key_use| {
                    view! {
                        <KeySection
                            integration_id=item.id.clone()
                            configuration_id=item.configuration_id
                            model=model.clone()
                            key_use=key_use
                            info=item.app_key.clone()
                            confirm_regenerate=RwSignal::new(false)
                        />
                    }
                })}
                <div class="ixi-danger-zone">
                    {move || failure.get().map(|e| view! { <div id="ixi-delete-failure" tabindex="-1"><ErrorAlert error=e step=Step::Delete model=model_id.clone() /></div> })}
                    <button
                        type="button"
                        class="ixi-button ixi-button-danger"
                        aria-disabled=move || if deleting.get() { "true" } else { "false" }
                        on:click=move |_| confirm_delete.set(true)
                    >
                        {i18n.text(msg::EDIT_DELETE_BUTTON)}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <Breadcrumb current=title />
        <BackLink to=Route::Integration(item.id.clone()) label=msg::EDIT_BACK_TO_INTEGRATION />
        <h1>{title}</h1>
        {model.help_path.clone().map(|slug| view! { <HelpLink slug=slug /> })}
        {edit_form(&item, &model, on_saved, below)}
        <ConfirmDialog
            open=confirm_delete
            id="ixi-delete"
            title=delete_title
            body=Signal::derive(i18n.text(msg::EDIT_DELETE_BODY))
            confirm_label=Signal::derive(i18n.text(msg::EDIT_DELETE_CONFIRM))
            cancel_label=Signal::derive(i18n.text(msg::EDIT_DELETE_CANCEL))
            on_confirm=delete
            danger=true
        />
    }
}

/// The form, once what it edits is here (a CSV integration's schema is loaded
/// first), and `below` it once it is complete.
fn edit_form(
    item: &Integration,
    model: &Model,
    on_saved: Callback<Integration>,
    below: impl Fn() -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView {
    let csv_model = model.csv_schema;
    let id = item.id.clone();
    let (item, model) = (item.clone(), model.clone());
    let failed = {
        let below = below.clone();
        // Without its schema there is no form, but the integration can still be deleted.
        move |alert: AnyView| view! { {alert} {below()} }.into_any()
    };
    let form = move |csv: Option<CsvDraft>| {
        let mut initial = Draft::from_integration(&model, &item);
        initial.csv = csv;
        let below = below.clone();
        view! {
            <IntegrationForm
                model=Arc::new(model.clone())
                saved=Arc::new(item.clone())
                initial=initial
                draft_key=drafts::edit_key(&item.id)
                cancel_to=Route::Integration(item.id.clone())
                on_saved=on_saved
            />
            // What stands below the form comes when the form is complete (it renders
            // in steps, see `TASKS_TO_COMPLETE`), so that it never moves down as the
            // form grows or arrives (a CSV integration's, after its schema). One task
            // more than the form's: this count starts now, the form's last steps only
            // once their parts render, so with equal counts this could come first.
            <Later tasks=TASKS_TO_COMPLETE + 1>{below()}</Later>
        }
    };
    if !csv_model {
        return form(None).into_any();
    }
    let api = api::use_api();
    let schema = LocalResource::new(move || {
        let (api, id) = (api.clone(), id.clone());
        async move { api.csv_schema(&id).await }
    });
    loaded(schema, Step::LoadCsvSchema, failed, move |saved| {
        form(saved.as_ref().map(CsvDraft::from_saved))
    })
    .into_any()
}
