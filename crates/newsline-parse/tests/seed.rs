//! The seed article's structure, checked fact by fact against its gold.

use newsline_model::{BlockKind, CreditRole, DctSource, Document, NoteKind};

const SEED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../fixtures/articles/000_rfa_seed.txt"
));

fn seed() -> Document {
    let mut doc = Document::new("000_rfa_seed", SEED);
    newsline_parse::parse_article(&mut doc);
    doc
}

#[test]
fn headline_and_times() {
    let doc = seed();
    let m = &doc.document;
    assert_eq!(
        m.headline.as_deref(),
        Some("Kim-Putin’s Vladivostok bromance may risk global security, from Europe to Asia")
    );
    assert_eq!(
        m.field_sources.get("headline").map(String::as_str),
        Some("text")
    );
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(json["updated"], "2023-09-11T14:42:00-04:00");
    assert_eq!(json["updated_utc"], "2023-09-11T18:42:00Z");
    assert!(m.published.is_none());
    assert_eq!(m.timestamps.len(), 1);
    assert_eq!(m.timestamps[0].zone.as_deref(), Some("America/New_York"));
    assert_eq!(m.timestamps[0].zone_text.as_deref(), Some("ET"));
    assert_eq!(
        doc.slice(m.timestamps[0].span),
        "Sept. 11, 2023, 2:42 p.m. ET"
    );
    let dct = m.dct.as_ref().unwrap();
    assert_eq!(dct.value, "2023-09-11T14:42");
    assert_eq!(dct.source, DctSource::Timestamp);
    assert_eq!(dct.utc_offset_seconds, Some(-4 * 3600));
    assert!(m.dateline.is_none());
    assert!(m.bylines.is_empty());
}

#[test]
fn blocks() {
    let doc = seed();
    let of = |k| doc.blocks_of(k).map(|s| doc.slice(s)).collect::<Vec<_>>();
    assert_eq!(
        of(BlockKind::Heading),
        [
            "‘Hat in hand’",
            "Denuclearization of North Korea",
            "China on the fence"
        ]
    );
    assert_eq!(of(BlockKind::Paragraph).len(), 31);
    assert_eq!(
        of(BlockKind::Timestamp),
        ["Updated Sept. 11, 2023, 2:42 p.m. ET"]
    );
    assert_eq!(of(BlockKind::Unrecognized), ["User Input"]);
    assert_eq!(of(BlockKind::Headline).len(), 1);
    assert_eq!(of(BlockKind::Note).len(), 1);
    assert_eq!(of(BlockKind::Credit).len(), 1);
    assert_eq!(doc.blocks.len(), 1 + 1 + 31 + 3 + 1 + 1 + 1);
    // Body text byte-identical (NBSPs kept): blocks are slices of the input.
    assert!(of(BlockKind::Paragraph)[2].contains("a\u{a0}person familiar"));
    assert_eq!(doc.text, SEED);
}

#[test]
fn notes_and_credits() {
    let doc = seed();
    let m = &doc.document;
    assert_eq!(m.notes.len(), 1);
    assert_eq!(m.notes[0].kind, NoteKind::Update);
    assert_eq!(
        m.notes[0].text,
        "Updates with U.S. State Department spokesman’s comments, attribution in graf 8."
    );
    let credits: Vec<(CreditRole, &str, Option<&str>)> = m
        .credits
        .iter()
        .map(|c| (c.role, c.name.as_str(), c.place.as_deref()))
        .collect();
    assert_eq!(
        credits,
        [
            (
                CreditRole::AdditionalReporting,
                "Alex Willemyns",
                Some("Washington")
            ),
            (CreditRole::Editing, "Elaine Chan", None),
            (CreditRole::Editing, "Mike Firn", None),
            (CreditRole::Editing, "Malcolm Foster", None),
        ]
    );
    for c in &m.credits {
        assert_eq!(doc.slice(c.span), c.name);
    }
}

#[test]
fn sentences() {
    let doc = seed();
    let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
    assert_eq!(
        s[0],
        "Kim-Putin’s Vladivostok bromance may risk global security, from Europe to Asia"
    );
    assert_eq!(
        s[1],
        "Four years ago, North Korean leader Kim Jong Un made a symbolic journey southwards, crossing the border with his armored train to engage with the leaders of the democratic world."
    );
    assert!(s.contains(
        &"“It means that he is having trouble sustaining the military effort,” he said."
    ));
    assert!(s.contains(&"“So he’s looking for help from North Korea.”"));
    assert!(s.contains(&"China, which wants to elevate its bargaining power against the U.S. and degrade Washington’s global leadership over time, is unlikely to prematurely collide directly with the U.S."));
    assert!(s.contains(&"However, Beijing could be compelled to reassess its relations with its authoritarian neighbors, as well as with Washington."));
    // Sentences lie inside headline/heading/paragraph blocks and are in order.
    for w in doc.sentences.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for sen in &doc.sentences {
        assert!(doc.blocks.iter().any(|b| matches!(
            b.kind,
            BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph
        ) && b.span.contains(&sen.span)));
    }
}
