//! Time-zone abbreviations and numeric offsets, and turning a local date-time into
//! an instant.
//!
//! Decisions (documented here because they change instants):
//! - Generic names (`ET`, `PT`, `CT`, `MT`) follow the IANA zone's rule for the
//!   date, so `2:42 p.m. ET` on Sept. 11, 2023 is `-04:00`.
//! - Names that state standard or daylight time (`EST`, `EDT`, `PST`, `BST`,
//!   `CEST`, `AEDT`, …) mean their fixed offset as written; when that contradicts
//!   the zone's rule for the date (`EST` in August) we keep the written offset and
//!   add a `parse/zone-dst-mismatch` warning.
//! - Ambiguous names take a default with an info `parse/ambiguous-zone`:
//!   `IST` → Asia/Kolkata (not Israel or Ireland), `CST` → America/Chicago (not
//!   China).
//! - A local time skipped by a DST change is shifted forward by the gap
//!   (`parse/nonexistent-local-time`); a repeated one takes the earlier instant
//!   (`parse/ambiguous-local-time`).

use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;
use newsline_model::{Diagnostic, Level, Span};

/// A zone as written in a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// An IANA zone; `fixed` is the offset the abbreviation itself states (EST),
    /// `None` for generic names (ET) that follow the zone's rule.
    Named {
        tz: Tz,
        fixed: Option<i32>,
        ambiguous: bool,
    },
    /// A numeric offset (`GMT +3`, `+01:00`, `Z`), seconds east of UTC.
    Offset(i32),
}

const H: i32 = 3600;

/// The zone an abbreviation names, when it is one we know.
pub(crate) fn abbreviation(name: &str) -> Option<Zone> {
    use chrono_tz::America::{Chicago, Denver, Los_Angeles, New_York, Phoenix};
    use chrono_tz::Asia::{Hong_Kong, Kolkata, Seoul, Singapore, Tokyo};
    use chrono_tz::Australia::Sydney;
    use chrono_tz::Europe::{Athens, London, Moscow, Paris};
    let named = |tz, fixed| Zone::Named {
        tz,
        fixed,
        ambiguous: false,
    };
    Some(match name {
        "ET" => named(New_York, None),
        "EST" => named(New_York, Some(-5 * H)),
        "EDT" => named(New_York, Some(-4 * H)),
        "CT" => named(Chicago, None),
        "CST" => Zone::Named {
            tz: Chicago,
            fixed: Some(-6 * H),
            ambiguous: true,
        },
        "CDT" => named(Chicago, Some(-5 * H)),
        "MT" => named(Denver, None),
        "MST" => named(Denver, Some(-7 * H)),
        "MDT" => named(Denver, Some(-6 * H)),
        "PT" => named(Los_Angeles, None),
        "PST" => named(Los_Angeles, Some(-8 * H)),
        "PDT" => named(Los_Angeles, Some(-7 * H)),
        "AZ" => named(Phoenix, None),
        "GMT" | "UTC" | "UT" | "Z" => Zone::Offset(0),
        "BST" => named(London, Some(H)),
        "CET" => named(Paris, Some(H)),
        "CEST" => named(Paris, Some(2 * H)),
        "EET" => named(Athens, Some(2 * H)),
        "EEST" => named(Athens, Some(3 * H)),
        "IST" => Zone::Named {
            tz: Kolkata,
            fixed: None,
            ambiguous: true,
        },
        "KST" => named(Seoul, None),
        "JST" => named(Tokyo, None),
        "HKT" => named(Hong_Kong, None),
        "SGT" => named(Singapore, None),
        "AEST" => named(Sydney, Some(10 * H)),
        "AEDT" => named(Sydney, Some(11 * H)),
        "MSK" => named(Moscow, None),
        _ => return None,
    })
}

/// A local date-time placed in its zone.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub local: DateTime<FixedOffset>,
    pub iana: Option<String>,
}

