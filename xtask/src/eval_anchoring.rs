//! `cargo xtask eval anchoring --gold FILE.tlinks.json [--docs FILE.json] [--merge] [--details]`:
//! how well the timeline anchors events to time expressions, against the
//! TimeBank/AQUAINT event–timex links (scoring rule: te3-tbaq README, "How
//! newsline's timeline anchoring is scored").
//!
//! - A gold anchoring link (relType IS_INCLUDED, SIMULTANEOUS or DURING) is
//!   recalled when newsline emits an event whose trigger overlaps the gold event
//!   and whose anchoring timex overlaps the gold timex.
//! - An emitted anchored event is right when its trigger overlaps a gold event
//!   linked that way to an overlapping timex; wrong when its trigger overlaps a
//!   gold event whose anchoring links all go to other timexes; otherwise not judged.
//!
//! `--split dev|test` scores one stable half of the documents (by doc id): study
//! misses on `dev`, check on `test`. `--details` lists every miss and wrong anchor,
//! and counts the misses by cause. The line `nearest-date baseline` is the
//! reference: gold events, each anchored to the nearest DATE/TIME timex of its
//! sentence (gold timexes, newsline's sentences).
//!
//! `--merge` also merges the timelines of all documents (AQUAINT comes in clusters
//! of wire stories about the same news) and reports the entries that cite more
//! than one article, with three examples.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsline_model::{Dct, Document, Span};
use serde_json::Value;

const ANCHORING: [&str; 3] = ["IS_INCLUDED", "SIMULTANEOUS", "DURING"];

struct Args {
    gold: PathBuf,
    docs: PathBuf,
    merge: bool,
    details: bool,
    split: Split,
}

/// Which documents to score: a stable half by doc id, so rules can be studied on one
/// half (`dev`) and checked on the other (`test`).
#[derive(Clone, Copy, PartialEq)]
enum Split {
    All,
    Dev,
    Test,
}

fn in_split(split: Split, id: &str) -> bool {
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let h = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    match split {
        Split::All => true,
        Split::Dev => h % 2 == 0,
        Split::Test => h % 2 == 1,
    }
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let usage = "usage: cargo xtask eval anchoring --gold FILE.tlinks.json [--docs FILE.json] [--merge] [--details] [--split all|dev|test]";
    let mut gold = None;
    let mut docs = None;
    let mut merge = false;
    let mut details = false;
    let mut split = Split::All;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--gold" => gold = it.next().map(PathBuf::from),
            "--docs" => docs = it.next().map(PathBuf::from),
            "--merge" => merge = true,
            "--details" => details = true,
            "--split" => {
                split = match it.next().map(String::as_str) {
                    Some("all") => Split::All,
                    Some("dev") => Split::Dev,
                    Some("test") => Split::Test,
                    _ => return Err(usage.to_owned()),
                }
            }
            other => return Err(format!("unknown argument `{other}`\n{usage}")),
        }
    }
    let gold = gold.ok_or_else(|| usage.to_owned())?;
    let docs = match docs {
        Some(d) => d,
        None => {
            let name = gold
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let stem = name.strip_suffix(".tlinks.json").ok_or_else(|| {
                format!(
                    "cannot guess the documents file from {}; pass --docs",
                    gold.display()
                )
            })?;
            gold.with_file_name(format!("{stem}.json"))
        }
    };
    Ok(Args {
        gold,
        docs,
        merge,
        details,
        split,
    })
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn span_of(v: &Value) -> Option<Span> {
    let start = v.get("byte_start")?.as_u64()?;
    let end = v.get("byte_end")?.as_u64()?;
    Some(Span::new(
        usize::try_from(start).ok()?,
        usize::try_from(end).ok()?,
    ))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// One document of timebank.json / aquaint.json through every stage.
fn process(record: &Value) -> Option<Document> {
    let id = record.get("doc_id")?.as_str()?;
    let text = record.get("text")?.as_str()?;
    let mut doc = Document::new(id, text);
    // The date part of the gold DCT, as `Dct::new(date, None, DctSource::Record)`
    // would build it (through serde: xtask does not depend on chrono).
    if let Some(date) = record
        .get("dct")
        .and_then(Value::as_str)
        .and_then(|v| v.get(..10))
    {
        let dct = serde_json::json!({"value": date, "source": "record", "date": date});
        doc.document.dct = serde_json::from_value::<Dct>(dct).ok();
    }
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    newsline_enrich::enrich(&mut doc);
    newsline_time::build_timeline(&mut doc);
    Some(doc)
}

/// The gold of one document: events and their anchoring timex spans.
struct Gold {
    /// (event span, spans of the timexes it is anchored to).
    events: Vec<(Span, Vec<Span>)>,
    links: usize,
}

fn gold_of(tlinks: &Value, timexes: &HashMap<String, Span>) -> Gold {
    let mut event_spans: HashMap<&str, Span> = HashMap::new();
    for e in tlinks
        .get("events")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(eid), Some(span)) = (e.get("eid").and_then(Value::as_str), span_of(e)) {
            event_spans.insert(eid, span);
        }
    }
    let mut anchors: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut links = 0;
    for l in tlinks
        .get("tlinks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let rel = l.get("relType").and_then(Value::as_str).unwrap_or_default();
        if !ANCHORING.contains(&rel) {
            continue;
        }
        let (Some(eid), Some(tid)) = (
            l.get("eid").and_then(Value::as_str),
            l.get("tid").and_then(Value::as_str),
        ) else {
            continue;
        };
        let (Some(_), Some(t)) = (event_spans.get(eid), timexes.get(tid)) else {
            continue;
        };
        anchors.entry(eid).or_default().push(*t);
        links += 1;
    }
    let mut events: Vec<(Span, Vec<Span>)> = event_spans
        .iter()
        .map(|(eid, span)| (*span, anchors.remove(eid).unwrap_or_default()))
        .collect();
    events.sort_by_key(|(s, _)| (s.start, s.end));
    Gold { events, links }
}

