//! Normalization of time expressions to TIMEX3 values, and the timeline.
//!
//! The parse stage leaves every [`Timex`](newsline_model::Timex) with a symbolic
//! reading and an empty value. [`normalize`] resolves each reading against the
//! document creation time (DCT), the tense of its clause, and the date the text
//! was last talking about, into a TIMEX3 `type`, `value`, `mod`, `freq`/`quant`,
//! an anchor and a resolved interval.
//!
//! ```
//! use newsline_model::{Document, Dct, DctSource, Span, Timex, TimexType};
//! use newsline_model::reading::{Anchor, Direction, TimeUnit, TimexReading};
//!
//! let mut doc = Document::new("d", "Four years ago, Kim met Trump.");
//! let date = chrono::NaiveDate::from_ymd_opt(2023, 9, 11).unwrap();
//! doc.document.dct = Some(Dct::new(date, None, DctSource::Flag));
//! let found = Timex::new("t1".into(), Span::new(0, 14), "Four years ago".into(), TimexType::Date);
//! doc.timexes.push(Timex {
//!     reading: Some(TimexReading::Offset {
//!         amount: Some(4.0),
//!         unit: TimeUnit::Year,
//!         direction: Direction::Before,
//!         anchor: Anchor::Dct,
//!     }),
//!     ..found
//! });
//! newsline_time::normalize(&mut doc);
//! assert_eq!(doc.timexes[0].value, "2019");
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod calendars;
pub mod resolve;
pub mod tense;
mod timeline;

pub use resolve::{Env, Point, Resolved, resolve};
pub use tense::{ClauseTense, Tense, clause_tense, sentence_of, tense_at};
pub use timeline::{build_timeline, merge_timelines, value_of};

use chrono::{Datelike, NaiveDate};
use newsline_model::reading::TimexReading;
use newsline_model::{Diagnostic, Document, Level, Span, TimexType};

