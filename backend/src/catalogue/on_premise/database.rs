//! Database (Universal Interfaces tile): Cloud Link runs the customer's own SQL
//! query against their database every 15 minutes. One type of import data per
//! integration; the query must return the article's columns for that type.
//!
//! The article asks for different credentials per database type: name, host, port,
//! user and password for MS SQL Server, MySQL and PostgreSQL, and only a connection
//! string for Other (ODBC). A field's condition is one value of another field, so
//! each of the three types has its own five fields (`mssql_host`, `mysql_host`, …):
//! that also lets the MS SQL Server port be optional, with the named-instance hint,
//! while MySQL and PostgreSQL need theirs.

use super::super::{checkbox, section, select, text, time_zone, EVERY_PLAN};
use super::{connection_string, host, on_premise, optional, password, port, shown_for, username};
use injixo_contract::{
    ColumnKind, ColumnSet, Condition, Feature, Field, FieldKind, FieldValue, Model, QueryColumn,
};

/// The field with the database type and its values.
const DATABASE_TYPE: &str = "database_type";
const MSSQL: &str = "mssql";
const MYSQL: &str = "mysql";
const POSTGRESQL: &str = "postgresql";
const ODBC: &str = "odbc";

/// The field with the type of import data and its values.
const IMPORT_DATA_TYPE: &str = "import_data_type";
const CONTACT_BASED: &str = "contact_based";
const INTERVAL_BASED: &str = "interval_based";
const AGENT_STATUS: &str = "agent_status";

/// The longest query accepted.
const QUERY_MAX_LEN: u32 = 20_000;

/// The model `universal.rs` adds after the injixo API.
pub fn model() -> Model {
    Model {
        // The channels a contact row may name ("calls, chats, emails, social_media,
        // documents, cases"; cases have no badge of their own) and agent statuses.
        features: vec![
            Feature::CallHistory,
            Feature::ChatHistory,
            Feature::EmailHistory,
            Feature::SocialMediaHistory,
            Feature::DocumentHistory,
            Feature::AgentStatus,
        ],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            section(
                "credentials",
                "setup-section-credentials",
                [vec![database_type()], credentials(), vec![odbc()]].concat(),
            ),
            section(
                "configuration",
                "setup-section-configuration",
                configuration(),
            ),
        ],
        ..on_premise(
            "database",
            "Database",
            "catalogue-model-database-description",
            "add-database-integration",
        )
    }
}

fn database_type() -> Field {
    select(
        DATABASE_TYPE,
        "setup-field-database-type",
        None,
        &[
            (MSSQL, "setup-option-on-premise-ms-sql-server"),
            (MYSQL, "setup-option-database-mysql"),
            (POSTGRESQL, "setup-option-on-premise-postgresql"),
            (ODBC, "setup-option-database-odbc"),
        ],
    )
}

/// Database name, host, port, username and password of each of the three types.
fn credentials() -> Vec<Field> {
    let per_type = |kind: &str, ids: [&str; 5], port_field: Field| {
        [
            text(ids[0], "setup-field-database-name", None, 128),
            host(ids[1]),
            port_field,
            username(ids[3], "setup-field-database-username", None),
            password(ids[4]),
        ]
        .into_iter()
        .map(move |f| shown_for(f, DATABASE_TYPE, kind))
        .collect::<Vec<_>>()
    };
    let mssql_ids = [
        "mssql_database_name",
        "mssql_host",
        "mssql_port",
        "mssql_username",
        "mssql_password",
    ];
    let mysql_ids = [
        "mysql_database_name",
        "mysql_host",
        "mysql_port",
        "mysql_username",
        "mysql_password",
    ];
    let postgresql_ids = [
        "postgresql_database_name",
        "postgresql_host",
        "postgresql_port",
        "postgresql_username",
        "postgresql_password",
    ];
    // "If you use a named instance on an MS SQL Server connection, do not enter a
    // port": optional there, with the hint as its help.
    let mssql_port = optional(port(
        mssql_ids[2],
        Some("setup-field-database-mssql-port-help"),
    ));
    [
        per_type(MSSQL, mssql_ids, mssql_port),
        per_type(MYSQL, mysql_ids, port(mysql_ids[2], None)),
        per_type(POSTGRESQL, postgresql_ids, port(postgresql_ids[2], None)),
    ]
    .concat()
}

/// Other (ODBC): the connection string alone.
fn odbc() -> Field {
    shown_for(
        connection_string(
            "connection_string",
            "setup-field-database-connection-string-help",
        ),
        DATABASE_TYPE,
        ODBC,
    )
}

