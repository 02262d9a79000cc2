//! `csv`: one row per timeline entry, RFC 4180 (CRLF line ends, fields with a
//! comma, quote or line break quoted, quotes doubled).
//!
//! A merged timeline has one row per report of each entry, with the merged entry
//! id in `entry`, so every article's sentence stays visible.

use newsline_model::Document;
use newsline_model::merged::MergedTimeline;

use crate::common::{self, Row};

const HEADER: [&str; 14] = [
    "value",
    "interval_start",
    "interval_end",
    "granularity",
    "modality",
    "description",
    "participants",
    "source",
    "doc_id",
    "sentence_start",
    "sentence_end",
    "event",
    "vague",
    "entry",
];

pub(crate) fn render(doc: &Document) -> String {
    table(&common::rows(doc))
}

pub(crate) fn render_merged(timeline: &MergedTimeline, docs: &[Document]) -> String {
    table(&common::merged_rows(timeline, docs))
}

fn table(rows: &[Row<'_>]) -> String {
    let mut out = String::new();
    record(&mut out, HEADER.iter().map(|h| (*h).to_owned()));
    for row in rows {
        let (start, end) = row.interval.map_or((String::new(), String::new()), |iv| {
            (
                iv.start.format("%Y-%m-%dT%H:%M:%S").to_string(),
                iv.end.format("%Y-%m-%dT%H:%M:%S").to_string(),
            )
        });
        let granularity = row
            .granularity
            .and_then(|g| serde_json::to_value(g).ok())
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        record(
            &mut out,
            [
                row.value.to_owned(),
                start,
                end,
                granularity,
                row.modality().to_owned(),
                row.sentence(),
                row.participants().join("; "),
                row.source(),
                row.doc.id.clone(),
                row.event.sentence.span.start.to_string(),
                row.event.sentence.span.end.to_string(),
                row.event.id.clone(),
                if row.vague { "true" } else { "false" }.to_owned(),
                row.merged.map(|(id, _)| id.to_owned()).unwrap_or_default(),
            ]
            .into_iter(),
        );
    }
    out
}

fn record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &f);
    }
    out.push_str("\r\n");
}

fn field(out: &mut String, f: &str) {
    if f.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        let mut out = String::new();
        record(
            &mut out,
            ["plain", "a,b", "say \"hi\"", "two\nlines", ""]
                .iter()
                .map(|s| (*s).to_owned()),
        );
        assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    #[test]
    fn empty_timeline_has_a_header() {
        let doc = Document::new("d", "");
        assert_eq!(
            render(&doc),
            "value,interval_start,interval_end,granularity,modality,description,participants,source,doc_id,sentence_start,sentence_end,event,vague,entry\r\n"
        );
    }
}
