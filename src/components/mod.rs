//! Small, documented building blocks shared by the pages.

mod alert;
mod breadcrumb;
mod copy_field;
mod dialog;
mod field;
mod icon;
mod integration_form;
mod language_select;
mod leave_guard;
mod model_help;
mod page;
mod plan_lock;
mod status_badge;
mod toast;

pub use alert::{ErrorAlert, Step};
pub use breadcrumb::Breadcrumb;
pub use copy_field::{CopyField, CopyState};
pub use dialog::ConfirmDialog;
pub use field::{CheckboxInput, FieldInput, FieldText, SelectInput};
pub use icon::{Icon, IconKind};
pub use integration_form::{drafts, IntegrationForm};
pub use language_select::LanguageSelect;
pub use leave_guard::{use_leave_guard, LeaveGuard, LeaveGuardHost, LeaveTexts};
pub use model_help::ModelHelp;
pub use page::{use_page_title, BackLink, HelpLink, Loading};
pub use plan_lock::{plan_name, PlanLock};
pub use status_badge::StatusBadge;
pub use toast::{ToastRegion, Toasts};
