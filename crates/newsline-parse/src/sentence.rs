//! Sentence splitting that knows news copy: abbreviations (`U.S.`, `Sept.`,
//! `p.m.`, `Gov.`, `Jr.`, `No. 1`), initials (`J. Smith`), decimals, ellipses,
//! closing quotes that belong to the sentence they end, and NBSP as space.
//!
//! One pass over the characters; each boundary looks at one word on either side,
//! so the cost is linear in the text.

use newsline_model::Span;

/// Titles and other abbreviations after which a period never ends a sentence.
const NEVER_END: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gov",
    "Sen",
    "Rep",
    "Reps",
    "Sens",
    "Gen",
    "Gens",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Cmdr",
    "Adm",
    "Maj",
    "Cpl",
    "Pvt",
    "Prof",
    "Rev",
    "Hon",
    "Pres",
    "Supt",
    "Msgr",
    "Atty",
    "St",
    "Mt",
    "Ft",
    "vs",
    "v",
    "Vol",
    "Fig",
    "Art",
    "Nos",
    "approx",
    "Messrs",
    "Mmes",
    "Gov-elect",
    "Lt.Gen",
    "Rt",
];

/// Abbreviations that can end a sentence; they do only when a typical sentence
/// opener follows (`… the U.S. However, …`).
const MAYBE_END: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc",
    "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "etc", "No", "Ave", "Blvd", "Calif", "Fla", "Mass",
    "Wash", "Mich", "Ariz", "Colo", "Conn", "Ill", "Ind", "Kan", "Minn", "Miss", "Nev", "Okla",
    "Ore", "Pa", "Tenn", "Tex", "Va", "Wis", "Wyo", "Ala", "Ark", "Del", "Ga", "Ky", "La", "Md",
    "Mo", "Mont", "Neb", "Vt",
];

/// Words that typically open a sentence, used after ambiguous abbreviations.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "For",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "Other",
    "Still",
    "Also",
    "Now",
    "Then",
    "What",
    "Who",
    "Why",
    "How",
    "Not",
    "One",
    "Both",
    "Each",
    "All",
    "Such",
    "Under",
    "Since",
    "Although",
    "Though",
    "Despite",
    "According",
    "Later",
    "Earlier",
    "Last",
    "Next",
    "To",
    "From",
    "With",
    "By",
    "Of",
    "Officials",
    "Experts",
    "Analysts",
    "Asked",
    "Instead",
    "Even",
    "Only",
    "Until",
    "Already",
    "Yesterday",
    "Today",
    "Tomorrow",
];

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_opener_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '`' | '¿' | '¡'
    )
}

/// Splits `text[span]` into sentence spans (trimmed, in order, inside `span`).
///
/// ```
/// use newsline_model::Span;
/// let t = "Kim met Putin in the U.S. capital at 2 p.m. Monday. “It went well,” he said. They left.";
/// let s = newsline_parse::split_sentences(t, Span::new(0, t.len()));
/// let parts: Vec<&str> = s.iter().map(|s| &t[s.start..s.end]).collect();
/// assert_eq!(parts, ["Kim met Putin in the U.S. capital at 2 p.m. Monday.", "“It went well,” he said.", "They left."]);
/// ```
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let Some(sub) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let base = span.start;
    let body_end = sub.trim_end().len();
    let mut start = sub.len() - sub.trim_start().len();
    if start >= body_end {
        return Vec::new();
    }
    let bytes = sub.as_bytes();
    let mut out = Vec::new();
    let mut pos = start;
    // Jump from one possible terminator to the next with SIMD searches: `.`, `!`,
    // `?` by memchr, `…` by a substring search kept one step ahead.
    let mut next_ellipsis: Option<usize> = None;
    let mut ellipsis_done = false;
    loop {
        let window = bytes.get(pos..body_end).unwrap_or_default();
        let punct = memchr::memchr3(b'.', b'!', b'?', window).map(|k| pos + k);
        if !ellipsis_done && next_ellipsis.is_none_or(|e| e < pos) {
            next_ellipsis = sub
                .get(pos..body_end)
                .and_then(|w| w.find('…'))
                .map(|k| pos + k);
            ellipsis_done = next_ellipsis.is_none();
        }
        let (i, c) = match (punct, next_ellipsis) {
            (Some(p), Some(e)) if e < p => (e, '…'),
            (Some(p), _) => (p, bytes.get(p).map_or('.', |&b| char::from(b))),
            (None, Some(e)) => (e, '…'),
            (None, None) => break,
        };
        pos = i + 1;
        // The run of terminators and closing quotes that ends the sentence.
        let tail = sub.get(i..).unwrap_or_default();
        let mut end = i;
        let mut run_len = 0;
        for d in tail.chars() {
            if matches!(d, '.' | '!' | '?' | '…') {
                run_len += 1;
            } else if !is_closer(d) {
                break;
            }
            end += d.len_utf8();
        }
        pos = pos.max(end);
        let rest = sub.get(end..).unwrap_or_default();
        if !rest.chars().next().is_some_and(char::is_whitespace) {
            continue;
        }
        let next_text = rest.trim_start();
        let Some(next) = next_text.chars().next() else {
            continue;
        };
        let boundary = if !(next.is_uppercase() || next.is_ascii_digit() || is_opener_char(next)) {
            false
        } else if c != '.' || run_len > 1 && ends_with_ellipsis(sub, i, run_len) {
            true
        } else {
            let next_word = next_text
                .split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | ':' | '.'))
                .next()
                .unwrap_or_default();
            period_ends(word_before(sub, i), next, next_word)
        };
        if boundary {
            out.push(Span::new(base + start, base + end));
            start = end + (rest.len() - next_text.len());
            pos = start;
        }
    }
    if start < body_end {
        out.push(Span::new(base + start, base + body_end));
    }
    out
}

