//! Resolution of one reading against a reference date.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use newsline_model::reading::{
    Anchor, DayPart, Direction, Holiday, RefPoint, Season, TimeUnit, TimexReading as R,
};
use newsline_model::{Granularity, Interval, TimexMod, TimexType};

use crate::calendars;
use crate::tense::Tense;

/// A resolved calendar point: something with a TIMEX3 value and an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// A millennium by its leading digit (`2` for 2000–2999).
    Millennium(i32),
    /// A century by its leading digits (`19` for 1900–1999).
    Century(i32),
    /// A decade by its leading digits (`199`).
    Decade(i32),
    /// A year.
    Year(i32),
    /// A half (1–2) of a year.
    Half(i32, u32),
    /// A quarter (1–4) of a year.
    Quarter(i32, u32),
    /// A season of a year.
    Season(i32, Season),
    /// A month.
    Month(i32, u32),
    /// An ISO week.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    /// A day.
    Day(NaiveDate),
    /// A part of a day.
    Part(NaiveDate, DayPart),
    /// An hour of a day.
    Hour(NaiveDate, u32),
    /// A minute of a day.
    Minute(NaiveDate, u32, u32),
    /// A second.
    Second(NaiveDateTime),
}

impl Point {
    /// TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Millennium(m) => format!("{m}"),
            Point::Century(c) => format!("{c:02}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Year(y) => fmt_year(y),
            Point::Half(y, h) => format!("{}-H{h}", fmt_year(y)),
            Point::Quarter(y, q) => format!("{}-Q{q}", fmt_year(y)),
            Point::Season(y, s) => format!("{}-{}", fmt_year(y), season_code(s)),
            Point::Month(y, m) => format!("{}-{m:02}", fmt_year(y)),
            Point::Week(y, w) => format!("{}-W{w:02}", fmt_year(y)),
            Point::Weekend(y, w) => format!("{}-W{w:02}-WE", fmt_year(y)),
            Point::Day(d) => fmt_date(d),
            Point::Part(d, p) => format!("{}T{}", fmt_date(d), part_code(p)),
            // TE3 writes hour-only times with their minutes (`5 p.m.` = T17:00)
            Point::Hour(d, h) => format!("{}T{h:02}:00", fmt_date(d)),
            Point::Minute(d, h, m) => format!("{}T{h:02}:{m:02}", fmt_date(d)),
            Point::Second(t) => format!(
                "{}T{:02}:{:02}:{:02}",
                fmt_date(t.date()),
                t.hour(),
                t.minute(),
                t.second()
            ),
        }
    }

    /// Granularity of the value.
    pub fn granularity(&self) -> Granularity {
        match self {
            Point::Millennium(_) => Granularity::Millennium,
            Point::Century(_) => Granularity::Century,
            Point::Decade(_) => Granularity::Decade,
            Point::Year(_) => Granularity::Year,
            Point::Half(..) => Granularity::Half,
            Point::Quarter(..) => Granularity::Quarter,
            Point::Season(..) => Granularity::Season,
            Point::Month(..) => Granularity::Month,
            Point::Week(..) => Granularity::Week,
            Point::Weekend(..) => Granularity::Weekend,
            Point::Day(_) => Granularity::Day,
            Point::Part(..) => Granularity::PartOfDay,
            Point::Hour(..) => Granularity::Hour,
            Point::Minute(..) => Granularity::Minute,
            Point::Second(_) => Granularity::Second,
        }
    }

    /// The stretch of time `[start, end)`; `None` outside chrono's range.
    pub fn interval(&self) -> Option<Interval> {
        let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
        let (s, e) = match *self {
            Point::Millennium(m) => (
                ymd(m.checked_mul(1000)?, 1, 1)?,
                ymd((m + 1).checked_mul(1000)?, 1, 1)?,
            ),
            Point::Century(c) => (
                ymd(c.checked_mul(100)?, 1, 1)?,
                ymd((c + 1).checked_mul(100)?, 1, 1)?,
            ),
            Point::Decade(d) => (
                ymd(d.checked_mul(10)?, 1, 1)?,
                ymd((d + 1).checked_mul(10)?, 1, 1)?,
            ),
            Point::Year(y) => (ymd(y, 1, 1)?, ymd(y.checked_add(1)?, 1, 1)?),
            Point::Half(y, h) => {
                let s = ymd(y, 1 + (h.clamp(1, 2) - 1) * 6, 1)?;
                (s, s.checked_add_months(Months::new(6))?)
            }
            Point::Quarter(y, q) => {
                let s = ymd(y, 1 + (q.clamp(1, 4) - 1) * 3, 1)?;
                (s, s.checked_add_months(Months::new(3))?)
            }
            Point::Season(y, s) => {
                let (sm, yy) = match s {
                    Season::Spring => (3, y),
                    Season::Summer => (6, y),
                    Season::Fall => (9, y),
                    Season::Winter => (12, y),
                };
                let st = ymd(yy, sm, 1)?;
                (st, st.checked_add_months(Months::new(3))?)
            }
            Point::Month(y, m) => {
                let s = ymd(y, m, 1)?;
                (s, s.checked_add_months(Months::new(1))?)
            }
            Point::Week(y, w) => {
                let s = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                (s, s.checked_add_signed(Duration::days(7))?)
            }
            Point::Weekend(y, w) => {
                let s = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
                (s, s.checked_add_signed(Duration::days(2))?)
            }
            Point::Day(d) => (d, d.succ_opt()?),
            Point::Part(d, p) => {
                let (h0, h1) = match p {
                    DayPart::Morning => (6, 12),
                    DayPart::Midday => (11, 14),
                    DayPart::Afternoon => (12, 18),
                    DayPart::Evening => (18, 22),
                    DayPart::Night => (20, 24),
                    DayPart::Daytime => (6, 18),
                };
                let s = d.and_time(NaiveTime::from_hms_opt(h0, 0, 0)?);
                let e = d
                    .and_time(NaiveTime::MIN)
                    .checked_add_signed(Duration::hours(h1))?;
                return Some(Interval { start: s, end: e });
            }
            Point::Hour(d, h) => {
                let s = d
                    .and_time(NaiveTime::MIN)
                    .checked_add_signed(Duration::hours(i64::from(h)))?;
                return Some(Interval {
                    start: s,
                    end: s.checked_add_signed(Duration::hours(1))?,
                });
            }
            Point::Minute(d, h, m) => {
                let s = d
                    .and_time(NaiveTime::MIN)
                    .checked_add_signed(Duration::minutes(i64::from(h) * 60 + i64::from(m)))?;
                return Some(Interval {
                    start: s,
                    end: s.checked_add_signed(Duration::minutes(1))?,
                });
            }
            Point::Second(t) => {
                return Some(Interval {
                    start: t,
                    end: t.checked_add_signed(Duration::seconds(1))?,
                });
            }
        };
        Some(Interval {
            start: s.and_time(NaiveTime::MIN),
            end: e.and_time(NaiveTime::MIN),
        })
    }

    /// A representative day inside the point (its first day).
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.interval().map(|i| i.start.date())
    }
}

fn fmt_year(y: i32) -> String {
    if (0..10000).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y}")
    }
}

fn fmt_date(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", fmt_year(d.year()), d.month(), d.day())
}

fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}

fn part_code(p: DayPart) -> &'static str {
    match p {
        DayPart::Morning => "MO",
        DayPart::Midday => "MI",
        DayPart::Afternoon => "AF",
        DayPart::Evening => "EV",
        DayPart::Night => "NI",
        DayPart::Daytime => "DT",
    }
}

/// What one reading resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub ty: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<TimexMod>,
    /// TIMEX3 freq.
    pub freq: Option<String>,
    /// TIMEX3 quant.
    pub quant: Option<String>,
    /// The calendar point, for dates and times.
    pub point: Option<Point>,
    /// True when resolved against the DCT.
    pub uses_dct: bool,
    /// True when resolved against the previous expression.
    pub uses_previous: bool,
    /// Something that could not be resolved (e.g. out of chrono's range).
    pub problem: Option<String>,
}

impl Resolved {
    fn date(point: Point) -> Self {
        Resolved {
            ty: TimexType::Date,
            value: point.value(),
            modifier: None,
            freq: None,
            quant: None,
            point: Some(point),
            uses_dct: false,
            uses_previous: false,
            problem: None,
        }
    }

    fn plain(ty: TimexType, value: impl Into<String>) -> Self {
        Resolved {
            ty,
            value: value.into(),
            modifier: None,
            freq: None,
            quant: None,
            point: None,
            uses_dct: false,
            uses_previous: false,
            problem: None,
        }
    }

    fn dct(mut self) -> Self {
        self.uses_dct = true;
        self
    }
}

/// What resolution may look at besides the reading.
#[derive(Debug, Clone, Copy)]
pub struct Env {
    /// The DCT date, if known.
    pub dct: Option<NaiveDate>,
    /// The DCT's local time of day, if known.
    pub dct_time: Option<NaiveTime>,
    /// The clause's tense.
    pub tense: Tense,
    /// The last date resolved in the text, for anchored expressions.
    pub previous: Option<Point>,
    /// The granularity the text was last talking at, when it was a quarter.
    pub discourse_quarter: bool,
    /// The clause looks ahead from a past time (`decided to reopen the case
    /// in May`): see [`ClauseTense`](crate::tense::ClauseTense).
    pub ahead_of_past: bool,
    /// The clause looks ahead in the present tense (`will take effect in
    /// January`): see [`ClauseTense`](crate::tense::ClauseTense).
    pub from_now: bool,
}

fn unresolved(r: &R) -> Resolved {
    let v = match r {
        R::Weekday { day, .. } => format!("XXXX-WXX-{day}"),
        R::Calendar {
            month: Some(m),
            day: Some(d),
            ..
        } => format!("XXXX-{m:02}-{d:02}"),
        R::Calendar { month: Some(m), .. } => format!("XXXX-{m:02}"),
        R::Season { season, .. } => format!("XXXX-{}", season_code(*season)),
        R::Part {
            unit: TimeUnit::Quarter,
            index,
            ..
        } => format!("XXXX-Q{index}"),
        R::Part { index, .. } => format!("XXXX-H{index}"),
        R::Clock {
            hour,
            minute: Some(minute),
            ..
        } => format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
        R::Clock {
            hour, minute: None, ..
        } => format!("XXXX-XX-XXT{hour:02}:00"),
        R::DayPart { part, .. } => format!("XXXX-XX-XXT{}", part_code(*part)),
        _ => "XXXX-XX-XX".to_owned(),
    };
    let ty = match r {
        R::Clock { .. } | R::DayPart { .. } => TimexType::Time,
        _ => TimexType::Date,
    };
    let mut out = Resolved::plain(ty, v);
    out.problem = Some("no-dct".to_owned());
    out
}

/// The TIMEX3 value of an untold `unit` inside the coarser period `base`
/// (`1998-10-XX` for a day of October 1998), or `None` when `base` already
/// names a `unit` or finer, or is too coarse to carry a year.
fn unknown_part_of(base: Point, unit: TimeUnit) -> Option<String> {
    let year = match base {
        Point::Year(y) | Point::Half(y, _) | Point::Quarter(y, _) | Point::Season(y, _) => {
            fmt_year(y)
        }
        Point::Month(y, m) => {
            return (unit == TimeUnit::Day).then(|| format!("{}-{m:02}-XX", fmt_year(y)));
        }
        _ => return None,
    };
    match unit {
        TimeUnit::Day => Some(format!("{year}-XX-XX")),
        TimeUnit::Week => Some(format!("{year}-WXX")),
        TimeUnit::Month => Some(format!("{year}-XX")),
        _ => None,
    }
}

