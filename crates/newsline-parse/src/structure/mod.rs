//! Article structure: blocks, headline, timestamps, dateline, bylines, credits,
//! notes, and the DCT they imply.
//!
//! Blocks are runs of lines between blank lines (a line of only whitespace,
//! NBSP included, is blank; `\n`, `\r\n` and lone `\r` all end lines). Inside a
//! run, header lines (timestamp, byline, a dateline on its own line) become
//! blocks of their own, and a run of long lines without blank lines between them
//! is one paragraph per line. Every non-whitespace byte ends up in exactly one
//! block, and what the parser cannot place is kept as `unrecognized`.

pub(crate) mod atoms;
pub(crate) mod dateline;
pub(crate) mod people;
pub(crate) mod stamp;
pub(crate) mod zone;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use newsline_model::{
    Block, BlockKind, Byline, Credit, Dateline, Dct, DctSource, Diagnostic, Document, Level, Note,
    NoteKind, Span, SpanRef, Timestamp, TimestampKind,
};

use crate::sentence::split_sentences;

/// A line longer than this is a paragraph of its own even without a blank line
/// after it (one-paragraph-per-line files); shorter lines may be hard-wrapped.
const LONG_LINE: usize = 100;

/// A unit of text before classification.
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    single_line: bool,
}

/// Content ranges of the lines of `text` (without their line ends).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match memchr::memchr2(b'\n', b'\r', bytes.get(start..).unwrap_or_default()) {
            Some(k) => {
                let at = start + k;
                let line = (start, at);
                let crlf = bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n');
                start = at + if crlf { 2 } else { 1 };
                Some(line)
            }
            None => {
                done = true;
                Some((start, text.len()))
            }
        }
    })
}

/// `(start, end)` of `r` trimmed of whitespace, or `None` when blank.
fn trimmed(text: &str, (a, b): (usize, usize)) -> Option<Span> {
    let s = text.get(a..b)?;
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let t = t.trim_end();
    if t.is_empty() {
        return None;
    }
    Some(Span::new(a + lead, a + lead + t.len()))
}

/// A header line that stands as its own block inside a run of lines.
fn is_header_line(t: &str) -> bool {
    stamp::parse_line(t).is_some() || people::byline(t).is_some() || dateline_alone(t)
}

fn dateline_alone(t: &str) -> bool {
    if is_undated(t) {
        return true;
    }
    dateline::dateline(t).is_some_and(|d| t.get(d.end..).is_none_or(|r| r.trim().is_empty()))
}

fn is_undated(t: &str) -> bool {
    let t = t.trim_end_matches([' ', '_', '-', '—']);
    t.eq_ignore_ascii_case("(undated)") || t == "UNDATED"
}

fn units(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut run: Vec<Span> = Vec::new();
    let flush = |run: &mut Vec<Span>, out: &mut Vec<Unit>| {
        if run.is_empty() {
            return;
        }
        let long = run.len() > 1 && run.iter().any(|s| s.len() > LONG_LINE);
        let mut group: Option<Span> = None;
        let mut group_lines = 0;
        for &line in run.iter() {
            let t = text.get(line.start..line.end).unwrap_or_default();
            let alone = run.len() > 1 && (long || is_header_line(t));
            if alone {
                if let Some(g) = group.take() {
                    out.push(Unit {
                        span: g,
                        single_line: group_lines == 1,
                    });
                }
                out.push(Unit {
                    span: line,
                    single_line: true,
                });
                group_lines = 0;
            } else {
                group = Some(group.map_or(line, |g| g.cover(&line)));
                group_lines += 1;
            }
        }
        if let Some(g) = group {
            out.push(Unit {
                span: g,
                single_line: group_lines == 1,
            });
        }
        run.clear();
    };
    for l in lines(text) {
        match trimmed(text, l) {
            Some(s) => run.push(s),
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The text with closing quotes and brackets removed from its end.
fn strip_closers(t: &str) -> &str {
    t.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
}

fn headline_like(t: &str) -> bool {
    if t.len() > 250 {
        return false;
    }
    let words = t.split_whitespace().count();
    let last = strip_closers(t).chars().last();
    (1..=30).contains(&words)
        && t.len() <= 250
        && !matches!(last, Some('.' | ',' | ':' | ';'))
        && t.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| !c.is_lowercase())
}

fn heading_like(t: &str) -> bool {
    if t.len() > 120 {
        return false;
    }
    let words = t.split_whitespace().count();
    let last = strip_closers(t).chars().last();
    (1..=12).contains(&words)
        && t.len() <= 120
        && !matches!(last, Some('.' | ',' | ':' | ';' | '!' | '?' | '…'))
        && t.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| !c.is_lowercase())
}

fn starts_ci(t: &str, p: &str) -> bool {
    t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
}

/// Blocks that may stand above the headline (timestamps, bylines, wire routing).
fn is_header_kind(k: BlockKind) -> bool {
    matches!(
        k,
        BlockKind::Timestamp | BlockKind::Byline | BlockKind::Unrecognized | BlockKind::Note
    )
}

/// A wire-service routing line (`BC-Kenya-Explosion, 5th Ld-Writethru`, `URGENT`):
/// kept as unrecognized so it never passes for a headline or subhead.
fn wire_routing(t: &str) -> bool {
    let slug = ["BC-", "AM-", "PM-"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    });
    (slug && t.len() <= 120)
        || matches!(t, "URGENT" | "BULLETIN" | "FLASH" | "ADVISORY" | "UNDATED")
}