#[derive(Default)]
struct Score {
    gold_links: usize,
    recalled: usize,
    emitted: usize,
    right: usize,
    wrong: usize,
    /// Misses by cause: no newsline timex over the gold timex; the gold event not
    /// emitted as an anchored event; emitted but anchored to another timex.
    miss_no_timex: usize,
    miss_no_event: usize,
    miss_other_timex: usize,
    /// Links the nearest-date baseline recalls.
    baseline: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold_links += o.gold_links;
        self.recalled += o.recalled;
        self.emitted += o.emitted;
        self.right += o.right;
        self.wrong += o.wrong;
        self.miss_no_timex += o.miss_no_timex;
        self.miss_no_event += o.miss_no_event;
        self.miss_other_timex += o.miss_other_timex;
        self.baseline += o.baseline;
    }
}

/// The reference: each gold event anchored to the nearest gold DATE/TIME timex of
/// its sentence; counts the gold links that pick recalls.
fn baseline(doc: &Document, gold: &Gold, dates: &[Span]) -> usize {
    let mut n = 0;
    for (event, anchors) in &gold.events {
        if anchors.is_empty() {
            continue;
        }
        let Some(sent) = doc
            .sentences
            .iter()
            .find(|s| s.span.start <= event.start && event.end <= s.span.end)
        else {
            continue;
        };
        let dist = |t: &Span| {
            if t.end <= event.start {
                event.start - t.end
            } else {
                t.start.saturating_sub(event.end)
            }
        };
        let pick = dates
            .iter()
            .filter(|t| sent.span.start <= t.start && t.end <= sent.span.end)
            .min_by_key(|t| dist(t));
        if let Some(p) = pick {
            n += anchors.iter().filter(|a| overlaps(**a, *p)).count();
        }
    }
    n
}