/// Resolves every timex reading against the DCT and other anchors.
///
/// Without a DCT, expressions that need one keep an `XXXX` value and get a
/// `time/no-dct` diagnostic: today's date is never used. Dates outside chrono's
/// range get `time/out-of-range`; impossible dates (`February 30`) get
/// `time/invalid-date`.
pub fn normalize(doc: &mut Document) {
    let dct = doc.document.dct.as_ref().map(|d| d.date);
    let dct_time = doc.document.dct.as_ref().and_then(|d| d.time);
    let sentences: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
    let mut previous: Option<(Point, String)> = None;
    let mut previous_span: Option<Span> = None;
    // whether the last date was written with its year, not counted from the DCT
    let mut previous_written = false;
    let mut discourse_quarter = false;
    let mut told_days = ToldDays::default();
    let mut diagnostics = Vec::new();
    for t in &mut doc.timexes {
        let Some(reading) = t.reading.as_ref() else {
            continue;
        };
        let sentence = sentence_of(&doc.text, &sentences, t.span);
        let ClauseTense {
            tense,
            ahead_of_past,
            from_now,
        } = clause_tense(&doc.text, sentence, t.span);
        let env = Env {
            ahead_of_past,
            from_now,
            dct,
            dct_time,
            tense,
            previous: previous.as_ref().map(|p| p.0),
            discourse_quarter,
        };
        let dated = dct.and_then(|d| year_from_told_days(reading, &told_days, d, tense));
        let night_of_told_day = match (previous.as_ref().map(|p| p.0), previous_span, dct) {
            (Some(Point::Day(told)), Some(told_at), Some(d))
                if told != d && tense != Tense::Future && told_at.end <= sentence.start =>
            {
                overnight_of_told_day(reading, &doc.text, t.span, told_at)
            }
            _ => None,
        };
        let year_back = match (previous.as_ref().map(|p| p.0), previous_span, dct) {
            (Some(told), Some(told_at), Some(d))
                if previous_written
                    && told.first_day().is_some_and(|f| f.year() != d.year())
                    && matches!(told, Point::Day(_) | Point::Month(..) | Point::Year(_))
                    && ends_with_word(&t.text, "earlier") =>
            {
                let told_sentence = sentence_of(&doc.text, &sentences, told_at);
                let near = doc
                    .text
                    .get(told_sentence.end..sentence.start)
                    .is_some_and(|gap| {
                        gap.chars()
                            .all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”'))
                    })
                    || told_sentence == sentence;
                near.then(|| year_back_from_told_time(reading)).flatten()
            }
            _ => None,
        };
        // `third-quarter profit fell from the year-ago quarter`: the comparison
        // names the quarter its own sentence told, a year back; a quarter told
        // in an earlier sentence may be another one (an outlook, a prior
        // quarter), so it leaves the last complete quarter a year back
        let year_ago_of_told_quarter = match (previous.as_ref().map(|p| p.0), previous_span) {
            (Some(Point::Quarter(y, q)), Some(told_at))
                if sentence_of(&doc.text, &sentences, told_at) == sentence =>
            {
                year_ago_quarter(reading, y, q)
            }
            _ => None,
        };
        let reported_year = match (previous.as_ref().map(|p| p.0), dct) {
            (Some(Point::Quarter(y, 4)), Some(d))
                if tense == Tense::Past
                    && y == d.year() - 1
                    && !starts_with_word(&t.text, "this") =>
            {
                year_of_reported_quarter(reading, y)
            }
            _ => None,
        };
        let r = resolve(
            night_of_told_day
                .as_ref()
                .or(year_back.as_ref())
                .or(year_ago_of_told_quarter.as_ref())
                .or(reported_year.as_ref())
                .or(dated.as_ref())
                .unwrap_or(reading),
            &env,
        );
        if let (Some(Point::Day(day)), (TimexReading::Calendar { day: Some(_), .. }, _)) =
            (r.point, reading.unwrap_mod())
        {
            told_days.tell(day);
        }
        t.timex_type = r.ty;
        t.value = r.value;
        t.modifier = r.modifier;
        t.freq = r.freq;
        t.quant = r.quant;
        t.anchor = if r.uses_previous {
            previous.as_ref().map(|p| p.1.clone())
        } else if r.uses_dct {
            Some("dct".to_owned())
        } else {
            None
        };
        t.interval = r.point.and_then(|p| p.interval());
        t.granularity = r.point.map(|p| p.granularity());
        if let Some(problem) = &r.problem {
            let (code, message) = match problem.as_str() {
                "no-dct" => (
                    "time/no-dct",
                    format!("`{}` needs a document creation time to resolve", t.text),
                ),
                "invalid-date" => (
                    "time/invalid-date",
                    format!("`{}` is not a calendar date", t.text),
                ),
                _ => (
                    "time/out-of-range",
                    format!("`{}` lies outside the supported calendar range", t.text),
                ),
            };
            diagnostics.push(Diagnostic::new(Level::Warning, code, message).at(t.span));
        }
        if t.function.is_none()
            && t.timex_type == TimexType::Date
            && let Some(p) = r.point
        {
            discourse_quarter = matches!(p, Point::Quarter(..));
            previous = Some((p, t.id.clone()));
            previous_span = Some(t.span);
            previous_written = !r.uses_dct && !r.uses_previous;
        }
    }
    doc.diagnostics.extend(diagnostics);
}

/// The days the text has told so far, in the two ways a month and day without
/// a year ask for them: the last one told, and the latest told on each month
/// and day. One slot per month and day keeps a document with many dates
/// linear.
struct ToldDays {
    last: Option<NaiveDate>,
    latest: [Option<NaiveDate>; 12 * 31],
}

impl Default for ToldDays {
    fn default() -> Self {
        Self {
            last: None,
            latest: [None; 12 * 31],
        }
    }
}

impl ToldDays {
    fn slot(month: u32, day: u32) -> Option<usize> {
        let (m, d) = (month.checked_sub(1)?, day.checked_sub(1)?);
        (m < 12 && d < 31).then(|| (m * 31 + d) as usize)
    }

    fn tell(&mut self, day: NaiveDate) {
        self.last = Some(day);
        if let Some(slot) = Self::slot(day.month(), day.day()).and_then(|k| self.latest.get_mut(k))
        {
            *slot = Some(day);
        }
    }

    fn latest_on(&self, month: u32, day: u32) -> Option<NaiveDate> {
        Self::slot(month, day).and_then(|k| self.latest.get(k).copied().flatten())
    }
}

