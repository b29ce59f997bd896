//! The on-premise models and the Database model as the catalogue serves them: their
//! tiles, the injixo Cloud Link section they need, their sections and fields (kinds,
//! required, what reveals them) as their articles give them, and the columns the
//! Database model's SQL query must return per type of import data. Catalogue shape
//! only: saving one of them needs a linked Cloud Link.

mod common;

use axum::http::StatusCode;
use common::*;
use injixo_contract::{
    Arch, Catalogue, Delivery, Download, Field, FieldKind, FieldValue, Flavor, Model, Os,
    Plan::{Advanced, Classic, Enterprise, Essential},
};
use std::collections::{BTreeMap, BTreeSet};

async fn catalogue() -> Catalogue {
    let res = Api::new().get("/api/v1/catalogue").await;
    assert_eq!(res.status, StatusCode::OK);
    serde_json::from_slice(&res.body).expect("a Catalogue")
}

/// `(model, tile)` of every on-premise model.
const ON_PREMISE: [(&str, &str); 7] = [
    ("genesys-engage", "genesys"),
    ("inin-cic", "genesys"),
    ("mitel", "mitel"),
    ("sikom", "sikom"),
    ("avaya-cms", "avaya-cms"),
    ("cisco-icm", "cisco-icm"),
    ("database", "universal"),
];

/// A field or column as `id:kind`, with `*` when required.
fn describe<K: serde::Serialize>(id: &str, kind: &K, required: bool) -> String {
    let value = serde_json::to_value(kind).unwrap();
    let kind = value.get("type").unwrap_or(&value).as_str().unwrap();
    format!("{id}:{kind}{}", if required { "*" } else { "" })
}

/// `describe`, plus `?field=value` when another field reveals it.
fn describe_field(f: &Field) -> String {
    let mut out = describe(&f.id, &f.kind, f.required);
    if let Some(c) = &f.visible_when {
        let value = match &c.equals {
            FieldValue::Bool(b) => b.to_string(),
            FieldValue::Number(n) => n.to_string(),
            FieldValue::Text(t) => t.clone(),
        };
        out.push_str(&format!("?{}={value}", c.field));
    }
    out
}

