//! One snapshot per fixture article of what the whole pipeline makes of it, in a
//! compact form a reviewer can read beside the article: structure, time
//! expressions, entities, quotes and the timeline.

use std::collections::BTreeMap;
use std::path::Path;

use newsline::model::{Document, Span};
use serde_json::{Value, json};

fn side_car_dcts() -> BTreeMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/articles/dct.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn process(path: &Path) -> Document {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let id = newsline::input::id_of_path(path);
    let dct = side_car_dcts()
        .get(&name)
        .map(|d| newsline::parse_dct(d, newsline::model::DctSource::Record).unwrap());
    let source = newsline::model::Source {
        path: Some(name),
        ..Default::default()
    };
    newsline::process_bytes(&id, &bytes, source, dct, &newsline::Options::default()).unwrap()
}

fn excerpt(doc: &Document, span: Span) -> String {
    let text = doc.slice(span);
    let mut short: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        short.push('…');
    }
    short
}

fn summary(doc: &Document) -> Value {
    json!({
        "document": serde_json::to_value(&doc.document).unwrap(),
        "blocks": doc.blocks.iter().map(|b| format!("{:?}: {}", b.kind, excerpt(doc, b.span))).collect::<Vec<_>>(),
        "sentences": doc.sentences.len(),
        "timexes": doc.timexes.iter().map(|t| {
            let modifier = t.modifier.map(|m| format!(" {m:?}")).unwrap_or_default();
            format!("{} | {:?} {}{}", t.text, t.timex_type, t.value, modifier)
        }).collect::<Vec<_>>(),
        "entities": doc.entities.iter().map(|e| {
            let roles: Vec<_> = e.roles.iter().map(|r| r.title.clone()).collect();
            format!("{} [{:?}] aliases={:?} roles={:?} mentions={}", e.name, e.entity_type, e.aliases, roles, e.mentions.len())
        }).collect::<Vec<_>>(),
        "quotes": doc.quotes.iter().map(|q| {
            format!("{:?} {} <- {}", q.kind, excerpt(doc, q.span), q.speaker_name.as_deref().unwrap_or("?"))
        }).collect::<Vec<_>>(),
        "timeline": doc.timeline.iter().map(|entry| {
            let event = doc.events.iter().find(|e| e.id == entry.event);
            let what = event.map(|e| format!("{} ({:?})", e.trigger.text, e.modality)).unwrap_or_default();
            format!("{} {}", entry.value, what)
        }).collect::<Vec<_>>(),
        "diagnostics": doc.diagnostics.iter().map(|d| format!("{:?} {}: {}", d.level, d.code, d.message)).collect::<Vec<_>>(),
    })
}

#[test]
fn every_fixture_article() {
    insta::glob!("../../fixtures/articles", "*.txt", |path| {
        let doc = process(path);
        check_invariants(&doc);
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_json_snapshot!(summary(&doc));
        });
    });
}

/// What must hold for any document, whatever the stages decide.
fn check_invariants(doc: &Document) {
    let text = &doc.text;
    for t in &doc.timexes {
        assert_eq!(
            t.span.slice(text),
            Some(t.text.as_str()),
            "timex {} text",
            t.id
        );
    }
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(
                m.span.slice(text),
                Some(m.text.as_str()),
                "mention of {}",
                e.name
            );
        }
    }
    for q in &doc.quotes {
        assert_eq!(q.span.slice(text), Some(q.text.as_str()), "quote {}", q.id);
    }
    let mut last_end = 0;
    for b in &doc.blocks {
        assert!(
            b.span.start >= last_end && b.span.slice(text).is_some(),
            "blocks in order, on char boundaries"
        );
        last_end = b.span.end;
    }
    let covered: usize = doc
        .blocks
        .iter()
        .map(|b| {
            doc.slice(b.span)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    assert_eq!(
        covered,
        text.chars().filter(|c| !c.is_whitespace()).count(),
        "blocks cover every non-whitespace character"
    );
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, doc, "JSON round trip");
}
