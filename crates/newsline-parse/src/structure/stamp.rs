//! Published/updated lines: `Updated Sept. 11, 2023, 2:42 p.m. ET`,
//! `Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET`,
//! `22:00 GMT, 26 September 2020`, `Updated 1909 GMT (0309 HKT) November 18, 2019`,
//! `5:45 AM PST 11/19/2019`, `2015-07-24T05:36:09+01:00`, `Friday, July 21, 2017`.
//!
//! A line is read as a sequence of items (kind word, date, time, zone, weekday,
//! punctuation) in any order; the line is a timestamp line only when every item
//! is one of those. A kind word starts a new timestamp, so one line can hold two.

use chrono::{NaiveDate, NaiveTime};
use newsline_model::TimestampKind;
use nom::Parser;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::opt;

use super::atoms::{
    Res, WrittenDate, day_month_year, fail, hspace0, iso_date, month_day_year, number,
    us_numeric_date, weekday, word_end,
};
use super::zone::{Zone, abbreviation};

/// One timestamp found on a line; offsets are relative to the line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stamp {
    pub kind: TimestampKind,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub zone: Option<Zone>,
    pub zone_text: Option<(usize, usize)>,
    pub span: (usize, usize),
}

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Kind(TimestampKind),
    Date(WrittenDate),
    Time(NaiveTime),
    Zone(Zone),
    Filler,
}

/// Longest line we consider a timestamp line.
const MAX_LINE: usize = 160;

/// Reads `line` as a timestamp line. `None` when it is not one; `Some` with the
/// dated timestamps (possibly none, e.g. `Published 7:07 PM EST`) when it is.
pub(crate) fn parse_line(line: &str) -> Option<Vec<Stamp>> {
    // A line is a timestamp only with a dated year or a clock time, and both are
    // written in digits: most lines are turned away here, before a dozen parsers
    // try their first word.
    if line.len() > MAX_LINE || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut items: Vec<(Item, usize, usize)> = Vec::new();
    let mut rest = line;
    loop {
        let (r, _) = hspace0(rest).ok()?;
        rest = r;
        if rest.is_empty() {
            break;
        }
        let start = line.len() - rest.len();
        let (r, item) = item(rest).ok()?;
        if r.len() == rest.len() {
            return None;
        }
        rest = r;
        items.push((item, start, line.len() - rest.len()));
    }
    let has_kind = items.iter().any(|(i, _, _)| matches!(i, Item::Kind(_)));
    let has_time = items.iter().any(|(i, _, _)| matches!(i, Item::Time(_)));
    let has_date = items.iter().any(|(i, _, _)| matches!(i, Item::Date(_)));
    if !(has_date || has_kind && has_time) {
        return None;
    }
    let mut out = Vec::new();
    let mut seg = Segment::default();
    for (item, s, e) in items {
        match item {
            Item::Kind(k) => {
                if seg.has_content() {
                    out.extend(seg.finish());
                    seg = Segment::default();
                }
                seg.kind = Some(k);
            }
            Item::Date(d) => {
                seg.date = seg.date.or(Some(d));
                seg.cover(s, e);
            }
            Item::Time(t) => {
                seg.time = seg.time.or(Some(t));
                seg.cover(s, e);
            }
            Item::Zone(z) => {
                if seg.zone.is_none() {
                    seg.zone = Some(z);
                    seg.zone_text = Some((s, e));
                }
                seg.cover(s, e);
            }
            Item::Filler => {}
        }
    }
    out.extend(seg.finish());
    Some(out)
}

#[derive(Default)]
struct Segment {
    kind: Option<TimestampKind>,
    date: Option<WrittenDate>,
    time: Option<NaiveTime>,
    zone: Option<Zone>,
    zone_text: Option<(usize, usize)>,
    span: Option<(usize, usize)>,
}

impl Segment {
    fn has_content(&self) -> bool {
        self.span.is_some()
    }
    fn cover(&mut self, s: usize, e: usize) {
        self.span = Some(match self.span {
            Some((a, b)) => (a.min(s), b.max(e)),
            None => (s, e),
        });
    }
    fn finish(self) -> Option<Stamp> {
        Some(Stamp {
            kind: self.kind.unwrap_or(TimestampKind::Published),
            date: self.date?.naive()?,
            time: self.time,
            zone: self.zone,
            zone_text: self.zone_text,
            span: self.span?,
        })
    }
}

