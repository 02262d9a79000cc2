//! `cargo xtask eval entities|quotes --gold FILE [--text FILE] [--details]`.
//!
//! Gold formats, recognized by shape:
//! - the seed gold (an object with `entities`, `quotes`; the article text is found
//!   with `--text`, else next to the gold as `../corpus/seed/<source>`, else in
//!   `fixtures/articles/000_rfa_seed.txt`);
//! - GUM news (`gum-news.json`, a list of docs with `entities` carrying `chain`);
//! - PolNeAR (`polnear-dev.json`, a list of docs with `attributions`).
//!
//! Entities on GUM: relaxed mention P/R/F1 by the rule in the data set's README.
//! GUM → newsline type map: `person` → PERSON; `organization` → ORG; `place` → GPE, LOC
//! or FAC. NORP and EVENT predictions are not scored. Gold mentions count when `named`
//! and every word is capitalized except connectors. Coreference: B³ over the counted
//! gold mentions that a prediction hit (gold clusters = GUM chains, predicted
//! clusters = newsline entity ids), so it measures the linking of proper names only.
//!
//! Entities on the seed: P/R/F1 over (canonical name, type) — `accept_types` allowed,
//! NORP entities and the gold's `optional_entities` ignored (the gold does not list
//! nationalities) — plus the share of listed mentions linked to the matched entity and
//! the titled people whose role covers the gold role's words.
//!
//! Quotes: seed — found / right speaker / right kind for the 21 gold quotes, spurious
//! marked quotes, anonymous sources found. PolNeAR — direct-quote speaker accuracy by
//! the README's rule (a counted attribution holds a double quote mark and has a source).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsline_model::{Document, EntityType, QuoteKind, Span};
use serde_json::Value;

use crate::score::{f1, prf, ratio};

/// Runs the evaluation with the arguments after `eval`.
pub fn run(args: &[String]) -> Result<(), String> {
    let layer = args.first().map(String::as_str).unwrap_or("");
    let mut gold: Option<PathBuf> = None;
    let mut text: Option<PathBuf> = None;
    let mut details = false;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--gold" => gold = it.next().map(PathBuf::from),
            "--text" => text = it.next().map(PathBuf::from),
            "--details" => details = true,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let gold = gold
        .ok_or("usage: cargo xtask eval entities|quotes --gold FILE [--text FILE] [--details]")?;
    let raw = std::fs::read_to_string(&gold).map_err(|e| format!("{}: {e}", gold.display()))?;
    let v: Value = serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", gold.display()))?;
    match (layer, &v) {
        ("entities", Value::Object(_)) => seed_entities(&v, &seed_text(&gold, &v, text)?, details),
        ("quotes", Value::Object(_)) => seed_quotes(&v, &seed_text(&gold, &v, text)?, details),
        ("entities", Value::Array(docs)) => gum(docs, details),
        ("quotes", Value::Array(docs)) => polnear(docs, details),
        _ => Err(format!("eval {layer}: unrecognized gold format")),
    }
}

/// Runs every stage that exists on `doc`.
pub fn process(doc: &mut Document) {
    newsline_parse::parse_article(doc);
    newsline_parse::recognize_timexes(doc);
    newsline_time::normalize(doc);
    newsline_enrich::enrich(doc);
}

fn seed_text(gold: &Path, v: &Value, text: Option<PathBuf>) -> Result<String, String> {
    let candidates: Vec<PathBuf> = match text {
        Some(t) => vec![t],
        None => {
            let src = v["source"].as_str().unwrap_or("");
            let dir = gold.parent().unwrap_or(Path::new("."));
            vec![
                dir.join("../corpus/seed").join(src),
                crate::root().join("fixtures/articles/000_rfa_seed.txt"),
            ]
        }
    };
    for c in &candidates {
        if let Ok(t) = std::fs::read_to_string(c) {
            return Ok(t);
        }
    }
    Err(format!(
        "article text not found (tried {candidates:?}); pass --text FILE"
    ))
}

fn norm(s: &str) -> String {
    s.replace('’', "'").replace('\u{a0}', " ").to_lowercase()
}

fn type_name(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PERSON",
        EntityType::Org => "ORG",
        EntityType::Gpe => "GPE",
        EntityType::Loc => "LOC",
        EntityType::Norp => "NORP",
        EntityType::Event => "EVENT",
        EntityType::Fac => "FAC",
    }
}

fn content_words(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !matches!(*w, "a" | "an" | "the" | "at" | "of" | "in" | "and"))
        .map(str::to_owned)
        .collect()
}

fn seed_doc(text: &str) -> Document {
    let mut doc = Document::new("seed", text);
    process(&mut doc);
    doc
}

