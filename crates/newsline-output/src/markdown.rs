//! `md`: the analyst's brief — headline and timestamp, the timeline table, who's
//! who, and quotes grouped by speaker.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use newsline_model::merged::MergedTimeline;
use newsline_model::{Document, EntityType, QuoteKind, Span};

use crate::common::{self, Row};

/// Characters before and after the trigger kept in the "What" column.
const CONTEXT_BEFORE: usize = 100;
const CONTEXT_AFTER: usize = 160;

pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    let headline = doc.document.headline.as_deref().unwrap_or(doc.id.as_str());
    let _ = writeln!(out, "# {}\n", escape(&common::collapse(headline)));
    let mut facts = Vec::new();
    if let Some(ts) = common::timestamp_label(doc) {
        facts.push(format!("*{}*", escape(&ts)));
    }
    if let Some(d) = &doc.document.dateline {
        let agency = d
            .agency
            .as_deref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        facts.push(escape(&format!("{}{agency}", d.place)));
    }
    if !doc.document.bylines.is_empty() {
        let names: Vec<&str> = doc
            .document
            .bylines
            .iter()
            .map(|b| b.name.as_str())
            .collect();
        facts.push(format!("By {}", escape(&names.join(", "))));
    }
    facts.push(format!("`{}`", doc.id.replace('`', "'")));
    let _ = writeln!(out, "{}\n", facts.join(" · "));

    out.push_str("## Timeline\n\n");
    let rows = common::rows(doc);
    if rows.is_empty() {
        out.push_str("_No dated events._\n\n");
    } else {
        out.push_str("| When | What | Who | Source |\n| --- | --- | --- | --- |\n");
        for row in &rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(&row.when()),
                what(row),
                escape(&row.participants().join(", ")),
                escape(&row.source()),
            );
        }
        out.push('\n');
    }

    whos_who(doc, &mut out);
    quotes(doc, &mut out);
    out
}

/// The sentence with its trigger in bold and the modality after it.
fn what(row: &Row<'_>) -> String {
    let sentence = row.event.sentence.span;
    let trigger = row.event.trigger.span;
    let doc = row.doc;
    let text = if sentence.contains(&trigger) && !trigger.is_empty() {
        let before = squash(doc.slice(Span::new(sentence.start, trigger.start)));
        let after = squash(doc.slice(Span::new(trigger.end, sentence.end)));
        let before = tail(before.trim_start(), CONTEXT_BEFORE);
        let after = head(after.trim_end(), CONTEXT_AFTER);
        format!(
            "{}**{}**{}",
            escape(&before),
            escape(&common::collapse(doc.slice(trigger))),
            escape(&after)
        )
    } else {
        escape(&common::shorten(
            &row.sentence(),
            CONTEXT_BEFORE + CONTEXT_AFTER,
        ))
    };
    format!("{text} *({})*", row.modality())
}

