//! Replays every input a fuzz target once choked on (fixtures/regressions/<target>-<n>.bin)
//! through the same code path as that target: each must now return normally.

use newsline::model::{Document, Source};

#[test]
fn every_regression_input_returns() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/regressions");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let target = name.rsplit_once('-').map(|(t, _)| t).unwrap_or("pipeline");
        let text = String::from_utf8_lossy(&bytes);
        match target {
            "article" | "timex" => {
                let doc: Document =
                    newsline::process_text("regression", &text, &newsline::Options::default());
                assert_eq!(doc.text, text);
            }
            "jsonl_record" => {
                let _ = newsline::process_jsonl_line(&text, 1, None, &newsline::Options::default());
            }
            "html" => {
                let ex = newsline_parse::html::extract(&bytes, None);
                for run in &ex.offset_map {
                    assert!(run.text_start + run.len <= ex.text.len(), "{name}");
                    assert!(run.source_start + run.len <= text.len(), "{name}");
                }
            }
            "warc" => {
                for r in newsline::warc::Records::new(std::io::Cursor::new(&bytes), 4096).take(1000)
                {
                    let _ = r;
                }
            }
            _ => {
                let _ = newsline::process_bytes(
                    "regression",
                    &bytes,
                    Source::default(),
                    None,
                    &newsline::Options::default(),
                );
            }
        }
    }
}
