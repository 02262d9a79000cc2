//! The timeline: one article's events in time order, and many articles' timelines
//! merged into one.
//!
//! Ordering is by interval start, then granularity (coarser first, so "2019" comes
//! before "2019-01-01"), then document order. A duration places an event only when
//! the time stage anchored it (gave it an interval *and* an anchor): "for two
//! days" says how long, not when. Vague times (`PAST_REF`, `PRESENT_REF`,
//! `FUTURE_REF`) have no place on the calendar, so they follow the dated event the
//! article told just before them, and are marked `vague`.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDateTime};
use newsline_model::merged::{EventRef, MergedEntry, MergedTimeline};
use newsline_model::{
    Document, Entity, Event, Granularity, Interval, TimelineEntry, Timex, TimexType,
};
use rustc_hash::FxHashMap;

/// Orders the events of `doc` that have a time into `doc.timeline` (replacing it).
///
/// Enrichment anchors every event word of a clause; the timeline tells each time
/// once, by the event the time expression attaches to most closely (see
/// `attachment_cost`), and leaves out events whose time was told in another
/// sentence (they carry it for search and scoring, not as news of their own).
pub fn build_timeline(doc: &mut Document) {
    // Lookups by id, built once: documents can hold many thousands of events. The
    // maps are only looked up, never iterated into the output, so a fast hash of
    // the short ids does (SipHash was a third of the timeline's cost).
    let timexes: FxHashMap<&str, &Timex> = doc.timexes.iter().map(|t| (t.id.as_str(), t)).collect();
    let ranges = range_ends(doc);
    let seconds: FxHashMap<&str, &str> = ranges.iter().map(|(b, a)| (*a, *b)).collect();

    // Every placeable event with its group (the timex it tells, a range counted as
    // its first end) and how closely it attaches to that timex.
    let mut candidates: Vec<(usize, Placement)> = Vec::new();
    let mut best: FxHashMap<Group<'_>, (usize, usize)> = FxHashMap::default(); // group → (cost, order)
    let mut last_dated: Option<(Interval, Option<Granularity>)> = None;
    for (order, event) in doc.events.iter().enumerate() {
        let timex = event
            .timex
            .as_deref()
            .and_then(|id| timexes.get(id).copied());
        if let Some(t) = timex {
            if !(event.sentence.span.start <= t.span.start && t.span.end <= event.sentence.span.end)
            {
                continue;
            }
        }
        let mut place = placement(&timexes, event);
        if matches!(place, Placement::None) {
            if let (Some(t), Some((iv, g))) = (timex, last_dated) {
                place = offset_placement(&doc.text, t, event, iv, g).unwrap_or(Placement::None);
            }
        }
        let (group, cost) = match timex {
            Some(t) => {
                let first = ranges.get(t.id.as_str()).copied().unwrap_or(t.id.as_str());
                // A later event takes the group only with a lower cost.
                let limit = best
                    .get(&Group::Timex(first))
                    .map_or(usize::MAX, |&(cost, _)| cost);
                (
                    Group::Timex(first),
                    attachment_cost(&doc.text, event.trigger.span, t.span, limit),
                )
            }
            None => (Group::Event(order), 0),
        };
        if let Placement::Dated {
            interval,
            granularity,
            ..
        } = &place
        {
            last_dated = Some((*interval, *granularity));
        }
        if matches!(place, Placement::None) {
            continue;
        }
        let slot = best.entry(group).or_insert((cost, order));
        if (cost, order) < *slot {
            *slot = (cost, order);
        }
        candidates.push((order, place));
    }
    let chosen: BTreeSet<usize> = best.values().map(|&(_, order)| order).collect();

    let mut dated: Vec<(SortKey, TimelineEntry)> = Vec::new();
    // Vague entries, keyed by the index (in `dated`, document order) of the dated
    // event told before them; `None` = before any dated event.
    let mut vague: Vec<(Option<usize>, usize, TimelineEntry)> = Vec::new();
    let mut last: Option<usize> = None;
    for (order, place) in candidates {
        if !chosen.contains(&order) {
            continue;
        }
        let Some(event) = doc.events.get(order) else {
            continue;
        };
        match place {
            Placement::Dated {
                mut value,
                mut interval,
                granularity,
            } => {
                // A range told by either end covers both (`between 2020 and 2022`).
                let id = event.timex.as_deref().unwrap_or_default();
                let ends = match (ranges.get(id), seconds.get(id)) {
                    (Some(first), _) => Some((*first, id)),
                    (None, Some(second)) => Some((id, *second)),
                    (None, None) => None,
                };
                let ends = ends.and_then(|(a, b)| Some((timexes.get(a)?, timexes.get(b)?)));
                if let Some((a, b)) = ends {
                    if let (Some(ia), Some(ib)) = (a.interval, b.interval) {
                        if ib.start >= ia.start && a.granularity == b.granularity {
                            value = format!("{}/{}", a.value, b.value);
                            interval = Interval {
                                start: ia.start,
                                end: ia.end.max(ib.end),
                            };
                        }
                    }
                }
                let key = SortKey {
                    start: interval.start,
                    granularity: granularity_rank(granularity),
                    order,
                };
                dated.push((
                    key,
                    TimelineEntry {
                        event: event.id.clone(),
                        value,
                        interval: Some(interval),
                        granularity,
                        vague: None,
                        docs: Vec::new(),
                    },
                ));
                last = Some(dated.len() - 1);
            }
            Placement::Vague { value } => vague.push((
                last,
                order,
                TimelineEntry {
                    event: event.id.clone(),
                    value,
                    interval: None,
                    granularity: None,
                    vague: Some(true),
                    docs: Vec::new(),
                },
            )),
            Placement::None => {}
        }
    }

    // Sort the dated entries, remembering where each document-order index went.
    let mut order: Vec<usize> = (0..dated.len()).collect();
    order.sort_by(|&a, &b| match (dated.get(a), dated.get(b)) {
        (Some(x), Some(y)) => x.0.cmp(&y.0),
        _ => Ordering::Equal,
    });
    let mut followers: BTreeMap<Option<usize>, Vec<TimelineEntry>> = BTreeMap::new();
    for (after, _, entry) in vague {
        followers.entry(after).or_default().push(entry);
    }

    let mut slots: Vec<Option<TimelineEntry>> = dated.into_iter().map(|(_, e)| Some(e)).collect();
    let mut timeline = Vec::with_capacity(slots.len());
    if let Some(first) = followers.remove(&None) {
        timeline.extend(first);
    }
    for index in order {
        if let Some(entry) = slots.get_mut(index).and_then(Option::take) {
            timeline.push(entry);
        }
        if let Some(after) = followers.remove(&Some(index)) {
            timeline.extend(after);
        }
    }
    doc.timeline = timeline;
}