fn item(i: &str) -> Res<'_, Item> {
    if let Ok((r, k)) = kind(i) {
        return Ok((r, Item::Kind(k)));
    }
    if let Ok(x) = iso_datetime(i) {
        return Ok(x);
    }
    for p in [us_numeric_date, iso_date, month_day_year, day_month_year] {
        if let Ok((r, d)) = p(i) {
            if d.year.is_some() && word_end(r) {
                return Ok((r, Item::Date(d)));
            }
        }
    }
    if let Ok((r, t)) = clock(i) {
        return Ok((r, Item::Time(t)));
    }
    if let Ok((r, z)) = zone(i) {
        return Ok((r, Item::Zone(z)));
    }
    if let Ok((r, _)) = weekday(i) {
        return Ok((r, Item::Filler));
    }
    if let Ok((r, _)) = paren_alternative(i) {
        return Ok((r, Item::Filler));
    }
    if let Ok((r, _)) = one_of::<_, _, nom::error::Error<&str>>(",;:-–—/|·•").parse(i) {
        return Ok((r, Item::Filler));
    }
    if let Ok((r, _)) = super::atoms::word_in(i, &["at", "on"]) {
        return Ok((r, Item::Filler));
    }
    fail(i)
}

fn kind(i: &str) -> Res<'_, TimestampKind> {
    const PHRASES: [(&str, TimestampKind); 10] = [
        ("first published", TimestampKind::Published),
        ("originally published", TimestampKind::Published),
        ("last updated", TimestampKind::Updated),
        ("last modified", TimestampKind::Updated),
        ("updated", TimestampKind::Updated),
        ("modified", TimestampKind::Updated),
        ("published", TimestampKind::Published),
        ("original", TimestampKind::Published),
        ("posted", TimestampKind::Published),
        ("created", TimestampKind::Published),
    ];
    for (p, k) in PHRASES {
        if let Ok((r, _)) = tag_no_case::<_, _, nom::error::Error<&str>>(p)(i) {
            if word_end(r) {
                return Ok((r, k));
            }
        }
    }
    fail(i)
}

/// `2:42 p.m.`, `8:22AM`, `01:41 PM`, `22:00`, `14:53`, `1909` (only before a zone).
pub(crate) fn clock(i: &str) -> Res<'_, NaiveTime> {
    // 12-hour clock with a meridiem.
    if let Ok((r, (h, m, s))) = hms(i) {
        if let Ok((r2, pm)) = meridiem(r) {
            if (1..=12).contains(&h) {
                let h24 = (h % 12) + if pm { 12 } else { 0 };
                if let Some(t) = NaiveTime::from_hms_opt(h24, m, s) {
                    return Ok((r2, t));
                }
            }
            return fail(i);
        }
    }
    if let Ok((r, h)) = number(1, 2)(i) {
        if let Ok((r2, pm)) = meridiem(r) {
            if (1..=12).contains(&h) {
                let h24 = (h % 12) + if pm { 12 } else { 0 };
                if let Some(t) = NaiveTime::from_hms_opt(h24, 0, 0) {
                    return Ok((r2, t));
                }
            }
        }
    }
    // 24-hour clock with a colon.
    if let Ok((r, (h, m, s))) = hms(i) {
        if let Some(t) = NaiveTime::from_hms_opt(h, m, s) {
            if word_end(r) || r.starts_with('Z') {
                return Ok((r, t));
            }
        }
    }
    // Military time, only when a zone follows (`1909 GMT`, `1337EDT`).
    if let Ok((r, hhmm)) =
        take_while_m_n::<_, _, nom::error::Error<&str>>(4, 4, |c: char| c.is_ascii_digit())(i)
    {
        let (r2, _) = hspace0(r)?;
        if zone(r2).is_ok() {
            let n: u32 = hhmm.parse().unwrap_or(9999);
            if let Some(t) = NaiveTime::from_hms_opt(n / 100, n % 100, 0) {
                return Ok((r, t));
            }
        }
    }
    fail(i)
}

fn hms(i: &str) -> Res<'_, (u32, u32, u32)> {
    let (r, (h, _, m)) = (number(1, 2), char(':'), number(2, 2)).parse(i)?;
    let (r, s) = opt((char(':'), number(2, 2))).parse(r)?;
    Ok((r, (h, m, s.map_or(0, |(_, s)| s))))
}

