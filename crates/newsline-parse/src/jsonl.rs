//! JSONL input records and `dct` values.
//!
//! One record per line: `{"id": str, "text": str, "dct"?: str, "title"?: str, "url"?: str}`.
//! Unknown fields are ignored so producers can carry their own.

use chrono::{NaiveDate, NaiveTime};
use serde_json::Value;
use thiserror::Error;

/// One JSONL input record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRecord {
    /// The record's `id`, or `line-N` when it has none.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Document creation time as given (not yet checked; see [`parse_dct`]).
    pub dct: Option<String>,
    /// Headline given beside the text.
    pub title: Option<String>,
    /// Source URL.
    pub url: Option<String>,
}

/// Why a JSONL line is not a usable record.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    /// The line is not JSON (or not a JSON object).
    #[error("line {line}, column {column}: not a JSON object: {message}")]
    InvalidJson {
        /// 1-based line number in the stream.
        line: u64,
        /// 1-based column of the problem.
        column: u64,
        /// What the JSON reader said.
        message: String,
    },
    /// No `text` field.
    #[error("line {line}: the record has no \"text\" field")]
    MissingText {
        /// 1-based line number in the stream.
        line: u64,
    },
    /// A field has the wrong JSON type.
    #[error("line {line}: field \"{field}\" must be a string")]
    WrongType {
        /// The field name.
        field: &'static str,
        /// 1-based line number in the stream.
        line: u64,
    },
}

/// Reads one JSONL line (`line_no` is 1-based, used in errors and default ids).
///
/// ```
/// let r = newsline_parse::jsonl::parse_record(r#"{"text":"Hi.","dct":"2023-09-11"}"#, 3).unwrap();
/// assert_eq!(r.id, "line-3");
/// assert_eq!(r.dct.as_deref(), Some("2023-09-11"));
/// ```
pub fn parse_record(line: &str, line_no: u64) -> Result<InputRecord, RecordError> {
    let value: Value = serde_json::from_str(line).map_err(|e| RecordError::InvalidJson {
        line: line_no,
        column: e.column() as u64,
        message: e.to_string(),
    })?;
    let Value::Object(mut map) = value else {
        return Err(RecordError::InvalidJson {
            line: line_no,
            column: 1,
            message: "expected a JSON object".to_owned(),
        });
    };
    // Fields are taken out of the map, not cloned: the text is most of the line.
    let mut take = |field: &'static str| -> Result<Option<String>, RecordError> {
        match map.remove(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(RecordError::WrongType {
                field,
                line: line_no,
            }),
        }
    };
    let text = take("text")?.ok_or(RecordError::MissingText { line: line_no })?;
    let dct = take("dct");
    let title = take("title");
    let url = take("url");
    // Numeric ids are common in exported corpora; keep them rather than fail.
    let id = match map.remove("id") {
        None | Some(Value::Null) => format!("line-{line_no}"),
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(RecordError::WrongType {
                field: "id",
                line: line_no,
            });
        }
    };
    Ok(InputRecord {
        id,
        text,
        dct: dct?,
        title: title?,
        url: url?,
    })
}

/// Why a `dct` value was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DctError {
    /// Not one of the accepted shapes.
    #[error(
        "not an ISO-8601 date or date-time (expected e.g. 2023-09-11 or 2023-09-11T14:42:00-04:00)"
    )]
    Format,
    /// A date that does not exist (`2023-02-30`) or a year outside 1..=9999.
    #[error("the date is out of range (years 1 to 9999, real calendar days)")]
    OutOfRange,
}

/// Parses a creation time: `2023-09-11`, `2023-09-11T14:42`, `2023-09-11T14:42:00`,
/// `2023-09-11T14:42:00-04:00`, `2023-09-11T18:42:00Z`, `2023-09-11 14:42`, `19980108`.
///
/// Returns the date, the time when given, and the UTC offset in seconds when given.
///
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// let (d, t, off) = newsline_parse::jsonl::parse_dct("2023-09-11T14:42:00-04:00").unwrap();
/// assert_eq!(d, NaiveDate::from_ymd_opt(2023, 9, 11).unwrap());
/// assert_eq!(t, NaiveTime::from_hms_opt(14, 42, 0));
/// assert_eq!(off, Some(-4 * 3600));
/// assert!(newsline_parse::jsonl::parse_dct("0000-01-01").is_err());
/// ```
pub fn parse_dct(s: &str) -> Result<(NaiveDate, Option<NaiveTime>, Option<i32>), DctError> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    // Compact TimeBank form: 19980108.
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        let (y, m, d) = (
            digits(0..4).ok_or(DctError::Format)?,
            digits(4..6).ok_or(DctError::Format)?,
            digits(6..8).ok_or(DctError::Format)?,
        );
        return Ok((ymd(y, m, d)?, None, None));
    }
    if b.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return Err(DctError::Format);
    }
    let (y, m, d) = (
        digits(0..4).ok_or(DctError::Format)?,
        digits(5..7).ok_or(DctError::Format)?,
        digits(8..10).ok_or(DctError::Format)?,
    );
    let date = ymd(y, m, d)?;
    let rest = s.get(10..).ok_or(DctError::Format)?;
    if rest.is_empty() {
        return Ok((date, None, None));
    }
    let rest = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix(' '))
        .ok_or(DctError::Format)?;
    // Split off a zone: `Z`, `+hh:mm`, `-hhmm`, `+hh`.
    let (clock, offset) = if let Some(c) = rest.strip_suffix('Z').or_else(|| rest.strip_suffix('z'))
    {
        (c, Some(0))
    } else if let Some(pos) = rest.rfind(['+', '-']) {
        let (c, z) = rest.split_at(pos);
        (c, Some(parse_offset(z).ok_or(DctError::Format)?))
    } else {
        (rest, None)
    };
    let time = NaiveTime::parse_from_str(clock, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
        .map_err(|_| DctError::Format)?;
    Ok((date, Some(time), offset))
}

