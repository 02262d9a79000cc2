//! What several writers say the same way: an entry's time label, its description,
//! participants and source.

use std::collections::HashMap;

use newsline_model::merged::MergedTimeline;
use newsline_model::{Document, Event, Granularity, Interval, Modality, TimelineEntry};

/// One timeline entry with everything a writer shows about it.
pub(crate) struct Row<'d> {
    pub doc: &'d Document,
    pub event: &'d Event,
    pub value: &'d str,
    pub interval: Option<Interval>,
    pub granularity: Option<Granularity>,
    pub vague: bool,
    /// For merged timelines: the merged entry id and every document citing it.
    pub merged: Option<(&'d str, &'d [String])>,
}

impl<'d> Row<'d> {
    /// The sentence the event comes from, whitespace-collapsed.
    pub fn sentence(&self) -> String {
        collapse(self.doc.slice(self.event.sentence.span))
    }

    /// Names of the participants, in the event's order.
    pub fn participants(&self) -> Vec<&'d str> {
        self.event
            .participants
            .iter()
            .map(|id| {
                self.doc
                    .entity(id)
                    .map_or(id.as_str(), |e| e.name.as_str())
            })
            .collect()
    }

    /// Who says so: the quote's speaker, or the source as written.
    pub fn source(&self) -> String {
        source_label(self.doc, self.event)
    }

    /// A short human label for the time.
    pub fn when(&self) -> String {
        when_label(self.value, self.granularity, self.vague)
    }

    pub fn modality(&self) -> &'static str {
        modality_name(self.event.modality)
    }
}

/// The rows of one document's timeline, in order; entries whose event is missing
/// are skipped.
pub(crate) fn rows(doc: &Document) -> Vec<Row<'_>> {
    let events: HashMap<&str, &Event> = doc.events.iter().map(|e| (e.id.as_str(), e)).collect();
    doc.timeline
        .iter()
        .filter_map(|entry| row_of(doc, entry, &events))
        .collect()
}

fn row_of<'d>(
    doc: &'d Document,
    entry: &'d TimelineEntry,
    events: &HashMap<&str, &'d Event>,
) -> Option<Row<'d>> {
    let event = events.get(entry.event.as_str())?;
    Some(Row {
        doc,
        event,
        value: entry.value.as_str(),
        interval: entry.interval,
        granularity: entry.granularity,
        vague: entry.vague == Some(true),
        merged: None,
    })
}

/// The rows of a merged timeline: one per (entry, report), entries in order.
pub(crate) fn merged_rows<'d>(timeline: &'d MergedTimeline, docs: &'d [Document]) -> Vec<Row<'d>> {
    let by_id: HashMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut event_maps: HashMap<&str, HashMap<&str, &Event>> = HashMap::new();
    let mut out = Vec::new();
    for entry in &timeline.entries {
        for r in &entry.events {
            let Some(doc) = by_id.get(r.doc.as_str()) else {
                continue;
            };
            let events = event_maps
                .entry(doc.id.as_str())
                .or_insert_with(|| doc.events.iter().map(|e| (e.id.as_str(), e)).collect());
            let Some(event) = events.get(r.event.as_str()) else {
                continue;
            };
            out.push(Row {
                doc,
                event,
                value: entry.value.as_str(),
                interval: entry.interval,
                granularity: entry.granularity,
                vague: entry.vague == Some(true),
                merged: Some((entry.id.as_str(), entry.docs.as_slice())),
            });
        }
    }
    out
}

pub(crate) fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Reported => "reported",
        Modality::Planned => "planned",
        Modality::Expected => "expected",
        Modality::Possible => "possible",
        Modality::Negated => "negated",
    }
}

pub(crate) fn source_label(doc: &Document, event: &Event) -> String {
    let Some(source) = event.source.as_deref() else {
        return String::new();
    };
    match doc.quotes.iter().find(|q| q.id == source) {
        Some(q) => {
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|id| doc.entity(id))
                .map(|e| e.name.clone())
                .or_else(|| q.speaker_name.clone());
            speaker.unwrap_or_else(|| format!("quote {}", q.id))
        }
        None => source.to_owned(),
    }
}

/// The document's timestamp as a reader wants it: updated, else published, else
/// the creation time.
pub(crate) fn timestamp_label(doc: &Document) -> Option<String> {
    let meta = &doc.document;
    if let Some(t) = meta.updated {
        return Some(format!("Updated {}", t.to_rfc3339()));
    }
    if let Some(t) = meta.published {
        return Some(format!("Published {}", t.to_rfc3339()));
    }
    meta.dct.as_ref().map(|d| format!("Dated {}", d.value))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A human label for a TIMEX3 value: `2019-04` → `April 2019`, `2023-W36-WE` →
/// `weekend of 2023-W36`. Values it does not know are shown as they are.
pub(crate) fn when_label(value: &str, granularity: Option<Granularity>, vague: bool) -> String {
    match value {
        "PAST_REF" => return "the past".to_owned(),
        "PRESENT_REF" => return "now".to_owned(),
        "FUTURE_REF" => return "the future".to_owned(),
        _ => {}
    }
    // An ISO 8601 interval (a range told as one entry): label both ends.
    let label = match value.split_once('/') {
        Some((a, b)) => format!("{}–{}", plain_label(a, granularity), plain_label(b, granularity)),
        None => plain_label(value, granularity),
    };
    if vague { format!("~ {label}") } else { label }
}

fn plain_label(value: &str, granularity: Option<Granularity>) -> String {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m] if y.len() == 4 && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            match num(m)
                .and_then(|m| (m as usize).checked_sub(1))
                .and_then(|i| MONTHS.get(i))
            {
                Some(name) => format!("{name} {y}"),
                None => value.to_owned(),
            }
        }
        [y, w, we] if w.starts_with('W') && *we == "WE" => format!("weekend of {y}-{w}"),
        [y, w] if w.starts_with('W') => format!("week {} of {y}", w.trim_start_matches('W')),
        [y, q] if q.starts_with('Q') => format!("{q} {y}"),
        [y, h] if h.starts_with('H') => format!("{h} {y}"),
        [d] if d.len() == 3 && granularity == Some(Granularity::Decade) => format!("the {d}0s"),
        _ => value.to_owned(),
    }
}

/// Runs of whitespace (newlines, NBSPs) as one space, ends trimmed.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// At most `max` characters of `s`, cut at a word boundary with an ellipsis.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut.get(..i).unwrap_or(&cut).to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_labels() {
        assert_eq!(when_label("2019-04", Some(Granularity::Month), false), "April 2019");
        assert_eq!(when_label("2023-W36-WE", None, false), "weekend of 2023-W36");
        assert_eq!(when_label("2023-W37", None, false), "week 37 of 2023");
        assert_eq!(when_label("2023-Q3", None, false), "Q3 2023");
        assert_eq!(when_label("199", Some(Granularity::Decade), false), "the 1990s");
        assert_eq!(when_label("2023-09-11", None, false), "2023-09-11");
        assert_eq!(when_label("PAST_REF", None, true), "the past");
        assert_eq!(when_label("2019-13", None, false), "2019-13");
        assert_eq!(when_label("2020/2022", None, false), "2020–2022");
        assert_eq!(when_label("2023-05/2023-07", None, false), "May 2023–July 2023");
        assert_eq!(when_label("2019-00", None, false), "2019-00");
    }

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four five", 12), "one two…");
        assert_eq!(collapse(" a\u{a0}\n b  "), "a b");
    }
}
