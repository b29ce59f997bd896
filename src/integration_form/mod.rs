//! The form of an integration, for adding (setup) and editing: the name, the model's
//! sections from the catalogue schema, client validation with the server's rules,
//! server field errors at their fields, one save at a time, and a leave guard.

mod actions;
mod cloud_link;
mod csv_schema;
pub mod drafts;
mod fields;
pub mod logic;
mod query;
mod secret;
mod state;

use crate::api::{self, ApiError, IdempotencyMemo};
use crate::browser;
use crate::components::{FieldInput, FieldText, FormSkeleton, Later};
use crate::i18n::{msg, use_i18n};
use crate::routes::{use_base, Route};
use crate::state::{use_leave_guard, LeaveTexts};
use actions::{FormActions, SaveFailure};
use cloud_link::CloudLinkSection;
use injixo_contract::{
    CreateIntegration, ErrorCode, FieldErrorCode, Integration, Model, UpdateIntegration,
};
use leptos::prelude::*;
use logic::{self as form, Draft};
use state::{dom_id, FormState};
use std::sync::Arc;

/// What one save sends; equal requests share an Idempotency-Key.
#[derive(Clone, PartialEq)]
enum SaveRequest {
    Create(CreateIntegration),
    Update(String, UpdateIntegration),
}

/// The most tasks after its own the form takes to be complete: the form with its
/// name a task later, its sections a task after that, their fields and the buttons
/// up to `FIELD_STEPS` after those. What stands below it on a phone waits as long,
/// so that it never shows beside half a form.
pub const TASKS_TO_COMPLETE: u32 = 2 + fields::FIELD_STEPS;

