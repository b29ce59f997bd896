//! Property tests of request validation (`validate_field`, `validate_create`,
//! `validate_update`) on random models (1–4 sections of 0–6 fields of every kind)
//! with random values, valid and invalid, per field.

use injixo_contract::rules;
use injixo_contract::*;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;

fn field(id: String, kind: FieldKind, required: bool, immutable: bool) -> Field {
    let (label_id, help_id) = ("l".into(), None);
    Field {
        id,
        label_id,
        help_id,
        kind,
        required,
        immutable,
        visible_when: None,
        error_ids: Default::default(),
    }
}

fn foreign(suffix: String) -> ForeignDomain {
    let product = "P".into();
    ForeignDomain { suffix, product }
}

fn option(value: String) -> SelectOption {
    let label_id = "o".into();
    SelectOption { value, label_id }
}

fn kind() -> impl Strategy<Value = FieldKind> {
    let suffix = || vec("[a-z0-9]{1,4}", 2..=3).prop_map(|l| l.join("."));
    let bounds = prop_oneof![
        3 => (-20i64..20, 0i64..20).prop_map(|(a, d)| (a, a + d)),
        1 => any::<(i64, i64)>(),
    ];
    prop_oneof![
        (0u32..16).prop_map(|max_len| FieldKind::Text { max_len }),
        (0u32..16).prop_map(|max_len| FieldKind::Secret { max_len }),
        (suffix(), vec(suffix(), 0..3)).prop_map(|(suffix, f)| {
            let foreign = f.into_iter().map(foreign).collect();
            FieldKind::Domain { suffix, foreign }
        }),
        vec("[a-z]{1,3}", 0..4).prop_map(|o| {
            let options = o.into_iter().map(option).collect();
            FieldKind::Select { options }
        }),
        Just(FieldKind::Checkbox),
        bounds.prop_map(|(min, max)| FieldKind::Number { min, max }),
        Just(FieldKind::TimeZone),
        any::<bool>().prop_map(|path_required| FieldKind::Url { path_required }),
        (0u32..16).prop_map(|max_len| FieldKind::Query {
            max_len,
            columns: vec![]
        }),
    ]
}

/// 1–4 sections of 0–6 fields with unique ids (`<letters><index>`, never `name`).
fn model() -> impl Strategy<Value = Model> {
    let parts = (kind(), any::<bool>(), any::<bool>(), "[a-z]{1,3}");
    vec(vec(parts, 0..=6), 1..=4).prop_map(|sections| {
        let mut n = 0;
        let mut section = |fields: Vec<(FieldKind, bool, bool, String)>| {
            let fields = fields.into_iter().map(|(kind, required, immutable, id)| {
                n += 1;
                field(format!("{id}{n}"), kind, required, immutable)
            });
            let (id, title_id) = ("s".into(), "t".into());
            Section {
                id,
                title_id,
                help_id: None,
                fields: fields.collect(),
            }
        };
        let sections = sections.into_iter().map(&mut section).collect();
        let base = r#"{"id":"m","name":"M","description_id":"d","delivery":"cloud",
            "features":[],"plans":[],"sections":[]}"#;
        Model {
            sections,
            ..serde_json::from_str(base).unwrap()
        }
    })
}

fn padded(s: impl Strategy<Value = String>) -> impl Strategy<Value = FieldValue> {
    ("[ \t\u{a0}]{0,2}", s, "[ \t\n]{0,2}").prop_map(|(a, s, b)| FieldValue::Text(a + &s + &b))
}

/// Any value at all, of any JSON type.
fn any_value() -> impl Strategy<Value = FieldValue> {
    prop_oneof![
        any::<bool>().prop_map(FieldValue::Bool),
        any::<i64>().prop_map(FieldValue::Number),
        padded("\\PC{0,20}"),
    ]
}