/// The kind of note a block is, if it is one.
fn note_kind(t: &str) -> Option<NoteKind> {
    const UPDATE: &[&str] = &[
        "updates with",
        "updates to",
        "updated with",
        "update:",
        "this story has been updated",
        "this article has been updated",
        "this story was updated",
        "this article was updated",
        "this story will be updated",
        "this is a developing story",
    ];
    const EDITOR: &[&str] = &[
        "editor's note",
        "editor’s note",
        "editors' note",
        "editors’ note",
    ];
    const CORRECTION: &[&str] = &[
        "correction,",
        "correction:",
        "correction added",
        "correction appended",
        "corrections:",
        "clarification:",
        "clarification,",
        "this article has been corrected",
        "this story has been corrected",
        "an earlier version of this",
    ];
    if t.len() > 1500 {
        return None;
    }
    if let Some(rest) = t.strip_prefix("Eds:") {
        return Some(if rest.contains("UPDATES") || rest.contains("Updates") {
            NoteKind::Update
        } else {
            NoteKind::Editor
        });
    }
    if UPDATE.iter().any(|p| starts_ci(t, p)) {
        return Some(NoteKind::Update);
    }
    if EDITOR.iter().any(|p| starts_ci(t, p)) {
        return Some(NoteKind::Editor);
    }
    if CORRECTION.iter().any(|p| starts_ci(t, p)) {
        return Some(NoteKind::Correction);
    }
    None
}