#[component]
pub fn IntegrationForm(
    /// The model whose form this is.
    model: Arc<Model>,
    /// The saved integration, when editing.
    #[prop(optional)]
    saved: Option<Arc<Integration>>,
    /// The values to start from (empty, or the saved values).
    initial: Draft,
    /// Where unsaved input survives a reload, a crash or an expired session: this
    /// tab's session storage under this key, never with a secret. Forgotten on save
    /// and on a confirmed cancel.
    draft_key: String,
    /// Where *Cancel* goes.
    cancel_to: Route,
    /// Called with the saved integration after a successful save.
    on_saved: Callback<Integration>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    let restored = drafts::restore(&draft_key, &model).map(|mut d| {
        // An unchanged CSV schema is the saved one (whose sample the draft may not keep).
        if d.csv.as_ref().is_some_and(|c| !c.edited) {
            d.csv = initial.csv.clone();
        }
        d
    });
    let state = FormState::new(
        model.clone(),
        saved.clone(),
        restored.as_ref().unwrap_or(&initial),
    );
    let failure = RwSignal::new(None::<ApiError>);
    let model_id = model.id.clone();
    let done = RwSignal::new(false);
    let memo = StoredValue::new(IdempotencyMemo::<SaveRequest>::default());
    let api = api::use_api();

    let dirty = {
        let state = state.clone();
        let editing = state.editing();
        Signal::derive(move || {
            let d = state.draft();
            let wizard_open = state.csv_wizard.with(Option::is_some);
            !done.get() && (wizard_open || if editing { d != initial } else { !d.is_blank() })
        })
    };
    // A client linked in the setup form is lost when the form is left: that says
    // more than "unsaved changes", so it asks first (guards are asked in order).
    let linked_unsaved = {
        let link = state.cloud_link;
        let editing = state.editing();
        Signal::derive(move || !editing && !done.get() && link.with(Option::is_some))
    };
    use_leave_guard(
        linked_unsaved,
        LeaveTexts {
            title: msg::CLOUD_LINK_CANCEL_TITLE,
            body: msg::CLOUD_LINK_CANCEL_BODY,
            leave: msg::CLOUD_LINK_CANCEL_CONFIRM,
            stay: msg::CLOUD_LINK_CANCEL_STAY,
        },
        None,
    );
    use_leave_guard(
        dirty,
        LeaveTexts {
            title: msg::FORM_LEAVE_TITLE,
            body: msg::FORM_LEAVE_BODY,
            leave: msg::FORM_LEAVE_CONFIRM,
            stay: msg::FORM_LEAVE_CANCEL,
        },
        Some({
            let key = draft_key.clone();
            Callback::new(move |_| drafts::forget(&key))
        }),
    );
    {
        let (state, key, model) = (state.clone(), draft_key.clone(), model.clone());
        Effect::new(move |_| {
            let draft = state.draft();
            if dirty.get() {
                drafts::keep(&key, &model, &draft);
            } else if !done.get() {
                drafts::forget(&key);
            }
        });
    }

    let on_submit = {
        let state = state.clone();
        let draft_key_for_submit = draft_key.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if state.saving.get_untracked() {
                return; // one save at a time, however often the button is pressed
            }
            state.submitted.set(true);
            failure.set(None);
            let draft = untrack(|| state.draft());
            let checked = match &state.saved {
                None => form::validate(&state.model, &draft).map(SaveRequest::Create),
                Some(s) => form::validate_edit(&state.model, s, &draft)
                    .map(|u| SaveRequest::Update(s.id.clone(), u)),
            };
            let req = match checked {
                Ok(req) => req,
                Err(problems) => {
                    if let Some(id) = form::first_invalid(&state.model, &problems) {
                        browser::focus_id(&focus_target(id));
                    }
                    return;
                }
            };
            let key = memo
                .try_update_value(|m| m.key_for(&req, browser::uuid_v4))
                .unwrap_or_default();
            state.saving.set(true);
            let state = state.clone();
            let api = api.clone();
            let draft_key_saved = draft_key_for_submit.clone();
            leptos::task::spawn_local(async move {
                let result = match &req {
                    SaveRequest::Create(c) => api.create_integration(c, &key).await,
                    SaveRequest::Update(id, u) => api.update_integration(id, u, &key).await,
                };
                state.saving.set(false);
                match result {
                    Ok(saved) => {
                        memo.update_value(IdempotencyMemo::forget);
                        drafts::forget(&draft_key_saved);
                        done.set(true);
                        on_saved.run(saved);
                    }
                    Err(e) => {
                        let mut problems = form::to_problems(e.field_errors().to_vec());
                        if e.code() == Some(ErrorCode::CloudLinkNotConnected) {
                            problems.insert(form::CLOUD_LINK.into(), FieldErrorCode::Required);
                        }
                        let first = form::first_invalid(&state.model, &problems).map(focus_target);
                        state.server.set(problems);
                        // A 401 is the session banner's to explain, once.
                        failure.set((e != ApiError::Unauthorized).then_some(e));
                        browser::focus_soon(first.unwrap_or_else(|| "ixi-form-failure".into()));
                    }
                }
            });
        }
    };

    let name_error = {
        let state = state.clone();
        Signal::derive(move || state.problem_text(i18n, form::NAME))
    };
    let touch_name = {
        let state = state.clone();
        Callback::new(move |_| state.touch(form::NAME))
    };
    // A field left by pressing the mouse on another control shows its problem only
    // once the press is over: the message appearing under the field would move that
    // control away from the pointer, and the click would miss it.
    let pointer = {
        let state = state.clone();
        window_event_listener(leptos::ev::pointerdown, move |_| {
            state.pointer_held.set_value(true)
        })
    };
    let release = {
        let state = state.clone();
        window_event_listener(leptos::ev::pointerup, move |_| {
            state.pointer_held.set_value(false);
            let state = state.clone();
            // After the click this press makes has been handled.
            set_timeout(move || state.flush_touches(), std::time::Duration::ZERO);
        })
    };
    on_cleanup(move || {
        pointer.remove();
        release.remove();
    });
    let saving = state.saving;
    let wizard_open = state.csv_wizard;
    // Copy: the buttons' view is built in a closure inside the sections' one.
    let cancel_href = StoredValue::new(base.href(&cancel_to));
    // Rendered a task after the form's state is set up (together they were one long
    // task on a slow phone), in the frame's sketch of the form till then. Called
    // once, but `Later` may call it again, hence the clones.
    let form_view = move || {
        let (state, on_submit, model_id) = (state.clone(), on_submit.clone(), model_id.clone());
        view! {
            {csv_schema::wizard(&state)}
            <form class="ixi-form" novalidate=true on:submit=on_submit hidden=move || wizard_open.with(Option::is_some)>
                <SaveFailure failure=failure model=model_id />
                <FieldInput
                    dom_id=dom_id(form::NAME)
                    label=Signal::derive(i18n.text(msg::SETUP_FIELD_NAME))
                    help=Some(Signal::derive(i18n.text(msg::SETUP_FIELD_NAME_HELP)))
                    error=name_error
                    value=state.name
                    kind=FieldText::Plain
                    on_blur=touch_name
                    readonly=saving
                />
                {model
                    .cloud_link
                    .clone()
                    .map(|spec| view! { <CloudLinkSection state=state.clone() spec=spec /> })}
                // The model's sections render a task after the name, their fields a task
                // apart (see `fields::sections`): the whole form at once was one long task
                // on a slow phone. The buttons come with the last field, so that nothing on
                // screen moves when they arrive.
                <Later>
                {fields::sections(&state)}
                <Later tasks=fields::steps(&state)>
                    <FormActions cancel_href=cancel_href.get_value() saving=saving />
                </Later>
                </Later>
            </form>
        }
    };
    view! { <Later fallback=FormSkeleton>{form_view()}</Later> }
}

/// Where focus goes for a problem at `id`: the field's input, the PIN input of the
/// Cloud Link section, or the CSV schema's button.
fn focus_target(id: &str) -> String {
    match id {
        form::CLOUD_LINK => cloud_link::PIN_INPUT.into(),
        form::CSV_SCHEMA => csv_schema::button_id(),
        _ => dom_id(id),
    }
}
