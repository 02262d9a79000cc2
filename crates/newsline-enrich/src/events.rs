//! Events: clauses anchored to a resolved time expression.
//!
//! For each DATE/TIME timex with a resolved interval, the trigger is the event noun the
//! timex attaches to (`summit in April 2019`, `this week’s summit`, `a briefing
//! Monday`) or else the nearest main verb of its clause, looking left first (`said
//! late Monday`) and then right (`Four years ago, … Kim Jong Un made …`). Triggers
//! are single words so they can be matched against TimeML event annotations.

use newsline_model::{
    Document, Event, Modality, Quote, QuoteKind, Span, SpanRef, Spanned, TimexType,
};

use crate::entities::Analysis;
use crate::lex;
use crate::text::Kind;

/// How far (in tokens) a secondary trigger may be from its timex.
const MAX_DIST: usize = 20;

const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "do",
    "does", "did", "shall", "should", "can", "could", "may", "might", "must", "'s",
];

const PREPS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "since",
    "by",
    "until",
    "from",
    "of",
    "for",
    "before",
    "after",
    "through",
    "throughout",
    "within",
    "over",
    "the",
    "a",
    "an",
    "late",
    "early",
];

const NOT_VERBS: &[&str] = &[
    "need",
    "red",
    "bed",
    "hundred",
    "shed",
    "seed",
    "speed",
    "feed",
    "deed",
    "steed",
    "greed",
    "united",
    "limited",
    "related",
    "based",
    "interested",
    "armored",
    "advanced",
    "concerned",
    "supposed",
    "used",
];

fn is_verbish(an: &Analysis<'_>, i: usize) -> bool {
    let Some(t) = an.toks.get(i) else {
        return false;
    };
    if t.kind != Kind::Word {
        return false;
    }
    let w = an.word(i);
    if w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if AUX.contains(&w) || NOT_VERBS.contains(&w) {
        return false;
    }
    if lex::is_common_verb(w) || lex::is_cue_verb(w) {
        return true;
    }
    let prev = if i > 0 { an.word(i - 1) } else { "" };
    if matches!(
        prev,
        "to" | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "can"
            | "must"
            | "should"
            | "did"
            | "not"
    ) && w.chars().all(|c| c.is_ascii_lowercase())
        && w.len() > 2
        && !lex::is_stop(w)
    {
        return true;
    }
    let n = w.chars().count();
    if n > 4 && w.ends_with("ed") {
        return true;
    }
    if n > 5 && w.ends_with("ing") && AUX.contains(&prev) {
        return true;
    }
    false
}

fn is_event_noun(an: &Analysis<'_>, i: usize) -> bool {
    an.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && lex::is_event_noun(an.word(i))
}

fn clause_bounds(an: &Analysis<'_>, sent: Span, ta: usize, tb: usize) -> (usize, usize) {
    let a = an.tok_at(sent.start);
    let b = an.tok_at(sent.end);
    let mut lo = ta;
    while lo > a && !matches!(an.word(lo - 1), ";" | "“" | "”" | "\"" | "—" | "–") {
        lo -= 1;
    }
    let mut hi = tb + 1;
    while hi < b && !matches!(an.word(hi), ";" | "“" | "”" | "\"" | "—" | "–") {
        hi += 1;
    }
    (lo, hi)
}

