//! The saved settings of an integration, in the order and with the labels of its
//! form; secrets only as "configured, ending …last4".

use crate::i18n::{msg, use_i18n, I18n};
use injixo_contract::{FieldKind, FieldValue, Integration, Model};
use leptos::prelude::*;

/// What a setting's value shows.
enum Shown {
    /// A saved secret, with its last four characters if known.
    Secret(Option<String>),
    /// A choice, as its option's label.
    Option(String),
    Yes,
    No,
    Text(String),
}

impl Shown {
    fn of(item: &Integration, field: &injixo_contract::Field) -> Option<Shown> {
        Some(
            match (item.secrets.get(&field.id), item.settings.get(&field.id)) {
                (Some(s), _) if s.last4.is_empty() => Shown::Secret(None),
                (Some(s), _) => Shown::Secret(Some(s.last4.clone())),
                (None, Some(FieldValue::Text(t))) => match &field.kind {
                    FieldKind::Select { options } => {
                        options.iter().find(|o| &o.value == t).map_or_else(
                            || Shown::Text(t.clone()),
                            |o| Shown::Option(o.label_id.clone()),
                        )
                    }
                    _ => Shown::Text(t.clone()),
                },
                (None, Some(FieldValue::Number(n))) => Shown::Text(n.to_string()),
                (None, Some(FieldValue::Bool(true))) => Shown::Yes,
                (None, Some(FieldValue::Bool(false))) => Shown::No,
                (None, None) => return None,
            },
        )
    }

    fn render(&self, i18n: I18n) -> String {
        match self {
            Shown::Text(t) => t.clone(),
            Shown::Option(label_id) => i18n.t_data(label_id),
            Shown::Secret(None) => i18n.t(msg::INTEGRATION_SECRET_CONFIGURED),
            Shown::Secret(Some(last4)) => {
                i18n.fmt(&msg::integration_secret_configured_ending(last4.clone()))
            }
            Shown::Yes => i18n.t(msg::INTEGRATION_VALUE_YES),
            Shown::No => i18n.t(msg::INTEGRATION_VALUE_NO),
        }
    }
}

/// `<dt>`/`<dd>` pairs of every setting that has a value.
pub fn settings_list(item: &Integration, model: Option<&Model>) -> impl IntoView {
    let i18n = use_i18n();
    model
        .into_iter()
        .flat_map(|m| m.fields())
        .filter_map(|f| {
            let shown = Shown::of(item, f)?;
            let label_id = f.label_id.clone();
            Some(view! {
                <dt>{move || i18n.t_data(&label_id)}</dt>
                <dd class="ixi-value">{move || shown.render(i18n)}</dd>
            })
        })
        .collect_view()
}
