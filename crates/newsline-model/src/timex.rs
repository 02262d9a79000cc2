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
    #[serde(serialize_with = "serialize_datetime")]
    pub start: NaiveDateTime,
    /// First instant after.
    #[serde(serialize_with = "serialize_datetime")]
    pub end: NaiveDateTime,
}

/// Writes what chrono's own `Serialize` writes (`2023-09-11T14:42:00`), without
/// its trip through `fmt`: every event and timeline entry carries two of these,
/// and chrono's path was 3% of the whole pipeline.
fn serialize_datetime<S: serde::Serializer>(
    datetime: &NaiveDateTime,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use chrono::Timelike;
    if datetime.nanosecond() != 0 {
        return datetime.serialize(serializer);
    }
    match recent_or_format(datetime) {
        Some(text) => {
            // Only ASCII digits and separators were written.
            let text = std::str::from_utf8(&text).map_err(serde::ser::Error::custom)?;
            serializer.serialize_str(text)
        }
        None => datetime.serialize(serializer),
    }
}

/// The text of `datetime` as [`format_datetime`] writes it. Most events of an
/// article share the interval of a few time expressions, so nine dates in ten
/// were written just before: those are copied from a per-thread slot, not
/// formatted again.
// Inlined into the datetime writer: it runs for both ends of every interval.
#[inline]
fn recent_or_format(datetime: &NaiveDateTime) -> Option<[u8; 19]> {
    use chrono::{Datelike, Timelike};
    let slot = (datetime.ordinal() as usize)
        .wrapping_add((datetime.year() as usize).wrapping_mul(7))
        .wrapping_add(datetime.num_seconds_from_midnight() as usize)
        % RECENT_SLOTS;
    let recent = RECENT_DATETIMES.try_with(|recent| {
        let (known, text) = recent.get(slot)?.get();
        if known == *datetime {
            return Some(text);
        }
        let text = format_datetime(datetime)?;
        recent.get(slot)?.set((*datetime, text));
        Some(text)
    });
    recent.ok().flatten().or_else(|| format_datetime(datetime))
}

const RECENT_SLOTS: usize = 64;

thread_local! {
    /// Datetimes written lately and their text, one slot per hash of the
    /// day and time; a slot starts at `MIN`, which is never written here.
    static RECENT_DATETIMES: [std::cell::Cell<(NaiveDateTime, [u8; 19])>; RECENT_SLOTS] =
        const { [const { std::cell::Cell::new((NaiveDateTime::MIN, [0; 19])) }; RECENT_SLOTS] };
}

/// `2023-09-11T14:42:00` for a datetime of the years 0–9999, as bytes.
fn format_datetime(datetime: &NaiveDateTime) -> Option<[u8; 19]> {
    use chrono::{Datelike, Timelike};
    let year = u32::try_from(datetime.year()).ok().filter(|&y| y <= 9999)?;
    let mut buf = *b"0000-00-00T00:00:00";
    let mut put = |at: usize, value: u32, width: usize| {
        let mut value = value;
        for slot in buf.iter_mut().skip(at).take(width).rev() {
            *slot = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, year, 4);
    put(5, datetime.month(), 2);
    put(8, datetime.day(), 2);
    put(11, datetime.hour(), 2);
    put(14, datetime.minute(), 2);
    put(17, datetime.second(), 2);
    Some(buf)
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

impl Timex {
    /// A time expression found at `span`, with nothing resolved yet: the time
    /// stage fills the value, the TIMEX3 attributes and the interval.
    #[must_use]
    pub fn new(id: String, span: Span, text: String, timex_type: TimexType) -> Self {
        Self {
            id,
            span,
            text,
            timex_type,
            value: String::new(),
            modifier: None,
            freq: None,
            quant: None,
            anchor: None,
            interval: None,
            granularity: None,
            function: None,
            reading: None,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    #[test]
    fn interval_serializes_as_chrono_does() {
        let starts = [
            NaiveDate::from_ymd_opt(2023, 9, 11).and_then(|d| d.and_hms_opt(14, 42, 0)),
            NaiveDate::from_ymd_opt(1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)),
            NaiveDate::from_ymd_opt(9999, 12, 31).and_then(|d| d.and_hms_opt(23, 59, 59)),
            NaiveDate::from_ymd_opt(-44, 3, 15).and_then(|d| d.and_hms_opt(12, 0, 0)),
            NaiveDate::from_ymd_opt(12000, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)),
            NaiveDate::from_ymd_opt(2023, 9, 11).and_then(|d| d.and_hms_milli_opt(1, 2, 3, 450)),
            NaiveDate::from_ymd_opt(2016, 12, 31)
                .and_then(|d| d.and_hms_milli_opt(23, 59, 59, 1500)),
        ];
        for start in starts.into_iter().flatten() {
            for step in [Duration::zero(), Duration::seconds(1), Duration::days(400)] {
                let interval = Interval {
                    start,
                    end: start + step,
                };
                let ours = serde_json::to_value(interval).unwrap();
                let chronos = serde_json::json!({
                    "start": serde_json::to_value(interval.start).unwrap(),
                    "end": serde_json::to_value(interval.end).unwrap(),
                });
                assert_eq!(ours, chronos, "{start:?} + {step:?}");
                let back: Interval = serde_json::from_value(ours).unwrap();
                assert_eq!(back, interval);
            }
        }
    }
}
