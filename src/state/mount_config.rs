//! How one mount of the app is set up: read from the host's config object by
//! `embed`, or the defaults of the stand-alone page.

use crate::api::ApiSettings;
use crate::i18n::Lang;

pub const DEFAULT_HELP_BASE: &str = "https://help.injixo.com";

#[derive(Clone, Debug)]
pub struct MountConfig {
    pub api: ApiSettings,
    /// Router prefix, e.g. `/account/integrations` ("" stand-alone).
    pub base_path: String,
    /// Overrides language negotiation when set.
    pub locale: Option<String>,
    /// Where the on-demand languages' messages live; `embed.js` fills it in.
    pub locale_urls: Vec<(Lang, String)>,
    /// Help-center root, e.g. `https://help.injixo.com`.
    pub help_base_url: String,
    /// Show the app's own header with the language menu (stand-alone page).
    pub standalone: bool,
    /// CSS custom properties (`--injixo-…`) set on the mount element.
    pub theme: Vec<(String, String)>,
}

impl Default for MountConfig {
    fn default() -> Self {
        Self {
            api: ApiSettings::default(),
            base_path: String::new(),
            locale: None,
            locale_urls: Vec::new(),
            help_base_url: DEFAULT_HELP_BASE.into(),
            standalone: true,
            theme: Vec::new(),
        }
    }
}
