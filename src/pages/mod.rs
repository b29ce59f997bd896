//! One component per route (the route table is in `app`), each in its own file or
//! feature folder, with the loading pattern of [`load`].

mod catalogue;
mod csv_import;
mod edit;
mod integration;
mod load;
mod not_found;
mod overview;
mod setup;
mod vendor;

pub use catalogue::CataloguePage;
pub use csv_import::CsvImportPage;
pub use edit::EditPage;
pub use integration::IntegrationPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use setup::SetupPage;
pub use vendor::VendorPage;
