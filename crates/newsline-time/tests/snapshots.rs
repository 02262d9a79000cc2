//! Snapshot of every time expression found in the fixture articles:
//! text, type, value and mod, one per line.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use newsline_model::{Dct, DctSource, Document};

#[test]
fn fixture_articles_timexes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let dcts: BTreeMap<String, String> = std::fs::read_to_string(root.join("dct.json"))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    insta::glob!("../../../fixtures/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut doc = Document::new(name.clone(), text);
        newsline_parse::parse_article(&mut doc);
        if doc.document.dct.is_none()
            && let Some(d) = dcts.get(&name)
        {
            let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
            doc.document.dct = Some(Dct::new(date, None, DctSource::Record));
        }
        newsline_parse::recognize_timexes(&mut doc);
        newsline_time::normalize(&mut doc);
        let mut out = String::new();
        let dct = doc
            .document
            .dct
            .as_ref()
            .map_or("none", |d| d.value.as_str());
        writeln!(out, "dct: {dct}").unwrap();
        for t in &doc.timexes {
            let ty = format!("{:?}", t.timex_type).to_uppercase();
            let m = t
                .modifier
                .and_then(|m| serde_json::to_value(m).ok())
                .and_then(|v| v.as_str().map(|s| format!(" mod={s}")))
                .unwrap_or_default();
            let f = t
                .function
                .as_deref()
                .map(|f| format!(" {f}"))
                .unwrap_or_default();
            writeln!(out, "{:?} {ty} {}{m}{f}", t.text, t.value).unwrap();
        }
        insta::assert_snapshot!(out);
    });
}
