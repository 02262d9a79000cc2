//! Bylines (`By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER`,
//! `By Nada Tawfik, BBC News, New York`) and credits (`Additional reporting by X
//! in Y. Edited by A, B and C.`, `(Reporting by …; Editing by …)`,
//! `X contributed to this report.`).
//!
//! Everything works on byte ranges of the block text so each name keeps its span.

use newsline_model::CreditRole;

type R = (usize, usize);

/// One person found in a byline; ranges relative to the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BylineName {
    pub name: R,
    pub affiliation: Option<String>,
    pub place: Option<String>,
}

/// One credited person; ranges relative to the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CreditName {
    pub role: CreditRole,
    pub name: R,
    pub place: Option<String>,
}

/// Words that never occur in a person's name as bylines write it; they unmask
/// navigation (`By Invitation`, `By Any Means Necessary`) and desks (`By Staff Writer`).
const NOT_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "invitation",
    "any",
    "means",
    "necessary",
    "method",
    "cuisine",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "news",
    "press",
    "associated",
    "editor",
    "editors",
    "editorial",
    "board",
    "by",
    "of",
    "and",
    "for",
    "with",
    "in",
    "on",
    "at",
    "from",
    "to",
    "this",
    "that",
    "report",
    "reporting",
    "our",
    "your",
    "all",
    "more",
    "new",
    "about",
    "contact",
    "share",
    "email",
    "follow",
    "read",
    "view",
    "see",
    "other",
    "admin",
    "team",
    "desk",
    "service",
    "wire",
    "agency",
    "reuters",
    "ap",
    "cnn",
    "bbc",
    "afp",
    "times",
    "post",
    "daily",
    "radio",
    "television",
    "tv",
    "network",
    "magazine",
    "journal",
    "media",
    "online",
    "group",
    "updated",
    "published",
    "special",
    "contributor",
    "contributors",
    "photos",
    "photo",
    "video",
    "opinion",
    "analysis",
    "category",
    "date",
    "name",
    "popularity",
    "region",
    "topic",
    "country",
    "type",
];

/// Lower-case name particles allowed inside a name (`Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "del", "della", "der", "den", "bin", "ibn", "la", "le", "du", "dos",
    "das", "di", "al", "el", "y",
];

/// Words that mark an outlet rather than a person.
const ORG_WORDS: &[&str] = &[
    "news",
    "press",
    "associated",
    "reuters",
    "times",
    "post",
    "radio",
    "agency",
    "journal",
    "network",
    "tv",
    "magazine",
    "staff",
    "service",
    "media",
    "wire",
    "cnn",
    "bbc",
    "afp",
    "ap",
    "voa",
    "rfa",
    "daily",
    "tribune",
    "herald",
    "bureau",
    "desk",
];

fn clean_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_stop(w: &str) -> bool {
    let w = clean_word(w);
    NOT_NAME.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// 2–4 capitalized words (initials and particles allowed), no stopwords.
pub(crate) fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalized = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if !(2..=4).contains(&capitalized) || words.len() > 5 {
        return false;
    }
    words.iter().all(|w| {
        let c = clean_word(w);
        if c.is_empty() || is_stop(w) {
            return false;
        }
        if w.starts_with(char::is_uppercase) {
            w.chars()
                .all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '-' | '\'' | '’'))
        } else {
            PARTICLES.contains(&c)
        }
    }) && words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

fn is_org(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        ORG_WORDS
            .iter()
            .any(|o| o.eq_ignore_ascii_case(clean_word(w)))
    })
}

/// Trims whitespace and edge punctuation from a range (keeps a final `.` only
/// after an initial or `Jr`/`Sr`).
fn trim(s: &str, (a, b): R) -> R {
    let Some(sub) = s.get(a..b) else {
        return (a, a);
    };
    let lead = sub.len()
        - sub
            .trim_start_matches(|c: char| c.is_whitespace() || "(),;:\"“‘'".contains(c))
            .len();
    let mut t = sub.trim_end_matches(|c: char| c.is_whitespace() || "(),;:\"”’'".contains(c));
    if let Some(x) = t.strip_suffix('.') {
        let last = x.rsplit(' ').next().unwrap_or(x);
        let keep = last.chars().count() == 1 || matches!(last, "Jr" | "Sr");
        if !keep {
            t = x;
        }
    }
    if lead >= t.len() {
        return (a + lead, a + lead);
    }
    (a + lead, a + t.len())
}

