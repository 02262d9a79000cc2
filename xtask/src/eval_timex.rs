//! `cargo xtask eval timex`: TempEval-3 style scoring of time expressions.
//!
//! `--gold FILE.json` (the `te3-tbaq` format), or `--gold` a TimeML `.tml` file or
//! folder of them (see `timeml_gold`): strict and relaxed P/R/F1, type and
//! value accuracy over aligned pairs, value F1. `--duckling FILE` (the
//! `duckling-en` corpus; `negative.json` next to it is read too): the share of
//! instants whose best timex has the expected TIMEX3 value, and how many negative
//! phrases produce a timex. `--details` lists misses, spurious matches and wrong
//! values.
//!
//! Scoring rule for the Duckling corpus: its `timex3_value` truncates an
//! hour-grain time to `THH` (`2013-02-12T14`) where TIMEX3 as written by TE3
//! (and by us) keeps the minutes (`2013-02-12T14:00`); the two name the same
//! hour, so a value `…THH:00` counts as equal to an expected `…THH`. No other
//! rewriting is done.

use std::path::{Path, PathBuf};

use newsline_model::{Dct, DctSource, Document, Span};
use serde::Deserialize;

/// One gold document, from the `te3-tbaq` JSON or from a `.tml` file.
pub(crate) struct GoldDoc {
    pub(crate) doc_id: String,
    pub(crate) dct: String,
    pub(crate) text: String,
    pub(crate) timexes: Vec<GoldTimex>,
}

/// One gold timex; offsets are UTF-8 bytes into [`GoldDoc::text`].
pub(crate) struct GoldTimex {
    pub(crate) byte_start: usize,
    pub(crate) byte_end: usize,
    pub(crate) text: String,
    pub(crate) ty: String,
    pub(crate) value: String,
}

#[derive(Deserialize)]
struct JsonGoldDoc {
    doc_id: String,
    dct: String,
    text: String,
    timexes: Vec<JsonGoldTimex>,
}

/// The JSON sets carry byte offsets; a set that carries only code-point
/// offsets (`start`/`end`, as Python writes them) is read as well.
#[derive(Deserialize)]
struct JsonGoldTimex {
    byte_start: Option<usize>,
    byte_end: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    text: String,
    #[serde(rename = "type")]
    ty: String,
    value: String,
}

impl JsonGoldDoc {
    fn into_gold(self) -> Result<GoldDoc, String> {
        let timexes = self
            .timexes
            .into_iter()
            .map(|t| {
                let bytes = match (t.byte_start, t.byte_end, t.start, t.end) {
                    (Some(a), Some(b), _, _) => Some((a, b)),
                    (_, _, Some(a), Some(b)) => {
                        char_to_byte(&self.text, a).zip(char_to_byte(&self.text, b))
                    }
                    _ => None,
                };
                let (byte_start, byte_end) = bytes
                    .filter(|(a, b)| self.text.get(*a..*b).is_some())
                    .ok_or_else(|| {
                        format!("{}: timex {:?} has no usable offsets", self.doc_id, t.text)
                    })?;
                Ok(GoldTimex {
                    byte_start,
                    byte_end,
                    text: t.text,
                    ty: t.ty,
                    value: t.value,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(GoldDoc {
            doc_id: self.doc_id,
            dct: self.dct,
            text: self.text,
            timexes,
        })
    }
}

/// The byte offset of code point `n` of `text` (`n` may be its length).
fn char_to_byte(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(n)
}

#[derive(Deserialize)]
struct DucklingItem {
    phrase: String,
    #[serde(default)]
    section: String,
    ref_time: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    timex3_value: Option<String>,
}

/// TempEval-3 counts for one run.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Gold timexes.
    pub gold: usize,
    /// System timexes.
    pub system: usize,
    /// Aligned (overlapping) pairs.
    pub relaxed: usize,
    /// Aligned pairs with the same extent.
    pub strict: usize,
    /// Aligned pairs with the same type.
    pub type_ok: usize,
    /// Aligned pairs with the same value.
    pub value_ok: usize,
}

/// Precision, recall and F1 in percent, as TempEval-3 prints them.
fn prf(tp: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r, f) = crate::score::prf(tp, sys, gold);
    (p * 100.0, r * 100.0, f * 100.0)
}

impl Scores {
    /// Strict P, R, F1 in percent.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        prf(self.strict, self.system, self.gold)
    }
    /// Relaxed P, R, F1 in percent.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        prf(self.relaxed, self.system, self.gold)
    }
    /// Type accuracy over aligned pairs, percent.
    pub fn type_acc(&self) -> f64 {
        100.0 * crate::score::ratio(self.type_ok, self.relaxed)
    }
    /// Value accuracy over aligned pairs, percent.
    pub fn value_acc(&self) -> f64 {
        100.0 * crate::score::ratio(self.value_ok, self.relaxed)
    }
    /// Value F1 = value accuracy × relaxed F1, percent.
    pub fn value_f1(&self) -> f64 {
        self.value_acc() * self.relaxed_prf().2 / 100.0
    }
}

