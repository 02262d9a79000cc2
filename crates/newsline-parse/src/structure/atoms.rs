//! Small nom parsers shared by the header grammars: month names, days, years,
//! weekdays and horizontal space (NBSP included).

use chrono::NaiveDate;
use nom::IResult;
use nom::Parser;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;

pub(crate) type Res<'a, O> = IResult<&'a str, O>;

/// A `nom` error at `i`, for hand-written parsers.
pub(crate) fn fail<O>(i: &str) -> Res<'_, O> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// Spaces, tabs and no-break spaces (not line breaks).
pub(crate) fn hspace0(i: &str) -> Res<'_, &str> {
    take_while(|c: char| c != '\n' && c != '\r' && c.is_whitespace())(i)
}

/// At least one horizontal space.
pub(crate) fn hspace1(i: &str) -> Res<'_, &str> {
    let (r, s) = hspace0(i)?;
    if s.is_empty() { fail(i) } else { Ok((r, s)) }
}

/// True when `rest` does not continue the word just read.
pub(crate) fn word_end(rest: &str) -> bool {
    !rest.chars().next().is_some_and(char::is_alphanumeric)
}

/// A word made of ASCII letters, matched case-insensitively against `words`,
/// ending at a word boundary. Returns the index into `words`.
pub(crate) fn word_in<'a>(i: &'a str, words: &[&str]) -> Res<'a, usize> {
    let len = i
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(i.len(), |(k, _)| k);
    let (w, rest) = i.split_at(len);
    if w.is_empty() {
        return fail(i);
    }
    match words.iter().position(|x| x.eq_ignore_ascii_case(w)) {
        Some(k) => Ok((rest, k)),
        None => fail(i),
    }
}

const MONTHS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "sept",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
];
const SHORT_MONTH: [u32; 12] = [1, 2, 3, 4, 9, 6, 7, 8, 9, 10, 11, 12];

/// `September`, `Sept.`, `Sep`, `Nov` → month number 1..=12. Upper-case initial
/// required so that the verb `may` and the noun `march` stay words.
pub(crate) fn month(i: &str) -> Res<'_, u32> {
    if !i.chars().next().is_some_and(char::is_uppercase) {
        return fail(i);
    }
    let (rest, k) = word_in(i, &MONTHS)?;
    let m = if k < 12 {
        u32::try_from(k).map_or(0, |k| k + 1)
    } else {
        SHORT_MONTH.get(k - 12).copied().unwrap_or(0)
    };
    let (rest, _) = if k >= 12 {
        opt(char('.')).parse(rest)?
    } else {
        (rest, None)
    };
    if m == 0 { fail(i) } else { Ok((rest, m)) }
}

/// Digits as a number, between `min` and `max` digits long.
pub(crate) fn number(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit())(i)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        match d.parse() {
            Ok(n) => Ok((rest, n)),
            Err(_) => fail(i),
        }
    }
}

/// A day of the month, `7`, `07`, `20th`, `1st`.
pub(crate) fn day(i: &str) -> Res<'_, u32> {
    let (rest, d) = number(1, 2)(i)?;
    if !(1..=31).contains(&d) {
        return fail(i);
    }
    let (rest, _) = opt(|r| word_in(r, &["st", "nd", "rd", "th"])).parse(rest)?;
    if !word_end(rest) {
        return fail(i);
    }
    Ok((rest, d))
}

/// A four-digit year 1000..=2999 (headers never carry others).
pub(crate) fn year(i: &str) -> Res<'_, i32> {
    let (rest, y) = number(4, 4)(i)?;
    if !(1000..=2999).contains(&y) || !word_end(rest) {
        return fail(i);
    }
    Ok((rest, i32::try_from(y).unwrap_or(0)))
}

/// Comma with optional space on either side (`, ` and the Gigaword ` , `).
pub(crate) fn comma(i: &str) -> Res<'_, ()> {
    let (r, _) = (hspace0, char(','), hspace0).parse(i)?;
    Ok((r, ()))
}

/// A calendar date as written: the month and day, and the year when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
}

impl WrittenDate {
    pub(crate) fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }
}

