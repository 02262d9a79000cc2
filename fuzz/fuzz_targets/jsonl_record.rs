//! One JSONL input line: the record reader and its `dct` parser.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let line = String::from_utf8_lossy(data);
    if let Ok(record) = newsline_parse::jsonl::parse_record(&line, 1) {
        if let Some(dct) = record.dct.as_deref() {
            let _ = newsline_parse::jsonl::parse_dct(dct);
        }
    }
});
