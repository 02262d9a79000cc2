//! `cargo xtask eval html --gold DIR [--verbose]` (issue 8).
//!
//! DIR is either a readability set (`index.json` + `pages/*/source.html` +
//! `expected-metadata.json`: title exact-match, byline match, published-time
//! match) or the scrapinghub article-extraction benchmark (`ground-truth.json` +
//! `html/*.html`: body precision/recall/F1). The kind is detected by the files
//! present. Both also report extraction speed in MB/s of HTML (meaningful in a
//! release build).
//!
//! Body scoring follows the benchmark's `evaluate.py`: tokens are `\w+` runs,
//! shingles are 4-grams of tokens, each page's TP/FP/FN are normalised to sum
//! to one, and precision and recall are the means over pages (pages with no
//! predicted shingles are left out of precision, as there), F1 from those means.
//! A plain bag-of-whitespace-tokens F1 (micro-averaged) is printed beside it.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use newsline_parse::html::{self, date::parse_meta_date, meta::strip_site};
use serde_json::Value;

/// Runs the evaluation with the arguments after `eval html`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut gold: Option<String> = None;
    let mut verbose = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--gold" => gold = it.next().cloned(),
            "--verbose" | "-v" => verbose = true,
            other => {
                return Err(format!(
                    "unknown argument {other}; usage: eval html --gold DIR [--verbose]"
                ));
            }
        }
    }
    let dir = gold.ok_or("usage: cargo xtask eval html --gold DIR [--verbose]")?;
    let dir = Path::new(&dir);
    if dir.join("index.json").is_file() {
        readability(dir, verbose)
    } else if dir.join("ground-truth.json").is_file() {
        benchmark(dir, verbose)
    } else {
        Err(format!(
            "{}: neither index.json (readability) nor ground-truth.json (article-extraction-benchmark)",
            dir.display()
        ))
    }
}

fn read_json(p: &Path) -> Result<Value, String> {
    let s = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    serde_json::from_str(&s).map_err(|e| format!("{}: {e}", p.display()))
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_name(s: &str) -> String {
    let l: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let l = ws(&l);
    l.strip_prefix("by ").map(str::to_owned).unwrap_or(l)
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "n/a".to_owned()
    } else {
        format!("{:.1}% ({a}/{b})", 100.0 * a as f64 / b as f64)
    }
}

fn speed(bytes: usize, t: Duration) -> String {
    let s = t.as_secs_f64();
    if s <= 0.0 {
        return "n/a".to_owned();
    }
    format!(
        "{:.1} MB/s ({:.1} MB in {:.3} s)",
        bytes as f64 / 1e6 / s,
        bytes as f64 / 1e6,
        s
    )
}

