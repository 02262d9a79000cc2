//! The seed article: every required gold timex is found with its value.

use newsline_model::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expect {
    text: String,
    byte_start: usize,
    byte_end: usize,
    #[serde(rename = "type")]
    ty: String,
    value: String,
    #[serde(default)]
    accept: Vec<String>,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    function: Option<String>,
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed_doc() -> Document {
    let text = std::fs::read_to_string(root().join("fixtures/articles/000_rfa_seed.txt")).unwrap();
    let mut doc = Document::new("000_rfa_seed", text);
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    doc
}

#[test]
fn seed_required_timexes_have_their_values() {
    let raw = std::fs::read_to_string(root().join("fixtures/eval/seed-timex.json")).unwrap();
    let expected: Vec<Expect> = serde_json::from_str(&raw).unwrap();
    let doc = seed_doc();
    let dct = doc.document.dct.as_ref().expect("seed has a DCT");
    assert_eq!(dct.value, "2023-09-11T14:42");
    let mut failures = Vec::new();
    let mut required = 0;
    for e in expected.iter().filter(|e| !e.optional) {
        required += 1;
        let found = doc
            .timexes
            .iter()
            .find(|t| t.span.start == e.byte_start && t.span.end == e.byte_end);
        match found {
            Some(t) => {
                assert_eq!(t.text, e.text);
                let ty = format!("{:?}", t.timex_type).to_uppercase();
                let ok = t.value == e.value || e.accept.contains(&t.value);
                if !ok || ty != e.ty {
                    failures.push(format!(
                        "{:?}: got {ty} {}, want {} {}",
                        e.text, t.value, e.ty, e.value
                    ));
                }
                if e.function.is_some() {
                    assert_eq!(t.function, e.function, "{:?}", e.text);
                }
            }
            None => failures.push(format!("{:?} at {} not found", e.text, e.byte_start)),
        }
    }
    assert_eq!(required, 19, "18 required timexes plus the timestamp");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn seed_has_no_unexpected_time_expressions() {
    // Whatever is found beyond the gold should stay small; the list is printed on failure.
    let raw = std::fs::read_to_string(root().join("fixtures/eval/seed-timex.json")).unwrap();
    let expected: Vec<Expect> = serde_json::from_str(&raw).unwrap();
    let doc = seed_doc();
    let extra: Vec<_> = doc
        .timexes
        .iter()
        .filter(|t| {
            !expected
                .iter()
                .any(|e| t.span.start < e.byte_end && e.byte_start < t.span.end)
        })
        .map(|t| (t.text.clone(), t.value.clone()))
        .collect();
    assert!(extra.len() <= 3, "{extra:#?}");
}