/// Resolves `r`.
pub fn resolve(r: &R, env: &Env) -> Resolved {
    match r {
        R::Modified { modifier, inner } => {
            let mut out = resolve(inner, env);
            out.modifier = Some(*modifier);
            // `late Monday` stays a DATE with mod END
            out
        }
        R::Calendar {
            year: Some(y),
            month,
            day,
            ..
        } => calendar_abs(*y, *month, *day),
        R::Calendar {
            year: None,
            month: Some(m),
            day,
            shift,
        } => {
            let Some(dct) = env.dct else {
                return unresolved(r);
            };
            let y = if env.ahead_of_past && shift.is_none() {
                nearest_year(dct, *m, day.unwrap_or(15))
            } else if env.from_now && shift.is_none() && day.is_none() && *m < dct.month() {
                // `will take effect in January`, said in March: a month gone
                // cannot be what a future told in the present names
                dct.year() + 1
            } else {
                pick_year(dct, *m, day.unwrap_or(15), *shift, env.tense, day.is_some())
            };
            calendar_abs(y, Some(*m), *day).dct()
        }
        R::Calendar {
            year: None,
            month: None,
            day: Some(d),
            ..
        } => {
            let Some(dct) = env.dct else {
                return unresolved(r);
            };
            // `the 11th`: this month, or last month when it lies ahead in a past clause
            let mut y = dct.year();
            let mut m = dct.month();
            if *d > dct.day() && env.tense == Tense::Past {
                if m == 1 {
                    m = 12;
                    y -= 1;
                } else {
                    m -= 1;
                }
            } else if *d < dct.day() && env.tense == Tense::Isolated {
                // an isolated `the 1st` already past this month is next month's
                if m == 12 {
                    m = 1;
                    y += 1;
                } else {
                    m += 1;
                }
            }
            calendar_abs(y, Some(m), Some(*d)).dct()
        }
        R::Calendar { .. } => unresolved(r),
        R::Era { unit, value } => Resolved::date(match unit {
            TimeUnit::Century => Point::Century(*value),
            TimeUnit::Millennium => Point::Millennium(*value),
            _ => Point::Decade(*value),
        }),
        R::Weekday { day, shift } => {
            let Some(dct) = env.dct else {
                return unresolved(r);
            };
            match weekday_date(dct, *day, *shift, env.tense) {
                Some(d) => Resolved::date(Point::Day(d)).dct(),
                None => out_of_range(),
            }
        }
        R::Season {
            season,
            year,
            shift,
        } => {
            if let Some(y) = year {
                return Resolved::date(Point::Season(*y, *season));
            }
            let Some(dct) = env.dct else {
                return unresolved(r);
            };
            let cur = season_index(dct);
            let idx = season_idx(*season);
            let y = match shift {
                Some(0) => dct.year(),
                Some(s) if *s < 0 => {
                    if idx >= cur {
                        dct.year() - 1
                    } else {
                        dct.year()
                    }
                }
                Some(_) => {
                    if idx <= cur {
                        dct.year() + 1
                    } else {
                        dct.year()
                    }
                }
                None => match env.tense {
                    Tense::Past if idx > cur => dct.year() - 1,
                    Tense::Future if idx < cur => dct.year() + 1,
                    _ => dct.year(),
                },
            };
            Resolved::date(Point::Season(y, *season)).dct()
        }
        R::Part {
            unit,
            index,
            year,
            year_shift,
        } => {
            let y = match (year, year_shift, env.dct) {
                (Some(y), _, _) => *y,
                (None, Some(s), Some(d)) => d.year() + s,
                // `profits fell in the fourth quarter`, said in January: a
                // period told as past that has not begun this year is last
                // year's; so is a half not yet half gone, whose results nobody
                // has (`first-half profit rose`, said in March). A running
                // quarter told as past stays this year's: news tells one so far
                // (`sales fell in the fourth quarter`, said in October).
                (None, None, Some(d)) if env.tense == Tense::Past && *index > 0 => {
                    let (current, half_barely_begun) = match unit {
                        TimeUnit::Half => (quarter_of(d).div_ceil(2), (d.month() - 1) % 6 < 3),
                        _ => (quarter_of(d), false),
                    };
                    if *index > current || (*index == current && half_barely_begun) {
                        d.year() - 1
                    } else {
                        d.year()
                    }
                }
                (None, None, Some(d)) => d.year(),
                (None, _, None) => return unresolved(r),
            };
            let index = if *index == 0 {
                // `the 1988 quarter`: the quarter being reported, a year back if need be
                env.dct.map_or(1, |d| {
                    let q = quarter_of(d);
                    if q == 1 { 4 } else { q - 1 }
                })
            } else {
                *index
            };
            let p = if *unit == TimeUnit::Half {
                Point::Half(y, index)
            } else {
                Point::Quarter(y, index)
            };
            let mut out = Resolved::date(p);
            out.uses_dct = year.is_none();
            out
        }
        R::FiscalYear { year } => match (year, env.dct) {
            (Some(y), _) => Resolved::date(Point::Year(*y)),
            (None, Some(d)) => Resolved::date(Point::Year(d.year())).dct(),
            (None, None) => unresolved(r),
        },
        R::Relative {
            unit,
            shift,
            anchor,
        } => {
            let base = match anchor {
                Anchor::Dct => env.dct.map(Point::Day),
                Anchor::Previous => env.previous.or(env.dct.map(Point::Day)),
            };
            let Some(base) = base else {
                return unresolved(r);
            };
            // `that same day` after `October` names one day of it the text
            // never told: TimeML leaves the unknown fields as X (`1998-10-XX`)
            // rather than inventing the first of the month; so does `the next
            // day` after `2015`, which counting from January 1 would misname
            if *anchor == Anchor::Previous
                && env.previous.is_some()
                && let Some(value) = unknown_part_of(base, *unit)
            {
                let mut out = Resolved::date(base);
                out.value = value;
                out.uses_previous = true;
                return out;
            }
            let Some(bd) = base.first_day() else {
                return out_of_range();
            };
            let mut out = match shift_unit(bd, *unit, *shift, env) {
                Some(p) => Resolved::date(p),
                None => out_of_range(),
            };
            if *anchor == Anchor::Previous && env.previous.is_some() {
                out.uses_previous = true;
            } else {
                out.uses_dct = true;
            }
            out
        }
        R::Offset {
            amount,
            unit,
            direction,
            anchor,
        } => {
            let Some(n) = amount else {
                let v = if *direction == Direction::Before {
                    "PAST_REF"
                } else {
                    "FUTURE_REF"
                };
                return Resolved::plain(TimexType::Date, v).dct();
            };
            let sign = if *direction == Direction::Before {
                -1.0
            } else {
                1.0
            };
            // An isolated `in 2 minutes`, `a week ago`, `three months hence`
            // asks, as a time picker does, for the moment that far from now,
            // told one unit finer than the amount's.
            if env.tense == Tense::Isolated
                && *anchor == Anchor::Dct
                && let (Some(d), Some(now)) = (env.dct, env.dct_time)
                && let Some(p) = instant_from(d.and_time(now), *n * sign, *unit)
            {
                let mut out = Resolved::date(p);
                if p.granularity() >= Granularity::Hour {
                    out.ty = TimexType::Time;
                }
                return out.dct();
            }
            if matches!(unit, TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second) {
                // `six minutes later`: without a clock time to count from, the
                // length of time is what the text says
                return Resolved::plain(TimexType::Duration, duration_value(Some(*n), *unit));
            }
            let prev = if *anchor == Anchor::Previous {
                env.previous
            } else {
                None
            };
            let base = prev.or(env.dct.map(Point::Day));
            let Some(base) = base else {
                return unresolved(r);
            };
            // `a week earlier` after `last year`: a week of that year the text
            // never told, not one counted from January 1
            if let Some(p) = prev
                && let Some(value) = unknown_part_of(p, *unit)
            {
                let mut out = Resolved::date(p);
                out.value = value;
                out.uses_previous = true;
                return out;
            }
            let mut out = match offset(base, *n * sign, *unit, env) {
                Some(p) => Resolved::date(p),
                // `25 million years ago` lies beyond the calendar: the vague
                // past (or future) TimeML writes, rather than no value at all
                None => {
                    let mut out = out_of_range();
                    out.value = if sign < 0.0 { "PAST_REF" } else { "FUTURE_REF" }.to_owned();
                    out
                }
            };
            if prev.is_some() {
                out.uses_previous = true;
            } else {
                out.uses_dct = true;
            }
            out
        }
        R::Shifted {
            amount,
            unit,
            direction,
            from,
        } => resolve_shifted(*amount, *unit, *direction, from, env),
        R::Duration { amount, unit } => {
            Resolved::plain(TimexType::Duration, duration_value(*amount, *unit))
        }
        R::VagueDuration => Resolved::plain(TimexType::Duration, "PXX"),
        // An isolated `now` asks, as a time picker does, for the moment itself;
        // in prose it stays the vague present TimeML writes.
        R::Ref {
            point: RefPoint::Present,
        } if env.tense == Tense::Isolated
            && let (Some(d), Some(now)) = (env.dct, env.dct_time) =>
        {
            let mut out = Resolved::date(Point::Second(d.and_time(now)));
            out.ty = TimexType::Time;
            out.dct()
        }
        R::Ref { point } => Resolved::plain(
            TimexType::Date,
            match point {
                RefPoint::Present => "PRESENT_REF",
                RefPoint::Past => "PAST_REF",
                RefPoint::Future => "FUTURE_REF",
            },
        )
        .dct(),
        R::DayPart { part, day } => {
            let d = match day {
                Some(d) => resolve(d, env),
                None => match env.dct {
                    Some(d) => Resolved::date(Point::Day(d)).dct(),
                    None => return unresolved(r),
                },
            };
            match d.point {
                Some(Point::Day(dd)) => {
                    let mut out = Resolved::date(Point::Part(dd, *part));
                    out.ty = TimexType::Time;
                    out.uses_dct = d.uses_dct;
                    out.uses_previous = d.uses_previous;
                    out
                }
                _ => {
                    let mut out = d;
                    out.ty = TimexType::Time;
                    if out.value.starts_with("XXXX") {
                        out.value = format!("XXXX-XX-XXT{}", part_code(*part));
                    } else if out.value.ends_with("-XX") {
                        // `that night` in an untold day of October
                        out.value = format!("{}T{}", out.value, part_code(*part));
                    }
                    out
                }
            }
        }
        R::Clock {
            hour,
            minute,
            day,
            second,
            either_half,
            ..
        } => {
            let mut hour = *hour;
            let told_day = match env.previous {
                Some(Point::Day(day)) if env.tense != Tense::Isolated => Some(day),
                _ => None,
            };
            let d = match day {
                Some(d) => resolve(d, env),
                // `Police were called Monday. At 3 p.m., officers arrived`: a
                // clock time alone falls on the day the text last told
                None if let Some(day) = told_day => {
                    let mut out = Resolved::date(Point::Day(day));
                    out.uses_previous = true;
                    out
                }
                None => match env.dct {
                    // An isolated clock time already past today names the next
                    // one, as a time picker reads it; in running text it stays today.
                    Some(d) => {
                        let now = env.dct_time.filter(|_| env.tense == Tense::Isolated);
                        // `3:30` said at 4:30 a.m. is 3:30 p.m.: the next time the
                        // 12-hour dial shows it
                        if *either_half
                            && let Some(now) = now
                            && hour % 12 < now.hour()
                            && hour % 12 + 12 >= now.hour()
                        {
                            hour = hour % 12 + 12;
                        }
                        // compared by the hour: `at 4:23` said at 4:30 is still this hour
                        let passed = hour < 24 && now.is_some_and(|now| hour < now.hour());
                        let day = if passed { d.succ_opt().unwrap_or(d) } else { d };
                        Resolved::date(Point::Day(day)).dct()
                    }
                    None => return unresolved(r),
                },
            };
            match d.point {
                Some(Point::Day(dd)) => {
                    let (h, dd) = if hour == 24 {
                        (0, dd.succ_opt().unwrap_or(dd))
                    } else {
                        (hour, dd)
                    };
                    let p = match (minute, second) {
                        (Some(m), Some(s)) => match NaiveTime::from_hms_opt(h, *m, *s) {
                            Some(t) => Point::Second(dd.and_time(t)),
                            None => Point::Minute(dd, h, *m),
                        },
                        (Some(m), None) => Point::Minute(dd, h, *m),
                        (None, _) => Point::Hour(dd, h),
                    };
                    let mut out = Resolved::date(p);
                    out.ty = TimexType::Time;
                    out.uses_dct = d.uses_dct;
                    out.uses_previous = d.uses_previous;
                    out
                }
                _ => {
                    let clock = match minute {
                        Some(m) => format!("{hour:02}:{m:02}"),
                        None => format!("{hour:02}:00"),
                    };
                    let mut out = Resolved::plain(TimexType::Time, format!("XXXX-XX-XXT{clock}"));
                    out.problem = d.problem;
                    out
                }
            }
        }
        R::Holiday {
            holiday,
            year,
            shift,
        } => {
            if year.is_none()
                && let Some(d) = env.dct
                && calendars::knows(*holiday)
            {
                return match lunar_holiday_near(*holiday, d, *shift, env.tense) {
                    Some(found) => {
                        let mut out = Resolved::date(Point::Day(found));
                        out.uses_dct = true;
                        out
                    }
                    None => out_of_range(),
                };
            }
            let y = match (year, env.dct) {
                (Some(y), _) => *y,
                (None, Some(d)) => {
                    let this = holiday_date(*holiday, d.year());
                    match (shift, this) {
                        // `next Boss's Day`, `last MLK Day`: the nearest one that way
                        (Some(1), Some(h)) if h <= d => d.year() + 1,
                        (Some(-1), Some(h)) if h >= d => d.year() - 1,
                        (Some(1 | -1), Some(_)) => d.year(),
                        (Some(s), _) => d.year() + s,
                        // a past clause names last year's only when this year's
                        // is still far off: `fish for Easter and Mother's Day,
                        // he said` two weeks before Mother's Day means the coming one
                        (None, Some(h))
                            if env.tense == Tense::Past
                                && (h - d).num_days() > HOLIDAY_REACH_DAYS =>
                        {
                            d.year() - 1
                        }
                        (None, Some(h))
                            if matches!(env.tense, Tense::Future | Tense::Isolated) && h < d =>
                        {
                            d.year() + 1
                        }
                        _ => d.year(),
                    }
                }
                (None, None) => return unresolved(r),
            };
            match holiday_date(*holiday, y) {
                Some(d) => {
                    let mut out = Resolved::date(Point::Day(d));
                    out.uses_dct = year.is_none();
                    out
                }
                None => out_of_range(),
            }
        }
        R::Within {
            inner,
            period,
            index,
        } => resolve_within(inner, period, *index, env),
        R::Nth {
            inner,
            from,
            index,
            direction,
        } => resolve_nth(inner, from, *index, *direction, env),
        R::Set {
            unit,
            every,
            times,
            weekday,
            part,
            month,
            each,
        } => {
            let value = if let Some(m) = month {
                format!("XXXX-{m:02}")
            } else if let Some(d) = weekday {
                match part {
                    Some(p) => format!("XXXX-WXX-{d}T{}", part_code(*p)),
                    None => format!("XXXX-WXX-{d}"),
                }
            } else if let Some(p) = part {
                format!("XXXX-XX-XXT{}", part_code(*p))
            } else {
                duration_value(Some(f64::from(*every)), *unit)
            };
            let mut out = Resolved::plain(TimexType::Set, value);
            out.freq = times.map(|t| format!("{t}X"));
            out.quant = each.then(|| "EVERY".to_owned());
            out
        }
    }
}