/// Values a field of `kind` accepts, in any accepted spelling, or nothing.
fn valid_for(kind: &FieldKind) -> BoxedStrategy<Option<FieldValue>> {
    let value: BoxedStrategy<FieldValue> = match kind.clone() {
        FieldKind::Text { max_len } | FieldKind::Secret { max_len } => {
            let chars = vec(select(vec!['k', 'É', '鍵']), 0..=max_len as usize);
            padded(chars.prop_map(String::from_iter)).boxed()
        }
        FieldKind::Domain { suffix, .. } => {
            let parts = ("(https?://)?", "[a-zA-Z0-9]{1,5}", "(/[a-z]{0,3})?");
            padded(parts.prop_map(move |(a, l, p)| format!("{a}{l}.{suffix}{p}"))).boxed()
        }
        FieldKind::Select { options } if !options.is_empty() => {
            padded(select(options).prop_map(|o| o.value)).boxed()
        }
        FieldKind::Checkbox => any::<bool>().prop_map(FieldValue::Bool).boxed(),
        FieldKind::Url { .. } => padded(select(vec![
            "https://example.odigo.cx/tenant".to_string(),
            "https://example.odigo.cx".to_string(),
            "HTTPS://a.b/".to_string(),
            "http://example.odigo.cx/t".to_string(),
            "https://nohost/x".to_string(),
            "https://a b.c/x".to_string(),
        ]))
        .boxed(),
        FieldKind::TimeZone => padded(select(vec![
            "Europe/Berlin".to_string(),
            "Etc/GMT+5".to_string(),
            "UTC".to_string(),
            "Europe/".to_string(),
            "../etc".to_string(),
        ]))
        .boxed(),
        FieldKind::Number { min, max } if min <= max => prop_oneof![
            (min..=max).prop_map(FieldValue::Number),
            padded((min..=max).prop_map(|n| n.to_string())),
        ]
        .boxed(),
        _ => return Just(None).boxed(),
    };
    prop_oneof![1 => Just(None), 6 => value.prop_map(Some)].boxed()
}

/// Values a field of `kind` is likely to get, valid and invalid, or nothing.
fn value_for(kind: &FieldKind) -> BoxedStrategy<Option<FieldValue>> {
    let likely: BoxedStrategy<FieldValue> = match kind.clone() {
        FieldKind::Text { max_len }
        | FieldKind::Secret { max_len }
        | FieldKind::Query { max_len, .. } => padded(
            vec(select(vec!['k', 'É', '鍵', ' ']), 0..=max_len as usize + 2)
                .prop_map(String::from_iter),
        )
        .boxed(),
        FieldKind::Domain { suffix, foreign } => {
            let mut suffixes = vec![suffix];
            suffixes.extend(foreign.into_iter().map(|f| f.suffix));
            let host = ("[a-zA-Z0-9-]{0,5}", select(suffixes), any::<bool>());
            padded(host.prop_map(|(l, s, dot)| if dot { format!("{l}.{s}") } else { l + &s }))
                .boxed()
        }
        FieldKind::Select { options } => {
            let mut values: Vec<String> = options.into_iter().map(|o| o.value).collect();
            values.extend(["zz".to_string(), "A".to_string()]);
            padded(select(values)).boxed()
        }
        FieldKind::Checkbox => any::<bool>().prop_map(FieldValue::Bool).boxed(),
        FieldKind::Url { .. } => padded(select(vec![
            "https://example.odigo.cx/tenant".to_string(),
            "https://example.odigo.cx".to_string(),
            "HTTPS://a.b/".to_string(),
            "http://example.odigo.cx/t".to_string(),
            "https://nohost/x".to_string(),
            "https://a b.c/x".to_string(),
        ]))
        .boxed(),
        FieldKind::TimeZone => padded(select(vec![
            "Europe/Berlin".to_string(),
            "Etc/GMT+5".to_string(),
            "UTC".to_string(),
            "Europe/".to_string(),
            "../etc".to_string(),
        ]))
        .boxed(),
        FieldKind::Number { min, max } => {
            let near = min.min(max).saturating_sub(2)..=max.max(min).saturating_add(2);
            prop_oneof![
                near.clone().prop_map(FieldValue::Number),
                padded(near.prop_map(|n| n.to_string())),
                padded("[0-9+. -]{0,4}"),
            ]
            .boxed()
        }
    };
    prop_oneof![
        1 => Just(None),
        1 => any_value().prop_map(Some),
        3 => likely.prop_map(Some),
        2 => valid_for(kind),
    ]
    .boxed()
}

