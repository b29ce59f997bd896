//! Every in-app URL, as a value. Each step of the journey has its own URL so it can
//! be bookmarked, reloaded and linked from help articles. The route table itself is
//! in `app` (it names the pages); its parameters are typed here.

use leptos::Params;
use leptos_router::params::Params;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the account's integrations.
    Overview,
    /// `/catalogue`: the vendor tiles.
    Catalogue,
    /// `/catalogue/{vendor}`: *Select model*.
    Vendor(String),
    /// `/new/{model}`: the setup form of a model.
    Setup(String),
    /// `/integration/{id}`: one integration.
    Integration(String),
    /// `/integration/{id}/edit`.
    Edit(String),
    /// The integration page with the re-generate dialog open at once: where the "no
    /// data" hint links to.
    RegenerateKey(String),
    /// `/csv-import`, `/csv-import/{integration}`: *Historical data import* (of a
    /// CSV integration, chosen already when given).
    CsvImport(Option<String>),
}

/// The `?action=` of [`Route::RegenerateKey`].
pub const ACTION_REGENERATE_KEY: &str = "regenerate-key";

impl Route {
    /// The path below the router prefix.
    pub fn path(&self) -> String {
        match self {
            Route::Overview => "/".into(),
            Route::Catalogue => "/catalogue".into(),
            Route::Vendor(id) => format!("/catalogue/{}", segment(id)),
            Route::Setup(id) => format!("/new/{}", segment(id)),
            Route::Integration(id) => format!("/integration/{}", segment(id)),
            Route::Edit(id) => format!("/integration/{}/edit", segment(id)),
            Route::RegenerateKey(id) => {
                format!(
                    "/integration/{}?action={ACTION_REGENERATE_KEY}",
                    segment(id)
                )
            }
            Route::CsvImport(None) => "/csv-import".into(),
            Route::CsvImport(Some(id)) => format!("/csv-import/{}", segment(id)),
        }
    }
}

/// `/catalogue/:vendor`
#[derive(Params, Clone, Debug, PartialEq)]
pub struct VendorParams {
    pub vendor: Option<String>,
}

/// `/new/:model`
#[derive(Params, Clone, Debug, PartialEq)]
pub struct SetupParams {
    pub model: Option<String>,
}

/// `/integration/:id` and `/integration/:id/edit`
#[derive(Params, Clone, Debug, PartialEq)]
pub struct IntegrationParams {
    pub id: Option<String>,
}

/// `/csv-import/:integration`
#[derive(Params, Clone, Debug, PartialEq)]
pub struct CsvImportParams {
    pub integration: Option<String>,
}

/// The router prefix of this mount (`/account/integrations` in the portal, "" alone).
/// Links need it; `navigate` adds it by itself.
#[derive(Clone, Debug, Default)]
pub struct AppBase(pub String);

impl AppBase {
    /// The href of `route` (`/catalogue` → `/account/integrations/catalogue`).
    pub fn href(&self, route: &Route) -> String {
        let path = route.path();
        match (self.0.is_empty(), path.as_str()) {
            (true, _) => path,
            (false, "/") => self.0.clone(),
            (false, _) => format!("{}{path}", self.0),
        }
    }
}

pub fn use_base() -> AppBase {
    leptos::prelude::use_context::<AppBase>().unwrap_or_default()
}

/// Keeps a path segment a segment: ids come from the server, and a `/` or `?` in
/// one must not change where a link goes.
fn segment(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{AppBase, Route};

    #[test]
    fn links_carry_the_router_prefix() {
        let alone = AppBase::default();
        let portal = AppBase("/portal/account/integrations".into());
        assert_eq!(alone.href(&Route::Catalogue), "/catalogue");
        assert_eq!(
            portal.href(&Route::Catalogue),
            "/portal/account/integrations/catalogue"
        );
        assert_eq!(
            portal.href(&Route::Overview),
            "/portal/account/integrations"
        );
    }

    #[test]
    fn ids_cannot_escape_their_segment() {
        assert_eq!(
            Route::Integration("a/../b?x".into()).path(),
            "/integration/abx"
        );
        assert_eq!(Route::Setup("freshchat".into()).path(), "/new/freshchat");
        assert_eq!(Route::CsvImport(None).path(), "/csv-import");
        assert_eq!(
            Route::CsvImport(Some("a/b".into())).path(),
            "/csv-import/ab"
        );
        assert_eq!(
            Route::Integration("0f8e-4c1a_9".into()).path(),
            "/integration/0f8e-4c1a_9"
        );
    }
}