fn seed_entities(v: &Value, text: &str, details: bool) -> Result<(), String> {
    let doc = seed_doc(text);
    let optional: Vec<String> = v["optional_entities"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str()).map(norm).collect())
        .unwrap_or_default();
    let sys: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.entity_type != EntityType::Norp && !optional.contains(&norm(&e.name)))
        .collect();
    let gold = v["entities"].as_array().ok_or("gold has no entities")?;
    let mut tp = 0;
    let mut used = vec![false; sys.len()];
    let (mut ment_ok, mut ment_all, mut roles_ok, mut roles_all) = (0, 0, 0, 0);
    for g in gold {
        let name = g["canonical"].as_str().unwrap_or("");
        let mut types = vec![g["type"].as_str().unwrap_or("").to_owned()];
        if let Some(a) = g["accept_types"].as_array() {
            types.extend(a.iter().filter_map(|x| x.as_str()).map(str::to_owned));
        }
        let hit = sys.iter().enumerate().find(|(i, e)| {
            !used.get(*i).copied().unwrap_or(true)
                && norm(&e.name) == norm(name)
                && types.iter().any(|t| t == type_name(e.entity_type))
        });
        let gm: Vec<&str> = g["mentions"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        let gr: Vec<&str> = g["roles"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        ment_all += gm.len();
        roles_all += usize::from(!gr.is_empty());
        match hit {
            Some((i, e)) => {
                tp += 1;
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                for m in &gm {
                    if e.mentions.iter().any(|x| norm(&x.text) == norm(m)) {
                        ment_ok += 1;
                    } else if details {
                        println!("  unlinked mention {m:?} of {name}");
                    }
                }
                if !gr.is_empty() {
                    let ok = gr.iter().all(|r| {
                        e.roles.iter().any(|have| {
                            let hw = content_words(&format!(
                                "{} {} {}",
                                have.title,
                                have.organization.as_deref().unwrap_or(""),
                                have.place.as_deref().unwrap_or("")
                            ));
                            content_words(r).iter().all(|w| hw.contains(w))
                        })
                    });
                    roles_ok += usize::from(ok);
                    if details && !ok {
                        println!("  role missing for {name}: {gr:?} have {:?}", e.roles);
                    }
                }
            }
            None => {
                if details {
                    println!("  missed entity {name} {types:?}");
                }
            }
        }
    }
    if details {
        for (i, e) in sys.iter().enumerate() {
            if !used.get(i).copied().unwrap_or(true) {
                println!("  spurious entity {} {}", e.name, type_name(e.entity_type));
            }
        }
    }
    let (p, r, f) = prf(tp, sys.len(), gold.len());
    println!(
        "seed entities (canonical name, type): gold {} system {} matched {tp}",
        gold.len(),
        sys.len()
    );
    println!("  P {:.3} R {:.3} F1 {:.3}", p, r, f);
    println!("  mentions linked {ment_ok}/{ment_all}; roles {roles_ok}/{roles_all}");
    Ok(())
}

fn seed_quotes(v: &Value, text: &str, details: bool) -> Result<(), String> {
    let doc = seed_doc(text);
    let gold = v["quotes"].as_array().ok_or("gold has no quotes")?;
    let optional: Vec<String> = v["optional_quotes"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str()).map(norm).collect())
        .unwrap_or_default();
    let (mut found, mut speaker, mut kind) = (0, 0, 0);
    let mut used = vec![false; doc.quotes.len()];
    for g in gold {
        let sw = g["starts_with"].as_str().unwrap_or("");
        let gs = g["speaker"].as_str().unwrap_or("");
        let gk = g["kind"].as_str().unwrap_or("");
        let hit =
            doc.quotes.iter().enumerate().find(|(_, q)| {
                norm(&q.text).starts_with(&norm(sw)) && q.kind != QuoteKind::Indirect
            });
        match hit {
            Some((i, q)) => {
                found += 1;
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                let sp_ok = q
                    .speaker_name
                    .as_deref()
                    .is_some_and(|n| norm(n) == norm(gs));
                speaker += usize::from(sp_ok);
                let k = serde_json::to_value(q.kind)
                    .ok()
                    .and_then(|x| x.as_str().map(str::to_owned))
                    .unwrap_or_default();
                kind += usize::from(k == gk);
                if details && (!sp_ok || k != gk) {
                    println!(
                        "  {sw:?}: speaker {:?} (gold {gs}), kind {k} (gold {gk})",
                        q.speaker_name
                    );
                }
            }
            None => {
                if details {
                    println!("  missed quote {sw:?}");
                }
            }
        }
    }
    let mut spurious = 0;
    for (i, q) in doc.quotes.iter().enumerate() {
        let marked = matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial);
        let opt = optional.iter().any(|o| norm(&q.text).starts_with(o));
        if marked && !opt && !used.get(i).copied().unwrap_or(true) {
            spurious += 1;
            if details {
                println!("  spurious quote {:?}", q.text);
            }
        }
    }
    let anon: Vec<&str> = v["anonymous_sources"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    let anon_ok = anon
        .iter()
        .filter(|a| {
            doc.quotes.iter().any(|q| {
                q.speaker_name
                    .as_deref()
                    .is_some_and(|n| norm(n) == norm(a))
            })
        })
        .count();
    println!(
        "seed quotes: gold {} found {found} right speaker {speaker} right kind {kind}; spurious marked quotes {spurious}",
        gold.len()
    );
    println!(
        "  anonymous sources kept as descriptions: {anon_ok}/{}",
        anon.len()
    );
    let indirect = doc
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .count();
    println!(
        "  system: {} quotes ({indirect} indirect)",
        doc.quotes.len()
    );
    Ok(())
}

