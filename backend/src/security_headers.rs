//! Headers that every response carries, API and static alike: the page may be a
//! host of the embedded app or the stand-alone app, and an error page or a JSON body
//! opened directly in a tab is a document too.

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};

/// Only this origin's scripts, styles and connections. `'wasm-unsafe-eval'` lets
/// the app compile its WebAssembly without allowing `eval` of JavaScript; no
/// inline script or style is allowed, which is why Trunk's inline loader is
/// replaced by `/embed.js`. `frame-ancestors 'self'`: only this origin may frame
/// the pages (clickjacking).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'self'";

const HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    // A JSON body or an upload must never be sniffed into a script or a page.
    ("x-content-type-options", "nosniff"),
    // Paths may hold integration ids; other sites need not learn them.
    ("referrer-policy", "same-origin"),
    // A page opened from ours (a vendor's marketplace) gets no handle on our window.
    ("cross-origin-opener-policy", "same-origin"),
];

/// Adds the security headers to every response.
pub async fn middleware(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_policy_is_one_line_of_directives() {
        let csp = super::CONTENT_SECURITY_POLICY;
        assert!(!csp.contains("  ") && !csp.contains('\n'), "{csp}");
        assert!(csp.starts_with("default-src 'self'; script-src"));
        assert!(csp.ends_with("frame-ancestors 'self'"));
    }
}
