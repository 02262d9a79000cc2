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
//! doc.timexes.push(Timex {
//!     id: "t1".into(),
//!     span: Span::new(0, 14),
//!     text: "Four years ago".into(),
//!     timex_type: TimexType::Date,
//!     value: String::new(),
//!     modifier: None, freq: None, quant: None, anchor: None,
//!     interval: None, granularity: None, function: None,
//!     reading: Some(TimexReading::Offset {
//!         amount: Some(4.0),
//!         unit: TimeUnit::Year,
//!         direction: Direction::Before,
//!         anchor: Anchor::Dct,
//!     }),
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
pub use tense::{Tense, sentence_of, tense_at};
pub use timeline::{build_timeline, merge_timelines, value_of};

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
    let mut discourse_quarter = false;
    let mut diagnostics = Vec::new();
    for t in &mut doc.timexes {
        let Some(reading) = t.reading.as_ref() else {
            continue;
        };
        let sentence = sentence_of(&doc.text, &sentences, t.span);
        let tense = tense_at(&doc.text, sentence, t.span);
        let env = Env {
            dct,
            dct_time,
            tense,
            previous: previous.as_ref().map(|p| p.0),
            discourse_quarter,
        };
        let r = resolve(reading, &env);
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
        }
    }
    doc.diagnostics.extend(diagnostics);
}
