//! Fuzzing the form engine with random schemas: random models (1–4 sections of 0–6
//! fields of every kind, required or not, immutable or not) and random drafts, and
//! the laws the setup and edit pages rely on.
#![cfg(not(target_arch = "wasm32"))]

use injixo_contract::{
    rules, Field, FieldError, FieldErrorCode, FieldKind, FieldValue, ForeignDomain, Integration,
    Model, Section, SelectOption, UpdateIntegration,
};
use injixo_integrations::integration_form::logic::{
    first_invalid, to_problems, update_request, validate, validate_edit, validate_one, Draft,
    Problems, NAME,
};
use proptest::collection::{btree_map, vec};
use proptest::option::weighted;
use proptest::prelude::*;
use proptest::sample::select;

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
    prop_oneof![
        (0u32..12).prop_map(|max_len| FieldKind::Text { max_len }),
        (0u32..12).prop_map(|max_len| FieldKind::Secret { max_len }),
        (suffix(), vec(suffix(), 0..2)).prop_map(|(suffix, f)| {
            let foreign = f.into_iter().map(foreign).collect();
            FieldKind::Domain { suffix, foreign }
        }),
        vec("[a-z]{1,3}", 0..4).prop_map(|o| {
            let options = o.into_iter().map(option).collect();
            FieldKind::Select { options }
        }),
        Just(FieldKind::Checkbox),
        (-9i64..9, -2i64..9).prop_map(|(min, d)| FieldKind::Number { min, max: min + d }),
    ]
}

/// 1–4 sections of 0–6 fields with unique ids (`<letters><index>`: display order is
/// not alphabetical, and no field is called `name`).
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

fn padded(s: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    ("[ \t\u{a0}]{0,2}", s, "[ \t\n]{0,2}").prop_map(|(a, s, b)| a + &s + &b)
}

/// What an admin types into a field of `kind`: something valid (if anything is)
/// when `valid`, anything plausible otherwise.
fn typed(kind: &FieldKind, valid: bool) -> BoxedStrategy<String> {
    let good: BoxedStrategy<String> = match kind.clone() {
        FieldKind::Text { max_len } | FieldKind::Secret { max_len } => {
            vec(select(vec!['k', 'É', '鍵']), 0..=max_len as usize)
                .prop_map(String::from_iter)
                .boxed()
        }
        FieldKind::Domain { suffix, .. } => ("(https?://)?[a-zA-Z0-9]{1,5}", "(/[a-z]{0,3})?")
            .prop_map(move |(l, p)| format!("{l}.{suffix}{p}"))
            .boxed(),
        FieldKind::Select { options } if !options.is_empty() => {
            select(options).prop_map(|o| o.value).boxed()
        }
        FieldKind::Number { min, max } if min <= max => {
            (min..=max).prop_map(|n| n.to_string()).boxed()
        }
        _ => Just(String::new()).boxed(),
    };
    let good = padded(good);
    match valid {
        true => good.boxed(),
        false => {
            let typo = prop_oneof!["\\PC{0,12}", "[ \t]{0,3}", "[0-9a-z.:/@+-]{0,14}"];
            prop_oneof![1 => good, 1 => typo].boxed()
        }
    }
}

fn name(valid: bool) -> BoxedStrategy<String> {
    let good = "[ \t]{0,2}[A-Za-zÄ日][A-Za-zÄ日 ]{0,20}[ \n]{0,2}";
    match valid {
        true => good.boxed(),
        false => {
            prop_oneof![3 => good, 1 => "[ \t\u{3000}]{0,3}", 1 => "x{78,82}", 1 => any::<String>()]
                .boxed()
        }
    }
}

/// A model, a draft of it, a saved integration of it, and another valid value per
/// field (to change immutable fields to). Half of the drafts are all valid.
#[derive(Clone, Debug)]
struct Case {
    m: Model,
    draft: Draft,
    saved: Integration,
    other: Vec<String>,
}

