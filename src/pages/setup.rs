use crate::api::{self, ApiError};
use crate::app::CatalogueData;
use crate::components::{
    use_page_title, BackLink, Breadcrumb, ErrorAlert, FieldInput, FieldText, ModelHelp, Toasts,
};
use crate::forms::setup::{self as form, Draft, Problems};
use crate::forms::IdempotencyMemo;
use crate::i18n::{use_i18n, Args, I18n};
use crate::{labels, paths, platform};
use injixo_contract::{rules, Field, FieldErrorCode, FieldKind, Model};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The setup form of one model: the name, then the model's sections, then
/// *Save integration*.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let model_id = move || params.read().get("model").unwrap_or_default();
    let catalogue = expect_context::<CatalogueData>().0;
    let product = move || {
        let c = catalogue.get().and_then(Result::ok);
        c.and_then(|c| c.model(&model_id()).map(|(_, m)| m.name.clone()))
            .unwrap_or_default()
    };
    use_page_title(move || i18n.t_args("setup-title", &Args::new().with("product", product())));
    view! {
        {super::with_catalogue(move |c| {
            let Some((vendor, model)) = c.model(&model_id()) else {
                return super::NotFoundPage().into_any();
            };
            let title = {
                let name = model.name.clone();
                Signal::derive(move || i18n.t_args("setup-title", &Args::new().with("product", name.clone())))
            };
            view! {
                <Breadcrumb current=title />
                <BackLink href=paths::vendor(&vendor.id) label=Signal::derive(move || i18n.t("back-to-catalogue")) />
                <h1>{title}</h1>
                <p class="ixi-lead">
                    {
                        let name = model.name.clone();
                        move || i18n.t_args("setup-intro", &Args::new().with("product", name.clone()))
                    }
                </p>
                <div class="ixi-setup-layout">
                    <SetupForm model=Arc::new(model.clone()) cancel_href=paths::vendor(&vendor.id) />
                    <aside class="ixi-setup-aside">
                        <ModelHelp model=model.clone() />
                    </aside>
                </div>
            }
            .into_any()
        })}
    }
}

/// DOM id of a form field's input.
fn dom_id(field_id: &str) -> String {
    format!("ixi-setup-{field_id}")
}

/// The localized explanation of `code` for a field of `model`.
fn problem_text(
    i18n: I18n,
    model: &Model,
    field: Option<&Field>,
    value: &str,
    code: FieldErrorCode,
) -> String {
    let mut args = Args::new().with("product", model.name.clone());
    let max = match field.map(|f| &f.kind) {
        Some(FieldKind::Text { max_len } | FieldKind::Secret { max_len }) => *max_len as usize,
        _ => rules::NAME_MAX_CHARS,
    };
    args.set("max", max);
    if let Some(FieldKind::Domain { suffix, foreign }) = field.map(|f| &f.kind) {
        args.set("example", domain_example(i18n, suffix));
        let other = rules::foreign_product(value, foreign).map(|f| f.product.clone());
        args.set("other", other.unwrap_or_default());
    } else {
        args.set("example", String::new());
        args.set("other", String::new());
    }
    i18n.t_args(labels::field_error(code), &args)
}

/// `example.freshchat.com`, localized (`esempio.freshchat.com`, …).
fn domain_example(i18n: I18n, suffix: &str) -> String {
    i18n.t_args(
        "setup-domain-example",
        &Args::new().with("suffix", suffix.to_string()),
    )
}