/// `Easter week` written in the week of Easter is that week, however the
/// clause leans: the week is under way even when the holiday is ahead.
fn holiday_week_now(inner: &R, period: &R, env: &Env) -> Option<Resolved> {
    let (
        R::Duration {
            amount: None,
            unit: TimeUnit::Week,
        },
        R::Holiday {
            holiday,
            year: None,
            shift: None,
        },
        Some(dct),
    ) = (inner, period, env.dct)
    else {
        return None;
    };
    let day = if calendars::knows(*holiday) {
        lunar_holiday_near(*holiday, dct, None, Tense::Unknown)?
    } else {
        holiday_date(*holiday, dct.year())?
    };
    let w = day.iso_week();
    (dct.iso_week() == w).then(|| Resolved::date(Point::Week(w.year(), w.week())).dct())
}

/// `three days after Easter`, `the day before last Tuesday`: the named time
/// moved by the amount. From a day the step is exact (`two weeks before
/// Election Day` is a day, not a week), since the text pins both ends;
/// from a coarser time it keeps the discourse granularity, as `offset` does.
fn resolve_shifted(
    amount: f64,
    unit: TimeUnit,
    direction: Direction,
    from: &R,
    env: &Env,
) -> Resolved {
    // `a day from right now`: alone, the moment itself to the second; in
    // prose, where `now` is the vague present, the same as `a day from now`
    if let R::Ref {
        point: RefPoint::Present,
    } = from
    {
        let sign = if direction == Direction::Before {
            -1.0
        } else {
            1.0
        };
        if env.tense == Tense::Isolated
            && let (Some(d), Some(now)) = (env.dct, env.dct_time)
            && let Some(p) = moment_from(d.and_time(now), amount * sign, unit)
        {
            let mut out = Resolved::date(p);
            out.ty = TimexType::Time;
            return out.dct();
        }
        return resolve(
            &R::Offset {
                amount: Some(amount),
                unit,
                direction,
                anchor: Anchor::Dct,
            },
            env,
        );
    }
    let n = if direction == Direction::Before {
        -amount
    } else {
        amount
    };
    // Asked alone, `one year after Christmas` wants the next day it names:
    // counted from the last Christmas when that still lies ahead
    if env.tense == Tense::Isolated
        && let R::Holiday {
            holiday,
            year: None,
            shift: None,
        } = from
        && let Some(dct) = env.dct
    {
        let last = R::Holiday {
            holiday: *holiday,
            year: None,
            shift: Some(-1),
        };
        let base = resolve(&last, env);
        if let Some(point) = base.point
            && let Some(p) = shift_point(point, n, unit, env)
            && p.first_day().is_some_and(|d| d >= dct)
        {
            let mut out = Resolved::date(p);
            out.uses_dct = true;
            return out;
        }
    }
    let base = resolve(from, env);
    let Some(point) = base.point else {
        // the named time's own value would misname the shifted one
        let mut out = Resolved::plain(TimexType::Date, "XXXX-XX-XX");
        out.problem = base.problem;
        return out;
    };
    let mut out = match shift_point(point, n, unit, env) {
        Some(p) => Resolved::date(p),
        None => out_of_range(),
    };
    out.uses_dct = base.uses_dct;
    out.uses_previous = base.uses_previous;
    out
}

/// `point` moved by `n` units: exactly from a day, at the discourse
/// granularity from a coarser time.
fn shift_point(point: Point, n: f64, unit: TimeUnit, env: &Env) -> Option<Point> {
    let exact = match point {
        Point::Day(d) if n.fract() == 0.0 && n.abs() <= 1e6 => {
            let k = n as i32;
            match unit {
                TimeUnit::Day => d.checked_add_signed(Duration::days(i64::from(k))),
                TimeUnit::Week => d.checked_add_signed(Duration::weeks(i64::from(k))),
                TimeUnit::Fortnight => d.checked_add_signed(Duration::weeks(2 * i64::from(k))),
                TimeUnit::Month => add_months(d, k),
                TimeUnit::Quarter => k.checked_mul(3).and_then(|m| add_months(d, m)),
                TimeUnit::Year => k.checked_mul(12).and_then(|m| add_months(d, m)),
                _ => None,
            }
            .map(Point::Day)
        }
        _ => None,
    };
    exact.or_else(|| offset(point, n, unit, env))
}

/// `the third Tuesday after Christmas 2014`, `the second closest Monday to
/// Oct. 5`, `the closest Christmas to today`: the named day resolved first,
/// then the matches of the inner weekday or holiday counted from it, strictly
/// after or before it, or by distance either way (the earlier one first on a
/// tie).
fn resolve_nth(
    inner: &R,
    from: &R,
    index: u32,
    direction: Option<Direction>,
    env: &Env,
) -> Resolved {
    let base = resolve(from, env);
    let Some(d) = base.point.and_then(|p| p.first_day()) else {
        let mut out = Resolved::plain(TimexType::Date, "XXXX-XX-XX");
        out.problem = base.problem;
        return out;
    };
    let k = i64::from(index.clamp(1, 400));
    let mut found: Vec<NaiveDate> = match inner {
        R::Weekday { day, .. } => {
            let wd = i64::from(*day);
            let here = i64::from(d.weekday().number_from_monday());
            let ahead = (wd - here).rem_euclid(7);
            let first_after = if ahead == 0 { 7 } else { ahead };
            let first_before = if ahead == 0 { -7 } else { ahead - 7 };
            let mut v = Vec::new();
            for n in 0..=k {
                v.push(first_after + 7 * n);
                v.push(first_before - 7 * n);
            }
            if ahead == 0 {
                v.push(0);
            }
            v.into_iter()
                .filter_map(|off| d.checked_add_signed(Duration::days(off)))
                .collect()
        }
        // a holiday of another calendar costs a computed year each: a dozen
        // years is as far as anyone counts them
        R::Holiday { holiday, .. } if k <= 12 => {
            let k = i32::try_from(k).unwrap_or(1);
            (d.year() - k - 1..=d.year() + k + 1)
                .filter_map(|y| {
                    let one = R::Holiday {
                        holiday: *holiday,
                        year: Some(y),
                        shift: None,
                    };
                    resolve(&one, env).point.and_then(|p| p.first_day())
                })
                .collect()
        }
        _ => Vec::new(),
    };
    match direction {
        Some(Direction::After) => {
            found.retain(|x| *x > d);
            found.sort();
        }
        Some(Direction::Before) => {
            found.retain(|x| *x < d);
            found.sort_by(|a, b| b.cmp(a));
        }
        None => found.sort_by_key(|x| ((*x - d).num_days().abs(), *x)),
    }
    found.dedup();
    let pick = usize::try_from(index.max(1) - 1)
        .ok()
        .and_then(|n| found.get(n).copied());
    let mut out = match pick {
        Some(day) => Resolved::date(Point::Day(day)),
        None => {
            let mut o = Resolved::plain(TimexType::Date, "XXXX-XX-XX");
            o.problem = base.problem;
            o
        }
    };
    out.uses_dct = base.uses_dct;
    out.uses_previous = base.uses_previous;
    out
}

/// `the first Tuesday of October`, `Thanksgiving of next year`: the inner
/// reading looked for inside the period's interval.
fn resolve_within(inner: &R, period: &R, index: Option<i32>, env: &Env) -> Resolved {
    if let (
        R::Weekday { day: wd, .. },
        R::Calendar {
            year: None,
            month,
            day: Some(d),
            ..
        },
        None,
        Some(_),
    ) = (inner, period, index, env.dct)
    {
        return weekday_consistent(*wd, *month, *d, env);
    }
    if let Some(found) = holiday_week_now(inner, period, env) {
        return found;
    }
    let p = resolve(period, env);
    let Some(point) = p.point else {
        let mut out = unresolved(inner);
        out.problem = p.problem.or(out.problem);
        return out;
    };
    // `the week of March 6`: the week that holds the day
    if let (
        R::Duration {
            amount: None,
            unit: TimeUnit::Week,
        },
        Point::Day(d),
    ) = (inner, point)
    {
        let w = d.iso_week();
        let mut out = Resolved::date(Point::Week(w.year(), w.week()));
        out.uses_dct = p.uses_dct;
        return out;
    }
    let Some(iv) = point.interval() else {
        return out_of_range();
    };
    let (start, end) = (iv.start.date(), iv.end.date());
    let pick = |items: Vec<Point>| -> Option<Point> {
        let k = index.unwrap_or(1);
        if k > 0 {
            items.get(usize::try_from(k - 1).ok()?).copied()
        } else {
            let back = usize::try_from(k.unsigned_abs()).ok()?;
            items
                .len()
                .checked_sub(back)
                .and_then(|i| items.get(i))
                .copied()
        }
    };
    // Days of a period are at most a millennium's worth; weeks and weekdays
    // are walked day by day only inside periods of a year or less.
    let days_in = |limit: i64| -> Vec<NaiveDate> {
        let n = (end - start).num_days().clamp(0, limit);
        (0..n)
            .filter_map(|k| start.checked_add_signed(Duration::days(k)))
            .collect()
    };
    let found = match inner {
        R::Weekday { day, .. } => pick(
            days_in(400)
                .into_iter()
                .filter(|d| d.weekday().number_from_monday() == *day)
                .map(Point::Day)
                .collect(),
        ),
        R::Duration {
            amount: None,
            unit: TimeUnit::Day,
        } => pick(days_in(400).into_iter().map(Point::Day).collect()),
        R::Duration {
            amount: None,
            unit: TimeUnit::Week,
        } => pick(
            // whole weeks only: `the first week of October` starts on a Monday in October
            days_in(400)
                .into_iter()
                .filter(|d| {
                    d.weekday() == Weekday::Mon
                        && d.checked_add_signed(Duration::days(7))
                            .is_some_and(|e| e <= end)
                })
                .map(|d| {
                    let w = d.iso_week();
                    Point::Week(w.year(), w.week())
                })
                .collect(),
        ),
        R::Calendar {
            year: None,
            month: None,
            day: Some(d),
            ..
        } => NaiveDate::from_ymd_opt(start.year(), start.month(), *d).map(Point::Day),
        R::Calendar {
            year: None,
            month: Some(m),
            day,
            ..
        } => match day {
            Some(d) => NaiveDate::from_ymd_opt(start.year(), *m, *d).map(Point::Day),
            None => Some(Point::Month(start.year(), *m)),
        },
        // `the summer of last year`: that year's season
        R::Season { season, .. } => Some(Point::Season(start.year(), *season)),
        // a lunar holiday may come twice in a year: look at every date
        R::Holiday { holiday, .. } => (start.year()..=end.year())
            .flat_map(|y| {
                if calendars::knows(*holiday) {
                    calendars::holiday_dates(*holiday, y)
                } else {
                    holiday_date(*holiday, y).into_iter().collect()
                }
            })
            .find(|d| *d >= start && *d < end)
            .or_else(|| holiday_date(*holiday, start.year()))
            .map(Point::Day),
        _ => None,
    };
    match found {
        Some(pt) => {
            let mut out = Resolved::date(pt);
            out.uses_dct = p.uses_dct;
            out.uses_previous = p.uses_previous;
            out
        }
        None => {
            let mut out = unresolved(inner);
            out.problem = Some("invalid-date".to_owned());
            out
        }
    }
}

