//! A document with every optional field of every type set, for tests that must
//! see every part of the model written.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use newsline_model::reading::{
    Anchor, DayPart, Direction, Holiday, RefPoint, Season, TimeUnit, TimexReading,
};
use newsline_model::{
    Block, BlockKind, Byline, Credit, CreditRole, Dateline, Dct, DctSource, Diagnostic, Document,
    Entity, EntityType, Event, Granularity, Interval, Level, Metadata, Modality, Note, NoteKind,
    OffsetMapping, Quote, QuoteKind, Role, Source, SourceFormat, Span, SpanRef, Spanned,
    TimelineEntry, Timestamp, TimestampKind, Timex, TimexMod, TimexType,
};

pub fn dt(y: i32, m: u32, d: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
}

fn sp(a: usize, b: usize) -> Span {
    Span::new(a, b)
}

fn spanned(text: &str, a: usize, b: usize) -> Spanned {
    Spanned::from_text(text, sp(a, b)).unwrap()
}

/// Every reading variant with every optional field set.
pub fn readings() -> Vec<TimexReading> {
    let cal = TimexReading::Calendar {
        year: Some(2023),
        month: Some(9),
        day: Some(11),
        shift: Some(-1),
    };
    vec![
        cal.clone(),
        TimexReading::Calendar {
            year: None,
            month: None,
            day: None,
            shift: None,
        },
        TimexReading::Era {
            unit: TimeUnit::Decade,
            value: 199,
        },
        TimexReading::Weekday {
            day: 1,
            shift: Some(0),
        },
        TimexReading::Season {
            season: Season::Fall,
            year: Some(2020),
            shift: Some(1),
        },
        TimexReading::Part {
            unit: TimeUnit::Quarter,
            index: 3,
            year: Some(2023),
            year_shift: Some(-1),
        },
        TimexReading::FiscalYear { year: Some(1998) },
        TimexReading::Relative {
            unit: TimeUnit::Weekend,
            shift: -1,
            anchor: Anchor::Dct,
        },
        TimexReading::Offset {
            amount: Some(1.5),
            unit: TimeUnit::Year,
            direction: Direction::Before,
            anchor: Anchor::Previous,
        },
        TimexReading::Duration {
            amount: Some(2.0),
            unit: TimeUnit::Day,
        },
        TimexReading::Shifted {
            amount: 3.0,
            unit: TimeUnit::Day,
            direction: Direction::After,
            from: Box::new(TimexReading::Holiday {
                holiday: Holiday::ElectionDay,
                year: None,
                shift: None,
            }),
        },
        TimexReading::Nth {
            inner: Box::new(TimexReading::Weekday {
                day: 1,
                shift: None,
            }),
            from: Box::new(cal.clone()),
            index: 2,
            direction: None,
        },
        TimexReading::Nth {
            inner: Box::new(TimexReading::Weekday {
                day: 2,
                shift: None,
            }),
            from: Box::new(cal.clone()),
            index: 3,
            direction: Some(Direction::After),
        },
        TimexReading::VagueDuration,
        TimexReading::Ref {
            point: RefPoint::Future,
        },
        TimexReading::DayPart {
            part: DayPart::Night,
            day: Some(Box::new(cal.clone())),
        },
        TimexReading::Clock {
            hour: 14,
            minute: Some(42),
            zone: Some("ET".into()),
            day: Some(Box::new(cal.clone())),
            second: Some(5),
            either_half: true,
        },
        TimexReading::Holiday {
            holiday: Holiday::NewYearsDay,
            year: Some(2020),
            shift: Some(1),
        },
        TimexReading::Set {
            unit: TimeUnit::Week,
            every: 2,
            times: Some(2),
            weekday: Some(2),
            part: Some(DayPart::Morning),
            month: None,
            each: true,
        },
        TimexReading::Set {
            unit: TimeUnit::Year,
            every: 1,
            times: None,
            weekday: None,
            part: None,
            month: Some(7),
            each: false,
        },
        TimexReading::Modified {
            modifier: TimexMod::End,
            inner: Box::new(TimexReading::Weekday {
                day: 1,
                shift: None,
            }),
        },
    ]
}