/// Places `ndt` in `zone`; diagnostics about guesses go to `diags` (at `span`).
pub(crate) fn resolve(
    ndt: NaiveDateTime,
    zone: Zone,
    zone_text: &str,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<Resolved> {
    match zone {
        Zone::Offset(secs) => {
            let off = FixedOffset::east_opt(secs)?;
            let local = off.from_local_datetime(&ndt).single()?;
            Some(Resolved { local, iana: None })
        }
        Zone::Named {
            tz,
            fixed,
            ambiguous,
        } => {
            if ambiguous {
                diags.push(
                    Diagnostic::new(
                        Level::Info,
                        "parse/ambiguous-zone",
                        format!(
                            "zone {zone_text:?} names several zones; read as {}",
                            tz.name()
                        ),
                    )
                    .at(span),
                );
            }
            let local = match fixed {
                Some(secs) => {
                    let off = FixedOffset::east_opt(secs)?;
                    let local = off.from_local_datetime(&ndt).single()?;
                    let rule = tz
                        .offset_from_utc_datetime(&local.naive_utc())
                        .fix()
                        .local_minus_utc();
                    if rule != secs {
                        diags.push(
                            Diagnostic::new(
                                Level::Warning,
                                "parse/zone-dst-mismatch",
                                format!(
                                    "{zone_text} states UTC{} but {} was at UTC{} then; kept the offset as written",
                                    fmt_offset(secs),
                                    tz.name(),
                                    fmt_offset(rule)
                                ),
                            )
                            .at(span),
                        );
                    }
                    local
                }
                None => in_zone(ndt, tz, span, diags)?,
            };
            Some(Resolved {
                local,
                iana: Some(tz.name().to_owned()),
            })
        }
    }
}

fn in_zone(
    ndt: NaiveDateTime,
    tz: Tz,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<DateTime<FixedOffset>> {
    use chrono::LocalResult;
    match tz.from_local_datetime(&ndt) {
        LocalResult::Single(t) => Some(t.fixed_offset()),
        LocalResult::Ambiguous(a, b) => {
            let first = if a <= b { a } else { b };
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "parse/ambiguous-local-time",
                    format!(
                        "{ndt} happens twice in {} (DST ends); took the earlier instant",
                        tz.name()
                    ),
                )
                .at(span),
            );
            Some(first.fixed_offset())
        }
        LocalResult::None => {
            // Clocks jumped over this time; real clocks would read it an hour (the
            // gap) later, which is what a reporter typing it most likely meant.
            let later = ndt.checked_add_signed(TimeDelta::hours(1))?;
            let t = tz.from_local_datetime(&later).earliest()?;
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "parse/nonexistent-local-time",
                    format!(
                        "{ndt} does not exist in {} (skipped by DST); shifted forward to {}",
                        tz.name(),
                        t.naive_local()
                    ),
                )
                .at(span),
            );
            Some(t.fixed_offset())
        }
    }
}

fn fmt_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ndt(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap()
    }

    fn run(n: NaiveDateTime, z: &str) -> (String, Vec<String>) {
        let mut d = Vec::new();
        let r = resolve(n, abbreviation(z).unwrap(), z, Span::new(0, 0), &mut d).unwrap();
        (
            r.local.to_rfc3339(),
            d.into_iter().map(|x| x.code).collect(),
        )
    }

    #[test]
    fn generic_et_follows_dst() {
        assert_eq!(
            run(ndt(2023, 9, 11, 14, 42), "ET").0,
            "2023-09-11T14:42:00-04:00"
        );
        assert_eq!(
            run(ndt(2023, 1, 11, 14, 42), "ET").0,
            "2023-01-11T14:42:00-05:00"
        );
        assert_eq!(
            run(ndt(2019, 11, 19, 8, 21), "PT").0,
            "2019-11-19T08:21:00-08:00"
        );
    }

    #[test]
    fn explicit_standard_time_in_summer_warns() {
        let (t, d) = run(ndt(2020, 8, 18, 16, 17), "EST");
        assert_eq!(t, "2020-08-18T16:17:00-05:00");
        assert_eq!(d, ["parse/zone-dst-mismatch"]);
        let (t, d) = run(ndt(2019, 11, 18, 8, 22), "EST");
        assert_eq!(t, "2019-11-18T08:22:00-05:00");
        assert!(d.is_empty());
    }

    #[test]
    fn ambiguous_names_default() {
        let (t, d) = run(ndt(2019, 11, 20, 13, 41), "IST");
        assert_eq!(t, "2019-11-20T13:41:00+05:30");
        assert_eq!(d, ["parse/ambiguous-zone"]);
        let (t, d) = run(ndt(2019, 11, 19, 23, 21), "CST");
        assert_eq!(t, "2019-11-19T23:21:00-06:00");
        assert_eq!(d, ["parse/ambiguous-zone"]);
    }

    #[test]
    fn dst_gap_and_overlap() {
        let (t, d) = run(ndt(2023, 3, 12, 2, 30), "ET");
        assert_eq!(t, "2023-03-12T03:30:00-04:00");
        assert_eq!(d, ["parse/nonexistent-local-time"]);
        let (t, d) = run(ndt(2023, 11, 5, 1, 30), "ET");
        assert_eq!(t, "2023-11-05T01:30:00-04:00");
        assert_eq!(d, ["parse/ambiguous-local-time"]);
    }

    #[test]
    fn other_zones() {
        assert_eq!(
            run(ndt(2019, 11, 18, 3, 9), "HKT").0,
            "2019-11-18T03:09:00+08:00"
        );
        assert_eq!(
            run(ndt(2023, 9, 11, 3, 9), "KST").0,
            "2023-09-11T03:09:00+09:00"
        );
        assert_eq!(
            run(ndt(2023, 7, 1, 12, 0), "BST").0,
            "2023-07-01T12:00:00+01:00"
        );
        assert_eq!(
            run(ndt(2023, 1, 1, 12, 0), "AEDT").0,
            "2023-01-01T12:00:00+11:00"
        );
        assert_eq!(
            run(ndt(2023, 1, 1, 12, 0), "GMT").0,
            "2023-01-01T12:00:00+00:00"
        );
        assert!(abbreviation("XYZ").is_none());
    }
}
