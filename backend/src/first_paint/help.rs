//! The help beside the setup form, as src/pages/setup.rs (`SetupHelp`) and
//! src/components/model_help.rs render it: on a wide screen it is the largest text
//! of the page, so the frame paints it at once instead of a grey block. On a phone
//! it stands below the form, whose real height the frame does not know, so there
//! style/app.css shows the block and hides the text (the app shows it a task after
//! the form, see `SetupHelp`). No ids: the frame is hidden from screen readers and
//! the app's own elements carry them.

use super::frame::esc;
use super::texts::Language;
use injixo_contract::{KeyUse, Model};

pub fn render(html: &mut String, t: &Language, model: &Model) {
    // The CSV wizard takes the whole width; the app hides the help there.
    if model.csv_schema {
        return;
    }
    html.push_str(r#"<div class="ixi-setup-aside"><span class="ixi-skel ixi-skel-aside"></span><div class="ixi-skel-help">"#);
    if model.key_use == Some(KeyUse::UrlToken) {
        html.push_str(r#"<section class="ixi-help"><h2>"#);
        html.push_str(&esc(&t.text("url-token-section-title", &[])));
        html.push_str("</h2><p>");
        html.push_str(&esc(&t.text("url-token-save-first", &[])));
        html.push_str("</p></section>");
    }
    if !model.data_help.is_empty() {
        html.push_str(r#"<section class="ixi-help"><h2>"#);
        let product = model.name.as_str().into();
        html.push_str(&esc(&t.text("help-data-title", &[("product", product)])));
        html.push_str("</h2>");
        for section in &model.data_help {
            html.push_str(r#"<div class="ixi-help-section"><h3 class="ixi-help-title">"#);
            html.push_str(&esc(&t.text(&section.title_id, &[])));
            html.push_str("</h3>");
            for paragraph in &section.paragraph_ids {
                html.push_str("<p>");
                html.push_str(&esc(&t.text(paragraph, &[])));
                html.push_str("</p>");
            }
            html.push_str("</div>");
        }
        html.push_str("</section>");
    }
    // *Learn more* (src/components/external_link.rs), not a link yet.
    if model.help_path.is_some() {
        html.push_str(r#"<p class="ixi-help-link"><span class="ixi-external ixi-skel-link">"#);
        html.push_str(&esc(&t.text("help-learn-more", &[])));
        html.push_str(r#"<span aria-hidden="true"> ↗</span></span></p>"#);
    }
    html.push_str("</div></div>");
}
