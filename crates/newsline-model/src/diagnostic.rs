use serde::{Deserialize, Serialize};

use crate::Span;

/// How much a diagnostic matters to a reader of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Worth knowing; nothing was lost.
    Info,
    /// Something was guessed or dropped; the output may be wrong there.
    Warning,
    /// A part of the input could not be processed.
    Error,
}

/// Something odd about the input that a stage noticed but worked around.
///
/// Stages never fail a whole document for a local problem: they record a
/// diagnostic and go on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Severity.
    pub level: Level,
    /// Stable machine-readable code, `stage/what` (e.g. `parse/invalid-utf8`).
    pub code: String,
    /// One sentence for a human.
    pub message: String,
    /// Where in the text, when it is about a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic without a span.
    pub fn new(level: Level, code: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            level,
            code: code.into(),
            message: message.into(),
            span: None,
        }
    }

    /// The same diagnostic pointing at `span`.
    #[must_use]
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
}
