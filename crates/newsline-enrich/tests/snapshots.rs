//! Entities and quotes of every fixture article, snapshot-tested (reviewed by eye).

use newsline_model::Document;
use serde_json::json;

#[test]
fn fixture_articles() {
    insta::glob!("../../../fixtures/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut doc = Document::new("fixture", text);
        newsline_parse::parse_article(&mut doc);
        newsline_parse::recognize_timexes(&mut doc);
        newsline_enrich::enrich(&mut doc);
        let entities: Vec<_> = doc
            .entities
            .iter()
            .map(|e| {
                json!({
                    "name": e.name,
                    "type": e.entity_type,
                    "aliases": e.aliases,
                    "roles": e.roles.iter().map(|r| json!([r.title, r.organization, r.place])).collect::<Vec<_>>(),
                })
            })
            .collect();
        let quotes: Vec<_> = doc
            .quotes
            .iter()
            .map(|q| {
                let first: String = q
                    .text
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                json!({"kind": q.kind, "speaker": q.speaker_name, "starts": first})
            })
            .collect();
        insta::assert_json_snapshot!(json!({"entities": entities, "quotes": quotes}));
    });
}