/// A DCT of `YYYY-MM-DD` and optional `HH:MM`, built through serde so xtask
/// needs no direct chrono dependency.
fn make_dct(iso: &str) -> Option<Dct> {
    // TimeML also allows the basic form `19980108` / `19980108T1430`
    let extended;
    let iso = match iso.get(..8) {
        Some(d) if d.bytes().all(|b| b.is_ascii_digit()) => {
            let time = iso
                .get(8..)
                .and_then(|t| t.strip_prefix('T'))
                .and_then(|t| t.get(..4))
                .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
                .map(|t| format!("T{}:{}", &t[..2], &t[2..]))
                .unwrap_or_default();
            extended = format!("{}-{}-{}{time}", &d[..4], &d[4..6], &d[6..]);
            extended.as_str()
        }
        _ => iso,
    };
    let date = iso.get(..10)?;
    let time = iso.get(11..16).filter(|t| t.len() == 5);
    let value = match time {
        Some(t) => format!("{date}T{t}"),
        None => date.to_owned(),
    };
    let mut json = serde_json::json!({"value": value, "source": DctSource::Record, "date": date});
    if let Some(t) = time {
        json["time"] = serde_json::Value::String(format!("{t}:00"));
    }
    serde_json::from_value(json).ok()
}

/// Runs parse, recognition and normalization over `text` with `dct`.
fn run_pipeline(id: &str, text: &str, dct: Option<Dct>) -> Document {
    let mut doc = Document::new(id, text);
    doc.document.dct.clone_from(&dct);
    newsline_parse::parse_article(&mut doc);
    if dct.is_some() {
        doc.document.dct = dct;
    }
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    doc
}

/// Scores one document; appends detail lines when asked.
fn score_doc(g: &GoldDoc, details: Option<&mut Vec<String>>) -> Scores {
    let doc = run_pipeline(&g.doc_id, &g.text, make_dct(&g.dct));
    let sys: Vec<_> = doc
        .timexes
        .iter()
        .filter(|t| t.function.is_none())
        .collect();
    let mut s = Scores {
        gold: g.timexes.len(),
        system: sys.len(),
        ..Scores::default()
    };
    let mut used = vec![false; g.timexes.len()];
    let mut lines = Vec::new();
    for t in &sys {
        let hit = g.timexes.iter().enumerate().find(|(k, gt)| {
            !used.get(*k).copied().unwrap_or(true)
                && Span::new(gt.byte_start, gt.byte_end).overlaps(&t.span)
        });
        match hit {
            Some((k, gt)) => {
                if let Some(u) = used.get_mut(k) {
                    *u = true;
                }
                s.relaxed += 1;
                let exact = gt.byte_start == t.span.start && gt.byte_end == t.span.end;
                if exact {
                    s.strict += 1;
                }
                let ty = format!("{:?}", t.timex_type).to_uppercase();
                if ty == gt.ty {
                    s.type_ok += 1;
                }
                if t.value == gt.value {
                    s.value_ok += 1;
                } else {
                    lines.push(format!(
                        "VALUE {} dct={} {:?} sys={} {} gold={} {}",
                        g.doc_id, g.dct, gt.text, ty, t.value, gt.ty, gt.value
                    ));
                }
                if !exact {
                    lines.push(format!(
                        "EXTENT {} sys={:?} gold={:?}",
                        g.doc_id, t.text, gt.text
                    ));
                }
            }
            None => lines.push(format!(
                "SPURIOUS {} {:?} {} ctx={:?}",
                g.doc_id,
                t.text,
                t.value,
                context(&g.text, t.span)
            )),
        }
    }
    for (gt, u) in g.timexes.iter().zip(&used) {
        if !u {
            lines.push(format!(
                "MISS {} {:?} {} {} ctx={:?}",
                g.doc_id,
                gt.text,
                gt.ty,
                gt.value,
                context(&g.text, Span::new(gt.byte_start, gt.byte_end))
            ));
        }
    }
    if let Some(d) = details {
        d.extend(lines);
    }
    s
}

fn context(text: &str, span: Span) -> String {
    let mut a = span.start.saturating_sub(40);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 40).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    text.get(a..b).unwrap_or_default().replace('\n', " ")
}

