//! The seed article: entities, roles and quotes against the hand-made gold
//! (expectations copied from the project's seed gold into this file).

use newsline_model::{Document, EntityType, QuoteKind};

fn seed() -> Document {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/articles/000_rfa_seed.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut doc = Document::new("000_rfa_seed", text);
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_enrich::enrich(&mut doc);
    doc
}

use EntityType::{Gpe, Loc, Org, Person};

const ENTITIES: &[(&str, EntityType, &[&str])] = &[
    ("Kim Jong Un", Person, &["Kim Jong Un", "Kim"]),
    (
        "Vladimir Putin",
        Person,
        &["Vladimir Putin", "Putin", "President Putin"],
    ),
    ("Sergei Shoigu", Person, &["Sergei Shoigu"]),
    ("Adrienne Watson", Person, &["Adrienne Watson"]),
    ("Matthew Miller", Person, &["Matthew Miller", "Miller"]),
    (
        "Ramon Pacheco Pardo",
        Person,
        &["Ramon Pacheco Pardo", "Pacheco Pardo"],
    ),
    ("Yang Moo-jin", Person, &["Yang Moo-jin", "Yang"]),
    ("Wang Son-taek", Person, &["Wang Son-taek", "Wang"]),
    ("Alex Willemyns", Person, &["Alex Willemyns"]),
    ("Elaine Chan", Person, &["Elaine Chan"]),
    ("Mike Firn", Person, &["Mike Firn"]),
    ("Malcolm Foster", Person, &["Malcolm Foster"]),
    ("Radio Free Asia", Org, &["Radio Free Asia", "RFA"]),
    (
        "Korean Central News Agency",
        Org,
        &["Korean Central News Agency"],
    ),
    ("Kremlin", Org, &["Kremlin"]),
    ("Tass", Org, &["Tass"]),
    ("ANN", Org, &["ANN"]),
    ("Eastern Economic Forum", Org, &["Eastern Economic Forum"]),
    (
        "U.S. National Security Council",
        Org,
        &["U.S. National Security Council"],
    ),
    ("U.S. State Department", Org, &["U.S. State Department"]),
    ("Group of 20", Org, &["Group of 20"]),
    ("King’s College London", Org, &["King’s College London"]),
    (
        "Brussels School of Governance",
        Org,
        &["Brussels School of Governance"],
    ),
    (
        "Vrije Universiteit Brussel",
        Org,
        &["Vrije Universiteit Brussel"],
    ),
    (
        "University of North Korean Studies",
        Org,
        &["University of North Korean Studies"],
    ),
    ("Global Policy Center", Org, &["Global Policy Center"]),
    (
        "Han Pyeong Peace Institute",
        Org,
        &["Han Pyeong Peace Institute"],
    ),
    ("World Food Program", Org, &["World Food Program"]),
    ("North Korea", Gpe, &["North Korea", "DPRK"]),
    ("Russia", Gpe, &["Russia", "Russian Federation"]),
    ("United States", Gpe, &["United States", "U.S."]),
    ("China", Gpe, &["China"]),
    ("Ukraine", Gpe, &["Ukraine"]),
    ("India", Gpe, &["India"]),
    ("Vladivostok", Gpe, &["Vladivostok"]),
    ("Pyongyang", Gpe, &["Pyongyang"]),
    ("Khasan", Gpe, &["Khasan"]),
    ("Seoul", Gpe, &["Seoul"]),
    ("Hanoi", Gpe, &["Hanoi"]),
    ("Washington", Gpe, &["Washington"]),
    ("Beijing", Gpe, &["Beijing"]),
    ("Moscow", Gpe, &["Moscow"]),
    ("Europe", Loc, &["Europe"]),
    ("Asia", Loc, &["Asia"]),
    ("Korean peninsula", Loc, &["Korean peninsula"]),
];

#[test]
fn seed_entities_with_linked_mentions() {
    let doc = seed();
    for (name, ty, mentions) in ENTITIES {
        let e = doc
            .entities
            .iter()
            .find(|e| e.name == *name)
            .unwrap_or_else(|| panic!("missing entity {name}"));
        assert_eq!(e.entity_type, *ty, "{name}");
        for m in *mentions {
            assert!(
                e.mentions.iter().any(|x| x.text == *m),
                "{name}: mention {m} not linked"
            );
        }
    }
    // Nothing else but nationalities and the optional extras.
    let optional = ["KF-VUB Korea Chair", "Korea", "Brussels", "Comrade"];
    for e in &doc.entities {
        let listed = ENTITIES.iter().any(|(n, _, _)| *n == e.name);
        assert!(
            listed || e.entity_type == EntityType::Norp || optional.contains(&e.name.as_str()),
            "unexpected entity {} {:?}",
            e.name,
            e.entity_type
        );
    }
    // Ids in order of first mention, mentions in text order, spans exact.
    for (i, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1));
        assert!(
            e.mentions
                .windows(2)
                .all(|w| w[0].span.start < w[1].span.start)
        );
        for m in &e.mentions {
            assert_eq!(&doc.text[m.span.start..m.span.end], m.text);
        }
    }
    let capitals = ["Washington", "Beijing", "Moscow", "Pyongyang"];
    for c in capitals {
        let e = doc.entities.iter().find(|e| e.name == c).unwrap();
        assert_eq!(e.metonymy, Some(true), "{c}");
    }
}

