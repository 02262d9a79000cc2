//! Rule-level tests on small texts.

use newsline_model::{Document, EntityType, QuoteKind};

fn run(text: &str) -> Document {
    let mut doc = Document::new("t", text);
    crate::enrich(&mut doc);
    doc
}

fn names(doc: &Document) -> Vec<(String, EntityType)> {
    doc.entities
        .iter()
        .map(|e| (e.name.clone(), e.entity_type))
        .collect()
}

#[test]
fn smoke() {
    let doc = run("Kim met Putin.");
    let _ = names(&doc);
}