/// `Sept. 11, 2023`, `Nov 20, 2019`, `November 20th, 2019`, `April 1 , 1997`,
/// `Aug. 20` (year optional).
pub(crate) fn month_day_year(i: &str) -> Res<'_, WrittenDate> {
    let (r, m) = month(i)?;
    let (r, _) = hspace0(r)?;
    let (r, d) = day(r)?;
    let (r, y) = opt(|x| {
        let (x, _) = alt_comma_or_space(x)?;
        year(x)
    })
    .parse(r)?;
    Ok((
        r,
        WrittenDate {
            month: m,
            day: d,
            year: y,
        },
    ))
}

fn alt_comma_or_space(i: &str) -> Res<'_, ()> {
    if let Ok(r) = comma(i) {
        return Ok(r);
    }
    let (r, _) = hspace1(i)?;
    Ok((r, ()))
}

/// `26 September 2020`, `20 November 2019` (year optional).
pub(crate) fn day_month_year(i: &str) -> Res<'_, WrittenDate> {
    let (r, d) = day(i)?;
    let (r, _) = hspace1(r)?;
    let (r, m) = month(r)?;
    let (r, y) = opt(|x| {
        let (x, _) = alt_comma_or_space(x)?;
        year(x)
    })
    .parse(r)?;
    Ok((
        r,
        WrittenDate {
            month: m,
            day: d,
            year: y,
        },
    ))
}

/// US numeric `11/19/2019`.
pub(crate) fn us_numeric_date(i: &str) -> Res<'_, WrittenDate> {
    let (r, (m, _, d, _, y)) = (number(1, 2), char('/'), number(1, 2), char('/'), year).parse(i)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return fail(i);
    }
    Ok((
        r,
        WrittenDate {
            month: m,
            day: d,
            year: Some(y),
        },
    ))
}

/// ISO `2015-07-24`.
pub(crate) fn iso_date(i: &str) -> Res<'_, WrittenDate> {
    let (r, (y, _, m, _, d)) =
        (number(4, 4), tag("-"), number(2, 2), tag("-"), number(2, 2)).parse(i)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1..=9999).contains(&y) {
        return fail(i);
    }
    Ok((
        r,
        WrittenDate {
            month: m,
            day: d,
            year: Some(i32::try_from(y).unwrap_or(0)),
        },
    ))
}

const WEEKDAYS: [&str; 17] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// `Monday`, `Mon.`, with an optional trailing period.
pub(crate) fn weekday(i: &str) -> Res<'_, ()> {
    if !i.chars().next().is_some_and(char::is_uppercase) {
        return fail(i);
    }
    let (r, _) = word_in(i, &WEEKDAYS)?;
    let (r, _) = opt(char('.')).parse(r)?;
    Ok((r, ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month("Sept. 11").unwrap(), (" 11", 9));
        assert_eq!(month("Sep 11").unwrap(), (" 11", 9));
        assert_eq!(month("November").unwrap(), ("", 11));
        assert_eq!(month("Nov").unwrap(), ("", 11));
        assert!(month("may").is_err());
        assert!(month("Mayor").is_err());
        assert!(month("Decision").is_err());
    }

    #[test]
    fn dates() {
        let d = |m, dd, y| WrittenDate {
            month: m,
            day: dd,
            year: y,
        };
        assert_eq!(
            month_day_year("Sept. 11, 2023,").unwrap(),
            (",", d(9, 11, Some(2023)))
        );
        assert_eq!(
            month_day_year("November 20th, 2019").unwrap().1,
            d(11, 20, Some(2019))
        );
        assert_eq!(
            month_day_year("April 1 , 1997 (AFP)").unwrap(),
            (" (AFP)", d(4, 1, Some(1997)))
        );
        assert_eq!(
            month_day_year("Aug. 20 (Yonhap)").unwrap(),
            (" (Yonhap)", d(8, 20, None))
        );
        assert_eq!(
            day_month_year("26 September 2020").unwrap().1,
            d(9, 26, Some(2020))
        );
        assert_eq!(
            us_numeric_date("11/19/2019").unwrap().1,
            d(11, 19, Some(2019))
        );
        assert_eq!(
            iso_date("2015-07-24T").unwrap(),
            ("T", d(7, 24, Some(2015)))
        );
        assert!(day("32").is_err());
        assert!(day("123").is_err());
    }
}