/// `a.m.`, `p.m.`, `am`, `PM`, `a.m` → true for afternoon.
fn meridiem(i: &str) -> Res<'_, bool> {
    let (r, _) = hspace0(i)?;
    for (p, pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
    ] {
        if let Ok((r2, _)) = tag_no_case::<_, _, nom::error::Error<&str>>(p)(r) {
            if word_end(r2) {
                return Ok((r2, pm));
            }
        }
    }
    fail(i)
}

/// A zone: `ET`, `GMT`, `GMT +3`, `GMT+0400`, `UTC+9`, `+01:00`.
pub(crate) fn zone(i: &str) -> Res<'_, Zone> {
    let len = i
        .char_indices()
        .find(|(_, c)| !c.is_ascii_uppercase())
        .map_or(i.len(), |(k, _)| k);
    if (1..=5).contains(&len) {
        let (name, r) = i.split_at(len);
        if word_end(r) || r.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(z) = abbreviation(name) {
                if let Zone::Offset(base) = z {
                    if let Ok((r2, off)) = numeric_offset(r) {
                        return Ok((r2, Zone::Offset(base + off)));
                    }
                }
                if word_end(r) {
                    return Ok((r, z));
                }
            }
        }
        return fail(i);
    }
    if i.starts_with(['+', '-']) {
        let (r, off) = numeric_offset(i)?;
        return Ok((r, Zone::Offset(off)));
    }
    fail(i)
}

/// ` +3`, `+0400`, `-04:00`, `+5:30` → seconds east of UTC.
fn numeric_offset(i: &str) -> Res<'_, i32> {
    let (r, _) = hspace0(i)?;
    let (r, sign) = one_of("+-−")(r)?;
    let (r, digits) = take_while_m_n(1, 4, |c: char| c.is_ascii_digit())(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let n: i32 = digits.parse().unwrap_or(0);
    let (r, (h, m)) = match digits.len() {
        1 | 2 => {
            let (r, m) = opt((tag(":"), number(2, 2))).parse(r)?;
            (r, (n, m.map_or(0, |(_, m)| i32::try_from(m).unwrap_or(99))))
        }
        _ => (r, (n / 100, n % 100)),
    };
    if h > 14 || m > 59 {
        return fail(i);
    }
    let secs = h * 3600 + m * 60;
    Ok((r, if sign == '+' { secs } else { -secs }))
}

/// `2015-07-24T…`: the ISO date, with the `T` consumed so the clock and offset
/// that follow read as ordinary items.
fn iso_datetime(i: &str) -> Res<'_, Item> {
    let (r, d) = iso_date(i)?;
    let (r, _) = char('T')(r)?;
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((r, Item::Date(d)))
}