/// Names: valid, blank, too long, anything.
const NAMES: &[&str] = &[
    "[ \t]?[A-Za-zÄ日][A-Za-zÄ日 ]{0,20}\n?",
    "[ \t\u{3000}]{0,4}",
    "x{78,82}",
    "\\PC{0,30}",
];

fn name(valid: bool) -> impl Strategy<Value = String> {
    select(&NAMES[..if valid { 1 } else { 4 }]).prop_flat_map(|re| re)
}

/// A model; a name (and whether an update leaves it out) and a value (or nothing)
/// per field to send; a valid value per field for the saved integration and whether
/// to resend it unchanged; unknown keys (letters only, so never a field id). Half of
/// the inputs are clean: all their values are valid, so requests get accepted too.
type Input = (Model, (String, bool), Values, Values, Vec<bool>, Unknown);
type Values = Vec<Option<FieldValue>>;
type Unknown = Vec<(String, FieldValue)>;

fn input() -> impl Strategy<Value = Input> {
    (model(), any::<bool>()).prop_flat_map(|(m, clean)| {
        let pick = if clean { valid_for } else { value_for };
        let values: Vec<_> = m.fields().map(|f| pick(&f.kind)).collect();
        let saved: Vec<_> = m.fields().map(|f| valid_for(&f.kind)).collect();
        let unknown = vec(("[a-z_]{1,6}", any_value()), 0..if clean { 1 } else { 3 });
        let names = (name(clean), any::<bool>());
        let resend = vec(any::<bool>(), 24);
        (Just(m), names, values, saved, resend, unknown)
    })
}

fn settings(m: &Model, values: &[Option<FieldValue>]) -> BTreeMap<String, FieldValue> {
    let ids = m.fields().map(|f| f.id.clone());
    ids.zip(values)
        .filter_map(|(id, v)| Some((id, v.clone()?)))
        .collect()
}

fn saved(m: &Model, values: &[Option<FieldValue>]) -> Integration {
    let settings: BTreeMap<_, _> = m
        .fields()
        .zip(values)
        .filter(|(f, _)| !matches!(f.kind, FieldKind::Secret { .. }))
        .filter_map(|(f, v)| Some((f.id.clone(), rules::validate_field(f, v.as_ref()).ok()??)))
        .collect();
    let saved = serde_json::json!({"id": "i", "configuration_id": 1, "name": "Saved",
        "model": "m", "vendor": "v", "status": "operational", "created_at": "",
        "updated_at": "", "settings": settings, "secrets": {}});
    serde_json::from_value(saved).unwrap()
}

/// A normalized value is a fixed point: it validates to itself.
fn fixed_points(m: &Model, settings: &BTreeMap<String, FieldValue>) -> Result<(), TestCaseError> {
    for (id, v) in settings {
        let again = rules::validate_field(m.field(id).expect("a field of the model"), Some(v));
        prop_assert_eq!(again, Ok(Some(v.clone())), "{}", id);
    }
    Ok(())
}

type Verdict = Result<Option<FieldValue>, FieldErrorCode>;