/// `Fri, Jul 18`, `Tuesday the 19th`: the date written without a year (or
/// month) whose weekday agrees, nearest the one tense would pick, looking the
/// way the clause leans first.
fn weekday_consistent(wd: u32, month: Option<u32>, d: u32, env: &Env) -> Resolved {
    let plain = resolve(
        &R::Calendar {
            year: None,
            month,
            day: Some(d),
            shift: None,
        },
        env,
    );
    if !matches!(plain.point, Some(Point::Day(_))) {
        return plain;
    }
    // counted from the DCT's own year (or month), so a date just past still
    // wins over one years ahead
    let Some(first) = env.dct else {
        return plain;
    };
    let forward = !matches!(env.tense, Tense::Past | Tense::Unknown);
    let step = |k: i32| -> Option<NaiveDate> {
        match month {
            Some(m) => NaiveDate::from_ymd_opt(first.year().checked_add(k)?, m, d),
            None => {
                let base = first.with_day(1)?;
                NaiveDate::from_ymd_opt(
                    add_months(base, k)?.year(),
                    add_months(base, k)?.month(),
                    d,
                )
            }
        }
    };
    // years repeat their weekdays within 28; months within a few years
    let reach = if month.is_some() { 28 } else { 48 };
    let sign = if forward { 1 } else { -1 };
    let ahead = (0..=reach).map(|n| n * sign);
    let behind = (1..=reach).map(|n| -n * sign);
    for k in ahead.chain(behind) {
        if let Some(date) = step(k)
            && date.weekday().number_from_monday() == wd
        {
            return Resolved::date(Point::Day(date)).dct();
        }
    }
    plain
}

fn out_of_range() -> Resolved {
    let mut out = Resolved::plain(TimexType::Date, "");
    out.problem = Some("out-of-range".to_owned());
    out
}

fn calendar_abs(y: i32, m: Option<u32>, d: Option<u32>) -> Resolved {
    match (m, d) {
        (Some(m), Some(d)) => match NaiveDate::from_ymd_opt(y, m, d) {
            Some(date) => Resolved::date(Point::Day(date)),
            None => {
                let mut out =
                    Resolved::plain(TimexType::Date, format!("{}-{m:02}-{d:02}", fmt_year(y)));
                out.problem = Some(
                    if (1..=12).contains(&m) && NaiveDate::from_ymd_opt(y, m, 1).is_some() {
                        "invalid-date".to_owned()
                    } else {
                        "out-of-range".to_owned()
                    },
                );
                out
            }
        },
        (Some(m), None) => {
            let mut out = Resolved::date(Point::Month(y, m));
            if NaiveDate::from_ymd_opt(y, m, 1).is_none() {
                out.point = None;
                out.problem = Some("out-of-range".to_owned());
            }
            out
        }
        _ => {
            let mut out = Resolved::date(Point::Year(y));
            if NaiveDate::from_ymd_opt(y, 1, 1).is_none() {
                out.point = None;
                out.problem = Some("out-of-range".to_owned());
            }
            out
        }
    }
}

/// The year of a month(-day) written without one that puts it nearest the
/// DCT, the earlier on a tie: what an intent told in the past names
/// (`decided to reopen the case in May`) lies ahead of the decision, which
/// the DCT follows by an untold while, so the month may already be gone; a
/// clause looking ahead from the DCT would push it a year on.
fn nearest_year(dct: NaiveDate, m: u32, d: u32) -> i32 {
    let y = dct.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|year| {
            // the 29th of February counts as the 28th in other years
            let day = NaiveDate::from_ymd_opt(year, m, d)
                .or_else(|| NaiveDate::from_ymd_opt(year, m, d.saturating_sub(1)))?;
            Some(((day - dct).num_days().abs(), year))
        })
        .min()
        .map_or(y, |(_, year)| year)
}

/// The year of a month(-day) written without one, by shift or tense.
fn pick_year(
    dct: NaiveDate,
    m: u32,
    d: u32,
    shift: Option<i32>,
    tense: Tense,
    has_day: bool,
) -> i32 {
    let y = dct.year();
    // a month alone is compared by the month: `last November` said on
    // November 19 is a year back, not the November under way
    let (key, now) = if has_day {
        ((m, d), (dct.month(), dct.day()))
    } else {
        ((m, 0), (dct.month(), 0))
    };
    match shift {
        Some(0) => y,
        // `March after next`: whole years past the nearest one
        Some(s) if s < 0 => {
            let y = y + s + 1;
            if key >= now { y - 1 } else { y }
        }
        Some(s) => {
            let y = y + s - 1;
            if key <= now { y + 1 } else { y }
        }
        None => {
            // News mostly names months of the DCT's year; only a clear tense
            // pointing far the other way crosses a year boundary.
            let months_ahead = m as i32 - dct.month() as i32;
            let reach = if has_day { REACH_DAY } else { REACH_MONTH };
            match tense {
                // without a cue, news reports: a month far ahead was last year's
                Tense::Past | Tense::Unknown if months_ahead >= reach => y - 1,
                Tense::Future
                    if months_ahead <= -(if has_day { REACH_DAY_AHEAD } else { reach }) =>
                {
                    y + 1
                }
                // without a cue, a month just past the turn of the year is
                // the coming one (`goes on sale in late January`, said in
                // November), as a month just before it is the one gone
                Tense::Unknown if months_ahead <= NEXT_YEAR_WITHOUT_CUE => y + 1,
                Tense::Isolated if key < now => y + 1,
                _ => y,
            }
        }
    }
}

fn weekday_date(dct: NaiveDate, day: u32, shift: Option<i32>, tense: Tense) -> Option<NaiveDate> {
    let cur = dct.weekday().number_from_monday() as i64;
    let day = i64::from(day.clamp(1, 7));
    let diff = day - cur; // -6..6
    let days = match shift {
        // `this Friday`: the one in this week; in a clause not told as past,
        // the coming one (`this Monday` said on a Tuesday is six days ahead)
        Some(0) if diff < 0 && matches!(tense, Tense::Future | Tense::Isolated) => diff + 7,
        Some(0) => diff,
        // `2 thursdays ago`: the last one, then whole weeks further back
        Some(s) if s < 0 => {
            let extra = 7 * (i64::from(s) + 1);
            if diff < 0 {
                diff + extra
            } else {
                diff - 7 + extra
            }
        }
        // `3 fridays from now`, `friday after next`
        Some(s) => {
            let extra = 7 * (i64::from(s) - 1);
            if diff > 0 {
                diff + extra
            } else {
                diff + 7 + extra
            }
        }
        None => {
            if diff == 0 {
                // an isolated `tuesday` on a Tuesday asks for the coming one
                if tense == Tense::Isolated { 7 } else { 0 }
            } else {
                match tense {
                    Tense::Future | Tense::Isolated => {
                        if diff > 0 {
                            diff
                        } else {
                            diff + 7
                        }
                    }
                    Tense::Past | Tense::Unknown => {
                        if diff < 0 {
                            diff
                        } else {
                            diff - 7
                        }
                    }
                }
            }
        }
    };
    dct.checked_add_signed(Duration::days(days))
}

fn season_idx(s: Season) -> u32 {
    match s {
        Season::Winter => 0,
        Season::Spring => 1,
        Season::Summer => 2,
        Season::Fall => 3,
    }
}

fn season_index(d: NaiveDate) -> u32 {
    match d.month() {
        12 | 1 | 2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        _ => 3,
    }
}

fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