#[test]
fn seed_roles_of_the_eight_titled_people() {
    let doc = seed();
    let role = |name: &str| {
        let e = doc.entities.iter().find(|e| e.name == name).unwrap();
        e.roles
            .iter()
            .map(|r| {
                format!(
                    "{}|{}|{}",
                    r.title,
                    r.organization.as_deref().unwrap_or(""),
                    r.place.as_deref().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(role("Kim Jong Un"), ["North Korean leader||"]);
    assert_eq!(role("Vladimir Putin"), ["Russian President||"]);
    assert_eq!(role("Sergei Shoigu"), ["Russian Defense Minister||"]);
    assert_eq!(
        role("Adrienne Watson"),
        ["spokeswoman|U.S. National Security Council|"]
    );
    assert_eq!(role("Matthew Miller"), ["spokesman|U.S. State Department|"]);
    assert_eq!(
        role("Ramon Pacheco Pardo"),
        ["Professor of International Relations|King’s College London|"]
    );
    assert_eq!(
        role("Yang Moo-jin"),
        ["professor|University of North Korean Studies|Seoul"]
    );
    assert_eq!(
        role("Wang Son-taek"),
        ["director|Global Policy Center at the Han Pyeong Peace Institute|"]
    );
}

const QUOTES: &[(&str, &str, QuoteKind)] = &[
    (
        "soon visit the Russian Federation",
        "Korean Central News Agency",
        QuoteKind::Partial,
    ),
    (
        "As we have warned publicly",
        "Adrienne Watson",
        QuoteKind::Direct,
    ),
    (
        "We have information that Kim Jong Un",
        "Adrienne Watson",
        QuoteKind::Direct,
    ),
    (
        "A year and a half ago, President Putin",
        "Matthew Miller",
        QuoteKind::Direct,
    ),
    (
        "There’s no better evidence of that",
        "Matthew Miller",
        QuoteKind::Direct,
    ),
    (
        "It means that he is having trouble",
        "Matthew Miller",
        QuoteKind::Direct,
    ),
    (
        "So he’s looking for help",
        "Matthew Miller",
        QuoteKind::Direct,
    ),
    (
        "This means that Putin will be able",
        "Ramon Pacheco Pardo",
        QuoteKind::Direct,
    ),
    (
        "It also means that there are countries",
        "Ramon Pacheco Pardo",
        QuoteKind::Direct,
    ),
    (
        "aimed primarily at enhancing",
        "Yang Moo-jin",
        QuoteKind::Partial,
    ),
    (
        "Especially from Russia’s point of view",
        "Yang Moo-jin",
        QuoteKind::Direct,
    ),
    (
        "wouldn’t be a bad idea",
        "Wang Son-taek",
        QuoteKind::Partial,
    ),
    (
        "It is possible that North Korea could demand",
        "Yang Moo-jin",
        QuoteKind::Direct,
    ),
    (
        "The North could first request",
        "Yang Moo-jin",
        QuoteKind::Direct,
    ),
    (
        "More generally, I think",
        "Ramon Pacheco Pardo",
        QuoteKind::Direct,
    ),
    (
        "In the case of North Korea and Russia",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
    (
        "And they may have believed",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
    (
        "It could strengthen liberal-democratic alliances",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
    (
        "China’s position is to continue",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
    (
        "In fact, there are fundamental constraints",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
    (
        "A long-lasting friendship between them",
        "Wang Son-taek",
        QuoteKind::Direct,
    ),
];

#[test]
fn seed_quotes_with_speakers() {
    let doc = seed();
    // The gold treats these three short quoted terms as optional (scare or partial).
    let optional = ["coming days", "pariah status", "neo-Cold War-like"];
    let marked: Vec<_> = doc
        .quotes
        .iter()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
        .filter(|q| !optional.contains(&q.text.trim_end_matches('.')))
        .collect();
    assert_eq!(marked.len(), QUOTES.len(), "{marked:#?}");
    for ((start, speaker, kind), q) in QUOTES.iter().zip(&marked) {
        assert!(q.text.starts_with(start), "{start} vs {}", q.text);
        assert_eq!(q.speaker_name.as_deref(), Some(*speaker), "{start}");
        assert_eq!(q.kind, *kind, "{start}");
        let e = doc.entity(q.speaker.as_deref().unwrap()).unwrap();
        assert_eq!(e.name, *speaker);
        assert_eq!(&doc.text[q.span.start..q.span.end], q.text);
    }
    let short: Vec<&str> = doc
        .quotes
        .iter()
        .map(|q| q.text.trim_end_matches('.'))
        .filter(|t| optional.contains(t))
        .collect();
    assert_eq!(short, optional);
    // Anonymous sources kept as descriptions.
    for anon in [
        "a person familiar with the matter",
        "multiple South Korean diplomatic sources",
        "sources inside the country",
    ] {
        assert!(
            doc.quotes.iter().any(|q| q
                .speaker_name
                .as_deref()
                .is_some_and(|n| n.replace('\u{a0}', " ") == anon)),
            "{anon}"
        );
    }
    let ids: Vec<String> = (1..=doc.quotes.len()).map(|i| format!("q{i}")).collect();
    assert_eq!(
        doc.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>(),
        ids
    );
}
