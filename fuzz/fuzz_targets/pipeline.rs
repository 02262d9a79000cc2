//! The whole facade on arbitrary bytes: decode, every stage, and the JSONL line path.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsline::Options;
use newsline::model::{Document, Source};

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    if let Ok(doc) = newsline::process_bytes("fuzz", data, Source::default(), None, &options) {
        check(&doc);
    }
    if let Ok(line) = std::str::from_utf8(data) {
        let _ = newsline::process_jsonl_line(line, 1, None, &options);
    }
});

/// Invariants any output must hold, whatever the stages decided.
fn check(doc: &Document) {
    let text = &doc.text;
    for t in &doc.timexes {
        assert_eq!(
            t.span.slice(text),
            Some(t.text.as_str()),
            "timex text differs from its span"
        );
    }
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(
                m.span.slice(text),
                Some(m.text.as_str()),
                "mention text differs from its span"
            );
        }
    }
    for q in &doc.quotes {
        assert_eq!(
            q.span.slice(text),
            Some(q.text.as_str()),
            "quote text differs from its span"
        );
    }
    let json = serde_json::to_string(doc).unwrap_or_default();
    let back: Result<Document, _> = serde_json::from_str(&json);
    assert!(
        matches!(back, Ok(ref b) if b == doc),
        "document JSON does not round-trip"
    );
}