/// Scores every document of a te3-tbaq JSON file, or of a TimeML `.tml`
/// file or folder of them.
pub fn score_file(path: &Path, details: Option<&mut Vec<String>>) -> Result<Scores, String> {
    let docs = if path.extension().is_some_and(|x| x == "json") {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let docs: Vec<JsonGoldDoc> =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        docs.into_iter()
            .map(JsonGoldDoc::into_gold)
            .collect::<Result<Vec<_>, _>>()?
    } else {
        crate::timeml_gold::read_path(path)?
    };
    Ok(score_docs(&docs, details))
}

fn score_docs(docs: &[GoldDoc], mut details: Option<&mut Vec<String>>) -> Scores {
    let mut total = Scores::default();
    for d in docs {
        let s = score_doc(d, details.as_deref_mut());
        total.gold += s.gold;
        total.system += s.system;
        total.relaxed += s.relaxed;
        total.strict += s.strict;
        total.type_ok += s.type_ok;
        total.value_ok += s.value_ok;
    }
    total
}

fn print_scores(name: &str, s: &Scores) {
    let (sp, sr, sf) = s.strict_prf();
    let (rp, rr, rf) = s.relaxed_prf();
    println!(
        "{name}: gold {} system {} aligned {}",
        s.gold, s.system, s.relaxed
    );
    println!("  strict   P {sp:5.1}  R {sr:5.1}  F1 {sf:5.1}");
    println!("  relaxed  P {rp:5.1}  R {rr:5.1}  F1 {rf:5.1}");
    println!(
        "  type acc {:5.1}  value acc {:5.1}  value F1 {:5.1}",
        s.type_acc(),
        s.value_acc(),
        s.value_f1()
    );
}

fn duckling(path: &Path, details: bool) -> Result<(), String> {
    let read = |p: &Path| -> Result<Vec<DucklingItem>, String> {
        let raw = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", p.display()))
    };
    let items = read(path)?;
    let mut total = 0;
    let mut ok = 0;
    let mut lines = Vec::new();
    for it in items.iter().filter(|i| i.kind == "instant") {
        let Some(expected) = &it.timex3_value else {
            continue;
        };
        total += 1;
        let doc = run_pipeline("duckling", &it.phrase, make_dct(&it.ref_time));
        let best = doc.timexes.iter().max_by_key(|t| t.span.len());
        let got = best.map(|t| t.value.clone()).unwrap_or_default();
        if same_duckling_value(expected, &got) {
            ok += 1;
        } else {
            lines.push(format!(
                "DUCK [{}] {:?} expected={} got={} text={:?}",
                it.section,
                it.phrase,
                expected,
                got,
                best.map(|t| t.text.clone()).unwrap_or_default()
            ));
        }
    }
    let neg_path: PathBuf = path.with_file_name("negative.json");
    let negs = read(&neg_path).unwrap_or_default();
    let mut neg_hits = 0;
    for n in &negs {
        let doc = run_pipeline("neg", &n.phrase, make_dct(&n.ref_time));
        if !doc.timexes.is_empty() {
            neg_hits += 1;
            lines.push(format!(
                "NEG {:?} -> {:?}",
                n.phrase,
                doc.timexes
                    .iter()
                    .map(|t| (t.text.clone(), t.value.clone()))
                    .collect::<Vec<_>>()
            ));
        }
    }
    if details {
        for l in &lines {
            println!("{l}");
        }
    }
    println!("rule: expected `…THH` also matches `…THH:00` (same hour, TIMEX3 keeps minutes)");
    println!(
        "duckling: {ok}/{total} instants right ({:.1}%); negatives with a timex: {neg_hits}/{}",
        if total == 0 {
            0.0
        } else {
            ok as f64 * 100.0 / total as f64
        },
        negs.len()
    );
    Ok(())
}

/// The Duckling corpus writes hour-grain times as `…THH`; TIMEX3 writes
/// `…THH:00` for the same hour.
fn same_duckling_value(expected: &str, got: &str) -> bool {
    if expected == got {
        return true;
    }
    let hour_grain = expected
        .rsplit_once('T')
        .is_some_and(|(_, h)| h.len() == 2 && h.bytes().all(|b| b.is_ascii_digit()));
    hour_grain && got.strip_suffix(":00") == Some(expected)
}

