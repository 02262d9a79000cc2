//! Runs the real stages over a fixture, as the CLI does.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use newsline_model::{Dct, DctSource, Document};

pub mod full;

/// The repository's fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles")
}

/// Side-car creation times of the fixtures whose text states none.
fn side_car() -> BTreeMap<String, String> {
    std::fs::read_to_string(fixtures().join("dct.json"))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// Processes one fixture file through every stage.
pub fn process(path: &Path) -> Document {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let id = name.trim_end_matches(".txt").to_owned();
    let text = std::fs::read_to_string(path).unwrap();
    let mut doc = Document::new(id, text);
    if let Some(date) = side_car()
        .get(&name)
        .and_then(|v| chrono::NaiveDate::parse_from_str(v.get(..10).unwrap_or(v), "%Y-%m-%d").ok())
    {
        doc.document.dct = Some(Dct::new(date, None, DctSource::Record));
    }
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    newsline_enrich::enrich(&mut doc);
    newsline_time::build_timeline(&mut doc);
    doc
}

/// Every fixture article, in name order.
pub fn all() -> Vec<Document> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| process(p)).collect()
}

/// The seed article.
pub fn seed() -> Document {
    process(&fixtures().join("000_rfa_seed.txt"))
}
