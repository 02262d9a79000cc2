//! Prints the entities, quotes and events `enrich` finds in a text file.
//!
//! `cargo run -p newsline-enrich --example dump -- FILE`

use newsline_model::Document;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/articles/000_rfa_seed.txt".to_owned());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc = Document::new(path, text);
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    newsline_enrich::enrich(&mut doc);
    if std::env::var("DUMP_SENTS").is_ok() {
        for b in &doc.blocks {
            println!("block {:?} {:?}", b.kind, doc.slice(b.span));
        }
        for s in &doc.sentences {
            println!("sent {:?}", doc.slice(s.span));
        }
    }
    for e in &doc.entities {
        let m: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        println!(
            "{} {:?} {:?} {:?} roles={:?} met={:?}",
            e.id,
            e.name,
            e.entity_type,
            m,
            e.roles
                .iter()
                .map(|r| (&r.title, &r.organization, &r.place))
                .collect::<Vec<_>>(),
            e.metonymy
        );
    }
    for q in &doc.quotes {
        let first: String = q.text.chars().take(40).collect();
        println!(
            "{} {:?} {:?} speaker={:?} name={:?} cue={:?} sm={:?}",
            q.id,
            q.kind,
            first,
            q.speaker,
            q.speaker_name,
            q.cue.as_ref().map(|c| &c.text),
            q.speaker_mention.as_ref().map(|c| &c.text)
        );
    }
    for v in &doc.events {
        println!(
            "{} {:?} {:?} {:?} {:?} {:?}",
            v.id, v.trigger.text, v.timex, v.modality, v.participants, v.source
        );
    }
}