/// `base` moved by `shift` whole units, at that unit's granularity.
fn shift_unit(base: NaiveDate, unit: TimeUnit, shift: i32, env: &Env) -> Option<Point> {
    let s = i64::from(shift);
    Some(match unit {
        TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour | TimeUnit::Day => {
            Point::Day(base.checked_add_signed(Duration::days(s))?)
        }
        TimeUnit::Week | TimeUnit::Fortnight => {
            let d = base.checked_add_signed(Duration::weeks(s))?;
            let w = d.iso_week();
            Point::Week(w.year(), w.week())
        }
        TimeUnit::Weekend => {
            // `the weekend` said on a weekday in a past clause is the one just
            // gone: this week's is still ahead until Saturday
            let mut s = s;
            if shift == 0 && env.tense == Tense::Past && base.weekday().number_from_monday() <= 5 {
                s = -1;
            }
            let d = base.checked_add_signed(Duration::weeks(s))?;
            let w = d.iso_week();
            Point::Weekend(w.year(), w.week())
        }
        TimeUnit::Month => {
            let d = add_months(base.with_day(1)?, shift)?;
            Point::Month(d.year(), d.month())
        }
        TimeUnit::Quarter => {
            // shift -5 marks `the year-ago quarter`: the last complete quarter a year back
            let (q_shift, extra_years) = if shift == -5 { (-1, -1) } else { (shift, 0) };
            let q0 = base.year() * 4 + quarter_of(base) as i32 - 1 + q_shift + extra_years * 4;
            Point::Quarter(q0.div_euclid(4), q0.rem_euclid(4) as u32 + 1)
        }
        TimeUnit::Half => {
            let h0 = base.year() * 2 + (base.month() as i32 - 1) / 6 + shift;
            Point::Half(h0.div_euclid(2), h0.rem_euclid(2) as u32 + 1)
        }
        TimeUnit::Year => Point::Year(base.year().checked_add(shift)?),
        TimeUnit::Decade => Point::Decade(base.year().div_euclid(10) + shift),
        TimeUnit::Century => Point::Century(base.year().div_euclid(100) + shift),
        TimeUnit::Millennium => Point::Millennium(base.year().div_euclid(1000) + shift),
    })
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// `base` moved by `n` units (possibly fractional), at the unit's granularity.
fn offset(base: Point, n: f64, unit: TimeUnit, env: &Env) -> Option<Point> {
    let bd = base.first_day()?;
    let whole = n.trunc();
    let frac = n - whole;
    if !n.is_finite() || n.abs() > 1e6 {
        return None;
    }
    // Keep the discourse granularity: `a year earlier` after `the third quarter`
    // is that quarter a year back.
    if unit == TimeUnit::Year && frac == 0.0 {
        let y = whole as i32;
        match base {
            Point::Quarter(qy, q) => return Some(Point::Quarter(qy + y, q)),
            Point::Half(hy, h) => return Some(Point::Half(hy + y, h)),
            Point::Month(my, m) => return Some(Point::Month(my + y, m)),
            Point::Year(yy) => return Some(Point::Year(yy + y)),
            _ => {}
        }
        if env.discourse_quarter {
            // Only the quarter's number comes from the discourse; its year is
            // counted from the base. `up from $2 a year earlier` after `a year
            // ago` compares with the same period, never one two years back.
            if let Some(Point::Quarter(_, q)) = env.previous {
                let qy = if quarter_of(bd) >= q {
                    bd.year()
                } else {
                    bd.year() - 1
                };
                return Some(Point::Quarter(qy.checked_add(y)?, q));
            }
            return Some(Point::Quarter(bd.year() + y, quarter_of(bd)));
        }
        return Some(Point::Year(bd.year().checked_add(y)?));
    }
    Some(match unit {
        TimeUnit::Year | TimeUnit::Month | TimeUnit::Quarter | TimeUnit::Half => {
            let months = (n * months_in(unit)?).round() as i32;
            let d = add_months(bd.with_day(1)?, months)?;
            Point::Month(d.year(), d.month())
        }
        TimeUnit::Decade | TimeUnit::Century | TimeUnit::Millennium => Point::Year(
            bd.year()
                .checked_add((n * years_in(unit)?).round() as i32)?,
        ),
        TimeUnit::Week | TimeUnit::Fortnight | TimeUnit::Weekend => {
            // a weekend away is a week away
            let per = days_in(unit).unwrap_or(7.0);
            let d = bd.checked_add_signed(Duration::days((n * per).round() as i64))?;
            if frac != 0.0 {
                Point::Day(d)
            } else {
                let w = d.iso_week();
                Point::Week(w.year(), w.week())
            }
        }
        TimeUnit::Day => Point::Day(bd.checked_add_signed(Duration::days(n.round() as i64))?),
        TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second => Point::Day(bd),
    })
}

/// Months in a unit counted in months.
fn months_in(unit: TimeUnit) -> Option<f64> {
    Some(match unit {
        TimeUnit::Month => 1.0,
        TimeUnit::Quarter => 3.0,
        TimeUnit::Half => 6.0,
        TimeUnit::Year => 12.0,
        _ => return None,
    })
}

/// Years in a unit counted in years.
fn years_in(unit: TimeUnit) -> Option<f64> {
    Some(match unit {
        TimeUnit::Decade => 10.0,
        TimeUnit::Century => 100.0,
        TimeUnit::Millennium => 1000.0,
        _ => return None,
    })
}

/// Days in a unit counted in days.
fn days_in(unit: TimeUnit) -> Option<f64> {
    Some(match unit {
        TimeUnit::Day => 1.0,
        TimeUnit::Week => 7.0,
        TimeUnit::Fortnight => 14.0,
        _ => return None,
    })
}

/// The moment `n` units from `now`, one unit finer than the unit: minutes
/// to the second, days to the hour, years to the month.
fn instant_from(now: NaiveDateTime, n: f64, unit: TimeUnit) -> Option<Point> {
    if !n.is_finite() || n.abs() > 1e6 {
        return None;
    }
    let seconds = |per: f64| now.checked_add_signed(Duration::seconds((n * per).round() as i64));
    let months = |per: f64| {
        let k = (n * per).round() as i32;
        add_months(now.date(), k)
    };
    Some(match unit {
        TimeUnit::Second => Point::Second(seconds(1.0)?),
        // `in half an hour` counts minutes: finer than a whole hour's minute
        TimeUnit::Minute => Point::Second(seconds(60.0)?),
        TimeUnit::Hour if n.fract() != 0.0 => Point::Second(seconds(3600.0)?),
        TimeUnit::Hour => {
            let t = seconds(3600.0)?;
            Point::Minute(t.date(), t.hour(), t.minute())
        }
        TimeUnit::Day | TimeUnit::Fortnight => {
            let t = seconds(86_400.0 * days_in(unit)?)?;
            Point::Hour(t.date(), t.hour())
        }
        TimeUnit::Week => Point::Day(seconds(days_in(unit)? * 86_400.0)?.date()),
        TimeUnit::Month | TimeUnit::Quarter | TimeUnit::Half => {
            Point::Day(months(months_in(unit)?)?)
        }
        TimeUnit::Year => {
            let d = months(months_in(unit)?)?;
            Point::Month(d.year(), d.month())
        }
        TimeUnit::Decade | TimeUnit::Century | TimeUnit::Millennium => {
            Point::Year(months(years_in(unit)? * 12.0)?.year())
        }
        TimeUnit::Weekend => return None,
    })
}

/// The moment `n` units from `now`, told to the second (`a day from right
/// now`): the calendar units move the date, the clock stays.
fn moment_from(now: NaiveDateTime, n: f64, unit: TimeUnit) -> Option<Point> {
    if !n.is_finite() || n.abs() > 1e6 {
        return None;
    }
    let per = match unit {
        TimeUnit::Second => 1.0,
        TimeUnit::Minute => 60.0,
        TimeUnit::Hour => 3600.0,
        TimeUnit::Day | TimeUnit::Week | TimeUnit::Fortnight => 86_400.0 * days_in(unit)?,
        TimeUnit::Month | TimeUnit::Quarter | TimeUnit::Half | TimeUnit::Year => {
            let k = (n * months_in(unit)?).round() as i32;
            return Some(Point::Second(
                add_months(now.date(), k)?.and_time(now.time()),
            ));
        }
        _ => return None,
    };
    Some(Point::Second(now.checked_add_signed(Duration::seconds(
        (n * per).round() as i64,
    ))?))
}

/// TIMEX3 duration value: `P2D`, `P18M`, `PT24H`, `PXY`.
pub fn duration_value(amount: Option<f64>, unit: TimeUnit) -> String {
    let (code, time) = unit_code(unit);
    let t = if time { "T" } else { "" };
    let Some(n) = amount else {
        return format!("P{t}X{code}");
    };
    match unit {
        TimeUnit::Decade if n.fract() == 0.0 => return format!("P{}Y", (n * 10.0) as i64),
        TimeUnit::Century if n.fract() == 0.0 => return format!("P{}Y", (n * 100.0) as i64),
        _ => {}
    }
    if n.fract() == 0.0 && n.abs() < 1e12 {
        return format!("P{t}{}{code}", n as i64);
    }
    // `2 1/2 years` = P2Y6M; `a year and a half` = P18M; below a day the
    // larger unit always leads (`a minute and a half` = PT1M30S, as TE3 writes)
    if (n > 2.0 && unit == TimeUnit::Year)
        || (n > 1.0 && matches!(unit, TimeUnit::Hour | TimeUnit::Day | TimeUnit::Minute))
    {
        let whole = n.trunc() as i64;
        let (small, factor, stime) = match unit {
            TimeUnit::Year => ("M", 12.0, false),
            TimeUnit::Day => ("H", 24.0, true),
            TimeUnit::Hour => ("M", 60.0, true),
            _ => ("S", 60.0, true),
        };
        let rest = (n.fract() * factor).round() as i64;
        if stime && !time {
            return format!("P{whole}{code}T{rest}{small}");
        }
        return format!("P{t}{whole}{code}{rest}{small}");
    }
    // fractions go down one unit: 1.5 years = 18 months
    let (smaller, factor, stime) = match unit {
        TimeUnit::Year => ("M", 12.0, false),
        TimeUnit::Half => ("M", 6.0, false),
        TimeUnit::Quarter => ("M", 3.0, false),
        TimeUnit::Month => ("D", 30.0, false),
        TimeUnit::Week | TimeUnit::Weekend => ("D", 7.0, false),
        TimeUnit::Fortnight => ("D", 14.0, false),
        TimeUnit::Day => ("H", 24.0, true),
        TimeUnit::Hour => ("M", 60.0, true),
        TimeUnit::Minute => ("S", 60.0, true),
        TimeUnit::Decade => ("Y", 10.0, false),
        TimeUnit::Century => ("Y", 100.0, false),
        TimeUnit::Millennium => ("Y", 1000.0, false),
        TimeUnit::Second => return format!("PT{n}S"),
    };
    let v = (n * factor).round() as i64;
    format!("P{}{v}{smaller}", if stime { "T" } else { "" })
}

fn unit_code(u: TimeUnit) -> (&'static str, bool) {
    match u {
        TimeUnit::Second => ("S", true),
        TimeUnit::Minute => ("M", true),
        TimeUnit::Hour => ("H", true),
        TimeUnit::Day => ("D", false),
        TimeUnit::Weekend => ("WE", false),
        TimeUnit::Week => ("W", false),
        TimeUnit::Fortnight => ("W", false),
        TimeUnit::Month => ("M", false),
        TimeUnit::Quarter => ("Q", false),
        TimeUnit::Half => ("H", false),
        TimeUnit::Year => ("Y", false),
        TimeUnit::Decade => ("E", false),
        TimeUnit::Century => ("C", false),
        TimeUnit::Millennium => ("L", false),
    }
}

/// The date of a holiday in year `y`.
pub fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    let ymd = |m, d| NaiveDate::from_ymd_opt(y, m, d);
    let nth = |m: u32, wd: Weekday, n: u8| NaiveDate::from_weekday_of_month_opt(y, m, wd, n);
    let last = |m: u32, wd: Weekday| {
        (1..=5u8)
            .rev()
            .find_map(|n| NaiveDate::from_weekday_of_month_opt(y, m, wd, n))
    };
    match h {
        Holiday::NewYearsDay => ymd(1, 1),
        Holiday::NewYearsEve => ymd(12, 31),
        Holiday::ValentinesDay => ymd(2, 14),
        Holiday::IndependenceDay => ymd(7, 4),
        Holiday::Halloween => ymd(10, 31),
        Holiday::VeteransDay => ymd(11, 11),
        Holiday::ChristmasEve => ymd(12, 24),
        Holiday::Christmas => ymd(12, 25),
        Holiday::BoxingDay => ymd(12, 26),
        Holiday::Easter => easter(y),
        Holiday::GoodFriday => easter(y).and_then(|d| d.checked_sub_signed(Duration::days(2))),
        Holiday::Thanksgiving => nth(11, Weekday::Thu, 4),
        Holiday::MemorialDay => last(5, Weekday::Mon),
        Holiday::LaborDay => nth(9, Weekday::Mon, 1),
        Holiday::MlkDay => nth(1, Weekday::Mon, 3),
        Holiday::PresidentsDay => nth(2, Weekday::Mon, 3),
        Holiday::MothersDay => nth(5, Weekday::Sun, 2),
        Holiday::FathersDay => nth(6, Weekday::Sun, 3),
        Holiday::BlackFriday => nth(11, Weekday::Thu, 4).and_then(|d| d.succ_opt()),
        // observed on the nearest weekday
        Holiday::BossDay => ymd(10, 16).and_then(|d| match d.weekday() {
            Weekday::Sat => d.pred_opt(),
            Weekday::Sun => d.succ_opt(),
            _ => Some(d),
        }),
        Holiday::StPatricksDay => ymd(3, 17),
        Holiday::WorldVeganDay => ymd(11, 1),
        // moved to the Saturday before when the 27th is a Sunday
        Holiday::KingsDay => ymd(4, 27).and_then(|d| {
            if d.weekday() == Weekday::Sun {
                d.pred_opt()
            } else {
                Some(d)
            }
        }),
        Holiday::ShroveTuesday => from_easter(easter(y), -47),
        Holiday::AshWednesday => from_easter(easter(y), -46),
        Holiday::PalmSunday => from_easter(easter(y), -7),
        Holiday::MaundyThursday => from_easter(easter(y), -3),
        Holiday::HolySaturday => from_easter(easter(y), -1),
        Holiday::EasterMonday => from_easter(easter(y), 1),
        Holiday::Ascension => from_easter(easter(y), 39),
        Holiday::Pentecost => from_easter(easter(y), 49),
        Holiday::WhitMonday => from_easter(easter(y), 50),
        Holiday::TrinitySunday => from_easter(easter(y), 56),
        Holiday::CorpusChristi => from_easter(easter(y), 60),
        Holiday::OrthodoxEaster => orthodox_easter(y),
        Holiday::OrthodoxGoodFriday => from_easter(orthodox_easter(y), -2),
        Holiday::CleanMonday => from_easter(orthodox_easter(y), -48),
        Holiday::LazarusSaturday => from_easter(orthodox_easter(y), -8),
        // the Tuesday after the first Monday, so never November 1
        Holiday::ElectionDay => nth(11, Weekday::Mon, 1).and_then(|d| d.succ_opt()),
        Holiday::IdesOfMarch => ymd(3, 15),
        other => calendars::holiday_date(other, y),
    }
}