/// Per field: what the draft holds (text or check, if anything), what is saved (text
/// or check), another valid text.
type Entry = (Option<String>, Option<bool>, String, bool, String);

fn case() -> impl Strategy<Value = Case> {
    let entries = |m: &Model, clean: bool| -> Vec<_> {
        let entry = |k| {
            (
                weighted(0.85, typed(k, clean)),
                weighted(0.85, any::<bool>()),
                typed(k, true),
                any::<bool>(),
                typed(k, true),
            )
        };
        m.fields().map(|f| entry(&f.kind)).collect()
    };
    let names = |clean| {
        (
            name(clean),
            name(true),
            any::<bool>(),
            btree_map("[a-z]{1,4}", "\\PC{0,4}", 0..2),
        )
    };
    (model(), any::<bool>())
        .prop_flat_map(move |(m, clean)| (entries(&m, clean), names(clean), Just(m)))
        .prop_map(|(entries, (name, saved_name, same_name, stray), m)| {
            let entries: Vec<Entry> = entries;
            let mut draft = Draft {
                name,
                text: stray,
                ..Draft::default()
            };
            let mut settings = serde_json::Map::new();
            for (f, (text, check, saved_text, saved_check, _)) in m.fields().zip(&entries) {
                match f.kind {
                    FieldKind::Checkbox => draft.checked.extend(check.map(|c| (f.id.clone(), c))),
                    _ => draft.text.extend(text.clone().map(|t| (f.id.clone(), t))),
                }
                let saved = match f.kind {
                    FieldKind::Secret { .. } => continue,
                    FieldKind::Checkbox => FieldValue::Bool(*saved_check),
                    _ => FieldValue::Text(saved_text.clone()),
                };
                if let Ok(Some(v)) = rules::validate_field(f, Some(&saved)) {
                    settings.insert(f.id.clone(), serde_json::to_value(v).unwrap());
                }
            }
            let saved_name =
                rules::normalize_name(if same_name { &draft.name } else { &saved_name });
            let saved = serde_json::json!({"id": "i", "configuration_id": 1, "name": saved_name,
                "model": "m", "vendor": "v", "status": "operational", "created_at": "",
                "updated_at": "", "settings": settings, "secrets": {}});
            let other = entries.into_iter().map(|e| e.4).collect();
            Case {
                m,
                draft,
                saved: serde_json::from_value(saved).unwrap(),
                other,
            }
        })
}

fn shown(m: &Model) -> Vec<&str> {
    std::iter::once(NAME)
        .chain(m.fields().map(|f| f.id.as_str()))
        .collect()
}

