use super::*;
use injixo_csv::{
    AhtFormat, Channel, ChannelSource, DateTimeColumns, FixedOffsets, Layout, Mapping, Schema,
    Separator, Table,
};

/// The help center's interval-based example: `Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT`.
pub(super) fn interval_example() -> Values {
    let mut v = Values::new(DataType::ContactData);
    v.time_zone = "UTC".into();
    for (c, name) in [
        (Col::Queue, "Queue"),
        (Col::Date, "Date"),
        (Col::Time, "Time"),
        (Col::Offered, "IncomingCalls"),
        (Col::Handled, "AnsweredCalls"),
        (Col::Aht, "AHT"),
    ] {
        v.columns.insert(c, name.into());
    }
    v.formats.insert(Col::Date, "DD/MM/YYYY".into());
    v.formats.insert(Col::Time, "hh:mm".into());
    v
}

#[test]
fn the_articles_interval_example_becomes_the_documented_schema() {
    let (schema, sql) = interval_example().to_schema();
    assert_eq!(sql, None);
    assert_eq!(schema.read.separator, Separator::Semicolon);
    let Mapping::ContactData(m) = &schema.mapping else {
        panic!("contact data")
    };
    assert_eq!(
        m.layout,
        Layout::IntervalBased {
            interval_minutes: 15
        }
    );
    assert_eq!(m.queue.as_deref(), Some("Queue"));
    assert_eq!(m.aht.as_deref(), Some("AHT"));
    assert_eq!(m.aht_format, AhtFormat::Seconds);
    assert_eq!(m.duration, None);
    assert_eq!(m.channel, Some(ChannelSource::Fixed(Channel::Calls)));
    assert!(schema.validate(&FixedOffsets).is_ok());
    // And it reads the article's file.
    let file =
        "Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\nSales;13/01/2022;09:15;12;10;300\n";
    let analysis = Table::read(file, &schema.read)
        .analyze(&schema, FixedOffsets, 10)
        .unwrap();
    assert_eq!(analysis.imported_lines, 1);
}

#[test]
fn a_saved_schema_opens_as_it_was_saved() {
    let mut cases = vec![interval_example()];
    let mut contact = interval_example();
    contact.layout = "contact_based".into();
    contact.columns.remove(&Col::Aht);
    contact.columns.insert(Col::Duration, "Duration".into());
    contact.one_column = true;
    contact.columns.insert(Col::Timestamp, "Start".into());
    contact
        .formats
        .insert(Col::Timestamp, "D/M,YY h:m:s".into());
    contact.channel.clear();
    contact.columns.insert(Col::Channel, "Medium".into());
    contact.missing_values = "fill_with_zero".into();
    contact.skip_first = true;
    contact.skip_first_rows = "2".into();
    contact.skip_containing = true;
    contact.skip_strings = vec!["Total".into(), "Sum".into()];
    cases.push(contact);
    let mut agents = Values::new(DataType::AgentStatus);
    agents.time_zone = "Europe/Berlin".into();
    for (c, name) in [
        (Col::Agent, "AgentID"),
        (Col::Activity, "AgentActivityID"),
        (Col::StartDate, "StartDate"),
        (Col::StartTime, "StartTime"),
        (Col::EndDate, "EndDate"),
        (Col::EndTime, "EndTime"),
    ] {
        agents.columns.insert(c, name.into());
    }
    agents.formats.insert(Col::StartDate, "YYYY-MM-DD".into());
    agents.formats.insert(Col::StartTime, "hh:mm:ss".into());
    // A format not in the list opens with the gear (typed).
    agents.formats.insert(Col::EndDate, "DDMMYYYY".into());
    agents.custom.insert(Col::EndDate);
    agents.formats.insert(Col::EndTime, "hh:mm:ss".into());
    cases.push(agents);
    for v in cases {
        let (schema, sql) = v.to_schema();
        let back = Values::from_schema(&schema, sql.as_deref(), v.data_type);
        assert_eq!(back.to_schema(), (schema, sql));
        assert_eq!(back.custom, v.custom, "{:?}", v.data_type);
    }
}