fn configuration() -> Vec<Field> {
    vec![
        select(
            IMPORT_DATA_TYPE,
            "setup-field-database-import-data-type",
            Some("setup-field-database-import-data-type-help"),
            &[
                (CONTACT_BASED, "setup-option-database-contact-based"),
                (INTERVAL_BASED, "setup-option-database-interval-based"),
                (AGENT_STATUS, "setup-option-database-agent-status"),
            ],
        ),
        // "aggregated into intervals of 15 or 30 minutes (set as Interval length)"
        shown_for(
            select(
                "interval_length",
                "setup-field-database-interval-length",
                Some("setup-field-database-interval-length-help"),
                &[
                    ("15", "setup-option-database-interval-15"),
                    ("30", "setup-option-database-interval-30"),
                ],
            ),
            IMPORT_DATA_TYPE,
            INTERVAL_BASED,
        ),
        // The two checkboxes of agent status data. The article says Data
        // reconciliation is checked by default; the catalogue has no defaults, so
        // it starts unchecked and its help recommends it (open question).
        // *Import data in real time* is for Advanced and Enterprise only, which
        // its help says: a field cannot depend on the plan. The product also has an
        // *SQL clause for RTA interval* that no article names; not built (open
        // question for the lead).
        shown_for(
            checkbox(
                "import_realtime_data",
                "setup-field-database-import-realtime-data",
                Some("setup-field-database-import-realtime-data-help"),
            ),
            IMPORT_DATA_TYPE,
            AGENT_STATUS,
        ),
        shown_for(
            checkbox(
                "data_reconciliation",
                "setup-field-database-data-reconciliation",
                Some("setup-field-database-data-reconciliation-help"),
            ),
            IMPORT_DATA_TYPE,
            AGENT_STATUS,
        ),
        time_zone(
            "database_time_zone",
            "setup-field-database-time-zone",
            Some("setup-field-database-time-zone-help"),
        ),
        super::super::field(
            "sql_query",
            "setup-field-database-sql-query",
            Some("setup-field-database-sql-query-help"),
            FieldKind::Query {
                max_len: QUERY_MAX_LEN,
                columns: column_sets(),
            },
        ),
    ]
}

/// One set of columns per type of import data: the article's "Column details"
/// (English, June 2024). The older Dutch, French and Spanish articles list a
/// required `offered` column for contact-based data and make `duration` required;
/// the current English, German and Italian ones drop `offered` and make `duration`
/// optional, which is followed here.
fn column_sets() -> Vec<ColumnSet> {
    use ColumnKind::{Integer, Text, Timestamp};
    let when = |value: &str| {
        Some(Condition {
            field: IMPORT_DATA_TYPE.into(),
            equals: FieldValue::Text(value.into()),
        })
    };
    vec![
        ColumnSet {
            when: when(CONTACT_BASED),
            columns: vec![
                column(
                    "queueidentifier",
                    Text,
                    true,
                    "setup-column-database-queueidentifier",
                ),
                column("queuename", Text, true, "setup-column-database-queuename"),
                column(
                    "timestamp",
                    Timestamp,
                    true,
                    "setup-column-database-timestamp",
                ),
                column(
                    "answered",
                    Integer,
                    true,
                    "setup-column-database-contact-answered",
                ),
                column("duration", Integer, false, "setup-column-database-duration"),
                column("channel", Text, false, "setup-column-database-channel"),
            ],
        },
        ColumnSet {
            when: when(INTERVAL_BASED),
            columns: vec![
                column(
                    "queueidentifier",
                    Text,
                    true,
                    "setup-column-database-queueidentifier",
                ),
                column("queuename", Text, true, "setup-column-database-queuename"),
                column(
                    "timestamp",
                    Timestamp,
                    true,
                    "setup-column-database-timestamp",
                ),
                column("offered", Integer, true, "setup-column-database-offered"),
                column(
                    "answered",
                    Integer,
                    true,
                    "setup-column-database-interval-answered",
                ),
                column(
                    "handlingtime",
                    Integer,
                    true,
                    "setup-column-database-handlingtime",
                ),
                column("channel", Text, false, "setup-column-database-channel"),
            ],
        },
        ColumnSet {
            when: when(AGENT_STATUS),
            columns: vec![
                column(
                    "agentidentifier",
                    Text,
                    true,
                    "setup-column-database-agentidentifier",
                ),
                column(
                    "starttime",
                    Timestamp,
                    true,
                    "setup-column-database-starttime",
                ),
                column("endtime", Timestamp, false, "setup-column-database-endtime"),
                column("activity", Text, true, "setup-column-database-activity"),
            ],
        },
    ]
}

fn column(name: &str, kind: ColumnKind, required: bool, help_id: &str) -> QueryColumn {
    QueryColumn {
        name: name.into(),
        kind,
        required,
        help_id: help_id.into(),
    }
}
