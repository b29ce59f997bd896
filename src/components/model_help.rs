use crate::i18n::{msg, use_i18n};
use injixo_contract::Model;
use leptos::prelude::*;

/// "Freshchat data in injixo": how the model's data is counted, from the catalogue's
/// `data_help` (Fluent ids). Renders nothing for models without such help.
#[component]
pub fn ModelHelp(
    /// The model whose help is shown.
    model: Model,
    /// Folded behind its heading until opened (on the integration page, where the
    /// *Install the injixo app* section must stay within reach).
    #[prop(optional)]
    collapsed: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if model.data_help.is_empty() {
        return ().into_any();
    }
    let heading_id = format!("ixi-help-{}", model.id);
    let product = model.name.clone();
    let title = move || i18n.fmt(&msg::help_data_title(product.clone()));
    let sections = model
        .data_help
        .into_iter()
        .map(|s| {
            let title_id = s.title_id;
            let paragraphs = s
                .paragraph_ids
                .into_iter()
                .map(|p| view! { <p>{move || i18n.t_data(&p)}</p> })
                .collect_view();
            view! {
                <div class="ixi-help-section">
                    <h3 class="ixi-help-title">{move || i18n.t_data(&title_id)}</h3>
                    {paragraphs}
                </div>
            }
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    if collapsed {
        view! {
            <details class="ixi-help" aria-labelledby=labelled_by>
                <summary>
                    <h2 id=heading_id>{title}</h2>
                </summary>
                {sections}
            </details>
        }
        .into_any()
    } else {
        view! {
            <section class="ixi-help" aria-labelledby=labelled_by>
                <h2 id=heading_id>{title}</h2>
                {sections}
            </section>
        }
        .into_any()
    }
}
