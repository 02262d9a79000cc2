//! `html`: one self-contained page (inline CSS and JS, nothing fetched): a visual
//! timeline axis, the entries in order, and the article text with time
//! expressions, entities, quotes and event triggers highlighted. Hovering or
//! clicking an entry highlights the sentence it comes from.
//!
//! Annotations may cross each other (a quote running over two sentences, an entity
//! mention inside a timex). The text is cut at every annotation boundary and, for
//! each piece, the open elements are kept in one fixed nesting order (block,
//! sentence, quote, entity, timex, trigger); an element that must close early to
//! keep the nesting is reopened right after, carrying the same `data-*` id. So the
//! markup is always well-formed and every byte of the text appears exactly once.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use chrono::NaiveDateTime;
use newsline_model::merged::MergedTimeline;
use newsline_model::{BlockKind, Document, EntityType, QuoteKind, Span, TimexType};

use crate::common::{self, Row};

const STYLE: &str = r#"
:root{--ink:#1d232a;--muted:#5c6670;--line:#c9d1d9;--accent:#1f6feb;--hl:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f8fa}
header{padding:1.2rem 2rem;background:#fff;border-bottom:1px solid var(--line)}
header h1{margin:0 0 .3rem;font-size:1.5rem;line-height:1.25}
.meta{margin:0;color:var(--muted);font-size:.9rem}
main{display:grid;grid-template-columns:minmax(18rem,30rem) 1fr;gap:1.5rem;padding:1.5rem 2rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem}
h2{margin:0 0 .8rem;font-size:1.1rem}
.axis{position:relative;height:2.6rem;margin:0 .6rem 1rem;border-bottom:2px solid var(--ink)}
.axis .tick{position:absolute;bottom:-7px;width:12px;height:12px;margin-left:-6px;border-radius:50%;background:var(--accent);border:2px solid #fff}
.axis .tick.vague{background:var(--muted)}
.axis .end{position:absolute;top:0;font-size:.75rem;color:var(--muted)}
.axis .end.first{left:0}.axis .end.last{right:0}
ol.timeline{list-style:none;margin:0;padding:0 0 0 1.2rem;border-left:3px solid var(--line)}
.timeline-entry{position:relative;margin:0 0 .9rem;padding:.45rem .6rem;border-radius:6px;cursor:pointer}
.timeline-entry::before{content:"";position:absolute;left:-1.75rem;top:.8rem;width:12px;height:12px;border-radius:50%;background:var(--accent);border:2px solid #fff}
.timeline-entry.vague::before{background:var(--muted)}
.timeline-entry:hover,.timeline-entry:focus,.timeline-entry.pinned{background:#eef4ff;outline:none}
.when{display:block;font-weight:600;color:var(--accent)}
.what{display:block}
.who,.source,.docs{display:block;font-size:.85rem;color:var(--muted)}
.badge{display:inline-block;margin-left:.3rem;padding:0 .4rem;border-radius:4px;font-size:.75rem;background:#eaeef2;color:var(--muted)}
.modality-planned .badge,.modality-expected .badge{background:#ddf4ff;color:#0969da}
.modality-possible .badge{background:#fff8c5;color:#9a6700}
.modality-negated .badge{background:#ffebe9;color:#cf222e}
.reports{margin:.3rem 0 0;padding-left:1rem;font-size:.85rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.legend{margin:0 0 .8rem;font-size:.85rem}
.legend span{margin-right:.6rem}
.block-headline{font-size:1.2rem;font-weight:700}
.block-heading{font-weight:700}
.block-timestamp,.block-byline,.block-credit,.block-note,.block-unrecognized{color:var(--muted)}
.sentence.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl)}
mark{background:none;color:inherit;border-radius:3px}
mark.timex{background:#ddf4ff;border-bottom:2px solid #54aeff}
mark.entity{border-bottom:2px solid #8c959f}
mark.ent-person{border-bottom-color:#bf3989}
mark.ent-org{border-bottom-color:#8250df}
mark.ent-gpe,mark.ent-loc,mark.ent-fac{border-bottom-color:#1a7f37}
.quote{font-style:italic;background:#f6f8fa}
.trigger{font-weight:600;text-decoration:underline dotted}
"#;

const SCRIPT: &str = r#"
(function () {
  var entries = document.querySelectorAll('.timeline-entry');
  function parts(s) { return s ? document.querySelectorAll('[data-s="' + s + '"]') : []; }
  function light(s, on) {
    var els = parts(s);
    for (var i = 0; i < els.length; i++) { els[i].classList.toggle('hl', on); }
  }
  for (var i = 0; i < entries.length; i++) {
    (function (li) {
      var s = li.getAttribute('data-sentence');
      var show = function () { light(s, true); };
      var hide = function () { if (!li.classList.contains('pinned')) { light(s, false); } };
      li.addEventListener('mouseenter', show);
      li.addEventListener('focus', show);
      li.addEventListener('mouseleave', hide);
      li.addEventListener('blur', hide);
      li.addEventListener('click', function () {
        var pinned = li.classList.toggle('pinned');
        light(s, pinned);
        var first = parts(s)[0];
        if (pinned && first && first.scrollIntoView) { first.scrollIntoView({block: 'center'}); }
      });
      li.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); li.click(); }
      });
    })(entries[i]);
  }
  document.body.setAttribute('data-ready', String(entries.length));
})();
"#;

pub(crate) fn render(doc: &Document) -> String {
    let headline = doc.document.headline.as_deref().unwrap_or(doc.id.as_str());
    let mut out = String::with_capacity(doc.text.len() * 3 + 8192);
    page_start(&mut out, &common::collapse(headline));
    let mut meta = Vec::new();
    if let Some(ts) = common::timestamp_label(doc) {
        meta.push(ts);
    }
    if let Some(d) = &doc.document.dateline {
        meta.push(d.place.clone());
    }
    meta.push(doc.id.clone());
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"meta\">{}</p></header>\n<main>",
        esc(&common::collapse(headline)),
        esc(&meta.join(" · "))
    );

    let sentences = sentence_spans(doc);
    let rows = common::rows(doc);
    out.push_str("<section class=\"timeline-panel\" aria-label=\"Timeline\">\n<h2>Timeline</h2>\n");
    axis(&rows, &mut out);
    out.push_str("<ol class=\"timeline\" id=\"timeline\">\n");
    for row in &rows {
        let sid = sentence_id(&sentences, row.event.sentence.span);
        entry_open(row, sid.as_deref(), &row.event.id, &mut out);
        entry_body(row, &mut out);
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if rows.is_empty() {
        out.push_str("<p class=\"meta\">No dated events.</p>\n");
    }
    out.push_str("</section>\n");

    out.push_str("<section class=\"article\" aria-label=\"Article\">\n<h2>Article</h2>\n");
    out.push_str(
        "<p class=\"legend\"><span><mark class=\"timex\">time</mark></span>\
         <span><mark class=\"entity ent-person\">person</mark></span>\
         <span><mark class=\"entity ent-org\">organization</mark></span>\
         <span><mark class=\"entity ent-gpe\">place</mark></span>\
         <span><span class=\"quote\">quote</span></span>\
         <span><span class=\"trigger\">event</span></span></p>\n",
    );
    out.push_str("<div class=\"text\" id=\"text\">");
    annotated_text(doc, &sentences, &mut out);
    out.push_str("</div>\n</section>\n</main>\n");
    page_end(&mut out);
    out
}

pub(crate) fn render_merged(timeline: &MergedTimeline, docs: &[Document]) -> String {
    let mut out = String::with_capacity(16384);
    page_start(&mut out, "Merged timeline");
    let multi = timeline.entries.iter().filter(|e| e.docs.len() > 1).count();
    let _ = writeln!(
        out,
        "<header><h1>Merged timeline</h1><p class=\"meta\">{} documents · {} entries · {} reported by more than one document</p></header>\n<main>",
        timeline.docs.len(),
        timeline.entries.len(),
        multi
    );
    let rows = common::merged_rows(timeline, docs);
    out.push_str("<section class=\"timeline-panel\" aria-label=\"Timeline\">\n<h2>Timeline</h2>\n");
    let firsts: Vec<&Row<'_>> = {
        let mut seen = BTreeSet::new();
        rows.iter()
            .filter(|r| r.merged.is_some_and(|(id, _)| seen.insert(id)))
            .collect()
    };
    axis_of(firsts.iter().copied(), &mut out);
    out.push_str("<ol class=\"timeline\" id=\"timeline\">\n");
    let mut i = 0;
    while let Some(first) = rows.get(i) {
        let id = first.merged.map_or("", |(id, _)| id);
        let group: Vec<&Row<'_>> = rows
            .iter()
            .skip(i)
            .take_while(|r| r.merged.map_or("", |(m, _)| m) == id)
            .collect();
        i += group.len().max(1);
        entry_open(first, None, id, &mut out);
        entry_body(first, &mut out);
        let cited = first.merged.map(|(_, d)| d.join(", ")).unwrap_or_default();
        let _ = write!(out, "<span class=\"docs\">{}</span>", esc(&cited));
        if group.len() > 1 {
            out.push_str("<ul class=\"reports\">");
            for r in &group {
                let _ = write!(
                    out,
                    "<li><b>{}</b>: {}</li>",
                    esc(&r.doc.id),
                    esc(&common::shorten(&r.sentence(), 220))
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
    out.push_str("<section aria-label=\"Documents\">\n<h2>Documents</h2>\n<ul>\n");
    for doc in docs {
        let headline = doc.document.headline.as_deref().unwrap_or("(no headline)");
        let _ = writeln!(
            out,
            "<li><b>{}</b> — {} <span class=\"meta\">{}</span></li>",
            esc(&doc.id),
            esc(&common::collapse(headline)),
            esc(&common::timestamp_label(doc).unwrap_or_default())
        );
    }
    out.push_str("</ul>\n</section>\n</main>\n");
    page_end(&mut out);
    out
}

fn page_start(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"newsline\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );
}

fn page_end(out: &mut String) {
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
}

fn entry_open(row: &Row<'_>, sentence: Option<&str>, id: &str, out: &mut String) {
    let vague = if row.vague { " vague" } else { "" };
    let _ = write!(
        out,
        "<li class=\"timeline-entry modality-{}{vague}\" id=\"entry-{}\" data-event=\"{}\" data-value=\"{}\"",
        row.modality(),
        esc(id),
        esc(id),
        esc(row.value)
    );
    if let Some(iv) = row.interval {
        let _ = write!(
            out,
            " data-start=\"{}\" data-end=\"{}\"",
            iv.start.format("%Y-%m-%dT%H:%M:%S"),
            iv.end.format("%Y-%m-%dT%H:%M:%S")
        );
    }
    if let Some(s) = sentence {
        let _ = write!(out, " data-sentence=\"{s}\"");
    }
    out.push_str(" tabindex=\"0\">");
}

fn entry_body(row: &Row<'_>, out: &mut String) {
    let _ = write!(
        out,
        "<time class=\"when\" datetime=\"{}\">{}</time>",
        esc(row.value),
        esc(&row.when())
    );
    let trigger = common::collapse(&row.event.trigger.text);
    let _ = write!(
        out,
        "<span class=\"what\"><b>{}</b> — {}<span class=\"badge\">{}</span></span>",
        esc(&trigger),
        esc(&common::shorten(&row.sentence(), 240)),
        row.modality()
    );
    let who = row.participants();
    if !who.is_empty() {
        let _ = write!(out, "<span class=\"who\">{}</span>", esc(&who.join(", ")));
    }
    let source = row.source();
    if !source.is_empty() {
        let _ = write!(
            out,
            "<span class=\"source\">according to {}</span>",
            esc(&source)
        );
    }
}

fn axis(rows: &[Row<'_>], out: &mut String) {
    axis_of(rows.iter(), out);
}

/// The proportional axis: one dot per dated entry at its start between the
/// earliest start and the latest end. Vague entries have no place on it.
fn axis_of<'a, 'd: 'a>(rows: impl Iterator<Item = &'a Row<'d>> + Clone, out: &mut String) {
    let dated: Vec<(&Row<'_>, NaiveDateTime, NaiveDateTime)> = rows
        .filter(|r| !r.vague)
        .filter_map(|r| r.interval.map(|iv| (r, iv.start, iv.end)))
        .collect();
    let (Some(min), Some(max)) = (
        dated.iter().map(|d| d.1).min(),
        dated.iter().map(|d| d.2).max(),
    ) else {
        return;
    };
    let span = (max - min).num_seconds().max(1) as f64;
    out.push_str("<div class=\"axis\" aria-hidden=\"true\">");
    let _ = write!(
        out,
        "<span class=\"end first\">{}</span><span class=\"end last\">{}</span>",
        min.format("%Y-%m-%d"),
        (max - chrono::Duration::seconds(1)).format("%Y-%m-%d")
    );
    for (row, start, _) in &dated {
        let pct = (*start - min).num_seconds() as f64 / span * 100.0;
        let id = row.merged.map_or(row.event.id.as_str(), |(m, _)| m);
        let _ = write!(
            out,
            "<a class=\"tick\" href=\"#entry-{}\" style=\"left:{pct:.2}%\" title=\"{}\"></a>",
            esc(id),
            esc(&row.when())
        );
    }
    out.push_str("</div>\n");
}

/// The sentence spans of the document, plus any event sentence it does not list,
/// in text order; their index is their `data-s` id.
fn sentence_spans(doc: &Document) -> Vec<Span> {
    let mut set: BTreeSet<Span> = doc.sentences.iter().map(|s| s.span).collect();
    set.extend(doc.events.iter().map(|e| e.sentence.span));
    set.into_iter()
        .filter(|s| !s.is_empty() && s.slice(&doc.text).is_some())
        .collect()
}

fn sentence_id(sentences: &[Span], span: Span) -> Option<String> {
    sentences
        .binary_search(&span)
        .ok()
        .map(|i| format!("s{}", i + 1))
}

/// One element to open over a span of the text.
struct Ann {
    span: Span,
    layer: u8,
    open: String,
    close: &'static str,
}

fn annotated_text(doc: &Document, sentences: &[Span], out: &mut String) {
    let text = doc.text.as_str();
    let mut anns: Vec<Ann> = Vec::new();
    for b in &doc.blocks {
        let kind = match b.kind {
            BlockKind::Headline => "headline",
            BlockKind::Timestamp => "timestamp",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Credit => "credit",
            BlockKind::Note => "note",
            BlockKind::Unrecognized => "unrecognized",
        };
        anns.push(Ann {
            span: b.span,
            layer: 0,
            open: format!("<span class=\"block block-{kind}\">"),
            close: "</span>",
        });
    }
    for (i, s) in sentences.iter().enumerate() {
        anns.push(Ann {
            span: *s,
            layer: 1,
            open: format!("<span class=\"sentence\" data-s=\"s{}\">", i + 1),
            close: "</span>",
        });
    }
    let names: HashMap<&str, &str> = doc
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    for q in &doc.quotes {
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Scare => "scare",
        };
        let speaker = q
            .speaker
            .as_deref()
            .and_then(|id| names.get(id).copied())
            .or(q.speaker_name.as_deref())
            .unwrap_or("unattributed");
        anns.push(Ann {
            span: q.span,
            layer: 2,
            open: format!(
                "<span class=\"quote quote-{kind}\" data-q=\"{}\" title=\"{}\">",
                esc(&q.id),
                esc(&format!("{kind} quote: {speaker}"))
            ),
            close: "</span>",
        });
    }
    for e in &doc.entities {
        let ty = match e.entity_type {
            EntityType::Person => "person",
            EntityType::Org => "org",
            EntityType::Gpe => "gpe",
            EntityType::Loc => "loc",
            EntityType::Norp => "norp",
            EntityType::Event => "event",
            EntityType::Fac => "fac",
        };
        for m in &e.mentions {
            anns.push(Ann {
                span: m.span,
                layer: 3,
                open: format!(
                    "<mark class=\"entity ent-{ty}\" data-entity=\"{}\" title=\"{}\">",
                    esc(&e.id),
                    esc(&format!("{}: {}", ty.to_uppercase(), e.name))
                ),
                close: "</mark>",
            });
        }
    }
    for t in &doc.timexes {
        let ty = match t.timex_type {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        anns.push(Ann {
            span: t.span,
            layer: 4,
            open: format!(
                "<mark class=\"timex\" data-timex=\"{}\" title=\"{}\">",
                esc(&t.id),
                esc(&format!("{ty} {}", t.value))
            ),
            close: "</mark>",
        });
    }
    for ev in &doc.events {
        anns.push(Ann {
            span: ev.trigger.span,
            layer: 5,
            open: format!("<span class=\"trigger\" data-event=\"{}\">", esc(&ev.id)),
            close: "</span>",
        });
    }
    // Only spans that fit the text and cut no character; empty ones show nothing.
    anns.retain(|a| !a.span.is_empty() && a.span.slice(text).is_some());
    nest(text, &anns, out);
}

/// Writes `text` with the annotations as well-formed nested elements, splitting
/// an element where it crosses the boundary of one that must enclose it.
fn nest(text: &str, anns: &[Ann], out: &mut String) {
    // Boundaries: every start and end, plus both ends of the text.
    let mut starts: Vec<(usize, usize)> = anns
        .iter()
        .enumerate()
        .map(|(i, a)| (a.span.start, i))
        .collect();
    let mut ends: Vec<(usize, usize)> = anns
        .iter()
        .enumerate()
        .map(|(i, a)| (a.span.end, i))
        .collect();
    starts.sort_unstable();
    ends.sort_unstable();
    let mut cuts: Vec<usize> = starts.iter().chain(ends.iter()).map(|&(p, _)| p).collect();
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();

    type Key = (u8, usize, Reverse<usize>, usize);
    let key = |i: usize| -> Key {
        let a = anns.get(i);
        (
            a.map_or(0, |a| a.layer),
            a.map_or(0, |a| a.span.start),
            Reverse(a.map_or(0, |a| a.span.end)),
            i,
        )
    };
    let mut active: BTreeSet<Key> = BTreeSet::new();
    let mut stack: Vec<usize> = Vec::new();
    let (mut si, mut ei) = (0, 0);
    for w in cuts.windows(2) {
        let (Some(&from), Some(&to)) = (w.first(), w.get(1)) else {
            continue;
        };
        while let Some(&(p, i)) = ends.get(ei) {
            if p > from {
                break;
            }
            active.remove(&key(i));
            ei += 1;
        }
        while let Some(&(p, i)) = starts.get(si) {
            if p > from {
                break;
            }
            active.insert(key(i));
            si += 1;
        }
        let wanted: Vec<usize> = active.iter().map(|k| k.3).collect();
        let keep = stack
            .iter()
            .zip(wanted.iter())
            .take_while(|(a, b)| a == b)
            .count();
        while stack.len() > keep {
            if let Some(i) = stack.pop() {
                out.push_str(anns.get(i).map_or("", |a| a.close));
            }
        }
        for &i in wanted.iter().skip(keep) {
            if let Some(a) = anns.get(i) {
                out.push_str(&a.open);
            }
            stack.push(i);
        }
        out.push_str(&esc(text.get(from..to).unwrap_or_default()));
    }
    while let Some(i) = stack.pop() {
        out.push_str(anns.get(i).map_or("", |a| a.close));
    }
}

/// HTML-escapes text and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(start: usize, end: usize, layer: u8, name: &str) -> Ann {
        Ann {
            span: Span::new(start, end),
            layer,
            open: format!("<{name}>"),
            close: Box::leak(format!("</{name}>").into_boxed_str()),
        }
    }

    /// Removes tags and unescapes, to check no text was lost or doubled.
    fn strip(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn crossing_spans_are_split_and_nested() {
        // "abcdef": sentence 0..4, quote 2..6 crosses it.
        let anns = [ann(0, 4, 1, "s"), ann(2, 6, 2, "q")];
        let mut out = String::new();
        nest("abcdef", &anns, &mut out);
        assert_eq!(out, "<s>ab<q>cd</q></s><q>ef</q>");
    }

    #[test]
    fn inner_layer_spanning_outer_boundary_reopens_outer() {
        // A timex (layer 4) containing an entity (layer 3) that sticks out.
        let anns = [ann(0, 4, 4, "t"), ann(2, 6, 3, "e")];
        let mut out = String::new();
        nest("abcdef", &anns, &mut out);
        assert_eq!(out, "<t>ab</t><e><t>cd</t>ef</e>");
    }

    #[test]
    fn same_layer_overlaps_nest_longer_first() {
        let anns = [ann(1, 3, 4, "x"), ann(1, 5, 4, "y")];
        let mut out = String::new();
        nest("abcdef", &anns, &mut out);
        assert_eq!(out, "a<y><x>bc</x>de</y>f");
    }

    #[test]
    fn text_is_escaped_and_kept_whole() {
        let text = "<b>\"Tom & Jerry's\"</b> ünïcode";
        let anns = [ann(0, 10, 1, "s"), ann(4, 20, 3, "e"), ann(8, 14, 4, "t")];
        let mut out = String::new();
        nest(text, &anns, &mut out);
        assert!(!out.contains("<b>"));
        assert_eq!(strip(&out), text);
    }

    #[test]
    fn page_is_self_contained_and_escaped() {
        let mut doc = Document::new("x<y>", "A <script>alert(1)</script> story.");
        doc.document.headline = Some("Head & <shoulders>".into());
        let html = render(&doc);
        assert!(html.contains("<title>Head &amp; &lt;shoulders&gt;</title>"));
        assert!(html.contains("A &lt;script&gt;alert(1)&lt;/script&gt; story."));
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="));
        assert_eq!(html.matches("<script>").count(), 1);
    }
}
