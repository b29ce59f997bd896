//! Small, documented building blocks shared by the pages. None of them calls the
//! API; the state they read comes from `crate::state`.

mod alert;
mod badges;
mod breadcrumb;
mod copy_field;
mod dialog;
mod external_link;
mod field;
mod file_drop;
mod icon;
mod language_select;
mod later;
mod leave_guard;
mod model_help;
mod page;
mod plan_lock;
mod query_preview;
mod skeleton;
mod split;
mod status_badge;
mod toast;

pub use alert::{ErrorAlert, Step};
pub use badges::{distinct, Badges};
pub use breadcrumb::Breadcrumb;
pub use copy_field::{CopyField, CopyState};
pub use dialog::ConfirmDialog;
pub use external_link::{help_article, safe_external_url, ExternalLink, HelpLink};
pub use field::{
    CheckboxInput, FieldInput, FieldText, RadioGroup, SelectInput, TextAreaInput, TimeZoneInput,
};
pub use file_drop::{is_csv_name, CsvFileDrop};
pub use icon::{Icon, IconKind};
pub use language_select::LanguageSelect;
pub use later::{after_a_task, Later};
pub use leave_guard::LeaveGuardHost;
pub use model_help::ModelHelp;
pub use page::{use_page_title, BackLink, Loading};
pub use plan_lock::PlanLock;
pub use query_preview::{kind_label, QueryPreviewTable};
pub use skeleton::FormSkeleton;
pub use split::when_loaded;
pub(crate) use split::{split_call, split_page, split_prefetch};
pub use status_badge::StatusBadge;
pub use toast::ToastRegion;
