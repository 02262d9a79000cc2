//! Rule-level tests on small texts.

use newsline_model::{Document, EntityType, QuoteKind};

fn run(text: &str) -> Document {
    let mut doc = Document::new("t", text);
    crate::enrich(&mut doc);
    doc
}

fn names(doc: &Document) -> Vec<(String, EntityType)> {
    doc.entities
        .iter()
        .map(|e| (e.name.clone(), e.entity_type))
        .collect()
}

#[test]
fn smoke() {
    let doc = run("Kim met Putin.");
    let _ = names(&doc);
}

#[test]
fn titles_roles_and_east_asian_names() {
    let doc = run(
        "Russian Defense Minister Sergei Shoigu met Yang Moo-jin, a professor at the University of North Korean Studies in Seoul.\n\nYang said Shoigu left.\n",
    );
    let n = names(&doc);
    assert!(n.contains(&("Sergei Shoigu".to_owned(), EntityType::Person)));
    assert!(n.contains(&(
        "University of North Korean Studies".to_owned(),
        EntityType::Org
    )));
    let yang = doc
        .entities
        .iter()
        .find(|e| e.name == "Yang Moo-jin")
        .unwrap();
    assert_eq!(yang.mentions.len(), 2);
    assert_eq!(yang.roles[0].title, "professor");
    assert_eq!(yang.roles[0].place.as_deref(), Some("Seoul"));
    let shoigu = doc
        .entities
        .iter()
        .find(|e| e.name == "Sergei Shoigu")
        .unwrap();
    assert_eq!(shoigu.roles[0].title, "Russian Defense Minister");
}

#[test]
fn sentence_initial_words_are_not_entities() {
    let doc = run("Still, China waits. Equally, Washington may act. Any deal would help.\n");
    let n: Vec<String> = names(&doc).into_iter().map(|x| x.0).collect();
    assert_eq!(n, ["China", "Washington"]);
    let w = doc
        .entities
        .iter()
        .find(|e| e.name == "Washington")
        .unwrap();
    assert_eq!(w.metonymy, Some(true));
}

#[test]
fn acronyms_pair_with_expansions() {
    let doc = run(
        "Officials told Radio Free Asia on Monday. RFA could not confirm it. The DPRK and North Korea are one.\n",
    );
    let rfa = doc
        .entities
        .iter()
        .find(|e| e.name == "Radio Free Asia")
        .unwrap();
    assert_eq!(rfa.mentions.len(), 2);
    let nk = doc
        .entities
        .iter()
        .find(|e| e.name == "North Korea")
        .unwrap();
    assert_eq!(nk.mentions.len(), 2);
    assert_eq!(nk.ids.get("iso3166").map(String::as_str), Some("KP"));
}

#[test]
fn quotes_pronouns_and_continuations() {
    let doc = run(
        "U.S. State Department spokesman Matthew Miller spoke.\n\n“It is over,” he said. “Really over.”\n\n“Part one.\n\n“Part two,” Miller said.\n\nThe plan brings “pariah status” closer.\n",
    );
    let kinds: Vec<QuoteKind> = doc.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            QuoteKind::Direct,
            QuoteKind::Direct,
            QuoteKind::Direct,
            QuoteKind::Direct,
            QuoteKind::Scare
        ]
    );
    for q in doc.quotes.iter().take(4) {
        assert_eq!(
            q.speaker_name.as_deref(),
            Some("Matthew Miller"),
            "{}",
            q.text
        );
    }
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().unwrap().text, "he");
}

#[test]
fn apostrophes_are_not_quotes() {
    let doc = run("‘Hat in hand’\n\nThe allies’ plan and Pyongyang’s view.\n");
    assert!(doc.quotes.is_empty());
}

#[test]
fn indirect_speech_with_anonymous_source() {
    let doc = run(
        "Kim had left the capital, a person familiar with the matter told Radio Free Asia.\n\nThe Kremlin confirmed the visit, according to Tass.\n",
    );
    assert_eq!(doc.quotes.len(), 2);
    assert!(doc.quotes.iter().all(|q| q.kind == QuoteKind::Indirect));
    assert_eq!(
        doc.quotes[0].speaker_name.as_deref(),
        Some("a person familiar with the matter")
    );
    assert_eq!(doc.quotes[1].speaker_name.as_deref(), Some("Tass"));
}

