//! The WARC/WET record reader on an arbitrary byte stream.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small payload limit exercises the skip-oversized path too.
    let records = newsline::warc::Records::new(std::io::Cursor::new(data), 4096);
    for record in records.take(1000) {
        let _ = record;
    }
});
