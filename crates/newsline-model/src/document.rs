use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Span;

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    /// File it was read from, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// URL given with the record, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Input format.
    pub format: SourceFormat,
    /// Line number (1-based) in a JSONL or WARC stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// For text extracted from HTML: where runs of `text` came from in the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offset_map: Vec<OffsetMapping>,
}

/// A run of extracted text and the place in the original input it was copied from,
/// so a span in `text` can be traced back to bytes of the HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMapping {
    /// Start of the run in `Document::text`.
    pub text_start: usize,
    /// Start of the same run in the original input bytes.
    pub source_start: usize,
    /// Length of the run in bytes (HTML entities make the source side differ; such
    /// runs are split so that the mapping stays exact at their ends).
    pub len: usize,
}

/// The shape the text arrived in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text article.
    #[default]
    Text,
    /// An HTML page.
    Html,
    /// A JSONL record.
    Jsonl,
    /// A WARC or WET record.
    Warc,
}

/// What the article says about itself: headline, times, places and people.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Metadata {
    /// The headline as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// First publication, in the zone the article gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime<FixedOffset>>,
    /// Latest update, in the zone the article gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<FixedOffset>>,
    /// `published` as a UTC instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_utc: Option<DateTime<Utc>>,
    /// `updated` as a UTC instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_utc: Option<DateTime<Utc>>,
    /// Every timestamp line found, with its zone, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timestamps: Vec<Timestamp>,
    /// The document creation time every relative expression is resolved against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct: Option<Dct>,
    /// The wire dateline (`SEOUL, Aug. 20 (Yonhap) --`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// Authors named in a byline.
    #[serde(default)]
    pub bylines: Vec<Byline>,
    /// Reporting, editing and contribution credits.
    #[serde(default)]
    pub credits: Vec<Credit>,
    /// Update, correction and editor's notes.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The section or category the publisher files the article under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Publisher or site name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Where each metadata field came from (`headline` → `json-ld`, `meta`, `text`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_sources: BTreeMap<String, String>,
}

/// Whether a timestamp line tells when the article first appeared or was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimestampKind {
    /// `Published …`, `First published …`, `Original …`, or a bare time line.
    Published,
    /// `Updated …`.
    Updated,
}

/// One timestamp as the article writes it, resolved to an instant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timestamp {
    /// Published or updated.
    pub kind: TimestampKind,
    /// Local time with the UTC offset in force then.
    pub local: DateTime<FixedOffset>,
    /// The same instant in UTC.
    pub utc: DateTime<Utc>,
    /// The zone abbreviation or offset as written (`ET`, `GMT +3`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_text: Option<String>,
    /// The IANA zone it was mapped to (`America/New_York`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Where the date and time are written.
    pub span: Span,
}

/// Where the document creation time came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// The `dct` field of a JSONL record.
    Record,
    /// The `--dct` flag.
    Flag,
    /// A timestamp line in the article.
    Timestamp,
    /// A date in the wire dateline.
    Dateline,
}

/// The document creation time: the "now" of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dct {
    /// TIMEX3-style value: `2023-09-11T14:42` or `2023-09-11`.
    pub value: String,
    /// Where it came from.
    pub source: DctSource,
    /// The calendar date in the article's own zone.
    pub date: NaiveDate,
    /// The local time of day, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// Offset from UTC in seconds, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset_seconds: Option<i32>,
}

impl Dct {
    /// A DCT for `date` (and optionally `time`), with its TIMEX3 value derived.
    pub fn new(date: NaiveDate, time: Option<NaiveTime>, source: DctSource) -> Self {
        let value = match time {
            Some(t) => format!("{}T{}", date.format("%Y-%m-%d"), t.format("%H:%M")),
            None => date.format("%Y-%m-%d").to_string(),
        };
        Dct {
            value,
            source,
            date,
            time,
            utc_offset_seconds: None,
        }
    }
}

/// A wire dateline: place, agency and sometimes a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// `SEOUL`, `HAYWARD, Calif.`.
    pub place: String,
    /// `AP`, `Reuters`, `Xinhua`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The date as written (`Aug. 20`), when the dateline has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The whole dateline including its dash.
    pub span: Span,
}

/// An author named in a byline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// The person, as written.
    pub name: String,
    /// Outlet or desk named with them (`BBC News`, `CNN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Place named with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Where the name is written.
    pub span: Span,
}

/// The part a credited person played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditRole {
    /// `Reporting by …`.
    Reporting,
    /// `Additional reporting by …`.
    AdditionalReporting,
    /// `Edited by …`, `Editing by …`.
    Editing,
    /// `… contributed to this report`.
    Contributing,
}

/// One credited person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    /// What they did.
    pub role: CreditRole,
    /// Who, as written.
    pub name: String,
    /// Where they worked from (`in Washington`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Where the name is written.
    pub span: Span,
}

/// The kind of a note about the article itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    /// `Updates with …`.
    Update,
    /// `Correction, Nov. 15, 2019: …`.
    Correction,
    /// `Editor's note: …`.
    Editor,
}

/// A note about the article itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Update, correction or editor's note.
    pub kind: NoteKind,
    /// The note as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The headline.
    Headline,
    /// A published/updated line.
    Timestamp,
    /// A wire dateline standing alone on its line.
    Dateline,
    /// A byline.
    Byline,
    /// A section heading (subhead).
    Heading,
    /// Body text.
    Paragraph,
    /// Reporting and editing credits.
    Credit,
    /// An update, correction or editor's note.
    Note,
    /// Text the parser could not place; kept, never dropped.
    Unrecognized,
}

/// A block of the article: every non-whitespace byte belongs to exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Where it is, trimmed of surrounding whitespace.
    pub span: Span,
}
