//! Which page of the app a path opens (the route table of src/app/mod.rs, at the
//! stand-alone page's base `/`), and what the app asks the API for when it starts
//! on it: those requests are preloaded with the page.

use injixo_contract::API_PREFIX;

/// The overview's list of integrations, as the app asks for it on start
/// (src/api/mod.rs, `Api::integrations`). The preload must be the very same URL,
/// query included, or the browser fetches it twice.
pub const INTEGRATIONS_LIST: &str = "/integrations?limit=50";

/// A page of the app, with what its frame needs from the path.
#[derive(Debug, PartialEq, Eq)]
pub enum Page<'a> {
    Overview,
    Catalogue,
    Vendor(&'a str),
    Setup(&'a str),
    Integration(&'a str),
    /// Any other path: the app shows its page (CSV import, *Page not found*).
    Other,
}

impl<'a> Page<'a> {
    pub fn of(path: &'a str) -> Page<'a> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments[..] {
            [""] => Page::Overview,
            ["catalogue"] => Page::Catalogue,
            ["catalogue", vendor] if is_id(vendor) => Page::Vendor(vendor),
            ["new", model] if is_id(model) => Page::Setup(model),
            ["integration", id] | ["integration", id, "edit"] if is_id(id) => Page::Integration(id),
            _ => Page::Other,
        }
    }

    /// The API paths (under `/api/v1`) the app requests when it starts on this
    /// page: the catalogue and the account on every page (src/state/mod.rs), and
    /// the page's own data.
    pub fn api_requests(&self) -> Vec<String> {
        let mut paths = vec![
            format!("{API_PREFIX}/catalogue"),
            format!("{API_PREFIX}/account"),
        ];
        match self {
            Page::Overview => paths.push(format!("{API_PREFIX}{INTEGRATIONS_LIST}")),
            // The app percent-encodes the id; `is_id` admits only what encoding keeps.
            Page::Integration(id) => paths.push(format!("{API_PREFIX}/integrations/{id}")),
            _ => {}
        }
        paths
    }
}

/// An id as the catalogue and the database write them (`freshchat`, a UUID):
/// nothing that percent-encoding would change, nothing that needs escaping in HTML.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn paths_open_the_app_s_pages() {
        assert_eq!(Page::of("/"), Page::Overview);
        assert_eq!(Page::of("/catalogue"), Page::Catalogue);
        assert_eq!(Page::of("/catalogue/"), Page::Catalogue);
        assert_eq!(
            Page::of("/catalogue/freshworks"),
            Page::Vendor("freshworks")
        );
        assert_eq!(Page::of("/new/freshchat"), Page::Setup("freshchat"));
        let id = "920174f0-50df-4b92-8c6c-c0c9b6733d0d";
        assert_eq!(
            Page::of(&format!("/integration/{id}")),
            Page::Integration(id)
        );
        assert_eq!(
            Page::of(&format!("/integration/{id}/edit")),
            Page::Integration(id)
        );
        assert_eq!(Page::of("/csv-import"), Page::Other);
        assert_eq!(Page::of("/new/<b>"), Page::Other);
        assert_eq!(Page::of("/new/a%2Fb"), Page::Other);
        assert_eq!(Page::of("/catalogue/a/b"), Page::Other);
    }

    #[test]
    fn every_page_preloads_catalogue_and_account() {
        for page in [
            Page::Overview,
            Page::Catalogue,
            Page::Setup("x"),
            Page::Other,
        ] {
            let paths = page.api_requests();
            assert_eq!(paths[..2], ["/api/v1/catalogue", "/api/v1/account"]);
        }
        assert_eq!(
            Page::Overview.api_requests()[2],
            "/api/v1/integrations?limit=50"
        );
        assert_eq!(
            Page::Integration("abc").api_requests()[2],
            "/api/v1/integrations/abc"
        );
    }
}
