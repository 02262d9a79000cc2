//! `timeml`: TempEval-3 compatible TimeML with inline `TIMEX3` tags.
//!
//! The text between the tags is the document text, XML-escaped (`&`, `<`, `>`),
//! so the TempEval-3 toolkit aligns it with the gold. TIMEX3 cannot nest: of
//! overlapping time expressions only the first (earliest start, then longest) is
//! tagged; the others stay as plain text, so no text is lost.

use std::fmt::Write as _;

use newsline_model::{Document, TimexMod, TimexType};

pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(doc.text.len() + 512);
    out.push_str("<?xml version=\"1.0\" ?>\n");
    out.push_str(
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n",
    );
    let _ = writeln!(out, "<DOCID>{}</DOCID>\n", text_esc(&doc.id));

    if let Some(dct) = &doc.document.dct {
        let ty = if dct.value.contains('T') {
            "TIME"
        } else {
            "DATE"
        };
        // The creation time as the article writes it, when it came from its text.
        let written = doc
            .document
            .timestamps
            .iter()
            .find(|t| t.local.date_naive() == dct.date)
            .and_then(|t| t.span.slice(&doc.text))
            .filter(|_| dct.source == newsline_model::DctSource::Timestamp)
            .unwrap_or(dct.value.as_str());
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"{ty}\" value=\"{}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n",
            attr_esc(&dct.value),
            text_esc(written)
        );
    }

    out.push_str("<TEXT>");
    let text = doc.text.as_str();
    let mut order: Vec<usize> = (0..doc.timexes.len()).collect();
    order.sort_by_key(|&i| {
        doc.timexes
            .get(i)
            .map(|t| (t.span.start, std::cmp::Reverse(t.span.end), i))
    });
    let mut pos = 0;
    for i in order {
        let Some(t) = doc.timexes.get(i) else {
            continue;
        };
        let Some(inner) = t.span.slice(text) else {
            continue;
        };
        if t.span.is_empty() || t.span.start < pos {
            continue;
        }
        out.push_str(&text_esc(text.get(pos..t.span.start).unwrap_or_default()));
        let ty = match t.timex_type {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        let _ = write!(
            out,
            "<TIMEX3 tid=\"{}\" type=\"{ty}\" value=\"{}\"",
            attr_esc(&t.id),
            attr_esc(&t.value)
        );
        if let Some(m) = t.modifier {
            let _ = write!(out, " mod=\"{}\"", mod_name(m));
        }
        if let Some(freq) = &t.freq {
            let _ = write!(out, " freq=\"{}\"", attr_esc(freq));
        }
        if let Some(quant) = &t.quant {
            let _ = write!(out, " quant=\"{}\"", attr_esc(quant));
        }
        if let Some(anchor) = t.anchor.as_deref() {
            let anchor_id = if anchor == "dct" {
                doc.document.dct.as_ref().map(|_| "t0")
            } else {
                doc.timex(anchor).map(|a| a.id.as_str())
            };
            if let Some(id) = anchor_id {
                let _ = write!(
                    out,
                    " temporalFunction=\"true\" anchorTimeID=\"{}\"",
                    attr_esc(id)
                );
            }
        }
        if t.function.as_deref() == Some("CREATION_TIME") {
            out.push_str(" functionInDocument=\"CREATION_TIME\"");
        }
        let _ = write!(out, ">{}</TIMEX3>", text_esc(inner));
        pos = t.span.end;
    }
    out.push_str(&text_esc(text.get(pos..).unwrap_or_default()));
    out.push_str("</TEXT>\n\n</TimeML>\n");
    out
}

pub(crate) fn mod_name(m: TimexMod) -> &'static str {
    match m {
        TimexMod::Before => "BEFORE",
        TimexMod::After => "AFTER",
        TimexMod::OnOrBefore => "ON_OR_BEFORE",
        TimexMod::OnOrAfter => "ON_OR_AFTER",
        TimexMod::LessThan => "LESS_THAN",
        TimexMod::MoreThan => "MORE_THAN",
        TimexMod::EqualOrLess => "EQUAL_OR_LESS",
        TimexMod::EqualOrMore => "EQUAL_OR_MORE",
        TimexMod::Start => "START",
        TimexMod::Mid => "MID",
        TimexMod::End => "END",
        TimexMod::Approx => "APPROX",
    }
}

/// Escapes element text. Characters XML 1.0 cannot carry at all (C0 controls
/// other than tab, newline and carriage return) become U+FFFD of the same
/// role, one for one, so the document stays well-formed.
fn text_esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

fn attr_esc(s: &str) -> String {
    text_esc(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use newsline_model::{Dct, DctSource, Span, Timex};

    fn timex(id: &str, text: &str, start: usize, end: usize, value: &str) -> Timex {
        Timex {
            value: value.into(),
            ..Timex::new(
                id.into(),
                Span::new(start, end),
                text.get(start..end).unwrap().into(),
                TimexType::Date,
            )
        }
    }

    fn untag(s: &str) -> String {
        let body = s
            .split("<TEXT>")
            .nth(1)
            .unwrap()
            .split("</TEXT>")
            .next()
            .unwrap();
        let mut out = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    #[test]
    fn inline_tags_keep_the_text_and_skip_overlaps() {
        let text = "On Monday & <late> Monday night, AT&T met.";
        let mut doc = Document::new("d1", text);
        doc.document.dct = Some(Dct::new(
            NaiveDate::from_ymd_opt(2023, 9, 11).unwrap(),
            None,
            DctSource::Record,
        ));
        let mut late = timex("t2", text, 13, 31, "2023-09-11TNI");
        late.modifier = Some(TimexMod::End);
        late.anchor = Some("dct".into());
        doc.timexes = vec![
            timex("t1", text, 3, 9, "2023-09-11"),
            late,
            // Nested inside t2: dropped.
            timex("t3", text, 19, 25, "2023-09-11"),
        ];
        let xml = render(&doc);
        assert!(xml.starts_with("<?xml version=\"1.0\" ?>\n<TimeML "));
        assert!(xml.contains("<DOCID>d1</DOCID>"));
        assert!(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-09-11\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2023-09-11</TIMEX3></DCT>"));
        assert!(xml.contains(
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-09-11\">Monday</TIMEX3> &amp; "
        ));
        assert!(xml.contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-09-11TNI\" mod=\"END\" temporalFunction=\"true\" anchorTimeID=\"t0\">late&gt; Monday night</TIMEX3>"));
        assert!(!xml.contains("tid=\"t3\""));
        assert_eq!(untag(&xml), text);
    }

    #[test]
    fn invalid_spans_and_control_characters_do_not_break_xml() {
        let text = "a\u{1}b é";
        let mut doc = Document::new("d", text);
        // Cuts the é in two: skipped.
        doc.timexes = vec![
            timex("t1", "a\u{1}b ee", 0, 1, "X"),
            timex("t2", text, 4, 6, "X"),
        ];
        doc.timexes[1].span = Span::new(5, 6);
        let xml = render(&doc);
        assert!(xml.contains(
            "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">a</TIMEX3>\u{FFFD}b é</TEXT>"
        ));
    }
}