/// The year the days told before give a month and day written without one.
///
/// `the July 25 call` after `July 25` was told: a month and day written again
/// name the day told before, whatever the tense of the new clause says. Only
/// a day told within a year of the DCT's is taken, so an anniversary (`July 4`
/// after `July 4, 1776`) keeps its own year. And a list of dates with no verb
/// to lean on (`Feb. 7 – Las Vegas … June 9 – Tampa`) goes on in the next
/// year once the text has reached it, while each date follows the last.
fn year_from_told_days(
    reading: &TimexReading,
    told: &ToldDays,
    dct: NaiveDate,
    tense: Tense,
) -> Option<TimexReading> {
    let with_year = |r: &TimexReading| -> Option<TimexReading> {
        let TimexReading::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
            shift: None,
        } = r
        else {
            return None;
        };
        // the date just before in a list outweighs a mention further back,
        // whose own year may have been a guess
        let list_goes_on = told.last.filter(|last| {
            tense == Tense::Unknown
                && last.year() == dct.year() + 1
                && (*m, *d) >= (last.month(), last.day())
        });
        let same_day = || {
            told.latest_on(*m, *d)
                .filter(|t| (t.year() - dct.year()).abs() <= 1)
        };
        let year = list_goes_on.or_else(same_day)?.year();
        Some(TimexReading::Calendar {
            year: Some(year),
            month: Some(*m),
            day: Some(*d),
            shift: None,
        })
    };
    match reading {
        TimexReading::Modified { modifier, inner } => Some(TimexReading::Modified {
            modifier: *modifier,
            inner: Box::new(with_year(inner)?),
        }),
        r => with_year(r),
    }
}

/// `a year earlier` right after a time written with another year than the
/// DCT's (`The ship sank in March 2013. A year earlier, …`, told in 2014)
/// counts from that time. The grammar anchors it on the DCT, as company
/// reports compare with the same period a year back; so it stays after a
/// time itself counted from the DCT (`last year`, `a year ago`: the same
/// period, never two years back), after a quarter (that quarter a year back),
/// and `ago` always counts from the DCT.
/// Whether `text` ends with `word`, in any case, without a lowercased copy.
fn ends_with_word(text: &str, word: &str) -> bool {
    text.len()
        .checked_sub(word.len())
        .and_then(|k| text.get(k..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(word))
}

/// Whether `text` starts with `word`, in any case, without a lowercased copy.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
}

fn year_back_from_told_time(reading: &TimexReading) -> Option<TimexReading> {
    use newsline_model::reading::{Anchor, Direction, TimeUnit};
    match reading {
        TimexReading::Offset {
            amount: Some(n),
            unit: TimeUnit::Year,
            direction: Direction::Before,
            anchor: Anchor::Dct,
        } => Some(TimexReading::Offset {
            amount: Some(*n),
            unit: TimeUnit::Year,
            direction: Direction::Before,
            anchor: Anchor::Previous,
        }),
        _ => None,
    }
}

/// The quarter `q` of the year before `year`, when `reading` is a year-ago
/// quarter (`the year-earlier period`, read as quarter shift -5).
fn year_ago_quarter(reading: &TimexReading, year: i32, q: u32) -> Option<TimexReading> {
    use newsline_model::reading::{Anchor, TimeUnit};
    matches!(
        reading,
        TimexReading::Relative {
            unit: TimeUnit::Quarter,
            shift: -5,
            anchor: Anchor::Dct,
        }
    )
    .then_some(TimexReading::Part {
        unit: TimeUnit::Quarter,
        index: q,
        year: Some(year.checked_sub(1)?),
        year_shift: None,
    })
}

/// `the year` or `the full year` told in the past right after last year's
/// fourth quarter (`Fourth-quarter profit rose 10%. For the full year,
/// revenue rose 3%.`, in a report of February) is the year that quarter
/// closed, not the one the DCT has just begun; `this year` still names the
/// DCT's.
fn year_of_reported_quarter(reading: &TimexReading, year: i32) -> Option<TimexReading> {
    use newsline_model::reading::{Anchor, TimeUnit};
    matches!(
        reading,
        TimexReading::Relative {
            unit: TimeUnit::Year,
            shift: 0,
            anchor: Anchor::Dct,
        }
    )
    .then_some(TimexReading::Calendar {
        year: Some(year),
        month: None,
        day: None,
        shift: None,
    })
}

/// Words that may follow `overnight` used as an adverb (`moved inland
/// overnight and`), where a noun after it makes it an attribute (`overnight
/// losses`).
const AFTER_ADVERB: &[&str] = &[
    "in", "on", "at", "to", "and", "as", "after", "before", "while", "when", "from", "against",
    "amid", "near", "outside", "across", "into", "but", "with",
];

