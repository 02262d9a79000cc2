//! Entities, coreference, roles, quotes and events for newsline.
//!
//! [`enrich`] reads a [`Document`] whose blocks, sentences and (normalized) timexes
//! the earlier stages filled, and adds `entities`, `quotes` and `events`. When the
//! earlier stages have not run it falls back to its own paragraph and sentence
//! split, so it also works on bare text. Rules, gazetteers and document-level
//! coreference only: no statistical model, linear in the text.
//!
//! ```
//! use newsline_model::{Document, EntityType, QuoteKind};
//!
//! let mut doc = Document::new(
//!     "demo",
//!     "Russian President Vladimir Putin met reporters.\n\n\
//!      “We are ready,” Putin said.",
//! );
//! newsline_enrich::enrich(&mut doc);
//! let putin = doc.entities.iter().find(|e| e.name == "Vladimir Putin").unwrap();
//! assert_eq!(putin.entity_type, EntityType::Person);
//! assert_eq!(putin.roles[0].title, "Russian President");
//! assert_eq!(doc.quotes[0].kind, QuoteKind::Direct);
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some(putin.id.as_str()));
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod entities;
mod events;
mod gazetteer;
mod lex;
mod lexicon;
mod quotes;
mod text;

use newsline_model::{Document, Span};

pub use gazetteer::gazetteer_bytes;

/// Fills `doc.entities`, `doc.quotes` and `doc.events` (replacing what was there).
pub fn enrich(doc: &mut Document) {
    let paras = text::paragraphs(doc);
    let toks = text::tokenize(&doc.text);
    let sents = text::sentences(doc, &paras, &toks);
    let timex_spans: Vec<Span> = doc.timexes.iter().map(|t| t.span).collect();
    let (entities, quotes, events) = {
        let an = entities::analyze(doc, toks, sents);
        let quotes = quotes::find(&an, &paras, &timex_spans);
        let events = events::find(doc, &an, &quotes);
        (an.entities, quotes, events)
    };
    doc.entities = entities;
    doc.quotes = quotes;
    doc.events = events;
}

/// `e12`, `q3`: the id of the `n`th item of a layer. Written digit by digit rather
/// than with `format!`, which costs more than the rest of making a small entity.
pub(crate) fn numbered_id(prefix: char, n: usize) -> String {
    let mut id = String::with_capacity(8);
    id.push(prefix);
    let mut unit = 1usize;
    while unit <= n / 10 {
        unit *= 10;
    }
    loop {
        id.push(char::from(b'0' + (n / unit % 10) as u8));
        if unit == 1 {
            return id;
        }
        unit /= 10;
    }
}

#[cfg(test)]
mod tests;
