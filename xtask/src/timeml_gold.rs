//! Reads TempEval-3 `.tml` files as timex gold, so `eval timex --gold` takes a
//! TimeML folder as it is distributed as well as the `te3-tbaq` JSON.
//!
//! What a system sees is the `<TEXT>` element with every inline tag removed and
//! the XML entities decoded, exactly as the JSON sets were made; each
//! consuming `<TIMEX3>` inside it becomes a gold span over that text. The DCT is
//! the `value` of the TIMEX3 inside `<DCT>`.

use std::path::Path;

use newsline_parse::html::meta::decode_basic_entities as decode;

use crate::eval_timex::{GoldDoc, GoldTimex};

/// Every `*.tml` file of `dir` (sorted by name), or the one file `path` names.
pub fn read_path(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let files = if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    files
        .iter()
        .map(|f| {
            let raw = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
            let id = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            parse(&id, &raw).map_err(|e| format!("{}: {e}", f.display()))
        })
        .collect()
}

/// Parses one TimeML document; `fallback_id` names it when it has no `<DOCID>`.
pub fn parse(fallback_id: &str, raw: &str) -> Result<GoldDoc, String> {
    let doc_id = element_body(raw, "DOCID").map_or_else(|| fallback_id.to_owned(), decode);
    let dct = element_body(raw, "DCT")
        .and_then(|d| d.find("<TIMEX3").map(|at| &d[at..]))
        .and_then(|t| t.split_once('>').map(|(tag, _)| tag))
        .and_then(|tag| attribute(tag, "value"))
        .ok_or("no <DCT> with a TIMEX3 value")?;
    let body = element_body(raw, "TEXT").ok_or("no <TEXT> element")?;
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    // The open TIMEX3 (its start in `text`, type, value); TE3 never nests them.
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode(&rest[..lt]));
        let after = &rest[lt..];
        let gt = after
            .find('>')
            .ok_or_else(|| format!("unclosed tag at byte {}", body.len() - after.len()))?;
        let tag = &after[1..gt];
        if let Some(attrs) = tag.strip_prefix("TIMEX3") {
            let self_closing = attrs.trim_end().ends_with('/');
            if !self_closing {
                if open.is_some() {
                    return Err(format!(
                        "a TIMEX3 opens inside another at byte {}",
                        body.len() - after.len()
                    ));
                }
                let ty = attribute(attrs, "type").unwrap_or_default();
                let value = attribute(attrs, "value").unwrap_or_default();
                open = Some((text.len(), ty, value));
            }
        } else if tag == "/TIMEX3" {
            let (start, ty, value) = open.take().ok_or("</TIMEX3> without an opening tag")?;
            timexes.push(GoldTimex {
                byte_start: start,
                byte_end: text.len(),
                text: text[start..].to_owned(),
                ty,
                value,
            });
        }
        rest = &after[gt + 1..];
    }
    text.push_str(&decode(rest));
    Ok(GoldDoc {
        doc_id,
        dct,
        text,
        timexes,
    })
}

/// The content between `<NAME …>` and `</NAME>`.
fn element_body<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    loop {
        let at = from + raw.get(from..)?.find(&open)?;
        let after_name = raw.get(at + open.len()..)?;
        // `<TEXT>` must not match `<TEXTFOO>`
        if after_name.starts_with(['>', ' ', '\t', '\n', '\r']) {
            let body_start = at + open.len() + after_name.find('>')? + 1;
            let close = format!("</{name}>");
            let len = raw.get(body_start..)?.find(&close)?;
            return raw.get(body_start..body_start + len);
        }
        from = at + open.len();
    }
}

/// The decoded value of `name="…"` (or single quotes) in a tag's attributes.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(found) = attrs.get(from..)?.find(name) {
        let at = from + found;
        let before_ok = at == 0 || attrs[..at].ends_with(char::is_whitespace);
        let rest = attrs[at + name.len()..].trim_start();
        if before_ok {
            if let Some(rest) = rest.strip_prefix('=') {
                let rest = rest.trim_start();
                let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
                let inner = &rest[1..];
                let end = inner.find(quote)?;
                return Some(decode(&inner[..end]));
            }
        }
        from = at + name.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wire_0412</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-04-12" temporalFunction="false" functionInDocument="CREATION_TIME">April 12, 2014</TIMEX3></DCT>
<TITLE>Ferry sails again</TITLE>
<TEXT>
The ferry &amp; its crew <EVENT eid="e1" class="OCCURRENCE">returned</EVENT> <TIMEX3 tid="t1" type="DATE" value="2014-04-11" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3><TIMEX3 tid="t3" type="DATE" value="2014-04-01" temporalFunction="true" beginPoint="t0" endPoint="t1"/> in “dry dock”.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"#;

    #[test]
    fn text_is_the_tag_free_decoded_body_and_spans_index_it() {
        let d = parse("fallback", DOC).unwrap();
        assert_eq!(d.doc_id, "wire_0412");
        assert_eq!(d.dct, "2014-04-12");
        assert_eq!(
            d.text,
            "\nThe ferry & its crew returned Friday after three weeks in “dry dock”.\n"
        );
        let got: Vec<_> = d
            .timexes
            .iter()
            .map(|t| {
                (
                    &d.text[t.byte_start..t.byte_end],
                    t.ty.as_str(),
                    t.value.as_str(),
                )
            })
            .collect();
        // the empty, non-consuming TIMEX3 has no span and is no gold item
        assert_eq!(
            got,
            [
                ("Friday", "DATE", "2014-04-11"),
                ("three weeks", "DURATION", "P3W")
            ]
        );
        assert!(
            d.timexes
                .iter()
                .all(|t| t.text == d.text[t.byte_start..t.byte_end])
        );
    }

    #[test]
    fn broken_documents_are_errors_not_panics() {
        assert!(parse("x", "<TimeML><TEXT>no dct</TEXT></TimeML>").is_err());
        let unclosed = DOC.replace("</TIMEX3> after", " after");
        assert!(parse("x", &unclosed).is_err());
        assert!(parse("x", &DOC.replace("</TEXT>", "")).is_err());
        let stray = DOC.replace("three weeks</TIMEX3>", "three weeks</TIMEX3></TIMEX3>");
        assert!(parse("x", &stray).is_err());
    }

    #[test]
    fn entities_and_attribute_quotes() {
        assert_eq!(
            decode("a &lt;b&gt; &#233;t&#xE9; &bogus; & c"),
            "a <b> été &bogus; & c"
        );
        assert_eq!(
            attribute(r#" tid="t1" type='DATE' value="1999""#, "type").as_deref(),
            Some("DATE")
        );
        // a name that merely ends in the asked one is another attribute
        assert_eq!(
            attribute(r#" xvalue="1" value="2""#, "value").as_deref(),
            Some("2")
        );
        assert_eq!(attribute(r#" tid="t1""#, "value"), None);
    }
}
