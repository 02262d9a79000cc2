//! Properties of the article parser on arbitrary input: it never panics, blocks
//! tile the non-whitespace text, sentences lie inside blocks.

use newsline_model::{BlockKind, Document};
use proptest::prelude::*;

fn check(text: &str) {
    let mut doc = Document::new("p", text);
    newsline_parse::parse_article(&mut doc);
    let t = doc.text.as_str();
    let mut prev_end = 0;
    for b in &doc.blocks {
        assert!(b.span.start < b.span.end, "empty block {b:?}");
        assert!(b.span.start >= prev_end, "overlap/out of order {b:?}");
        let s = b.span.slice(t).expect("block on char boundaries");
        assert_eq!(s, s.trim(), "block not trimmed");
        // Whatever lies between blocks is whitespace.
        let gap = t
            .get(prev_end..b.span.start)
            .expect("gap on char boundaries");
        assert!(gap.chars().all(char::is_whitespace), "lost text {gap:?}");
        prev_end = b.span.end;
    }
    let tail = t.get(prev_end..).expect("tail on char boundary");
    assert!(tail.chars().all(char::is_whitespace), "lost tail {tail:?}");
    let mut prev = 0;
    for s in &doc.sentences {
        assert!(s.span.slice(t).is_some());
        assert!(s.span.start >= prev && s.span.start < s.span.end);
        prev = s.span.end;
        assert!(doc.blocks.iter().any(|b| matches!(
            b.kind,
            BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph
        ) && b.span.contains(&s.span)));
    }
    for x in doc
        .document
        .bylines
        .iter()
        .map(|b| b.span)
        .chain(doc.document.credits.iter().map(|c| c.span))
        .chain(doc.document.notes.iter().map(|n| n.span))
        .chain(doc.document.timestamps.iter().map(|n| n.span))
        .chain(doc.document.dateline.iter().map(|d| d.span))
    {
        assert!(x.slice(t).is_some(), "span {x:?} off boundaries");
    }
    serde_json::to_string(&doc).expect("serializable");
}

/// Pieces that make the grammars fire, mixed with noise.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Updated Sept. 11, 2023, 2:42 p.m. ET".to_owned()),
        Just("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET".to_owned()),
        Just("14:53 GMT +3 20 November 2019".to_owned()),
        Just("2:30 a.m. March 12, 2023 ET".to_owned()),
        Just("WASHINGTON (AP) — ".to_owned()),
        Just("SEOUL, Aug. 20 (Yonhap) --".to_owned()),
        Just("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER".to_owned()),
        Just("(Reporting by Will Dunham; Editing by Tom Brown)".to_owned()),
        Just("Correction, Nov. 15, 2019: wrong.".to_owned()),
        Just("“Quote,” he said. U.S. Sen. Smith Jr. left.".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{200b}\u{202e}".to_owned()),
        "[a-zA-Z .,()_—-]{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn article_shaped(s in article_like()) {
        check(&s);
    }

    #[test]
    fn sentences_inside_span(s in any::<String>(), a in 0usize..64, b in 0usize..64) {
        let span = newsline_model::Span::new(a.min(s.len()), b.min(s.len()));
        for x in newsline_parse::split_sentences(&s, span) {
            prop_assert!(span.contains(&x));
            prop_assert!(x.slice(&s).is_some());
        }
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Ok((text, _)) = newsline_parse::decode(&bytes) {
            prop_assert!(!text.trim().is_empty());
        }
    }

    #[test]
    fn jsonl_never_panics(s in any::<String>()) {
        let _ = newsline_parse::jsonl::parse_record(&s, 1);
        let _ = newsline_parse::jsonl::parse_dct(&s);
    }
}

#[test]
fn adversarial() {
    check(&"\"".repeat(100_000));
    check(&"a.".repeat(50_000));
    check(&"\n".repeat(100_000));
    check("February 30, 2023, 2:42 p.m. ET\n\nBody.");
    check("Updated March 12, 2023, 2:30 a.m. ET\n\nBody.");
    check("Updated Nov. 5, 2023, 1:30 a.m. ET\n\nBody.");
    check("Updated Jan. 1, 99999, 1:30 a.m. ET\n\nBody.");
}