fn ymd(y: u32, m: u32, d: u32) -> Result<NaiveDate, DctError> {
    if !(1..=9999).contains(&y) {
        return Err(DctError::OutOfRange);
    }
    let y = i32::try_from(y).map_err(|_| DctError::OutOfRange)?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DctError::OutOfRange)
}

/// `+01:00`, `-0400`, `+03` → seconds east of UTC.
fn parse_offset(z: &str) -> Option<i32> {
    let (sign, rest) = match z.as_bytes().first()? {
        b'+' => (1, z.get(1..)?),
        b'-' => (-1, z.get(1..)?),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits.get(..2)?.parse::<i32>().ok()?,
            digits.get(2..)?.parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    if h > 23 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn record_fields() {
        let r = parse_record(
            r#"{"id":"a1","text":"Hello.","dct":"2023-09-11","title":"T","url":"http://x","extra":1}"#,
            1,
        )
        .unwrap();
        assert_eq!(r.id, "a1");
        assert_eq!(r.text, "Hello.");
        assert_eq!(r.title.as_deref(), Some("T"));
        assert_eq!(r.url.as_deref(), Some("http://x"));
    }

    #[test]
    fn record_errors() {
        assert!(matches!(
            parse_record("not json", 6),
            Err(RecordError::InvalidJson {
                line: 6,
                column: 2,
                ..
            })
        ));
        assert!(matches!(
            parse_record("[1,2]", 2),
            Err(RecordError::InvalidJson { line: 2, .. })
        ));
        assert_eq!(
            parse_record(r#"{"id":"x"}"#, 7),
            Err(RecordError::MissingText { line: 7 })
        );
        assert_eq!(
            parse_record(r#"{"text":5}"#, 1),
            Err(RecordError::WrongType {
                field: "text",
                line: 1
            })
        );
        assert_eq!(
            parse_record(r#"{"text":"a","dct":20230911}"#, 1),
            Err(RecordError::WrongType {
                field: "dct",
                line: 1
            })
        );
        assert_eq!(parse_record(r#"{"id":12,"text":"a"}"#, 1).unwrap().id, "12");
        // A bad id is told before a bad dct, title or url.
        assert_eq!(
            parse_record(r#"{"text":"a","url":1,"id":[]}"#, 4),
            Err(RecordError::WrongType {
                field: "id",
                line: 4
            })
        );
        let full = parse_record(
            r#"{"id":"i","text":"t","dct":"d","title":"h","url":"u"}"#,
            1,
        );
        assert_eq!(
            full.unwrap(),
            InputRecord {
                id: "i".into(),
                text: "t".into(),
                dct: Some("d".into()),
                title: Some("h".into()),
                url: Some("u".into()),
            }
        );
    }

    #[test]
    fn dct_shapes() {
        assert_eq!(
            parse_dct("2023-09-11").unwrap(),
            (d(2023, 9, 11), None, None)
        );
        assert_eq!(
            parse_dct("2023-09-11T14:42").unwrap(),
            (d(2023, 9, 11), NaiveTime::from_hms_opt(14, 42, 0), None)
        );
        assert_eq!(
            parse_dct("2023-09-11T14:42:00-04:00").unwrap(),
            (
                d(2023, 9, 11),
                NaiveTime::from_hms_opt(14, 42, 0),
                Some(-14400)
            )
        );
        assert_eq!(
            parse_dct("2023-09-11T18:42:00Z").unwrap(),
            (d(2023, 9, 11), NaiveTime::from_hms_opt(18, 42, 0), Some(0))
        );
        assert_eq!(parse_dct("19980108").unwrap(), (d(1998, 1, 8), None, None));
        assert_eq!(parse_dct("2015-07-24T05:36:09+0100").unwrap().2, Some(3600));
    }

    #[test]
    fn dct_errors() {
        assert_eq!(parse_dct("0000-01-01"), Err(DctError::OutOfRange));
        assert_eq!(parse_dct("00000101"), Err(DctError::OutOfRange));
        assert_eq!(parse_dct("2023-02-30"), Err(DctError::OutOfRange));
        assert_eq!(parse_dct("99999-01-01"), Err(DctError::Format));
        assert_eq!(parse_dct("yesterday"), Err(DctError::Format));
        assert_eq!(parse_dct("2023-09-11T25:00"), Err(DctError::Format));
        assert_eq!(parse_dct("2023-09-11X"), Err(DctError::Format));
        assert_eq!(parse_dct("2023-9-11"), Err(DctError::Format));
        assert_eq!(parse_dct(""), Err(DctError::Format));
        assert_eq!(parse_dct("2023-09-11T14:42+99:00"), Err(DctError::Format));
    }
}
