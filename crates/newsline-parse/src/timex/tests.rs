use newsline_model::TimexMod;
use newsline_model::reading::{Anchor, Direction, RefPoint, TimeUnit, TimexReading as R};
use proptest::prelude::*;

use super::*;

fn texts(s: &str) -> Vec<&str> {
    scan(s)
        .into_iter()
        .map(|(sp, _)| &s[sp.start..sp.end])
        .collect()
}

/// Each phrase reads as no time expression at all.
fn no_timex_in(phrases: &[&str]) {
    for s in phrases {
        assert_eq!(texts(s), Vec::<&str>::new(), "{s}");
    }
}

fn one(s: &str) -> (String, R) {
    let found = scan(s);
    assert_eq!(found.len(), 1, "{s:?} -> {:?}", texts(s));
    let (sp, r) = found.into_iter().next().unwrap();
    (s[sp.start..sp.end].to_owned(), r)
}

#[test]
fn a_time_of_last_or_next_year_is_one_timex_inside_that_year() {
    let may = |day| R::Calendar {
        year: None,
        month: Some(5),
        day,
        shift: None,
    };
    assert_eq!(
        one("It opened in May last year."),
        (
            "May last year".into(),
            grammar::within_relative_year(may(None), -1)
        )
    );
    assert_eq!(
        one("They met in May of next year."),
        (
            "May of next year".into(),
            grammar::within_relative_year(may(None), 1)
        )
    );
    assert_eq!(
        one("It opened on May 5 last year."),
        (
            "May 5 last year".into(),
            grammar::within_relative_year(may(Some(5)), -1)
        )
    );
    assert_eq!(
        one("It opened May 5, last year."),
        (
            "May 5, last year".into(),
            grammar::within_relative_year(may(Some(5)), -1)
        )
    );
    let (t, r) = one("The dam burst in the summer of last year.");
    assert_eq!(t, "the summer of last year");
    assert!(
        matches!(&r, R::Within { inner, .. } if matches!(**inner, R::Season { .. })),
        "{r:?}"
    );
    let (t, r) = one("Prices rose at Christmas next year.");
    assert_eq!(t, "Christmas next year");
    assert!(
        matches!(&r, R::Within { inner, .. } if matches!(**inner, R::Holiday { .. })),
        "{r:?}"
    );
    // `last May` is the latest May gone, an occurrence, not a May inside last year
    assert!(matches!(
        one("It closed last May.").1,
        R::Calendar {
            shift: Some(-1),
            ..
        }
    ));
    // `this year` adds nothing to the tense's reading; a sentence break, a
    // year of its own or a word between keep the two apart
    assert!(matches!(
        one("He left in May of this year.").1,
        R::Calendar { shift: Some(0), .. }
    ));
    assert_eq!(
        texts("It opened on May 5. Last year, it closed."),
        ["May 5", "Last year"]
    );
    assert_eq!(
        texts("It opened on May 5, 2013 last year."),
        ["May 5, 2013", "last year"]
    );
    assert_eq!(
        texts("Sales on May 5 rose last year."),
        ["May 5", "last year"]
    );
}

