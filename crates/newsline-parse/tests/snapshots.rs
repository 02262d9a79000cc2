//! One snapshot per fixture article: the blocks with their kinds and text, the
//! metadata, and the parse diagnostics. Review changes by eye before accepting.

use newsline_model::Document;
use serde_json::json;

#[test]
fn fixture_articles() {
    insta::glob!("../../../fixtures/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut doc = Document::new("fixture", text);
        newsline_parse::parse_article(&mut doc);
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| json!({"kind": b.kind, "text": doc.slice(b.span)}))
            .collect();
        let view = json!({
            "document": doc.document,
            "blocks": blocks,
            "sentences": doc.sentences.len(),
            "diagnostics": doc.diagnostics,
        });
        insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_json_snapshot!(view);
        });
    });
}