#[test]
fn the_sql_mapping_keeps_only_type_and_layout_and_replaces_the_columns() {
    let mut v = interval_example();
    v.use_sql = true;
    v.sql = "SELECT queue, timestamp FROM uploaded_file".into();
    let (schema, sql) = v.to_schema();
    assert_eq!(sql.as_deref(), Some(v.sql.as_str()));
    let Mapping::ContactData(m) = &schema.mapping else {
        panic!()
    };
    assert_eq!(
        m.layout,
        Layout::IntervalBased {
            interval_minutes: 15
        }
    );
    assert_eq!((m.queue.as_ref(), m.channel.as_ref()), (None, None));
    let back = Values::from_schema(&schema, sql.as_deref(), DataType::ContactData);
    assert!(back.use_sql);
    assert!(back.columns.is_empty(), "an overwritten mapping is gone");
    // Agent status has no SQL mapping.
    let mut agents = Values::new(DataType::AgentStatus);
    agents.use_sql = true;
    assert_eq!(agents.to_schema().1, None);
}

#[test]
fn a_schema_of_another_type_keeps_only_how_the_file_is_read() {
    let (schema, _) = interval_example().to_schema();
    let v = Values::from_schema(&schema, None, DataType::AgentStatus);
    assert_eq!(v.separator, "semicolon");
    assert_eq!(v.time_zone, "UTC");
    assert!(v.columns.is_empty());
    assert!(matches!(v.to_schema().0.mapping, Mapping::AgentStatus(_)));
}

#[test]
fn the_fields_follow_type_layout_and_one_column() {
    let mut v = interval_example();
    assert_eq!(
        v.shown(),
        [
            Col::Queue,
            Col::Date,
            Col::Time,
            Col::Offered,
            Col::Handled,
            Col::Aht,
            Col::Channel
        ]
    );
    v.layout = "contact_based".into();
    v.one_column = true;
    assert_eq!(
        v.shown(),
        [
            Col::Queue,
            Col::Timestamp,
            Col::Offered,
            Col::Handled,
            Col::Duration,
            Col::Channel
        ]
    );
    // Values of hidden fields stay, but are not sent.
    let Mapping::ContactData(m) = v.to_schema().0.mapping else {
        panic!()
    };
    assert_eq!((m.aht, m.duration), (None, None));
    assert!(matches!(m.date_time, DateTimeColumns::Combined { .. }));
    let agents = Values::new(DataType::AgentStatus);
    assert_eq!(agents.shown().len(), 6);
}

#[test]
fn skip_first_rows_must_be_a_whole_number() {
    let mut v = Values::new(DataType::ContactData);
    v.skip_first_rows = "abc".into();
    assert_eq!(v.skip_first_count(), Some(0), "not ticked: not read");
    v.skip_first = true;
    assert_eq!(v.skip_first_count(), None);
    assert_eq!(v.read_options().preprocessing.skip_first_rows, 0);
    for bad in ["0", "-1", "1.5", ""] {
        v.skip_first_rows = bad.into();
        assert_eq!(v.skip_first_count(), None, "{bad}");
    }
    v.skip_first_rows = " 3 ".into();
    assert_eq!(v.read_options().preprocessing.skip_first_rows, 3);
    v.skip_containing = true;
    v.skip_strings = vec!["Total".into(), String::new()];
    assert_eq!(
        v.read_options().preprocessing.skip_rows_containing,
        ["Total"]
    );
}

#[test]
fn every_field_names_its_engine_field_and_back() {
    for c in Col::ALL {
        assert_eq!(Col::of_field(c.field()), c);
    }
    assert_eq!(
        DataType::from_setting("agent_status"),
        Some(DataType::AgentStatus)
    );
    assert_eq!(DataType::from_setting(""), None);
    let (s, _) = Values::new(DataType::AgentStatus).to_schema();
    let _: &Schema = &s;
    assert_eq!(DataType::of(&s), DataType::AgentStatus);
}