fn is_secret(m: &Model, id: &str) -> bool {
    m.field(id)
        .is_some_and(|f| matches!(f.kind, FieldKind::Secret { .. }))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_whole_form_fails_exactly_where_single_fields_fail(Case { m, draft, .. } in case()) {
        let per_field: Problems = shown(&m).into_iter()
            .filter_map(|id| Some((id.to_string(), validate_one(&m, &draft, id, false)?)))
            .collect();
        match validate(&m, &draft) {
            Ok(req) => {
                prop_assert_eq!(&per_field, &Problems::new());
                prop_assert_eq!(rules::validate_create(&m, &req), Ok(req.clone()));
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert_eq!(&problems, &per_field);
            }
        }
    }

    #[test]
    fn the_first_invalid_field_is_the_first_problem_in_display_order(
        Case { m, draft, .. } in case(), mask in any::<u64>(), stray in vec("[a-z]{1,4}", 0..2),
    ) {
        let mut problems = validate(&m, &draft).err().unwrap_or_default();
        for (i, id) in shown(&m).into_iter().enumerate() {
            if mask >> i & 1 == 1 { problems.insert(id.to_string(), FieldErrorCode::Required); }
        }
        problems.extend(stray.into_iter().map(|id| (id, FieldErrorCode::UnknownField)));
        let order = shown(&m);
        match first_invalid(&m, &problems) {
            Some(first) => {
                prop_assert!(problems.contains_key(first));
                let at = order.iter().position(|id| *id == first).unwrap();
                prop_assert!(order[..at].iter().all(|id| !problems.contains_key(*id)));
            }
            None => prop_assert!(order.iter().all(|id| !problems.contains_key(*id))),
        }
        let errors = problems.iter().map(|(f, c)| FieldError { field: f.clone(), code: *c });
        prop_assert_eq!(to_problems(errors.collect()), problems.clone());
    }

    #[test]
    fn drafts_kept_in_the_browser_lose_exactly_their_secrets(Case { m, draft, .. } in case()) {
        let kept = draft.without_secrets(&m);
        prop_assert_eq!(&kept.name, &draft.name);
        prop_assert_eq!(&kept.checked, &draft.checked);
        let mut expected = draft.text.clone();
        expected.retain(|id, _| !is_secret(&m, id));
        prop_assert_eq!(&kept.text, &expected);
        prop_assert_eq!(kept.without_secrets(&m), kept);
    }

    #[test]
    fn an_edit_sends_typed_secrets_only_and_the_name_only_when_changed(
        Case { m, draft, saved, .. } in case()
    ) {
        let req = update_request(&m, &saved, &draft);
        let changed = rules::normalize_name(&draft.name) != saved.name;
        prop_assert_eq!(req.name.clone(), changed.then(|| draft.name.clone()));
        for (id, v) in &req.settings {
            let f = m.field(id);
            prop_assert!(f.is_some(), "{} is not a field", id);
            if is_secret(&m, id) {
                let typed = v.as_text().is_some_and(|t| !t.trim().is_empty());
                prop_assert!(typed, "blank secret {}", id);
            }
        }
        for f in m.fields().filter(|f| !matches!(f.kind, FieldKind::Secret { .. })) {
            let typed = match f.kind {
                FieldKind::Checkbox => draft.checked.contains_key(&f.id),
                _ => draft.text.contains_key(&f.id),
            };
            prop_assert_eq!(req.settings.contains_key(&f.id), typed, "{}", f.id);
        }
        // Whatever the server refuses, the form explains at that field.
        if let Err(problems) = validate_edit(&m, &saved, &draft) {
            for (id, code) in &problems {
                let immutable = m.field(id).is_some_and(|f| f.immutable);
                prop_assert!(*code == FieldErrorCode::Immutable && immutable
                    || validate_one(&m, &draft, id, true) == Some(*code), "{}: {:?}", id, code);
            }
        }
    }

    #[test]
    fn immutable_fields_may_be_resent_but_not_changed(
        Case { m, saved, other, .. } in case(), mask in any::<u64>()
    ) {
        let mut draft = Draft::from_integration(&m, &saved);
        prop_assert_eq!(validate_edit(&m, &saved, &draft),
            Ok(UpdateIntegration { csv_schema: Default::default(), name: None, settings: saved.settings.clone(), cloud_link_id: None }));
        let mut expected = Problems::new();
        for (i, (f, other)) in m.fields().zip(other).enumerate() {
            let Some(old) = saved.settings.get(&f.id) else { continue };
            if !f.immutable || mask >> i & 1 == 0 { continue }
            let new = match old {
                FieldValue::Bool(b) => {
                    draft.checked.insert(f.id.clone(), !b);
                    FieldValue::Bool(!b)
                }
                _ => {
                    draft.text.insert(f.id.clone(), other.clone());
                    FieldValue::Text(other)
                }
            };
            match rules::validate_field(f, Some(&new)) {
                Ok(v) if v.as_ref() == Some(old) => {}
                Ok(_) => { expected.insert(f.id.clone(), FieldErrorCode::Immutable); }
                Err(code) => { expected.insert(f.id.clone(), code); }
            }
        }
        let got = validate_edit(&m, &saved, &draft);
        prop_assert_eq!(got.err().unwrap_or_default(), expected);
    }
}
