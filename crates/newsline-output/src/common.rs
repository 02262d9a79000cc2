//! What several writers say the same way: an entry's time label, its description,
//! participants and source.

use std::collections::HashMap;

use newsline_model::merged::MergedTimeline;
use newsline_model::{
    Document, Entity, Event, Granularity, Interval, Modality, Quote, TimelineEntry,
};

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
    names: Vec<&'d str>,
    source: String,
}

impl<'d> Row<'d> {
    /// The sentence the event comes from, whitespace-collapsed.
    pub fn sentence(&self) -> String {
        collapse(self.doc.slice(self.event.sentence.span))
    }

    /// Names of the participants, in the event's order.
    pub fn participants(&self) -> Vec<&'d str> {
        self.names.clone()
    }

    /// Who says so: the quote's speaker, or the source as written.
    pub fn source(&self) -> String {
        self.source.clone()
    }

    /// A short human label for the time.
    pub fn when(&self) -> String {
        when_label(self.value, self.granularity, self.vague)
    }

    pub fn modality(&self) -> &'static str {
        modality_name(self.event.modality)
    }
}

/// What a row shows of its timeline entry: value, interval, granularity, vague.
type EntryParts<'d> = (&'d str, Option<Interval>, Option<Granularity>, bool);

/// A document's annotations by id, built once so that no writer searches a list
/// per entry (documents can hold many thousands of events).
pub(crate) struct Index<'d> {
    doc: &'d Document,
    events: HashMap<&'d str, &'d Event>,
    entities: HashMap<&'d str, &'d Entity>,
    quotes: HashMap<&'d str, &'d Quote>,
}

impl<'d> Index<'d> {
    pub fn new(doc: &'d Document) -> Self {
        Index {
            doc,
            events: doc.events.iter().map(|e| (e.id.as_str(), e)).collect(),
            entities: doc.entities.iter().map(|e| (e.id.as_str(), e)).collect(),
            quotes: doc.quotes.iter().map(|q| (q.id.as_str(), q)).collect(),
        }
    }

    /// The canonical name of an entity.
    pub fn entity_name(&self, id: &str) -> Option<&'d str> {
        self.entities.get(id).map(|e| e.name.as_str())
    }

    /// The speaker's canonical name, else the name the quote gives.
    pub fn speaker_of(&self, q: &'d Quote) -> Option<&'d str> {
        q.speaker
            .as_deref()
            .and_then(|id| self.entity_name(id))
            .or(q.speaker_name.as_deref())
    }

    /// Who says so: the quote's speaker (or the quote id), or the source as written.
    fn source_label(&self, event: &Event) -> String {
        let Some(source) = event.source.as_deref() else {
            return String::new();
        };
        match self.quotes.get(source) {
            Some(q) => self
                .speaker_of(q)
                .map_or_else(|| format!("quote {}", q.id), str::to_owned),
            None => source.to_owned(),
        }
    }

    fn row(
        &self,
        event_id: &str,
        parts: EntryParts<'d>,
        merged: Option<(&'d str, &'d [String])>,
    ) -> Option<Row<'d>> {
        let event = *self.events.get(event_id)?;
        let names = event
            .participants
            .iter()
            .map(|id| self.entity_name(id).unwrap_or(id.as_str()))
            .collect();
        let (value, interval, granularity, vague) = parts;
        Some(Row {
            doc: self.doc,
            event,
            value,
            interval,
            granularity,
            vague,
            merged,
            names,
            source: self.source_label(event),
        })
    }
}

fn entry_parts(entry: &TimelineEntry) -> EntryParts<'_> {
    (
        entry.value.as_str(),
        entry.interval,
        entry.granularity,
        entry.vague == Some(true),
    )
}

/// The rows of one document's timeline, in order; entries whose event is missing
/// are skipped.
pub(crate) fn rows(doc: &Document) -> Vec<Row<'_>> {
    let index = Index::new(doc);
    doc.timeline
        .iter()
        .filter_map(|entry| index.row(&entry.event, entry_parts(entry), None))
        .collect()
}

