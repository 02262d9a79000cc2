//! One timeline merged from the timelines of many articles about one story.
//!
//! The time stage builds it (`merge_timelines`); the output writers render it. It
//! lives in the model so both can see it without depending on each other.

use serde::{Deserialize, Serialize};

use crate::{Granularity, Interval, SCHEMA};

/// An event of one document, named across documents.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EventRef {
    /// The document id.
    pub doc: String,
    /// The event id inside that document.
    pub event: String,
}

/// One entry of a merged timeline: one real-world event, as one or more articles
/// report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEntry {
    /// `m1`, `m2`, … in timeline order.
    pub id: String,
    /// TIMEX3 value of its time, from the first report.
    pub value: String,
    /// Resolved stretch of time, from the first report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// How fine the time is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    /// Placed by document order only (`PAST_REF`, `recently`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<bool>,
    /// The documents reporting it, in input order.
    pub docs: Vec<String>,
    /// The events merged into it, one per document, in input order.
    pub events: Vec<EventRef>,
}

/// The events of many articles on one time axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedTimeline {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Every document that took part, in input order.
    pub docs: Vec<String>,
    /// The entries in time order.
    pub entries: Vec<MergedEntry>,
}

impl Default for MergedTimeline {
    fn default() -> Self {
        MergedTimeline {
            schema: SCHEMA.to_owned(),
            docs: Vec::new(),
            entries: Vec::new(),
        }
    }
}