fn ends_with_ellipsis(sub: &str, i: usize, run_len: usize) -> bool {
    run_len >= 3 && sub.get(i..).is_some_and(|r| r.starts_with("..."))
}

/// The token before the period at `i`, without leading quotes or brackets.
fn word_before(sub: &str, i: usize) -> &str {
    let head = sub.get(..i).unwrap_or_default();
    let from = head.rfind(char::is_whitespace).map_or(0, |k| {
        k + head
            .get(k..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8)
    });
    head.get(from..)
        .unwrap_or_default()
        .trim_start_matches(|c: char| is_opener_char(c) || c == '—' || c == '-')
}

fn period_ends(before: &str, next: char, next_word: &str) -> bool {
    // No listed abbreviation is longer than this: most words skip the lists.
    if before.is_empty() || before.len() > 9 && !before.contains('.') {
        return true;
    }
    // Every listed abbreviation starts upper case except these few, so an ordinary
    // lower-case word ends the sentence without a list lookup.
    if before.starts_with(|c: char| c.is_lowercase())
        && !matches!(before, "vs" | "v" | "etc" | "approx")
        && !before.contains('.')
    {
        return true;
    }
    let opener = || OPENERS.contains(&next_word) || is_opener_char(next);
    if NEVER_END.contains(&before) {
        return false;
    }
    let mut chars = before.chars();
    // An initial: `J. Smith`.
    if let (Some(a), None) = (chars.next(), chars.next()) {
        if a.is_uppercase() {
            return false;
        }
    }
    if before == "e.g" || before == "i.e" {
        return false;
    }
    if MAYBE_END.contains(&before) {
        return !next.is_ascii_digit() && opener();
    }
    // Dotted acronyms and times: U.S, U.N, p.m, a.m, D.C.
    if before.contains('.') && before.chars().all(|c| c.is_alphabetic() || c == '.') {
        return opener();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            split("Sen. John Smith Jr. met Gov. Jane Doe on Sept. 11. They talked."),
            [
                "Sen. John Smith Jr. met Gov. Jane Doe on Sept. 11.",
                "They talked."
            ]
        );
        assert_eq!(
            split("It collided with the U.S. However, Beijing could act."),
            ["It collided with the U.S.", "However, Beijing could act."]
        );
        assert_eq!(
            split("U.S. National Security Council spokeswoman Adrienne Watson said."),
            ["U.S. National Security Council spokeswoman Adrienne Watson said."]
        );
        assert_eq!(
            split("He spoke at 2 p.m. Monday. Mr. Lee left at 3 a.m. The end."),
            [
                "He spoke at 2 p.m. Monday.",
                "Mr. Lee left at 3 a.m.",
                "The end."
            ]
        );
        assert_eq!(
            split("Dr. Who is No. 1 in the U.N. survey by J. Smith, e.g. Jones."),
            ["Dr. Who is No. 1 in the U.N. survey by J. Smith, e.g. Jones."]
        );
        assert_eq!(
            split("Oshkosh Truck Corp. The company earned $3.5 million. Rates rose 3.5%."),
            [
                "Oshkosh Truck Corp.",
                "The company earned $3.5 million.",
                "Rates rose 3.5%."
            ]
        );
        assert_eq!(
            split("Acme Inc. reported vs. rivals in St. Louis and Mt. Hood."),
            ["Acme Inc. reported vs. rivals in St. Louis and Mt. Hood."]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            split("“It will fail,” Miller said. “There’s no better evidence.” He left."),
            [
                "“It will fail,” Miller said.",
                "“There’s no better evidence.”",
                "He left."
            ]
        );
        assert_eq!(
            split("Wait... What now? Go!"),
            ["Wait...", "What now?", "Go!"]
        );
        assert_eq!(
            split("He paused… Then spoke."),
            ["He paused…", "Then spoke."]
        );
        assert_eq!(
            split("``I want it,'' Howard said. ``Now.''"),
            ["``I want it,'' Howard said.", "``Now.''"]
        );
        assert_eq!(split("the end. and more"), ["the end. and more"]);
    }

    #[test]
    fn nbsp_and_edges() {
        assert_eq!(
            split("China.\u{a0}\u{a0}\u{a0}Next one.\u{a0}"),
            ["China.", "Next one."]
        );
        assert_eq!(split("   "), Vec::<&str>::new());
        assert_eq!(split("No period at end"), ["No period at end"]);
        let t = "xx Ab. Cd. yy";
        let s = split_sentences(t, Span::new(3, 10));
        assert_eq!(s, [Span::new(3, 6), Span::new(7, 10)]);
        assert!(split_sentences("é", Span::new(0, 1)).is_empty());
    }
}
