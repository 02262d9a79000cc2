//! newsline: structured, time-normalized knowledge from English news articles.
//!
//! This crate is the facade: it runs the stages in their one order — parse →
//! recognize time expressions → normalize them → enrich (entities, quotes,
//! events) → timeline — over one [`Document`], and offers the input readers the
//! command line uses (plain text, JSONL records, WARC/WET records).
//!
//! ```
//! let doc = newsline::process_text("demo", "Kim met Putin in April 2019.\n", &newsline::Options::default());
//! assert_eq!(doc.schema, "newsline/1");
//! assert_eq!(doc.text, "Kim met Putin in April 2019.\n");
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod batch;
pub mod input;
pub mod serve;
pub mod warc;

use newsline_model::{
    Dct, DctSource, Document, ErrorInfo, ErrorRecord, Record, Source, SourceFormat,
};
use thiserror::Error;

pub use newsline_model as model;
pub use newsline_output as output;

/// Per-run settings that apply to every document.
#[derive(Debug, Clone)]
pub struct Options {
    /// The `--dct` flag: the creation time for documents that state none.
    pub fallback_dct: Option<Dct>,
    /// Documents larger than this are refused with an error record.
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            fallback_dct: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Default per-document size limit: large enough for any real article, small
/// enough that a runaway input cannot exhaust memory.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why a whole document was refused. Everything short of this becomes a
/// diagnostic inside the document instead.
#[derive(Debug, Error)]
pub enum ProcessError {
    /// The bytes are not an article (empty, binary, too large).
    #[error(transparent)]
    Input(#[from] newsline_parse::InputError),
    /// A JSONL line that is not a usable record.
    #[error(transparent)]
    Record(#[from] newsline_parse::jsonl::RecordError),
    /// A `dct` value that is not a date.
    #[error("invalid dct {value:?}: {source}")]
    Dct {
        /// The value as given.
        value: String,
        /// Why it was refused.
        source: newsline_parse::jsonl::DctError,
    },
}

impl ProcessError {
    /// A stable machine-readable code for the error record.
    pub fn code(&self) -> &'static str {
        use newsline_parse::InputError as I;
        use newsline_parse::jsonl::RecordError as R;
        match self {
            ProcessError::Input(I::Empty) => "input/empty",
            ProcessError::Input(I::WhitespaceOnly) => "input/whitespace-only",
            ProcessError::Input(I::Binary { .. }) => "input/binary",
            ProcessError::Input(I::TooLarge { .. }) => "input/too-large",
            ProcessError::Record(R::InvalidJson { .. }) => "jsonl/invalid-json",
            ProcessError::Record(R::MissingText { .. }) => "jsonl/missing-text",
            ProcessError::Record(R::WrongType { .. }) => "jsonl/wrong-type",
            ProcessError::Dct { .. } => "input/invalid-dct",
        }
    }

    /// The error record that takes the document's place in the output.
    pub fn into_record(
        self,
        id: impl Into<String>,
        input: Option<&str>,
        line: Option<u64>,
    ) -> ErrorRecord {
        ErrorRecord::new(
            id,
            ErrorInfo {
                code: self.code().to_owned(),
                message: self.to_string(),
                input: input.map(str::to_owned),
                line,
            },
        )
    }
}

/// Parses a `dct` string (`2023-09-11`, `2023-09-11T14:42-04:00`, …) into a
/// creation time from `source`.
pub fn parse_dct(value: &str, source: DctSource) -> Result<Dct, ProcessError> {
    let (date, time, offset) =
        newsline_parse::jsonl::parse_dct(value).map_err(|source| ProcessError::Dct {
            value: value.to_owned(),
            source,
        })?;
    let mut dct = Dct::new(date, time, source);
    dct.utc_offset_seconds = offset;
    Ok(dct)
}

/// Runs every stage over a document whose text is set.
///
/// A creation time already in `doc.document.dct` (from a record) wins over the
/// article's own timestamp line; `options.fallback_dct` (the `--dct` flag) is used
/// only when neither gives one. Never fails: problems become diagnostics.
pub fn run_stages(doc: &mut Document, options: &Options) {
    let _span = tracing::debug_span!("document", id = %doc.id, bytes = doc.text.len()).entered();
    newsline_parse::parse_article(doc);
    if doc.document.dct.is_none() {
        doc.document.dct = options.fallback_dct.clone();
    }
    newsline_parse::recognize_timexes(doc);
    newsline_time::normalize(doc);
    newsline_enrich::enrich(doc);
    newsline_time::build_timeline(doc);
    tracing::debug!(
        timexes = doc.timexes.len(),
        entities = doc.entities.len(),
        quotes = doc.quotes.len(),
        events = doc.events.len(),
        "processed"
    );
}

/// Processes an article given as text.
pub fn process_text(id: &str, text: &str, options: &Options) -> Document {
    let mut doc = Document::new(id, text);
    run_stages(&mut doc, options);
    doc
}

/// Processes an article given as raw bytes of a plain-text file: decodes them
/// (lossily, with a diagnostic, when they are not valid UTF-8) and runs the stages.
///
/// `dct` is a creation time given beside the file (a side-car, a WARC header the
/// caller trusts); like a JSONL record's `dct`, it wins over the text's own.
pub fn process_bytes(
    id: &str,
    bytes: &[u8],
    source: Source,
    dct: Option<Dct>,
    options: &Options,
) -> Result<Document, ProcessError> {
    let decode_options = newsline_parse::DecodeOptions {
        max_bytes: options.max_bytes,
    };
    let (text, diagnostics) = newsline_parse::decode_with(bytes, &decode_options)?;
    let mut doc = match source.format {
        SourceFormat::Html => {
            newsline_parse::html::html_to_document(id, &text, source.url.as_deref())
        }
        _ => Document::new(id, text),
    };
    let format = doc.source.format;
    doc.source = Source { format, ..source };
    doc.diagnostics.extend(diagnostics);
    if dct.is_some() {
        doc.document.dct = dct;
    }
    run_stages(&mut doc, options);
    Ok(doc)
}

/// Processes one JSONL input line `{"id","text","dct"?,"title"?,"url"?}` into its
/// output record: the document, or the error that takes its place.
pub fn process_jsonl_line(
    line: &str,
    line_no: u64,
    input: Option<&str>,
    options: &Options,
) -> Record {
    let record = match newsline_parse::jsonl::parse_record(line, line_no) {
        Ok(record) => record,
        Err(err) => {
            let id = peek_id(line).unwrap_or_else(|| format!("line-{line_no}"));
            return Record::Error(ProcessError::from(err).into_record(id, input, Some(line_no)));
        }
    };
    let id = record.id.clone();
    match process_record(record, line_no, input, options) {
        Ok(doc) => Record::Document(Box::new(doc)),
        Err(err) => Record::Error(err.into_record(id, input, Some(line_no))),
    }
}

/// The record is taken by value: its text becomes the document's without a
/// copy, and the text is the whole line but for a few bytes.
fn process_record(
    record: newsline_parse::jsonl::InputRecord,
    line_no: u64,
    input: Option<&str>,
    options: &Options,
) -> Result<Document, ProcessError> {
    let newsline_parse::jsonl::InputRecord {
        id,
        text,
        dct,
        title,
        url,
    } = record;
    let dct = dct
        .as_deref()
        .map(|v| parse_dct(v, DctSource::Record))
        .transpose()?;
    if text.len() > options.max_bytes {
        return Err(newsline_parse::InputError::TooLarge {
            len: text.len(),
            limit: options.max_bytes,
        }
        .into());
    }
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            newsline_parse::InputError::Empty
        } else {
            newsline_parse::InputError::WhitespaceOnly
        }
        .into());
    }
    let mut doc = Document::new(id, text);
    doc.source = Source {
        path: input.map(str::to_owned),
        url,
        format: SourceFormat::Jsonl,
        line: Some(line_no),
        offset_map: Vec::new(),
    };
    doc.document.dct = dct;
    run_stages(&mut doc, options);
    if let (None, Some(title)) = (&doc.document.headline, title) {
        doc.document.headline = Some(title);
        doc.document
            .field_sources
            .insert("headline".to_owned(), "record".to_owned());
    }
    Ok(doc)
}

/// The `id` of a JSONL line that failed as a record, so its error record still
/// carries the caller's id when the line is JSON at all.
fn peek_id(line: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    value.get("id")?.as_str().map(str::to_owned)
}

/// Merges the timelines of many processed articles about one story.
pub fn merge_timelines(docs: &[Document]) -> newsline_model::merged::MergedTimeline {
    newsline_time::merge_timelines(docs)
}

/// A document id made safe as a file or folder name: path separators and other
/// specials become `_`, so an id from outside can never escape the output folder.
pub fn file_safe_id(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match safe.trim_start_matches('.') {
        "" => "document".to_owned(),
        s => s.to_owned(),
    }
}