fn readability(dir: &Path, verbose: bool) -> Result<(), String> {
    let index = read_json(&dir.join("index.json"))?;
    let pages = index.as_array().ok_or("index.json is not a list")?;
    let (mut n, mut title_ok, mut title_site_ok) = (0usize, 0usize, 0usize);
    let mut title_debris_ok = 0usize;
    let (mut by_n, mut by_strict, mut by_loose) = (0usize, 0usize, 0usize);
    let (mut pub_n, mut pub_instant, mut pub_day) = (0usize, 0usize, 0usize);
    let mut bytes = 0usize;
    let mut elapsed = Duration::ZERO;
    for p in pages {
        let name = p["name"].as_str().unwrap_or_default();
        let pdir = p["dir"]
            .as_str()
            .map_or_else(|| dir.join("pages").join(name), |d| dir.join(d));
        let src = std::fs::read(pdir.join("source.html"))
            .map_err(|e| format!("{}: {e}", pdir.display()))?;
        let exp = read_json(&pdir.join("expected-metadata.json")).unwrap_or_else(|_| p.clone());
        bytes += src.len();
        let t0 = Instant::now();
        let ex = html::extract(&src, None);
        elapsed += t0.elapsed();
        n += 1;
        let md = &ex.metadata;
        let gold_title = exp["title"].as_str().map(ws).unwrap_or_default();
        let ours = md.headline.as_deref().map(ws).unwrap_or_default();
        let t_ok = ours == gold_title;
        title_ok += usize::from(t_ok);
        // Readability's gold keeps a site name that the page put in og:title; we
        // strip it. Count a match once the same site name is removed from the gold.
        let site = exp["siteName"]
            .as_str()
            .or(md.publisher.as_deref())
            .unwrap_or_default();
        let gold_no_site = strip_site(&gold_title, site);
        title_site_ok += usize::from(t_ok || ours == gold_no_site);
        // Blog titles also carry the author (`Headline - Author - Medium`), which we
        // strip too; the gold's own byline says which name that is.
        let gold_byline = exp["byline"].as_str().map(ws).unwrap_or_default();
        let gold_no_debris = strip_site(&gold_no_site, &gold_byline);
        title_debris_ok += usize::from(t_ok || ours == gold_no_site || ours == gold_no_debris);
        if verbose && !t_ok {
            println!("TITLE {name}\n  gold: {gold_title}\n  ours: {ours}");
        }
        if let Some(gb) = exp["byline"].as_str().filter(|s| !s.trim().is_empty()) {
            by_n += 1;
            let names: Vec<String> = md.bylines.iter().map(|b| b.name.clone()).collect();
            let joined = norm_name(&names.join(" "));
            let g = norm_name(gb);
            let strict = !joined.is_empty() && joined == g;
            let loose = strict
                || (!names.is_empty()
                    && (names.iter().all(|x| {
                        let x = norm_name(x);
                        !x.is_empty() && g.contains(&x)
                    }) || (!joined.is_empty() && joined.contains(&g))));
            by_strict += usize::from(strict);
            by_loose += usize::from(loose);
            if verbose && !loose {
                println!("BYLINE {name}\n  gold: {gb}\n  ours: {names:?}");
            }
        }
        if let Some(gp) = exp["publishedTime"]
            .as_str()
            .filter(|s| !s.trim().is_empty())
        {
            pub_n += 1;
            let gold_dt = parse_meta_date(gp).map(|(d, _)| d);
            let ok_instant = gold_dt.is_some_and(|g| md.published.is_some_and(|o| o == g));
            let ok_day = gold_dt.is_some_and(|g| {
                md.published.is_some_and(|o| {
                    o.date_naive() == g.date_naive() || o.naive_utc().date() == g.naive_utc().date()
                })
            });
            pub_instant += usize::from(ok_instant);
            pub_day += usize::from(ok_day);
            if verbose && !ok_instant {
                println!(
                    "PUBLISHED {name}\n  gold: {gp}\n  ours: {:?}",
                    md.published.map(|d| d.to_rfc3339())
                );
            }
        }
    }
    println!("readability set: {} pages", n);
    println!("  title exact:         {}", pct(title_ok, n));
    println!(
        "  title exact once the gold's site-name suffix is removed too: {}",
        pct(title_site_ok, n)
    );
    println!(
        "  … and the gold's author suffix too:                        {}",
        pct(title_debris_ok, n)
    );
    println!(
        "  byline match (loose: every name found in the gold string): {}",
        pct(by_loose, by_n)
    );
    println!(
        "  byline match (strict: same names):                         {}",
        pct(by_strict, by_n)
    );
    println!("  published same instant: {}", pct(pub_instant, pub_n));
    println!("  published same day:     {}", pct(pub_day, pub_n));
    println!("  speed: {}", speed(bytes, elapsed));
    Ok(())
}

fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(s);
    let mut m: HashMap<Vec<&str>, usize> = HashMap::new();
    if t.is_empty() {
        return m;
    }
    let n = 4usize;
    let count = t.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let end = (i + n).min(t.len());
        if let Some(w) = t.get(i..end) {
            *m.entry(w.to_vec()).or_default() += 1;
        }
    }
    m
}

/// `(tp, fp, fn)` normalised to sum 1, as the benchmark does.
fn shingle_match(gold: &str, pred: &str) -> (f64, f64, f64) {
    let g = shingles(gold);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fnn) = (0.0f64, 0.0f64, 0.0f64);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fnn += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(gc) as f64;
    }
    let s = tp + fp + fnn;
    if s > 0.0 {
        (tp / s, fp / s, fnn / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision(tp: f64, fp: f64, fnn: f64) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall(tp: f64, fp: f64, fnn: f64) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fnn == 0.0 {
        0.0
    } else {
        tp / (tp + fnn)
    }
}

fn bag(s: &str) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for t in s.split_whitespace() {
        *m.entry(t).or_default() += 1;
    }
    m
}