/// What `validate_field` must say about `value` in field `f`, for the kinds whose
/// rule fits in a sentence (text, secret, select, checkbox, number, time zone); `None` for
/// domains (see `properties.rs`).
fn verdict(f: &Field, value: Option<&FieldValue>) -> Option<Verdict> {
    use FieldErrorCode::*;
    let text = value.and_then(FieldValue::as_text).map(str::trim);
    let blank = value.is_none() || text.is_some_and(str::is_empty);
    Some(match (&f.kind, value) {
        (FieldKind::Checkbox, None) if f.required => Err(Required),
        (FieldKind::Checkbox, None) => Ok(Some(FieldValue::Bool(false))),
        (FieldKind::Checkbox, Some(FieldValue::Bool(b))) => Ok(Some(FieldValue::Bool(*b))),
        (FieldKind::Checkbox, Some(_)) => Err(InvalidType),
        (_, Some(FieldValue::Bool(_))) => Err(InvalidType),
        (FieldKind::Number { min, max }, Some(_)) if !blank => {
            let n = match value {
                Some(FieldValue::Number(n)) => *n,
                _ => match text.unwrap().parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => return Some(Err(NotANumber)),
                },
            };
            match (min..=max).contains(&&n) {
                true => Ok(Some(FieldValue::Number(n))),
                false => Err(OutOfRange),
            }
        }
        (_, Some(FieldValue::Number(_))) => Err(InvalidType),
        _ if blank && f.required => Err(Required),
        _ if blank => Ok(None),
        (
            FieldKind::Text { max_len }
            | FieldKind::Secret { max_len }
            | FieldKind::Query { max_len, .. },
            _,
        ) => match text.unwrap().chars().count() <= *max_len as usize {
            true => Ok(Some(FieldValue::Text(text.unwrap().into()))),
            false => Err(TooLong),
        },
        (FieldKind::Select { options }, _) => {
            match options.iter().any(|o| Some(o.value.as_str()) == text) {
                true => Ok(Some(FieldValue::Text(text.unwrap().into()))),
                false => Err(InvalidOption),
            }
        }
        (FieldKind::Url { path_required }, _) => match text.unwrap() {
            t @ "https://example.odigo.cx/tenant" => Ok(Some(FieldValue::Text(t.into()))),
            t @ ("https://example.odigo.cx" | "HTTPS://a.b/") if !path_required => {
                Ok(Some(FieldValue::Text(t.into())))
            }
            _ => Err(UrlInvalid),
        },
        (FieldKind::TimeZone, _) => match text.unwrap() {
            t @ ("Europe/Berlin" | "Etc/GMT+5" | "UTC") => Ok(Some(FieldValue::Text(t.into()))),
            "Europe/" | "../etc" => Err(InvalidOption),
            t if t.contains(|c: char| !c.is_ascii_alphanumeric() && !"/_-+".contains(c)) => {
                Err(InvalidOption)
            }
            // A random string shaped like a zone name ("A") is no zone we know, but the
            // rule checks the shape only (the browser's list is the real one); its cases
            // are in rules.rs' unit tests.
            _ => return None,
        },
        _ => return None,
    })
}

/// Every problem of a create request, from the rules for the name and for each field
/// alone, in form order, then the unknown keys.
fn create_problems(m: &Model, req: &CreateIntegration) -> Problems {
    let mut expected = Problems::new();
    if let Err(code) = rules::validate_name(&req.name) {
        expected.push(("name".into(), code));
    }
    for f in m.fields() {
        let problem = rules::validate_field(f, req.settings.get(&f.id)).err();
        expected.extend(problem.map(|c| (f.id.clone(), c)));
    }
    let unknown = req.settings.keys().filter(|k| m.field(k).is_none());
    expected.extend(unknown.map(|k| (k.clone(), FieldErrorCode::UnknownField)));
    expected
}

/// Every problem of an update: only what is sent is checked; a blank secret keeps the
/// saved one; an immutable field may only be sent as it is saved.
fn update_problems(m: &Model, old: &Integration, req: &UpdateIntegration) -> Problems {
    let mut expected = Problems::new();
    if let Some(Err(code)) = req.name.as_deref().map(rules::validate_name) {
        expected.push(("name".into(), code));
    }
    for (id, v) in &req.settings {
        let Some(f) = m.field(id) else {
            expected.push((id.clone(), FieldErrorCode::UnknownField));
            continue;
        };
        let secret = matches!(f.kind, FieldKind::Secret { .. });
        if secret && v.as_text().is_some_and(|t| t.trim().is_empty()) {
            continue;
        }
        match rules::validate_field(f, Some(v)) {
            Err(code) => expected.push((id.clone(), code)),
            Ok(n) if f.immutable && n.as_ref() != old.settings.get(id) => {
                expected.push((id.clone(), FieldErrorCode::Immutable))
            }
            Ok(_) => {}
        }
    }
    expected
}