/// Verbs that tell the day a story is reported on, not the day of its events.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "confirmed",
    "added",
];

/// `overnight` told after a day of the story: in a narration (`The storm
/// made landfall Friday. It moved inland overnight.`) it is the night of that
/// day, not the night before, as the grammar reads it. The night before
/// stays where the day told is the DCT's (`overnight` of today's news), where
/// the day was told in the same sentence or hangs on a reporting verb
/// (`Police said Saturday … The fire broke out overnight`: the night before
/// the report), and where `overnight` is an attribute (`overnight losses`
/// of markets are those before the session told).
fn overnight_of_told_day(
    reading: &TimexReading,
    text: &str,
    at: Span,
    told_at: Span,
) -> Option<TimexReading> {
    use newsline_model::reading::{Anchor, DayPart, TimeUnit};
    let TimexReading::DayPart {
        part: DayPart::Night,
        day: Some(day),
    } = reading
    else {
        return None;
    };
    let TimexReading::Relative {
        unit: TimeUnit::Day,
        shift: -1,
        anchor: Anchor::Previous,
    } = **day
    else {
        return None;
    };
    let after = text.get(at.end..).unwrap_or_default();
    let next_word = after
        .strip_prefix(' ')
        .map(|x| {
            x.split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or_default()
        })
        .unwrap_or_default();
    let adverb = next_word.is_empty()
        || !next_word.starts_with(|c: char| c.is_ascii_lowercase())
        || tense::within_list(AFTER_ADVERB, next_word);
    let before_told = text.get(..told_at.start).unwrap_or_default();
    let mut words_before = before_told
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let reported = words_before
        .next()
        .and_then(|w| {
            if w.eq_ignore_ascii_case("on") {
                words_before.next()
            } else {
                Some(w)
            }
        })
        .is_some_and(|w| tense::within_list(REPORTING, w));
    (adverb && !reported).then(|| TimexReading::DayPart {
        part: DayPart::Night,
        day: Some(Box::new(TimexReading::Relative {
            unit: TimeUnit::Day,
            shift: 0,
            anchor: Anchor::Previous,
        })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_model::{Dct, DctSource, Timex};

    fn calendar(year: Option<i32>, month: u32, day: u32) -> TimexReading {
        TimexReading::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            shift: None,
        }
    }

    /// Normalizes `text` written on `dct`, with one timex per `(needle, reading)`.
    fn values(text: &str, dct: (i32, u32, u32), timexes: &[(&str, TimexReading)]) -> Vec<String> {
        let mut doc = Document::new("d", text);
        let date = NaiveDate::from_ymd_opt(dct.0, dct.1, dct.2).unwrap();
        doc.document.dct = Some(Dct::new(date, None, DctSource::Flag));
        let mut from = 0;
        for (k, (needle, reading)) in timexes.iter().enumerate() {
            let start = from + text[from..].find(needle).unwrap();
            from = start + needle.len();
            doc.timexes.push(Timex {
                reading: Some(reading.clone()),
                ..Timex::new(
                    format!("t{k}"),
                    Span::new(start, from),
                    (*needle).into(),
                    TimexType::Date,
                )
            });
        }
        normalize(&mut doc);
        doc.timexes.into_iter().map(|t| t.value).collect()
    }

    #[test]
    fn year_ago_quarter_is_the_quarter_its_sentence_told() {
        use newsline_model::reading::{Anchor, TimeUnit};
        let q3 = TimexReading::Part {
            unit: TimeUnit::Quarter,
            index: 3,
            year: None,
            year_shift: None,
        };
        let year_ago = TimexReading::Relative {
            unit: TimeUnit::Quarter,
            shift: -5,
            anchor: Anchor::Dct,
        };
        let text = "Third-quarter profit fell 4% from the year-ago quarter.";
        assert_eq!(
            values(
                text,
                (2013, 3, 20),
                &[
                    ("Third-quarter", q3.clone()),
                    ("the year-ago quarter", year_ago.clone())
                ]
            ),
            ["2012-Q3", "2011-Q3"]
        );
        // told in an earlier sentence, the quarter may be another one: the
        // comparison stays the last complete quarter a year back
        let text = "Third-quarter profit fell. Sales rose 2% from the year-ago quarter.";
        assert_eq!(
            values(
                text,
                (2013, 3, 20),
                &[
                    ("Third-quarter", q3),
                    ("the year-ago quarter", year_ago.clone())
                ]
            ),
            ["2012-Q3", "2011-Q4"]
        );
        // with no quarter told at all
        let text = "Sales rose 2% from the year-ago quarter.";
        assert_eq!(
            values(text, (2013, 3, 20), &[("the year-ago quarter", year_ago)]),
            ["2011-Q4"]
        );
    }

    #[test]
    fn a_month_and_day_told_again_keep_the_year_told_first() {
        // the second clause leans ahead, but names the call already told
        let text =
            "The aide heard the July 25 call. He feared after the July 25 call how it would play.";
        assert_eq!(
            values(
                text,
                (2019, 11, 20),
                &[
                    ("July 25", calendar(None, 7, 25)),
                    ("July 25", calendar(None, 7, 25))
                ]
            ),
            ["2019-07-25", "2019-07-25"]
        );
        // a year written with the first mention carries over
        let text = "The trial opens Jan. 6, 2020. Lawyers met and said Jan. 6 will be busy.";
        assert_eq!(
            values(
                text,
                (2019, 11, 20),
                &[
                    ("Jan. 6, 2020", calendar(Some(2020), 1, 6)),
                    ("Jan. 6", calendar(None, 1, 6))
                ]
            ),
            ["2020-01-06", "2020-01-06"]
        );
    }

    #[test]
    fn a_list_of_dates_goes_on_in_the_year_it_reached() {
        let text = "The tour resumes Feb. 7. Dates: June 9 - Tampa; March 2 - Reno.";
        assert_eq!(
            values(
                text,
                (2019, 11, 20),
                &[
                    ("Feb. 7", calendar(None, 2, 7)),
                    ("June 9", calendar(None, 6, 9)),
                    ("March 2", calendar(None, 3, 2)),
                ]
            ),
            // `March 2` comes before the June told last: the tense decides
            ["2020-02-07", "2020-06-09", "2019-03-02"]
        );
        // a date of the DCT's year told last changes nothing
        let text = "Sales rose Feb. 7. In the report: Dec. 9 - a loss.";
        assert_eq!(
            values(
                text,
                (1998, 2, 20),
                &[
                    ("Feb. 7", calendar(None, 2, 7)),
                    ("Dec. 9", calendar(None, 12, 9))
                ]
            ),
            ["1998-02-07", "1997-12-09"]
        );
    }

    #[test]
    fn an_anniversary_keeps_its_own_year() {
        let text = "The nation was born July 4, 1776. It will celebrate on July 4.";
        assert_eq!(
            values(
                text,
                (2019, 5, 20),
                &[
                    ("July 4, 1776", calendar(Some(1776), 7, 4)),
                    ("July 4", calendar(None, 7, 4))
                ]
            ),
            ["1776-07-04", "2019-07-04"]
        );
        // another day of the same month is left to the tense
        let text = "He was hired July 25. He will retire on July 2.";
        assert_eq!(
            values(
                text,
                (2019, 11, 20),
                &[
                    ("July 25", calendar(None, 7, 25)),
                    ("July 2", calendar(None, 7, 2))
                ]
            ),
            ["2019-07-25", "2020-07-02"]
        );
    }

    fn overnight() -> TimexReading {
        use newsline_model::reading::{Anchor, DayPart, TimeUnit};
        TimexReading::DayPart {
            part: DayPart::Night,
            day: Some(Box::new(TimexReading::Relative {
                unit: TimeUnit::Day,
                shift: -1,
                anchor: Anchor::Previous,
            })),
        }
    }

    fn weekday(day: u32) -> TimexReading {
        TimexReading::Weekday { day, shift: None }
    }

    #[test]
    fn overnight_in_a_narration_is_the_night_of_the_day_told() {
        // written on Tuesday, 2015-11-10
        let dct = (2015, 11, 10);
        let night = |text: &str, day: &str| {
            values(text, dct, &[(day, weekday(5)), ("vernight", overnight())])[1].clone()
        };
        assert_eq!(
            night(
                "The storm made landfall Friday. It moved inland overnight.",
                "Friday"
            ),
            "2015-11-06TNI"
        );
        assert_eq!(
            night(
                "Crowds gathered on Friday. Overnight, the police cleared the square.",
                "Friday"
            ),
            "2015-11-06TNI"
        );
        // the day of a report: the night before it
        assert_eq!(
            night(
                "Police said Friday a fire gutted the mill. The blaze broke out overnight.",
                "Friday"
            ),
            "2015-11-05TNI"
        );
        // told in the same sentence
        assert_eq!(
            night(
                "Firefighters found on Friday that the blaze began overnight.",
                "Friday"
            ),
            "2015-11-05TNI"
        );
        // an attribute of a market session: the night before it
        assert_eq!(
            night(
                "Shares slid Friday. Traders cited overnight losses in Tokyo.",
                "Friday"
            ),
            "2015-11-05TNI"
        );
        // a day still to come is left as the grammar reads it
        assert_eq!(
            values(
                "Crowds will gather on Saturday. Overnight, the police will clear the square.",
                dct,
                &[("Saturday", weekday(6)), ("Overnight", overnight())]
            )[1],
            "2015-11-13TNI"
        );
        // nothing told before: the night before the DCT
        assert_eq!(
            values("Rain fell overnight.", dct, &[("overnight", overnight())])[0],
            "2015-11-09TNI"
        );
    }

    #[test]
    fn a_year_earlier_counts_from_a_year_written_just_before() {
        use newsline_model::reading::{Anchor, Direction, TimeUnit};
        let year_back = |unit| TimexReading::Offset {
            amount: Some(1.0),
            unit,
            direction: Direction::Before,
            anchor: Anchor::Dct,
        };
        let year = |y| TimexReading::Calendar {
            year: Some(y),
            month: None,
            day: None,
            shift: None,
        };
        let last_year = TimexReading::Relative {
            unit: TimeUnit::Year,
            shift: -1,
            anchor: Anchor::Dct,
        };
        let dct = (2014, 1, 28);
        assert_eq!(
            values(
                "The ship sank on March 3, 2013. A year earlier, it was refit.",
                dct,
                &[
                    ("March 3, 2013", calendar(Some(2013), 3, 3)),
                    ("A year earlier", year_back(TimeUnit::Year))
                ]
            ),
            ["2013-03-03", "2012"]
        );
        // `ago` counts from the DCT whatever was told before
        assert_eq!(
            values(
                "The rally of 2013 was the largest since the revolution 40 years ago.",
                dct,
                &[
                    ("2013", year(2013)),
                    ("40 years ago", {
                        let mut r = year_back(TimeUnit::Year);
                        if let TimexReading::Offset { amount, .. } = &mut r {
                            *amount = Some(40.0);
                        }
                        r
                    })
                ]
            ),
            ["2013", "1974"]
        );
        // after a year counted from the DCT, the same period a year back
        assert_eq!(
            values(
                "Last year profit fell. It rose from a year earlier.",
                dct,
                &[
                    ("Last year", last_year),
                    ("a year earlier", year_back(TimeUnit::Year))
                ]
            ),
            ["2013", "2013"]
        );
        // a year told paragraphs before is no longer the time talked about
        assert_eq!(
            values(
                "He founded it in 2008. It grew. Sales rose from a year earlier.",
                dct,
                &[
                    ("2008", year(2008)),
                    ("a year earlier", year_back(TimeUnit::Year))
                ]
            ),
            ["2008", "2013"]
        );
    }

    #[test]
    fn the_full_year_after_last_years_fourth_quarter_is_that_year() {
        use newsline_model::reading::{Anchor, TimeUnit};
        let q4 = TimexReading::Part {
            unit: TimeUnit::Quarter,
            index: 4,
            year: None,
            year_shift: None,
        };
        let this_year = TimexReading::Relative {
            unit: TimeUnit::Year,
            shift: 0,
            anchor: Anchor::Dct,
        };
        let dct = (2014, 2, 5);
        assert_eq!(
            values(
                "Fourth-quarter profit rose 10%. For the full year, revenue rose 3%.",
                dct,
                &[
                    ("Fourth-quarter", q4.clone()),
                    ("the full year", this_year.clone())
                ]
            ),
            ["2013-Q4", "2013"]
        );
        // `this year` and a year still ahead stay the DCT's
        assert_eq!(
            values(
                "Fourth-quarter profit rose 10%. Shares fell this year.",
                dct,
                &[
                    ("Fourth-quarter", q4.clone()),
                    ("this year", this_year.clone())
                ]
            ),
            ["2013-Q4", "2014"]
        );
        assert_eq!(
            values(
                "Fourth-quarter profit rose 10%. For the full year, it will invest more.",
                dct,
                &[("Fourth-quarter", q4), ("the full year", this_year)]
            ),
            ["2013-Q4", "2014"]
        );
    }
}
