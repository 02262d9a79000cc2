//! The compact JSON writer is byte for byte what `serde_json::to_string` writes:
//! for every fixture through the real stages, a document with every field set,
//! merged timelines and error records.

mod common;

use newsline_model::{Document, ErrorInfo, ErrorRecord};
use newsline_output::{Format, render, render_error, render_merged, render_terminated};

fn assert_line_is_serde_jsons(doc: &Document) {
    let line = render(doc, Format::Jsonl).unwrap();
    assert!(
        line == serde_json::to_string(doc).unwrap(),
        "the JSONL line of {} differs from serde_json's",
        doc.id
    );
    assert_eq!(render_terminated(doc, Format::Jsonl).unwrap(), line + "\n");
}

#[test]
fn every_fixture_line_is_what_serde_json_writes() {
    let docs = common::all();
    assert!(docs.len() >= 13);
    for doc in &docs {
        assert_line_is_serde_jsons(doc);
    }
    let merged = newsline_time::merge_timelines(&docs);
    assert!(
        render_merged(&merged, &docs, Format::Jsonl).unwrap()
            == serde_json::to_string(&merged).unwrap()
    );
}

#[test]
fn every_field_of_the_model_is_written_as_serde_json_writes_it() {
    assert_line_is_serde_jsons(&common::full::full_document());
    assert_line_is_serde_jsons(&Document::new("empty", ""));
    assert_line_is_serde_jsons(&Document::new(
        "controls",
        "\u{0}\u{1f}\"quoted\"\\ \t tab\r\n\u{2028} \u{7f} é 日本",
    ));
}

#[test]
fn error_records_are_written_as_serde_json_writes_them() {
    for (input, line) in [(None, None), (Some("dir/\"odd\"\nname.txt"), Some(7))] {
        let record = ErrorRecord::new(
            "id\twith tab",
            ErrorInfo {
                code: "input/empty".into(),
                message: "empty \u{1}".into(),
                input: input.map(Into::into),
                line,
            },
        );
        assert_eq!(
            render_error(&record),
            serde_json::to_string(&record).unwrap()
        );
    }
}

#[test]
fn other_formats_end_in_one_newline_when_terminated() {
    let doc = Document::new("a", "Kim met Putin on Monday.");
    for format in Format::ALL {
        let rendered = render(&doc, format).unwrap();
        let terminated = render_terminated(&doc, format).unwrap();
        let expected = if rendered.ends_with('\n') {
            rendered
        } else {
            rendered + "\n"
        };
        assert_eq!(terminated, expected, "{format}");
    }
}
