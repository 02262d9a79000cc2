//! Writers for the newsline model: one sink per output format.
//!
//! Every writer reads a finished [`Document`] (or a [`MergedTimeline`] of many)
//! and returns the rendered text; none of them knows which stages ran or does I/O.
//! The output is byte-stable: the same document always renders to the same bytes.
//!
//! ```
//! use newsline_model::Document;
//! use newsline_output::{render, Format};
//!
//! let doc = Document::new("seed", "Kim met Putin on Monday.");
//! let line = render(&doc, Format::Jsonl).unwrap();
//! assert!(line.starts_with(r#"{"schema":"newsline/1","id":"seed""#));
//! let format: Format = "md".parse().unwrap();
//! assert_eq!(format.extension(), "md");
//! assert!(render(&doc, format).unwrap().starts_with("# seed"));
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod common;
mod csv;
mod html;
mod json_line;
mod markdown;
mod timelinejs;
mod timeml;

use std::fmt;
use std::str::FromStr;

use newsline_model::merged::MergedTimeline;
use newsline_model::{Document, ErrorRecord};
use serde::Serialize;

pub use json_line::JsonLineError;

/// The JSON Schema (draft 2020-12) of `newsline/1`: a document, an error record,
/// or a merged timeline.
pub const SCHEMA_JSON: &str = include_str!("../../../schema/newsline-1.schema.json");

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The full model, pretty-printed JSON.
    Json,
    /// The full model on one line (no trailing newline).
    Jsonl,
    /// An analyst's brief in Markdown.
    Markdown,
    /// One self-contained HTML page with a timeline and the annotated text.
    Html,
    /// TempEval-3 TimeML with inline `TIMEX3` tags.
    TimeMl,
    /// TimelineJS3 JSON.
    TimelineJs,
    /// One CSV row per timeline entry.
    Csv,
}

impl Format {
    /// Every format, in the order of the `--format` help.
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Jsonl,
        Format::Markdown,
        Format::Html,
        Format::TimeMl,
        Format::TimelineJs,
        Format::Csv,
    ];

    /// The name `--format` takes.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::TimeMl => "timeml",
            Format::TimelineJs => "timelinejs",
            Format::Csv => "csv",
        }
    }

    /// The file extension for one document in this format.
    pub fn extension(&self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::TimeMl => "tml",
            Format::TimelineJs => "js.json",
            Format::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = OutputError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "timeml" | "tml" => Ok(Format::TimeMl),
            "timelinejs" => Ok(Format::TimelineJs),
            "csv" => Ok(Format::Csv),
            _ => Err(OutputError::UnknownFormat(s.to_owned())),
        }
    }
}

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The format name is not one of ours.
    #[error(
        "unknown output format `{0}` (expected json, jsonl, md, html, timeml, timelinejs or csv)"
    )]
    UnknownFormat(String),
    /// The format exists but cannot show this kind of output.
    #[error("the {format} format cannot render {what}")]
    Unsupported {
        /// The format asked for.
        format: Format,
        /// What it was asked to render.
        what: &'static str,
    },
    /// Serializing to JSON failed.
    #[error("JSON serialization failed: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing compact JSON failed.
    #[error("JSON serialization failed: {0}")]
    JsonLine(#[from] JsonLineError),
}

/// The files `cargo xtask pipeline` writes for every document, and their formats.
pub fn pipeline_files() -> &'static [(Format, &'static str)] {
    &[
        (Format::Json, "article.json"),
        (Format::Markdown, "brief.md"),
        (Format::Html, "timeline.html"),
        (Format::TimeMl, "article.tml"),
        (Format::TimelineJs, "timeline.js.json"),
        (Format::Csv, "timeline.csv"),
    ]
}

/// Renders one document.
pub fn render(doc: &Document, format: Format) -> Result<String, OutputError> {
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(doc)?;
            s.push('\n');
            s
        }
        Format::Jsonl => to_json_line(doc, jsonl_capacity(doc))?,
        Format::Markdown => markdown::render(doc),
        Format::Html => html::render(doc),
        Format::TimeMl => timeml::render(doc),
        Format::TimelineJs => timelinejs::render(doc)?,
        Format::Csv => csv::render(doc),
    })
}

