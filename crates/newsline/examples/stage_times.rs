//! Times each stage on one file: `cargo run --release -p newsline --example stage_times FILE`.
use std::time::Instant;

use newsline::model::Document;

/// One pipeline stage: it adds to the document in place.
type Stage = fn(&mut Document);

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc = Document::new("x", text);
    let stages: [(&str, Stage); 5] = [
        ("parse", newsline_parse::parse_article),
        ("recognize", newsline_parse::recognize_timexes),
        ("normalize", newsline_time::normalize),
        ("enrich", newsline_enrich::enrich),
        ("timeline", newsline_time::build_timeline),
    ];
    for (name, stage) in stages {
        let started = Instant::now();
        stage(&mut doc);
        println!("{name}: {:.3} s", started.elapsed().as_secs_f64());
    }
}