fn trigger(an: &Analysis<'_>, sent: Span, ta: usize, tb: usize) -> Option<usize> {
    let (lo, hi) = clause_bounds(an, sent, ta, tb);
    // `NOUN in|on|during [the] TIMEX`
    let mut k = ta;
    let mut n = 0;
    while k > lo && n < 3 && PREPS.contains(&an.word(k - 1)) {
        k -= 1;
        n += 1;
    }
    if k > lo && is_event_noun(an, k - 1) {
        return Some(k - 1);
    }
    // `TIMEX’s [adj…] NOUN`
    if an.toks.get(tb + 1).is_some_and(|t| t.kind == Kind::Poss) {
        for j in tb + 2..(tb + 8).min(hi) {
            if is_event_noun(an, j) {
                return Some(j);
            }
        }
    }
    // Nearest verb, left first within a short window, then right.
    let left = (lo..ta).rev().take(8).find(|&i| is_verbish(an, i));
    let right = (tb + 1..hi).take(10).find(|&i| is_verbish(an, i));
    match (left, right) {
        (Some(l), Some(r)) => {
            if ta - l <= r - tb + 2 {
                Some(l)
            } else {
                Some(r)
            }
        }
        (Some(l), None) => Some(l),
        (None, Some(r)) => Some(r),
        (None, None) => {
            // An event noun anywhere near in the clause.
            let near = (lo..hi).filter(|&i| (i < ta || i > tb) && is_event_noun(an, i));
            near.min_by_key(|&i| if i < ta { ta - i } else { i - tb })
        }
    }
}

fn modality(an: &Analysis<'_>, sent: Span, trig: usize) -> Modality {
    let a = an.tok_at(sent.start);
    let lo = trig.saturating_sub(5).max(a);
    let mut m = Modality::Reported;
    for i in lo..trig {
        let w = an.word(i).to_lowercase();
        let next = an.word(i + 1);
        match w.as_str() {
            "not" | "never" | "n't" | "no" => m = Modality::Negated,
            "will" | "'ll" | "shall" => m = Modality::Planned,
            "plans" | "planned" | "plan" | "scheduled" | "set" | "going" if next == "to" => {
                m = Modality::Planned
            }
            "is" | "are" if next == "to" => m = Modality::Planned,
            "expected" | "likely" | "expects" | "expect" | "anticipated" => m = Modality::Expected,
            "could" | "may" | "might" | "would" | "possibly" | "perhaps" => m = Modality::Possible,
            _ => {
                if w.ends_with("n't") || w.ends_with("n’t") {
                    m = Modality::Negated;
                }
            }
        }
    }
    m
}