/// Fills blocks, metadata, sentences and (if unset) the DCT of `doc`.
pub(crate) fn parse(doc: &mut Document) {
    if !doc.blocks.is_empty() {
        presegmented(doc);
        return;
    }
    let text = doc.text.as_str();
    let units = units(text);
    let mut blocks: Vec<Block> = Vec::with_capacity(units.len());
    // Metadata a richer source already gave (HTML meta tags) wins over the text.
    let mut meta = std::mem::take(&mut doc.document);
    let given_headline = meta.headline.is_some();
    let given_people = !meta.bylines.is_empty();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut dct_candidates: Vec<DctCandidate> = Vec::new();
    let mut dateline_paragraph: Option<(usize, usize)> = None;
    let mut seen_paragraph = false;
    let mut seen_headline = false;

    for (k, unit) in units.iter().enumerate() {
        let t = text.get(unit.span.start..unit.span.end).unwrap_or_default();
        let prev = blocks.last().map(|b| b.kind);
        let single = unit.single_line;
        // A bare date inside the body is content (a list, a caption), not a header.
        let kind = if single
            && let Some(stamps) = stamp::parse_line(t)
            && (!seen_paragraph || stamps.iter().any(|s| s.time.is_some()))
        {
            if stamps.is_empty() {
                diags.push(
                    Diagnostic::new(
                        Level::Info,
                        "parse/timestamp-unresolved",
                        "a timestamp line gives no usable calendar date (missing or impossible)",
                    )
                    .at(unit.span),
                );
            }
            for s in stamps {
                add_stamp(
                    unit.span.start,
                    t,
                    &s,
                    &mut meta,
                    &mut dct_candidates,
                    &mut diags,
                );
            }
            BlockKind::Timestamp
        } else if single && let Some(names) = people::byline(t) {
            for n in names.into_iter().filter(|_| !given_people) {
                meta.bylines.push(Byline {
                    name: t.get(n.name.0..n.name.1).unwrap_or_default().to_owned(),
                    affiliation: n.affiliation,
                    place: n.place,
                    span: Span::new(unit.span.start + n.name.0, unit.span.start + n.name.1),
                });
            }
            BlockKind::Byline
        } else if single
            && prev == Some(BlockKind::Byline)
            && let Some(org) = people::byline_affiliation(t)
        {
            for b in meta.bylines.iter_mut().filter(|b| b.affiliation.is_none()) {
                b.affiliation = Some(org.to_owned());
            }
            BlockKind::Byline
        } else if single && !seen_paragraph && dateline_alone(t) {
            if meta.dateline.is_none() && !is_undated(t) {
                if let Some(d) = dateline::dateline(t) {
                    meta.dateline = Some(make_dateline(t, unit.span.start, &d));
                }
            }
            BlockKind::Dateline
        } else if single && wire_routing(t) {
            BlockKind::Unrecognized
        } else if single
            && !seen_headline
            && blocks.iter().all(|b| is_header_kind(b.kind))
            && headline_like(t)
        {
            seen_headline = true;
            if !given_headline {
                meta.headline = Some(t.to_owned());
                meta.field_sources
                    .insert("headline".to_owned(), "text".to_owned());
            }
            BlockKind::Headline
        } else if let Some(nk) = note_kind(t) {
            meta.notes.push(Note {
                kind: nk,
                text: t.to_owned(),
                span: unit.span,
            });
            BlockKind::Note
        } else if people::is_credit(t) {
            for c in people::credits(t) {
                meta.credits.push(Credit {
                    role: c.role,
                    name: t.get(c.name.0..c.name.1).unwrap_or_default().to_owned(),
                    place: c.place,
                    span: Span::new(unit.span.start + c.name.0, unit.span.start + c.name.1),
                });
            }
            BlockKind::Credit
        } else if k > 0 && single && heading_like(t) {
            BlockKind::Heading
        } else {
            if !seen_paragraph && meta.dateline.is_none() {
                if let Some(d) = dateline::dateline(t) {
                    let dl = make_dateline(t, unit.span.start, &d);
                    dateline_paragraph = Some((blocks.len(), dl.span.end));
                    meta.dateline = Some(dl);
                }
            }
            seen_paragraph = true;
            BlockKind::Paragraph
        };
        blocks.push(Block {
            kind,
            span: unit.span,
        });
    }

    // A heading heads body text: one with no paragraph after it is a trailer.
    let mut paragraph_after = false;
    for b in blocks.iter_mut().rev() {
        match b.kind {
            BlockKind::Paragraph => paragraph_after = true,
            BlockKind::Heading if !paragraph_after => b.kind = BlockKind::Unrecognized,
            _ => {}
        }
    }

    finish_times(&mut meta);
    if !meta.bylines.is_empty() && !given_people {
        meta.field_sources
            .insert("bylines".to_owned(), "text".to_owned());
    }
    if meta.dateline.is_some() {
        meta.field_sources
            .insert("dateline".to_owned(), "text".to_owned());
    }

    let mut sentences = Vec::new();
    for (k, b) in blocks.iter().enumerate() {
        if matches!(
            b.kind,
            BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph
        ) {
            let mut span = b.span;
            if let Some((bk, end)) = dateline_paragraph {
                if bk == k && end <= span.end {
                    span.start = end;
                }
            }
            sentences.extend(
                split_sentences(text, span)
                    .into_iter()
                    .map(|span| SpanRef { span }),
            );
        }
    }

    doc.blocks = blocks;
    doc.sentences = sentences;
    if meta.dct.is_none() {
        meta.dct = dct_from(&meta, &dct_candidates);
        if meta.dct.is_some() {
            meta.field_sources
                .insert("dct".to_owned(), "text".to_owned());
        }
    }
    doc.document = meta;
    doc.diagnostics.extend(diags);
}