/// What one timeline entry tells: a time expression (a range by its first end), or
/// the one event placed without a time expression of its own.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Group<'d> {
    Timex(&'d str),
    Event(usize),
}

/// One event told over a range ("undernourished between 2020 and 2022", "from May
/// to July") is one entry over the whole range, valued with an ISO 8601 interval
/// (`2020/2022`). Maps the second end of each range to its first. Two dates joined
/// otherwise ("in 2019 and 2021") stay apart: they may be two occurrences.
fn range_ends(doc: &Document) -> FxHashMap<&str, &str> {
    let mut ends = FxHashMap::default();
    for pair in doc.timexes.windows(2) {
        let [a, b] = pair else { continue };
        if a.timex_type == b.timex_type
            && a.granularity == b.granularity
            && a.span.end <= b.span.start
            && joined_as_range(&doc.text, a.span, b.span)
        {
            ends.insert(b.id.as_str(), a.id.as_str());
        }
    }
    ends
}

/// Function words that do not loosen the tie between an event word and its time
/// (`summit in April`, `said late Monday`, `between 2020 and 2022`).
/// Sorted, so a word is found by binary search.
const LINK_WORDS: &[&str] = &[
    "a", "after", "also", "an", "and", "are", "at", "be", "been", "before", "between", "by",
    "during", "early", "for", "from", "had", "has", "have", "her", "his", "in", "is", "its",
    "just", "last", "late", "next", "not", "of", "on", "only", "or", "since", "that", "the",
    "their", "this", "to", "until", "was", "were", "will", "would",
];

/// [`LINK_WORDS`] as [`word_key`]s, in the same order: the keys compare as the
/// words do.
const LINK_KEYS: [u64; LINK_WORDS.len()] = {
    let mut keys = [0; LINK_WORDS.len()];
    let mut words = LINK_WORDS;
    let mut slots: &mut [u64] = &mut keys;
    while let (Some((word, other_words)), Some((slot, other_slots))) =
        (words.split_first(), slots.split_first_mut())
    {
        *slot = word_key(word.as_bytes());
        words = other_words;
        slots = other_slots;
    }
    keys
};

/// A word of up to eight bytes, lowercased, as one number: its bytes from the most
/// significant down, zero-padded, so keys order as the words do. Bytes past the
/// eighth are not read.
const fn word_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut shift = 64;
    let mut rest = word;
    while let Some((&byte, tail)) = rest.split_first() {
        if shift == 0 {
            break;
        }
        shift -= 8;
        key |= (byte.to_ascii_lowercase() as u64) << shift;
        rest = tail;
    }
    key
}

/// True when `w`, in any case, is one of [`LINK_WORDS`]. They are short and ASCII,
/// so a longer word is none of them and a shorter one becomes one number: this
/// runs for every word between every event and its time.
fn is_link_word(w: &str) -> bool {
    w.len() <= 8 && LINK_KEYS.binary_search(&word_key(w.as_bytes())).is_ok()
}

/// How loosely an event word attaches to a time expression in its sentence: the
/// content words between them, plus three for each clause mark (quote, dash,
/// semicolon, bracket). A time in the possessive (`this week’s summit`, `last
/// weekend’s Group of 20 summit`) attaches to the head noun after it, whatever the
/// words between: it costs nothing, as does a trigger inside the time expression.
///
/// A cost at or above `limit` (the best cost of the group so far) can no longer
/// win, so counting stops there and some cost at or above `limit` is returned.
pub fn attachment_cost(
    text: &str,
    trigger: newsline_model::Span,
    timex: newsline_model::Span,
    limit: usize,
) -> usize {
    if trigger.start < timex.end && timex.start < trigger.end {
        return 0;
    }
    let (a, b) = if trigger.end <= timex.start {
        (trigger.end, timex.start)
    } else {
        (timex.end, trigger.start)
    };
    let Some(gap) = text.get(a..b) else {
        return usize::MAX;
    };
    if trigger.start >= timex.end {
        let g = gap.trim_start();
        if g.starts_with("’s") || g.starts_with("'s") {
            return 0;
        }
    }
    // Ties go to the word before the time (`said Monday`), so a word after it pays
    // a little more; the possessive (cost 0) beats both.
    let after = usize::from(trigger.start >= timex.end);
    let enough = limit.saturating_sub(1 + after).div_ceil(2);
    1 + 2 * gap_weight(gap, enough) + after
}

/// The content words (not all digits, not [`LINK_WORDS`]) of `gap`, plus three for
/// each clause mark, counted only until `enough`. Words are runs of alphanumerics,
/// hyphens and apostrophes. This runs over the gap between every event and its
/// time, so ASCII, nearly all of the text, is read a byte at a time and only other
/// characters are decoded.
fn gap_weight(gap: &str, enough: usize) -> usize {
    let mut weight = 0;
    let mut word_start: Option<usize> = None;
    let mut all_digits = true;
    let mut at = 0;
    while let Some(&byte) = gap.as_bytes().get(at) {
        let (class, width) = match ASCII_GAP_CLASS.get(usize::from(byte)) {
            Some(&class) => (class, 1),
            None => {
                let Some(c) = gap.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                let mut class = 0;
                if matches!(c, '“' | '”' | '—' | '–') {
                    class |= CLAUSE_MARK;
                }
                if c.is_alphanumeric() || c == '’' {
                    class |= IN_WORD;
                }
                (class, c.len_utf8())
            }
        };
        if class & CLAUSE_MARK != 0 {
            weight += 3;
        }
        if class & IN_WORD != 0 {
            if word_start.is_none() {
                word_start = Some(at);
                all_digits = true;
            }
            all_digits &= class & ASCII_DIGIT != 0;
        } else if let Some(start) = word_start.take() {
            weight += usize::from(is_content_word(gap.get(start..at), all_digits));
        }
        if weight >= enough {
            return weight;
        }
        at += width;
    }
    if let Some(start) = word_start {
        weight += usize::from(is_content_word(gap.get(start..), all_digits));
    }
    weight
}

