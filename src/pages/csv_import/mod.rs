//! *Historical data import* (the product's CSV importer): one CSV file of one of the
//! account's CSV integrations, checked in the browser, uploaded with progress,
//! analysed by the server, then applied.

mod flow;
mod form;
mod precheck;
mod result;

use super::load::{loaded, with_catalogue};
use crate::api::use_api;
use crate::components::{use_page_title, BackLink, Breadcrumb, Step};
use crate::i18n::{msg, use_i18n};
use crate::routes::{CsvImportParams, Route};
use form::ImportForm;
use leptos::prelude::*;
use leptos_router::hooks::use_params;

crate::components::split_page! {
    /// The route's view: the page's code (the importer, its checks and the CSV engine)
    /// is a chunk of its own, fetched on the first visit.
    CsvImportPage => CsvImport, csv_import_page, preload_csv_import_page
}

#[component]
fn CsvImport() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params::<CsvImportParams>();
    let preselect = params.with_untracked(|p| p.as_ref().ok().and_then(|p| p.integration.clone()));
    let api = use_api();
    let list = LocalResource::new(move || {
        let api = api.clone();
        async move { api.all_integrations().await }
    });
    use_page_title(move || i18n.t(msg::CSV_IMPORT_TITLE));
    let title = Signal::derive(i18n.text(msg::CSV_IMPORT_TITLE));
    view! {
        <Breadcrumb current=title />
        <BackLink to=Route::Overview label=msg::BACK_TO_OVERVIEW />
        <h1>{title}</h1>
        {loaded(list, Step::LoadOverview, |alert| alert, move |items| {
            let preselect = preselect.clone();
            with_catalogue(move |c| {
                let models: Vec<&injixo_contract::Model> = c
                    .vendors
                    .iter()
                    .flat_map(|v| v.models.iter())
                    .filter(|m| m.csv_schema)
                    .collect();
                let integrations: Vec<(String, String)> = items
                    .iter()
                    .filter(|i| models.iter().any(|m| m.id == i.model))
                    .map(|i| (i.id.clone(), i.name.clone()))
                    .collect();
                let setup = models
                    .first()
                    .map_or(Route::Catalogue, |m| Route::Setup(m.id.clone()));
                view! { <ImportForm integrations=integrations preselect=preselect.clone() setup=setup /> }
            })
        })}
    }
}
