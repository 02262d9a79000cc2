//! Article structure, sentence and time-expression grammars for newsline.
//!
//! Parsing never fails: [`parse_article`] takes a [`Document`] and adds to it,
//! recording what was odd as diagnostics. Only whole-input problems (empty,
//! binary, too large) are errors, from [`decode`], before a document exists.
//!
//! Diagnostics this crate's structure parser and decoder emit:
//!
//! | code | level | when |
//! |---|---|---|
//! | `parse/bom` | info | a UTF-8 byte order mark was removed |
//! | `parse/utf16` | info | the bytes were UTF-16 with a BOM |
//! | `parse/invalid-utf8` | warning | invalid UTF-8, decoded lossily (first bad offset, count) |
//! | `parse/ambiguous-zone` | info | `IST` read as Asia/Kolkata, `CST` as America/Chicago |
//! | `parse/zone-dst-mismatch` | warning | `EST` written on a summer date; the written offset is kept |
//! | `parse/nonexistent-local-time` | warning | a local time skipped by DST; shifted forward by the gap |
//! | `parse/ambiguous-local-time` | warning | a local time that happens twice; the earlier instant is taken |
//! | `parse/timestamp-without-zone` | info | a timestamp with a time but no zone: DCT only, no instant |
//! | `parse/timestamp-unresolved` | info | a timestamp line with no usable date (`Feb. 30`, time only) |
//!
//! ```
//! use newsline_model::{BlockKind, Document};
//!
//! let text = "Kim meets Putin\n\nUpdated Sept. 11, 2023, 2:42 p.m. ET\n\n\
//!             SEOUL, Sept. 11 (Yonhap) -- Kim left on Monday. He went by train.\n";
//! let mut doc = Document::new("demo", text);
//! newsline_parse::parse_article(&mut doc);
//! assert_eq!(doc.document.headline.as_deref(), Some("Kim meets Putin"));
//! assert_eq!(doc.document.updated_utc.unwrap().to_rfc3339(), "2023-09-11T18:42:00+00:00");
//! assert_eq!(doc.document.dct.as_ref().unwrap().value, "2023-09-11T14:42");
//! assert_eq!(doc.document.dateline.as_ref().unwrap().agency.as_deref(), Some("Yonhap"));
//! assert_eq!(doc.blocks[2].kind, BlockKind::Paragraph);
//! assert_eq!(doc.sentences.len(), 3);
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod decode;
pub mod html;
pub mod jsonl;
mod sentence;
mod structure;
pub mod timex;

use newsline_model::Document;

pub use decode::{DEFAULT_MAX_BYTES, DecodeOptions, InputError, decode, decode_with};
pub use sentence::split_sentences;
pub use timex::recognize_timexes;

/// Fills `doc.blocks`, `doc.document` (headline, timestamps with zones,
/// published/updated, dateline, bylines, credits, notes, `field_sources`),
/// `doc.sentences` (of headline, heading and paragraph blocks), and
/// `doc.document.dct` from the latest known publication time — only when no DCT
/// is set yet (a JSONL `dct` or `--dct` set by the caller wins).
///
/// Every non-whitespace byte of `doc.text` ends up in exactly one block; blocks
/// and sentences are in text order and lie on `char` boundaries. Calling it again
/// replaces the blocks and sentences and re-derives the metadata.
pub fn parse_article(doc: &mut Document) {
    structure::parse(doc);
}
