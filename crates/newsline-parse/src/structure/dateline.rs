//! Wire datelines at the start of the first body paragraph:
//! `WASHINGTON (AP) —`, `HAYWARD, Calif. (AP) —`, `SEOUL, Aug. 20 (Yonhap) --`,
//! `NEW YORK (Reuters) -`, `NAIROBI, Kenya (AP) _`, `WASHINGTON _`,
//! `KUALA LUMPUR, April 1 , 1997 (AFP)`, `(CNN) --`, `Taipei, Taiwan —`.

use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;

use super::atoms::{Res, WrittenDate, comma, fail, hspace0, hspace1, month_day_year};

/// A dateline found at the start of a text; offsets relative to that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub place: Option<(usize, usize)>,
    pub agency: Option<(usize, usize)>,
    pub date: Option<((usize, usize), WrittenDate)>,
    /// End of the dateline, after its dash.
    pub end: usize,
}

/// Reads a dateline at the start of `text`.
pub(crate) fn dateline(text: &str) -> Option<Found> {
    let off = |r: &str| text.len() - r.len();
    // `(CNN) --`: agency only.
    if let Ok((r, (a0, a1))) = agency(text, text) {
        let (r, _) = hspace0(r).ok()?;
        let (r, _) = dash(r).ok()?;
        return Some(Found {
            place: None,
            agency: Some((a0, a1)),
            date: None,
            end: off(r),
        });
    }
    let (mut r, (caps, mixed_words)) = place_words(text).ok()?;
    let place_start = 0;
    let mut place_end = off(r);
    let mut has_region = false;
    let mut date = None;
    // `, Region` and/or `, Date` parts.
    while let Ok((r2, _)) = comma(r) {
        if let Ok((r3, d)) = month_day_year(r2) {
            date = Some(((off(r2), off(r3)), d));
            r = r3;
            break;
        }
        if has_region {
            break;
        }
        match place_words(r2) {
            Ok((r3, _)) => {
                has_region = true;
                place_end = off(r3);
                r = r3;
            }
            Err(_) => break,
        }
    }
    let (r_sp, _) = hspace0(r).ok()?;
    if let Ok((r2, ag)) = agency(r_sp, text) {
        // The agency form is what makes a dateline unmistakable; the dash after it
        // is optional (AFP in Gigaword has none).
        let (r3, _) = hspace0(r2).ok()?;
        let end = match dash(r3) {
            Ok((r4, _)) => off(r4),
            Err(_) => off(r2),
        };
        if !caps && !has_region && mixed_words > 2 {
            return None;
        }
        return Some(Found {
            place: Some((place_start, place_end)),
            agency: Some(ag),
            date,
            end,
        });
    }
    // No agency: `WASHINGTON _`, `WASHINGTON —`, `Taipei, Taiwan —`.
    let (r2, d) = dash(r_sp).ok()?;
    let strong = d != "-";
    if !(strong && (caps || has_region)) {
        return None;
    }
    Some(Found {
        place: Some((place_start, place_end)),
        agency: None,
        date,
        end: off(r2),
    })
}

/// One to five capitalized words separated by single spaces. Returns whether all
/// letters are upper case, and the number of words.
fn place_words(i: &str) -> Res<'_, (bool, usize)> {
    let mut r = i;
    let mut words = 0;
    let mut caps = true;
    while let Some(first) = r.chars().next() {
        if !first.is_uppercase() {
            break;
        }
        let (r2, w) =
            take_while1(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))(r)?;
        if w.chars().any(char::is_lowercase) {
            caps = false;
        }
        words += 1;
        r = r2;
        if words == 5 {
            break;
        }
        // Continue only across one space to another capitalized word.
        match hspace1(r) {
            Ok((r3, sp)) if sp.len() == 1 && r3.starts_with(char::is_uppercase) => {
                if agency(r3, i).is_ok() {
                    break;
                }
                r = r3;
            }
            _ => break,
        }
    }
    if words == 0 {
        return fail(i);
    }
    Ok((r, (caps, words)))
}

/// `(AP)`, `(Reuters)`, `(Xinhua)`: 1–3 short words in parentheses. Returns the
/// span of the agency name relative to `whole`.
fn agency<'a>(i: &'a str, whole: &str) -> Res<'a, (usize, usize)> {
    let (r, _) = char('(')(i)?;
    let (r2, name) =
        take_while1(|c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '&' | '.'))(r)?;
    let (r3, _) = char(')')(r2)?;
    let trimmed = name.trim();
    if trimmed.is_empty()
        || name.len() > 24
        || trimmed.split(' ').count() > 3
        || !trimmed.starts_with(|c: char| c.is_uppercase())
        || trimmed.eq_ignore_ascii_case("undated")
    {
        return fail(i);
    }
    let s = whole.len() - r.len() + (name.len() - name.trim_start().len());
    Ok((r3, (s, s + trimmed.len())))
}