/// The occurrence of a holiday of a lunar calendar nearest `dct` the way
/// `shift` or the tense points: these may come twice in one Gregorian year or
/// skip one, so they are chosen among dates, not years.
fn lunar_holiday_near(
    h: Holiday,
    dct: NaiveDate,
    shift: Option<i32>,
    tense: Tense,
) -> Option<NaiveDate> {
    let around: Vec<NaiveDate> = (dct.year() - 1..=dct.year() + 1)
        .flat_map(|y| calendars::holiday_dates(h, y))
        .collect();
    let last_before = |strict: bool| {
        around
            .iter()
            .rev()
            .find(|&&x| x < dct || !strict && x == dct)
            .copied()
    };
    let first_after = |strict: bool| {
        around
            .iter()
            .find(|&&x| x > dct || !strict && x == dct)
            .copied()
    };
    match (shift, tense) {
        (Some(1), _) => first_after(true),
        (Some(-1), _) => last_before(true),
        (_, Tense::Past) => last_before(false),
        (_, Tense::Future | Tense::Isolated) => first_after(false),
        // the one nearest the DCT
        _ => around
            .iter()
            .min_by_key(|x| (**x - dct).num_days().abs())
            .copied(),
    }
}

fn from_easter(easter: Option<NaiveDate>, days: i64) -> Option<NaiveDate> {
    easter?.checked_add_signed(Duration::days(days))
}

/// Orthodox Easter: the Julian computus, moved onto the Gregorian calendar.
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(4);
    let b = y.rem_euclid(7);
    let c = y.rem_euclid(19);
    let d = (19 * c + 15).rem_euclid(30);
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114).div_euclid(31);
    let day = (d + e + 114).rem_euclid(31) + 1;
    let julian = NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    // the Julian calendar falls behind one day per century not divisible by 400
    let lag = y.div_euclid(100) - y.div_euclid(400) - 2;
    julian.checked_add_signed(Duration::days(i64::from(lag)))
}