/// Blocks given by the caller (HTML extraction): keep them, add sentences, and
/// derive the DCT from the metadata the caller found.
fn presegmented(doc: &mut Document) {
    let mut sentences = Vec::new();
    for b in &doc.blocks {
        if matches!(
            b.kind,
            BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph
        ) {
            sentences.extend(
                split_sentences(&doc.text, b.span)
                    .into_iter()
                    .map(|span| SpanRef { span }),
            );
        }
    }
    doc.sentences = sentences;
    let meta = &mut doc.document;
    if meta.dct.is_none() {
        let latest = [meta.updated, meta.published]
            .into_iter()
            .flatten()
            .max_by_key(|t| t.with_timezone(&Utc));
        if let Some(local) = latest {
            let mut dct = Dct::new(local.date_naive(), Some(local.time()), DctSource::Timestamp);
            dct.utc_offset_seconds = Some(local.offset().local_minus_utc());
            meta.dct = Some(dct);
        } else if let Some(t) = meta.timestamps.iter().max_by_key(|t| t.utc) {
            let mut dct = Dct::new(
                t.local.date_naive(),
                Some(t.local.time()),
                DctSource::Timestamp,
            );
            dct.utc_offset_seconds = Some(t.local.offset().local_minus_utc());
            meta.dct = Some(dct);
        }
    }
}

fn make_dateline(t: &str, base: usize, d: &dateline::Found) -> Dateline {
    let s = |r: (usize, usize)| t.get(r.0..r.1).unwrap_or_default().to_owned();
    let end = t.get(..d.end).map_or(d.end, |h| h.trim_end().len());
    Dateline {
        place: d.place.map(s).unwrap_or_default(),
        agency: d.agency.map(s),
        date: d.date.map(|(r, _)| s(r)),
        span: Span::new(base, base + end),
    }
}

/// A date (and time) that could serve as DCT but has no instant.
#[derive(Debug, Clone, Copy)]
struct DctCandidate {
    date: NaiveDate,
    time: Option<NaiveTime>,
}

fn add_stamp(
    base: usize,
    line: &str,
    s: &stamp::Stamp,
    meta: &mut newsline_model::Metadata,
    cands: &mut Vec<DctCandidate>,
    diags: &mut Vec<Diagnostic>,
) {
    let span = Span::new(base + s.span.0, base + s.span.1);
    let zone_text = s
        .zone_text
        .and_then(|(a, b)| line.get(a..b))
        .map(str::to_owned);
    match (s.time, s.zone) {
        (Some(time), Some(z)) => {
            let ndt = s.date.and_time(time);
            let zt = zone_text.clone().unwrap_or_default();
            if let Some(r) = zone::resolve(ndt, z, &zt, span, diags) {
                meta.timestamps.push(Timestamp {
                    kind: s.kind,
                    local: r.local,
                    utc: r.local.with_timezone(&Utc),
                    zone_text,
                    zone: r.iana,
                    span,
                });
            }
        }
        (Some(time), None) => {
            diags.push(
                Diagnostic::new(
                    Level::Info,
                    "parse/timestamp-without-zone",
                    "a timestamp gives no zone; it serves as a local DCT but not as an instant",
                )
                .at(span),
            );
            cands.push(DctCandidate {
                date: s.date,
                time: Some(time),
            });
        }
        (None, _) => cands.push(DctCandidate {
            date: s.date,
            time: None,
        }),
    }
}

fn finish_times(meta: &mut newsline_model::Metadata) {
    let pick = |kind: TimestampKind, latest: bool| -> Option<DateTime<FixedOffset>> {
        let it = meta
            .timestamps
            .iter()
            .filter(|t| t.kind == kind)
            .map(|t| t.local);
        if latest {
            it.max_by_key(|t| t.with_timezone(&Utc))
        } else {
            it.min_by_key(|t| t.with_timezone(&Utc))
        }
    };
    let published = pick(TimestampKind::Published, false);
    let updated = pick(TimestampKind::Updated, true);
    if let Some(p) = published.filter(|_| meta.published.is_none()) {
        meta.published = Some(p);
        meta.published_utc = Some(p.with_timezone(&Utc));
        meta.field_sources
            .insert("published".to_owned(), "text".to_owned());
    }
    if let Some(u) = updated.filter(|_| meta.updated.is_none()) {
        meta.updated = Some(u);
        meta.updated_utc = Some(u.with_timezone(&Utc));
        meta.field_sources
            .insert("updated".to_owned(), "text".to_owned());
    }
}

