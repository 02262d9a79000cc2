//! Normalization never panics, whatever the expression and the DCT; impossible
//! or out-of-range dates become diagnostics.

use chrono::NaiveDate;
use newsline_model::{Dct, DctSource, Document};
use proptest::prelude::*;

fn run(text: &str, dct: Option<NaiveDate>) -> Document {
    let mut doc = Document::new("p", text);
    doc.document.dct = dct.map(|d| Dct::new(d, None, DctSource::Flag));
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    doc
}

const PHRASES: &[&str] = &[
    "four years ago",
    "last week",
    "this past weekend",
    "Monday",
    "late Monday",
    "in July",
    "Sept. 11, 2023, 2:42 p.m. ET",
    "the 1990s",
    "the 20th century",
    "the third quarter",
    "next month",
    "a year and a half ago",
    "two-day",
    "every Tuesday",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "a year earlier",
    "the following week",
    "the year 9999",
    "tonight",
    "midnight Friday",
    "last fall",
    "fiscal 1998",
    "the 31st",
    "February 29",
    "Q4",
    "H2",
    "year-end",
    "that day",
    "the quarter",
    "early next year",
    "the end of the month",
];

proptest! {
    #[test]
    fn normalization_never_panics_for_any_dct(y in 1i32..=9999, doy in 1u32..=365, k in 0usize..PHRASES.len()) {
        let dct = NaiveDate::from_yo_opt(y, doy);
        let phrase = PHRASES[k];
        let doc = run(&format!("He said {phrase} that it was {phrase}."), dct);
        for t in &doc.timexes {
            prop_assert!(!t.value.is_empty() || doc.diagnostics.iter().any(|d| d.span == Some(t.span)));
        }
    }

    #[test]
    fn arbitrary_text_normalizes(s in "\\PC{0,120}", y in 1i32..=9999) {
        let _ = run(&s, NaiveDate::from_ymd_opt(y, 6, 15));
    }
}

#[test]
fn out_of_range_year_is_a_diagnostic() {
    let doc = run(
        "It will end in the year 300000.",
        NaiveDate::from_ymd_opt(2023, 9, 11),
    );
    assert_eq!(doc.timexes.len(), 1);
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "time/out-of-range"),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn impossible_date_is_a_diagnostic() {
    let doc = run(
        "It happened on February 30, 2023.",
        NaiveDate::from_ymd_opt(2023, 9, 11),
    );
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "time/invalid-date"),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn a_month_of_every_year_is_a_set_of_that_month() {
    let doc = run(
        "The town floods each July, and it did so in July 2019.",
        NaiveDate::from_ymd_opt(2023, 9, 11),
    );
    let got: Vec<(&str, &str, Option<&str>)> = doc
        .timexes
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str(), t.quant.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("each July", "XXXX-07", Some("EVERY")),
            ("July 2019", "2019-07", None)
        ]
    );
}

#[test]
fn without_dct_relative_expressions_stay_unresolved() {
    let doc = run("Kim left on Monday, four years ago, in July 2019.", None);
    let values: Vec<&str> = doc.timexes.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["XXXX-WXX-1", "XXXX-XX-XX", "2019-07"]);
    assert_eq!(
        doc.diagnostics
            .iter()
            .filter(|d| d.code == "time/no-dct")
            .count(),
        2
    );
}