const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "de", "van", "von", "al", "bin", "du", "da", "der", "la", "le",
    "del", "&", "-", "'s", "on", "y",
];

fn coarse(t: &str) -> Option<&'static str> {
    match t {
        "person" => Some("PERSON"),
        "organization" => Some("ORG"),
        "place" => Some("PLACE"),
        _ => None,
    }
}

fn sys_coarse(t: EntityType) -> Option<&'static str> {
    match t {
        EntityType::Person => Some("PERSON"),
        EntityType::Org => Some("ORG"),
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => Some("PLACE"),
        _ => None,
    }
}

fn all_capitalized(s: &str) -> bool {
    s.split_whitespace()
        .all(|w| CONNECTORS.contains(&w) || w.chars().next().is_some_and(char::is_uppercase))
}

fn gum(docs: &[Value], details: bool) -> Result<(), String> {
    let mut per: HashMap<&str, (usize, usize, usize)> = HashMap::new(); // tp, sys, gold
    let (mut b3p, mut b3r, mut b3n) = (0.0f64, 0.0f64, 0usize);
    let started = std::time::Instant::now();
    let mut bytes = 0usize;
    for d in docs {
        let text = d["text"].as_str().unwrap_or("");
        bytes += text.len();
        let mut doc = Document::new(d["doc_id"].as_str().unwrap_or(""), text);
        process(&mut doc);
        // Gold: (span, coarse, counted, chain)
        let mut gold: Vec<(Span, &'static str, bool, String)> = Vec::new();
        for e in d["entities"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let Some(c) = coarse(e["type"].as_str().unwrap_or("")) else {
                continue;
            };
            let s = e["byte_start"].as_u64().unwrap_or(0) as usize;
            let t = e["byte_end"].as_u64().unwrap_or(0) as usize;
            let named = e["named"].as_bool().unwrap_or(false);
            let counted = named && all_capitalized(e["text"].as_str().unwrap_or(""));
            gold.push((
                Span::new(s, t),
                c,
                counted,
                e["chain"].as_str().unwrap_or("").to_owned(),
            ));
        }
        let mut sys: Vec<(Span, &'static str, String)> = Vec::new();
        for ent in &doc.entities {
            let Some(c) = sys_coarse(ent.entity_type) else {
                continue;
            };
            for m in &ent.mentions {
                sys.push((m.span, c, ent.id.clone()));
            }
        }
        sys.sort_by_key(|s| s.0.start);
        let mut gold_used = vec![false; gold.len()];
        let mut hits: Vec<(usize, String)> = Vec::new(); // gold idx, sys entity
        for (sp, c, eid) in &sys {
            let e = per.entry(c).or_default();
            let hit = gold.iter().enumerate().find(|(i, g)| {
                g.2 && g.1 == *c && g.0.overlaps(sp) && !gold_used.get(*i).copied().unwrap_or(true)
            });
            if let Some((i, _)) = hit {
                if let Some(u) = gold_used.get_mut(i) {
                    *u = true;
                }
                e.0 += 1;
                e.1 += 1;
                hits.push((i, eid.clone()));
            } else if gold.iter().any(|g| g.1 == *c && g.0.overlaps(sp)) {
                // overlaps only uncounted gold of its type, or a counted one already used: ignored
                if gold.iter().any(|g| g.1 == *c && g.2 && g.0.overlaps(sp)) {
                    e.1 += 1;
                }
            } else {
                e.1 += 1;
                if details {
                    println!("  {} spurious {c} {:?}", doc.id, doc.slice(*sp));
                }
            }
        }
        for (i, g) in gold.iter().enumerate() {
            if g.2 {
                per.entry(g.1).or_default().2 += 1;
                if details && !gold_used.get(i).copied().unwrap_or(false) {
                    println!("  {} missed {} {:?}", doc.id, g.1, doc.slice(g.0));
                }
            }
        }
        // B³ over hit gold mentions.
        for (gi, eid) in &hits {
            let chain = gold.get(*gi).map(|g| g.3.clone()).unwrap_or_default();
            let same_sys: Vec<usize> = hits.iter().filter(|h| &h.1 == eid).map(|h| h.0).collect();
            let same_gold: Vec<usize> = hits
                .iter()
                .filter(|h| gold.get(h.0).is_some_and(|g| g.3 == chain))
                .map(|h| h.0)
                .collect();
            let inter = same_sys.iter().filter(|x| same_gold.contains(x)).count() as f64;
            b3p += inter / same_sys.len().max(1) as f64;
            b3r += inter / same_gold.len().max(1) as f64;
            b3n += 1;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let (mut tp, mut sy, mut go) = (0, 0, 0);
    let mut keys: Vec<_> = per.keys().copied().collect();
    keys.sort();
    for k in keys {
        let (t, s, g) = per.get(k).copied().unwrap_or_default();
        let (p, r, f) = prf(t, s, g);
        println!(
            "  {k:<6} P {:.1} R {:.1} F1 {:.1} (tp {t}, sys {s}, gold {g})",
            p * 100.0,
            r * 100.0,
            f * 100.0
        );
        tp += t;
        sy += s;
        go += g;
    }
    let (p, r, f) = prf(tp, sy, go);
    println!(
        "GUM mentions (PERSON/ORG/PLACE, relaxed): P {:.1} R {:.1} F1 {:.1}",
        p * 100.0,
        r * 100.0,
        f * 100.0
    );
    let (bp, br) = if b3n == 0 {
        (0.0, 0.0)
    } else {
        (b3p / b3n as f64, b3r / b3n as f64)
    };
    let bf = f1(bp, br);
    println!(
        "proper-name coreference, B³ over {b3n} hit mentions: P {:.1} R {:.1} F1 {:.1}",
        bp * 100.0,
        br * 100.0,
        bf * 100.0
    );
    println!(
        "{} docs, {bytes} bytes, {secs:.3}s (all stages, debug or release as built)",
        docs.len()
    );
    Ok(())
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn has_double_quote(s: &str) -> bool {
    s.contains(['"', '“', '”'])
}

fn span_of(v: &Value) -> Option<Span> {
    Some(Span::new(
        v["byte_start"].as_u64()? as usize,
        v["byte_end"].as_u64()? as usize,
    ))
}

fn polnear(docs: &[Value], details: bool) -> Result<(), String> {
    let (mut counted, mut right, mut recalled) = (0usize, 0usize, 0usize);
    for d in docs {
        let text = d["text"].as_str().unwrap_or("");
        let mut doc = Document::new(d["doc_id"].as_str().unwrap_or(""), text);
        process(&mut doc);
        for a in d["attributions"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let content = &a["content"];
            if a["source"].is_null() || !has_double_quote(content["text"].as_str().unwrap_or("")) {
                continue;
            }
            let Some(cs) = span_of(content) else { continue };
            let Some(ss) = span_of(&a["source"]) else {
                continue;
            };
            let src_text = a["source"]["text"].as_str().unwrap_or("");
            counted += 1;
            let qs: Vec<_> = doc.quotes.iter().filter(|q| q.span.overlaps(&cs)).collect();
            if !qs.is_empty() {
                recalled += 1;
            }
            let last = |s: &str| {
                s.split_whitespace()
                    .last()
                    .map(|w| norm(w.trim_matches(|c: char| !c.is_alphanumeric())))
            };
            let ok = qs.iter().any(|q| {
                q.speaker_mention
                    .as_ref()
                    .is_some_and(|m| m.span.overlaps(&ss))
                    || q.speaker
                        .as_deref()
                        .and_then(|id| doc.entity(id))
                        .is_some_and(|e| e.mentions.iter().any(|m| m.span.overlaps(&ss)))
                    || q.speaker_name
                        .as_deref()
                        .is_some_and(|n| last(n).is_some() && last(n) == last(src_text))
            });
            right += usize::from(ok);
            if details && !ok {
                let got: Vec<_> = qs
                    .iter()
                    .map(|q| {
                        (
                            q.speaker_name.clone(),
                            q.speaker_mention.as_ref().map(|m| m.text.clone()),
                        )
                    })
                    .collect();
                let lo = floor(text, cs.start.min(ss.start).saturating_sub(80));
                let hi = floor(text, (cs.end.max(ss.end) + 80).min(text.len()));
                println!(
                    "  {}: source {src_text:?} got {got:?}\n      {:?}",
                    doc.id,
                    text.get(lo..hi).unwrap_or("")
                );
            }
        }
    }
    let acc = ratio(right, counted);
    let rec = ratio(recalled, counted);
    println!(
        "PolNeAR direct quotes: counted {counted}, right speaker {right} ({:.1}%), quote recall {:.1}%",
        acc * 100.0,
        rec * 100.0
    );
    Ok(())
}
