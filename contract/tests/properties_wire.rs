//! Property tests of the wire format: every DTO survives a JSON round trip with
//! arbitrary strings (control and non-BMP characters included), and codes this
//! client does not know parse to `Unknown` instead of failing the whole response.

use injixo_contract::*;
use proptest::collection::{btree_map, vec};
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

/// Arbitrary text, control characters and non-BMP characters included.
fn wild() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..8).prop_map(String::from_iter),
        any::<String>()
    ]
}

fn any_value() -> impl Strategy<Value = FieldValue> {
    prop_oneof![
        any::<bool>().prop_map(FieldValue::Bool),
        any::<i64>().prop_map(FieldValue::Number),
        wild().prop_map(FieldValue::Text),
    ]
}

fn kind() -> impl Strategy<Value = FieldKind> {
    let foreign = (wild(), wild()).prop_map(|(suffix, product)| ForeignDomain { suffix, product });
    let option = (wild(), wild()).prop_map(|(value, label_id)| SelectOption { value, label_id });
    prop_oneof![
        any::<u32>().prop_map(|max_len| FieldKind::Text { max_len }),
        any::<u32>().prop_map(|max_len| FieldKind::Secret { max_len }),
        (wild(), vec(foreign, 0..3))
            .prop_map(|(suffix, foreign)| FieldKind::Domain { suffix, foreign }),
        vec(option, 0..3).prop_map(|options| FieldKind::Select { options }),
        Just(FieldKind::Checkbox),
        any::<(i64, i64)>().prop_map(|(min, max)| FieldKind::Number { min, max }),
        Just(FieldKind::TimeZone),
        any::<bool>().prop_map(|path_required| FieldKind::Url { path_required }),
    ]
}

fn model() -> impl Strategy<Value = Model> {
    let condition = (wild(), any::<bool>()).prop_map(|(field, b)| Condition {
        field,
        equals: FieldValue::Bool(b),
    });
    let errors = btree_map(
        select(vec![
            FieldErrorCode::CredentialsInvalid,
            FieldErrorCode::CredentialsInsufficientRole,
        ]),
        wild(),
        0..2,
    );
    let field = (
        (wild(), wild(), of(wild()), kind(), any::<(bool, bool)>()),
        of(condition),
        errors,
    )
        .prop_map(
            |((id, label_id, help_id, kind, (required, immutable)), visible_when, error_ids)| {
                Field {
                    id,
                    label_id,
                    help_id,
                    kind,
                    required,
                    immutable,
                    visible_when,
                    error_ids,
                }
            },
        );
    let section = (wild(), wild(), of(wild()), vec(field, 0..4)).prop_map(
        |(id, title_id, help_id, fields)| Section {
            id,
            title_id,
            help_id,
            fields,
        },
    );
    let help = (wild(), vec(wild(), 0..3)).prop_map(|(title_id, paragraph_ids)| HelpSection {
        title_id,
        paragraph_ids,
    });
    let features = vec(
        select(vec![
            Feature::CallHistory,
            Feature::ChatHistory,
            Feature::Rta,
        ]),
        0..3,
    );
    let plans = vec(
        select(vec![
            Plan::Essential,
            Plan::Advanced,
            Plan::Enterprise,
            Plan::Classic,
        ]),
        0..3,
    );
    let names = (
        wild(),
        wild(),
        wild(),
        select(vec![Delivery::Cloud, Delivery::OnPremise]),
    );
    let flags = (
        of(select(vec![KeyUse::App, KeyUse::Api])),
        of(wild()),
        of(wild()),
    );
    (
        names,
        features,
        plans,
        flags,
        vec(section, 0..3),
        vec(help, 0..2),
    )
        .prop_map(
            |((id, name, description_id, delivery), features, plans, f, sections, data_help)| {
                Model {
                    csv_schema: Default::default(),
                    cloud_link: None,
                    id,
                    name,
                    description_id,
                    delivery,
                    features,
                    plans,
                    key_use: f.0,
                    marketplace_url: f.1,
                    key_steps: Vec::new(),
                    help_path: f.2,
                    sections,
                    data_help,
                }
            },
        )
}

