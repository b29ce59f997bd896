//! The CSV model's form: the schema travels with the request, and saving needs one
//! that fits the *Type of import data* and still has its sample.

use super::*;
use crate::csv::draft::SampleText;
use crate::csv::model::{DataType, Values};
use injixo_contract::{Delivery, Field, FieldValue, Section, SelectOption};
use std::sync::Arc;

fn csv_model() -> Model {
    let option = |v: &str| SelectOption {
        value: v.into(),
        label_id: format!("x-{v}"),
    };
    Model {
        csv_schema: true,
        cloud_link: None,
        id: "csv".into(),
        name: "CSV".into(),
        description_id: "x".into(),
        delivery: Delivery::OnPremise,
        features: vec![],
        plans: vec![],
        key_use: None,
        marketplace_url: None,
        key_steps: Vec::new(),
        help_path: None,
        data_help: vec![],
        sections: vec![Section {
            id: CSV_SCHEMA.into(),
            title_id: "x".into(),
            help_id: None,
            fields: vec![Field {
                id: IMPORT_DATA_TYPE.into(),
                label_id: "x".into(),
                help_id: None,
                kind: FieldKind::Select {
                    options: vec![option("contact_data"), option("agent_status")],
                },
                required: true,
                immutable: false,
                visible_when: None,
                error_ids: Default::default(),
            }],
        }],
    }
}

fn schema(data_type: DataType) -> CsvDraft {
    let mut v = Values::new(data_type);
    v.time_zone = "UTC".into();
    let (schema, sql) = v.to_schema();
    CsvDraft {
        schema,
        sql,
        file_name: "calls.csv".into(),
        encoding: injixo_contract::CsvEncoding::Utf8,
        sample: Some(SampleText(Arc::from("Queue;Date\n"))),
        edited: true,
    }
}

fn form(csv: Option<CsvDraft>) -> Draft {
    Draft {
        name: "CSV calls".into(),
        text: [(IMPORT_DATA_TYPE.to_string(), "contact_data".to_string())].into(),
        csv,
        ..Draft::default()
    }
}

#[test]
fn the_form_cannot_be_saved_without_a_csv_schema() {
    let m = csv_model();
    let problems = validate(&m, &form(None)).unwrap_err();
    assert_eq!(problems.get(CSV_SCHEMA), Some(&FieldErrorCode::Required));
    assert_eq!(first_invalid(&m, &problems), Some(CSV_SCHEMA));
    assert_eq!(form(None).csv_problem(&m), Some(CsvProblem::Missing));
    // Other models do not care.
    assert_eq!(form(None).csv_problem(&super::tests::freshchat()), None);
}

#[test]
fn the_schema_travels_with_the_create_request() {
    let m = csv_model();
    let req = validate(&m, &form(Some(schema(DataType::ContactData)))).unwrap();
    let sent = req.csv_schema.expect("schema sent");
    assert_eq!(sent.sample.file_name, "calls.csv");
    assert_eq!(
        req.settings.get(IMPORT_DATA_TYPE),
        Some(&FieldValue::Text("contact_data".into()))
    );
}

#[test]
fn a_schema_for_the_other_type_or_without_its_sample_stops_saving() {
    let m = csv_model();
    let other = form(Some(schema(DataType::AgentStatus)));
    assert_eq!(other.csv_problem(&m), Some(CsvProblem::TypeMismatch));
    assert!(validate(&m, &other).is_err());
    let mut gone = schema(DataType::ContactData);
    gone.sample = None;
    let reloaded = form(Some(gone));
    assert_eq!(reloaded.csv_problem(&m), Some(CsvProblem::SampleGone));
    assert!(validate(&m, &reloaded)
        .unwrap_err()
        .contains_key(CSV_SCHEMA));
}

#[test]
fn an_edit_sends_the_schema_only_when_it_was_changed() {
    let m = csv_model();
    let saved = Integration {
        id: "i1".into(),
        configuration_id: 1,
        name: "CSV calls".into(),
        model: "csv".into(),
        vendor: "universal".into(),
        status: injixo_contract::IntegrationStatus::InPreparation,
        created_at: String::new(),
        updated_at: String::new(),
        last_import_at: None,
        settings: [(
            IMPORT_DATA_TYPE.to_string(),
            FieldValue::Text("contact_data".into()),
        )]
        .into(),
        secrets: Default::default(),
        app_key: None,
        cloud_link: None,
        hints: vec![],
    };
    let mut kept = schema(DataType::ContactData);
    kept.edited = false;
    let unchanged = validate_edit(&m, &saved, &form(Some(kept))).unwrap();
    assert_eq!(unchanged.csv_schema, None);
    let changed = validate_edit(&m, &saved, &form(Some(schema(DataType::ContactData)))).unwrap();
    assert!(changed.csv_schema.is_some());
}

#[test]
fn a_large_sample_is_left_out_of_the_stored_draft() {
    let m = csv_model();
    let mut big = schema(DataType::ContactData);
    big.sample = Some(SampleText(Arc::from("x;y\n".repeat(100_000))));
    let stored = form(Some(big)).for_storage(&m);
    let kept = stored.csv.clone().expect("the schema is kept");
    assert_eq!(kept.sample, None);
    assert!(!stored.is_blank());
}
