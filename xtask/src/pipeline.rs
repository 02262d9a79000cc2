//! `cargo xtask pipeline`: every fixture article through every stage and every
//! output format, into `out/<name>/`, plus one merged timeline for the run.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use newsline::batch::Batch;
use newsline::input::{self, InputKind, Unit};
use newsline::model::{Document, Record};
use newsline::output::Format;

/// Parses the arguments and runs the pipeline.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut out = crate::root().join("out");
    let mut paths = Vec::new();
    let mut print_merged = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => out = PathBuf::from(it.next().ok_or("--out needs a folder")?),
            "--merge" => print_merged = true,
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => paths.push(other.to_owned()),
        }
    }
    if paths.is_empty() {
        paths.push(
            crate::root()
                .join("fixtures/articles")
                .to_string_lossy()
                .into_owned(),
        );
    }
    let side_car = side_car_dcts(&paths);
    let units = input::units(paths, InputKind::Auto, newsline::DEFAULT_MAX_BYTES).map(
        move |unit| match unit {
            Unit::Whole {
                id,
                bytes,
                source,
                dct: None,
            } => {
                let dct = side_car.get(&id).cloned();
                Unit::Whole {
                    id,
                    bytes,
                    source,
                    dct,
                }
            }
            other => other,
        },
    );

    let batch = Batch {
        jobs: 0,
        done_ids: HashSet::new(),
        ..Batch::default()
    };
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    batch.run(units, |record, _| {
        match record {
            Record::Document(doc) => {
                write_outputs(&out.join(newsline::file_safe_id(&doc.id)), doc)?;
                docs.push((**doc).clone());
            }
            Record::Error(err) => failures.push(format!(
                "{}: {} ({})",
                err.id, err.error.message, err.error.code
            )),
        }
        Ok::<(), String>(())
    })?;

    let merged = newsline::merge_timelines(&docs);
    let merged_dir = out.join("_merged");
    fs::create_dir_all(&merged_dir).map_err(|e| e.to_string())?;
    for (format, name) in [
        (Format::Markdown, "timeline.md"),
        (Format::Json, "timeline.json"),
        (Format::Html, "timeline.html"),
        (Format::Csv, "timeline.csv"),
    ] {
        let rendered =
            newsline::output::render_merged(&merged, &docs, format).map_err(|e| e.to_string())?;
        fs::write(merged_dir.join(name), &rendered).map_err(|e| e.to_string())?;
        if print_merged && format == Format::Markdown {
            println!("{rendered}");
        }
    }

    print_summary(&docs);
    println!(
        "\n{} documents written to {}; merged timeline in {}",
        docs.len(),
        out.display(),
        merged_dir.display()
    );
    if failures.is_empty() {
        Ok(())
    } else {
        for f in &failures {
            eprintln!("failed: {f}");
        }
        Err(format!(
            "{} of {} documents failed",
            failures.len(),
            failures.len() + docs.len()
        ))
    }
}

/// `dct.json` files beside the articles: file name → creation time, for sources
/// whose text does not state its own date (wire copy from archives).
fn side_car_dcts(paths: &[String]) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for path in paths {
        let dir = Path::new(path);
        let file = if dir.is_dir() {
            dir.join("dct.json")
        } else {
            dir.with_file_name("dct.json")
        };
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        let Ok(entries) = serde_json::from_str::<BTreeMap<String, String>>(&text) else {
            eprintln!(
                "warning: {} is not a JSON object of file name to date",
                file.display()
            );
            continue;
        };
        for (name, dct) in entries {
            map.insert(input::id_of_path(Path::new(&name)), dct);
        }
    }
    map
}

fn write_outputs(dir: &Path, doc: &Document) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (format, name) in newsline::output::pipeline_files() {
        let rendered =
            newsline::output::render(doc, *format).map_err(|e| format!("{}: {e}", doc.id))?;
        fs::write(dir.join(name), rendered).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(())
}

fn print_summary(docs: &[Document]) {
    println!(
        "{:<28} {:<42} {:<26} {:>5} {:>5} {:>5} {:>5} {:>5}",
        "doc", "headline", "timestamp", "timex", "ent", "quote", "event", "diag"
    );
    for doc in docs {
        let meta = &doc.document;
        let stamp = meta
            .updated
            .or(meta.published)
            .map(|t| t.to_rfc3339())
            .or_else(|| meta.dct.as_ref().map(|d| format!("dct {}", d.value)))
            .unwrap_or_else(|| "-".to_owned());
        println!(
            "{:<28} {:<42} {:<26} {:>5} {:>5} {:>5} {:>5} {:>5}",
            clip(&doc.id, 28),
            clip(meta.headline.as_deref().unwrap_or("-"), 42),
            clip(&stamp, 26),
            doc.timexes.len(),
            doc.entities.len(),
            doc.quotes.len(),
            doc.events.len(),
            doc.diagnostics.len()
        );
    }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_owned()
    } else {
        let mut clipped: String = s.chars().take(width.saturating_sub(1)).collect();
        clipped.push('…');
        clipped
    }
}
