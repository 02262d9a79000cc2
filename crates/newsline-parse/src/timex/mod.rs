//! Recognition of English time expressions.
//!
//! The scanner walks the text word by word and runs the nom grammar only where a
//! word could start a time expression (a digit, a month or weekday name, a unit,
//! a determiner or modifier that can lead one). Each match becomes a
//! [`Timex`] with its span, its text and a symbolic [`TimexReading`]; the value
//! is left empty for the time stage to resolve against the document creation
//! time. Recognition never looks at a calendar: `Monday` reads as
//! `Weekday { day: 1 }` here, and only normalization knows which Monday.

mod grammar;
mod lexicon;

use newsline_model::reading::TimexReading;
use newsline_model::{BlockKind, Document, Span, Timex, TimexType};

use grammar::{Ctx, Grammar};

/// Finds the time expressions of `doc.text` and pushes them, with their symbolic
/// reading and no value yet, into `doc.timexes` (replacing any found before).
///
/// A timex inside the article's timestamp line gets `function: CREATION_TIME`.
pub fn recognize_timexes(doc: &mut Document) {
    let found = scan(&doc.text);
    let stamps: Vec<Span> = doc
        .blocks_of(BlockKind::Timestamp)
        .chain(doc.document.timestamps.iter().map(|t| t.span))
        .collect();
    doc.timexes = found
        .into_iter()
        .enumerate()
        .map(|(k, (span, reading))| {
            let function = stamps
                .iter()
                .any(|s| s.overlaps(&span))
                .then(|| "CREATION_TIME".to_owned());
            Timex {
                id: format!("t{}", k + 1),
                span,
                text: doc.slice(span).to_owned(),
                timex_type: default_type(&reading),
                value: String::new(),
                modifier: None,
                freq: None,
                quant: None,
                anchor: None,
                interval: None,
                granularity: None,
                function,
                reading: Some(reading),
            }
        })
        .collect();
}

/// Finds time expressions in `text`: spans (UTF-8 byte offsets, on char
/// boundaries) with their readings, in text order, never overlapping.
pub fn scan(text: &str) -> Vec<(Span, TimexReading)> {
    let lenient = !text.bytes().any(|b| b.is_ascii_uppercase());
    let mut out = Vec::new();
    let mut prev_word: &str = "";
    let mut skip_to = 0usize;
    let mut prev_char: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        let starts_word = c.is_alphanumeric() && !prev_char.is_some_and(char::is_alphanumeric);
        let before = prev_char;
        prev_char = Some(c);
        if !starts_word || pos < skip_to {
            continue;
        }
        let Some(rest) = text.get(pos..) else {
            continue;
        };
        let word_len = rest
            .char_indices()
            .find(|&(_, ch)| !ch.is_alphanumeric())
            .map_or(rest.len(), |(k, _)| k);
        let word = rest.get(..word_len).unwrap_or_default();
        if is_trigger(word) {
            let g = Grammar {
                ctx: Ctx {
                    lenient,
                    prev: prev_word,
                    prev_char: before,
                },
            };
            if let Ok((remaining, reading)) = g.expr(rest) {
                let consumed = rest.len() - remaining.len();
                let matched = rest.get(..consumed).unwrap_or_default();
                let trimmed = matched.trim_end_matches(|ch: char| {
                    ch.is_whitespace() || ch == ',' || ch == '\u{a0}'
                });
                if !trimmed.is_empty() && accept(trimmed, &reading, prev_word) {
                    let span = Span::new(pos, pos + trimmed.len());
                    skip_to = span.end;
                    out.push((span, reading));
                }
            }
        }
        prev_word = word;
    }
    out
}

/// Last checks on a whole match that need its text.
fn accept(text: &str, reading: &TimexReading, prev: &str) -> bool {
    // `24/7` and scores are caught in the grammar; a lone `now` as "now that" is still TE3 PRESENT_REF.
    let _ = (text, prev);
    !matches!(reading, TimexReading::Duration { amount: Some(v), .. } if *v <= 0.0)
}

/// The TIMEX3 type a reading has before normalization refines it.
pub fn default_type(r: &TimexReading) -> TimexType {
    match r {
        TimexReading::Modified { inner, .. } => default_type(inner),
        TimexReading::Duration { .. } => TimexType::Duration,
        TimexReading::Set { .. } => TimexType::Set,
        TimexReading::Clock { .. } | TimexReading::DayPart { .. } => TimexType::Time,
        _ => TimexType::Date,
    }
}

/// Words that can begin a time expression. Kept sorted for binary search.
const TRIGGERS: &[&str] = &[
    "a", "about", "afternoon", "almost", "an", "annual", "annually", "apr", "april", "approximately",
    "around", "at", "aug", "august", "autumn", "boxing", "christmas", "coming", "couple",
    "current", "currently", "daily", "day", "days", "dec", "decade", "decades", "december",
    "each", "early", "earlier", "easter", "eight", "eighteen", "eighty", "eleven", "end",
    "evening", "every", "father", "feb", "february", "few", "fewer", "fifteen", "fifty", "first",
    "fiscal", "five", "forty", "four", "fourteen", "fourth", "formerly", "fri", "friday",
    "future", "fy", "good", "half", "halloween", "hour", "hourly", "hours", "independence",
    "jan", "january", "jul", "july", "jun", "june", "just", "labor", "last", "late", "lately",
    "later", "latest", "less", "many", "mar", "march", "martin", "may", "memorial", "mid",
    "midday", "midnight", "millennium", "minute", "minutes", "mlk", "mon", "monday", "month",
    "monthly", "months", "more", "morning", "mother", "nearly", "new", "next", "night",
    "nightly", "nine", "nineteen", "ninety", "no", "noon", "nov", "november", "now",
    "nowadays", "oct", "october", "once", "one", "over", "past", "presently", "presidents",
    "previous", "previously", "quarter", "quarterly", "quarters", "recent", "recently",
    "right", "roughly", "sat", "saturday", "sep", "sept", "september", "seven", "seventeen",
    "seventy", "several", "six", "sixteen", "sixty", "some", "soon", "spring", "summer", "sun",
    "sunday", "ten", "thanksgiving", "the", "these", "third", "thirteen", "thirty", "this",
    "three", "thrice", "thu", "thur", "thurs", "thursday", "today", "tomorrow", "tonight",
    "tue", "tues", "tuesday", "that", "twelve", "twenty", "twice", "two", "up", "upcoming",
    "valentine", "veterans", "wed", "wednesday", "week", "weekend", "weekends", "weekly",
    "weeks", "winter", "xmas", "year", "yearly", "years", "yesterday", "zero",
    "afternoons", "evenings", "fall", "mornings", "nights", "hundred", "decades", "centuries",
    "century",
];

/// True when `word` may start a time expression.
fn is_trigger(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if word.len() > 14 {
        return false;
    }
    let mut buf = [0u8; 14];
    for (slot, b) in buf.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = buf.get(..word.len()).unwrap_or_default();
    // weekday plurals and quarter shorthands
    if (lower.len() == 2 && (lower.first() == Some(&b'q') || lower.first() == Some(&b'h')))
        || lower.starts_with(b"fy")
    {
        return true;
    }
    let base = lower.strip_suffix(b"s").unwrap_or(lower);
    trigger_set_contains(lower) || (base.ends_with(b"day") && trigger_set_contains(base))
}

fn trigger_set_contains(w: &[u8]) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static [u8]>> = std::sync::OnceLock::new();
    let set = SORTED.get_or_init(|| {
        let mut v: Vec<&'static [u8]> = TRIGGERS.iter().map(|t| t.as_bytes()).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    set.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests;
