use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::Span;
use crate::reading::TimexReading;

/// TIMEX3 `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (`2023-09-11`, `2023-W36`, `PAST_REF`).
    Date,
    /// A time of day (`2023-09-11T14:42`).
    Time,
    /// A length of time (`P2D`).
    Duration,
    /// A recurrence (`every Tuesday`).
    Set,
}

/// TIMEX3 `mod`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum TimexMod {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

/// How fine a resolved value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Granularity {
    Millennium,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    PartOfDay,
    Hour,
    Minute,
    Second,
}

/// A resolved stretch of calendar time, `[start, end)`, in the article's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// First instant inside.
    pub start: NaiveDateTime,
    /// First instant after.
    pub end: NaiveDateTime,
}

/// A time expression: where it is, what it reads as, and what it resolves to.
///
/// The parse stage fills `span`, `text` and `reading`; the time stage fills the
/// TIMEX3 attributes and the interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// `t1`, `t2`, … in text order (`t0` is the creation time in TimeML output).
    pub id: String,
    /// Where it is.
    pub span: Span,
    /// The text, equal to `&document.text[span]`.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TIMEX3 value; empty until the time stage runs, `XXXX-…` when unresolvable.
    pub value: String,
    /// TIMEX3 mod.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<TimexMod>,
    /// TIMEX3 freq, for sets (`1W`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// TIMEX3 quant, for sets (`EVERY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// What it was resolved against: `dct`, or the id of a timex or event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// The resolved stretch of time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// How fine the value is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    /// `CREATION_TIME` for the article's own timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// The symbolic reading the grammar produced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<TimexReading>,
}

/// English month names, January first: the one spelling every layout and output
/// uses when it writes a month out (`September 2023`); reading the many input
/// spellings is the parsers' business.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
