use crate::api::ApiError;
use crate::i18n::{use_i18n, Args};
use leptos::prelude::*;

/// A failed request, explained in the admin's language, with the support reference
/// and (for failures that may pass) a *Try again* button.
#[component]
pub fn ErrorAlert(
    /// The failure to explain.
    error: ApiError,
    /// What *Try again* does; no button when absent or when retrying cannot help.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message_id = error.message_id();
    let reference = error.request_id().map(str::to_owned);
    let retry = on_retry.filter(|_| error.is_transient() || matches!(error, ApiError::Status(_)));
    view! {
        <div class="ixi-alert ixi-alert-error" role="alert">
            <p>{move || i18n.t(message_id)}</p>
            {reference
                .map(|r| {
                    view! {
                        <p class="ixi-alert-ref">
                            {move || i18n.t_args("error-reference", &Args::new().with("reference", r.clone()))}
                        </p>
                    }
                })}
            {retry
                .map(|cb| {
                    view! {
                        <button type="button" class="ixi-button" on:click=move |_| cb.run(())>
                            {move || i18n.t("retry-button")}
                        </button>
                    }
                })}
        </div>
    }
}