/// `(0309 HKT)`, `(GMT+0400)`: an alternative rendering of the same time.
fn paren_alternative(i: &str) -> Res<'_, ()> {
    let (r, _) = char('(')(i)?;
    let end = r.find(')').filter(|&e| e <= 30);
    let Some(end) = end else { return fail(i) };
    let inner = r.get(..end).unwrap_or_default();
    if !inner.chars().any(|c| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((r.get(end + 1..).unwrap_or_default(), ()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::zone::resolve;
    use newsline_model::Span;

    /// (kind, local RFC 3339 or date, span text) of each timestamp on the line.
    fn read(line: &str) -> Vec<(TimestampKind, String, String)> {
        parse_line(line)
            .unwrap_or_else(|| panic!("not a timestamp line: {line:?}"))
            .into_iter()
            .map(|s| {
                let when = match (s.time, s.zone) {
                    (Some(t), Some(z)) => {
                        let zt = s.zone_text.map(|(a, b)| &line[a..b]).unwrap_or("");
                        resolve(s.date.and_time(t), z, zt, Span::default(), &mut Vec::new())
                            .unwrap()
                            .local
                            .to_rfc3339()
                    }
                    (Some(t), None) => format!("{}T{}", s.date, t),
                    (None, _) => s.date.to_string(),
                };
                (s.kind, when, line[s.span.0..s.span.1].to_owned())
            })
            .collect()
    }

    fn one(line: &str) -> (TimestampKind, String) {
        let v = read(line);
        assert_eq!(v.len(), 1, "{line}: {v:?}");
        (v[0].0, v[0].1.clone())
    }

    use TimestampKind::{Published as P, Updated as U};

    #[test]
    fn seed_line() {
        assert_eq!(
            read("Updated Sept. 11, 2023, 2:42 p.m. ET"),
            [(
                U,
                "2023-09-11T14:42:00-04:00".into(),
                "Sept. 11, 2023, 2:42 p.m. ET".into()
            )]
        );
    }

    #[test]
    fn house_styles() {
        let v = read("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET");
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].0, v[0].1.as_str()), (U, "2019-11-19T08:21:00-05:00"));
        assert_eq!((v[1].0, v[1].1.as_str()), (P, "2019-11-19T08:02:00-05:00"));
        assert_eq!(
            one("Updated : Nov 20, 2019 01:41 PM IST"),
            (U, "2019-11-20T13:41:00+05:30".into())
        );
        assert_eq!(
            one("22:00 GMT, 26 September 2020"),
            (P, "2020-09-26T22:00:00+00:00".into())
        );
        assert_eq!(
            one("First published February 1, 2016: 1:28 AM ET"),
            (P, "2016-02-01T01:28:00-05:00".into())
        );
        assert_eq!(
            one("Published Monday, November 18, 2019 8:22AM EST"),
            (P, "2019-11-18T08:22:00-05:00".into())
        );
        assert_eq!(
            one("Published November 20th, 2019 - 07:29 GMT"),
            (P, "2019-11-20T07:29:00+00:00".into())
        );
        assert_eq!(
            one("14:53 GMT +3 20 November 2019"),
            (P, "2019-11-20T14:53:00+03:00".into())
        );
        assert_eq!(
            one("Updated 1909 GMT (0309 HKT) November 18, 2019"),
            (U, "2019-11-18T19:09:00+00:00".into())
        );
        assert_eq!(
            one("5:45 AM PST 11/19/2019"),
            (P, "2019-11-19T05:45:00-08:00".into())
        );
        assert_eq!(
            one("2015-07-24T05:36:09+01:00"),
            (P, "2015-07-24T05:36:09+01:00".into())
        );
        assert_eq!(
            one("2015-07-24T05:36:09Z"),
            (P, "2015-07-24T05:36:09+00:00".into())
        );
        assert_eq!(
            one("1:39 am EST, Wednesday, November 20, 2019"),
            (P, "2019-11-20T01:39:00-05:00".into())
        );
        assert_eq!(
            one("11:21 pm CST, Tuesday, November 19, 2019"),
            (P, "2019-11-19T23:21:00-06:00".into())
        );
        assert_eq!(
            one("7:07 PM EST Nov 19, 2019"),
            (P, "2019-11-19T19:07:00-05:00".into())
        );
        assert_eq!(
            one("Aug. 18, 2020 4:17 pm EST"),
            (P, "2020-08-18T16:17:00-05:00".into())
        );
        assert_eq!(one("14:00 (GMT+0400) 20 November 2019").0, P);
        assert_eq!(
            one("Posted at 9:00 a.m. PT on July 4, 2023"),
            (P, "2023-07-04T09:00:00-07:00".into())
        );
        assert_eq!(
            one("Updated 08-15-90 1337EDT"
                .replace("08-15-90", "Aug. 15, 1990")
                .as_str()),
            (U, "1990-08-15T13:37:00-04:00".into())
        );
    }

    #[test]
    fn date_only_and_zoneless() {
        assert_eq!(one("Friday, July 21, 2017"), (P, "2017-07-21".into()));
        assert_eq!(one("Monday, March 5, 2007"), (P, "2007-03-05".into()));
        assert_eq!(
            one("Published 2023-09-11 14:42"),
            (P, "2023-09-11T14:42:00".into())
        );
        assert_eq!(parse_line("Published 7:07 PM EST"), Some(Vec::new()));
    }

    #[test]
    fn not_timestamps() {
        for l in [
            "Updates with U.S. State Department spokesman’s comments, attribution in graf 8.",
            "Kim-Putin’s Vladivostok bromance may risk global security, from Europe to Asia",
            "Updated guidance on masks",
            "The vote is on Nov. 19, 2019 at 8 a.m. ET",
            "Denuclearization of North Korea",
            "March 2019",
            "May 5",
            "2019",
            "",
        ] {
            assert!(parse_line(l).is_none(), "{l}");
        }
    }
}