fn benchmark(dir: &Path, verbose: bool) -> Result<(), String> {
    let gt = read_json(&dir.join("ground-truth.json"))?;
    let gt = gt.as_object().ok_or("ground-truth.json is not an object")?;
    let mut keys: Vec<&String> = gt.keys().collect();
    keys.sort();
    let mut per_page = Vec::new();
    let (mut btp, mut bfp, mut bfn) = (0usize, 0usize, 0usize);
    let mut bytes = 0usize;
    let mut elapsed = Duration::ZERO;
    let mut missing = 0usize;
    let mut worst: Vec<(f64, f64, f64, String)> = Vec::new();
    for k in keys {
        let gold = gt[k.as_str()]["articleBody"].as_str().unwrap_or_default();
        let path = dir.join("html").join(format!("{k}.html"));
        let Ok(src) = std::fs::read(&path) else {
            missing += 1;
            continue;
        };
        bytes += src.len();
        let t0 = Instant::now();
        let ex = html::extract(&src, gt[k.as_str()]["url"].as_str());
        elapsed += t0.elapsed();
        let body = ex.body_text();
        let (tp, fp, fnn) = shingle_match(gold, &body);
        per_page.push((tp, fp, fnn));
        let (p, r) = (precision(tp, fp, fnn), recall(tp, fp, fnn));
        worst.push((p, r, 2.0 * p * r / (p + r).max(1e-9), k.clone()));
        let gb = bag(gold);
        let pb = bag(&body);
        for (t, &gc) in &gb {
            let pc = pb.get(t).copied().unwrap_or(0);
            btp += gc.min(pc);
            bfn += gc.saturating_sub(pc);
        }
        for (t, &pc) in &pb {
            bfp += pc.saturating_sub(gb.get(t).copied().unwrap_or(0));
        }
    }
    let ps: Vec<f64> = per_page
        .iter()
        .filter(|(tp, fp, _)| tp + fp > 0.0)
        .map(|&(tp, fp, fnn)| precision(tp, fp, fnn))
        .collect();
    let rs: Vec<f64> = per_page
        .iter()
        .filter(|(tp, _, fnn)| tp + fnn > 0.0)
        .map(|&(tp, fp, fnn)| recall(tp, fp, fnn))
        .collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "article-extraction-benchmark: {} pages ({} missing)",
        per_page.len(),
        missing
    );
    println!(
        "  body (benchmark metric, 4-gram shingles of \\w+ tokens, macro): P={p:.3} R={r:.3} F1={f1:.3}"
    );
    let bp = btp as f64 / (btp + bfp).max(1) as f64;
    let br = btp as f64 / (btp + bfn).max(1) as f64;
    println!(
        "  body (bag of whitespace tokens, micro):                       P={bp:.3} R={br:.3} F1={:.3}",
        2.0 * bp * br / (bp + br).max(1e-9)
    );
    println!("  speed: {}", speed(bytes, elapsed));
    if verbose {
        worst.sort_by(|a, b| a.2.total_cmp(&b.2));
        for (p, r, f, k) in worst.iter().take(25) {
            println!("  worst {k}: P={p:.2} R={r:.2} F1={f:.2}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_metric_matches_benchmark_definition() {
        let (tp, fp, fnn) = shingle_match("a b c d e", "a b c d e");
        assert_eq!((precision(tp, fp, fnn), recall(tp, fp, fnn)), (1.0, 1.0));
        let (tp, fp, fnn) = shingle_match("a b c d e", "a b c d x");
        assert!(
            (tp - 1.0 / 3.0).abs() < 1e-9
                && (fp - 1.0 / 3.0).abs() < 1e-9
                && (fnn - 1.0 / 3.0).abs() < 1e-9
        );
        // Fewer than four tokens make a single short shingle.
        assert_eq!(shingles("one two").len(), 1);
        assert_eq!(tokens("it's a-b_c"), vec!["it", "s", "a", "b_c"]);
    }
}
