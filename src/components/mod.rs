//! Small, documented building blocks shared by the pages.

mod alert;
mod breadcrumb;
mod field;
mod language_select;
mod page;
mod status_badge;
mod toast;

pub use alert::ErrorAlert;
pub use breadcrumb::Breadcrumb;
pub use field::{FieldInput, FieldText};
pub use language_select::LanguageSelect;
pub use page::{use_page_title, BackLink, Loading};
pub use status_badge::StatusBadge;
pub use toast::{ToastRegion, Toasts};
