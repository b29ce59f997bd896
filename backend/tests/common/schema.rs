//! A small checker of JSON values and responses against `docs/openapi.yaml`.
#![allow(dead_code)] // each test crate uses its own subset

use super::common::Res;
use serde_json::Value as Json;
use serde_yaml::Value as Yaml;

/// `docs/openapi.yaml`, parsed.
pub fn doc() -> Yaml {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.yaml");
    let text = std::fs::read_to_string(path).expect("docs/openapi.yaml");
    serde_yaml::from_str(&text).expect("docs/openapi.yaml is YAML")
}

pub fn schema<'a>(doc: &'a Yaml, name: &str) -> &'a Yaml {
    let s = &doc["components"]["schemas"][name];
    assert!(s.is_mapping(), "components.schemas.{name} is missing");
    s
}

/// Asserts that the response's status is documented for the operation, with its
/// required headers, its content type and a body valid against its schema.
#[track_caller]
pub fn check_response(doc: &Yaml, method: &str, path: &str, res: &Res) {
    let op = &doc["paths"][path][method];
    assert!(op.is_mapping(), "{method} {path} is not documented");
    let documented = &op["responses"][res.status.as_str()];
    assert!(
        documented.is_mapping(),
        "{method} {path}: status {} is not documented",
        res.status
    );
    let documented = resolve(doc, documented);
    let what = format!("{method} {path} {}", res.status);
    if let Some(headers) = documented["headers"].as_mapping() {
        for (name, header) in headers {
            let name = name.as_str().unwrap();
            if resolve(doc, header)["required"].as_bool() == Some(true) {
                assert!(res.header(name).is_some(), "{what}: no {name} header");
            }
        }
    }
    if documented["content"].is_null() {
        assert!(res.body.is_empty(), "{what}: documented without a body");
        return;
    }
    let content_type = res.header("content-type").expect("content-type");
    let media = &documented["content"][content_type];
    assert!(
        media.is_mapping(),
        "{what}: {content_type} is not documented"
    );
    // A download (`application/gzip`) has no JSON to check.
    if !content_type.ends_with("json") {
        return;
    }
    let mut errors = Vec::new();
    validate(doc, &media["schema"], &res.json(), "$", &mut errors);
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{}", res.text());
}

#[track_caller]
pub fn assert_valid(doc: &Yaml, name: &str, value: &Json) {
    let mut errors = Vec::new();
    validate(doc, schema(doc, name), value, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "not a valid {name}: {errors:#?}\n{value}"
    );
}

pub fn resolve<'a>(doc: &'a Yaml, schema: &'a Yaml) -> &'a Yaml {
    match schema["$ref"].as_str() {
        Some(r) => {
            let target = r
                .strip_prefix("#/")
                .unwrap_or_else(|| panic!("non-local $ref {r}"))
                .split('/')
                .fold(doc, |node, part| &node[part]);
            assert!(!target.is_null(), "dangling $ref {r}");
            resolve(doc, target)
        }
        None => schema,
    }
}

fn has_type(t: &str, v: &Json) -> bool {
    match t {
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

/// A small JSON Schema check for the subset the document uses. Objects with
/// `properties` and no `additionalProperties` are treated as closed, so a member
/// the server sends but the document does not mention is reported.
pub fn validate(doc: &Yaml, schema: &Yaml, v: &Json, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    assert!(schema.is_mapping(), "{at}: schema is not an object");
    if let Some(variants) = schema["oneOf"].as_sequence() {
        let matching = variants
            .iter()
            .filter(|s| {
                let mut e = Vec::new();
                validate(doc, s, v, at, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            errors.push(format!("{at}: {v} matches {matching} variants of oneOf"));
        }
        return;
    }
    let types: Vec<&str> = match &schema["type"] {
        Yaml::Null => vec![],
        Yaml::String(t) => vec![t.as_str()],
        Yaml::Sequence(ts) => ts.iter().map(|t| t.as_str().unwrap_or("null")).collect(),
        other => panic!("{at}: type {other:?}"),
    };
    if !types.is_empty() && !types.iter().any(|t| has_type(t, v)) {
        errors.push(format!("{at}: {v} is not of type {types:?}"));
        return;
    }
    let to_json = |y: &Yaml| serde_json::to_value(y).unwrap();
    if !schema["const"].is_null() && to_json(&schema["const"]) != *v {
        errors.push(format!("{at}: {v} is not {:?}", schema["const"]));
    }
    if let Some(values) = schema["enum"].as_sequence() {
        if !values.iter().any(|e| to_json(e) == *v) {
            errors.push(format!("{at}: {v} is not in the enum"));
        }
    }
    if let (Some(max), Some(s)) = (schema["maxLength"].as_u64(), v.as_str()) {
        if s.chars().count() as u64 > max {
            errors.push(format!("{at}: longer than {max}"));
        }
    }
    match v {
        Json::Object(members) => {
            for required in schema["required"].as_sequence().into_iter().flatten() {
                let name = required.as_str().unwrap();
                if !members.contains_key(name) {
                    errors.push(format!("{at}: required member {name} is missing"));
                }
            }
            let properties = schema["properties"].as_mapping();
            for (name, value) in members {
                let here = format!("{at}.{name}");
                match properties.and_then(|p| p.get(name.as_str())) {
                    Some(s) => validate(doc, s, value, &here, errors),
                    None if schema["additionalProperties"].is_mapping() => {
                        validate(doc, &schema["additionalProperties"], value, &here, errors)
                    }
                    None => errors.push(format!("{here}: undocumented member")),
                }
            }
        }
        Json::Array(items) if !schema["items"].is_null() => {
            for (i, item) in items.iter().enumerate() {
                validate(doc, &schema["items"], item, &format!("{at}[{i}]"), errors);
            }
        }
        _ => {}
    }
}
