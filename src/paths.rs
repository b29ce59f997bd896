//! Every in-app URL, built in one place. Each step of the journey has its own URL so
//! it can be bookmarked, reloaded and linked from help articles.

pub fn overview() -> String {
    "/".into()
}

pub fn catalogue() -> String {
    "/catalogue".into()
}

pub fn vendor(vendor_id: &str) -> String {
    format!("/catalogue/{}", segment(vendor_id))
}

pub fn setup(model_id: &str) -> String {
    format!("/new/{}", segment(model_id))
}

pub fn integration(id: &str) -> String {
    format!("/integration/{}", segment(id))
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
    #[test]
    fn ids_cannot_escape_their_segment() {
        assert_eq!(super::integration("a/../b?x"), "/integration/abx");
        assert_eq!(super::setup("freshchat"), "/new/freshchat");
        assert_eq!(
            super::integration("0f8e-4c1a_9"),
            "/integration/0f8e-4c1a_9"
        );
    }
}