/// Classes of a character in a gap: part of a word, an ASCII digit, a clause mark.
const IN_WORD: u8 = 1;
const ASCII_DIGIT: u8 = 2;
const CLAUSE_MARK: u8 = 4;

/// The class of every ASCII byte, so the gap scan makes one lookup per byte.
const ASCII_GAP_CLASS: [u8; 128] = {
    let mut classes = [0; 128];
    let mut byte = 0u8;
    let mut slots: &mut [u8] = &mut classes;
    while let Some((slot, other_slots)) = slots.split_first_mut() {
        *slot = if byte.is_ascii_digit() {
            IN_WORD | ASCII_DIGIT
        } else if byte.is_ascii_alphabetic() || byte == b'-' || byte == b'\'' {
            IN_WORD
        } else if matches!(byte, b';' | b'"' | b'(' | b')') {
            CLAUSE_MARK
        } else {
            0
        };
        byte = byte.wrapping_add(1);
        slots = other_slots;
    }
    classes
};

fn is_content_word(word: Option<&str>, all_digits: bool) -> bool {
    word.is_some_and(|w| !all_digits && !is_link_word(w))
}

/// "The meeting came two months after the talks collapsed": a bare length of time
/// before `after`/`before` dates the clause that follows from the time the story
/// was at (`reference`, the last dated event told).
fn offset_placement(
    text: &str,
    t: &Timex,
    event: &Event,
    reference: Interval,
    ref_granularity: Option<Granularity>,
) -> Option<Placement> {
    if t.timex_type != TimexType::Duration || t.interval.is_some() {
        return None;
    }
    let rest = text.get(t.span.end..)?;
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let sign: i32 = match word.as_str() {
        "after" => -1,
        "before" => 1,
        _ => return None,
    };
    // Only the clause after the preposition is shifted; the main clause is at the
    // reference time itself.
    if event.trigger.span.start <= t.span.end {
        return None;
    }
    let (n, unit) = parse_duration(&t.value)?;
    let n = i32::try_from(n).ok()?.checked_mul(sign)?;
    let (start, unit_granularity) = match unit {
        'Y' => (
            shift_months(reference.start, n.checked_mul(12)?)?,
            Granularity::Year,
        ),
        'M' => (shift_months(reference.start, n)?, Granularity::Month),
        'W' => (
            reference.start + chrono::Duration::weeks(i64::from(n)),
            Granularity::Week,
        ),
        'D' => (
            reference.start + chrono::Duration::days(i64::from(n)),
            Granularity::Day,
        ),
        _ => return None,
    };
    // No finer than either the reference or the length: "two months after April
    // 2019" is February 2019, not a day.
    let granularity = match ref_granularity {
        Some(g) if (g as u8) < (unit_granularity as u8) => g,
        _ => unit_granularity,
    };
    let interval = snap(start, granularity)?;
    Some(Placement::Dated {
        value: value_of(&interval, Some(granularity)),
        interval,
        granularity: Some(granularity),
    })
}

/// `P2M` → (2, 'M'); durations with a time part or fractions are not used.
fn parse_duration(value: &str) -> Option<(u32, char)> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let n: u32 = body
        .get(..body.len().checked_sub(unit.len_utf8())?)?
        .parse()
        .ok()?;
    matches!(unit, 'Y' | 'M' | 'W' | 'D').then_some((n, unit))
}

fn shift_months(t: NaiveDateTime, months: i32) -> Option<NaiveDateTime> {
    let m = chrono::Months::new(months.unsigned_abs());
    if months >= 0 {
        t.checked_add_months(m)
    } else {
        t.checked_sub_months(m)
    }
}

/// The interval of `granularity` that contains `t`.
fn snap(t: NaiveDateTime, granularity: Granularity) -> Option<Interval> {
    let d = t.date();
    let (start, end) = match granularity {
        Granularity::Year => {
            let s = chrono::NaiveDate::from_ymd_opt(d.year(), 1, 1)?;
            (s, chrono::NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)?)
        }
        Granularity::Month => {
            let s = chrono::NaiveDate::from_ymd_opt(d.year(), d.month(), 1)?;
            (s, s.checked_add_months(chrono::Months::new(1))?)
        }
        Granularity::Week => {
            let s = d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()));
            (s, s + chrono::Duration::days(7))
        }
        Granularity::Day => (d, d.succ_opt()?),
        _ => return None,
    };
    Some(Interval {
        start: start.and_hms_opt(0, 0, 0)?,
        end: end.and_hms_opt(0, 0, 0)?,
    })
}

