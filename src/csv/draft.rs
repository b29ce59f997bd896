//! The CSV schema as the integration form keeps it: what *Save schema* made (or the
//! saved one), with the sample it was made with, in the form's draft.
//!
//! Drafts live in the tab's session storage, which holds about 5 MB per site for all
//! drafts together: a sample of up to [`DRAFT_SAMPLE_MAX_BYTES`] is kept with the
//! draft; a larger one is left out, and after a reload the form asks to upload it
//! again (the schema itself is kept).

use super::model::DataType;
use injixo_contract::{CsvEncoding, CsvMappingSchema, CsvSample, CsvSchema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

/// Largest sample text kept in the draft storage (256 KiB).
pub const DRAFT_SAMPLE_MAX_BYTES: usize = 256 * 1024;

/// A sample's text, shared rather than copied: drafts are compared and cloned on every
/// keystroke of the form.
#[derive(Clone, Debug)]
pub struct SampleText(pub Arc<str>);

impl PartialEq for SampleText {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Serialize for SampleText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SampleText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| SampleText(Arc::from(s)))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvDraft {
    pub schema: CsvMappingSchema,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    pub file_name: String,
    pub encoding: CsvEncoding,
    /// `None` when it was too large for the draft storage: upload it again.
    #[serde(default)]
    pub sample: Option<SampleText>,
    /// Made or changed in this form, so saving sends it.
    #[serde(default)]
    pub edited: bool,
}

impl CsvDraft {
    /// A saved integration's schema.
    pub fn from_saved(saved: &CsvSchema) -> CsvDraft {
        CsvDraft {
            schema: saved.schema.clone(),
            sql: saved.sql.clone(),
            file_name: saved.sample.file_name.clone(),
            encoding: saved.sample.encoding,
            sample: Some(SampleText(Arc::from(saved.sample.text.as_str()))),
            edited: false,
        }
    }

    /// What the API takes; `None` while the sample has to be uploaded again.
    pub fn to_request(&self) -> Option<CsvSchema> {
        Some(CsvSchema {
            schema: self.schema.clone(),
            sql: self.sql.clone(),
            sample: CsvSample {
                file_name: self.file_name.clone(),
                encoding: self.encoding,
                text: self.sample.as_ref()?.0.to_string(),
            },
        })
    }

    /// What the draft storage keeps: the sample only up to [`DRAFT_SAMPLE_MAX_BYTES`].
    pub fn for_storage(&self) -> CsvDraft {
        let mut kept = self.clone();
        if kept
            .sample
            .as_ref()
            .is_some_and(|s| s.0.len() > DRAFT_SAMPLE_MAX_BYTES)
        {
            kept.sample = None;
        }
        kept
    }

    pub fn data_type(&self) -> DataType {
        DataType::of(&self.schema)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::model::Values;

    fn draft(text: &str) -> CsvDraft {
        let mut v = Values::new(DataType::ContactData);
        v.time_zone = "UTC".into();
        let (schema, sql) = v.to_schema();
        CsvDraft {
            schema,
            sql,
            file_name: "calls.csv".into(),
            encoding: CsvEncoding::Utf8,
            sample: Some(SampleText(Arc::from(text))),
            edited: true,
        }
    }

    #[test]
    fn a_small_sample_stays_with_the_draft_a_large_one_is_asked_for_again() {
        let small = draft("Queue;Date\nSales;01.03.2024\n");
        assert_eq!(small.for_storage(), small);
        let json = crate::browser::json::to_string(&small.for_storage()).unwrap();
        let back: CsvDraft = crate::browser::json::from_str(&json).unwrap();
        assert_eq!(back, small);
        assert!(back.to_request().is_some());

        let large = draft(&"x;y\n".repeat(DRAFT_SAMPLE_MAX_BYTES / 4 + 1));
        let kept = large.for_storage();
        assert_eq!(kept.sample, None);
        assert_eq!(kept.schema, large.schema, "the schema itself is kept");
        assert_eq!(kept.to_request(), None, "saving needs the sample again");
        assert_eq!(
            large.to_request().unwrap().sample.text.len(),
            large.sample.unwrap().0.len()
        );
    }

    #[test]
    fn a_saved_schema_is_not_sent_again_unless_edited() {
        let saved = draft("a;b\n1;2\n").to_request().unwrap();
        let d = CsvDraft::from_saved(&saved);
        assert!(!d.edited);
        assert_eq!(d.to_request(), Some(saved));
        assert_eq!(d.data_type(), DataType::ContactData);
    }
}