/// The latest known publication time: the latest timestamp instant, else a
/// zone-less timestamp line, else a dateline date that carries a year.
fn dct_from(meta: &newsline_model::Metadata, cands: &[DctCandidate]) -> Option<Dct> {
    if let Some(t) = meta.timestamps.iter().max_by_key(|t| t.utc) {
        let local = t.local;
        let mut dct = Dct::new(local.date_naive(), Some(local.time()), DctSource::Timestamp);
        dct.utc_offset_seconds = Some(local.offset().local_minus_utc());
        return Some(dct);
    }
    if let Some(c) = cands.iter().max_by_key(|c| (c.date, c.time)) {
        return Some(Dct::new(c.date, c.time, DctSource::Timestamp));
    }
    let dl = meta.dateline.as_ref()?;
    let written = dl.date.as_deref()?;
    let (_, d) = atoms::month_day_year(written).ok()?;
    Some(Dct::new(d.naive()?, None, DctSource::Dateline))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, String)> {
        let mut doc = Document::new("t", text);
        parse(&mut doc);
        doc.blocks
            .iter()
            .map(|b| (b.kind, doc.slice(b.span).to_owned()))
            .collect()
    }

    #[test]
    fn line_endings() {
        assert_eq!(
            lines("a\r\nb\rc\nd").collect::<Vec<_>>(),
            [(0, 1), (3, 4), (5, 6), (7, 8)]
        );
        let k = kinds("Title here\r\n\r\nBody one is a sentence.\r\rBody two.\r\n");
        assert_eq!(
            k,
            [
                (BlockKind::Headline, "Title here".into()),
                (BlockKind::Paragraph, "Body one is a sentence.".into()),
                (BlockKind::Paragraph, "Body two.".into()),
            ]
        );
    }

    #[test]
    fn nbsp_line_is_blank() {
        let k = kinds("First para is here.\n\u{a0} \nSecond para.");
        assert_eq!(k.len(), 2);
    }

    #[test]
    fn header_lines_split_from_runs() {
        let k = kinds(
            "Blast hits embassy\n\nBy CHEGE MBITIRU\nAssociated Press Writer\nNAIROBI, Kenya (AP) _\nA bomb exploded today.\nMany died.",
        );
        let kinds: Vec<BlockKind> = k.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Headline,
                BlockKind::Byline,
                BlockKind::Byline,
                BlockKind::Dateline,
                BlockKind::Paragraph
            ]
        );
        let mut doc = Document::new(
            "t",
            "Blast\n\nBy CHEGE MBITIRU\nAssociated Press Writer\n\nNAIROBI, Kenya (AP) _\n\nA bomb exploded.",
        );
        parse(&mut doc);
        assert_eq!(doc.document.bylines[0].name, "CHEGE MBITIRU");
        assert_eq!(
            doc.document.bylines[0].affiliation.as_deref(),
            Some("Associated Press")
        );
        let dl = doc.document.dateline.clone().unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("NAIROBI, Kenya", Some("AP"))
        );
        assert_eq!(doc.slice(dl.span), "NAIROBI, Kenya (AP) _");
    }

    #[test]
    fn long_lines_without_blank_lines_are_paragraphs() {
        let long = "This sentence is long enough to be a whole paragraph of its own in a file that puts one paragraph on each line.";
        let k = kinds(&format!("{long}\n{long}\n{long}"));
        assert_eq!(k.len(), 3);
        assert!(k.iter().all(|x| x.0 == BlockKind::Paragraph));
    }

    #[test]
    fn dateline_in_first_paragraph() {
        let text =
            "Senate passes bill\n\nWASHINGTON (AP) — The Senate voted Tuesday. It was close.";
        let mut doc = Document::new("t", text);
        parse(&mut doc);
        let dl = doc.document.dateline.clone().unwrap();
        assert_eq!(doc.slice(dl.span), "WASHINGTON (AP) —");
        assert_eq!(doc.blocks[1].kind, BlockKind::Paragraph);
        assert_eq!(
            doc.slice(doc.sentences[1].span),
            "The Senate voted Tuesday."
        );
        let text = "KUALA LUMPUR, April 1 , 1997 (AFP) Malaysia said.";
        let mut doc = Document::new("t", text);
        parse(&mut doc);
        let dct = doc.document.dct.unwrap();
        assert_eq!(
            (dct.value.as_str(), dct.source),
            ("1997-04-01", DctSource::Dateline)
        );
    }

    #[test]
    fn notes() {
        assert_eq!(
            note_kind(
                "Updates with U.S. State Department spokesman’s comments, attribution in graf 8."
            ),
            Some(NoteKind::Update)
        );
        assert_eq!(
            note_kind("Correction, Nov. 15, 2019: This article originally misidentified"),
            Some(NoteKind::Correction)
        );
        assert_eq!(
            note_kind("Correction: The story misspelled a name."),
            Some(NoteKind::Correction)
        );
        assert_eq!(
            note_kind("Editor's note: This story was updated at 5:45 p.m. ET."),
            Some(NoteKind::Editor)
        );
        assert_eq!(
            note_kind("Eds: UPDATES with explosion near U.S. Embassy in Tanzania."),
            Some(NoteKind::Update)
        );
        assert_eq!(note_kind("Correctional Center officials said"), None);
        assert_eq!(note_kind("Corrections Minister Peter Severin said"), None);
        assert_eq!(note_kind("Corrections and Clarifications"), None);
    }

    #[test]
    fn headings_and_trailers() {
        let text = "Head line\n\nBody text is here.\n\nA subhead\n\nMore body.\n\nReporting by Jane Doe.\n\nUser Input";
        let k: Vec<BlockKind> = kinds(text).into_iter().map(|x| x.0).collect();
        assert_eq!(
            k,
            [
                BlockKind::Headline,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Credit,
                BlockKind::Unrecognized
            ]
        );
    }

    #[test]
    fn stamps_into_metadata() {
        let text = "Title\n\nUpdated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET\n\nBody.";
        let mut doc = Document::new("t", text);
        parse(&mut doc);
        let m = &doc.document;
        assert_eq!(m.timestamps.len(), 2);
        assert_eq!(m.updated.unwrap().to_rfc3339(), "2019-11-19T08:21:00-05:00");
        assert_eq!(
            m.published.unwrap().to_rfc3339(),
            "2019-11-19T08:02:00-05:00"
        );
        assert_eq!(doc.slice(m.timestamps[1].span), "Nov. 19, 2019 8:02 am ET");
        assert_eq!(m.dct.as_ref().unwrap().value, "2019-11-19T08:21");
        assert_eq!(m.dct.as_ref().unwrap().utc_offset_seconds, Some(-18000));
    }

    #[test]
    fn wire_header() {
        let text = "URGENT\n\nBC-Kenya-Explosion, 5th Ld-Writethru\n\nEds: UPDATES with explosion near U.S. Embassy in Tanzania.\n\nBy CHEGE MBITIRU\nAssociated Press Writer\n\nNAIROBI, Kenya (AP) _ Bombs exploded Friday.";
        let k: Vec<BlockKind> = kinds(text).into_iter().map(|x| x.0).collect();
        assert_eq!(
            k,
            [
                BlockKind::Unrecognized,
                BlockKind::Unrecognized,
                BlockKind::Note,
                BlockKind::Byline,
                BlockKind::Byline,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn dst_edge_timestamps() {
        let mut doc = Document::new("t", "T\n\nUpdated 2:30 a.m. March 12, 2023 ET\n\nBody.");
        parse(&mut doc);
        assert_eq!(
            doc.document.updated.unwrap().to_rfc3339(),
            "2023-03-12T03:30:00-04:00"
        );
        assert_eq!(doc.diagnostics[0].code, "parse/nonexistent-local-time");
        assert_eq!(
            doc.slice(doc.diagnostics[0].span.unwrap()),
            "2:30 a.m. March 12, 2023 ET"
        );
        let mut doc = Document::new("t", "T\n\nUpdated Nov. 5, 2023, 1:30 a.m. ET\n\nBody.");
        parse(&mut doc);
        assert_eq!(
            doc.document.updated_utc.unwrap().to_rfc3339(),
            "2023-11-05T05:30:00+00:00"
        );
        assert_eq!(doc.diagnostics[0].code, "parse/ambiguous-local-time");
        let mut doc = Document::new(
            "t",
            "T\n\nAug. 18, 2020 4:17 pm EST\n\nUpdated : Nov 20, 2019 01:41 PM IST\n\nBody.",
        );
        parse(&mut doc);
        let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["parse/zone-dst-mismatch", "parse/ambiguous-zone"]);
        // February 30 is no date: the line is kept, nothing is invented.
        let mut doc = Document::new("t", "T\n\nUpdated Feb. 30, 2023, 2:42 p.m. ET\n\nBody.");
        parse(&mut doc);
        assert!(doc.document.updated.is_none());
        assert!(doc.document.dct.is_none());
    }

    #[test]
    fn headline_after_header_lines() {
        let k: Vec<BlockKind> =
            kinds("Updated Sept. 11, 2023, 2:42 p.m. ET\n\nKim meets Putin\n\nBody text.")
                .into_iter()
                .map(|x| x.0)
                .collect();
        assert_eq!(
            k,
            [
                BlockKind::Timestamp,
                BlockKind::Headline,
                BlockKind::Paragraph
            ]
        );
        let k: Vec<BlockKind> = kinds("Body text first.\n\nA subhead\n\nMore text.")
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(
            k,
            [
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn ap_article() {
        let text = "Senate passes border bill\n\nBy LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\n\nUpdated 5:45 PM EDT, July 4, 2023\n\nWASHINGTON (AP) — The Senate passed the bill Tuesday. Sen. Smith voted no.\n\nWhat comes next\n\nThe House votes next week.\n\nAssociated Press writer Marcia Dunn in Cape Canaveral, Florida, contributed to this report.\n\nCopyright 2023 The Associated Press";
        let mut doc = Document::new("ap", text);
        parse(&mut doc);
        let k: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            k,
            [
                BlockKind::Headline,
                BlockKind::Byline,
                BlockKind::Timestamp,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Credit,
                BlockKind::Unrecognized
            ]
        );
        let m = &doc.document;
        assert_eq!(m.bylines.len(), 3);
        assert_eq!(doc.slice(m.bylines[1].span), "MARY CLARE JALONICK");
        assert_eq!(m.updated.unwrap().to_rfc3339(), "2023-07-04T17:45:00-04:00");
        let dl = m.dateline.as_ref().unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("WASHINGTON", Some("AP"))
        );
        assert_eq!(m.credits[0].name, "Marcia Dunn");
        assert_eq!(
            m.credits[0].place.as_deref(),
            Some("Cape Canaveral, Florida")
        );
        let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(
            s,
            [
                "Senate passes border bill",
                "The Senate passed the bill Tuesday.",
                "Sen. Smith voted no.",
                "What comes next",
                "The House votes next week."
            ]
        );
    }

    #[test]
    fn reuters_article() {
        let text = "Stocks rally on rate hopes\n\nNEW YORK (Reuters) - U.S. stocks rose on Monday.\n\n(Reporting by Will Dunham; Editing by Tom Brown)";
        let mut doc = Document::new("r", text);
        parse(&mut doc);
        let m = &doc.document;
        assert_eq!(
            m.dateline.as_ref().unwrap().agency.as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            doc.slice(m.dateline.as_ref().unwrap().span),
            "NEW YORK (Reuters) -"
        );
        assert_eq!(m.credits.len(), 2);
        assert_eq!(doc.blocks.last().unwrap().kind, BlockKind::Credit);
        assert!(m.dct.is_none());
        let mut doc = Document::new("c", "(CNN) -- The Pennsylvania official was fired.");
        parse(&mut doc);
        let dl = doc.document.dateline.unwrap();
        assert_eq!((dl.place.as_str(), dl.agency.as_deref()), ("", Some("CNN")));
    }

    #[test]
    fn existing_dct_is_kept() {
        let mut doc = Document::new(
            "t",
            "Title\n\nUpdated Sept. 11, 2023, 2:42 p.m. ET\n\nBody.",
        );
        let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        doc.document.dct = Some(Dct::new(d, None, DctSource::Record));
        parse(&mut doc);
        assert_eq!(doc.document.dct.as_ref().unwrap().source, DctSource::Record);
        assert!(doc.document.updated.is_some());
    }
}