/// True when the text between two timexes makes them the ends of one range.
fn joined_as_range(text: &str, a: newsline_model::Span, b: newsline_model::Span) -> bool {
    let Some(gap) = text.get(a.end..b.start) else {
        return false;
    };
    // Only a short joiner can make a range; checking the length first keeps the
    // cost per pair constant however far apart two timexes are.
    let gap = gap.trim();
    if gap.len() > "through".len() {
        return false;
    }
    match gap.to_lowercase().as_str() {
        "-" | "–" | "—" | "to" | "through" | "thru" | "until" | "till" => true,
        "and" => text.get(..a.start).is_some_and(|before| {
            let before = before.trim_end();
            before
                .len()
                .checked_sub("between".len())
                .and_then(|at| before.get(at..))
                .is_some_and(|last| last.eq_ignore_ascii_case("between"))
        }),
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    start: NaiveDateTime,
    granularity: u8,
    order: usize,
}

/// Coarser first; an unknown granularity sorts after every known one.
fn granularity_rank(granularity: Option<Granularity>) -> u8 {
    granularity.map_or(u8::MAX, |g| g as u8)
}

enum Placement {
    Dated {
        value: String,
        interval: Interval,
        granularity: Option<Granularity>,
    },
    Vague {
        value: String,
    },
    None,
}

const VAGUE_VALUES: [&str; 3] = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"];

/// Where an event goes on the time axis, if anywhere.
fn placement(timexes: &FxHashMap<&str, &Timex>, event: &Event) -> Placement {
    let timex = event
        .timex
        .as_deref()
        .and_then(|id| timexes.get(id).copied());
    if let Some(t) = timex {
        if VAGUE_VALUES.contains(&t.value.as_str()) {
            return Placement::Vague {
                value: t.value.clone(),
            };
        }
        match t.timex_type {
            // A recurrence is not a point on the axis.
            TimexType::Set => return Placement::None,
            // A bare length of time says how long, not when.
            TimexType::Duration if t.anchor.is_none() || t.interval.is_none() => {
                return Placement::None;
            }
            _ => {}
        }
    }
    let interval = event.interval.or_else(|| timex.and_then(|t| t.interval));
    let Some(interval) = interval else {
        return Placement::None;
    };
    if interval.end < interval.start {
        return Placement::None;
    }
    let granularity = event
        .granularity
        .or_else(|| timex.and_then(|t| t.granularity));
    let value = match timex {
        Some(t) if !t.value.is_empty() && t.timex_type != TimexType::Duration => t.value.clone(),
        _ => value_of(&interval, granularity),
    };
    Placement::Dated {
        value,
        interval,
        granularity,
    }
}

/// A TIMEX3-style value for an interval, for events placed without a date timex of
/// their own (anchored to another event, or through an anchored duration).
pub fn value_of(interval: &Interval, granularity: Option<Granularity>) -> String {
    let s = interval.start;
    match granularity {
        Some(Granularity::Millennium) => format!("{}", s.year().div_euclid(1000)),
        Some(Granularity::Century) => format!("{:02}", s.year().div_euclid(100)),
        Some(Granularity::Decade) => format!("{:03}", s.year().div_euclid(10)),
        Some(Granularity::Year) => format!("{:04}", s.year()),
        Some(Granularity::Half) => {
            format!("{:04}-H{}", s.year(), if s.month() <= 6 { 1 } else { 2 })
        }
        Some(Granularity::Quarter) => format!("{:04}-Q{}", s.year(), (s.month() - 1) / 3 + 1),
        Some(Granularity::Season | Granularity::Month) => {
            format!("{:04}-{:02}", s.year(), s.month())
        }
        Some(Granularity::Week) => {
            let w = s.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Some(Granularity::Weekend) => {
            let w = s.iso_week();
            format!("{:04}-W{:02}-WE", w.year(), w.week())
        }
        Some(Granularity::Hour) => s.format("%Y-%m-%dT%H").to_string(),
        Some(Granularity::Minute) => s.format("%Y-%m-%dT%H:%M").to_string(),
        Some(Granularity::Second) => s.format("%Y-%m-%dT%H:%M:%S").to_string(),
        Some(Granularity::Day | Granularity::PartOfDay) | None => s.format("%Y-%m-%d").to_string(),
    }
}

// ---------------------------------------------------------------------------
// Cross-article merge
// ---------------------------------------------------------------------------

/// Minimum word overlap (Jaccard) of two event sentences with the same trigger
/// stem for them to count as one event.
const SAME_TRIGGER_JACCARD: f64 = 0.2;
/// Word overlap needed when the triggers differ, or when the trigger is a speech
/// or stance verb: "X said Monday" in two articles is usually two statements, and
/// "deplored the blasts" is not "the bombs exploded", however alike the words.
/// Near-identical sentences (the same wire copy in two stories) still merge.
const DIFFERENT_TRIGGER_JACCARD: f64 = 0.5;

/// Speech and stance verbs (as stems): the event is the speaker's act, so a shared
/// trigger says little.
const SPEECH_STEMS: &[&str] = &[
    "say", "said", "tell", "told", "announc", "report", "add", "stat", "condemn", "deplor",
    "prais", "welcom", "deni", "deny", "urg", "call", "express", "criticiz", "vow", "warn",
    "confirm", "claim", "accus", "ask", "insist", "declar", "describ", "not", "comment", "respond",
    "repli", "agre",
];

/// Coarse classes of granularity: two reports are compared only inside one class,
/// so "1998" never swallows "1998-08-07".
fn granularity_class(granularity: Option<Granularity>) -> u8 {
    match granularity {
        Some(
            Granularity::Millennium
            | Granularity::Century
            | Granularity::Decade
            | Granularity::Year,
        ) => 0,
        Some(
            Granularity::Half | Granularity::Quarter | Granularity::Season | Granularity::Month,
        ) => 1,
        Some(Granularity::Week | Granularity::Weekend) => 2,
        Some(
            Granularity::Day
            | Granularity::PartOfDay
            | Granularity::Hour
            | Granularity::Minute
            | Granularity::Second,
        ) => 3,
        None => 4,
    }
}

/// What the merge compares of one report of an event.
struct Report {
    doc: usize,
    event: String,
    value: String,
    interval: Option<Interval>,
    granularity: Option<Granularity>,
    vague: bool,
    participants: BTreeSet<String>,
    trigger: String,
    /// Stems of every event anchored to the same time in the same sentence.
    triggers: BTreeSet<String>,
    words: BTreeSet<String>,
    /// (start, granularity rank, doc index, index in the doc's timeline).
    key: (NaiveDateTime, u8, usize, usize),
}

/// Merges the timelines of `docs` into one: the same event reported by several
/// articles becomes one entry citing all of them; different events stay apart.
///
/// Two reports merge when they come from different documents, their intervals are
/// the same or overlap at the same class of granularity, they share a participant
/// (by canonical entity name, ignoring case), and their triggers share a stem or
/// their sentences share enough words. The result depends only on the documents
/// and their order.
pub fn merge_timelines(docs: &[Document]) -> MergedTimeline {
    let mut reports = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let mut last_key = (NaiveDateTime::MIN, 0u8);
        let events: HashMap<&str, &Event> = doc.events.iter().map(|e| (e.id.as_str(), e)).collect();
        let entities: HashMap<&str, &Entity> =
            doc.entities.iter().map(|e| (e.id.as_str(), e)).collect();
        // The timeline tells each time once, by one event; the other events anchored
        // to that time in the same sentence still say what happened then
        // ("bombing" in one article, "exploded" in another).
        let mut stems_of: HashMap<(&str, usize), BTreeSet<String>> = HashMap::new();
        for e in &doc.events {
            if let Some(t) = e.timex.as_deref() {
                stems_of
                    .entry((t, e.sentence.span.start))
                    .or_default()
                    .insert(stem(&e.trigger.text));
            }
        }
        for (i, entry) in doc.timeline.iter().enumerate() {
            let Some(event) = events.get(entry.event.as_str()).copied() else {
                continue;
            };
            let mut triggers = event
                .timex
                .as_deref()
                .and_then(|t| stems_of.get(&(t, event.sentence.span.start)))
                .cloned()
                .unwrap_or_default();
            triggers.insert(stem(&event.trigger.text));
            let vague = entry.vague == Some(true) || entry.interval.is_none();
            let key = match (vague, entry.interval) {
                (false, Some(iv)) => {
                    last_key = (iv.start, granularity_rank(entry.granularity));
                    (iv.start, last_key.1, d, i)
                }
                // A vague entry keeps its place after the dated entry before it.
                _ => (last_key.0, last_key.1, d, i),
            };
            reports.push(Report {
                doc: d,
                event: event.id.clone(),
                value: entry.value.clone(),
                interval: entry.interval,
                granularity: entry.granularity,
                vague,
                participants: participant_names(&entities, event),
                trigger: stem(&event.trigger.text),
                triggers,
                words: content_words(doc.slice(event.sentence.span)),
                key,
            });
        }
    }
    reports.sort_by_key(|r| r.key);

    // Groups of report indices; each group becomes one entry.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Per granularity class: groups still open, i.e. whose interval may overlap
    // reports that start later. Reports come in start order, so a group whose
    // interval ends before the current start can be dropped for good.
    let mut active: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
    for (r, report) in reports.iter().enumerate() {
        let (Some(interval), false) = (report.interval, report.vague) else {
            groups.push(vec![r]);
            continue;
        };
        let class = granularity_class(report.granularity);
        let open = active.entry(class).or_default();
        open.retain(|&g| {
            group_interval(&groups, &reports, g).is_some_and(|iv| iv.end > interval.start)
        });
        let mut best: Option<(f64, usize)> = None;
        for &g in open.iter() {
            if let Some(score) = group_match(&groups, &reports, g, report, &interval) {
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, g));
                }
            }
        }
        match best.and_then(|(_, g)| groups.get_mut(g)) {
            Some(group) => group.push(r),
            None => {
                groups.push(vec![r]);
                open.push(groups.len() - 1);
            }
        }
    }

    let mut entries = Vec::with_capacity(groups.len());
    for (n, group) in groups.iter().enumerate() {
        let Some(first) = group.first().and_then(|&r| reports.get(r)) else {
            continue;
        };
        let mut members: Vec<&Report> = group.iter().filter_map(|&r| reports.get(r)).collect();
        members.sort_by_key(|m| m.doc);
        let docs_ids: Vec<String> = members
            .iter()
            .filter_map(|m| docs.get(m.doc).map(|d| d.id.clone()))
            .collect();
        let events = members
            .iter()
            .filter_map(|m| {
                docs.get(m.doc).map(|d| EventRef {
                    doc: d.id.clone(),
                    event: m.event.clone(),
                })
            })
            .collect();
        entries.push(MergedEntry {
            id: format!("m{}", n + 1),
            value: first.value.clone(),
            interval: first.interval,
            granularity: first.granularity,
            vague: first.vague.then_some(true),
            docs: docs_ids,
            events,
        });
    }
    MergedTimeline {
        docs: docs.iter().map(|d| d.id.clone()).collect(),
        entries,
        ..MergedTimeline::default()
    }
}

