//! Time-expression grammar and normalization on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsline_model::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut doc = Document::new("fuzz", text.as_ref());
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    for t in &doc.timexes {
        assert_eq!(
            t.span.slice(&doc.text),
            Some(t.text.as_str()),
            "timex text differs from its span"
        );
    }
});
