use crate::api::ApiError;
use crate::browser;
use crate::i18n::{msg, use_i18n, Msg};
use leptos::prelude::*;

/// What a failed request was for, for the support reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    LoadOverview,
    /// The overview's next page (*Show more*).
    LoadMore,
    LoadCatalogue,
    LoadIntegration,
    /// Fetching the code of a page or a wizard (a wasm chunk).
    LoadPage,
    Save,
    GenerateKey,
    Delete,
    ClaimCloudLink,
    RunQuery,
    /// The CSV schema's SQL mapping, run over the sample.
    CsvSqlPreview,
    LoadCsvSchema,
    LoadCsvImports,
    CsvUpload,
    CsvApply,
    CsvCancel,
}

impl Step {
    fn as_str(self) -> &'static str {
        match self {
            Step::LoadOverview => "load_overview",
            Step::LoadMore => "load_more",
            Step::LoadCatalogue => "load_catalogue",
            Step::LoadIntegration => "load_integration",
            Step::LoadPage => "load_page",
            Step::Save => "save",
            Step::GenerateKey => "generate_key",
            Step::Delete => "delete",
            Step::ClaimCloudLink => "claim_cloud_link",
            Step::RunQuery => "run_query",
            Step::CsvSqlPreview => "csv_sql_preview",
            Step::LoadCsvSchema => "load_csv_schema",
            Step::LoadCsvImports => "load_csv_imports",
            Step::CsvUpload => "csv_upload",
            Step::CsvApply => "csv_apply",
            Step::CsvCancel => "csv_cancel",
        }
    }
}

/// The support reference of a failure: what, where and when — never a value the
/// admin typed, so it can be pasted into a ticket as it is.
pub fn support_details(error: &ApiError, step: Step, model: Option<&str>, at: &str) -> String {
    let code = match error {
        ApiError::Problem(p) => p.code.as_str().to_string(),
        ApiError::Status(s) => format!("http_{s}"),
        // Spelled out rather than `{:?}`: a Debug format would link the Debug code
        // of every contract type into the wasm.
        ApiError::Network => "network".into(),
        ApiError::Timeout => "timeout".into(),
        ApiError::Aborted => "aborted".into(),
        ApiError::Unauthorized => "unauthorized".into(),
        ApiError::Forbidden => "forbidden".into(),
        ApiError::Decode => "decode".into(),
    };
    let mut parts = vec![
        "injixo-integrations".to_string(),
        format!("step={}", step.as_str()),
        format!("code={code}"),
    ];
    if let Some(m) = model {
        parts.push(format!("model={m}"));
    }
    if let Some(r) = error.request_id() {
        parts.push(format!("request={r}"));
    }
    parts.push(format!("time={at}"));
    parts.join(" ")
}

/// A failed request, explained in the admin's language, with the support reference,
/// *Copy details* for a support ticket, and (for failures that may pass) *Try again*.
#[component]
pub fn ErrorAlert(
    /// The failure to explain.
    error: ApiError,
    /// What the request was for (goes into the copied details).
    step: Step,
    /// The catalogue model involved, if any (goes into the copied details).
    #[prop(optional, into)]
    model: Option<String>,
    /// What *Try again* does; no button when absent or when retrying cannot help.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
    /// The explanation, where the caller knows better than the code alone (an SQL
    /// error of a CSV mapping is not the customer's database's).
    #[prop(default = None)]
    message: Option<Msg>,
    /// What failed, said before the explanation where the step alone does not tell
    /// the admin (the overview's next rows, while the rows shown stay).
    #[prop(default = None)]
    lead: Option<Msg>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = message.unwrap_or_else(|| error.message());
    let reference = error.request_id().map(str::to_owned);
    // The customer's own system's words (a database error) are quoted as they are.
    let system_said = match &error {
        ApiError::Problem(p) => p.system_message.clone(),
        _ => None,
    };
    // Reads offer *Try again* whatever went wrong (it is harmless, and an odd answer
    // from a proxy may well pass); a 401 is the session banner's business.
    let retry = on_retry.filter(|_| error != ApiError::Unauthorized);
    let at = String::from(js_sys::Date::new_0().to_iso_string());
    let details = support_details(&error, step, model.as_deref(), &at);
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let details = details.clone();
        leptos::task::spawn_local(async move {
            copied.set(Some(browser::copy_plain(&details).await));
        });
    };
    view! {
        <div class="ixi-alert ixi-alert-error" role="alert">
            {lead.map(|lead| view! { <p>{move || i18n.t(lead)}</p> })}
            <p>{move || i18n.t(message)}</p>
            {system_said.map(|m| view! {
                <p class="ixi-system-message">{move || i18n.fmt(&msg::error_system_said(m.clone()))}</p>
            })}
            {reference
                .map(|r| {
                    view! {
                        <p class="ixi-alert-ref">
                            {move || i18n.fmt(&msg::error_reference(r.clone()))}
                        </p>
                    }
                })}
            <div class="ixi-alert-actions">
                {retry
                    .map(|cb| {
                        view! {
                            <button type="button" class="ixi-button" on:click=move |_| cb.run(())>
                                {i18n.text(msg::RETRY_BUTTON)}
                            </button>
                        }
                    })}
                <button type="button" class="ixi-button ixi-button-quiet" on:click=copy>
                    {i18n.text(msg::ERROR_COPY_DETAILS)}
                </button>
                <span class="ixi-copy-status" role="status">
                    {move || match copied.get() {
                        Some(true) => i18n.t(msg::ERROR_DETAILS_COPIED),
                        Some(false) => i18n.t(msg::ERROR_DETAILS_COPY_FAILED),
                        None => String::new(),
                    }}
                </span>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use injixo_contract::{ErrorCode, Problem};

    #[test]
    fn details_name_what_where_and_when_but_nothing_typed() {
        let e = ApiError::Problem(Box::new(Problem {
            system_message: None,
            type_uri: "urn:x".into(),
            title: "x".into(),
            status: 503,
            code: ErrorCode::VendorUnavailable,
            errors: vec![],
            request_id: "rid7".into(),
            detail: None,
        }));
        assert_eq!(
            support_details(&e, Step::Save, Some("freshchat"), "2026-11-23T10:00:00.000Z"),
            "injixo-integrations step=save code=vendor_unavailable model=freshchat request=rid7 time=2026-11-23T10:00:00.000Z"
        );
        assert_eq!(
            support_details(&ApiError::Network, Step::LoadOverview, None, "t"),
            "injixo-integrations step=load_overview code=network time=t"
        );
    }
}