/// Builds the events of the document from its timexes, entities and quotes.
pub(crate) fn find(doc: &Document, an: &Analysis<'_>, quotes: &[Quote]) -> Vec<Event> {
    // Eligible timexes with their token ranges.
    let mut anchors: Vec<(usize, usize, usize, usize)> = Vec::new(); // (timex idx, sent, ta, tb)
    for (ti, t) in doc.timexes.iter().enumerate() {
        // Dates and times anchor even when vague (`recently`, `PAST_REF`): the timeline
        // places those by document order. Durations anchor only once resolved.
        let anchored = t.interval.is_some();
        let ok_type = matches!(t.timex_type, TimexType::Date | TimexType::Time)
            || (t.timex_type == TimexType::Duration && (anchored || t.anchor.is_some()));
        if !ok_type || t.value.is_empty() || t.function.as_deref() == Some("CREATION_TIME") {
            continue;
        }
        let Some(si) = an.sentence_of(t.span.start) else {
            continue;
        };
        let ta = an.tok_at(t.span.start);
        let tb = an.tok_at(t.span.end).saturating_sub(1).max(ta);
        anchors.push((ti, si, ta, tb));
    }
    // The main trigger of each timex, then every other verb or event noun of the same
    // clause anchored to its nearest timex: the model keeps every anchored clause.
    let mut chosen: Vec<(usize, usize)> = Vec::new(); // (trigger token, anchor idx)
    // Lookups by set and by sorted position keep the cost linear when one sentence
    // holds thousands of dates.
    let mut taken: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for (k, &(_, si, ta, tb)) in anchors.iter().enumerate() {
        let Some(sent) = an.sents.get(si).copied() else {
            continue;
        };
        if let Some(tr) = trigger(an, sent, ta, tb) {
            if taken.insert(tr) {
                chosen.push((tr, k));
            }
        }
    }
    for (k, &(_, si, ta, tb)) in anchors.iter().enumerate() {
        let Some(sent) = an.sents.get(si).copied() else {
            continue;
        };
        let (lo, hi) = clause_bounds(an, sent, ta, tb);
        let lo = lo.max(ta.saturating_sub(MAX_DIST));
        let hi = hi.min(tb.saturating_add(MAX_DIST + 1));
        for i in lo..hi {
            if (ta..=tb).contains(&i) || taken.contains(&i) {
                continue;
            }
            let aux_main = matches!(
                an.word(i),
                "is" | "are" | "was" | "were" | "has" | "had" | "have"
            ) && !(i + 1..i + 3).any(|j| is_verbish(an, j));
            if !(is_verbish(an, i) || is_event_noun(an, i) || aux_main) {
                continue;
            }
            // Nearest eligible timex of the sentence wins.
            let dist = |a: &(usize, usize, usize, usize)| {
                if i < a.2 {
                    a.2 - i
                } else {
                    i.saturating_sub(a.3)
                }
            };
            // Anchors are in text order, so the nearest one of the sentence is
            // next to the token's position among them.
            let pos = anchors.partition_point(|a| a.2 <= i);
            let best = [
                pos.checked_sub(2),
                pos.checked_sub(1),
                Some(pos),
                Some(pos + 1),
            ]
            .into_iter()
            .flatten()
            .filter_map(|j| anchors.get(j).map(|a| (j, a)))
            .filter(|(_, a)| a.1 == si)
            .min_by_key(|(_, a)| dist(a))
            .map(|(j, _)| j);
            if best == Some(k) && dist(&(ta, si, ta, tb)) <= MAX_DIST && taken.insert(i) {
                chosen.push((i, k));
            }
        }
    }
    let mut mention_order: Vec<usize> = (0..an.mentions.len()).collect();
    mention_order.sort_by_key(|&m| an.mentions.get(m).map(|m| m.span.start));
    let mut quote_order: Vec<usize> = (0..quotes.len()).collect();
    quote_order.sort_by_key(|&q| quotes.get(q).map(|q| q.span.start));
    let mut out = Vec::new();
    for (tr, k) in chosen {
        let Some(&(ti, si, _, _)) = anchors.get(k) else {
            continue;
        };
        let (Some(t), Some(sent)) = (doc.timexes.get(ti), an.sents.get(si).copied()) else {
            continue;
        };
        let Some(tt) = an.toks.get(tr) else { continue };
        let Some(trig) = Spanned::from_text(an.text, tt.span()) else {
            continue;
        };
        let mut participants: Vec<String> = Vec::new();
        let first = mention_order.partition_point(|&m| {
            an.mentions
                .get(m)
                .is_some_and(|m| m.span.start < sent.start)
        });
        let in_sentence = mention_order
            .get(first..)
            .unwrap_or_default()
            .iter()
            .filter_map(|&m| an.mentions.get(m));
        for m in in_sentence.take_while(|m| m.span.start < sent.end) {
            if sent.contains(&m.span) {
                if let Some(e) = an.entities.get(m.entity) {
                    if matches!(e.entity_type, newsline_model::EntityType::Norp) {
                        continue;
                    }
                    if !participants.contains(&e.id) {
                        participants.push(e.id.clone());
                    }
                }
            }
        }
        let before = quote_order.partition_point(|&q| {
            quotes
                .get(q)
                .is_some_and(|q| q.span.start <= trig.span.start)
        });
        let source = quote_order
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .filter_map(|&q| quotes.get(q))
            .take(4)
            .find(|q| q.span.contains(&trig.span) && q.kind != QuoteKind::Scare)
            .map(|q| q.id.clone());
        out.push(Event {
            id: String::new(),
            trigger: trig,
            sentence: SpanRef { span: sent },
            timex: Some(t.id.clone()),
            interval: t.interval,
            granularity: t.granularity,
            participants,
            source,
            modality: modality(an, sent, tr),
        });
    }
    out.sort_by_key(|e| (e.sentence.span.start, e.trigger.span.start));
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("v{}", i + 1);
    }
    out
}
