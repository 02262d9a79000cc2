//! HTML input: page metadata and main text, laid out as a text article.
//!
//! [`extract`] parses a page with html5ever (through `scraper`), resolves the
//! metadata by the precedence documented in [`meta`] (JSON-LD > OpenGraph and
//! `article:*` > other `<meta>` > `<time>`/`<h1>`/`<title>`), and extracts the
//! main text with readability-style scoring (the `content` module). The text is laid
//! out the way the text article parser reads articles:
//!
//! ```text
//! Headline
//!
//! By Jane Roe and John Doe
//!
//! Published March 4, 2021, 5:06 a.m. GMT+9
//!
//! First paragraph…
//!
//! Subhead
//!
//! Next paragraph…
//! ```
//!
//! Every pass over the tree is a loop over a flat pre-order vector, so deep
//! nesting cannot overflow the stack, and nothing here panics on any input.
//!
//! Offset map precision: runs copied from text nodes map exactly, byte for byte;
//! a run is split wherever the HTML had an entity or a whitespace run that was
//! collapsed, so the decoded character and the collapsed space themselves are
//! unmapped. Text nodes whose start cannot be located (first character from an
//! entity, text moved by the HTML tree builder) are unmapped, and so are the
//! synthesized headline, byline and timestamp lines. When the input is not
//! valid UTF-8 it is decoded lossily and source offsets refer to that decoding.
//!
//! ```
//! use newsline_parse::html::html_to_document;
//!
//! let page = r#"<html><head><title>Rates rise again as inflation bites | Daily</title>
//! <meta property="article:published_time" content="2024-05-01T09:30:00+02:00"></head>
//! <body><article><p>The central bank raised rates on Wednesday, its third rise this year, citing inflation.</p></article></body></html>"#;
//! let doc = newsline_parse::html::html_to_document("p1", page, Some("https://example.com/a"));
//! assert_eq!(doc.document.headline.as_deref(), Some("Rates rise again as inflation bites"));
//! assert!(doc.text.contains("The central bank raised rates"));
//! assert_eq!(doc.document.field_sources["published"], "meta");
//! ```

mod content;
pub mod date;
mod dom;
pub mod meta;

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use newsline_model::{
    Block, BlockKind, Byline, Dct, DctSource, Diagnostic, Document, Level, Metadata, OffsetMapping,
    SourceFormat, Span, Timestamp, TimestampKind,
};

use self::meta::FieldSource;

/// What [`extract`] recovers from a page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extracted {
    /// Headline, byline, timestamp lines and body, separated by blank lines.
    pub text: String,
    /// Metadata with `field_sources`; byline and timestamp spans point into `text`.
    pub metadata: Metadata,
    /// Blocks of `text`: headline, byline, timestamp, then headings and paragraphs.
    pub blocks: Vec<Block>,
    /// Runs of `text` copied from the HTML, with their byte offsets in the input.
    pub offset_map: Vec<OffsetMapping>,
    /// What was odd about the page.
    pub diagnostics: Vec<Diagnostic>,
}

impl Extracted {
    /// The body only (headings and paragraphs), paragraphs separated by `\n`.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            if matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading) {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(b.span.slice(&self.text).unwrap_or_default());
            }
        }
        out
    }
}

/// Extracts metadata and main text from page bytes; never panics. Invalid UTF-8
/// is decoded lossily with an `html/invalid-utf8` diagnostic.
pub fn extract(html: &[u8], url: Option<&str>) -> Extracted {
    match std::str::from_utf8(html) {
        Ok(s) => extract_str(s, url),
        Err(_) => {
            let s = String::from_utf8_lossy(html);
            let mut ex = extract_str(&s, url);
            ex.diagnostics.insert(
                0,
                Diagnostic::new(
                    Level::Warning,
                    "html/invalid-utf8",
                    "the page is not valid UTF-8; it was decoded lossily and source offsets refer to that decoding",
                ),
            );
            ex
        }
    }
}