#[component]
fn SetupForm(
    /// The model whose form this is.
    model: Arc<Model>,
    /// Where *Cancel* goes.
    cancel_href: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let values: Arc<BTreeMap<String, RwSignal<String>>> = Arc::new(
        model
            .fields()
            .map(|f| (f.id.clone(), RwSignal::new(String::new())))
            .collect(),
    );
    // Shown once the admin left a field or tried to save.
    let touched = RwSignal::new(std::collections::BTreeSet::<String>::new());
    let submitted = RwSignal::new(false);
    // What the server said, per field, until that field is edited.
    let server = RwSignal::new(Problems::new());
    let failure = RwSignal::new(None::<ApiError>);
    let saving = RwSignal::new(false);
    let memo = StoredValue::new(IdempotencyMemo::default());

    let draft = {
        let values = values.clone();
        move || Draft {
            name: name.get(),
            text: values.iter().map(|(k, v)| (k.clone(), v.get())).collect(),
            checked: BTreeMap::new(),
        }
    };

    // Editing a field retires what the server said about its old value.
    for (id, signal) in std::iter::once((form::NAME.to_string(), name))
        .chain(values.iter().map(|(k, v)| (k.clone(), *v)))
    {
        Effect::new(move |prev: Option<String>| {
            let now = signal.get();
            if prev.is_some_and(|p| p != now) {
                server.update(|s| {
                    s.remove(&id);
                });
            }
            now
        });
    }

    let problem_for = {
        let model = model.clone();
        let draft = draft.clone();
        move |id: String| {
            let model = model.clone();
            let draft = draft.clone();
            Signal::derive(move || {
                let d = draft();
                let code = server.with(|s| s.get(&id).copied()).or_else(|| {
                    let shown = submitted.get() || touched.with(|t| t.contains(&id));
                    shown.then(|| form::validate_one(&model, &d, &id)).flatten()
                })?;
                let value = if id == form::NAME {
                    d.name.clone()
                } else {
                    d.text.get(&id).cloned().unwrap_or_default()
                };
                Some(problem_text(i18n, &model, model.field(&id), &value, code))
            })
        }
    };
    let touch = move |id: String| {
        Callback::new(move |_| {
            touched.update(|t| {
                t.insert(id.clone());
            })
        })
    };

    let on_submit = {
        let model = model.clone();
        let draft = draft.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return; // one save at a time, however often the button is pressed
            }
            submitted.set(true);
            failure.set(None);
            let req = match form::validate(&model, &draft()) {
                Ok(req) => req,
                Err(problems) => {
                    if let Some(id) = form::first_invalid(&model, &problems) {
                        platform::focus_id(&dom_id(id));
                    }
                    return;
                }
            };
            let key = memo
                .try_update_value(|m| m.key_for(&req, api::new_idempotency_key))
                .unwrap_or_default();
            saving.set(true);
            let model = model.clone();
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                let result = api::create_integration(&req, &key).await;
                saving.set(false);
                match result {
                    Ok(created) => {
                        toasts.show("setup-saved-toast", vec![("name", created.name.clone())]);
                        navigate(&paths::integration(&created.id), Default::default());
                    }
                    Err(e) => {
                        let problems = form::to_problems(e.field_errors().to_vec());
                        let first = form::first_invalid(&model, &problems).map(dom_id);
                        server.set(problems);
                        failure.set(Some(e));
                        platform::focus_soon(first.unwrap_or_else(|| "ixi-setup-failure".into()));
                    }
                }
            });
        }
    };

    let sections = model
        .sections
        .iter()
        .map(|section| {
            let title_id = section.title_id.clone();
            let heading_id = format!("ixi-section-{}", section.id);
            let fields = section
                .fields
                .iter()
                .filter_map(|field| {
                    let value = *values.get(&field.id)?;
                    let kind = match &field.kind {
                        FieldKind::Domain { .. } => FieldText::Domain,
                        FieldKind::Secret { .. } => FieldText::Secret,
                        FieldKind::Text { .. } => FieldText::Plain,
                        // Select and checkbox inputs arrive with the models that need them.
                        FieldKind::Select { .. } | FieldKind::Checkbox => return None,
                    };
                    let label_id = field.label_id.clone();
                    let help = field.help_id.clone().map(|help_id| {
                        let product = model.name.clone();
                        let example = match &field.kind {
                            FieldKind::Domain { suffix, .. } => Some(suffix.clone()),
                            _ => None,
                        };
                        Signal::derive(move || {
                            let mut args = Args::new().with("product", product.clone());
                            args.set(
                                "example",
                                example
                                    .as_deref()
                                    .map(|s| domain_example(i18n, s))
                                    .unwrap_or_default(),
                            );
                            i18n.t_args(&help_id, &args)
                        })
                    });
                    let placeholder = match &field.kind {
                        FieldKind::Domain { suffix, .. } => {
                            let suffix = suffix.clone();
                            Some(Signal::derive(move || domain_example(i18n, &suffix)))
                        }
                        _ => None,
                    };
                    Some(view! {
                        <FieldInput
                            dom_id=dom_id(&field.id)
                            label=Signal::derive(move || i18n.t(&label_id))
                            help=help
                            placeholder=placeholder
                            error=problem_for(field.id.clone())
                            value=value
                            kind=kind
                            required=field.required
                            reveal_label=Some(Signal::derive(move || i18n.t("setup-show-secret")))
                            on_blur=touch(field.id.clone())
                            readonly=saving
                        />
                    })
                })
                .collect_view();
            view! {
                <fieldset class="ixi-section">
                    <legend>
                        <h2 id=heading_id>{move || i18n.t(&title_id)}</h2>
                    </legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <form class="ixi-form" novalidate=true on:submit=on_submit>
            {move || {
                failure
                    .get()
                    .map(|e| {
                        view! {
                            <div id="ixi-setup-failure" tabindex="-1">
                                <ErrorAlert error=e />
                            </div>
                        }
                    })
            }}
            <FieldInput
                dom_id=dom_id(form::NAME)
                label=Signal::derive(move || i18n.t("setup-field-name"))
                help=Some(Signal::derive(move || i18n.t("setup-field-name-help")))
                error=problem_for(form::NAME.to_string())
                value=name
                kind=FieldText::Plain
                on_blur=touch(form::NAME.to_string())
                readonly=saving
            />
            {sections}
            <div class="ixi-form-actions">
                <a class="ixi-button" href=cancel_href>{move || i18n.t("setup-cancel-button")}</a>
                <button
                    type="submit"
                    class="ixi-button ixi-button-primary"
                    aria-disabled=move || if saving.get() { "true" } else { "false" }
                >
                    {move || if saving.get() { i18n.t("setup-saving") } else { i18n.t("setup-save-button") }}
                </button>
            </div>
        </form>
    }
}
