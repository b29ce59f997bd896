//! Small, documented building blocks shared by the pages.

mod alert;
mod breadcrumb;
mod dialog;
mod field;
mod language_select;
mod leave_guard;
mod model_help;
mod page;
mod status_badge;
mod toast;

pub use alert::ErrorAlert;
pub use breadcrumb::Breadcrumb;
pub use dialog::ConfirmDialog;
pub use field::{FieldInput, FieldText};
pub use language_select::LanguageSelect;
pub use leave_guard::{use_leave_guard, LeaveGuard, LeaveGuardHost, LeaveTexts};
pub use model_help::ModelHelp;
pub use page::{use_page_title, BackLink, Loading};
pub use status_badge::StatusBadge;
pub use toast::{ToastRegion, Toasts};
