//! The reference article: the facts issue 2 lists, checked exactly.

use newsline::model::{BlockKind, CreditRole, Document, NoteKind};

const SEED: &str = include_str!("../../fixtures/articles/000_rfa_seed.txt");

fn seed() -> Document {
    newsline::process_text("000_rfa_seed", SEED, &newsline::Options::default())
}

#[test]
fn headline_and_timestamp() {
    let doc = seed();
    let meta = &doc.document;
    assert_eq!(
        meta.headline.as_deref(),
        Some("Kim-Putin’s Vladivostok bromance may risk global security, from Europe to Asia")
    );
    let json = serde_json::to_value(meta).unwrap();
    assert_eq!(json["updated"], "2023-09-11T14:42:00-04:00");
    assert_eq!(json["updated_utc"], "2023-09-11T18:42:00Z");
    assert_eq!(
        meta.dct.as_ref().map(|d| d.value.as_str()),
        Some("2023-09-11T14:42")
    );
}

#[test]
fn blocks() {
    let doc = seed();
    let headings: Vec<&str> = doc
        .blocks_of(BlockKind::Heading)
        .map(|s| doc.slice(s))
        .collect();
    assert_eq!(
        headings,
        [
            "‘Hat in hand’",
            "Denuclearization of North Korea",
            "China on the fence"
        ]
    );
    assert_eq!(doc.blocks_of(BlockKind::Paragraph).count(), 31);
    let trailer: Vec<&str> = doc
        .blocks_of(BlockKind::Unrecognized)
        .map(|s| doc.slice(s))
        .collect();
    assert_eq!(trailer, ["User Input"]);
}

#[test]
fn notes_and_credits() {
    let doc = seed();
    let meta = &doc.document;
    assert_eq!(meta.notes.len(), 1);
    assert_eq!(meta.notes[0].kind, NoteKind::Update);
    assert_eq!(
        meta.notes[0].text,
        "Updates with U.S. State Department spokesman’s comments, attribution in graf 8."
    );
    let additional: Vec<_> = meta
        .credits
        .iter()
        .filter(|c| c.role == CreditRole::AdditionalReporting)
        .map(|c| (c.name.as_str(), c.place.as_deref()))
        .collect();
    assert_eq!(additional, [("Alex Willemyns", Some("Washington"))]);
    let editors: Vec<_> = meta
        .credits
        .iter()
        .filter(|c| c.role == CreditRole::Editing)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(editors, ["Elaine Chan", "Mike Firn", "Malcolm Foster"]);
    for credit in &meta.credits {
        assert_eq!(doc.slice(credit.span), credit.name);
    }
}

#[test]
fn text_is_kept_byte_for_byte() {
    let doc = seed();
    assert_eq!(doc.text, SEED);
    assert!(doc.text.contains('\u{a0}'), "non-breaking spaces stay");
}
