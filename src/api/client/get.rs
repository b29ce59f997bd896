//! GET requests with a query.

use super::url;
use crate::api::ApiSettings;
use gloo_net::http::{Request, RequestBuilder};

/// A GET of `path`, query included. gloo-net appends `&` and its own (empty) query
/// to a URL that already has one (`…?limit=50&`), which no longer matches the page's
/// preload of `…?limit=50` and fetches the list twice; so the query goes through
/// `RequestBuilder::query`, which writes it as it was.
pub(super) fn get_request(settings: &ApiSettings, path: &str) -> RequestBuilder {
    let Some((path, query)) = path.split_once('?') else {
        return Request::get(&url(settings, path));
    };
    let decode =
        |s: &str| js_sys::decode_uri_component(s).map_or_else(|_| s.to_string(), String::from);
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    Request::get(&url(settings, path)).query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}
