//! `timelinejs`: TimelineJS3 JSON, for newsrooms that publish timelines in the
//! standard viewer. Dates carry only the fields the granularity knows (a month
//! event has no day), and an event that spans more than one unit of its
//! granularity (`2020–2022`, a weekend) gets an `end_date`. Vague entries have no
//! date, so TimelineJS cannot place them: they are left out.

use chrono::{Datelike, NaiveDateTime, Timelike};
use newsline_model::merged::MergedTimeline;
use newsline_model::{Document, Granularity};
use serde::Serialize;

use crate::OutputError;
use crate::common::{self, Row};
use crate::html::esc;

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize, PartialEq)]
struct Date {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<u32>,
}

/// How many date fields a granularity fills: 1 = year … 5 = minute.
fn precision(g: Option<Granularity>) -> u8 {
    match g {
        Some(
            Granularity::Millennium
            | Granularity::Century
            | Granularity::Decade
            | Granularity::Year,
        ) => 1,
        Some(
            Granularity::Half | Granularity::Quarter | Granularity::Season | Granularity::Month,
        ) => 2,
        Some(Granularity::Week | Granularity::Weekend | Granularity::Day) | None => 3,
        Some(Granularity::PartOfDay | Granularity::Hour) => 4,
        Some(Granularity::Minute | Granularity::Second) => 5,
    }
}

fn date(t: NaiveDateTime, p: u8) -> Date {
    Date {
        year: t.year(),
        month: (p >= 2).then(|| t.month()),
        day: (p >= 3).then(|| t.day()),
        hour: (p >= 4).then(|| t.hour()),
        minute: (p >= 5).then(|| t.minute()),
    }
}

fn slide(row: &Row<'_>, group: String, unique_id: String, extra: &str) -> Option<Slide> {
    if row.vague {
        return None;
    }
    let iv = row.interval?;
    let p = precision(row.granularity);
    let start = date(iv.start, p);
    let last = iv.end - chrono::Duration::seconds(1);
    let end = (last > iv.start)
        .then(|| date(last, p))
        .filter(|e| *e != start);
    let who = row.participants();
    let mut headline = common::collapse(&row.event.trigger.text);
    if !who.is_empty() {
        headline = format!("{headline} — {}", who.join(", "));
    }
    let mut text = format!("<p>{}</p>", esc(&row.sentence()));
    let source = row.source();
    if !source.is_empty() {
        text.push_str(&format!("<p>According to {}.</p>", esc(&source)));
    }
    text.push_str(&format!(
        "<p><small>{} · {}{}</small></p>",
        row.modality(),
        esc(&row.doc.id),
        extra
    ));
    Some(Slide {
        start_date: Some(start),
        end_date: end,
        display_date: Some(row.when()),
        text: Text { headline, text },
        group: Some(group),
        unique_id: Some(unique_id),
    })
}

fn title(headline: &str, text: String) -> Slide {
    Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: Text {
            headline: headline.to_owned(),
            text,
        },
        group: None,
        unique_id: None,
    }
}

pub(crate) fn render(doc: &Document) -> Result<String, OutputError> {
    let headline = common::collapse(doc.document.headline.as_deref().unwrap_or(doc.id.as_str()));
    let sub = common::timestamp_label(doc)
        .map(|t| format!("<p>{}</p>", esc(&t)))
        .unwrap_or_default();
    let events = common::rows(doc)
        .iter()
        .filter_map(|r| {
            slide(
                r,
                r.modality().to_owned(),
                format!("{}-{}", doc.id, r.event.id),
                "",
            )
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&Timeline {
        title: title(&headline, sub),
        events,
    })?;
    s.push('\n');
    Ok(s)
}

pub(crate) fn render_merged(
    timeline: &MergedTimeline,
    docs: &[Document],
) -> Result<String, OutputError> {
    let rows = common::merged_rows(timeline, docs);
    let mut events = Vec::new();
    let mut last: Option<&str> = None;
    for row in &rows {
        let Some((id, cited)) = row.merged else {
            continue;
        };
        if last == Some(id) {
            continue;
        }
        last = Some(id);
        let extra = if cited.len() > 1 {
            format!(
                " · also reported by {}",
                esc(&cited.iter().skip(1).cloned().collect::<Vec<_>>().join(", "))
            )
        } else {
            String::new()
        };
        if let Some(s) = slide(row, row.modality().to_owned(), id.to_owned(), &extra) {
            events.push(s);
        }
    }
    let sub = format!("<p>{} documents</p>", timeline.docs.len());
    let mut s = serde_json::to_string_pretty(&Timeline {
        title: title("Merged timeline", sub),
        events,
    })?;
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn t(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    #[test]
    fn dates_follow_granularity() {
        let d = date(t(2019, 4, 1), precision(Some(Granularity::Month)));
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"year":2019,"month":4}"#
        );
        let d = date(t(2023, 9, 11), precision(Some(Granularity::Minute)));
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"year":2023,"month":9,"day":11,"hour":0,"minute":0}"#
        );
    }
}