type Problems = Vec<(String, FieldErrorCode)>;

fn problems(errors: Vec<FieldError>) -> Problems {
    errors.into_iter().map(|e| (e.field, e.code)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn each_field_kind_accepts_exactly_its_values((m, _, values, _, _, _) in input()) {
        for (f, value) in m.fields().zip(&values) {
            let got = rules::validate_field(f, value.as_ref());
            if let Some(expected) = verdict(f, value.as_ref()) {
                prop_assert_eq!(&got, &expected, "{:?} {:?}", f.kind, value);
            }
            if let (FieldKind::Domain { suffix, .. }, Ok(Some(v))) = (&f.kind, &got) {
                let host = v.as_text().unwrap_or_default();
                prop_assert!(host.ends_with(&format!(".{suffix}")), "{:?}", v);
            }
            // The normalized value (or nothing) is a fixed point.
            if let Ok(v) = &got {
                prop_assert_eq!(rules::validate_field(f, v.as_ref()), got.clone());
            }
        }
    }

    #[test]
    fn a_create_request_is_normalized_or_rejected_field_by_field(
        (m, (name, _), values, _, _, unknown) in input()
    ) {
        let (model, settings) = (m.id.clone(), settings(&m, &values));
        let mut req = CreateIntegration { csv_schema: Default::default(), cloud_link_id: None, name, model, settings };
        req.settings.extend(unknown);
        let expected = create_problems(&m, &req);
        match rules::validate_create(&m, &req) {
            Ok(ok) => {
                prop_assert_eq!(expected, vec![]);
                prop_assert_eq!(Ok(ok.name.clone()), rules::validate_name(&req.name));
                prop_assert_eq!(&ok.model, &m.id);
                fixed_points(&m, &ok.settings)?;
                prop_assert_eq!(rules::validate_create(&m, &ok), Ok(ok.clone()));
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                prop_assert_eq!(problems(errors), expected);
            }
        }
    }

    #[test]
    fn an_update_checks_only_what_it_sends_and_keeps_immutable_fields(
        (m, (name, keep_name), values, old, resend, unknown) in input()
    ) {
        let saved = saved(&m, &old);
        let name = (!keep_name).then_some(name);
        let mut req = UpdateIntegration { csv_schema: Default::default(), cloud_link_id: None, name, settings: settings(&m, &values) };
        let resent = m.fields().zip(resend).filter(|(_, again)| *again).map(|(f, _)| &f.id);
        let resent = resent.filter_map(|id| Some((id.clone(), saved.settings.get(id)?.clone())));
        req.settings.extend(resent);
        req.settings.extend(unknown);
        let expected = update_problems(&m, &saved, &req);
        match rules::validate_update(&m, &saved, &req) {
            Ok(ok) => {
                prop_assert_eq!(expected, vec![]);
                let name = req.name.as_deref().map(|n| rules::validate_name(n).unwrap());
                prop_assert_eq!(&ok.name, &name);
                for (id, v) in &ok.settings {
                    prop_assert!(req.settings.contains_key(id));
                    let unchanged = saved.settings.get(id) == Some(v);
                    prop_assert!(unchanged || !m.field(id).unwrap().immutable, "{} changed", id);
                    prop_assert!(v.as_text().is_none_or(|t| !t.is_empty()), "blank {}", id);
                }
                fixed_points(&m, &ok.settings)?;
                prop_assert_eq!(rules::validate_update(&m, &saved, &ok), Ok(ok.clone()));
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                prop_assert_eq!(problems(errors), expected);
            }
        }
        // Resending every saved value unchanged is always accepted.
        let same = UpdateIntegration { csv_schema: Default::default(), cloud_link_id: None, name: None, settings: saved.settings.clone() };
        prop_assert_eq!(rules::validate_update(&m, &saved, &same), Ok(same.clone()));
    }
}
