//! HTML page reader on arbitrary bytes: never panics, every block lies on char
//! boundaries of the extracted text, and every offset-map run lies inside both the
//! text and the page (for invalid UTF-8, inside the lossy decoding the offsets are
//! documented to refer to).
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
    let page = String::from_utf8_lossy(data);
    for run in &ex.offset_map {
        let text = ex.text.as_bytes().get(run.text_start..run.text_start + run.len);
        let source = page.as_bytes().get(run.source_start..run.source_start + run.len);
        assert!(text.is_some(), "offset run outside the text");
        assert!(source.is_some(), "offset run outside the input");
    }
});