fn group_interval(groups: &[Vec<usize>], reports: &[Report], g: usize) -> Option<Interval> {
    groups
        .get(g)
        .and_then(|group| group.first())
        .and_then(|&r| reports.get(r))
        .and_then(|r| r.interval)
}

/// How well `report` fits group `g`, or `None` when it must stay apart.
///
/// A report is compared with the group's first report only, so a group cannot
/// drift from one event to another through a chain of look-alikes.
fn group_match(
    groups: &[Vec<usize>],
    reports: &[Report],
    g: usize,
    report: &Report,
    interval: &Interval,
) -> Option<f64> {
    let group = groups.get(g)?;
    // One event per article per entry: an article telling two things on one day
    // tells two things.
    if group
        .iter()
        .filter_map(|&r| reports.get(r))
        .any(|m| m.doc == report.doc)
    {
        return None;
    }
    let first = group.first().and_then(|&r| reports.get(r))?;
    let group_iv = first.interval?;
    if !(group_iv.start < interval.end && interval.start < group_iv.end) && group_iv != *interval {
        return None;
    }
    if first.participants.is_disjoint(&report.participants) {
        return None;
    }
    let jaccard = jaccard(&first.words, &report.words);
    let same_trigger = !first.trigger.is_empty() && first.trigger == report.trigger;
    let speech = SPEECH_STEMS.contains(&first.trigger.as_str())
        || SPEECH_STEMS.contains(&report.trigger.as_str());
    // Between two happenings (not statements about them), a shared event word of
    // the same time and sentence counts like a shared trigger.
    let same_trigger = same_trigger
        || (!speech
            && first
                .triggers
                .intersection(&report.triggers)
                .any(|t| t.chars().count() > 3 && !SPEECH_STEMS.contains(&t.as_str())));
    let fits = if same_trigger && !speech {
        jaccard >= SAME_TRIGGER_JACCARD
    } else {
        jaccard >= DIFFERENT_TRIGGER_JACCARD
    };
    fits.then_some(jaccard + if same_trigger { 1.0 } else { 0.0 })
}

