//! Machine-readable dates as pages write them in metadata.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// How much of an instant a metadata date gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Date, time and zone.
    Full,
    /// Date and time without a zone: read as UTC.
    NoZone,
    /// Date only: read as midnight UTC.
    DateOnly,
}

/// Parses the date formats found in `<meta>`, JSON-LD and `<time datetime>`:
/// ISO 8601 / RFC 3339 with `Z`, `+hh:mm`, `+hhmm` or `+hh`, optional fractional
/// seconds, a space instead of `T`; RFC 2822; bare dates; Unix epoch seconds or
/// milliseconds.
///
/// A time without a zone is taken as UTC, and a bare date as midnight UTC: metadata
/// carries no other zone to use, and UTC keeps the calendar date unchanged, which
/// is what date-level comparisons need. The returned [`Precision`] says which
/// case applied, so callers can prefer a fuller value.
///
/// Placeholders that content systems write for an empty date field are no date:
/// .NET's `DateTime.MinValue` (`0001-01-01T00:00:00Z`) or any year before 1000,
/// and the first midnight of 1900 (SQL Server's default) or of 1970 (the Unix
/// epoch). Taken as the article's time, they would date every relative
/// expression centuries off.
pub fn parse_meta_date(raw: &str) -> Option<(DateTime<FixedOffset>, Precision)> {
    parse_any_meta_date(raw).filter(|(dt, _)| !is_placeholder(dt))
}

fn is_placeholder(dt: &DateTime<FixedOffset>) -> bool {
    use chrono::{Datelike, Timelike};
    let utc = dt.naive_utc();
    let first_midnight_of_year =
        utc.ordinal() == 1 && utc.hour() == 0 && utc.minute() == 0 && utc.second() == 0;
    utc.year() < 1000 || (first_midnight_of_year && matches!(utc.year(), 1900 | 1970))
}

fn parse_any_meta_date(raw: &str) -> Option<(DateTime<FixedOffset>, Precision)> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some((dt, Precision::Full));
    }
    let utc = FixedOffset::east_opt(0)?;
    // Normalise the separator and the zone so that one set of formats covers the
    // variants sites emit.
    let mut t: String = s.replacen(' ', "T", 1);
    if let Some(stripped) = t.strip_suffix('Z').or_else(|| t.strip_suffix('z')) {
        t = format!("{stripped}+00:00");
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%dT%H:%M:%S%.fT%:z",
        "%Y-%m-%dT%H:%M:%S%.fT%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(&t, fmt) {
            return Some((dt, Precision::Full));
        }
    }
    // `+hh` alone (e.g. `2019-11-05T14:00:00+01`).
    if let Some((head, tail)) = t.rsplit_once(['+', '-'])
        && tail.len() == 2
        && tail.bytes().all(|b| b.is_ascii_digit())
        && head.contains('T')
    {
        let sign = if t.len() > tail.len() && t.as_bytes().get(t.len() - 3) == Some(&b'-') {
            "-"
        } else {
            "+"
        };
        let fixed = format!("{head}{sign}{tail}:00");
        if let Ok(dt) = DateTime::parse_from_rfc3339(&fixed) {
            return Some((dt, Precision::Full));
        }
        if let Ok(dt) = DateTime::parse_from_str(&fixed, "%Y-%m-%dT%H:%M%:z") {
            return Some((dt, Precision::Full));
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(n) = NaiveDateTime::parse_from_str(&t, fmt) {
            return Some((utc.from_utc_datetime(&n), Precision::NoZone));
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some((dt, Precision::Full));
    }
    let date_part = s.get(..10).unwrap_or(s);
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(date_part, fmt)
            && (date_part.len() == s.len() || !s.contains(':'))
        {
            let n = d.and_time(NaiveTime::MIN);
            return Some((utc.from_utc_datetime(&n), Precision::DateOnly));
        }
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && (s.len() == 10 || s.len() == 13) {
        let n: i64 = s.parse().ok()?;
        let secs = if s.len() == 13 { n / 1000 } else { n };
        let dt = DateTime::from_timestamp(secs, 0)?;
        return Some((dt.with_timezone(&utc), Precision::Full));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse_meta_date(s).map(|(d, _)| d.to_rfc3339())
    }

    #[test]
    fn empty_field_placeholders_are_no_date() {
        for placeholder in [
            "0001-01-01T00:00:00Z",
            "0001-01-01",
            "0000-00-00 00:00:00",
            "1970-01-01T00:00:00Z",
            "1970-01-01",
            "0",
            "1900-01-01T00:00:00",
        ] {
            assert_eq!(p(placeholder), None, "{placeholder}");
        }
        // Real dates near the placeholders stay: an archive page may carry its
        // print date, and only the exact first midnight is a default.
        assert!(p("1851-09-18").is_some());
        assert!(p("1970-01-01T09:30:00Z").is_some());
        assert!(p("1900-01-02").is_some());
    }

    #[test]
    fn iso_variants() {
        assert_eq!(
            p("2019-11-05T14:00:00Z").unwrap(),
            "2019-11-05T14:00:00+00:00"
        );
        assert_eq!(
            p("2019-11-05T14:00:00+0100").unwrap(),
            "2019-11-05T14:00:00+01:00"
        );
        assert_eq!(
            p("2019-11-05T14:00:00.123-05:00").unwrap(),
            "2019-11-05T14:00:00.123-05:00"
        );
        assert_eq!(
            p("2019-11-05 14:00:00+00:00").unwrap(),
            "2019-11-05T14:00:00+00:00"
        );
        assert_eq!(
            p("2019-11-05T14:00-04:00").unwrap(),
            "2019-11-05T14:00:00-04:00"
        );
        assert_eq!(
            p("2019-11-05T14:00:00+01").unwrap(),
            "2019-11-05T14:00:00+01:00"
        );
        assert_eq!(
            p("2019-11-05T14:00:00-05").unwrap(),
            "2019-11-05T14:00:00-05:00"
        );
    }

    #[test]
    fn zoneless_and_date_only_are_utc() {
        let (d, prec) = parse_meta_date("2019-11-05T14:00:00").unwrap();
        assert_eq!(d.to_rfc3339(), "2019-11-05T14:00:00+00:00");
        assert_eq!(prec, Precision::NoZone);
        let (d, prec) = parse_meta_date("2019-11-05").unwrap();
        assert_eq!(d.to_rfc3339(), "2019-11-05T00:00:00+00:00");
        assert_eq!(prec, Precision::DateOnly);
    }

    #[test]
    fn rfc2822_and_epoch() {
        assert_eq!(
            p("Tue, 05 Nov 2019 14:00:00 GMT").unwrap(),
            "2019-11-05T14:00:00+00:00"
        );
        assert_eq!(p("1572962400").unwrap(), "2019-11-05T14:00:00+00:00");
        assert_eq!(p("1572962400000").unwrap(), "2019-11-05T14:00:00+00:00");
    }

    #[test]
    fn junk_is_none() {
        assert!(p("").is_none());
        assert!(p("yesterday").is_none());
        assert!(p("2019-13-45").is_none());
        assert!(p("ü-ü-ü").is_none());
    }
}