fn whos_who(doc: &Document, out: &mut String) {
    if doc.entities.is_empty() {
        return;
    }
    out.push_str("## Who's who\n\n");
    let groups = [
        ("People", &[EntityType::Person][..]),
        ("Organizations", &[EntityType::Org][..]),
        (
            "Places",
            &[EntityType::Gpe, EntityType::Loc, EntityType::Fac][..],
        ),
        (
            "Groups and events",
            &[EntityType::Norp, EntityType::Event][..],
        ),
    ];
    for (title, types) in groups {
        let members: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| types.contains(&e.entity_type))
            .collect();
        if members.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {title}\n");
        for e in members {
            let mut line = format!("- **{}**", escape(&e.name));
            let roles: Vec<String> = e
                .roles
                .iter()
                .map(|r| {
                    let mut s = r.title.clone();
                    if let Some(org) = &r.organization {
                        let _ = write!(s, ", {org}");
                    }
                    if let Some(place) = &r.place {
                        let _ = write!(s, " ({place})");
                    }
                    s
                })
                .collect();
            if !roles.is_empty() {
                let _ = write!(line, " — {}", escape(&roles.join("; ")));
            }
            let aliases: Vec<&str> = e
                .aliases
                .iter()
                .map(String::as_str)
                .filter(|a| *a != e.name)
                .collect();
            if !aliases.is_empty() {
                let _ = write!(line, " (also: {})", escape(&aliases.join(", ")));
            }
            let n = e.mentions.len();
            let _ = write!(line, " · {n} mention{}", if n == 1 { "" } else { "s" });
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
}

fn quotes(doc: &Document, out: &mut String) {
    let attributed: Vec<_> = doc
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Scare)
        .collect();
    if attributed.is_empty() {
        return;
    }
    out.push_str("## Quotes\n\n");
    // Speakers in order of their first quote; unattributed quotes last.
    let mut order: Vec<String> = Vec::new();
    let mut by_speaker: BTreeMap<String, Vec<_>> = BTreeMap::new();
    let index = common::Index::new(doc);
    for q in attributed {
        let name = index.speaker_of(q).unwrap_or("Unattributed").to_owned();
        if !by_speaker.contains_key(&name) {
            order.push(name.clone());
        }
        by_speaker.entry(name).or_default().push(q);
    }
    if let Some(pos) = order.iter().position(|n| n == "Unattributed") {
        let n = order.remove(pos);
        order.push(n);
    }
    for name in order {
        let _ = writeln!(out, "### {}\n", escape(&name));
        for q in by_speaker.get(&name).into_iter().flatten() {
            let kind = match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Partial => "partial",
                QuoteKind::Indirect => "indirect",
                QuoteKind::Scare => "scare",
            };
            let body = escape(&common::collapse(&q.text));
            let cue = q
                .cue
                .as_ref()
                .map(|c| format!(", {}", escape(&c.text)))
                .unwrap_or_default();
            let _ = writeln!(out, "> {body}\n>\n> — *{kind}{cue}*\n");
        }
    }
}

pub(crate) fn render_merged(timeline: &MergedTimeline, docs: &[Document]) -> String {
    let mut out = String::from("# Merged timeline\n\n");
    let _ = writeln!(
        out,
        "{} documents, {} entries, {} reported by more than one document.\n",
        timeline.docs.len(),
        timeline.entries.len(),
        timeline.entries.iter().filter(|e| e.docs.len() > 1).count()
    );
    out.push_str("## Timeline\n\n");
    let rows = common::merged_rows(timeline, docs);
    if rows.is_empty() {
        out.push_str("_No dated events._\n\n");
    } else {
        out.push_str(
            "| When | What | Who | Source | Documents |\n| --- | --- | --- | --- | --- |\n",
        );
        // One row per merged entry: its first report, and every document citing it.
        let mut last: Option<&str> = None;
        for row in &rows {
            let Some((id, entry_docs)) = row.merged else {
                continue;
            };
            if last == Some(id) {
                continue;
            }
            last = Some(id);
            let cited: Vec<String> = entry_docs
                .iter()
                .map(|d| format!("`{}`", d.replace('`', "'")))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape(&row.when()),
                what(row),
                escape(&row.participants().join(", ")),
                escape(&row.source()),
                cited.join(", ")
            );
        }
        out.push('\n');
    }
    out.push_str("## Documents\n\n");
    for doc in docs {
        let headline = doc.document.headline.as_deref().unwrap_or("(no headline)");
        let when = common::timestamp_label(doc).unwrap_or_default();
        let _ = writeln!(
            out,
            "- `{}` — {} {}",
            doc.id.replace('`', "'"),
            escape(&common::collapse(headline)),
            escape(&when)
        );
    }
    out
}

/// Whitespace runs as one space, ends kept (so pieces can be joined).
fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn tail(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().skip(n - max).collect();
    match cut.find(' ') {
        Some(i) => format!("…{}", cut.get(i..).unwrap_or_default()),
        None => format!("…{cut}"),
    }
}

fn head(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", cut.get(..i).unwrap_or_default()),
        None => format!("{cut}…"),
    }
}

/// Escapes what Markdown (and a table cell) would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_html() {
        assert_eq!(
            escape("a|b *c* <d> & #1\nx"),
            "a\\|b \\*c\\* &lt;d&gt; &amp; \\#1 x"
        );
    }

    #[test]
    fn empty_document_still_has_a_brief() {
        let doc = Document::new("empty", "");
        let md = render(&doc);
        assert!(md.starts_with("# empty\n\n`empty`\n\n## Timeline\n\n_No dated events._"));
    }

    #[test]
    fn context_is_cut_at_words() {
        assert_eq!(tail("one two three", 8), "… three");
        assert_eq!(head("one two three", 8), "one two…");
    }
}