fn participant_names(entities: &HashMap<&str, &Entity>, event: &Event) -> BTreeSet<String> {
    event
        .participants
        .iter()
        .filter_map(|id| entities.get(id.as_str()))
        .map(|e| e.name.to_lowercase())
        .collect()
}

/// A crude stem: lowercase, common inflection and nominalization endings off, so
/// "attacked", "attacks" and "attacking" meet.
fn stem(word: &str) -> String {
    let w = word.trim().to_lowercase();
    for suffix in [
        "ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s", "e",
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                return base.to_owned();
            }
        }
    }
    w
}

const STOPWORDS: &[&str] = &[
    "about", "after", "again", "also", "and", "are", "been", "before", "but", "can", "could",
    "did", "for", "from", "had", "has", "have", "her", "his", "its", "into", "last", "may", "more",
    "not", "one", "our", "said", "says", "she", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "two", "was", "were", "what", "when", "which",
    "while", "who", "will", "with", "would", "you",
];

fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use newsline_model::{Entity, EntityType, Modality, Span, SpanRef, Spanned, Timex};

    fn dt(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    fn iv(a: NaiveDateTime, b: NaiveDateTime) -> Interval {
        Interval { start: a, end: b }
    }

    #[test]
    fn gap_weight_counts_as_splitting_on_characters() {
        let by_chars = |gap: &str| {
            let marks = gap
                .chars()
                .filter(|c| matches!(c, ';' | '“' | '”' | '"' | '—' | '–' | '(' | ')'))
                .count();
            let words = gap
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
                .filter(|w| !is_link_word(w))
                .count();
            words + 3 * marks
        };
        for gap in [
            "",
            " ",
            " the summit in ",
            " 2019 and 20x9 ",
            "12",
            "“We will” — said (again); ",
            " Kim’s 3-day trip to Zürich – late ",
            "  l'été  über 42 années ",
            "ab\u{00a0}cd\u{2003}e—f",
            "x",
            "— ",
        ] {
            let weight = by_chars(gap);
            assert_eq!(gap_weight(gap, usize::MAX), weight, "{gap:?}");
            for enough in 0..=weight + 1 {
                let counted = gap_weight(gap, enough);
                if enough <= weight {
                    assert!(counted >= enough, "{gap:?} {enough}");
                } else {
                    assert_eq!(counted, weight, "{gap:?} {enough}");
                }
            }
        }
    }

    #[test]
    fn link_words_are_sorted_and_found_in_any_case() {
        assert!(LINK_WORDS.windows(2).all(|w| w.first() < w.last()));
        for w in ["the", "The", "BETWEEN", "a", "would"] {
            assert!(is_link_word(w), "{w}");
        }
        for w in ["", "summit", "thé", "betweenness", "K"] {
            assert!(!is_link_word(w), "{w}");
        }
    }

    /// A document whose text is `sentences` joined by spaces; one event per
    /// sentence, triggered by its first word, anchored to a timex `tN` of the given
    /// (type, value, interval, granularity, anchor).
    type TimexSpec<'a> = (
        TimexType,
        &'a str,
        Option<Interval>,
        Option<Granularity>,
        bool,
    );

    struct Spec<'a> {
        sentence: &'a str,
        timex: Option<TimexSpec<'a>>,
        participants: &'a [&'a str],
    }

    fn doc(id: &str, specs: &[Spec<'_>]) -> Document {
        let text = specs
            .iter()
            .map(|s| s.sentence)
            .collect::<Vec<_>>()
            .join(" ");
        let mut d = Document::new(id, text);
        let mut offset = 0;
        let mut names: Vec<String> = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            let span = Span::new(offset, offset + s.sentence.len());
            let first = s.sentence.split(' ').next().unwrap();
            let trigger =
                Spanned::from_text(&d.text, Span::new(offset, offset + first.len())).unwrap();
            let timex_id = s.timex.map(|(ty, value, interval, granularity, anchored)| {
                let id = format!("t{}", i + 1);
                d.timexes.push(Timex {
                    value: value.to_owned(),
                    anchor: anchored.then(|| "dct".to_owned()),
                    interval,
                    granularity,
                    ..Timex::new(id.clone(), span, s.sentence.to_owned(), ty)
                });
                id
            });
            let mut participants = Vec::new();
            for p in s.participants {
                let pos = names.iter().position(|n| n == p).unwrap_or_else(|| {
                    names.push((*p).to_owned());
                    d.entities.push(Entity {
                        id: format!("e{}", names.len()),
                        name: (*p).to_owned(),
                        entity_type: EntityType::Person,
                        aliases: vec![],
                        roles: vec![],
                        metonymy: None,
                        mentions: vec![],
                        ids: Default::default(),
                    });
                    names.len() - 1
                });
                participants.push(format!("e{}", pos + 1));
            }
            d.events.push(Event {
                id: format!("v{}", i + 1),
                trigger,
                sentence: SpanRef { span },
                timex: timex_id,
                interval: None,
                granularity: None,
                participants,
                source: None,
                modality: Modality::Reported,
            });
            d.sentences.push(SpanRef { span });
            offset += s.sentence.len() + 1;
        }
        d
    }

    fn order(d: &Document) -> Vec<&str> {
        d.timeline.iter().map(|e| e.event.as_str()).collect()
    }

    #[test]
    fn orders_by_start_then_coarser_then_document_order() {
        let y2019 = iv(dt(2019, 1, 1), dt(2020, 1, 1));
        let d0411 = iv(dt(2019, 4, 11), dt(2019, 4, 12));
        let apr = iv(dt(2019, 4, 1), dt(2019, 5, 1));
        let jan1 = iv(dt(2019, 1, 1), dt(2019, 1, 2));
        let mut d = doc(
            "d",
            &[
                Spec {
                    sentence: "met on April 11",
                    timex: Some((
                        TimexType::Date,
                        "2019-04-11",
                        Some(d0411),
                        Some(Granularity::Day),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "began on Jan 1",
                    timex: Some((
                        TimexType::Date,
                        "2019-01-01",
                        Some(jan1),
                        Some(Granularity::Day),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "summit in April",
                    timex: Some((
                        TimexType::Date,
                        "2019-04",
                        Some(apr),
                        Some(Granularity::Month),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "journey in 2019",
                    timex: Some((
                        TimexType::Date,
                        "2019",
                        Some(y2019),
                        Some(Granularity::Year),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "talks in 2019 too",
                    timex: Some((
                        TimexType::Date,
                        "2019",
                        Some(y2019),
                        Some(Granularity::Year),
                        false,
                    )),
                    participants: &[],
                },
            ],
        );
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v4", "v5", "v2", "v3", "v1"]);
        assert_eq!(d.timeline[0].value, "2019");
        assert_eq!(d.timeline[0].vague, None);
    }

    #[test]
    fn durations_only_when_anchored_and_sets_never() {
        let p = iv(dt(2020, 1, 1), dt(2023, 1, 1));
        let mut d = doc(
            "d",
            &[
                Spec {
                    sentence: "lasted two days",
                    timex: Some((TimexType::Duration, "P2D", None, None, false)),
                    participants: &[],
                },
                Spec {
                    sentence: "grew the past three years",
                    timex: Some((
                        TimexType::Duration,
                        "P3Y",
                        Some(p),
                        Some(Granularity::Year),
                        true,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "meets every Tuesday",
                    timex: Some((TimexType::Set, "XXXX-WXX-2", None, None, false)),
                    participants: &[],
                },
                Spec {
                    sentence: "nothing anchored",
                    timex: None,
                    participants: &[],
                },
            ],
        );
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v2"]);
        // An anchored duration is shown by the stretch it covers, not as `P3Y`.
        assert_eq!(d.timeline[0].value, "2020");
    }

    #[test]
    fn vague_entries_follow_their_dated_neighbour_in_document_order() {
        let y2019 = iv(dt(2019, 1, 1), dt(2020, 1, 1));
        let y2023 = iv(dt(2023, 1, 1), dt(2024, 1, 1));
        let mut d = doc(
            "d",
            &[
                Spec {
                    sentence: "said now",
                    timex: Some((TimexType::Date, "PRESENT_REF", None, None, true)),
                    participants: &[],
                },
                Spec {
                    sentence: "launched in 2023",
                    timex: Some((
                        TimexType::Date,
                        "2023",
                        Some(y2023),
                        Some(Granularity::Year),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "recently failed",
                    timex: Some((TimexType::Date, "PAST_REF", None, None, true)),
                    participants: &[],
                },
                Spec {
                    sentence: "met in 2019",
                    timex: Some((
                        TimexType::Date,
                        "2019",
                        Some(y2019),
                        Some(Granularity::Year),
                        false,
                    )),
                    participants: &[],
                },
                Spec {
                    sentence: "soon visit",
                    timex: Some((TimexType::Date, "FUTURE_REF", None, None, true)),
                    participants: &[],
                },
            ],
        );
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v1", "v4", "v5", "v2", "v3"]);
        let vague: Vec<_> = d.timeline.iter().map(|e| e.vague).collect();
        assert_eq!(vague, [Some(true), None, Some(true), None, Some(true)]);
    }

    #[test]
    fn a_range_told_as_two_events_is_one_entry() {
        let mut d = Document::new(
            "d",
            "were undernourished between 2020 and 2022, and met in 2019 and 2021.",
        );
        let y = |n: i32| iv(dt(n, 1, 1), dt(n + 1, 1, 1));
        let find = |s: &str, needle: &str, from: usize| s[from..].find(needle).unwrap() + from;
        let text = d.text.clone();
        let spans = [
            (find(&text, "2020", 0), 2020, 5, 19),
            (find(&text, "2022", 0), 2022, 5, 19),
            (find(&text, "2019", 0), 2019, 47, 50),
            (find(&text, "2021", 0), 2021, 47, 50),
        ];
        for (i, (start, year, ts, te)) in spans.into_iter().enumerate() {
            d.timexes.push(Timex {
                value: year.to_string(),
                interval: Some(y(year)),
                granularity: Some(Granularity::Year),
                ..Timex::new(
                    format!("t{}", i + 1),
                    Span::new(start, start + 4),
                    year.to_string(),
                    TimexType::Date,
                )
            });
            d.events.push(Event {
                id: format!("v{}", i + 1),
                trigger: Spanned::from_text(&text, Span::new(ts, te)).unwrap(),
                sentence: SpanRef {
                    span: Span::new(0, text.len()),
                },
                timex: Some(format!("t{}", i + 1)),
                interval: None,
                granularity: None,
                participants: vec![],
                source: None,
                modality: Modality::Reported,
            });
        }
        build_timeline(&mut d);
        let got: Vec<(&str, &str)> = d
            .timeline
            .iter()
            .map(|e| (e.event.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(got, [("v3", "2019"), ("v1", "2020/2022"), ("v4", "2021")]);
        assert_eq!(
            d.timeline[1].interval,
            Some(iv(dt(2020, 1, 1), dt(2023, 1, 1)))
        );
    }

    /// (text, value, interval, granularity, type) of a timex.
    type SentenceTimex<'a> = (
        &'a str,
        &'a str,
        Option<Interval>,
        Option<Granularity>,
        TimexType,
    );

    /// A one-sentence document with timexes and events (trigger word, index of its
    /// timex).
    fn sentence_doc(
        text: &str,
        timexes: &[SentenceTimex<'_>],
        events: &[(&str, usize)],
    ) -> Document {
        let mut d = Document::new("d", text);
        for (i, (t, value, interval, granularity, ty)) in timexes.iter().enumerate() {
            let start = text.find(t).unwrap();
            d.timexes.push(Timex {
                value: (*value).to_owned(),
                interval: *interval,
                granularity: *granularity,
                ..Timex::new(
                    format!("t{}", i + 1),
                    Span::new(start, start + t.len()),
                    (*t).to_owned(),
                    *ty,
                )
            });
        }
        for (i, (w, t)) in events.iter().enumerate() {
            let start = text.find(w).unwrap();
            d.events.push(Event {
                id: format!("v{}", i + 1),
                trigger: Spanned::from_text(text, Span::new(start, start + w.len())).unwrap(),
                sentence: SpanRef {
                    span: Span::new(0, text.len()),
                },
                timex: Some(format!("t{}", t + 1)),
                interval: None,
                granularity: None,
                participants: vec![],
                source: None,
                modality: Modality::Reported,
            });
        }
        d
    }

    #[test]
    fn one_entry_per_time_by_the_closest_event_and_possessives_bind() {
        let week = iv(dt(2023, 9, 11), dt(2023, 9, 18));
        let mut d = sentence_doc(
            "Experts said this week’s summit between the leaders could exacerbate tensions.",
            &[(
                "this week",
                "2023-W37",
                Some(week),
                Some(Granularity::Week),
                TimexType::Date,
            )],
            &[("said", 0), ("summit", 0), ("exacerbate", 0)],
        );
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v2"]);
        let mut d = sentence_doc(
            "Miller said during a briefing Monday that sanctions are working.",
            &[(
                "Monday",
                "2023-09-11",
                Some(iv(dt(2023, 9, 11), dt(2023, 9, 12))),
                Some(Granularity::Day),
                TimexType::Date,
            )],
            &[("said", 0), ("briefing", 0), ("working", 0)],
        );
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v2"]);
    }

    #[test]
    fn a_time_told_in_another_sentence_is_not_a_new_entry() {
        let mut d = sentence_doc(
            "Bombs exploded Friday.",
            &[(
                "Friday",
                "1998-08-07",
                Some(iv(dt(1998, 8, 7), dt(1998, 8, 8))),
                Some(Granularity::Day),
                TimexType::Date,
            )],
            &[("exploded", 0)],
        );
        d.events.push(Event {
            id: "v2".to_owned(),
            sentence: SpanRef {
                span: Span::new(d.text.len(), d.text.len()),
            },
            ..d.events[0].clone()
        });
        build_timeline(&mut d);
        assert_eq!(order(&d), ["v1"]);
    }

    #[test]
    fn a_length_before_after_dates_the_clause_from_the_story_time() {
        let apr = iv(dt(2019, 4, 1), dt(2019, 5, 1));
        let mut d = sentence_doc(
            "The summit in April 2019 came two months after the negotiation collapsed.",
            &[
                (
                    "April 2019",
                    "2019-04",
                    Some(apr),
                    Some(Granularity::Month),
                    TimexType::Date,
                ),
                ("two months", "P2M", None, None, TimexType::Duration),
            ],
            &[("summit", 0), ("came", 1), ("negotiation", 1)],
        );
        build_timeline(&mut d);
        let got: Vec<(&str, &str)> = d
            .timeline
            .iter()
            .map(|e| (e.event.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(got, [("v3", "2019-02"), ("v1", "2019-04")]);
        assert_eq!(
            d.timeline[0].interval,
            Some(iv(dt(2019, 2, 1), dt(2019, 3, 1)))
        );
    }

    #[test]
    fn value_of_each_granularity() {
        let i = iv(dt(2023, 9, 9), dt(2023, 9, 11));
        assert_eq!(value_of(&i, Some(Granularity::Weekend)), "2023-W36-WE");
        assert_eq!(value_of(&i, Some(Granularity::Quarter)), "2023-Q3");
        assert_eq!(value_of(&i, Some(Granularity::Decade)), "202");
        assert_eq!(value_of(&i, Some(Granularity::Day)), "2023-09-09");
        assert_eq!(value_of(&i, None), "2023-09-09");
    }

    fn day(y: i32, m: u32, dd: u32) -> Option<TimexSpec<'static>> {
        let v: &'static str = Box::leak(format!("{y:04}-{m:02}-{dd:02}").into_boxed_str());
        Some((
            TimexType::Date,
            v,
            Some(iv(dt(y, m, dd), dt(y, m, dd) + chrono::Duration::days(1))),
            Some(Granularity::Day),
            false,
        ))
    }

    #[test]
    fn same_event_from_two_articles_merges_and_different_events_stay_apart() {
        let mut a = doc(
            "a",
            &[
                Spec {
                    sentence: "bombed the embassy in Nairobi killing dozens",
                    timex: day(1998, 8, 7),
                    participants: &["Nairobi", "U.S. Embassy"],
                },
                Spec {
                    sentence: "visited Kenya for talks",
                    timex: day(1998, 8, 7),
                    participants: &["Madeleine Albright"],
                },
            ],
        );
        let mut b = doc(
            "b",
            &[
                Spec {
                    sentence: "bombing of the embassy in Nairobi",
                    timex: day(1998, 8, 7),
                    participants: &["nairobi"],
                },
                Spec {
                    sentence: "bombed the embassy in Nairobi",
                    timex: day(1998, 8, 8),
                    participants: &["Nairobi"],
                },
            ],
        );
        build_timeline(&mut a);
        build_timeline(&mut b);
        let merged = merge_timelines(&[a, b]);
        let shape: Vec<Vec<(String, String)>> = merged
            .entries
            .iter()
            .map(|e| {
                e.events
                    .iter()
                    .map(|r| (r.doc.clone(), r.event.clone()))
                    .collect()
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                vec![("a".into(), "v1".into()), ("b".into(), "v1".into())],
                vec![("a".into(), "v2".into())],
                vec![("b".into(), "v2".into())],
            ]
        );
        assert_eq!(merged.entries[0].docs, ["a", "b"]);
        assert_eq!(merged.entries[0].id, "m1");
        assert_eq!(merged.docs, ["a", "b"]);
        assert_eq!(merged.schema, "newsline/1");
    }

    #[test]
    fn merge_is_deterministic_and_never_merges_within_one_article() {
        let mut a = doc(
            "a",
            &[
                Spec {
                    sentence: "attacked the base",
                    timex: day(2001, 1, 2),
                    participants: &["Army"],
                },
                Spec {
                    sentence: "attacked the base again",
                    timex: day(2001, 1, 2),
                    participants: &["Army"],
                },
            ],
        );
        build_timeline(&mut a);
        let docs = [a];
        let m1 = merge_timelines(&docs);
        let m2 = merge_timelines(&docs);
        assert_eq!(m1, m2);
        assert_eq!(m1.entries.len(), 2);
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("Attacked"), stem("attacks"));
        assert_eq!(stem("bombing"), stem("bombed"));
        assert_eq!(stem("is"), "is");
    }
}
