//! Enrichment throughput on the fixture articles concatenated (one document per
//! article, repeated until about 20 MB), after parse + timex recognition + normalization.
//!
//! `cargo run --release -p newsline-enrich --example bench`

use std::time::Instant;

use newsline_model::Document;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.sort();
    let mut docs: Vec<Document> = Vec::new();
    let mut bytes = 0usize;
    while bytes < 20_000_000 && !texts.is_empty() {
        for t in &texts {
            let mut d = Document::new("b", t.clone());
            newsline_parse::parse_article(&mut d);
            newsline_parse::recognize_timexes(&mut d);
            newsline_time::normalize(&mut d);
            bytes += t.len();
            docs.push(d);
        }
    }
    let start = Instant::now();
    let mut n = 0usize;
    for d in &mut docs {
        newsline_enrich::enrich(d);
        n += d.entities.len() + d.quotes.len() + d.events.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "enrich: {} docs, {:.1} MB in {:.2}s = {:.1} MB/s ({n} annotations); gazetteers ≈ {:.2} MB",
        docs.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        newsline_enrich::gazetteer_bytes() as f64 / 1e6
    );
}
