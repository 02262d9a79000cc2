use serde::{Deserialize, Serialize};

use crate::{Granularity, Interval, SpanRef, Spanned};

/// Whether an event happened, is planned, or might.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Told as a past or present fact.
    Reported,
    /// Scheduled or intended (`will launch`, `plans to`).
    Planned,
    /// Anticipated by others (`is expected to`).
    Expected,
    /// Only possible (`could`, `may`).
    Possible,
    /// Said not to have happened.
    Negated,
}

/// A clause anchored in time: what happened, who took part, who says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `v1`, `v2`, … in text order.
    pub id: String,
    /// The main verb or event noun.
    pub trigger: Spanned,
    /// The sentence it comes from.
    pub sentence: SpanRef,
    /// The anchoring timex id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<String>,
    /// When, resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// How fine `interval` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    /// Entity ids of those involved.
    #[serde(default)]
    pub participants: Vec<String>,
    /// A quote id, or a description of the source (`according to Tass`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Fact, plan, expectation, possibility or negation.
    pub modality: Modality,
}

/// One entry of the ordered timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The event id.
    pub event: String,
    /// TIMEX3 value of its time.
    pub value: String,
    /// Resolved stretch of time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// How fine the time is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    /// Placed by document order only (`PAST_REF`, `recently`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<bool>,
    /// The documents reporting it, in a merged timeline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<String>,
}