/// The sections as `id: field field … | id: …`.
fn shape(m: &Model) -> String {
    let fields = |fields: &[Field]| fields.iter().map(describe_field).collect::<Vec<_>>();
    let section =
        |s: &injixo_contract::Section| format!("{}: {}", s.id, fields(&s.fields).join(" "));
    m.sections
        .iter()
        .map(section)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn text(pairs: &[(&str, &str)]) -> BTreeMap<String, FieldValue> {
    let text = |(k, v): &(&str, &str)| (k.to_string(), FieldValue::Text(v.to_string()));
    pairs.iter().map(text).collect()
}

#[tokio::test]
async fn every_on_premise_model_is_in_its_tile_and_needs_a_linked_cloud_link() {
    let c = catalogue().await;
    let models = |tile: &str| -> Vec<String> {
        let models = &c.vendor(tile).unwrap().models;
        models.iter().map(|m| m.id.clone()).collect()
    };
    let genesys = models("genesys");
    assert_eq!(genesys, ["genesys-cloud", "genesys-engage", "inin-cic"]);
    assert_eq!(models("universal"), ["injixo-api", "database", "csv"]);
    let all = c.vendors.iter().flat_map(|v| &v.models);
    let on_premise: BTreeSet<&str> = all
        .filter(|m| m.delivery == Delivery::OnPremise)
        .map(|m| m.id.as_str())
        .collect();
    // CSV is on premise too, but its Cloud Link is optional (files uploaded by hand need
    // none): models.rs checks it.
    let needs_link: BTreeSet<&str> = ON_PREMISE.iter().map(|(m, _)| *m).collect();
    let expected: BTreeSet<&str> = needs_link.iter().copied().chain(["csv"]).collect();
    assert_eq!(on_premise, expected);

    let x64 = |os| Download {
        os,
        arch: Arch::X64,
    };
    let every = [Essential, Advanced, Enterprise, Classic];
    for (id, tile) in ON_PREMISE {
        let (vendor, m) = c.model(id).unwrap();
        assert_eq!(vendor.id, tile, "{id}");
        let spec = m.cloud_link.as_ref().expect("a Cloud Link section");
        assert!(spec.required, "{id}: saving needs a linked client");
        assert_eq!(spec.help_path, "install-cloud-link", "{id}");
        assert_eq!(spec.downloads, [x64(Os::Windows), x64(Os::Linux)], "{id}");
        let cisco = id == "cisco-icm";
        assert_eq!(spec.flavor == Flavor::Cisco, cisco, "{id}: its own build");
        let plans = if cisco { &every[1..3] } else { &every[..] };
        assert_eq!(m.plans, plans, "{id}");
    }
    // Single-model tiles go straight to *Add integration*.
    for tile in ["mitel", "sikom", "avaya-cms", "cisco-icm"] {
        assert!(!c.vendor(tile).unwrap().always_select_model, "{tile}");
    }
}

/// `model = section: field … | section: …` per model; `{db}` and `{agent}` stand for
/// the database server's fields and the agent status section several models share.
const VENDOR_MODELS: &str = "\
    inin-cic = configuration: time_zone:time_zone* acd_server_addresses:text* ;; \
    genesys-engage = database_credentials: database_adapter:select* {db} etl_database:text* \
        configuration_database:text*?database_adapter=sql_server | {agent} ;; \
    mitel = regional_settings: acd_time_zone:time_zone* | database_credentials: {db} | {agent} ;; \
    sikom = database_credentials: database_time_zone:time_zone* {db} | {agent} ;; \
    avaya-cms = configuration: connection_string:secret* database_time_zone:time_zone* \
        call_grouping:select* import_detailed_agent_statuses:checkbox \
        import_realtime_data:checkbox rta_port:number*?import_realtime_data=true ;; \
    cisco-icm = configuration: connection_string:secret* database_time_zone:time_zone* \
        client_id:text* client_password:secret* peripheral_gateway_1:text* \
        peripheral_gateway_2:text";

#[tokio::test]
async fn the_vendor_models_have_their_articles_fields() {
    let c = catalogue().await;
    let models = VENDOR_MODELS
        .split(" ;; ")
        .map(|m| m.split_once(" = ").expect("id = …"));
    for (id, want) in models {
        let db = "host:text* port:number* username:text* password:secret*";
        let agent = "configuration: import_agent_status:checkbox";
        let want = want.trim().replace("{db}", db).replace("{agent}", agent);
        assert_eq!(shape(c.model(id.trim()).unwrap().1), want, "{id}");
    }
    // Every port is a TCP port; the grouping and the adapter offer the product's two.
    for (_, m) in ON_PREMISE.iter().map(|(id, _)| c.model(id).unwrap()) {
        for f in m.fields().filter(|f| f.id.ends_with("port")) {
            let tcp = FieldKind::Number { min: 1, max: 65535 };
            assert_eq!(f.kind, tcp, "{}.{}", m.id, f.id);
        }
    }
    let options = |model: &str, field: &str| -> Vec<String> {
        match &c.model(model).unwrap().1.field(field).unwrap().kind {
            FieldKind::Select { options } => options.iter().map(|o| o.value.clone()).collect(),
            other => panic!("{model}.{field}: {other:?}"),
        }
    };
    assert_eq!(options("avaya-cms", "call_grouping"), ["vdn", "split"]);
    let adapters = options("genesys-engage", "database_adapter");
    assert_eq!(adapters, ["sql_server", "postgres"]);
    let types = options("database", "database_type");
    assert_eq!(types, ["mssql", "mysql", "postgresql", "odbc"]);
    assert_eq!(options("database", "interval_length"), ["15", "30"]);
}

/// The Database model's fields that every type shows.
const ALWAYS: [&str; 4] = [
    "database_type",
    "import_data_type",
    "database_time_zone",
    "sql_query",
];

#[tokio::test]
async fn the_database_form_asks_per_type_what_the_article_lists() {
    let c = catalogue().await;
    let (_, db) = c.model("database").unwrap();
    let t: Vec<_> = db.sections.iter().map(|s| s.title_id.as_str()).collect();
    assert_eq!(
        t,
        ["setup-section-credentials", "setup-section-configuration"]
    );
    // The fields shown for a database type and a type of import data, beyond the
    // four that are always there.
    let shown = |kind: &str, data: &str| -> String {
        let settings = text(&[("database_type", kind), ("import_data_type", data)]);
        let fields = db.fields().filter(|f| f.visible(&settings));
        let fields = fields.filter(|f| !ALWAYS.contains(&f.id.as_str()));
        let star = |f: &Field| if f.required { "*" } else { "" };
        let fields: Vec<_> = fields.map(|f| format!("{}{}", f.id, star(f))).collect();
        fields.join(" ")
    };
    // The three server types have their own fields (`mysql_host`, …); a named MS SQL
    // Server instance has no port.
    let server = |t: &str, port: &str| {
        format!("{t}_database_name* {t}_host* {t}_port{port} {t}_username* {t}_password*")
    };
    assert_eq!(shown("mssql", "contact_based"), server("mssql", ""));
    assert_eq!(shown("mysql", "contact_based"), server("mysql", "*"));
    let postgresql = server("postgresql", "*");
    assert_eq!(shown("postgresql", "contact_based"), postgresql);
    assert_eq!(shown("odbc", "contact_based"), "connection_string*");
    let port_help = db.field("mssql_port").unwrap().help_id.as_deref();
    assert_eq!(port_help, Some("setup-field-database-mssql-port-help"));
    let string = &db.field("connection_string").unwrap().kind;
    assert!(
        matches!(string, FieldKind::Secret { .. }),
        "it has the password"
    );

    let odbc = |data: &str| shown("odbc", data).replace("connection_string* ", "");
    assert_eq!(odbc("interval_based"), "interval_length*");
    assert_eq!(
        odbc("agent_status"),
        "import_realtime_data data_reconciliation"
    );
}

#[tokio::test]
async fn the_database_query_needs_the_article_columns_per_type_of_import_data() {
    let c = catalogue().await;
    let query = c.model("database").unwrap().1.field("sql_query").unwrap();
    let FieldKind::Query { max_len, .. } = &query.kind else {
        panic!("a Query field");
    };
    assert_eq!(*max_len, 20_000);
    let queue = "queueidentifier:text* queuename:text* timestamp:timestamp*";
    let contact = format!("{queue} answered:integer* duration:integer channel:text");
    let interval = "offered:integer* answered:integer* handlingtime:integer* channel:text";
    let agent = "agentidentifier:text* starttime:timestamp* endtime:timestamp activity:text*";
    let cases = [
        ("contact_based", contact),
        ("interval_based", format!("{queue} {interval}")),
        ("agent_status", agent.to_string()),
    ];
    for (data, want) in cases {
        let settings = text(&[("import_data_type", data)]);
        let columns = query.kind.query_columns(&settings).expect("columns");
        let got: Vec<_> = columns
            .iter()
            .map(|c| describe(&c.name, &c.kind, c.required))
            .collect();
        assert_eq!(got.join(" "), want, "{data}");
    }
    let none = query.kind.query_columns(&BTreeMap::new());
    assert_eq!(none, None, "no type of import data chosen yet");
}

/// Message ids defined in `locales/en`.
fn english_ids() -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let defined = text.lines().filter_map(|l| l.split_once(" ="));
        ids.extend(defined.map(|(id, _)| id.to_string()));
    }
    ids
}

#[tokio::test]
async fn every_message_the_on_premise_models_name_is_in_english() {
    let c = catalogue().await;
    let mut used = BTreeSet::new();
    for (id, tile) in ON_PREMISE {
        used.insert(c.vendor(tile).unwrap().description_id.clone());
        let m = c.model(id).unwrap().1;
        used.insert(m.description_id.clone());
        for s in &m.sections {
            used.insert(s.title_id.clone());
            used.extend(s.help_id.clone());
        }
        for f in m.fields() {
            used.insert(f.label_id.clone());
            used.extend(f.help_id.clone());
            used.extend(f.error_ids.values().cloned());
            match &f.kind {
                FieldKind::Select { options } => {
                    used.extend(options.iter().map(|o| o.label_id.clone()))
                }
                FieldKind::Query { columns, .. } => {
                    let columns = columns.iter().flat_map(|s| &s.columns);
                    used.extend(columns.map(|c| c.help_id.clone()))
                }
                _ => {}
            }
        }
    }
    let defined = english_ids();
    let missing: Vec<_> = used.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(missing.is_empty(), "not in locales/en: {missing:?}");
}
