//! Normalization of time expressions to TIMEX3 values, and the timeline.
#![forbid(unsafe_code)]

use newsline_model::Document;

/// Resolves every timex reading against the DCT and other anchors.
pub fn normalize(doc: &mut Document) {
    let _ = doc;
}

/// Orders the document's events into `doc.timeline`.
pub fn build_timeline(doc: &mut Document) {
    let _ = doc;
}