/// [`extract`] for a page already decoded.
pub fn extract_str(html: &str, _url: Option<&str>) -> Extracted {
    let mut diagnostics = Vec::new();
    let controls = html
        .bytes()
        .take(4096)
        .filter(|b| *b < 0x09 || (*b > 0x0d && *b < 0x20))
        .count();
    if controls > 64 {
        diagnostics.push(Diagnostic::new(
            Level::Warning,
            "html/binary",
            "the input looks like binary data, not HTML",
        ));
    }
    let parsed = scraper::Html::parse_document(html);
    let dom = dom::Dom::new(&parsed);
    let page = dom.page_meta();
    let resolved = meta::resolve(&page);
    if resolved.bad_jsonld > 0 {
        diagnostics.push(Diagnostic::new(
            Level::Info,
            "html/bad-json-ld",
            format!(
                "{} JSON-LD block(s) could not be parsed",
                resolved.bad_jsonld
            ),
        ));
    }
    let raw_blocks = content::extract_blocks(&dom, html.as_bytes());
    let mut ex = layout(&resolved, raw_blocks);
    if !ex.blocks.iter().any(|b| b.kind == BlockKind::Paragraph) {
        diagnostics.push(Diagnostic::new(
            Level::Warning,
            "html/no-content",
            "no article text was found in the page",
        ));
    }
    if ex.metadata.headline.is_none() {
        diagnostics.push(Diagnostic::new(
            Level::Info,
            "html/no-headline",
            "the page has no title or headline",
        ));
    }
    diagnostics.append(&mut ex.diagnostics);
    ex.diagnostics = diagnostics;
    ex
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `March 4, 2021, 5:06 a.m. GMT+9`, or the date alone for a midnight-UTC value
/// (which is how date-only metadata is read).
fn format_stamp(d: &DateTime<FixedOffset>) -> (String, String) {
    use chrono::Datelike;
    let month = newsline_model::MONTH_NAMES
        .get(d.month0() as usize)
        .copied()
        .unwrap_or("January");
    let off = d.offset().local_minus_utc();
    let zone = if off == 0 {
        "UTC".to_owned()
    } else {
        let sign = if off < 0 { '-' } else { '+' };
        let a = off.unsigned_abs();
        if a % 3600 == 0 {
            format!("GMT{sign}{}", a / 3600)
        } else {
            format!("GMT{sign}{}:{:02}", a / 3600, (a % 3600) / 60)
        }
    };
    let date = format!("{month} {}, {}", d.day(), d.year());
    if off == 0 && d.hour() == 0 && d.minute() == 0 && d.second() == 0 {
        return (date, zone);
    }
    let (h12, pm) = {
        let h = d.hour();
        (if h % 12 == 0 { 12 } else { h % 12 }, h >= 12)
    };
    let ampm = if pm { "p.m." } else { "a.m." };
    (
        format!("{date}, {h12}:{:02} {ampm} {zone}", d.minute()),
        zone,
    )
}

fn layout(r: &meta::Resolved, raw: Vec<content::RawBlock>) -> Extracted {
    let mut ex = Extracted::default();
    let mut md = Metadata::default();
    let mut text = String::new();
    let mut blocks = Vec::new();
    let sep = |text: &mut String| {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
    };
    let src = |md: &mut Metadata, field: &str, s: FieldSource| {
        md.field_sources
            .insert(field.to_owned(), s.as_str().to_owned());
    };

    let headline_norm = r.headline.as_ref().map(|(h, _)| norm(h));
    if let Some((h, s)) = &r.headline
        && !h.is_empty()
    {
        let start = text.len();
        text.push_str(h);
        blocks.push(Block {
            kind: BlockKind::Headline,
            span: Span::new(start, text.len()),
        });
        md.headline = Some(h.clone());
        src(&mut md, "headline", *s);
    }
    if let Some((names, s)) = &r.authors
        && !names.is_empty()
    {
        sep(&mut text);
        let start = text.len();
        text.push_str("By ");
        for (k, name) in names.iter().enumerate() {
            if k > 0 {
                text.push_str(if k + 1 == names.len() { " and " } else { ", " });
            }
            // `Jane Roe | NJ Advance Media`: the part after the bar is the outlet.
            let (name, affiliation) = match name.split_once(" | ") {
                Some((n, a)) if !n.trim().is_empty() => (
                    n.trim(),
                    Some(a.trim().to_owned()).filter(|a| !a.is_empty()),
                ),
                _ => (name.as_str(), None),
            };
            let ns = text.len();
            text.push_str(name);
            md.bylines.push(Byline {
                name: name.to_owned(),
                affiliation,
                place: None,
                span: Span::new(ns, text.len()),
            });
        }
        blocks.push(Block {
            kind: BlockKind::Byline,
            span: Span::new(start, text.len()),
        });
        src(&mut md, "bylines", *s);
    }
    for (kind, val) in [
        (TimestampKind::Published, &r.published),
        (TimestampKind::Updated, &r.updated),
    ] {
        let Some((d, s)) = val else { continue };
        if kind == TimestampKind::Updated && r.published.as_ref().is_some_and(|(p, _)| p == d) {
            // Same instant as publication: the page never changed.
            md.updated = Some(*d);
            md.updated_utc = Some(d.with_timezone(&Utc));
            src(&mut md, "updated", *s);
            continue;
        }
        sep(&mut text);
        let start = text.len();
        text.push_str(if kind == TimestampKind::Published {
            "Published "
        } else {
            "Updated "
        });
        let (stamp, zone) = format_stamp(d);
        let ds = text.len();
        text.push_str(&stamp);
        let span = Span::new(ds, text.len());
        blocks.push(Block {
            kind: BlockKind::Timestamp,
            span: Span::new(start, text.len()),
        });
        md.timestamps.push(Timestamp {
            kind,
            local: *d,
            utc: d.with_timezone(&Utc),
            zone_text: Some(zone),
            zone: None,
            span,
        });
        if kind == TimestampKind::Published {
            md.published = Some(*d);
            md.published_utc = Some(d.with_timezone(&Utc));
            src(&mut md, "published", *s);
        } else {
            md.updated = Some(*d);
            md.updated_utc = Some(d.with_timezone(&Utc));
            src(&mut md, "updated", *s);
        }
    }
    if let Some(d) = md.published.or(md.updated) {
        let t = d.time();
        let time = (t != chrono::NaiveTime::MIN || d.offset().local_minus_utc() != 0).then_some(t);
        let mut dct = Dct::new(d.date_naive(), time, DctSource::Timestamp);
        dct.utc_offset_seconds = time.map(|_| d.offset().local_minus_utc());
        md.dct = Some(dct);
    }
    if let Some((s, f)) = &r.section {
        md.section = Some(s.clone());
        src(&mut md, "section", *f);
    }
    if let Some((p, f)) = &r.publisher {
        md.publisher = Some(p.clone());
        src(&mut md, "publisher", *f);
    }

    let byline_norm = md
        .bylines
        .first()
        .map(|b| norm(&b.name))
        .filter(|n| !n.is_empty());
    let mut first = true;
    for b in raw {
        let n = norm(&b.text);
        // The page's own headline and byline repeat what the top lines say.
        if first && headline_norm.as_deref() == Some(n.as_str()) {
            continue;
        }
        if b.kind == BlockKind::Heading && headline_norm.as_deref() == Some(n.as_str()) {
            continue;
        }
        if let Some(bn) = &byline_norm
            && n.len() < bn.len() + 8
            && n.contains(bn.as_str())
            && b.text.chars().count() < 80
        {
            continue;
        }
        first = false;
        sep(&mut text);
        let start = text.len();
        text.push_str(&b.text);
        for m in b.map {
            ex.offset_map.push(OffsetMapping {
                text_start: m.text_start + start,
                source_start: m.source_start,
                len: m.len,
            });
        }
        blocks.push(Block {
            kind: b.kind,
            span: Span::new(start, text.len()),
        });
    }
    ex.text = text;
    ex.metadata = md;
    ex.blocks = blocks;
    ex
}

/// Builds a [`Document`] from a page: `source.format = Html`, the URL, the
/// offset map, the metadata with its `field_sources`, the blocks, and the
/// diagnostics of the extraction.
pub fn html_to_document(id: &str, html: &str, url: Option<&str>) -> Document {
    let ex = extract_str(html, url);
    let mut doc = Document::new(id, ex.text);
    doc.source.format = SourceFormat::Html;
    doc.source.url = url.map(str::to_owned);
    doc.source.offset_map = ex.offset_map;
    doc.document = ex.metadata;
    doc.blocks = ex.blocks;
    doc.diagnostics = ex.diagnostics;
    doc
}

#[cfg(test)]
mod tests;
