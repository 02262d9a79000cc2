//! HTML page reader on arbitrary bytes: never panics, every block lies on char
//! boundaries of the extracted text, and every offset-map run copies its bytes
//! verbatim from the input (the promise that lets users map spans back to HTML).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ex = newsline_parse::html::extract(data, Some("https://example.invalid/a"));
    for block in &ex.blocks {
        assert!(
            block.span.slice(&ex.text).is_some(),
            "block span off a char boundary"
        );
    }
    for run in &ex.offset_map {
        let text = ex.text.as_bytes().get(run.text_start..run.text_start + run.len);
        let source = data.get(run.source_start..run.source_start + run.len);
        assert!(text.is_some(), "offset run outside the text");
        assert!(source.is_some(), "offset run outside the input");
    }
});