/// The dash after a dateline: `—`, `–`, `--`, `-`, `_`.
fn dash(i: &str) -> Res<'_, &str> {
    for d in ["--", "—", "–", "_", "-"] {
        if let Ok((r, t)) = tag::<_, _, nom::error::Error<&str>>(d)(i) {
            // The dash must stand apart from the next word (or end the line).
            if r.is_empty() || r.starts_with(char::is_whitespace) {
                let (r, _) = hspace0(r)?;
                return Ok((r, t));
            }
            if d != "-" && d != "_" {
                return Ok((r, t));
            }
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(t: &str) -> (String, Option<String>, Option<String>, String) {
        let f = dateline(t).unwrap_or_else(|| panic!("no dateline in {t:?}"));
        let s = |p: (usize, usize)| t[p.0..p.1].to_owned();
        (
            f.place.map(s).unwrap_or_default(),
            f.agency.map(s),
            f.date.map(|(p, _)| s(p)),
            t[..f.end].to_owned(),
        )
    }

    #[test]
    fn wire_forms() {
        assert_eq!(
            parts("WASHINGTON (AP) — The Senate voted."),
            (
                "WASHINGTON".into(),
                Some("AP".into()),
                None,
                "WASHINGTON (AP) — ".into()
            )
        );
        assert_eq!(parts("HAYWARD, Calif. (AP) — A man").0, "HAYWARD, Calif.");
        assert_eq!(
            parts("ST. JOSEPH, Mich. (AP) — A man").0,
            "ST. JOSEPH, Mich."
        );
        assert_eq!(parts("SANTA FE, N.M. (AP) — A man").0, "SANTA FE, N.M.");
        let p = parts("SEOUL, Aug. 20 (Yonhap) -- North Korea");
        assert_eq!(p.0, "SEOUL");
        assert_eq!(p.1.as_deref(), Some("Yonhap"));
        assert_eq!(p.2.as_deref(), Some("Aug. 20"));
        assert_eq!(p.3, "SEOUL, Aug. 20 (Yonhap) -- ");
        assert_eq!(
            parts("NEW YORK (Reuters) - Stocks fell").1.as_deref(),
            Some("Reuters")
        );
        let p = parts("JOHANNESBURG, August 7 (Xinhua) --");
        assert_eq!(
            (p.0.as_str(), p.2.as_deref()),
            ("JOHANNESBURG", Some("August 7"))
        );
        assert_eq!(parts("NAIROBI, Kenya (AP) _").0, "NAIROBI, Kenya");
        assert_eq!(
            parts("CANBERRA, Australia (AP)_ Turning its back").3,
            "CANBERRA, Australia (AP)_ "
        );
        assert_eq!(parts("INDEPENDENCE, MO. (AP)--").0, "INDEPENDENCE, MO.");
        assert_eq!(parts("WASHINGTON _").3, "WASHINGTON _");
        let p = parts("KUALA LUMPUR, April 1 , 1997 (AFP) Malaysia");
        assert_eq!(
            (p.0.as_str(), p.2.as_deref()),
            ("KUALA LUMPUR", Some("April 1 , 1997"))
        );
        assert_eq!(
            parts("KUALA LUMPUR, April 1 , 1997 (AFP) Malaysia").3,
            "KUALA LUMPUR, April 1 , 1997 (AFP)"
        );
        let p = parts("(CNN) -- The Pennsylvania official was");
        assert_eq!((p.0.as_str(), p.1.as_deref()), ("", Some("CNN")));
        assert_eq!(parts("Taipei, Taiwan — The Taipei").0, "Taipei, Taiwan");
        assert_eq!(
            parts("HAVANA, August 7 (Xinhua) --").3,
            "HAVANA, August 7 (Xinhua) --"
        );
    }

    #[test]
    fn not_datelines() {
        for t in [
            "Four years ago, North Korean leader Kim Jong Un made",
            "Kim had already departed",
            "The Kim-Putin summit (AP) could",
            "Group F — Sweden 1 – 0 Korea Republic",
            "U.S. State Department spokesman Matthew Miller said",
            "(Undated)",
            "Nigeria - the country",
            "",
        ] {
            assert_eq!(dateline(t), None, "{t}");
        }
    }
}