/// Renders one document as one record of a stream: what [`render`] writes, ending
/// in a newline. The JSONL line is written into a buffer sized with room to
/// spare, so appending the newline does not copy the line.
pub fn render_terminated(doc: &Document, format: Format) -> Result<String, OutputError> {
    let mut rendered = render(doc, format)?;
    if !rendered.ends_with('\n') {
        rendered.push('\n');
    }
    Ok(rendered)
}

/// What the JSONL line of `doc` is likely to need: every layer repeats spans,
/// ids and texts of the article, so the line grows with the text. On a news
/// crawl a line is 8.6 times its text at the median and 10.5 times at the 95th
/// percentile, so most lines are written, newline included, without a
/// reallocation.
fn jsonl_capacity(doc: &Document) -> usize {
    doc.text
        .len()
        .saturating_mul(JSONL_BYTES_PER_TEXT_BYTE)
        .saturating_add(JSONL_BASE_BYTES)
}

const JSONL_BYTES_PER_TEXT_BYTE: usize = 11;
const JSONL_BASE_BYTES: usize = 1024;

/// Compact JSON of any model value, as `serde_json::to_string` writes it, in a
/// buffer that starts with room for `capacity` bytes.
fn to_json_line<T: ?Sized + Serialize>(
    value: &T,
    capacity: usize,
) -> Result<String, JsonLineError> {
    let mut line = String::with_capacity(capacity);
    json_line::write_json_line(&mut line, value)?;
    Ok(line)
}

/// Renders the record of a document that failed, as one compact JSON line (no
/// trailing newline).
pub fn render_error(record: &ErrorRecord) -> String {
    to_json_line(record, 0).unwrap_or_else(|_| {
        // Strings always serialize; this only guards the contract of never panicking.
        format!(
            r#"{{"schema":"newsline/1","id":{:?},"error":{{"code":"output/error","message":"unserializable error record"}}}}"#,
            record.id
        )
    })
}

/// Renders a timeline merged from many documents; `docs` are the documents it was
/// merged from (for sentences, participants and sources).
///
/// Supports json, jsonl, md, html, csv and timelinejs; TimeML has no merged form.
pub fn render_merged(
    timeline: &MergedTimeline,
    docs: &[Document],
    format: Format,
) -> Result<String, OutputError> {
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(timeline)?;
            s.push('\n');
            s
        }
        Format::Jsonl => to_json_line(timeline, 0)?,
        Format::Markdown => markdown::render_merged(timeline, docs),
        Format::Html => html::render_merged(timeline, docs),
        Format::TimelineJs => timelinejs::render_merged(timeline, docs)?,
        Format::Csv => csv::render_merged(timeline, docs),
        Format::TimeMl => {
            return Err(OutputError::Unsupported {
                format,
                what: "a merged timeline",
            });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
            assert_eq!(f.to_string(), f.name());
        }
        assert!("pdf".parse::<Format>().is_err());
        assert_eq!(Format::TimeMl.extension(), "tml");
    }

    #[test]
    fn pipeline_files_cover_every_per_document_format_once() {
        let names: Vec<_> = pipeline_files().iter().map(|(_, n)| *n).collect();
        assert_eq!(
            names,
            [
                "article.json",
                "brief.md",
                "timeline.html",
                "article.tml",
                "timeline.js.json",
                "timeline.csv"
            ]
        );
    }

    #[test]
    fn jsonl_is_one_line_and_json_is_pretty() {
        let doc = Document::new("a", "Line one.\nLine two.");
        let line = render(&doc, Format::Jsonl).unwrap();
        assert!(!line.contains('\n'));
        let pretty = render(&doc, Format::Json).unwrap();
        assert!(pretty.contains("\n  \"schema\": \"newsline/1\""));
        let back: Document = serde_json::from_str(&pretty).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn error_record_is_compact_json() {
        let rec = ErrorRecord::new(
            "x",
            newsline_model::ErrorInfo {
                code: "input/empty".into(),
                message: "empty".into(),
                input: None,
                line: Some(3),
            },
        );
        assert_eq!(
            render_error(&rec),
            r#"{"schema":"newsline/1","id":"x","error":{"code":"input/empty","message":"empty","line":3}}"#
        );
    }

    #[test]
    fn merged_timeml_is_refused() {
        let err = render_merged(&MergedTimeline::default(), &[], Format::TimeMl).unwrap_err();
        assert!(err.to_string().contains("timeml"));
    }
}