/// A document with every optional field of every type populated.
pub fn full_document() -> Document {
    let text = "Kim met Putin on Monday.\n\"It was good,\" Kim said.";
    let mut doc = Document::new("full", text);
    doc.source = Source {
        path: Some("a/b.txt".into()),
        url: Some("https://example.invalid/a".into()),
        format: SourceFormat::Html,
        line: Some(3),
        offset_map: vec![OffsetMapping {
            text_start: 0,
            source_start: 10,
            len: 5,
        }],
    };
    let local = chrono::FixedOffset::west_opt(4 * 3600)
        .unwrap()
        .with_ymd_and_hms(2023, 9, 11, 14, 42, 0)
        .unwrap();
    let utc = Utc.with_ymd_and_hms(2023, 9, 11, 18, 42, 0).unwrap();
    let mut field_sources = BTreeMap::new();
    field_sources.insert("headline".to_owned(), "json-ld".to_owned());
    let mut dct = Dct::new(
        NaiveDate::from_ymd_opt(2023, 9, 11).unwrap(),
        Some(NaiveTime::from_hms_opt(14, 42, 0).unwrap()),
        DctSource::Timestamp,
    );
    dct.utc_offset_seconds = Some(-14400);
    doc.document = Metadata {
        headline: Some("Kim meets Putin".into()),
        published: Some(local),
        updated: Some(local),
        published_utc: Some(utc),
        updated_utc: Some(utc),
        timestamps: vec![Timestamp {
            kind: TimestampKind::Updated,
            local,
            utc,
            zone_text: Some("ET".into()),
            zone: Some("America/New_York".into()),
            span: sp(0, 3),
        }],
        dct: Some(dct),
        dateline: Some(Dateline {
            place: "SEOUL".into(),
            agency: Some("AP".into()),
            date: Some("Aug. 20".into()),
            span: sp(0, 3),
        }),
        bylines: vec![Byline {
            name: "A B".into(),
            affiliation: Some("BBC News".into()),
            place: Some("New York".into()),
            span: sp(0, 3),
        }],
        credits: vec![Credit {
            role: CreditRole::AdditionalReporting,
            name: "C D".into(),
            place: Some("Washington".into()),
            span: sp(0, 3),
        }],
        notes: vec![Note {
            kind: NoteKind::Correction,
            text: "Kim".into(),
            span: sp(0, 3),
        }],
        section: Some("World".into()),
        publisher: Some("RFA".into()),
        field_sources,
    };
    doc.blocks = vec![
        Block {
            kind: BlockKind::Paragraph,
            span: sp(0, 24),
        },
        Block {
            kind: BlockKind::Unrecognized,
            span: sp(25, text.len()),
        },
    ];
    doc.sentences = vec![
        SpanRef { span: sp(0, 24) },
        SpanRef {
            span: sp(25, text.len()),
        },
    ];
    let iv = Interval {
        start: dt(2023, 9, 11),
        end: dt(2023, 9, 12),
    };
    doc.timexes = readings()
        .into_iter()
        .enumerate()
        .map(|(i, reading)| Timex {
            id: format!("t{}", i + 1),
            span: sp(17, 23),
            text: "Monday".into(),
            timex_type: [
                TimexType::Date,
                TimexType::Time,
                TimexType::Duration,
                TimexType::Set,
            ][i % 4],
            value: "2023-09-11".into(),
            modifier: Some(TimexMod::Approx),
            freq: Some("1W".into()),
            quant: Some("EVERY".into()),
            anchor: Some("dct".into()),
            interval: Some(iv),
            granularity: Some(Granularity::PartOfDay),
            function: Some("CREATION_TIME".into()),
            reading: Some(reading),
        })
        .collect();
    let mut ids = BTreeMap::new();
    ids.insert("iso3166".to_owned(), "KP".to_owned());
    doc.entities = vec![Entity {
        id: "e1".into(),
        name: "Kim Jong Un".into(),
        entity_type: EntityType::Person,
        aliases: vec!["Kim".into()],
        roles: vec![Role {
            title: "leader".into(),
            organization: Some("WPK".into()),
            place: Some("Pyongyang".into()),
            span: Some(sp(0, 3)),
        }],
        metonymy: Some(false),
        mentions: vec![spanned(text, 0, 3)],
        ids,
    }];
    doc.quotes = vec![Quote {
        id: "q1".into(),
        span: sp(26, 37),
        text: "It was good".into(),
        kind: QuoteKind::Direct,
        cue: Some(spanned(text, 45, 49)),
        speaker_mention: Some(spanned(text, 41, 44)),
        speaker: Some("e1".into()),
        speaker_name: Some("Kim Jong Un".into()),
    }];
    doc.events = vec![Event {
        id: "v1".into(),
        trigger: spanned(text, 4, 7),
        sentence: SpanRef { span: sp(0, 24) },
        timex: Some("t1".into()),
        interval: Some(iv),
        granularity: Some(Granularity::Day),
        participants: vec!["e1".into()],
        source: Some("q1".into()),
        modality: Modality::Negated,
    }];
    doc.timeline = vec![TimelineEntry {
        event: "v1".into(),
        value: "2023-09-11".into(),
        interval: Some(iv),
        granularity: Some(Granularity::Day),
        vague: Some(true),
        docs: vec!["full".into()],
    }];
    doc.diagnostics = vec![Diagnostic::new(Level::Warning, "time/unresolved", "x").at(sp(0, 3))];
    doc
}
