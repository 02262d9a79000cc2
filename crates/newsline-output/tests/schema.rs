//! The published JSON Schema (`schema/newsline-1.schema.json`) describes what the
//! writers emit: documents with every optional field set, real fixtures through
//! the stages, error records and merged timelines all validate, and the schema
//! is strict enough to reject what the model would never write.

mod common;

use common::full::{dt, full_document};
use newsline_model::merged::{EventRef, MergedEntry, MergedTimeline};
use newsline_model::{Document, ErrorInfo, ErrorRecord, Granularity, Interval};
use newsline_output::{Format, SCHEMA_JSON, render, render_error, render_merged};
use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA_JSON).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

fn assert_valid(v: &jsonschema::Validator, json: &str, what: &str) {
    let value: Value = serde_json::from_str(json).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match the schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn a_document_with_every_field_validates() {
    let v = validator();
    let doc = full_document();
    for format in [Format::Json, Format::Jsonl] {
        assert_valid(&v, &render(&doc, format).unwrap(), "the full document");
    }
    // And the bare minimum.
    assert_valid(
        &v,
        &render(&Document::new("empty", ""), Format::Json).unwrap(),
        "an empty document",
    );
}

#[test]
fn every_fixture_through_the_stages_validates() {
    let v = validator();
    let docs = common::all();
    assert!(docs.len() >= 13);
    for doc in &docs {
        assert_valid(&v, &render(doc, Format::Jsonl).unwrap(), &doc.id);
    }
    let merged = newsline_time::merge_timelines(&docs);
    assert_valid(
        &v,
        &render_merged(&merged, &docs, Format::Json).unwrap(),
        "the merged timeline",
    );
}

#[test]
fn error_records_and_merged_timelines_validate() {
    let v = validator();
    let rec = ErrorRecord::new(
        "x",
        ErrorInfo {
            code: "input/empty".into(),
            message: "empty".into(),
            input: Some("-".into()),
            line: Some(4),
        },
    );
    assert_valid(&v, &render_error(&rec), "an error record");
    let merged = MergedTimeline {
        docs: vec!["a".into(), "b".into()],
        entries: vec![MergedEntry {
            id: "m1".into(),
            value: "1998-08-07".into(),
            interval: Some(Interval {
                start: dt(1998, 8, 7),
                end: dt(1998, 8, 8),
            }),
            granularity: Some(Granularity::Day),
            vague: Some(true),
            docs: vec!["a".into(), "b".into()],
            events: vec![
                EventRef {
                    doc: "a".into(),
                    event: "v1".into(),
                },
                EventRef {
                    doc: "b".into(),
                    event: "v3".into(),
                },
            ],
        }],
        ..MergedTimeline::default()
    };
    assert_valid(
        &v,
        &render_merged(&merged, &[], Format::Json).unwrap(),
        "a merged timeline",
    );
}

#[test]
fn the_schema_rejects_what_the_model_never_writes() {
    let v = validator();
    let good: Value =
        serde_json::from_str(&render(&full_document(), Format::Json).unwrap()).unwrap();
    let mut unknown_field = good.clone();
    unknown_field["events"][0]["confidence"] = Value::from(0.5);
    assert!(!v.is_valid(&unknown_field));
    let mut bad_enum = good.clone();
    bad_enum["timexes"][0]["type"] = Value::from("INSTANT");
    assert!(!v.is_valid(&bad_enum));
    let mut bad_span = good.clone();
    bad_span["sentences"][0]["span"]["start"] = Value::from(-1);
    assert!(!v.is_valid(&bad_span));
    let mut wrong_schema = good;
    wrong_schema["schema"] = Value::from("newsline/2");
    assert!(!v.is_valid(&wrong_schema));
}

/// The schema's holiday names and the model's `Holiday` are one list: every
/// name the schema allows is one the model reads, and holidays the grammar
/// learned late (the Easter-relative days) are written as names the schema
/// allows.
#[test]
fn holiday_names_agree_with_the_model() {
    let schema: Value = serde_json::from_str(SCHEMA_JSON).unwrap();
    let names = schema["$defs"]["Holiday"]["enum"]
        .as_array()
        .expect("the schema lists the holidays");
    for name in names {
        assert!(
            serde_json::from_value::<newsline_model::reading::Holiday>(name.clone()).is_ok(),
            "the schema allows {name}, which the model does not know"
        );
    }
    let mut doc = Document::new(
        "holidays",
        "Services were held on Ash Wednesday and on Holy Saturday. \
         The parade falls on Ascension Day, and the procession on the feast of Corpus Christi.",
    );
    doc.document.dct = Some(newsline_model::Dct::new(
        chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap(),
        None,
        newsline_model::DctSource::Record,
    ));
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    let holidays = doc
        .timexes
        .iter()
        .filter(|t| {
            matches!(
                t.reading,
                Some(newsline_model::TimexReading::Holiday { .. })
            )
        })
        .count();
    assert_eq!(holidays, 4, "{:#?}", doc.timexes);
    assert_valid(
        &validator(),
        &render(&doc, Format::Json).unwrap(),
        "the holidays",
    );
}
