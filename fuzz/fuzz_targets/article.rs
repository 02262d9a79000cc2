//! Article structure on arbitrary text: never panics, and the blocks tile the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsline_model::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut doc = Document::new("fuzz", text.as_ref());
    newsline_parse::parse_article(&mut doc);
    // Checking the invariants here turns a silent wrong span into a crash the fuzzer keeps.
    let mut last_end = 0;
    for block in &doc.blocks {
        assert!(block.span.start >= last_end, "blocks out of order");
        assert!(
            block.span.slice(&doc.text).is_some(),
            "block span off a char boundary"
        );
        last_end = block.span.end;
    }
    for sentence in &doc.sentences {
        assert!(
            sentence.span.slice(&doc.text).is_some(),
            "sentence span off a char boundary"
        );
    }
});