/// Time recognition + normalization throughput over the `*.txt` articles of
/// `dir`, each article its own document, the set repeated to about 20 MB.
fn speed(dir: &Path) -> Result<(), String> {
    let mut texts = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        texts.push(std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    let one: usize = texts.iter().map(String::len).sum();
    if one == 0 {
        return Err("no articles".to_owned());
    }
    let rounds = (20_000_000 / one).max(1);
    let mut docs = Vec::new();
    for _ in 0..rounds {
        for t in &texts {
            let mut d = Document::new("bench", t.clone());
            newsline_parse::parse_article(&mut d);
            if d.document.dct.is_none() {
                d.document.dct = make_dct("2023-09-11");
            }
            docs.push(d);
        }
    }
    let start = std::time::Instant::now();
    let cpu0 = thread_cpu_seconds();
    let mut n = 0;
    for d in &mut docs {
        newsline_parse::recognize_timexes(d);
        newsline_time::normalize(d);
        n += d.timexes.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (one * rounds) as f64 / 1e6;
    println!(
        "time recognition + normalization: {mb:.1} MB in {secs:.2} s wall = {:.1} MB/s ({n} timexes, {} docs)",
        mb / secs,
        docs.len()
    );
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
        // On a shared, loaded machine the thread's own CPU time is the fairer clock.
        println!(
            "  on-CPU: {:.2} s = {:.1} MB/s per core",
            b - a,
            mb / (b - a).max(1e-9)
        );
    }
    Ok(())
}

/// User + system CPU time of the current thread, from `/proc` (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // fields after the parenthesised command name; utime and stime are 14th and 15th
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Runs the evaluation with the arguments after `eval timex`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut gold = Vec::new();
    let mut duck = None;
    let mut details = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--gold" => gold.push(PathBuf::from(it.next().ok_or("--gold needs a file")?)),
            "--duckling" => duck = Some(PathBuf::from(it.next().ok_or("--duckling needs a file")?)),
            "--details" => details = true,
            "--speed" => {
                let dir = PathBuf::from(it.next().ok_or("--speed needs a folder")?);
                return speed(&dir);
            }
            "--probe" => {
                // `--probe TEXT [DCT]`: print what the pipeline finds, for debugging rules
                let text = it.next().ok_or("--probe needs a text")?;
                let dct = args
                    .iter()
                    .skip_while(|a| a.as_str() != "--dct")
                    .nth(1)
                    .map_or("2023-09-11", String::as_str);
                let doc = run_pipeline("probe", text, make_dct(dct));
                for t in &doc.timexes {
                    println!(
                        "{:?} {:?} {} mod={:?} reading={}",
                        t.text,
                        t.timex_type,
                        t.value,
                        t.modifier,
                        serde_json::to_string(&t.reading).unwrap_or_default()
                    );
                }
                return Ok(());
            }
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: eval timex --gold FILE.json|FILE.tml|DIR [--duckling FILE] [--details]"
                ));
            }
        }
    }
    if gold.is_empty() && duck.is_none() {
        return Err("usage: cargo xtask eval timex --gold FILE.json|FILE.tml|DIR [--gold …] [--duckling corpus.json] [--details]".to_owned());
    }
    for g in &gold {
        let mut lines = Vec::new();
        let s = score_file(g, details.then_some(&mut lines))?;
        for l in &lines {
            println!("{l}");
        }
        print_scores(&g.display().to_string(), &s);
    }
    if let Some(d) = duck {
        duckling(&d, details)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dct_in_extended_and_basic_forms() {
        let value = |s: &str| make_dct(s).map(|d| d.value);
        assert_eq!(value("2013-03-22").as_deref(), Some("2013-03-22"));
        assert_eq!(value("20130322").as_deref(), Some("2013-03-22"));
        assert_eq!(
            value("2013-03-22T09:05:00").as_deref(),
            Some("2013-03-22T09:05")
        );
        assert_eq!(value("20130322T0905").as_deref(), Some("2013-03-22T09:05"));
        assert_eq!(value("2013"), None);
        assert_eq!(value("2013-13-40"), None);
    }

    #[test]
    fn code_point_offsets_become_byte_offsets() {
        let raw = r#"[{"doc_id":"d","dct":"2013-03-22","text":"Café on Friday","timexes":[
            {"start":8,"end":14,"text":"Friday","type":"DATE","value":"2013-03-22"}]}]"#;
        let docs: Vec<JsonGoldDoc> = serde_json::from_str(raw).unwrap();
        let gold = docs.into_iter().next().unwrap().into_gold().unwrap();
        let t = &gold.timexes[0];
        assert_eq!(&gold.text[t.byte_start..t.byte_end], "Friday");
        let beyond = raw.replace(r#""end":14"#, r#""end":40"#);
        let docs: Vec<JsonGoldDoc> = serde_json::from_str(&beyond).unwrap();
        assert!(docs.into_iter().next().unwrap().into_gold().is_err());
    }
}
