//! The CSV schema in the draft: what stops it from being saved, and what the draft
//! storage keeps of it.

use super::{Draft, IMPORT_DATA_TYPE};
use crate::csv::draft::CsvDraft;
use crate::csv::model::DataType;
use injixo_contract::Model;

/// Why the CSV schema stops saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// *You need to create a CSV schema*.
    Missing,
    /// Its sample was too large to survive a reload: upload it again.
    SampleGone,
    /// It was made for the other *Type of import data*.
    TypeMismatch,
}

impl Draft {
    /// What the draft storage keeps: no secrets, and a CSV sample only while small.
    pub fn for_storage(&self, model: &Model) -> Draft {
        let mut kept = self.without_secrets(model);
        kept.csv = kept.csv.as_ref().map(CsvDraft::for_storage);
        kept
    }

    /// The *Type of import data* chosen (CSV model).
    pub fn data_type(&self) -> Option<DataType> {
        DataType::from_setting(self.text.get(IMPORT_DATA_TYPE)?)
    }

    /// What stops the CSV schema from being saved, for a CSV model. Without a
    /// *Type of import data* field in the catalogue, any type will do.
    pub fn csv_problem(&self, model: &Model) -> Option<CsvProblem> {
        if !model.csv_schema {
            return None;
        }
        let Some(csv) = &self.csv else {
            return Some(CsvProblem::Missing);
        };
        let typed = model.field(IMPORT_DATA_TYPE).and(self.data_type());
        if typed.is_some_and(|t| t != csv.data_type()) {
            return Some(CsvProblem::TypeMismatch);
        }
        csv.sample.is_none().then_some(CsvProblem::SampleGone)
    }
}