pub fn run(args: &[String]) -> Result<(), String> {
    let args = parse_args(args)?;
    let gold = read_json(&args.gold)?;
    let docs_json = read_json(&args.docs)?;
    let records: HashMap<&str, &Value> = docs_json
        .as_array()
        .ok_or("the documents file is not a JSON list")?
        .iter()
        .filter_map(|d| d.get("doc_id").and_then(Value::as_str).map(|id| (id, d)))
        .collect();

    let mut total = Score::default();
    let mut docs = Vec::new();
    for g in gold.as_array().ok_or("the gold file is not a JSON list")? {
        let Some(id) = g.get("doc_id").and_then(Value::as_str) else {
            continue;
        };
        let Some(record) = records.get(id) else {
            eprintln!(
                "warning: {id} is in the gold but not in {}",
                args.docs.display()
            );
            continue;
        };
        let timexes: HashMap<String, Span> = record
            .get("timexes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| Some((t.get("tid")?.as_str()?.to_owned(), span_of(t)?)))
            .collect();
        if !in_split(args.split, id) {
            continue;
        }
        let dates: Vec<Span> = record
            .get("timexes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|t| matches!(t.get("type").and_then(Value::as_str), Some("DATE" | "TIME")))
            .filter_map(span_of)
            .collect();
        let gold = gold_of(g, &timexes);
        let Some(doc) = process(record) else { continue };
        let mut score = score(&doc, &gold, args.details);
        score.baseline = baseline(&doc, &gold, &dates);
        total.add(&score);
        docs.push(doc);
    }

    let pct = |a: usize, b: usize| 100.0 * crate::score::ratio(a, b);
    println!(
        "anchoring against {} ({} documents)",
        args.gold.display(),
        docs.len()
    );
    println!("  gold anchoring links     {}", total.gold_links);
    println!(
        "  recalled                 {} = {:.1}%",
        total.recalled,
        pct(total.recalled, total.gold_links)
    );
    println!(
        "  emitted anchored events  {} (judged {}: right {}, wrong {})",
        total.emitted,
        total.right + total.wrong,
        total.right,
        total.wrong
    );
    println!(
        "  precision                {:.1}%",
        pct(total.right, total.right + total.wrong)
    );
    println!(
        "  misses: no timex {}, event not emitted {}, other timex {}",
        total.miss_no_timex, total.miss_no_event, total.miss_other_timex
    );
    println!(
        "  nearest-date baseline    {} = {:.1}%",
        total.baseline,
        pct(total.baseline, total.gold_links)
    );

    if args.merge {
        merge_report(&docs, args.details);
    }
    Ok(())
}

fn score(doc: &Document, gold: &Gold, details: bool) -> Score {
    // System (trigger, anchoring timex) pairs.
    let emitted: Vec<(Span, Span, &str)> = doc
        .events
        .iter()
        .filter_map(|e| {
            let t = doc.timex(e.timex.as_deref()?)?;
            Some((e.trigger.span, t.span, e.id.as_str()))
        })
        .collect();
    let mut s = Score {
        gold_links: gold.links,
        emitted: emitted.len(),
        ..Score::default()
    };
    for (event, anchors) in &gold.events {
        for anchor in anchors {
            if emitted
                .iter()
                .any(|(tr, tx, _)| overlaps(*tr, *event) && overlaps(*tx, *anchor))
            {
                s.recalled += 1;
                continue;
            }
            let cause = if !doc.timexes.iter().any(|t| overlaps(t.span, *anchor)) {
                s.miss_no_timex += 1;
                "no-timex"
            } else if let Some((_, tx, _)) = emitted.iter().find(|(tr, _, _)| overlaps(*tr, *event))
            {
                s.miss_other_timex += 1;
                if details {
                    println!(
                        "{}: missed/other {:?} anchored to {:?}, we said {:?} | {}",
                        doc.id,
                        doc.slice(*event),
                        doc.slice(*anchor),
                        doc.slice(*tx),
                        context(doc, *event)
                    );
                }
                continue;
            } else {
                s.miss_no_event += 1;
                "no-event"
            };
            if details {
                println!(
                    "{}: missed/{cause} {:?} anchored to {:?} | {}",
                    doc.id,
                    doc.slice(*event),
                    doc.slice(*anchor),
                    context(doc, *event)
                );
            }
        }
    }
    for (trigger, timex, id) in &emitted {
        let linked: Vec<&(Span, Vec<Span>)> = gold
            .events
            .iter()
            .filter(|(e, anchors)| overlaps(*e, *trigger) && !anchors.is_empty())
            .collect();
        if linked.is_empty() {
            continue;
        }
        if linked
            .iter()
            .any(|(_, anchors)| anchors.iter().any(|a| overlaps(*a, *timex)))
        {
            s.right += 1;
            if details {
                println!(
                    "{}: right {id} {:?} anchored to {:?} | {}",
                    doc.id,
                    doc.slice(*trigger),
                    doc.slice(*timex),
                    context(doc, *trigger)
                );
            }
        } else {
            s.wrong += 1;
            if details {
                println!(
                    "{}: wrong {id} {:?} anchored to {:?}, gold says {:?} | {}",
                    doc.id,
                    doc.slice(*trigger),
                    doc.slice(*timex),
                    linked
                        .iter()
                        .flat_map(|(_, a)| a.iter().map(|s| doc.slice(*s)))
                        .collect::<Vec<_>>(),
                    context(doc, *trigger)
                );
            }
        }
    }
    s
}

/// The sentence around `span`, on one line, with the span bracketed.
fn context(doc: &Document, span: Span) -> String {
    let sent = doc
        .sentences
        .iter()
        .find(|s| s.span.start <= span.start && span.end <= s.span.end)
        .map_or(span, |s| s.span);
    let (Some(a), Some(b), Some(c)) = (
        doc.text.get(sent.start..span.start),
        doc.text.get(span.start..span.end),
        doc.text.get(span.end..sent.end),
    ) else {
        return String::new();
    };
    format!("{a}[{b}]{c}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn merge_report(docs: &[Document], all: bool) {
    let merged = newsline_time::merge_timelines(docs);
    let multi: Vec<_> = merged.entries.iter().filter(|e| e.docs.len() > 1).collect();
    let entries = merged.entries.len();
    let reports: usize = merged.entries.iter().map(|e| e.events.len()).sum();
    println!("\nmerged timeline of {} documents", docs.len());
    println!("  timeline entries before merging  {reports}");
    println!("  merged entries                   {entries}");
    println!("  entries citing > 1 article       {}", multi.len());
    let by_id: HashMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    // Three examples: the entries cited by the most articles, ties in timeline order.
    let picks: Vec<_> = if all {
        multi.clone()
    } else {
        let mut by_reach = multi.clone();
        by_reach.sort_by_key(|e| std::cmp::Reverse(e.docs.len()));
        by_reach.into_iter().take(3).collect()
    };
    for entry in picks {
        println!(
            "\n  {} {} ({} articles)",
            entry.id,
            entry.value,
            entry.docs.len()
        );
        for r in &entry.events {
            let Some(doc) = by_id.get(r.doc.as_str()) else {
                continue;
            };
            let Some(event) = doc.events.iter().find(|e| e.id == r.event) else {
                continue;
            };
            let sentence: String = doc
                .slice(event.sentence.span)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let short: String = sentence.chars().take(200).collect();
            println!("    {} [{}] {}", r.doc, event.trigger.text, short);
        }
    }
}