/// Western Easter (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A start-of-day datetime helper for callers.
pub fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// How many months away a month-day written without a year may lie in the
/// direction its clause's tense contradicts before it moves to another year.
const REACH_DAY: i32 = 3;
/// The same for a bare month name.
const REACH_MONTH: i32 = 4;
/// How many months back a month-day may lie in a clause told as future
/// before it is next year's (`will play a show on Sept. 12`, said in
/// November): a day already past cannot be promised, but a `would` of
/// reported speech (`vowed Britain would leave on Oct. 31`) keeps a month
/// of slack.
const REACH_DAY_AHEAD: i32 = 2;
/// How far back (in months) a month lies that, in a clause without a tense
/// cue, is read as the coming one of next year: January and February seen
/// in December, January seen in November.
const NEXT_YEAR_WITHOUT_CUE: i32 = -10;
/// How many days ahead a holiday written without a year may lie and still
/// be this year's in a clause told as past.
const HOLIDAY_REACH_DAYS: i64 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    fn env(y: i32, m: u32, d: u32, tense: Tense) -> Env {
        Env {
            ahead_of_past: false,
            from_now: false,
            dct: NaiveDate::from_ymd_opt(y, m, d),
            dct_time: None,
            tense,
            previous: None,
            discourse_quarter: false,
        }
    }

    fn val(r: &R, e: &Env) -> String {
        resolve(r, e).value
    }

    #[test]
    fn past_quarter_not_yet_begun_is_last_years() {
        let q4 = R::Part {
            unit: TimeUnit::Quarter,
            index: 4,
            year: None,
            year_shift: None,
        };
        assert_eq!(val(&q4, &env(1998, 1, 26, Tense::Past)), "1997-Q4");
        assert_eq!(val(&q4, &env(1998, 11, 2, Tense::Past)), "1998-Q4");
        assert_eq!(val(&q4, &env(1998, 1, 26, Tense::Future)), "1998-Q4");
    }

    #[test]
    fn past_half_barely_begun_is_last_years() {
        let half = |index| R::Part {
            unit: TimeUnit::Half,
            index,
            year: None,
            year_shift: None,
        };
        // results for a half only three weeks old cannot be out yet
        assert_eq!(val(&half(1), &env(2013, 3, 20, Tense::Past)), "2012-H1");
        assert_eq!(val(&half(2), &env(2013, 8, 2, Tense::Past)), "2012-H2");
        // past its middle, a half can be told so far; a finished one is this year's
        assert_eq!(val(&half(1), &env(2013, 5, 20, Tense::Past)), "2013-H1");
        assert_eq!(val(&half(1), &env(2013, 8, 2, Tense::Past)), "2013-H1");
        // a future clause speaks of the running half
        assert_eq!(val(&half(1), &env(2013, 3, 20, Tense::Future)), "2013-H1");
        // a running quarter told as past stays this year's
        let q1 = R::Part {
            unit: TimeUnit::Quarter,
            index: 1,
            year: None,
            year_shift: None,
        };
        assert_eq!(val(&q1, &env(2013, 3, 20, Tense::Past)), "2013-Q1");
    }

    #[test]
    fn weekdays_follow_tense() {
        let monday = R::Weekday {
            day: 1,
            shift: None,
        };
        let friday = R::Weekday {
            day: 5,
            shift: None,
        };
        let e = env(2023, 9, 11, Tense::Past);
        assert_eq!(val(&monday, &e), "2023-09-11");
        assert_eq!(val(&friday, &e), "2023-09-08");
        assert_eq!(val(&friday, &env(2023, 9, 11, Tense::Future)), "2023-09-15");
    }

    #[test]
    fn months_follow_tense_within_reach() {
        let july = R::Calendar {
            year: None,
            month: Some(7),
            day: None,
            shift: None,
        };
        let october = R::Calendar {
            year: None,
            month: Some(10),
            day: None,
            shift: None,
        };
        assert_eq!(val(&july, &env(2023, 9, 11, Tense::Past)), "2023-07");
        assert_eq!(val(&october, &env(2023, 9, 11, Tense::Future)), "2023-10");
        let december = R::Calendar {
            year: None,
            month: Some(12),
            day: None,
            shift: None,
        };
        assert_eq!(val(&december, &env(1998, 4, 18, Tense::Past)), "1997-12");
        // no cue at all: a report, so a month far ahead was last year's
        assert_eq!(val(&december, &env(1998, 2, 6, Tense::Unknown)), "1997-12");
        assert_eq!(val(&october, &env(2023, 9, 11, Tense::Unknown)), "2023-10");
        // a day two months gone, promised in a future clause, is next year's
        let sept_12 = R::Calendar {
            year: None,
            month: Some(9),
            day: Some(12),
            shift: None,
        };
        assert_eq!(
            val(&sept_12, &env(2019, 11, 19, Tense::Future)),
            "2020-09-12"
        );
        assert_eq!(
            val(&sept_12, &env(2019, 10, 19, Tense::Future)),
            "2019-09-12"
        );
        assert_eq!(val(&sept_12, &env(2019, 11, 19, Tense::Past)), "2019-09-12");
        // no cue, just past the turn of the year: the coming January
        let january = R::Calendar {
            year: None,
            month: Some(1),
            day: None,
            shift: None,
        };
        assert_eq!(val(&january, &env(2019, 11, 20, Tense::Unknown)), "2020-01");
        assert_eq!(val(&january, &env(2019, 11, 20, Tense::Past)), "2019-01");
        assert_eq!(val(&january, &env(2019, 10, 20, Tense::Unknown)), "2019-01");
    }

    #[test]
    fn last_or_next_month_of_the_month_under_way_is_a_year_away() {
        let november = |shift| R::Calendar {
            year: None,
            month: Some(11),
            day: None,
            shift: Some(shift),
        };
        let e = env(2019, 11, 19, Tense::Past);
        assert_eq!(val(&november(-1), &e), "2018-11");
        assert_eq!(val(&november(1), &e), "2020-11");
        assert_eq!(val(&november(0), &e), "2019-11");
        // other months keep the nearest one that way
        let may = |shift| R::Calendar {
            year: None,
            month: Some(5),
            day: None,
            shift: Some(shift),
        };
        assert_eq!(val(&may(-1), &e), "2019-05");
        assert_eq!(val(&may(1), &e), "2020-05");
        let december = R::Calendar {
            year: None,
            month: Some(12),
            day: None,
            shift: Some(-1),
        };
        assert_eq!(val(&december, &e), "2018-12");
        // a day still compares by the day
        let nov_2 = R::Calendar {
            year: None,
            month: Some(11),
            day: Some(2),
            shift: Some(-1),
        };
        assert_eq!(val(&nov_2, &e), "2019-11-02");
    }

    #[test]
    fn relative_units_use_iso_weeks() {
        let e = env(2023, 9, 11, Tense::Past);
        let rel = |unit, shift| R::Relative {
            unit,
            shift,
            anchor: Anchor::Dct,
        };
        assert_eq!(val(&rel(TimeUnit::Week, 0), &e), "2023-W37");
        assert_eq!(val(&rel(TimeUnit::Week, -1), &e), "2023-W36");
        assert_eq!(val(&rel(TimeUnit::Weekend, -1), &e), "2023-W36-WE");
        assert_eq!(val(&rel(TimeUnit::Month, 1), &e), "2023-10");
        assert_eq!(val(&rel(TimeUnit::Quarter, 0), &e), "2023-Q3");
        // ISO week-year differs from the calendar year at the edges
        assert_eq!(
            val(&rel(TimeUnit::Week, 0), &env(2021, 1, 2, Tense::Past)),
            "2020-W53"
        );
        // `drew crowds over the weekend` told on a Thursday or a Friday is
        // the weekend gone; on a Saturday it is the one under way, and in a
        // clause that looks ahead, the coming one
        let weekend = rel(TimeUnit::Weekend, 0);
        assert_eq!(val(&weekend, &env(2023, 9, 14, Tense::Past)), "2023-W36-WE");
        assert_eq!(val(&weekend, &env(2023, 9, 15, Tense::Past)), "2023-W36-WE");
        assert_eq!(val(&weekend, &env(2023, 9, 16, Tense::Past)), "2023-W37-WE");
        assert_eq!(
            val(&weekend, &env(2023, 9, 14, Tense::Future)),
            "2023-W37-WE"
        );
    }

    #[test]
    fn offsets_and_durations() {
        let e = env(2023, 9, 11, Tense::Past);
        let ago = |amount, unit| R::Offset {
            amount: Some(amount),
            unit,
            direction: Direction::Before,
            anchor: Anchor::Dct,
        };
        assert_eq!(val(&ago(4.0, TimeUnit::Year), &e), "2019");
        assert_eq!(val(&ago(1.5, TimeUnit::Year), &e), "2022-03");
        assert_eq!(duration_value(Some(2.0), TimeUnit::Day), "P2D");
        assert_eq!(duration_value(Some(1.5), TimeUnit::Year), "P18M");
        assert_eq!(duration_value(Some(2.5), TimeUnit::Year), "P2Y6M");
        assert_eq!(duration_value(Some(1.5), TimeUnit::Minute), "PT1M30S");
        assert_eq!(duration_value(Some(1.5), TimeUnit::Hour), "PT1H30M");
        assert_eq!(duration_value(Some(24.0), TimeUnit::Hour), "PT24H");
        assert_eq!(duration_value(None, TimeUnit::Day), "PXD");
        // `a while`: neither size nor unit is told
        assert_eq!(val(&R::VagueDuration, &e), "PXX");
        assert_eq!(duration_value(Some(2.0), TimeUnit::Decade), "P20Y");
    }

    #[test]
    fn lunar_holidays_choose_among_dates_not_years() {
        // Eid al-Fitr came on 8 January and 27 December 2000
        let eid = |shift| R::Holiday {
            holiday: Holiday::EidAlFitr,
            year: None,
            shift,
        };
        assert_eq!(
            val(&eid(None), &env(2000, 6, 1, Tense::Future)),
            "2000-12-27"
        );
        assert_eq!(val(&eid(None), &env(2000, 6, 1, Tense::Past)), "2000-01-08");
        assert_eq!(
            val(&eid(Some(-1)), &env(2001, 1, 5, Tense::Past)),
            "2000-12-27"
        );
        let far = R::Holiday {
            holiday: Holiday::Diwali,
            year: Some(9000),
            shift: None,
        };
        assert_eq!(
            resolve(&far, &env(2023, 1, 1, Tense::Past))
                .problem
                .as_deref(),
            Some("out-of-range")
        );
    }

    #[test]
    fn holidays_and_parts() {
        assert_eq!(
            holiday_date(Holiday::Easter, 2024),
            NaiveDate::from_ymd_opt(2024, 3, 31)
        );
        assert_eq!(
            holiday_date(Holiday::Thanksgiving, 2023),
            NaiveDate::from_ymd_opt(2023, 11, 23)
        );
        let e = env(2023, 9, 11, Tense::Past);
        let late_monday = R::DayPart {
            part: DayPart::Night,
            day: None,
        };
        assert_eq!(val(&late_monday, &e), "2023-09-11TNI");
        let q = R::Part {
            unit: TimeUnit::Quarter,
            index: 3,
            year: None,
            year_shift: Some(-1),
        };
        assert_eq!(val(&q, &e), "2022-Q3");
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Century(19).value(), "19");
    }

    #[test]
    fn a_holiday_just_ahead_stays_this_years_in_a_past_clause() {
        let mothers_day = R::Holiday {
            holiday: Holiday::MothersDay,
            year: None,
            shift: None,
        };
        assert_eq!(
            val(&mothers_day, &env(2019, 4, 28, Tense::Past)),
            "2019-05-12"
        );
        // months ahead, a past clause tells last year's
        assert_eq!(
            val(&mothers_day, &env(2019, 1, 28, Tense::Past)),
            "2018-05-13"
        );
        // one already past this year is this year's
        assert_eq!(
            val(&mothers_day, &env(2019, 6, 2, Tense::Past)),
            "2019-05-12"
        );
    }

    #[test]
    fn an_offset_beyond_the_calendar_is_the_vague_past_or_future() {
        let ago = |amount, direction| R::Offset {
            amount: Some(amount),
            unit: TimeUnit::Year,
            direction,
            anchor: Anchor::Dct,
        };
        let e = env(2019, 11, 20, Tense::Past);
        let deep = resolve(&ago(25e6, Direction::Before), &e);
        assert_eq!(deep.value, "PAST_REF");
        assert_eq!(deep.problem.as_deref(), Some("out-of-range"));
        assert_eq!(val(&ago(5e7, Direction::After), &e), "FUTURE_REF");
        assert_eq!(val(&ago(2000.0, Direction::Before), &e), "0019");
    }

    #[test]
    fn no_dct_is_reported_not_guessed() {
        let e = Env {
            dct: None,
            dct_time: None,
            tense: Tense::Past,
            previous: None,
            discourse_quarter: false,
            ahead_of_past: false,
            from_now: false,
        };
        let r = resolve(
            &R::Weekday {
                day: 1,
                shift: None,
            },
            &e,
        );
        assert_eq!(r.value, "XXXX-WXX-1");
        assert_eq!(r.problem.as_deref(), Some("no-dct"));
    }

    fn iso(y: i32, m: u32, d: u32) -> Env {
        let mut e = env(y, m, d, Tense::Isolated);
        e.dct_time = NaiveTime::from_hms_opt(4, 30, 0);
        e
    }

    #[test]
    fn within_periods() {
        let e = iso(2013, 2, 12);
        let within = |inner: R, period: R, index: Option<i32>| R::Within {
            inner: Box::new(inner),
            period: Box::new(period),
            index,
        };
        let tue = R::Weekday {
            day: 2,
            shift: None,
        };
        let oct14 = R::Calendar {
            year: Some(2014),
            month: Some(10),
            day: None,
            shift: None,
        };
        assert_eq!(
            val(&within(tue.clone(), oct14.clone(), Some(1)), &e),
            "2014-10-07"
        );
        let week = R::Duration {
            amount: None,
            unit: TimeUnit::Week,
        };
        let y2018 = R::Calendar {
            year: Some(2018),
            month: None,
            day: None,
            shift: None,
        };
        assert_eq!(val(&within(week.clone(), y2018, Some(-3)), &e), "2018-W50");
        assert_eq!(val(&within(week, oct14, Some(1)), &e), "2014-W41");
        let jul18 = R::Calendar {
            year: None,
            month: Some(7),
            day: Some(18),
            shift: None,
        };
        let fri = R::Weekday {
            day: 5,
            shift: None,
        };
        assert_eq!(val(&within(fri, jul18, None), &e), "2014-07-18");
        let week = R::Duration {
            amount: None,
            unit: TimeUnit::Week,
        };
        let mar6 = R::Calendar {
            year: None,
            month: Some(3),
            day: Some(6),
            shift: None,
        };
        assert_eq!(val(&within(week, mar6, None), &e), "2013-W10");
    }

    #[test]
    fn an_intent_told_in_the_past_names_the_nearest_month() {
        let month = |m| R::Calendar {
            year: None,
            month: Some(m),
            day: None,
            shift: None,
        };
        let mut e = env(2015, 11, 10, Tense::Future);
        e.ahead_of_past = true;
        // `decided to reopen the case in May`, told in November: the May
        // just gone, where a clause looking ahead of the DCT takes next May
        assert_eq!(val(&month(5), &e), "2015-05");
        assert_eq!(val(&month(3), &e), "2016-03");
        assert_eq!(val(&month(12), &e), "2015-12");
        let mut january = env(2016, 1, 10, Tense::Future);
        january.ahead_of_past = true;
        assert_eq!(val(&month(12), &january), "2015-12");
        let feb29 = R::Calendar {
            year: None,
            month: Some(2),
            day: Some(29),
            shift: None,
        };
        assert_eq!(val(&feb29, &january), "2016-02-29");
        // a shift the text writes still decides
        let next_may = R::Calendar {
            year: None,
            month: Some(5),
            day: None,
            shift: Some(1),
        };
        assert_eq!(val(&next_may, &e), "2016-05");
        e.ahead_of_past = false;
        assert_eq!(val(&month(5), &e), "2016-05");
    }

    #[test]
    fn a_month_gone_told_ahead_in_the_present_is_next_years() {
        let month = |m| R::Calendar {
            year: None,
            month: Some(m),
            day: None,
            shift: None,
        };
        let mut e = env(2015, 4, 10, Tense::Future);
        e.from_now = true;
        // `will take effect in January`, said in April
        assert_eq!(val(&month(1), &e), "2016-01");
        assert_eq!(val(&month(3), &e), "2016-03");
        // the month under way is still this one
        assert_eq!(val(&month(4), &e), "2015-04");
        // a future told in the past keeps its slack (`said it would close in March`)
        e.from_now = false;
        assert_eq!(val(&month(3), &e), "2015-03");
    }

    #[test]
    fn a_month_of_last_or_next_year_moves_by_the_year_not_the_occurrence() {
        let month_of_year = |month, shift| R::Within {
            inner: Box::new(R::Calendar {
                year: None,
                month: Some(month),
                day: None,
                shift: None,
            }),
            period: Box::new(R::Relative {
                unit: TimeUnit::Year,
                shift,
                anchor: Anchor::Dct,
            }),
            index: None,
        };
        // `May of last year` said in November is the May of the year before,
        // where `last May` is this year's
        let november = iso(2015, 11, 10);
        assert_eq!(val(&month_of_year(5, -1), &november), "2014-05");
        let end_of = R::Modified {
            modifier: TimexMod::End,
            inner: Box::new(month_of_year(5, -1)),
        };
        let out = resolve(&end_of, &november);
        assert_eq!(
            (out.value.as_str(), out.modifier),
            ("2014-05", Some(TimexMod::End))
        );
        // a day and a season of last year, as the grammar may read `May 5
        // last year` and `the summer of last year`
        let of_last_year = |inner| R::Within {
            inner: Box::new(inner),
            period: Box::new(R::Relative {
                unit: TimeUnit::Year,
                shift: -1,
                anchor: Anchor::Dct,
            }),
            index: None,
        };
        let may5 = R::Calendar {
            year: None,
            month: Some(5),
            day: Some(5),
            shift: None,
        };
        assert_eq!(val(&of_last_year(may5), &november), "2014-05-05");
        let summer = R::Season {
            season: Season::Summer,
            year: None,
            shift: None,
        };
        assert_eq!(val(&of_last_year(summer), &november), "2014-SU");
        // `September next year` said in February is not the coming September
        let february = iso(2015, 2, 10);
        assert_eq!(val(&month_of_year(9, 1), &february), "2016-09");
        assert_eq!(val(&month_of_year(5, 0), &february), "2015-05");
    }

    #[test]
    fn isolated_offsets_are_moments_one_unit_finer() {
        let e = iso(2013, 2, 12);
        let off = |amount, unit, direction| R::Offset {
            amount: Some(amount),
            unit,
            direction,
            anchor: Anchor::Dct,
        };
        let after = Direction::After;
        let before = Direction::Before;
        assert_eq!(
            val(&off(2.0, TimeUnit::Minute, after), &e),
            "2013-02-12T04:32:00"
        );
        assert_eq!(
            val(&off(0.5, TimeUnit::Hour, after), &e),
            "2013-02-12T05:00:00"
        );
        assert_eq!(
            val(&off(1.0, TimeUnit::Hour, after), &e),
            "2013-02-12T05:30"
        );
        assert_eq!(
            val(&off(7.0, TimeUnit::Day, before), &e),
            "2013-02-05T04:00"
        );
        assert_eq!(val(&off(1.0, TimeUnit::Week, after), &e), "2013-02-19");
        assert_eq!(val(&off(3.0, TimeUnit::Month, before), &e), "2012-11-12");
        assert_eq!(val(&off(2.0, TimeUnit::Year, before), &e), "2011-02");
        // in a clause, `a week ago` keeps the week TimeML writes
        let mut clause = e;
        clause.tense = Tense::Past;
        assert_eq!(val(&off(1.0, TimeUnit::Week, before), &clause), "2013-W06");
        assert_eq!(val(&off(2.0, TimeUnit::Minute, after), &clause), "PT2M");
    }

    #[test]
    fn this_weekday_looks_ahead_unless_told_as_past() {
        let monday = R::Weekday {
            day: 1,
            shift: Some(0),
        };
        assert_eq!(val(&monday, &iso(2013, 2, 12)), "2013-02-18");
        assert_eq!(val(&monday, &env(2013, 2, 12, Tense::Past)), "2013-02-11");
    }

    #[test]
    fn year_ago_keeps_the_discussed_quarter_without_chaining() {
        let mut e = env(1989, 10, 26, Tense::Past);
        e.discourse_quarter = true;
        // the last date was itself a year back: the comparison is parallel
        e.previous = Some(Point::Quarter(1988, 3));
        let year_earlier = R::Offset {
            amount: Some(1.0),
            unit: TimeUnit::Year,
            direction: Direction::Before,
            anchor: Anchor::Dct,
        };
        assert_eq!(val(&year_earlier, &e), "1988-Q3");
        // a quarter not yet begun this year is last year's
        e.previous = Some(Point::Quarter(1989, 4));
        assert_eq!(val(&year_earlier, &env_after(e, 1989, 2, 1)), "1987-Q4");
    }

    fn env_after(mut e: Env, y: i32, m: u32, d: u32) -> Env {
        e.dct = NaiveDate::from_ymd_opt(y, m, d);
        e
    }

    #[test]
    fn a_day_of_a_coarser_told_period_leaves_the_untold_fields_unknown() {
        let mut e = env(1999, 2, 6, Tense::Past);
        let that = |unit| R::Relative {
            unit,
            shift: 0,
            anchor: Anchor::Previous,
        };
        e.previous = Some(Point::Month(1998, 10));
        let day = resolve(&that(TimeUnit::Day), &e);
        assert_eq!(day.value, "1998-10-XX");
        assert!(day.uses_previous);
        assert_eq!(day.point, Some(Point::Month(1998, 10)));
        let night = R::DayPart {
            part: DayPart::Night,
            day: Some(Box::new(that(TimeUnit::Day))),
        };
        assert_eq!(val(&night, &e), "1998-10-XXTNI");
        // `that month` of a told month is that month
        assert_eq!(val(&that(TimeUnit::Month), &e), "1998-10");
        e.previous = Some(Point::Year(1987));
        assert_eq!(val(&that(TimeUnit::Day), &e), "1987-XX-XX");
        assert_eq!(val(&that(TimeUnit::Week), &e), "1987-WXX");
        assert_eq!(val(&that(TimeUnit::Month), &e), "1987-XX");
        assert_eq!(val(&that(TimeUnit::Year), &e), "1987");
        // `the next day` after a year is a day of it the text never told
        let next = |unit| R::Relative {
            unit,
            shift: 1,
            anchor: Anchor::Previous,
        };
        assert_eq!(val(&next(TimeUnit::Day), &e), "1987-XX-XX");
        assert_eq!(val(&next(TimeUnit::Year), &e), "1988");
        let earlier = |unit| R::Offset {
            amount: Some(1.0),
            unit,
            direction: Direction::Before,
            anchor: Anchor::Previous,
        };
        assert_eq!(val(&earlier(TimeUnit::Week), &e), "1987-WXX");
        assert_eq!(val(&earlier(TimeUnit::Year), &e), "1986");
        // a told day stays exact
        e.previous = NaiveDate::from_ymd_opt(1998, 10, 23).map(Point::Day);
        assert_eq!(val(&next(TimeUnit::Day), &e), "1998-10-24");
        assert_eq!(val(&earlier(TimeUnit::Week), &e), "1998-W42");
        e.previous = NaiveDate::from_ymd_opt(1998, 10, 23).map(Point::Day);
        assert_eq!(val(&that(TimeUnit::Day), &e), "1998-10-23");
        // with nothing told before, `that day` is the document's day
        e.previous = None;
        assert_eq!(val(&that(TimeUnit::Day), &e), "1999-02-06");
    }

    #[test]
    fn parts_of_a_told_day_count_from_it() {
        let mut e = env(2013, 2, 12, Tense::Past);
        e.previous = NaiveDate::from_ymd_opt(2013, 2, 3).map(Point::Day);
        let part = |part, shift| R::DayPart {
            part,
            day: Some(Box::new(R::Relative {
                unit: TimeUnit::Day,
                shift,
                anchor: Anchor::Previous,
            })),
        };
        let next_morning = resolve(&part(DayPart::Morning, 1), &e);
        assert_eq!(next_morning.value, "2013-02-04TMO");
        assert!(next_morning.uses_previous);
        assert_eq!(val(&part(DayPart::Night, -1), &e), "2013-02-02TNI");
        assert_eq!(val(&part(DayPart::Evening, 0), &e), "2013-02-03TEV");
    }

    #[test]
    fn a_clock_time_alone_falls_on_the_day_told_last() {
        let clock = R::Clock {
            hour: 15,
            minute: None,
            zone: None,
            day: None,
            second: None,
            either_half: false,
        };
        let mut e = env(2013, 2, 12, Tense::Past);
        e.previous = NaiveDate::from_ymd_opt(2013, 2, 11).map(Point::Day);
        let at_three = resolve(&clock, &e);
        assert_eq!(at_three.value, "2013-02-11T15:00");
        assert!(at_three.uses_previous);
        // a told month or year is no day: the DCT's day it stays
        e.previous = Some(Point::Month(2013, 1));
        assert_eq!(val(&clock, &e), "2013-02-12T15:00");
        // alone, the next one, as before
        e.previous = NaiveDate::from_ymd_opt(2013, 2, 11).map(Point::Day);
        e.tense = Tense::Isolated;
        assert_eq!(val(&clock, &e), "2013-02-12T15:00");
    }

    #[test]
    fn shifts_from_a_named_day_are_exact() {
        let e = env(2016, 6, 1, Tense::Past);
        let shift = |amount, unit, direction, from: R| R::Shifted {
            amount,
            unit,
            direction,
            from: Box::new(from),
        };
        let holiday = |holiday, year| R::Holiday {
            holiday,
            year,
            shift: None,
        };
        let easter = holiday(Holiday::Easter, Some(2000));
        assert_eq!(
            val(&shift(3.0, TimeUnit::Day, Direction::After, easter), &e),
            "2000-04-26"
        );
        let vote = holiday(Holiday::ElectionDay, Some(2016));
        assert_eq!(
            val(&shift(2.0, TimeUnit::Week, Direction::Before, vote), &e),
            "2016-10-25"
        );
        let xmas = holiday(Holiday::Christmas, Some(2001));
        assert_eq!(
            val(&shift(1.0, TimeUnit::Year, Direction::After, xmas), &e),
            "2002-12-25"
        );
        // a Monday before the Tuesday of last week
        let tue = R::Weekday {
            day: 2,
            shift: Some(-1),
        };
        assert_eq!(
            val(&shift(1.0, TimeUnit::Day, Direction::Before, tue), &e),
            "2016-05-30"
        );
        // from a year the step keeps the year
        let y = R::Calendar {
            year: Some(1989),
            month: None,
            day: None,
            shift: None,
        };
        assert_eq!(
            val(&shift(2.0, TimeUnit::Year, Direction::After, y), &e),
            "1991"
        );
    }

    #[test]
    fn holiday_week_is_the_iso_week_holding_it() {
        let week_of = |holiday| R::Within {
            inner: Box::new(R::Duration {
                amount: None,
                unit: TimeUnit::Week,
            }),
            period: Box::new(R::Holiday {
                holiday,
                year: None,
                shift: None,
            }),
            index: None,
        };
        // Easter 2000 was April 23, a Sunday: the end of week 16
        let e = env(2000, 5, 2, Tense::Past);
        assert_eq!(val(&week_of(Holiday::Easter), &e), "2000-W16");
        assert_eq!(val(&week_of(Holiday::Christmas), &e), "1999-W51");
        // told in its own week, before the holiday itself
        let e = env(2000, 4, 18, Tense::Past);
        assert_eq!(val(&week_of(Holiday::Easter), &e), "2000-W16");
    }

    #[test]
    fn isolated_phrases_read_ahead() {
        let e = iso(2013, 2, 12);
        let clock = |hour| R::Clock {
            hour,
            minute: None,
            zone: None,
            day: None,
            second: None,
            either_half: false,
        };
        assert_eq!(val(&clock(3), &e), "2013-02-13T03:00");
        assert_eq!(val(&clock(15), &e), "2013-02-12T15:00");
        // without a.m./p.m. the next time the 12-hour dial shows it
        let dial = |hour, minute| R::Clock {
            hour,
            minute: Some(minute),
            zone: None,
            day: None,
            second: None,
            either_half: true,
        };
        assert_eq!(val(&dial(3, 30), &e), "2013-02-12T15:30");
        assert_eq!(val(&dial(10, 30), &e), "2013-02-12T10:30");
        assert_eq!(val(&dial(12, 15), &e), "2013-02-12T12:15");
        let mut clause = e;
        clause.tense = Tense::Past;
        assert_eq!(val(&dial(3, 30), &clause), "2013-02-12T03:30");
        let with_seconds = R::Clock {
            hour: 15,
            minute: Some(23),
            zone: None,
            day: None,
            second: Some(24),
            either_half: false,
        };
        assert_eq!(val(&with_seconds, &e), "2013-02-12T15:23:24");
        let now = R::Ref {
            point: RefPoint::Present,
        };
        assert_eq!(val(&now, &e), "2013-02-12T04:30:00");
        assert_eq!(val(&now, &clause), "PRESENT_REF");
        assert_eq!(
            val(
                &R::Weekday {
                    day: 2,
                    shift: None
                },
                &e
            ),
            "2013-02-19"
        );
        assert_eq!(
            val(
                &R::Weekday {
                    day: 5,
                    shift: Some(3)
                },
                &e
            ),
            "2013-03-01"
        );
        assert_eq!(
            val(
                &R::Weekday {
                    day: 4,
                    shift: Some(-2)
                },
                &e
            ),
            "2013-01-31"
        );
    }

    #[test]
    fn movable_and_observed_holidays() {
        let d = |h, y| holiday_date(h, y).map(|d| d.to_string());
        assert_eq!(
            d(Holiday::OrthodoxEaster, 2018).as_deref(),
            Some("2018-04-08")
        );
        assert_eq!(d(Holiday::CleanMonday, 2018).as_deref(), Some("2018-02-19"));
        assert_eq!(d(Holiday::BossDay, 2021).as_deref(), Some("2021-10-15"));
        assert_eq!(d(Holiday::KingsDay, 2014).as_deref(), Some("2014-04-26"));
        assert_eq!(d(Holiday::Pentecost, 2013).as_deref(), Some("2013-05-19"));
        assert_eq!(d(Holiday::BlackFriday, 2017).as_deref(), Some("2017-11-24"));
        assert_eq!(d(Holiday::ElectionDay, 2016).as_deref(), Some("2016-11-08"));
        // November 1 is a Tuesday, but not the one after the first Monday
        assert_eq!(d(Holiday::ElectionDay, 2022).as_deref(), Some("2022-11-08"));
        assert_eq!(d(Holiday::IdesOfMarch, 2022).as_deref(), Some("2022-03-15"));
        // the days counted from Easter (March 27 in 2016), none a weekday
        // near the DCT
        for (h, want) in [
            (Holiday::ShroveTuesday, "2016-02-09"),
            (Holiday::AshWednesday, "2016-02-10"),
            (Holiday::PalmSunday, "2016-03-20"),
            (Holiday::MaundyThursday, "2016-03-24"),
            (Holiday::GoodFriday, "2016-03-25"),
            (Holiday::HolySaturday, "2016-03-26"),
            (Holiday::EasterMonday, "2016-03-28"),
            (Holiday::Ascension, "2016-05-05"),
            (Holiday::Pentecost, "2016-05-15"),
            (Holiday::WhitMonday, "2016-05-16"),
            (Holiday::CorpusChristi, "2016-05-26"),
        ] {
            assert_eq!(d(h, 2016).as_deref(), Some(want), "{h:?}");
        }
    }

    #[test]
    fn nth_weekday_from_a_named_day_and_the_closest() {
        let e = env(2013, 2, 12, Tense::Isolated);
        let weekday = |day| Box::new(R::Weekday { day, shift: None });
        let nth = |inner, from, index, direction| R::Nth {
            inner,
            from: Box::new(from),
            index,
            direction,
        };
        let xmas_2014 = R::Holiday {
            holiday: Holiday::Christmas,
            year: Some(2014),
            shift: None,
        };
        // Christmas 2014 is a Thursday: Tuesdays after it Dec 30, Jan 6, Jan 13
        let third = nth(weekday(2), xmas_2014.clone(), 3, Some(Direction::After));
        assert_eq!(val(&third, &e), "2015-01-13");
        let before = nth(weekday(4), xmas_2014, 1, Some(Direction::Before));
        assert_eq!(val(&before, &e), "2014-12-18");
        // Oct 5, 2013 is a Saturday: Monday the 7th is closer than Sept 30
        let oct5 = R::Calendar {
            year: Some(2013),
            month: Some(10),
            day: Some(5),
            shift: None,
        };
        assert_eq!(
            val(&nth(weekday(1), oct5.clone(), 1, None), &e),
            "2013-10-07"
        );
        assert_eq!(val(&nth(weekday(1), oct5, 2, None), &e), "2013-09-30");
        let xmas = Box::new(R::Holiday {
            holiday: Holiday::Christmas,
            year: None,
            shift: None,
        });
        let today = R::Relative {
            unit: TimeUnit::Day,
            shift: 0,
            anchor: Anchor::Dct,
        };
        for (k, want) in [(1, "2012-12-25"), (2, "2013-12-25"), (3, "2011-12-25")] {
            assert_eq!(val(&nth(xmas.clone(), today.clone(), k, None), &e), want);
        }
    }

    #[test]
    fn from_right_now_alone_is_told_to_the_second() {
        let mut e = env(2013, 2, 12, Tense::Isolated);
        e.dct_time = NaiveTime::from_hms_opt(4, 30, 0);
        let day = R::Shifted {
            amount: 1.0,
            unit: TimeUnit::Day,
            direction: Direction::After,
            from: Box::new(R::Ref {
                point: RefPoint::Present,
            }),
        };
        assert_eq!(val(&day, &e), "2013-02-13T04:30:00");
        // in prose it is `a day from now`
        let prose = env(2013, 2, 12, Tense::Future);
        assert_eq!(val(&day, &prose), "2013-02-13");
    }

    #[test]
    fn a_shift_asked_alone_counts_from_the_holiday_that_lands_ahead() {
        let after_xmas = |amount, unit| R::Shifted {
            amount,
            unit,
            direction: Direction::After,
            from: Box::new(R::Holiday {
                holiday: Holiday::Christmas,
                year: None,
                shift: None,
            }),
        };
        let e = env(2013, 2, 12, Tense::Isolated);
        assert_eq!(val(&after_xmas(1.0, TimeUnit::Year), &e), "2013-12-25");
        // a week after last Christmas is past: the next one
        assert_eq!(val(&after_xmas(1.0, TimeUnit::Week), &e), "2014-01-01");
    }
}