/// The shapes that used to make enrichment superlinear, at a modest size: they must
/// come out well-formed (speed is measured by the bench, never asserted here).
#[test]
fn pathological_quote_marks_stay_well_formed() {
    let shapes = [
        "He said \"\n".repeat(2000),
        "He said \" ".repeat(2000),
        "“Putin said we are ready, ".repeat(1500),
        "“Putin said we are ready\n\n".repeat(1500),
        "the \"president said\" that \"officials told reporters ".repeat(800),
        "Smith said.\n\"Yes,\" he said.\nJohn Smith\nHe said \"\n“No”\n".repeat(600),
        "Anna Lee said so. He agreed. ".repeat(3000),
        "Big Capitalized Words Of The Day ".repeat(3000),
    ];
    for text in &shapes {
        let doc = run(text);
        for q in &doc.quotes {
            assert_eq!(&doc.text[q.span.start..q.span.end], q.text);
            if let Some(m) = &q.speaker_mention {
                assert_eq!(&doc.text[m.span.start..m.span.end], m.text);
            }
            if let Some(id) = &q.speaker {
                assert!(doc.entities.iter().any(|e| &e.id == id));
            }
        }
        for e in &doc.entities {
            for m in &e.mentions {
                assert_eq!(&doc.text[m.span.start..m.span.end], m.text);
            }
        }
    }
    // Repeated quotes keep their speakers: each `“…,” Putin said` is attributed.
    let doc = run(&"“We are ready,” Putin said. ".repeat(500));
    assert_eq!(doc.quotes.len(), 500);
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker_name.as_deref() == Some("Putin"))
    );
}

#[test]
fn indirect_speech_is_the_clause_not_the_framing() {
    let doc = run(
        "At a press briefing in Lisbon, Prime Minister Ana Duarte suggested the port strike might end next week.\n\nCiting privacy rules, officials have not said why the ship was detained.\n\nThe crew was denied shore leave for a month, the union said.\n",
    );
    let said: Vec<&str> = doc
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| q.text.as_str())
        .collect();
    assert!(
        said.contains(&"the port strike might end next week"),
        "{said:?}"
    );
    assert!(
        said.contains(&"The crew was denied shore leave for a month"),
        "{said:?}"
    );
    assert!(
        !said.iter().any(|q| q.contains("press briefing")),
        "{said:?}"
    );
    assert!(
        !said
            .iter()
            .any(|q| q.contains("privacy") || q.starts_with("why")),
        "{said:?}"
    );
}

#[test]
fn a_pronoun_speaker_is_the_subject_not_a_name_in_the_opening_phrase() {
    let doc = run(
        "At a meeting with Foreign Minister Paulo Reis in Lisbon, Prime Minister Ana Duarte proposed new talks, but she said she expects a reply from the union.\n",
    );
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.text == "she expects a reply from the union")
        .unwrap();
    let speaker = quote
        .speaker
        .as_ref()
        .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
        .map(|e| e.name.as_str());
    assert_eq!(speaker, Some("Ana Duarte"));
}

#[test]
fn a_given_name_that_is_also_a_title() {
    let doc = run(
        "The prize was founded by Dean Kamen in 1989.\n\nDean Maria Silva of the law school opened the ceremony.\n",
    );
    let n = names(&doc);
    assert!(
        n.contains(&("Dean Kamen".to_owned(), EntityType::Person)),
        "{n:?}"
    );
    let silva = doc
        .entities
        .iter()
        .find(|e| e.name == "Maria Silva")
        .unwrap();
    assert!(
        silva.roles.iter().any(|r| r.title == "Dean"),
        "{:?}",
        silva.roles
    );
}

#[test]
fn a_quote_inside_a_sentence_does_not_take_the_previous_sentence_cue() {
    let doc = run(
        "Mayor Ana Duarte personally asked the regional council to help the families stay. After some delay, the families were given \"temporary\" status on the grounds that their stay would be a \"clear public interest.\"\n",
    );
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.text.contains("clear public interest"))
        .unwrap();
    assert_eq!(quote.speaker, None, "{quote:?}");
}

#[test]
fn a_colon_line_introducing_a_text_is_not_indirect_speech() {
    let doc = run(
        "The Lisbon Ledger said in an editorial on Friday, May 3:\n\nThe council acted too late to save the port.\n",
    );
    assert!(
        !doc.quotes.iter().any(|q| q.text.contains("editorial")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn apposition_with_place_before_organization() {
    let doc = run(
        "“Bookings are steady,” said Maria Silva, a spokeswoman in Lisbon for the Portugal Tourism Board.\n",
    );
    let silva = doc
        .entities
        .iter()
        .find(|e| e.name == "Maria Silva")
        .unwrap();
    let role = silva.roles.first().unwrap();
    assert_eq!(role.title, "spokeswoman");
    assert_eq!(role.place.as_deref(), Some("Lisbon"));
    assert_eq!(role.organization.as_deref(), Some("Portugal Tourism Board"));
}

#[test]
fn the_statement_speaks_for_its_issuer() {
    let doc = run(
        "A statement by the Portugal Tourism Board described the strike as costly.\n\n\"Visitors will come back next year,\" the statement said.\n",
    );
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap();
    assert_eq!(
        quote.speaker_name.as_deref(),
        Some("Portugal Tourism Board")
    );
    assert_eq!(
        quote.speaker_mention.as_ref().map(|m| m.text.as_str()),
        Some("the statement")
    );
}

#[test]
fn numbered_ids_read_like_format() {
    for n in [0, 1, 9, 10, 11, 99, 100, 101, 1234, 10_000, usize::MAX] {
        assert_eq!(crate::numbered_id('e', n), format!("e{n}"));
    }
}
