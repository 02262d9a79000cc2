//! The acceptance check on the seed: the dated entries an analyst expects,
//! in order, with their modality, as the Markdown brief shows them.

mod common;

use newsline_model::Modality;

/// (value, trigger, modality) the seed's timeline must hold, in this order
/// (other entries may come between them).
const EXPECTED: &[(&str, &str, Modality)] = &[
    ("2019", "made", Modality::Reported),
    ("2019-04", "summit", Modality::Reported),
    // One event told over a range: one entry over the whole range.
    ("2020/2022", "undernourished", Modality::Reported),
    ("2022-03", "launched", Modality::Reported),
    ("2023-07", "visit", Modality::Reported),
    ("2023-07", "published", Modality::Reported),
    ("2023-W36-WE", "summit", Modality::Reported),
    ("2023-W37", "summit", Modality::Reported),
    ("2023-09-11", "said", Modality::Reported),
    ("2023-09-11", "briefing", Modality::Reported),
    ("2023-10", "launch", Modality::Planned),
];

#[test]
fn seed_timeline_holds_the_expected_entries_in_order() {
    let doc = common::seed();
    let got: Vec<(String, String, Modality)> = doc
        .timeline
        .iter()
        .filter_map(|entry| {
            let event = doc.events.iter().find(|e| e.id == entry.event)?;
            Some((
                entry.value.clone(),
                event.trigger.text.clone(),
                event.modality,
            ))
        })
        .collect();
    let mut rest = got.iter();
    for (value, trigger, modality) in EXPECTED {
        assert!(
            rest.any(|(v, t, m)| v == value && t == trigger && m == modality),
            "missing or out of order: {value} {trigger} {modality:?}\ntimeline: {got:#?}"
        );
    }
    // Ordered by interval start, coarser first at equal starts.
    let starts: Vec<_> = doc
        .timeline
        .iter()
        .filter_map(|e| e.interval.map(|i| i.start))
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
}

#[test]
fn seed_brief_shows_the_timeline_table() {
    let doc = common::seed();
    let md = newsline_output::render(&doc, newsline_output::Format::Markdown).unwrap();
    assert!(md.starts_with(
        "# Kim-Putin’s Vladivostok bromance may risk global security, from Europe to Asia\n"
    ));
    assert!(md.contains("*Updated 2023-09-11T14:42:00-04:00*"));
    assert!(md.contains("| When | What | Who | Source |"));
    assert!(md.contains("| October 2023 |"));
    assert!(md.contains("*(planned)*"));
    assert!(md.contains("## Who's who") && md.contains("## Quotes"));
}
