//! Micro-benchmarks of each stage over the fixture articles, with byte counters
//! so divan prints throughput. Run with `cargo bench -p newsline` (or through
//! `cargo xtask bench`, which also runs whole-corpus measurements).

use divan::counter::BytesCount;
use newsline::model::Document;

fn main() {
    divan::main();
}

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            Some((
                p.file_stem()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).ok()?,
            ))
        })
        .collect()
}

fn total_bytes(docs: &[(String, String)]) -> usize {
    docs.iter().map(|(_, t)| t.len()).sum()
}

/// Documents after the stages before the one measured.
fn prepared(upto: usize) -> Vec<Document> {
    fixtures()
        .into_iter()
        .map(|(id, text)| {
            let mut doc = Document::new(id, text);
            let stages: [fn(&mut Document); 4] = [
                newsline_parse::parse_article,
                newsline_parse::recognize_timexes,
                newsline_time::normalize,
                newsline_enrich::enrich,
            ];
            for stage in stages.iter().take(upto) {
                stage(&mut doc);
            }
            doc
        })
        .collect()
}

fn bench_stage(bencher: divan::Bencher, upto: usize, stage: fn(&mut Document)) {
    let docs = prepared(upto);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| docs.clone())
        .bench_local_values(|mut docs| {
            for doc in &mut docs {
                stage(doc);
            }
            docs
        });
}

#[divan::bench]
fn parse_article(bencher: divan::Bencher) {
    bench_stage(bencher, 0, newsline_parse::parse_article);
}

#[divan::bench]
fn recognize_timexes(bencher: divan::Bencher) {
    bench_stage(bencher, 1, newsline_parse::recognize_timexes);
}

#[divan::bench]
fn normalize_timexes(bencher: divan::Bencher) {
    bench_stage(bencher, 2, newsline_time::normalize);
}

#[divan::bench]
fn time_recognize_and_normalize(bencher: divan::Bencher) {
    bench_stage(bencher, 1, |doc| {
        newsline_parse::recognize_timexes(doc);
        newsline_time::normalize(doc);
    });
}

#[divan::bench]
fn enrich(bencher: divan::Bencher) {
    bench_stage(bencher, 3, newsline_enrich::enrich);
}

#[divan::bench]
fn build_timeline(bencher: divan::Bencher) {
    bench_stage(bencher, 4, newsline_time::build_timeline);
}

#[divan::bench]
fn full_pipeline_with_jsonl_out(bencher: divan::Bencher) {
    let docs = fixtures();
    let options = newsline::Options::default();
    bencher
        .counter(BytesCount::new(total_bytes(&docs)))
        .bench_local(|| {
            let mut out = 0;
            for (id, text) in &docs {
                let doc = newsline::process_text(id, text, &options);
                out += newsline::output::render(&doc, newsline::output::Format::Jsonl)
                    .map_or(0, |s| s.len());
            }
            out
        });
}

#[divan::bench]
fn sentence_split(bencher: divan::Bencher) {
    let docs = prepared(0);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench_local(|| {
        docs.iter()
            .map(|d| {
                newsline_parse::split_sentences(
                    &d.text,
                    newsline::model::Span::new(0, d.text.len()),
                )
                .len()
            })
            .sum::<usize>()
    });
}

/// Page to document (metadata, main text, offset map) over the fixture pages:
/// the bytes counted are HTML bytes, as issue 8's target is stated.
#[divan::bench]
fn html_to_document(bencher: divan::Bencher) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/html");
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "html")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with("bad-"))
                })
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    let bytes: usize = pages.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench_local(|| {
        pages
            .iter()
            .map(|p| {
                newsline_parse::html::html_to_document("page", p, None)
                    .text
                    .len()
            })
            .sum::<usize>()
    });
}
