use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into [`crate::Document::text`].
///
/// `&text[span.start..span.end]` is always the annotated text: every stage that
/// creates a span must place both ends on `char` boundaries.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the ends are swapped if given backwards so a
    /// `Span` is never inverted.
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for a zero-width span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The spanned text, or `None` when the span lies outside `text` or cuts a
    /// character in two.
    // Inlined across crates, like `Spanned::from_text`, which calls it.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when the two spans share at least one byte (or are the same empty span).
    pub fn overlaps(&self, other: &Span) -> bool {
        (self.start < other.end && other.start < self.end) || self == other
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span moved right by `offset` bytes, for results computed on a slice.
    pub fn shifted(&self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }
}

/// A span together with the text it covers, as the output shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spanned {
    /// Where the text is.
    pub span: Span,
    /// The text itself, equal to `&document.text[span]`.
    pub text: String,
}

impl Spanned {
    /// Cuts `span` out of `text`; `None` when the span is not valid for `text`.
    // Inlined across crates: enrich calls it for every mention and trigger,
    // and the call cost a fair part of a short copy.
    #[inline]
    pub fn from_text(text: &str, span: Span) -> Option<Self> {
        span.slice(text).map(|t| Spanned {
            span,
            text: t.to_owned(),
        })
    }
}

/// A span alone, in the `{"span": {…}}` shape the contract uses for sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanRef {
    /// Where it is.
    pub span: Span,
}