fn catalogue() -> impl Strategy<Value = Catalogue> {
    let vendor = (
        wild(),
        wild(),
        wild(),
        any::<bool>(),
        of(wild()),
        vec(model(), 0..3),
    );
    vec(vendor, 0..3).prop_map(|v| Catalogue {
        vendors: v
            .into_iter()
            .map(
                |(id, name, description_id, always_select_model, name_id, models)| Vendor {
                    id,
                    name,
                    description_id,
                    always_select_model,
                    name_id,
                    models,
                },
            )
            .collect(),
    })
}

fn integration() -> impl Strategy<Value = Integration> {
    let texts = (
        wild(),
        any::<u64>(),
        wild(),
        wild(),
        wild(),
        select(IntegrationStatus::ALL.to_vec()),
    );
    let times = (wild(), wild(), of(wild()));
    let secret = wild().prop_map(|last4| SecretInfo { last4 });
    let key =
        (wild(), wild(), of(wild())).prop_map(|(last4, created_at, last_used_at)| AppKeyInfo {
            last4,
            created_at,
            last_used_at,
        });
    let maps = (
        btree_map(wild(), any_value(), 0..4),
        btree_map(wild(), secret, 0..3),
    );
    let tail = (
        of(key),
        vec(select(vec![Hint::AppSilent, Hint::Unknown]), 0..3),
    );
    (texts, times, maps, tail).prop_map(
        |((id, configuration_id, name, model, vendor, status), t, m, k)| Integration {
            cloud_link: None,
            id,
            configuration_id,
            name,
            model,
            vendor,
            status,
            created_at: t.0,
            updated_at: t.1,
            last_import_at: t.2,
            settings: m.0,
            secrets: m.1,
            app_key: k.0,
            hints: k.1,
        },
    )
}

const ERROR_CODES: [ErrorCode; 28] = ErrorCode::ALL;
const FIELD_CODES: [FieldErrorCode; 23] = FieldErrorCode::ALL;

fn problem() -> impl Strategy<Value = Problem> {
    let error =
        (wild(), select(FIELD_CODES.to_vec())).prop_map(|(field, code)| FieldError { field, code });
    (
        wild(),
        wild(),
        any::<u16>(),
        select(ERROR_CODES.to_vec()),
        vec(error, 0..3),
        wild(),
        proptest::option::of(wild()),
    )
        .prop_map(
            |(type_uri, title, status, code, errors, request_id, detail)| Problem {
                system_message: None,
                type_uri,
                title,
                status,
                code,
                errors,
                request_id,
                detail,
            },
        )
}

fn known_code() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = ERROR_CODES.iter().map(|c| c.as_str().to_string()).collect();
    names.extend(FIELD_CODES.iter().map(|c| {
        serde_json::to_value(c)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }));
    select(names)
}

fn round_trips<T>(x: &T) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(x).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&back, x, "{}", json);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn catalogues_round_trip(c in catalogue()) { round_trips(&c)?; }

    #[test]
    fn integrations_round_trip(i in integration()) { round_trips(&i)?; }

    #[test]
    fn problems_round_trip(p in problem()) { round_trips(&p)?; }

    #[test]
    fn field_values_round_trip(v in any_value(), s in wild()) {
        round_trips(&v)?;
        round_trips(&FieldValue::Text(s))?;
    }

    #[test]
    fn unknown_codes_parse_to_unknown(s in prop_oneof![wild(), "[a-z_]{1,24}", known_code()]) {
        let json = serde_json::to_string(&s).unwrap();
        let code: ErrorCode = serde_json::from_str(&json).unwrap();
        let known = ERROR_CODES.into_iter().find(|c| c.as_str() == s);
        prop_assert_eq!(code, known.unwrap_or(ErrorCode::Unknown));
        let field: FieldErrorCode = serde_json::from_str(&json).unwrap();
        let wire = |c: &FieldErrorCode| serde_json::to_string(c).unwrap();
        let known = FIELD_CODES.into_iter().find(|c| wire(c) == json);
        prop_assert_eq!(field, known.unwrap_or(FieldErrorCode::Unknown));
        let problem = r#"{"type":"about:blank","title":"t","status":400,"request_id":"r","code":"#;
        let problem = format!("{problem}{json}}}");
        prop_assert_eq!(serde_json::from_str::<Problem>(&problem).unwrap().code, code);
    }
}