#[test]
fn hundreds_are_centuries_but_the_2000s_a_decade() {
    let era = |s: &str| match one(s).1 {
        R::Era { unit, value } => (unit, value),
        R::Modified { inner, .. } => match *inner {
            R::Era { unit, value } => (unit, value),
            other => panic!("{s}: {other:?}"),
        },
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(era("It was built in the 1800s."), (TimeUnit::Century, 18));
    assert_eq!(
        era("It was built in the late 1800s."),
        (TimeUnit::Century, 18)
    );
    assert_eq!(era("It grew in the mid-1900s."), (TimeUnit::Century, 19));
    assert_eq!(
        era("Prices fell through the 2000s."),
        (TimeUnit::Decade, 200)
    );
    assert_eq!(era("It was the early 2000s."), (TimeUnit::Decade, 200));
    assert_eq!(era("in the late 1810s"), (TimeUnit::Decade, 181));
    assert_eq!(era("in the late 1990s"), (TimeUnit::Decade, 199));
}

#[test]
fn ago_includes_amount_and_unit() {
    let (t, r) = one("Four years ago, he left.");
    assert_eq!(t, "Four years ago");
    assert_eq!(
        r,
        R::Offset {
            amount: Some(4.0),
            unit: TimeUnit::Year,
            direction: Direction::Before,
            anchor: Anchor::Dct
        }
    );
    assert_eq!(
        one("A year and a half ago, it began.").0,
        "A year and a half ago"
    );
}

#[test]
fn absolute_dates_in_news_forms() {
    for (s, want) in [
        ("on Sept. 11, 2023, at noon", "Sept. 11, 2023, at noon"),
        ("on 11 September 2023 in Seoul", "11 September 2023"),
        ("dated 2023-09-11 here", "2023-09-11"),
        ("dated 9/11/2023 here", "9/11/2023"),
        ("by Sept 11 they", "Sept 11"),
        ("in April 2019 Kim", "April 2019"),
        ("on Monday, Sept. 11, the", "Monday, Sept. 11"),
        ("on the 11th of September we", "the 11th of September"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
}

#[test]
fn timestamp_line_is_one_time() {
    let (t, r) = one("Updated Sept. 11, 2023, 2:42 p.m. ET");
    assert_eq!(t, "Sept. 11, 2023, 2:42 p.m. ET");
    assert!(matches!(
        r,
        R::Clock {
            hour: 14,
            minute: Some(42),
            ..
        }
    ));
}

#[test]
fn years_decades_centuries() {
    assert_eq!(texts("in 1998 and in the 1990s"), vec!["1998", "the 1990s"]);
    assert_eq!(texts("the 20th century was long"), vec!["the 20th century"]);
    assert_eq!(
        one("in the mid-1990s").1,
        R::Modified {
            modifier: TimexMod::Mid,
            inner: Box::new(R::Era {
                unit: TimeUnit::Decade,
                value: 199
            })
        }
    );
}

#[test]
fn the_before_a_modified_period_belongs_to_it() {
    for (s, want) in [
        ("peaked in the early 1980s, and", "the early 1980s"),
        ("held power in the late 1970s.", "the late 1970s"),
        ("a share by the mid-1990s.", "the mid-1990s"),
        (
            "from the low levels of the early summer",
            "the early summer",
        ),
        // without the article the modifier still opens the expression
        ("in early 1997 and", "early 1997"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert_eq!(
        one("in the early 1980s").1,
        R::Modified {
            modifier: TimexMod::Start,
            inner: Box::new(R::Era {
                unit: TimeUnit::Decade,
                value: 198
            })
        }
    );
    // `the late` before a name or a hyphenated adjective is no period
    no_timex_in(&[
        "the late Bob Hope sang",
        "the early bird wins",
        "the late President spoke",
        "an early-stage trial",
    ]);
}

#[test]
fn a_decade_after_a_possessive_is_an_age() {
    no_timex_in(&[
        "when Kopp was in his 30s, said",
        "two women in their early 20s were hurt",
        "a man in her mid-40s",
    ]);
    for (s, want) in [
        ("music of the 60s returned", "the 60s"),
        ("in the late 90s and", "the late 90s"),
        ("prices of early 90s levels", "early 90s"),
        ("born in his 1990s records", "1990s"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
}

#[test]
fn now_opening_a_sentence_before_a_comma_is_a_discourse_marker() {
    no_timex_in(&[
        "Now, he says, it looks like the West",
        "Now, following asset sales, the company",
    ]);
    for s in [
        "Now officials are investigating",
        "But for now, everyone involved",
        "they are beginning to develop it now, said",
        "Iraq now controls 20 percent",
    ] {
        let found = texts(s);
        assert!(
            found.len() == 1 && found[0].eq_ignore_ascii_case("now"),
            "{s}: {found:?}"
        );
    }
}

#[test]
fn a_rate_word_after_a_percentage_is_a_rate_of_change() {
    no_timex_in(&[
        "revenue to increase by 20% annually, while",
        "profits to rise 8.5% annually through the decade",
        "prices grew 3 percent monthly.",
    ]);
    // an amount paid at each period recurs; so does an event
    assert_eq!(
        texts("dividend payments of C$17.9 million annually."),
        vec!["annually"]
    );
    assert_eq!(
        texts("rallies held here annually for Marti"),
        vec!["annually"]
    );
}

#[test]
fn the_quarter_to_quarter_comparison_names_no_quarter() {
    assert_eq!(
        texts("The quarter-to-quarter comparison was also enhanced."),
        Vec::<&str>::new()
    );
    assert_eq!(
        texts("The quarter was terrible, analysts said."),
        vec!["The quarter"]
    );
}

#[test]
fn soon_counted_from_an_event_or_told_as_past_is_no_future() {
    for s in [
        "he had probably been killed soon after being captured",
        "will succeed him Feb. 1, soon after Mr. Davison reaches 65",
        "He was soon released and appeared healthy.",
        "as soon as possible",
        "soon thereafter, the talks resumed",
    ] {
        assert!(!texts(s).contains(&"soon"), "{s}: {:?}", texts(s));
    }
    for s in [
        "the budget will soon move into surplus",
        "they may soon seek an indictment",
        "healthy enough soon to repurchase debt",
    ] {
        assert_eq!(texts(s), vec!["soon"], "{s}");
    }
}

#[test]
fn months_and_gates() {
    assert_eq!(texts("it happened in July."), vec!["July"]);
    assert_eq!(texts("The talks May fail."), Vec::<&str>::new());
    assert_eq!(
        texts("Protesters March on the capital."),
        Vec::<&str>::new()
    );
    assert_eq!(texts("it was in May."), vec!["May"]);
    assert_eq!(texts("will launch one in October"), vec!["October"]);
}

#[test]
fn weekdays_and_day_parts() {
    assert_eq!(texts("said late Monday that"), vec!["late Monday"]);
    assert_eq!(texts("on Monday morning they"), vec!["Monday morning"]);
    assert_eq!(texts("he will speak tonight"), vec!["tonight"]);
    assert_eq!(texts("The Sunday Times reported"), Vec::<&str>::new());
}

#[test]
fn relative_expressions() {
    for (s, want) in [
        ("last week he", "last week"),
        ("this past weekend they", "this past weekend"),
        ("next month it", "next month"),
        ("in the coming days", "the coming days"),
        ("earlier this year we", "earlier this year"),
        ("yesterday it", "yesterday"),
        ("the following week it", "the following week"),
        ("a day later it", "a day later"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
}

#[test]
fn durations() {
    for (s, want) in [
        ("a two-day visit", "two-day"),
        ("for three years", "three years"),
        ("for 18 months", "18 months"),
        ("days of speculation", "days"),
        ("over the past three years", "the past three years"),
        ("for about two weeks", "about two weeks"),
        ("than a year-and-a-half later", "a year-and-a-half later"),
        ("in the months ahead", "the months ahead"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert_eq!(one("a mere two months after the summit").0, "two months");
    // after `now`, `a year-and-a-half later` is the length of time since then
    assert_eq!(
        texts("now a year-and-a-half later"),
        vec!["now", "a year-and-a-half"]
    );
}

#[test]
fn sets_ranges_refs_holidays_quarters() {
    assert_eq!(texts("meets every Tuesday"), vec!["every Tuesday"]);
    assert_eq!(texts("paid annually."), vec!["annually"]);
    assert_eq!(texts("twice a week."), vec!["twice a week"]);
    assert_eq!(texts("between 2020 and 2022"), vec!["2020", "2022"]);
    assert_eq!(texts("from May to July"), vec!["May", "July"]);
    assert_eq!(
        texts("now, currently, recently, soon"),
        vec!["now", "currently", "recently", "soon"]
    );
    assert_eq!(
        texts("before Christmas and New Year's Day"),
        vec!["Christmas", "New Year's Day"]
    );
    assert_eq!(
        texts("on Thanksgiving and at Easter"),
        vec!["Thanksgiving", "Easter"]
    );
    assert_eq!(texts("in the third quarter"), vec!["the third quarter"]);
    assert_eq!(texts("Q3 2023 results"), vec!["Q3 2023"]);
    assert_eq!(texts("in fiscal 1998"), vec!["fiscal 1998"]);
    assert_eq!(texts("last summer"), vec!["last summer"]);
    assert_eq!(texts("at 14:53 GMT"), vec!["14:53 GMT"]);
}

#[test]
fn false_positives_are_avoided() {
    no_timex_in(&[
        "the second time",
        "1,000 people",
        "open 24/7",
        "a 6-year-old boy",
        "Independence Day was a hit film",
        "cut its quarterly dividend",
        "$1.76 a year",
        "laughing out loud",
        "Pay ABC 2000",
    ]);
}

#[test]
fn spans_are_byte_offsets_on_nbsp_text() {
    let s = "It came\u{a0}last\u{a0}week, “soon”.";
    for (sp, _) in scan(s) {
        assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
    }
    assert_eq!(texts(s), vec!["last\u{a0}week", "soon"]);
}

#[test]
fn recognize_marks_creation_time() {
    let mut doc = Document::new(
        "d",
        "Headline\n\nUpdated Sept. 11, 2023, 2:42 p.m. ET\n\nKim left Monday.",
    );
    doc.blocks.push(newsline_model::Block {
        kind: BlockKind::Timestamp,
        span: Span::new(10, 46),
    });
    recognize_timexes(&mut doc);
    assert_eq!(doc.timexes.len(), 2);
    assert_eq!(doc.timexes[0].function.as_deref(), Some("CREATION_TIME"));
    assert_eq!(doc.timexes[1].text, "Monday");
    assert_eq!(doc.timexes[1].id, "t2");
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
        let mut doc = Document::new("p", s.clone());
        recognize_timexes(&mut doc);
        let mut last_end = 0;
        for t in &doc.timexes {
            prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            prop_assert_eq!(&t.text, &s[t.span.start..t.span.end]);
            prop_assert!(t.span.start >= last_end);
            last_end = t.span.end;
        }
    }

    #[test]
    fn time_like_strings_never_panic(s in "(the |last |next |early |about )?([0-9]{1,6}|[A-Z][a-z]{2,8}\\.?|two|a)( |-|/|:|, )([0-9]{1,6}|[a-z]{2,8})( ago| later|s| p\\.m\\.)?") {
        let _ = scan(&s);
    }
}

#[test]
fn clock_forms_of_wire_copy_and_chat() {
    assert_eq!(texts("doors open at 13h30 sharp"), vec!["13h30"]);
    // `1h` after `in` is an hour's length, never one o'clock
    assert!(matches!(
        one("back in 1h, she said").1,
        R::Duration {
            amount: Some(1.0),
            unit: TimeUnit::Hour
        }
    ));
    assert!(
        !scan("1H profit rose")
            .iter()
            .any(|(_, r)| matches!(r, R::Duration { .. }))
    );
    assert!(matches!(
        one("in 1/4 h").1,
        R::Offset {
            amount: Some(0.25),
            unit: TimeUnit::Hour,
            ..
        }
    ));
    assert!(matches!(one("see you 7p").1, R::Clock { hour: 19, .. }));
    assert_eq!(texts("box 4a"), Vec::<&str>::new());
    assert_eq!(texts("three twenty"), Vec::<&str>::new());
    assert!(matches!(
        one("at three twenty").1,
        R::Clock {
            hour: 3,
            minute: Some(20),
            either_half: true,
            ..
        }
    ));
    assert!(matches!(
        one("15:23:24").1,
        R::Clock {
            hour: 15,
            minute: Some(23),
            second: Some(24),
            either_half: false,
            ..
        }
    ));
    assert!(matches!(
        one("at 3:30 p.m.").1,
        R::Clock {
            either_half: false,
            ..
        }
    ));
    assert!(matches!(
        one("a quarter past 3pm").1,
        R::Clock {
            hour: 15,
            minute: Some(15),
            ..
        }
    ));
    assert!(matches!(
        one("3:15 in the afternoon").1,
        R::Clock {
            hour: 15,
            minute: Some(15),
            ..
        }
    ));
}

#[test]
fn part_of_day_settles_the_hour() {
    let tomorrow = Some(Box::new(R::Relative {
        unit: TimeUnit::Day,
        shift: 1,
        anchor: Anchor::Dct,
    }));
    assert_eq!(
        one("tomorrow afternoon at 5").1,
        R::Clock {
            hour: 17,
            minute: None,
            zone: None,
            day: tomorrow.clone(),
            second: None,
            either_half: false,
        }
    );
    assert!(matches!(one("8 tonight").1, R::Clock { hour: 20, .. }));
    assert!(matches!(
        one("this evening at 11").1,
        R::Clock { hour: 23, .. }
    ));
}

#[test]
fn periods_counted_inside_periods() {
    assert!(matches!(
        one("the first Tuesday of October").1,
        R::Within { index: Some(1), .. }
    ));
    assert!(matches!(
        one("the 3rd last week of 2018").1,
        R::Within {
            index: Some(-3),
            ..
        }
    ));
    assert!(matches!(
        one("the 20th of next month").1,
        R::Within { index: None, .. }
    ));
    assert!(matches!(one("Wednesday of next week").1, R::Within { .. }));
    assert!(matches!(
        one("Thanksgiving of next year").1,
        R::Within { .. }
    ));
    assert!(matches!(one("Fri, Jul 18").1, R::Within { .. }));
    assert_eq!(
        one("upcoming two weeks").1,
        R::Relative {
            unit: TimeUnit::Week,
            shift: 2,
            anchor: Anchor::Dct
        }
    );
    assert_eq!(
        one("3 fridays from now").1,
        R::Weekday {
            day: 5,
            shift: Some(3)
        }
    );
}

#[test]
fn quarters_holidays_and_numeric_forms() {
    assert!(matches!(
        one("results for 18q4").1,
        R::Part {
            index: 4,
            year: Some(2018),
            ..
        }
    ));
    assert!(matches!(
        one("this qtr").1,
        R::Relative { .. } | R::Part { .. }
    ));
    assert_eq!(
        texts("sales on Black Friday 2017 rose"),
        vec!["Black Friday 2017"]
    );
    assert_eq!(texts("since Pentecost"), vec!["Pentecost"]);
    assert_eq!(texts("filed 2015-3-3"), vec!["2015-3-3"]);
    assert_eq!(texts("on 31-Oct-74"), vec!["31-Oct-74"]);
    assert_eq!(texts("by 10.31.1974"), vec!["10.31.1974"]);
    assert_eq!(texts("the 1st Battalion"), Vec::<&str>::new());
}

#[test]
fn possessive_today_generic_or_dated() {
    assert_eq!(texts("It is for today's youth what"), Vec::<&str>::new());
    assert_eq!(texts("advertised in today's editions"), vec!["today"]);
    assert_eq!(texts("but tomorrow's vote matters"), vec!["tomorrow"]);
}

#[test]
fn the_year_alone_is_the_current_one_and_a_fiscal_year_its_length() {
    let (t, r) = one("For the year, volume was flat.");
    assert_eq!(t, "the year");
    assert!(matches!(
        r,
        R::Relative {
            unit: TimeUnit::Year,
            shift: 0,
            ..
        }
    ));
    let found = scan("Net income for the year ended Sept. 30 rose.");
    assert!(matches!(
        found.first(),
        Some((
            _,
            R::Duration {
                unit: TimeUnit::Year,
                ..
            }
        ))
    ));
    // where the clause ends, the year before the one being told
    assert_eq!(
        texts("It fell from $450 million the year before."),
        vec!["the year before"]
    );
    assert_eq!(
        texts("A hearing the week of March 6 was set."),
        vec!["the week of March 6"]
    );
}

#[test]
fn clocks_read_only_when_the_phrase_stands_alone() {
    assert_eq!(texts("twelve oh three"), vec!["twelve oh three"]);
    assert_eq!(texts("twelve-zero-three"), vec!["twelve-zero-three"]);
    assert!(texts("she counted twelve oh three times").is_empty());
    assert_eq!(texts("at 1030"), vec!["1030"]);
    assert!(matches!(
        one("around 1030").1.unwrap_mod().0,
        R::Clock {
            hour: 10,
            minute: Some(30),
            ..
        }
    ));
    // an index level or a count in prose
    assert!(texts("The index closed at 1030.").is_empty());
    assert!(texts("at 1030 people").is_empty());
    assert!(texts("at 1075").is_empty());
}

#[test]
fn next_weekday_is_next_weeks_unless_told_after_a_day() {
    assert!(matches!(one("next wednesday").1, R::Within { .. }));
    assert!(matches!(
        one("this coming Wednesday").1,
        R::Weekday { shift: Some(1), .. }
    ));
    assert!(matches!(
        one("I went back the next Tuesday").1,
        R::Weekday { shift: Some(1), .. }
    ));
}

#[test]
fn in_an_amount_alone_is_a_moment_ahead() {
    assert!(matches!(
        one("in 2 minutes").1,
        R::Offset {
            direction: Direction::After,
            ..
        }
    ));
    assert!(matches!(
        one("It will close in two weeks.").1,
        R::Duration { .. }
    ));
}

#[test]
fn fractions_of_an_hour_are_amounts() {
    for (s, want) in [
        ("it took a quarter of an hour.", 0.25),
        ("it took 1/2 hour.", 0.5),
        ("it took 3/4 hour.", 0.75),
    ] {
        assert!(
            matches!(one(s).1, R::Duration { amount: Some(v), unit: TimeUnit::Hour } if v == want),
            "{s}"
        );
    }
    // a date, not a fraction
    assert!(!matches!(one("on 1/4/2019 it").1, R::Duration { .. }));
}

#[test]
fn spaced_and_half_clocks_only_as_a_lone_phrase() {
    for (s, h, m) in [
        ("at 3 15", 3, 15),
        ("at 12 15", 12, 15),
        ("half three", 3, 30),
    ] {
        assert!(
            matches!(one(s).1, R::Clock { hour, minute: Some(mi), either_half: true, .. } if hour == h && mi == m),
            "{s}"
        );
    }
    assert!(texts("they met at 3 15 times").is_empty());
    assert!(texts("Only half three of them came.").is_empty());
}

fn set_of(s: &str) -> (String, TimeUnit, u32, Option<u32>) {
    match one(s) {
        (
            t,
            R::Set {
                unit, every, times, ..
            },
        ) => (t, unit, every, times),
        other => panic!("{s:?} -> {other:?}"),
    }
}

#[test]
fn rate_words_as_adverbs_are_sets() {
    for (s, want, unit, every) in [
        (
            "The volunteers meet daily near the pier.",
            "daily",
            TimeUnit::Day,
            1,
        ),
        (
            "The bulletin is printed weekly by the club.",
            "weekly",
            TimeUnit::Week,
            1,
        ),
        ("Rent is due monthly.", "monthly", TimeUnit::Month, 1),
        (
            "Dividends are paid quarterly and in cash.",
            "quarterly",
            TimeUnit::Quarter,
            1,
        ),
        ("The index is revised yearly.", "yearly", TimeUnit::Year, 1),
        (
            "Buses leave hourly from the square.",
            "hourly",
            TimeUnit::Hour,
            1,
        ),
        ("The choir sings biweekly.", "biweekly", TimeUnit::Week, 2),
        (
            "Meetings are held bi-weekly.",
            "bi-weekly",
            TimeUnit::Week,
            2,
        ),
    ] {
        assert_eq!(set_of(s), (want.to_owned(), unit, every, None), "{s}");
    }
    assert_eq!(
        set_of("Take the pills twice daily."),
        ("twice daily".to_owned(), TimeUnit::Day, 1, Some(2))
    );
    assert!(matches!(
        one("The guards patrol nightly.").1,
        R::Set {
            part: Some(newsline_model::reading::DayPart::Night),
            ..
        }
    ));
}

#[test]
fn rate_words_before_nouns() {
    // a recurring event
    assert_eq!(texts("They held a daily vigil."), vec!["daily"]);
    assert_eq!(texts("in her weekly column"), vec!["weekly"]);
    assert_eq!(texts("on a daily basis"), vec!["daily"]);
    assert_eq!(texts("Daily routines changed."), vec!["Daily"]);
    assert_eq!(texts("the hourly bulletin"), vec!["hourly"]);
    // the period a report covers
    assert!(texts("Quarterly earnings rose.").is_empty());
    assert!(texts("the monthly figures").is_empty());
    assert!(texts("its yearly report").is_empty());
    assert!(texts("the annual meeting").is_empty());
    assert!(texts("the average daily output of the mine").is_empty());
    assert!(texts("daily trading volume fell").is_empty());
    // a newspaper
    assert!(texts("the party daily Pravda wrote").is_empty());
    assert!(texts("an interview with China Daily").is_empty());
    assert!(texts("The weekly reported a loss.").is_empty());
    assert!(texts("He edits a weekly.").is_empty());
}

fn day_part_shift(s: &str) -> (String, i32) {
    match one(s) {
        (t, R::DayPart { day: Some(day), .. }) => match *day {
            R::Relative {
                unit: TimeUnit::Day,
                shift,
                anchor: Anchor::Previous,
            } => (t, shift),
            other => panic!("{s:?} -> {other:?}"),
        },
        other => panic!("{s:?} -> {other:?}"),
    }
}

#[test]
fn parts_of_a_day_the_story_told() {
    for (s, want, shift) in [
        ("The ferry sank the next morning.", "the next morning", 1),
        (
            "They left the following night by car.",
            "the following night",
            1,
        ),
        ("He was seen that evening near the dock.", "that evening", 0),
        (
            "It had rained the previous afternoon.",
            "the previous afternoon",
            -1,
        ),
        ("She had called the night before.", "the night before", -1),
        (
            "The mood was grim the morning after.",
            "the morning after",
            1,
        ),
    ] {
        assert_eq!(day_part_shift(s), (want.to_owned(), shift), "{s}");
    }
    // counted from something that is no time
    assert!(texts("the night before the vote").is_empty());
    assert!(matches!(
        one("They met the next morning at 9.").1,
        R::Clock {
            hour: 9,
            day: Some(_),
            ..
        }
    ));
}

#[test]
fn election_day_and_the_ides() {
    use newsline_model::reading::Holiday;
    for (s, want, h) in [
        (
            "Polls close on Election Day.",
            "Election Day",
            Holiday::ElectionDay,
        ),
        (
            "Caesar fell on the Ides of March.",
            "the Ides of March",
            Holiday::IdesOfMarch,
        ),
        (
            "Beware the ides of march.",
            "the ides of march",
            Holiday::IdesOfMarch,
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(r, R::Holiday { holiday, .. } if holiday == h),
            "{s}"
        );
    }
}

fn shifted(s: &str) -> (String, f64, TimeUnit, Direction, R) {
    match one(s) {
        (
            t,
            R::Shifted {
                amount,
                unit,
                direction,
                from,
            },
        ) => (t, amount, unit, direction, *from),
        other => panic!("{s:?} -> {other:?}"),
    }
}

#[test]
fn shifts_from_a_named_time_are_one_expression() {
    use newsline_model::reading::Holiday;
    let (t, n, u, d, from) = shifted("The shop reopened three days after Easter.");
    assert_eq!(
        (t.as_str(), n, u, d),
        (
            "three days after Easter",
            3.0,
            TimeUnit::Day,
            Direction::After
        )
    );
    assert!(matches!(
        from,
        R::Holiday {
            holiday: Holiday::Easter,
            ..
        }
    ));
    let (t, _, u, d, _) = shifted("Ads ran two weeks before Election Day.");
    assert_eq!(
        (t.as_str(), u, d),
        (
            "two weeks before Election Day",
            TimeUnit::Week,
            Direction::Before
        )
    );
    let (t, n, u, _, _) = shifted("They wed one year after Christmas 2001.");
    assert_eq!(
        (t.as_str(), n, u),
        ("one year after Christmas 2001", 1.0, TimeUnit::Year)
    );
    let (t, n, u, d, from) = shifted("She flew home the day before last Tuesday.");
    assert_eq!(
        (t.as_str(), n, u, d),
        (
            "the day before last Tuesday",
            1.0,
            TimeUnit::Day,
            Direction::Before
        )
    );
    assert!(matches!(
        from,
        R::Weekday {
            day: 2,
            shift: Some(-1)
        }
    ));
    assert_eq!(
        shifted("Sales peak the day after Christmas.").0,
        "the day after Christmas"
    );
    assert_eq!(
        shifted("Five days after March 3, 2004, it sank.").0,
        "Five days after March 3, 2004"
    );
    assert_eq!(
        texts("six business days after May 2"),
        vec!["six business days", "May 2"]
    );
    // counted from an event: the length of time alone, as before
    assert_eq!(texts("two months after the summit"), vec!["two months"]);
    assert!(texts("the day after his death").is_empty());
    assert!(matches!(
        one("the night before Christmas").1,
        R::DayPart { day: Some(_), .. }
    ));
}

#[test]
fn holiday_weeks_are_the_week_holding_them() {
    for (s, want) in [
        ("Fares rise in Easter week.", "Easter week"),
        ("during Christmas Week", "Christmas Week"),
        ("Thanksgiving week traffic was light.", "Thanksgiving week"),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(&r, R::Within { inner, period, .. }
                if matches!(**inner, R::Duration { amount: None, unit: TimeUnit::Week })
                    && matches!(**period, R::Holiday { .. })),
            "{s} -> {r:?}"
        );
    }
    assert_eq!(texts("a Christmas weekend"), vec!["Christmas"]);
}

#[test]
fn loose_lengths_are_approximate() {
    for (s, want, amount, unit) in [
        (
            "It could take a month or two.",
            "a month or two",
            1.0,
            TimeUnit::Month,
        ),
        (
            "We stayed a day or two in Lyon.",
            "a day or two",
            1.0,
            TimeUnit::Day,
        ),
        (
            "It lasts two or three weeks.",
            "two or three weeks",
            2.0,
            TimeUnit::Week,
        ),
        ("for 4 or 5 years", "4 or 5 years", 4.0, TimeUnit::Year),
        (
            "over the next two years or so",
            "the next two years or so",
            2.0,
            TimeUnit::Year,
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert_eq!(
            r,
            R::Modified {
                modifier: TimexMod::Approx,
                inner: Box::new(R::Duration {
                    amount: Some(amount),
                    unit
                })
            },
            "{s}"
        );
    }
    assert_eq!(
        texts("Then, a week or so ago, it rained."),
        vec!["a week or so ago"]
    );
    // a choice, not a hedge
    assert!(texts("one or two apples").is_empty());
}

#[test]
fn compositions_with_clock_and_offset() {
    // a day named as a count from today keeps the day
    let (t, r) = one("Come back 3 years from today.");
    assert_eq!(t, "3 years from today");
    assert!(matches!(
        r,
        R::Shifted {
            amount: 3.0,
            unit: TimeUnit::Year,
            ..
        }
    ));
    assert_eq!(one("a day from right now").0, "a day from right now");
    let (t, r) = one("today in one hour");
    assert_eq!(t, "today in one hour");
    assert!(matches!(
        r,
        R::Offset {
            unit: TimeUnit::Hour,
            anchor: Anchor::Dct,
            ..
        }
    ));
    let (t, r) = one("Call me in 7 days at 5pm.");
    assert_eq!(t, "7 days at 5pm");
    assert!(matches!(
        r,
        R::Clock {
            hour: 17,
            day: Some(_),
            ..
        }
    ));
    let (t, r) = one("They dined in the evening at eight.");
    assert_eq!(t, "the evening at eight");
    assert!(matches!(
        r,
        R::Clock {
            hour: 20,
            day: Some(_),
            ..
        }
    ));
    // alone it asks for the moment; in prose it is the length
    assert!(matches!(
        one("in three-quarters of an hour").1,
        R::Offset {
            amount: Some(0.75),
            unit: TimeUnit::Hour,
            ..
        }
    ));
    let (t, r) = one("The crew finished in three-quarters of an hour.");
    assert_eq!(t, "three-quarters of an hour");
    assert_eq!(
        r,
        R::Duration {
            amount: Some(0.75),
            unit: TimeUnit::Hour
        }
    );
    let (t, r) = one("Meet at 3ish pm.");
    assert_eq!(t, "3ish pm");
    assert!(matches!(
        r,
        R::Modified { modifier: TimexMod::Approx, inner } if matches!(*inner, R::Clock { hour: 15, .. })
    ));
    for (s, want) in [
        ("Augustus died in 14 A.D. at Nola.", "14 A.D."),
        ("Augustus died in AD 14.", "AD 14"),
        ("in 14 a.d.", "14 a.d."),
        ("by 476 CE the west fell", "476 CE"),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(
                r,
                R::Calendar {
                    year: Some(14 | 476),
                    month: None,
                    ..
                }
            ),
            "{s}"
        );
    }
    assert_eq!(texts("an ad 30 seconds long"), vec!["30 seconds"]);
    assert!(texts("3ish people came").is_empty());
}

#[test]
fn a_hedged_relative_period_keeps_its_hedge() {
    let (t, r) = one("Rates may fall over the next year or so.");
    assert_eq!(t, "the next year or so");
    assert!(matches!(
        r,
        R::Modified { modifier: TimexMod::Approx, inner } if matches!(*inner, R::Relative { unit: TimeUnit::Year, .. })
    ));
}

#[test]
fn middles_of_day_parts_carry_mod_mid() {
    for (s, want) in [
        ("By midmorning the ferry had docked.", "midmorning"),
        ("The crowd thinned in mid afternoon.", "mid afternoon"),
        ("Rain set in mid-evening on the coast.", "mid-evening"),
        (
            "The rescue ended mid-afternoon yesterday, police said.",
            "mid-afternoon yesterday",
        ),
        (
            "Talks broke off Friday midafternoon.",
            "Friday midafternoon",
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(
                r,
                R::Modified {
                    modifier: TimexMod::Mid,
                    ..
                }
            ),
            "{s}: {r:?}"
        );
    }
    // `mid-November` stays a month
    assert_eq!(texts("Rates rise by mid-November."), vec!["mid-November"]);
}

#[test]
fn overnight_is_a_night_only_about_the_news() {
    for s in [
        "Tin prices slid overnight.",
        "Tin prices slid overnight in Singapore.",
        "Overnight, the river burst its banks.",
        "The overnight shelling woke the town.",
    ] {
        assert_eq!(texts(s).len(), 1, "{s}");
        assert!(texts(s)[0].eq_ignore_ascii_case("overnight"), "{s}");
        assert!(matches!(one(s).1, R::DayPart { .. }), "{s}");
    }
    for s in [
        "The bakery became an overnight sensation.",
        "They paid for overnight shipping.",
        "She packed an overnight bag.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
}

#[test]
fn lowercase_and_bracketed_zones_follow_only_a_clock() {
    for (s, want) in [
        ("meet Friday 7:15 cet", "Friday 7:15 cet"),
        ("call Monday 6 pm edt", "Monday 6 pm edt"),
        ("kickoff Sunday 3 pm (CET)", "Sunday 3 pm (CET)"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // two-letter zones and zones away from a clock stay words
    assert_eq!(texts("at 7:15 et al."), vec!["7:15"]);
    assert!(texts("the pst and gmt files").is_empty());
}

#[test]
fn hedged_offsets_are_approximate_dates() {
    for (s, want) in [
        (
            "The mayor resigned a fortnight or so ago.",
            "a fortnight or so ago",
        ),
        (
            "Sales dipped three months or so earlier.",
            "three months or so earlier",
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(
                &r,
                R::Modified {
                    modifier: TimexMod::Approx,
                    inner,
                } if matches!(**inner, R::Offset { .. })
            ),
            "{s}: {r:?}"
        );
    }
    assert!(matches!(one("It shut a month ago.").1, R::Offset { .. }));
}

#[test]
fn a_period_is_a_quarter_only_after_one() {
    let s = "Acme's third-quarter sales rose. In the latest period, margins narrowed.";
    assert_eq!(texts(s), vec!["third-quarter", "the latest period"]);
    assert!(texts("In the latest period, the home side scored twice.").is_empty());
}

#[test]
fn month_and_day_run_together() {
    assert_eq!(texts("Fri, Mar8"), vec!["Fri, Mar8"]);
    assert_eq!(texts("Oct21"), vec!["Oct21"]);
    assert_eq!(texts("due 9june 2031"), vec!["9june 2031"]);
    for s in [
        "The B737 and the A320 flew.",
        "Gene Jun2 binds it.",
        "Code Dec12 ran late.",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
}

#[test]
fn open_lengths_only_where_a_length_is_asked_for() {
    for (s, want) in [
        ("The ferry sat idle for a while.", "a while"),
        ("Repairs will take a long time.", "a long time"),
        ("After some time, the crowd left.", "some time"),
        (
            "The strike lasted a rather lengthy period.",
            "a rather lengthy period",
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert_eq!(r, R::VagueDuration, "{s}");
    }
    assert_eq!(
        one("The mill shut some time ago.").1,
        R::Ref {
            point: newsline_model::reading::RefPoint::Past
        }
    );
    for s in [
        "Both sides fired at the same time.",
        "By the time help came, the fire was out.",
        "Once in a while the mayor visits.",
        "That reform was a long time coming.",
        "Clerks waited, for some time later the doors opened.",
    ] {
        assert!(
            !scan(s).iter().any(|(_, r)| *r == R::VagueDuration),
            "{s}: {:?}",
            texts(s)
        );
    }
}

#[test]
fn counted_words_that_name_an_amount() {
    for (s, want, amount, unit) in [
        (
            "Prices may climb over the next couple of years.",
            "the next couple of years",
            2.0,
            TimeUnit::Year,
        ),
        (
            "The bridge stood for almost a hundred years.",
            "almost a hundred years",
            100.0,
            TimeUnit::Year,
        ),
        (
            "Net fell from the year-earlier nine months.",
            "the year-earlier nine months",
            9.0,
            TimeUnit::Month,
        ),
        (
            "It will be spread over a three-year period.",
            "a three-year period",
            3.0,
            TimeUnit::Year,
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        let (inner, _) = r.unwrap_mod();
        assert_eq!(
            inner,
            &R::Duration {
                amount: Some(amount),
                unit
            },
            "{s}"
        );
    }
    // `a few` stays vague in prose, and is three only in a phrase asked alone
    assert_eq!(
        one("Officials expect a decision in a few hours.").1,
        R::Duration {
            amount: None,
            unit: TimeUnit::Hour
        }
    );
    assert!(matches!(
        one("in a few hours").1,
        R::Offset {
            amount: Some(3.0),
            ..
        }
    ));
}

#[test]
fn the_same_period_a_year_back_is_one_expression() {
    for (s, want) in [
        (
            "Sales rose from the corresponding period last year.",
            "the corresponding period last year",
        ),
        (
            "Profit doubled from the same period a year earlier.",
            "the same period a year earlier",
        ),
        (
            "Revenue was flat against the comparable quarter of the previous year.",
            "the comparable quarter of the previous year",
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        assert!(
            matches!(
                r,
                R::Relative {
                    unit: TimeUnit::Quarter,
                    shift: -5,
                    ..
                }
            ),
            "{s}"
        );
    }
}

#[test]
fn at_the_moment_alone_is_the_present() {
    assert!(texts("Talks are stalled at the moment, aides said.").is_empty());
    assert_eq!(
        one("at the moment").1,
        R::Ref {
            point: RefPoint::Present
        }
    );
    assert!(texts("He froze at the moment of impact.").is_empty());
    assert!(texts("Crowds cheered the moment he landed.").is_empty());
}

#[test]
fn the_bare_day_number_alone_is_a_day() {
    assert_eq!(one("the 24").1, cal_day(24));
    assert!(texts("He scored the 24 points they needed.").is_empty());
}

fn cal_day(day: u32) -> R {
    R::Calendar {
        year: None,
        month: None,
        day: Some(day),
        shift: None,
    }
}

#[test]
fn a_month_of_every_year_recurs() {
    for (s, want_text, want_month) in [
        (
            "The festival returns each July to the old port.",
            "each July",
            7,
        ),
        (
            "Every November the council sets its budget.",
            "Every November",
            11,
        ),
        (
            "Prices fall every Jan. after the holidays.",
            "every Jan.",
            1,
        ),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want_text, "{s}");
        assert!(
            matches!(r, R::Set { month: Some(m), each: true, .. } if m == want_month),
            "{s}: {r:?}"
        );
    }
    // lowercase in capitalized prose is the verb or noun, never the month
    assert!(
        !texts("Crowds every march through the square.")
            .iter()
            .any(|t| t.contains("march"))
    );
    // a count before the month is no month of every year
    assert!(
        !texts("They meet every two March in Geneva.")
            .iter()
            .any(|t| t.contains("March"))
    );
}

#[test]
fn a_part_of_a_weekday_in_the_plural_recurs() {
    let (t, r) = one("The market opens on Sunday mornings.");
    assert_eq!(t, "Sunday mornings");
    assert!(matches!(
        r,
        R::Set {
            weekday: Some(7),
            part: Some(_),
            ..
        }
    ));
    assert_eq!(texts("He left Sunday morning."), vec!["Sunday morning"]);
}

fn nth(s: &str) -> (String, R, R, u32, Option<Direction>) {
    match one(s) {
        (
            t,
            R::Nth {
                inner,
                from,
                index,
                direction,
            },
        ) => (t, *inner, *from, index, direction),
        other => panic!("{s:?} -> {other:?}"),
    }
}

#[test]
fn weekdays_counted_from_a_named_day() {
    use newsline_model::reading::Holiday;
    let (t, inner, from, k, d) = nth("Talks resume the first Monday after Easter, officials said.");
    assert_eq!(t, "the first Monday after Easter");
    assert_eq!(
        (inner, k, d),
        (
            R::Weekday {
                day: 1,
                shift: None
            },
            1,
            Some(Direction::After)
        )
    );
    assert!(matches!(
        from,
        R::Holiday {
            holiday: Holiday::Easter,
            ..
        }
    ));
    let (t, _, _, k, _) = nth("third tuesday after christmas 2014");
    assert_eq!((t.as_str(), k), ("third tuesday after christmas 2014", 3));
    let (t, _, _, k, d) = nth("The vote falls the second Tuesday before May 5, 2014.");
    assert_eq!(
        (t.as_str(), k, d),
        (
            "the second Tuesday before May 5, 2014",
            2,
            Some(Direction::Before)
        )
    );
    assert_eq!(
        nth("The market reopens the Monday after Christmas.").0,
        "the Monday after Christmas"
    );
    // an event is no anchor here; without `the` or an ordinal the weekday stands alone
    assert_eq!(texts("the first Monday after the election"), vec!["Monday"]);
    assert_eq!(
        texts("They met on Monday after Christmas shopping."),
        vec!["Monday", "Christmas"]
    );
}

#[test]
fn the_closest_weekday_or_holiday_to_a_day() {
    use newsline_model::reading::Holiday;
    let (t, inner, from, k, d) = nth("the closest Monday to Oct 5th");
    assert_eq!(
        (t.as_str(), k, d),
        ("the closest Monday to Oct 5th", 1, None)
    );
    assert_eq!(
        inner,
        R::Weekday {
            day: 1,
            shift: None
        }
    );
    assert_eq!(from, cal_day_month(5, 10));
    assert_eq!(nth("the second closest Mon to October fifth").3, 2);
    let (_, inner, _, k, _) = nth("the 3rd closest xmas to today");
    assert_eq!(k, 3);
    assert!(matches!(
        inner,
        R::Holiday {
            holiday: Holiday::Christmas,
            ..
        }
    ));
    assert_eq!(
        nth("We sail the nearest Friday to May 1.").0,
        "the nearest Friday to May 1"
    );
    // `closest` needs its `the` and a day to count from
    assert!(texts("the closest friend to him").is_empty());
}

fn cal_day_month(day: u32, month: u32) -> R {
    R::Calendar {
        year: None,
        month: Some(month),
        day: Some(day),
        shift: None,
    }
}

#[test]
fn told_clocks_in_words() {
    for s in [
        "ten thirty",
        "ten-thirty",
        "at ten thirty.",
        "seven forty-five",
    ] {
        assert!(
            matches!(
                one(s).1,
                R::Clock {
                    minute: Some(30 | 45),
                    ..
                }
            ),
            "{s}"
        );
    }
    // counts, ages, lengths and shares, and a pair that is as likely a count
    assert!(texts("They hired ten thirty-year-olds.").is_empty());
    assert!(texts("Sales rose ten thirty percent.").is_empty());
    assert!(texts("ten thirty people came").is_empty());
    assert!(texts("three twenty").is_empty());
    assert_eq!(
        texts("He bought ten thirty-second ads."),
        vec!["thirty-second"]
    );
}

#[test]
fn an_hour_with_its_zone_after_at_or_a_day() {
    let (t, r) = one("The launch is Thu at 8 GMT.");
    assert_eq!(t, "Thu at 8 GMT");
    assert!(matches!(
        r,
        R::Clock {
            hour: 8,
            minute: None,
            zone: Some(_),
            day: Some(_),
            ..
        }
    ));
    assert_eq!(texts("talks at 8 gmt"), vec!["8 gmt"]);
    assert!(texts("The Group 8 EST pact.").is_empty());
    assert_eq!(texts("at 0900 GMT"), vec!["0900 GMT"]);
}

#[test]
fn two_digit_year_only_closing_a_day_and_month() {
    assert_eq!(
        one("14th April 15").1,
        R::Calendar {
            year: Some(2015),
            month: Some(4),
            day: Some(14),
            shift: None
        }
    );
    assert_eq!(texts("It was due on 14 April 15."), vec!["14 April 15"]);
    assert_eq!(texts("On 14th April 15 people died."), vec!["14th April"]);
    assert_eq!(texts("from 14 April 15-20"), vec!["14 April"]);
}

#[test]
fn half_hours_and_right_now() {
    assert!(matches!(
        one("in 2 and an half hours").1,
        R::Offset {
            amount: Some(2.5),
            unit: TimeUnit::Hour,
            ..
        }
    ));
    assert!(matches!(
        one("a day from right now").1,
        R::Shifted {
            amount: 1.0,
            unit: TimeUnit::Day,
            ..
        }
    ));
}

#[test]
fn lowercase_holidays_that_are_no_english_word() {
    assert_eq!(
        texts("They wed one year After christmas."),
        vec!["one year After christmas"]
    );
    assert_eq!(
        texts("On guru ravidass Jayanti 2018 we met."),
        vec!["guru ravidass Jayanti 2018"]
    );
    // an ordinary word in lowercase stays a word
    assert!(
        !texts("It was a feast of thanksgiving, He said.")
            .iter()
            .any(|t| t.contains("thanksgiving"))
    );
}

/// The hashed number table answers as the two lists it is built from, in any
/// case, and knows no other word.
#[test]
fn number_value_agrees_with_the_lists() {
    for &(w, n) in lexicon::SMALL_NUMBERS {
        for form in [w.to_owned(), w.to_uppercase()] {
            assert_eq!(lexicon::number_value(&form), Some((n, false)), "{form}");
        }
    }
    for &(w, n) in lexicon::TENS {
        for form in [w.to_owned(), w.to_uppercase()] {
            assert_eq!(lexicon::number_value(&form), Some((n, true)), "{form}");
        }
    }
    for w in [
        "",
        "on",
        "tw",
        "twentyone",
        "hundred",
        "the",
        "ninety-",
        "zeros",
    ] {
        assert_eq!(lexicon::number_value(w), None, "{w}");
    }
}

/// The hashed month and weekday tables answer as the lists they index.
#[test]
fn month_and_weekday_agree_with_the_lists() {
    let mut words: Vec<String> = ["", "m", "mayo", "the", "sunday2", "jan.", "Thursdays"]
        .iter()
        .map(|w| (*w).to_owned())
        .collect();
    for &(w, _) in lexicon::MONTHS.iter().chain(lexicon::WEEKDAYS) {
        words.extend([w.to_owned(), w.to_uppercase(), format!("{w}s")]);
    }
    for w in &words {
        assert_eq!(
            lexicon::month(w),
            lexicon::lookup(lexicon::MONTHS, w),
            "{w}"
        );
        assert_eq!(
            lexicon::weekday(w),
            lexicon::lookup(lexicon::WEEKDAYS, w),
            "{w}"
        );
    }
}

#[test]
fn the_second_day_of_a_pair_is_a_date_of_its_own() {
    assert_eq!(
        texts("the NATO summit on April 24 and 25. It was"),
        vec!["April 24", "25"]
    );
    assert_eq!(texts("on May 3 or 4, officials said"), vec!["May 3", "4"]);
    assert_eq!(
        scan("on April 24 and 25.").get(1).map(|(_, r)| r.clone()),
        Some(R::Calendar {
            year: None,
            month: Some(4),
            day: Some(25),
            shift: None
        })
    );
    for (s, want) in [
        ("on May 3 and 20 others were hurt", vec!["May 3"]),
        ("on June 5 and 4 percent", vec!["June 5"]),
        ("on June 5 and 2, 3 and 4.", vec!["June 5"]),
        ("on Dec. 24 and 25, 1999.", vec!["Dec. 24", "1999"]),
    ] {
        assert_eq!(texts(s), want, "{s}");
    }
}

#[test]
fn a_capitalized_time_word_after_a_capitalized_word_ends_a_name() {
    no_timex_in(&[
        "the quote ran in USA Today, a paper",
        "reported by Channel Nine News Now.",
        "the hostages, Jane King and Robert Weeks, were freed",
        "an editorial in the People’s Daily said",
        "the uprisings of the Arab Spring spread",
        "click Order Now to pay",
        "he told CBS's 60 Minutes that",
        "Get 4 Months of music for $1",
    ]);
    // the same words in prose, or opening a sentence, are times
    assert_eq!(texts("The paper said today that"), vec!["today"]);
    assert_eq!(
        texts("He left Boston. Today he lives abroad."),
        vec!["Today"]
    );
    assert_eq!(texts("Sales rose.\nNow the firm hires."), vec!["Now"]);
    assert_eq!(texts("The show airs on Monday."), vec!["Monday"]);
    assert_eq!(texts("Polls close on Election Day."), vec!["Election Day"]);
    assert_eq!(texts("In May the talks resumed."), vec!["May"]);
}

#[test]
fn a_day_ordinal_now_or_soon_hyphened_to_a_word_is_part_of_it() {
    no_timex_in(&[
        "said the 12th-seeded player",
        "her now-retired coach",
        "Dr. Ann Soon-Yi spoke; Soon-Yi left",
    ]);
    // a past reference keeps its time before a hyphen
    assert_eq!(texts("a recently-built road"), vec!["recently"]);
    assert_eq!(texts("a five-year-long feud"), vec!["five-year-long"]);
    assert_eq!(
        texts("due on the 12th - a week late"),
        vec!["the 12th", "a week"]
    );
}

#[test]
fn an_article_before_a_plural_unit_belongs_to_a_later_noun() {
    assert_eq!(texts("ended a decades-long feud"), vec!["decades-long"]);
    assert_eq!(texts("a months-old report"), vec!["months-old"]);
    assert_eq!(texts("after years of talks"), vec!["years"]);
    no_timex_in(&[
        "pupils aged 12 to 15-years-old",
        "The 47 year old was a guest",
    ]);
    // one of a unit, or more than one, still counts
    assert_eq!(texts("a decade ago"), vec!["a decade ago"]);
    assert_eq!(
        texts("for one and a half years"),
        vec!["one and a half years"]
    );
    assert_eq!(texts("for a few years"), vec!["a few years"]);
    assert_eq!(texts("a year-and-a-half wait"), vec!["a year-and-a-half"]);
}

#[test]
fn light_years_are_a_distance() {
    no_timex_in(&[
        "a cloud 40 light-years across",
        "the star is four light years away",
        "one light-year from here",
    ]);
    assert_eq!(texts("it took four years"), vec!["four years"]);
}

#[test]
fn a_quarter_or_half_code_after_a_brand_is_a_model() {
    no_timex_in(&[
        "she drives an Audi Q5 to work",
        "powered by the Apple H1 chip",
        "the Audi Q3.",
    ]);
    for s in [
        "Alphabet Q3 earnings beat forecasts",
        "In Q3, sales rose",
        "sales rose in Q3",
        "Daimler H1 profit fell",
        "During H2 the firm grew",
    ] {
        assert_eq!(texts(s).len(), 1, "{s}");
    }
}

#[test]
fn halves_and_quarters_of_a_unit() {
    for (s, want, amount, unit) in [
        (
            "ruled for a quarter-century",
            "a quarter-century",
            0.25,
            TimeUnit::Century,
        ),
        (
            "toured in almost a quarter century",
            "almost a quarter century",
            0.25,
            TimeUnit::Century,
        ),
        (
            "It lasted a half century.",
            "a half century",
            0.5,
            TimeUnit::Century,
        ),
        (
            "for a quarter of a century",
            "a quarter of a century",
            0.25,
            TimeUnit::Century,
        ),
        ("a half-hour drive", "a half-hour", 0.5, TimeUnit::Hour),
        (
            "coached for six-and-a-half seasons and four-and-a-half years",
            "four-and-a-half years",
            4.5,
            TimeUnit::Year,
        ),
    ] {
        let found = scan(s);
        let (sp, r) = found.last().unwrap();
        assert_eq!(&s[sp.start..sp.end], want, "{s}");
        let d = match r.unwrap_mod().0 {
            R::Duration { amount, unit } => (*amount, *unit),
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(d, (Some(amount), unit), "{s}");
    }
    // a quarter before any other word is the quarter itself
    assert_eq!(texts("a quarter later"), vec!["a quarter later"]);
    no_timex_in(&["ran a quarter mile", "a half-page ad"]);
}

#[test]
fn the_article_before_a_part_of_a_nested_period_belongs_to_it() {
    assert_eq!(
        texts("by the end of the next decade"),
        vec!["the end of the next decade"]
    );
    assert_eq!(
        texts("The end of the following month"),
        vec!["The end of the following month"]
    );
    // a weak word still needs a time word within its phrase
    no_timex_in(&["the end of the story of the war"]);
}

#[test]
fn a_capitalized_century_is_a_century_unless_a_name_goes_on() {
    assert_eq!(
        texts("the plague of the 14th Century killed"),
        vec!["the 14th Century"]
    );
    assert_eq!(
        texts("since the Twentieth Century."),
        vec!["the Twentieth Century"]
    );
    no_timex_in(&[
        "a film from 20th Century Fox",
        "the 21st Century Cures Act passed",
    ]);
}

#[test]
fn early_and_late_hyphened_to_a_month_or_year() {
    assert_eq!(texts("his late-September call"), vec!["late-September"]);
    assert_eq!(texts("due in early-2021, they said"), vec!["early-2021"]);
    no_timex_in(&[
        "an early-stage fund",
        "a late-game rally",
        "early-voting states",
    ]);
}

#[test]
fn a_bare_count_before_to_is_a_clock_only_in_fives() {
    no_timex_in(&[
        "between four to six services",
        "from ten to twelve players",
        "scored three to two",
    ]);
    assert_eq!(texts("we met at ten to six."), vec!["ten to six"]);
    assert_eq!(texts("at 4 minutes to noon"), vec!["4 minutes to noon"]);
}

#[test]
fn before_a_single_modified_year_or_month_the_article_is_the_nouns() {
    assert_eq!(texts("unlike the mid-2019 model"), vec!["mid-2019"]);
    assert_eq!(
        texts("to abort the early 2020 campaign"),
        vec!["early 2020"]
    );
    assert_eq!(texts("since the early 1990s"), vec!["the early 1990s"]);
    assert_eq!(texts("by the end of 2021"), vec!["the end of 2021"]);
    assert_eq!(
        texts("to make the late-November trip"),
        vec!["late-November"]
    );
}

#[test]
fn a_range_in_digits_before_a_unit_is_one_vague_length() {
    for (s, want) in [
        ("simmer for 5-8 minutes", "5-8 minutes"),
        ("it sets within 24–48 hours.", "24–48 hours"),
    ] {
        let found = scan(s);
        assert_eq!(found.len(), 1, "{s}");
        let (sp, r) = &found[0];
        assert_eq!(&s[sp.start..sp.end], want);
        assert!(matches!(r, R::Duration { amount: None, .. }), "{s}: {r:?}");
    }
    no_timex_in(&["Boston had a 3-2 win", "Open 24-7", "Rates of 2-3 percent"]);
    // a falling pair is no range
    assert!(
        texts("Won 15-10 hours later")
            .iter()
            .all(|t| !t.starts_with("15"))
    );
}

#[test]
fn now_and_then_is_no_present() {
    no_timex_in(&[
        "He calls every now and then.",
        "Now and again the line drops.",
    ]);
    assert_eq!(texts("It is over now, and then we rest."), vec!["now"]);
}

#[test]
fn a_year_before_a_singular_unit_names_the_year() {
    assert_eq!(texts("At the Cup 2018 day five, Spain won"), vec!["2018"]);
    assert_eq!(texts("It lasted 2000 years."), vec!["2000 years"]);
    assert_eq!(texts("a 1500-hour course"), vec!["1500-hour"]);
}

#[test]
fn a_capitalized_march_or_may_between_the_and_a_noun_is_the_month() {
    assert_eq!(
        texts("down from the March high of 21.8 percent"),
        vec!["March"]
    );
    assert_eq!(texts("The May election was close."), vec!["May"]);
    no_timex_in(&[
        "They joined the March on Washington.",
        "He sang The March of the Kings.",
        "Citizens may march.",
    ]);
}

#[test]
fn a_unit_and_long_is_one_of_the_unit() {
    for (s, want, unit) in [
        ("a weeklong trial", "weeklong", TimeUnit::Week),
        ("their day-long meeting", "day-long", TimeUnit::Day),
        ("in the hourlong debate", "hourlong", TimeUnit::Hour),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want);
        assert_eq!(
            r,
            R::Duration {
                amount: Some(1.0),
                unit
            },
            "{s}"
        );
    }
    assert_eq!(texts("the 53-day-long show"), vec!["53-day-long"]);
    no_timex_in(&["a lifelong dream", "headlong into it", "the belong list"]);
}

#[test]
fn pre_and_post_hyphened_to_a_year_or_decade() {
    let (t, r) = one("the post-1959 politics of exile");
    assert_eq!(t, "post-1959");
    assert_eq!(
        r,
        R::Modified {
            modifier: TimexMod::After,
            inner: Box::new(R::Calendar {
                year: Some(1959),
                month: None,
                day: None,
                shift: None
            })
        }
    );
    assert_eq!(texts("back to pre-1990s levels"), vec!["pre-1990s"]);
    // unhyphened, the word is no modifier
    assert_eq!(texts("a post 1990 rule"), vec!["1990"]);
    no_timex_in(&[
        "the post-war order",
        "pre-pandemic habits",
        "the post office",
    ]);
}

#[test]
fn a_day_after_a_bracketed_zone_conversion_is_the_clocks_day() {
    let s = "The blast came at 9:10 a.m. (0610 GMT) Monday, police said.";
    let found = scan(s);
    let (sp, r) = &found[0];
    assert_eq!(&s[sp.start..sp.end], "9:10 a.m.");
    let R::Clock { day, .. } = r else {
        panic!("{r:?}")
    };
    assert_eq!(
        day.as_deref(),
        Some(&R::Weekday {
            day: 1,
            shift: None
        })
    );
    // the day is still a time of its own, and the conversion's day too
    assert_eq!(texts(s), vec!["9:10 a.m.", "0610 GMT", "Monday"]);
    assert!(matches!(&scan(s)[1].1, R::Clock { day: Some(_), .. }));
    // a bracket that is no conversion gives no day
    let s = "at 6 p.m. (after a vote) Monday";
    assert!(matches!(scan(s)[0].1, R::Clock { day: None, .. }));
}

#[test]
fn the_last_minute_is_an_idiom() {
    no_timex_in(&[
        "A deal came together at the last minute.",
        "They held out to the last second.",
    ]);
    assert_eq!(
        texts("in the last five minutes"),
        vec!["the last five minutes"]
    );
}

#[test]
fn cyber_monday_and_giving_tuesday_count_from_black_friday() {
    let (t, r) = one("Deals run through Cyber Monday.");
    assert_eq!(t, "Cyber Monday");
    assert!(
        matches!(r, R::Shifted { amount, .. } if amount == 3.0),
        "{r:?}"
    );
    assert_eq!(
        texts("donate on Giving Tuesday 2019"),
        vec!["Giving Tuesday 2019"]
    );
    // not the names: the plain weekday stays
    assert_eq!(texts("a cyber Monday sale"), vec!["Monday"]);
    assert_eq!(texts("giving Tuesday a try"), vec!["Tuesday"]);
}

#[test]
fn both_years_of_a_hyphened_span_are_years() {
    assert_eq!(texts("He led it from 2004-2014."), vec!["2004", "2014"]);
    assert_eq!(texts("the 2019/2020 season"), vec!["2019", "2020"]);
    // a short second year belongs to the first: one season or fiscal year
    assert_eq!(texts("in 1990-91 it grew"), vec!["1990-91"]);
    assert_eq!(texts("scored 20 in the 2012-13 season"), vec!["2012-13"]);
    assert_eq!(texts("the 2019/20 budget"), vec!["2019/20"]);
    // a second year that could be a month is still the next year in prose
    assert!(matches!(
        one("his first win since the 2008-09 season").1,
        R::Calendar {
            year: Some(2008),
            month: None,
            ..
        }
    ));
    assert!(matches!(
        one("2008-09").1,
        R::Calendar {
            year: Some(2008),
            month: Some(9),
            ..
        }
    ));
    // a code or an amount stays out, and so do two digits that are no next year
    assert_eq!(texts("in 1990-95 it grew"), vec!["1990"]);
    no_timex_in(&["call 555-2014 for help", "ISBN 0-306-40615-2"]);
}

#[test]
fn a_date_inside_a_web_address_is_part_of_it() {
    no_timex_in(&[
        "see http://example.org/2011/09/07/story for more",
        "at www.example.com/news?date=2019-11-05 or",
    ]);
    assert_eq!(texts("filed 2011/09/07 in court"), vec!["2011/09/07"]);
}

#[test]
fn soon_before_a_past_verb_tells_what_followed() {
    no_timex_in(&[
        "Replies soon began to arrive.",
        "The trickle soon turned into a flood.",
    ]);
    assert_eq!(texts("The rules will soon need work."), vec!["soon"]);
    assert_eq!(texts("Costs will soon exceed sales."), vec!["soon"]);
    assert_eq!(texts("We expect it soon."), vec!["soon"]);
}

#[test]
fn game_clocks_are_not_times_of_day() {
    no_timex_in(&[
        "Her second goal came 4:12 into overtime.",
        "Smith hit a jumper with 2:41 to play.",
        "The lead shrank to three with 0:58 left.",
        "They tied it at 11:20 of the second period.",
        "He scored at 6:05 of overtime.",
        "She fouled out at the 2:14 mark.",
        "They trailed by six with 2:30 on the clock.",
        "He tied it at 19:02 of regulation.",
        "There were 1:30 remaining, and the crowd stood.",
        "A penalty at 3:15 in the third period cost them.",
    ]);
    // clock times that merely sit near the same words stay
    assert_eq!(
        texts("The ferry leaves at 5:30 in the morning."),
        ["5:30 in the morning"]
    );
    assert_eq!(texts("We met at 7:30 to go over the plan."), ["7:30"]);
    assert_eq!(
        texts("The meeting ended at 4:45 p.m. to cheers."),
        ["4:45 p.m."]
    );
}

#[test]
fn game_periods_are_not_calendar_quarters() {
    no_timex_in(&[
        "The Bears scored two touchdowns in the third quarter.",
        "Denver led 21-7 in the second quarter before the rain came.",
        "Their goalie made 14 saves and the winning goal came in the third quarter of the game.",
        "Reyes hit a jumper at the 5:12 mark of the third quarter.",
        "Ortiz caught a third-quarter pass for a touchdown.",
        // the story is about a game even where the sentence is not
        "The quarterback threw two touchdowns. He was hurt in the first quarter against Dallas.",
    ]);
    // one sports word far away does not make a money story a game
    assert_eq!(
        texts("Staff worked overtime. The plant shut down in the third quarter."),
        ["the third quarter"]
    );
    // a money report keeps its quarters and halves, words of play or not
    assert_eq!(
        texts("Profit rose in the third quarter."),
        ["the third quarter"]
    );
    assert_eq!(
        texts("The retailer led its rivals in sales in the fourth quarter."),
        ["the fourth quarter"]
    );
    assert_eq!(
        texts("The chain scored a 5 percent gain in the first half of 2023."),
        ["the first half of 2023"]
    );
    assert_eq!(
        texts("The chain scored a 5 percent gain in the fourth quarter."),
        ["the fourth quarter"]
    );
    assert_eq!(
        texts("Shipments will start in the second quarter."),
        ["the second quarter"]
    );
    assert_eq!(
        texts("The game maker expects the third quarter of 2024 to be weak."),
        ["the third quarter of 2024"]
    );
}

#[test]
fn one_day_spoken_of_the_future_is_some_future_day() {
    let future = R::Ref {
        point: RefPoint::Future,
    };
    for s in [
        "She could one day run the company.",
        "They want to one day open a second shop.",
        "Hackers are going to guess that password one day.",
        "We hope to see the northern lights one day, she said.",
        "The team will win a title one day.",
        "The rover will one day return samples.",
        "He said he might one day write a book.",
    ] {
        assert_eq!(one(s), ("one day".to_owned(), future.clone()), "{s}");
    }
    // lengths and past days keep their readings
    for s in [
        "The strike lasted for one day.",
        "Delays of up to one day are likely.",
        "Officials expect to one day of talks.",
        "It will take one day to finish.",
        "One day in 2004 the river flooded.",
        "The museum will stay closed for one day.",
        "Visitors will stay one day.",
        "The walkout lasted one day.",
        "She said he left one day.",
    ] {
        assert!(
            scan(s).iter().all(|(_, r)| !matches!(
                r,
                R::Ref {
                    point: RefPoint::Future
                }
            )),
            "{s}"
        );
    }
}

#[test]
fn super_tuesday_names_an_event_not_a_weekday() {
    no_timex_in(&[
        "Voters in 14 states head to the polls on Super Tuesday.",
        "She won big on super Tuesday.",
    ]);
    // the weekday after other words, and the holidays named like it, stay
    assert_eq!(texts("The poll closes Tuesday."), ["Tuesday"]);
    assert_eq!(
        texts("The caucus was held on Tuesday in Iowa."),
        ["Tuesday"]
    );
    assert_eq!(texts("Deals end on Cyber Monday."), ["Cyber Monday"]);
    assert_eq!(texts("Super Bowl Sunday drew a crowd."), ["Sunday"]);
}

#[test]
fn all_caps_may_and_march_as_verbs_are_no_months() {
    no_timex_in(&[
        "STORMS MAY HIT THE COAST",
        "THE VIRUS MAY HAVE SPREAD EARLIER",
        "NURSES MARCH TO CITY HALL",
        "Rates May Rise Again",
    ]);
    // the months themselves, in capitals, stay
    assert_eq!(texts("MARKETS FELL IN MAY"), ["MAY"]);
    assert_eq!(texts("STORE OPENS MAY 1"), ["MAY 1"]);
    assert_eq!(texts("TALKS WILL RESUME IN MARCH"), ["MARCH"]);
}

#[test]
fn a_month_after_the_end_of_is_cued_whatever_came_before() {
    for s in [
        "Talks resume at the end of March.",
        "It began at the beginning of March",
    ] {
        assert_eq!(texts(s).len(), 1, "{s}");
        assert!(texts(s)[0].starts_with("the "), "{s}");
    }
    // the verb still reads as no month
    no_timex_in(&["they march at the end of the road"]);
}

#[test]
fn the_prior_unit_is_the_previous_one() {
    for s in [
        "Sales rose from the prior year.",
        "down from the prior quarter",
    ] {
        let (t, r) = one(s);
        assert!(t.starts_with("the prior"), "{s}");
        assert!(matches!(r, R::Relative { shift: -1, .. }), "{s}: {r:?}");
    }
    assert_eq!(
        texts("over the prior three years"),
        vec!["the prior three years"]
    );
    no_timex_in(&["a prior conviction", "the prior owner"]);
}

#[test]
fn a_unit_before_or_after_at_the_end_of_a_clause_is_next_to_the_told_time() {
    for (s, want, shift) in [
        ("The day before, Portugal won.", "The day before", -1),
        ("from $4 million the year before.", "the year before", -1),
        ("He came back the week after.", "the week after", 1),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want);
        assert!(
            matches!(r, R::Relative { shift: s2, anchor: Anchor::Previous, .. } if s2 == shift),
            "{s}: {r:?}"
        );
    }
    // the vote, not the clause, is what the day counts from
    assert!(
        !texts("the day before the vote")
            .iter()
            .any(|t| t.contains("before"))
    );
    no_timex_in(&["the day-after pill"]);
}

#[test]
fn over_before_a_length_is_more_than_only_where_it_cannot_spread() {
    for (s, want) in [
        ("It has been over a decade since the war.", "over a decade"),
        ("He was jailed for over 20 years.", "over 20 years"),
        ("the first win in over a year", "over a year"),
        ("Just over an hour later, he died.", "over an hour"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // spread across the time, or a phrasal verb: `over` stays out
    for (s, want) in [
        ("The cost is paid over three years.", "three years"),
        ("He took over three years ago.", "three years ago"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
}

#[test]
fn last_after_to_or_a_modal_is_the_verb() {
    for (s, want) in [
        ("The trial is expected to last six weeks.", "six weeks"),
        ("The talks could last several days.", "several days"),
        ("It won't last two years.", "two years"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // the adjective keeps its length
    assert_eq!(
        texts("Prices rose in the last six weeks."),
        vec!["the last six weeks"]
    );
    assert_eq!(texts("compared to last year"), vec!["last year"]);
}

#[test]
fn a_told_fiscal_or_financial_year_keeps_its_words() {
    for (s, want) in [
        (
            "Spending fell in the last fiscal year.",
            "the last fiscal year",
        ),
        (
            "Spending fell in the last financial year.",
            "the last financial year",
        ),
        (
            "by the end of the financial year",
            "the end of the financial year",
        ),
        (
            "Sales rose in the 2012 fiscal year.",
            "the 2012 fiscal year",
        ),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert!(matches!(
        one("in the 2012 fiscal year").1,
        R::FiscalYear { year: Some(2012) }
    ));
    no_timex_in(&["the financial crisis", "a financial review"]);
    // the year alone, when no fiscal year follows
    assert_eq!(texts("the 2012 fiscal cliff"), vec!["2012"]);
}

#[test]
fn the_early_hours_of_a_named_day_leave_the_day_alone() {
    for (s, want) in [
        ("He died in the early hours of Sunday.", "Sunday"),
        (
            "The raid came in the small hours of Tuesday morning.",
            "Tuesday morning",
        ),
        ("in the early hours of March 3", "March 3"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // alone, or before no day, a vague length
    assert_eq!(
        texts("Celebrations went on into the early hours."),
        vec!["the early hours"]
    );
}

#[test]
fn the_day_of_the_2001_attacks_needs_no_year() {
    for s in [
        "since 9/11, security has tightened",
        "the Sept. 11 attacks shocked the world",
        "after the September 11 terrorist attacks",
    ] {
        assert!(
            matches!(
                one(s).1,
                R::Calendar {
                    year: Some(2001),
                    month: Some(9),
                    day: Some(11),
                    ..
                }
            ),
            "{s}"
        );
    }
    // a deadline of this year keeps its year open
    assert!(matches!(
        one("The report is due Sept. 11, officials said.").1,
        R::Calendar { year: None, .. }
    ));
}

#[test]
fn a_part_of_the_year_is_one_expression_with_it() {
    for s in [
        "Sales rose during the first half of the year.",
        "Profit fell in the second quarter of the year.",
    ] {
        let (t, r) = one(s);
        assert!(t.starts_with("the ") && t.ends_with("of the year"), "{s}");
        assert!(
            matches!(
                r,
                R::Part {
                    year_shift: Some(0),
                    ..
                }
            ),
            "{s}: {r:?}"
        );
    }
}

#[test]
fn two_plural_units_joined_are_one_vague_length() {
    for (s, want) in [
        ("The talks could take weeks or months.", "weeks or months"),
        (
            "Tensions rose in recent weeks and months.",
            "recent weeks and months",
        ),
        (
            "Repairs will take days or even weeks.",
            "days or even weeks",
        ),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // a unit with its own amount stays apart
    assert_eq!(
        texts("It took weeks and two months more."),
        vec!["weeks", "two months"]
    );
}

#[test]
fn a_british_clock_parts_hour_and_minutes_with_a_dot() {
    for (s, want, hour, minute) in [
        ("The parade starts at 9.30am.", "9.30am", 9, 30),
        (
            "He was arrested at 7.45pm on Tuesday.",
            "7.45pm on Tuesday",
            19,
            45,
        ),
        ("at 11.15 p.m. local time", "11.15 p.m.", 23, 15),
    ] {
        let (t, r) = one(s);
        assert_eq!(t, want, "{s}");
        let clock = match r {
            R::Clock { hour, minute, .. } => (hour, minute),
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(clock, (hour, Some(minute)), "{s}");
    }
    // an amount keeps its decimals
    no_timex_in(&[
        "shares rose 9.30 points",
        "a 3.45 percent rise",
        "it cost $9.30 a share",
    ]);
}

#[test]
fn a_decade_with_a_straight_apostrophe_keeps_its_article() {
    for (s, want) in [
        ("amended in the '90s.", "the '90s"),
        ("in the late '90s, sales peaked", "the late '90s"),
        ("amended in the ’90s.", "the ’90s"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
}

#[test]
fn a_lone_unit_and_a_half_after_a_lead_is_one_length() {
    for s in [
        "For the past year and a half, sales rose.",
        "over the next hour and a half",
    ] {
        let (t, r) = one(s);
        assert!(t.starts_with("the ") && t.ends_with("and a half"), "{s}");
        assert!(
            matches!(r, R::Duration { amount: Some(a), .. } if a == 1.5),
            "{s}: {r:?}"
        );
    }
}

#[test]
fn this_time_last_year_is_a_year_back_from_now() {
    let (t, r) = one("Sales were flat this time last year.");
    assert_eq!(t, "this time last year");
    assert!(matches!(
        r,
        R::Offset {
            unit: TimeUnit::Year,
            direction: Direction::Before,
            ..
        }
    ));
    // no unit after it: no time
    no_timex_in(&["this time last round"]);
}

#[test]
fn a_length_and_time_after_in_is_that_far_ahead() {
    for (s, want) in [
        ("The report is due in 10 years' time.", "10 years' time"),
        ("We will know in a week’s time.", "a week’s time"),
        ("In two months' time, it ends.", "two months' time"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert!(matches!(
        one("We will know in a week's time.").1,
        R::Offset {
            direction: Direction::After,
            anchor: Anchor::Dct,
            ..
        }
    ));
    // without `in` the possessive length is a length
    assert_eq!(texts("It takes a year's time to build."), vec!["a year"]);
}

#[test]
fn about_before_a_day_or_relative_date_is_the_preposition() {
    assert_eq!(
        texts("We talked about last year and about Monday."),
        vec!["last year", "Monday"]
    );
    assert_eq!(
        texts("I wrote a rant about this last year."),
        vec!["this last year"]
    );
    // it still hedges a length, a clock time or a year
    assert_eq!(
        texts("He waited about an hour, left at about 3 p.m. in about 1990."),
        vec!["about an hour", "about 3 p.m.", "about 1990"]
    );
    assert_eq!(texts("It happened around March 5."), vec!["around March 5"]);
}

#[test]
fn quarters_alone_are_lodgings() {
    no_timex_in(&[
        "They removed the crew quarters.",
        "The soldiers returned to their quarters.",
    ]);
    assert_eq!(
        texts("Profits rose in recent quarters."),
        vec!["recent quarters"]
    );
    assert_eq!(
        texts("It fell for several quarters."),
        vec!["several quarters"]
    );
}

#[test]
fn a_quarter_told_by_its_first_and_last_months() {
    for (s, want) in [
        (
            "Sales in the January-March quarter rose.",
            "the January-March quarter",
        ),
        (
            "In the July–September quarter, it grew.",
            "the July–September quarter",
        ),
        (
            "It sold in the October-December quarter of 2012.",
            "the October-December quarter of 2012",
        ),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert_eq!(
        one("It sold in the October-December quarter of 2012.").1,
        R::Part {
            unit: TimeUnit::Quarter,
            index: 4,
            year: Some(2012),
            year_shift: None
        }
    );
    // months that make no calendar quarter stay months
    assert_eq!(texts("The May-June quarter was calm."), vec!["June"]);
}

#[test]
fn us_zone_words_after_a_clock() {
    for (s, want) in [
        (
            "set for 1 p.m. Eastern on Tuesday.",
            "1 p.m. Eastern on Tuesday",
        ),
        ("It airs at 8 p.m. Eastern time.", "8 p.m. Eastern time"),
        ("It airs at 9 a.m. Pacific.", "9 a.m. Pacific"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // before a name the word is a place
    assert_eq!(
        texts("We met at 5 p.m. Central Park was busy."),
        vec!["5 p.m."]
    );
}

#[test]
fn a_hyphened_half_before_a_reports_noun_is_a_half_year() {
    assert_eq!(
        texts("First-half profit rose; second-half sales fell."),
        vec!["First-half", "second-half"]
    );
    assert_eq!(
        texts("Its first-half results beat forecasts."),
        vec!["first-half"]
    );
    // a half of a game, or a half alone, is no period
    no_timex_in(&[
        "He scored a first-half goal.",
        "They led in the first half.",
    ]);
}

#[test]
fn the_latter_half_is_the_second() {
    let (t, r) = one("Sales fell in the latter half of 2012.");
    assert_eq!(t, "the latter half of 2012");
    assert_eq!(
        r,
        R::Part {
            unit: TimeUnit::Half,
            index: 2,
            year: Some(2012),
            year_shift: None
        }
    );
    no_timex_in(&["The latter quarter was calm."]);
}

#[test]
fn a_day_first_numeric_date_when_the_first_number_is_no_month() {
    let (t, r) = one("The form dated 21/03/2013 was signed.");
    assert_eq!(t, "21/03/2013");
    assert_eq!(
        r,
        R::Calendar {
            year: Some(2013),
            month: Some(3),
            day: Some(21),
            shift: None
        }
    );
    // the ambiguous order stays American; without a year, no date
    assert_eq!(
        one("On 03/04/2013 it rained.").1,
        R::Calendar {
            year: Some(2013),
            month: Some(3),
            day: Some(4),
            shift: None
        }
    );
    no_timex_in(&["It scored 21/12 in the test.", "Open 24/7."]);
}

#[test]
fn a_lead_before_a_hyphened_length_belongs_to_the_noun() {
    for (s, want) in [
        ("It fell below the previous 12-month average.", "12-month"),
        ("It fell below the past 12-month average.", "12-month"),
        ("It hit the last two-week high.", "two-week"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    // a length after the lead keeps it, and `the past` alone is a reference
    assert_eq!(
        texts("It rose in the past 12 months."),
        vec!["the past 12 months"]
    );
    assert_eq!(texts("In the past, 12 people died."), vec!["the past"]);
}

#[test]
fn the_earlier_bare_day_of_a_british_pair_is_a_date() {
    assert_eq!(
        texts("The strike on 5 and 6 March shut schools."),
        vec!["5", "6 March"]
    );
    let found = scan("Talks between 12 and 14 June 2013 failed.");
    assert_eq!(
        found.first().map(|(_, r)| r.clone()),
        Some(R::Calendar {
            year: Some(2013),
            month: Some(6),
            day: Some(12),
            shift: None
        })
    );
    // a count that no preposition ties to the date stays a count
    assert_eq!(
        texts("He scored 3 and 25 March was the date."),
        vec!["25 March"]
    );
    assert_eq!(texts("It fell on 9 and 6 March."), vec!["6 March"]);
}

#[test]
fn a_dozen_and_a_handful_count_units() {
    for (s, want) in [
        ("He waited a dozen years.", "a dozen years"),
        ("He waited half a dozen years.", "half a dozen years"),
        ("It lasted a handful of days.", "a handful of days"),
        ("He left a dozen years ago.", "a dozen years ago"),
    ] {
        assert_eq!(texts(s), vec![want], "{s}");
    }
    assert_eq!(
        one("He waited a dozen years.").1,
        R::Duration {
            amount: Some(12.0),
            unit: TimeUnit::Year
        }
    );
    no_timex_in(&[
        "A dozen eggs cost a dozen dollars.",
        "A handful of people came.",
    ]);
}

#[test]
fn at_present_is_now_but_present_alone_is_a_verb_or_adjective() {
    assert_eq!(texts("Talks are at present on hold."), vec!["present"]);
    assert_eq!(texts("At present, nobody knows."), vec!["present"]);
    assert!(matches!(
        one("the bridge is at present closed").1,
        R::Ref {
            point: RefPoint::Present
        }
    ));
    assert!(texts("They will present the award.").is_empty());
    assert!(texts("Every member was present.").is_empty());
    assert!(texts("Output held at present levels.").is_empty());
    assert!(texts("sold at present prices").is_empty());
}

#[test]
fn a_clipped_decade_keeps_its_apostrophe_with_or_without_an_article() {
    assert_eq!(texts("a film set in '90s Britain"), vec!["'90s"]);
    assert_eq!(texts("a film set in ’80s Detroit"), vec!["’80s"]);
    assert_eq!(texts("back in the '90s"), vec!["the '90s"]);
    // no apostrophe, or one glued to a word, adds nothing
    assert_eq!(texts("music of the 90s"), vec!["the 90s"]);
    assert!(
        texts("she is in her '30s now")
            .iter()
            .all(|t| !t.contains("30s"))
    );
}
