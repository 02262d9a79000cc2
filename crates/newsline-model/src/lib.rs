//! The newsline data model: one [`Document`] that every stage reads and adds to.
//!
//! The document keeps the input text verbatim, and every annotation points into it
//! with a [`Span`] of UTF-8 byte offsets, so `&doc.text[span.start..span.end]` is
//! always the annotated text. This crate is plain data: serde derives, no I/O, no
//! parsing logic. Its JSON form is the `newsline/1` output contract.
//!
//! ```
//! use newsline_model::{Document, Span};
//!
//! let doc = Document::new("seed", "Kim met Putin on Monday.");
//! let monday = Span::new(17, 23);
//! assert_eq!(monday.slice(&doc.text), Some("Monday"));
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["schema"], "newsline/1");
//! ```
#![forbid(unsafe_code)]

mod diagnostic;
mod document;
mod entity;
mod event;
mod quote;
pub mod reading;
mod span;
mod timex;

use serde::{Deserialize, Serialize};

pub use diagnostic::{Diagnostic, Level};
pub use document::{
    Block, BlockKind, Byline, Credit, CreditRole, Dateline, Dct, DctSource, Metadata, Note,
    NoteKind, OffsetMapping, Source, SourceFormat, Timestamp, TimestampKind,
};
pub use entity::{Entity, EntityType, Role};
pub use event::{Event, Modality, TimelineEntry};
pub use quote::{Quote, QuoteKind};
pub use reading::TimexReading;
pub use span::{Span, SpanRef, Spanned};
pub use timex::{Granularity, Interval, MONTH_NAMES, Timex, TimexMod, TimexType};

/// The schema tag every output record carries.
pub const SCHEMA: &str = "newsline/1";

/// One article and everything the pipeline learned about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// From the input record, or the file name.
    pub id: String,
    /// Where the text came from.
    pub source: Source,
    /// The text every span points into.
    pub text: String,
    /// Headline, timestamps, dateline, bylines, credits and notes.
    pub document: Metadata,
    /// The article's blocks in text order.
    pub blocks: Vec<Block>,
    /// Sentences of the body, in text order.
    pub sentences: Vec<SpanRef>,
    /// Time expressions, in text order.
    pub timexes: Vec<Timex>,
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Events anchored in time, in text order.
    pub events: Vec<Event>,
    /// The events ordered in time.
    pub timeline: Vec<TimelineEntry>,
    /// What was odd about the input, and where.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// An empty document over `text`: no annotations yet.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            schema: SCHEMA.to_owned(),
            id: id.into(),
            source: Source::default(),
            text: text.into(),
            document: Metadata::default(),
            blocks: Vec::new(),
            sentences: Vec::new(),
            timexes: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            timeline: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// The text under `span`, or `""` when the span does not fit the text.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or_default()
    }

    /// Records a diagnostic.
    pub fn diagnose(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Spans of the blocks of `kind`, in text order.
    pub fn blocks_of(&self, kind: BlockKind) -> impl Iterator<Item = Span> + '_ {
        self.blocks
            .iter()
            .filter(move |b| b.kind == kind)
            .map(|b| b.span)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The timex with this id.
    pub fn timex(&self, id: &str) -> Option<&Timex> {
        self.timexes.iter().find(|t| t.id == id)
    }
}

/// Why a whole document could not be processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    /// Stable machine-readable code (`input/empty`, `jsonl/invalid-json`).
    pub code: String,
    /// One sentence for a human.
    pub message: String,
    /// The input it came from: a path, or `-` for stdin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The 1-based line of a JSONL stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

/// The output line for a document that failed, in its place in the stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The input record's id, or the file name, or `line-N` when neither is known.
    pub id: String,
    /// What went wrong.
    pub error: ErrorInfo,
}

impl ErrorRecord {
    /// An error record for `id`.
    pub fn new(id: impl Into<String>, error: ErrorInfo) -> Self {
        ErrorRecord {
            schema: SCHEMA.to_owned(),
            id: id.into(),
            error,
        }
    }
}

/// One line of `newsline/1` output: a document, or the error that stopped it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Record {
    /// A processed document.
    Document(Box<Document>),
    /// A document that could not be processed.
    Error(ErrorRecord),
}
pub mod merged;
