//! `enrich` never panics and every span it writes is valid.

use newsline_model::Document;
use proptest::prelude::*;

fn check(text: &str) {
    let mut doc = Document::new("p", text);
    newsline_enrich::enrich(&mut doc);
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(
                doc.text.get(m.span.start..m.span.end),
                Some(m.text.as_str())
            );
        }
    }
    for q in &doc.quotes {
        assert_eq!(
            doc.text.get(q.span.start..q.span.end),
            Some(q.text.as_str())
        );
        for s in [&q.cue, &q.speaker_mention].into_iter().flatten() {
            assert_eq!(
                doc.text.get(s.span.start..s.span.end),
                Some(s.text.as_str())
            );
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn newsy_text(parts in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("\""), Just("’s"), Just("'"), Just(" said "), Just("Kim"),
        Just(" Jong Un"), Just("U.S."), Just("-"), Just(", "), Just(". "), Just("\n\n"),
        Just("President "), Just("of the "), Just("University"), Just("according to "),
        Just(" he "), Just("Miller"), Just("\u{a0}"), Just("é"), Just("Group of 20"),
    ], 0..60)) {
        check(&parts.concat());
    }
}