/// Splits range `r` of `s` at every occurrence of any of `seps`.
fn split(s: &str, r: R, seps: &[&str]) -> Vec<R> {
    let Some(sub) = s.get(r.0..r.1) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < sub.len() {
        let rest = sub.get(i..).unwrap_or_default();
        if let Some(sep) = seps.iter().find(|sep| rest.starts_with(**sep)) {
            out.push((r.0 + start, r.0 + i));
            i += sep.len();
            start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push((r.0 + start, r.1));
    out
}

fn get(s: &str, r: R) -> &str {
    s.get(r.0..r.1).unwrap_or_default()
}

/// Reads a byline line. `None` unless it names at least one person.
pub(crate) fn byline(line: &str) -> Option<Vec<BylineName>> {
    if line.len() > 200 {
        return None;
    }
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?;
    let base = line.len() - rest.len();
    let parts = split(line, (base, line.len()), &[",", ";", " | "]);
    let mut names = Vec::new();
    let mut affiliation: Option<String> = None;
    let mut place: Option<String> = None;
    for part in parts {
        let part = trim(line, part);
        let text = get(line, part);
        if text.is_empty() {
            continue;
        }
        let subs: Vec<R> = split(line, part, &[" and ", " AND ", " & "])
            .into_iter()
            .map(|r| trim(line, r))
            .filter(|r| r.0 < r.1)
            .collect();
        let all_names = subs
            .iter()
            .all(|r| is_name(get(line, *r)) && !is_org(get(line, *r)));
        if affiliation.is_none() && all_names {
            names.extend(subs);
        } else if names.is_empty() {
            return None;
        } else if affiliation.is_none() {
            let aff = text
                .strip_suffix(" Writer")
                .or_else(|| text.strip_suffix(" writer"))
                .unwrap_or(text);
            affiliation = Some(aff.to_owned());
        } else if place.is_none() {
            place = Some(text.to_owned());
        } else {
            return None;
        }
    }
    if names.is_empty() {
        return None;
    }
    Some(
        names
            .into_iter()
            .map(|name| BylineName {
                name,
                affiliation: affiliation.clone(),
                place: place.clone(),
            })
            .collect(),
    )
}

/// `Associated Press Writer`, `AP Writer`, `Staff Writer`: the line under a 1998 wire byline.
pub(crate) fn byline_affiliation(line: &str) -> Option<&str> {
    let t = line.trim();
    let org = t
        .strip_suffix(" Writer")
        .or_else(|| t.strip_suffix(" Writers"))
        .or_else(|| t.strip_suffix(" Correspondent"))?;
    (t.len() <= 60 && org.starts_with(char::is_uppercase)).then_some(org)
}

const ROLE_PHRASES: &[(&str, CreditRole)] = &[
    ("additional reporting by", CreditRole::AdditionalReporting),
    (
        "with additional reporting by",
        CreditRole::AdditionalReporting,
    ),
    ("with reporting by", CreditRole::Reporting),
    ("reporting by", CreditRole::Reporting),
    ("reported by", CreditRole::Reporting),
    ("writing by", CreditRole::Reporting),
    ("written by", CreditRole::Reporting),
    ("compiled by", CreditRole::Reporting),
    ("edited by", CreditRole::Editing),
    ("editing by", CreditRole::Editing),
];

const CONTRIB: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed to the report",
];

fn starts_with_ci(s: &str, p: &str) -> bool {
    s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
}

fn find_ci(s: &str, p: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    lower.find(p)
}

/// True when a block reads as a credit line.
pub(crate) fn is_credit(text: &str) -> bool {
    if text.len() > 600 {
        return false;
    }
    let t = text.trim_start_matches(['(', '[']);
    if ROLE_PHRASES.iter().any(|(p, _)| starts_with_ci(t, p)) {
        return true;
    }
    // Find `contributed` case-sensitively (it is lower case in every credit seen),
    // then compare the phrase without allocating. `contains` first: it runs for
    // every block, and unlike `match_indices` it needs no searcher set up per call.
    text.contains("contributed")
        && text.match_indices("contributed").any(|(k, _)| {
            let at = text.get(k..).unwrap_or_default();
            CONTRIB.iter().any(|c| starts_with_ci(at, c))
        })
}

/// The credited people of a credit block.
pub(crate) fn credits(text: &str) -> Vec<CreditName> {
    let mut out: Vec<CreditName> = Vec::new();
    for clause in clauses(text) {
        let ct = get(text, clause);
        if let Some(pos) = find_ci(ct, "contributed") {
            let names_r = (clause.0, clause.0 + pos);
            let after = ct.get(pos..).unwrap_or_default();
            let place = after
                .find(" from ")
                .and_then(|p| after.get(p + 6..))
                .map(|p| p.trim_end_matches(['.', ')', ' ']).to_owned())
                .filter(|p| !p.is_empty() && p.starts_with(char::is_uppercase));
            for item in split(text, names_r, &[",", " and ", " & "]) {
                push_name(
                    text,
                    item,
                    CreditRole::Contributing,
                    place.clone(),
                    &mut out,
                );
            }
            continue;
        }
        let mut role = None;
        for item in split(text, clause, &[",", " and ", " & "]) {
            let item = trim(text, item);
            let it = get(text, item);
            let mut item = item;
            if let Some((p, r)) = ROLE_PHRASES.iter().find(|(p, _)| starts_with_ci(it, p)) {
                role = Some(*r);
                item = (item.0 + p.len(), item.1);
            }
            if let Some(r) = role {
                push_name(text, item, r, None, &mut out);
            }
        }
    }
    out
}

/// Clauses of a credit block: split at `;`, parentheses and sentence ends.
fn clauses(text: &str) -> Vec<R> {
    let mut out = Vec::new();
    for r in split(text, (0, text.len()), &[";", "(", ")", ". ", ".\n"]) {
        let r = trim(text, r);
        if r.0 < r.1 {
            out.push(r);
        }
    }
    out
}

/// Adds the person in `item` (with an optional ` in Place`), or extends the
/// previous credit's place with a stray `, Florida`.
fn push_name(
    text: &str,
    item: R,
    role: CreditRole,
    place: Option<String>,
    out: &mut Vec<CreditName>,
) {
    let item = trim(text, item);
    let it = get(text, item);
    if it.is_empty() {
        return;
    }
    let (who, own_place) = match it.find(" in ") {
        Some(p) => (
            trim(text, (item.0, item.0 + p)),
            Some(get(text, trim(text, (item.0 + p + 4, item.1))).to_owned()),
        ),
        None => (item, None),
    };
    // The longest name at the end of the item: `Associated Press writer Marcia Dunn`.
    let who_text = get(text, who);
    let starts: Vec<usize> = std::iter::once(0)
        .chain(who_text.match_indices(' ').map(|(k, _)| k + 1))
        .collect();
    let name = starts
        .iter()
        .map(|&k| (who.0 + k, who.1))
        .find(|r| is_name(get(text, *r)));
    match name {
        Some(name) => out.push(CreditName {
            role,
            name,
            place: own_place.or(place),
        }),
        None => {
            // `in Cape Canaveral, Florida, and …`: a place continued after a comma.
            if let Some(prev) = out.last_mut() {
                if let Some(p) = prev.place.as_mut() {
                    if who_text.split_whitespace().count() <= 2
                        && who_text.starts_with(char::is_uppercase)
                    {
                        p.push_str(", ");
                        p.push_str(who_text);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<(String, Option<String>, Option<String>)> {
        byline(line)
            .unwrap_or_default()
            .into_iter()
            .map(|b| (get(line, b.name).to_owned(), b.affiliation, b.place))
            .collect()
    }

    fn cr(text: &str) -> Vec<(CreditRole, String, Option<String>)> {
        credits(text)
            .into_iter()
            .map(|c| (c.role, get(text, c.name).to_owned(), c.place))
            .collect()
    }

    #[test]
    fn bylines() {
        let n = names("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER");
        let just: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(just, ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]);
        assert_eq!(
            names("By Nada Tawfik, BBC News, New York"),
            [(
                "Nada Tawfik".into(),
                Some("BBC News".into()),
                Some("New York".into())
            )]
        );
        assert_eq!(
            names("By Sandee LaMotte, CNN"),
            [("Sandee LaMotte".into(), Some("CNN".into()), None)]
        );
        assert_eq!(names("By CHEGE MBITIRU").len(), 1);
        assert_eq!(names("By DANICA KIRKA and JILL LAWLESS").len(), 2);
        for bad in [
            "By Invitation",
            "By Any Means Necessary",
            "By Method",
            "By Cuisine",
            "By Staff Writer",
            "BY TMZ STAFF",
            "By the time he arrived, the talks had ended.",
        ] {
            assert!(byline(bad).is_none(), "{bad}");
        }
        assert_eq!(
            byline_affiliation("Associated Press Writer"),
            Some("Associated Press")
        );
    }

    #[test]
    fn seed_credits() {
        let t = "Additional reporting by Alex Willemyns in Washington. Edited by Elaine Chan, Mike Firn and Malcolm Foster.";
        assert!(is_credit(t));
        assert_eq!(
            cr(t),
            [
                (
                    CreditRole::AdditionalReporting,
                    "Alex Willemyns".into(),
                    Some("Washington".into())
                ),
                (CreditRole::Editing, "Elaine Chan".into(), None),
                (CreditRole::Editing, "Mike Firn".into(), None),
                (CreditRole::Editing, "Malcolm Foster".into(), None),
            ]
        );
    }

    #[test]
    fn reuters_credits() {
        let t = "(Reporting by Will Dunham; Editing by Tom Brown)";
        assert!(is_credit(t));
        assert_eq!(
            cr(t),
            [
                (CreditRole::Reporting, "Will Dunham".into(), None),
                (CreditRole::Editing, "Tom Brown".into(), None)
            ]
        );
        let t = "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler";
        let c = cr(t);
        assert_eq!(c.len(), 6);
        assert_eq!(
            c[2],
            (
                CreditRole::AdditionalReporting,
                "Saqib Iqbal Ahmed".into(),
                None
            )
        );
        assert_eq!(c[3].1, "Gertrude Chavez-Dreyfuss");
        assert_eq!(c[5], (CreditRole::Editing, "Dan Grebler".into(), None));
        let t = "Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash and Megan Davies, editing by Martin Howell";
        let c = cr(t);
        assert_eq!(c.len(), 6);
        assert_eq!(c[2].1, "Koh Gui Qing");
        assert_eq!(c[5], (CreditRole::Editing, "Martin Howell".into(), None));
    }

    #[test]
    fn contributed() {
        assert_eq!(
            cr("Jane Doe contributed to this report."),
            [(CreditRole::Contributing, "Jane Doe".into(), None)]
        );
        assert_eq!(
            cr(
                "Associated Press writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report."
            ),
            [
                (
                    CreditRole::Contributing,
                    "Marcia Dunn".into(),
                    Some("Cape Canaveral, Florida".into())
                ),
                (
                    CreditRole::Contributing,
                    "Vladimir Isachenkov".into(),
                    Some("Moscow".into())
                ),
            ]
        );
        assert_eq!(
            cr("Keith Bradsher contributed reporting from Hong Kong."),
            [(
                CreditRole::Contributing,
                "Keith Bradsher".into(),
                Some("Hong Kong".into())
            )]
        );
        assert_eq!(
            cr("Fox News’ Jessica Napoli contributed to this report")[0].1,
            "Jessica Napoli"
        );
        assert!(!is_credit(
            "The reporting by the newspaper was wrong, critics said."
        ));
    }
}