/// The rows of a merged timeline: one per (entry, report), entries in order.
pub(crate) fn merged_rows<'d>(timeline: &'d MergedTimeline, docs: &'d [Document]) -> Vec<Row<'d>> {
    let indexes: HashMap<&str, Index<'_>> = docs
        .iter()
        .map(|d| (d.id.as_str(), Index::new(d)))
        .collect();
    let mut out = Vec::new();
    for entry in &timeline.entries {
        for r in &entry.events {
            let Some(index) = indexes.get(r.doc.as_str()) else {
                continue;
            };
            let parts = (
                entry.value.as_str(),
                entry.interval,
                entry.granularity,
                entry.vague == Some(true),
            );
            if let Some(row) = index.row(
                &r.event,
                parts,
                Some((entry.id.as_str(), entry.docs.as_slice())),
            ) {
                out.push(row);
            }
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
        Some((a, b)) => format!(
            "{}–{}",
            plain_label(a, granularity),
            plain_label(b, granularity)
        ),
        None => plain_label(value, granularity),
    };
    if vague { format!("~ {label}") } else { label }
}

fn plain_label(value: &str, granularity: Option<Granularity>) -> String {
    // A time of day after the date: `2023-09-11TAF`, `2023-09-11T14:42`.
    if let Some((date, time)) = value.split_once('T') {
        let part = match time {
            "MO" => Some("morning"),
            "MI" => Some("midday"),
            "AF" => Some("afternoon"),
            "EV" => Some("evening"),
            "NI" => Some("night"),
            "DT" => Some("daytime"),
            _ => None,
        };
        return match part {
            Some(p) => format!("{} {p}", plain_label(date, None)),
            None => format!("{} {time}", plain_label(date, None)),
        };
    }
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m] if y.len() == 4 && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            match num(m)
                .and_then(|m| (m as usize).checked_sub(1))
                .and_then(|i| newsline_model::MONTH_NAMES.get(i))
            {
                Some(name) => format!("{name} {y}"),
                None => value.to_owned(),
            }
        }
        [y, w, we] if w.starts_with('W') && *we == "WE" => format!("weekend of {y}-{w}"),
        [y, w] if w.starts_with('W') => match w.trim_start_matches('W').parse::<u32>() {
            Ok(n) => format!("week {n} of {y}"),
            Err(_) => value.to_owned(),
        },
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
        assert_eq!(
            when_label("2019-04", Some(Granularity::Month), false),
            "April 2019"
        );
        assert_eq!(
            when_label("2023-W36-WE", None, false),
            "weekend of 2023-W36"
        );
        assert_eq!(when_label("2023-W37", None, false), "week 37 of 2023");
        assert_eq!(when_label("2023-Q3", None, false), "Q3 2023");
        assert_eq!(
            when_label("199", Some(Granularity::Decade), false),
            "the 1990s"
        );
        assert_eq!(when_label("2023-09-11", None, false), "2023-09-11");
        assert_eq!(when_label("PAST_REF", None, true), "the past");
        assert_eq!(when_label("2019-13", None, false), "2019-13");
        assert_eq!(when_label("2020/2022", None, false), "2020–2022");
        assert_eq!(when_label("1998-W04", None, false), "week 4 of 1998");
        assert_eq!(
            when_label("1998-02-22TAF", None, false),
            "1998-02-22 afternoon"
        );
        assert_eq!(
            when_label("2023-09-11T14:42", None, false),
            "2023-09-11 14:42"
        );
        assert_eq!(when_label("XXXX-WXX", None, false), "XXXX-WXX");
        assert_eq!(
            when_label("2023-05/2023-07", None, false),
            "May 2023–July 2023"
        );
        assert_eq!(when_label("2019-00", None, false), "2019-00");
    }

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four five", 12), "one two…");
        assert_eq!(collapse(" a\u{a0}\n b  "), "a b");
    }
}
