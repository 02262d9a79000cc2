//! Events: clauses anchored to a resolved time expression.
//!
//! For each DATE/TIME timex with a resolved interval, the trigger is the event noun the
//! timex attaches to (`summit in April 2019`, `this week’s summit`, `a briefing
//! Monday`) or else the nearest main verb of its clause, looking left first (`said
//! late Monday`) and then right (`Four years ago, … Kim Jong Un made …`). Triggers
//! are single words so they can be matched against TimeML event annotations.

use std::cell::Cell;

use newsline_model::{
    Document, Event, Granularity, Modality, Quote, QuoteKind, Span, SpanRef, Spanned, TimexType,
};
use rustc_hash::FxHashMap;

use crate::entities::Analysis;
use crate::lex;
use crate::lexicon::{self, ModalWord};
use crate::text::Kind;

const PREPS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "since",
    "by",
    "until",
    "from",
    "of",
    "for",
    "before",
    "after",
    "through",
    "throughout",
    "within",
    "over",
    "the",
    "a",
    "an",
    "late",
    "early",
];

/// [`PREPS`] as a word list, for the exact lookups.
static PREP_WORDS: lex::WordList = lex::WordList::new(PREPS);

/// The text of token `i` when it is a word (not a number or punctuation).
fn word_at<'a>(an: &'a Analysis<'_>, i: usize) -> Option<&'a str> {
    an.toks
        .get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|_| an.word(i))
}

fn is_verbish(an: &Analysis<'_>, i: usize) -> bool {
    let Some(w) = word_at(an, i) else {
        return false;
    };
    let lex = an.lex(i);
    let entry = lex.word;
    if lex.cap || entry.is_aux() || entry.is_not_event() {
        return false;
    }
    if entry.is_known_verb() {
        return true;
    }
    // The shared cue-verb test also reads words with capitals inside. The entry's
    // bit first: the scan for a capital is asked only of the few cue verbs.
    if lex.lower.is_cue_verb() && w.bytes().any(|b| b.is_ascii_uppercase()) {
        return true;
    }
    // The word's own tests first: they need no look at the word before.
    if w.len() > 2
        && !entry.is_stop()
        && i.checked_sub(1)
            .is_some_and(|p| an.lex(p).word.leads_verb())
        && w.bytes().all(|b| b.is_ascii_lowercase())
    {
        return true;
    }
    // Lengths are read before chars are counted: a word of at most `n` bytes has at
    // most `n` chars. Hyphenated `-ed` words are adjectives (`scope-equipped`,
    // `well-planned`).
    if w.len() > 4 && w.ends_with("ed") && !w.contains('-') && w.chars().count() > 4 {
        return true;
    }
    w.len() > 5
        && w.ends_with("ing")
        && i > 0
        && an.lex(i - 1).word.is_aux()
        && w.chars().count() > 5
}

/// True for a word of the shared event nouns ([`crate::lex::EVENT_NOUNS`]): one bit
/// of the token's entry, cheaper to read than any cache of it.
fn is_event_noun(an: &Analysis<'_>, i: usize) -> bool {
    an.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && an.lex(i).word.is_shared_event_noun()
}

/// The answers of [`is_verbish`] per token, worked out the first time they are
/// asked: the anchoring passes ask about the same few words again and again, and
/// never about most words of an untimed sentence. (Whether a token is a candidate is
/// asked once per token, so it is not kept.)
struct Words<'x, 'a> {
    an: &'x Analysis<'a>,
    known: Vec<Cell<u8>>,
}

const VERBISH_KNOWN: u8 = 1;
const VERBISH: u8 = 1 << 1;

impl<'x, 'a> Words<'x, 'a> {
    fn new(an: &'x Analysis<'a>) -> Self {
        Words {
            an,
            known: vec![Cell::new(0); an.toks.len()],
        }
    }

    /// The word list entry of token `i`.
    fn entry(&self, i: usize) -> lexicon::Entry {
        self.an.lex(i).word
    }

    fn cached(&self, i: usize, known: u8, yes: u8, work: impl FnOnce() -> bool) -> bool {
        let Some(cell) = self.known.get(i) else {
            return work();
        };
        let bits = cell.get();
        if bits & known != 0 {
            return bits & yes != 0;
        }
        let answer = work();
        cell.set(bits | known | if answer { yes } else { 0 });
        answer
    }

    fn verbish(&self, i: usize) -> bool {
        self.cached(i, VERBISH_KNOWN, VERBISH, || is_verbish(self.an, i))
    }

    fn event_noun(&self, i: usize) -> bool {
        is_event_noun(self.an, i)
    }
}

/// A quote mark, dash or semicolon: where a time's clause ends for finding its
/// trigger.
fn ends_clause(w: &str) -> bool {
    // Most tokens are words: their first byte rules them out without a comparison.
    matches!(w.as_bytes().first(), Some(b';' | b'"' | 0xE2))
        && matches!(w, ";" | "“" | "”" | "\"" | "—" | "–")
}

/// The clause around the time at tokens `ta..=tb` of the sentence whose tokens run
/// from `first` to before `end`, looked for at most
/// `back` tokens before `ta` and `ahead` tokens after `tb`: its first token and the
/// token after its last. A clause runs on far more often than the first searches
/// look, so they stop where they stop looking.
fn clause_bounds(
    an: &Analysis<'_>,
    (first, end): (usize, usize),
    (ta, tb): (usize, usize),
    (back, ahead): (usize, usize),
) -> (usize, usize) {
    let a = first.max(ta.saturating_sub(back));
    let b = end.min(tb.saturating_add(1).saturating_add(ahead));
    let mut lo = ta;
    while lo > a && !ends_clause(an.word(lo - 1)) {
        lo -= 1;
    }
    let mut hi = tb + 1;
    while hi < b && !ends_clause(an.word(hi)) {
        hi += 1;
    }
    (lo, hi)
}

/// How far the nearest verb is looked for before and after a time.
const VERB_REACH: (usize, usize) = (8, 10);

/// The trigger of the time at tokens `ta..=tb` of the sentence whose tokens are
/// `sent` (first, after last).
fn trigger(words: &Words<'_, '_>, sent: (usize, usize), ta: usize, tb: usize) -> Option<usize> {
    let an = words.an;
    // Every search but the last reads at most `VERB_REACH` tokens from the time:
    // the clause is looked for that far first.
    let (lo, hi) = clause_bounds(an, sent, (ta, tb), VERB_REACH);
    // `NOUN in|on|during [the] TIMEX`
    let mut k = ta;
    let mut n = 0;
    while k > lo && n < 3 && PREP_WORDS.contains(an.word(k - 1)) {
        k -= 1;
        n += 1;
    }
    if k > lo && words.event_noun(k - 1) {
        return Some(k - 1);
    }
    // `TIMEX’s [adj…] NOUN`
    if an.toks.get(tb + 1).is_some_and(|t| t.kind == Kind::Poss) {
        for j in tb + 2..(tb + 8).min(hi) {
            if words.event_noun(j) {
                return Some(j);
            }
        }
    }
    // Nearest verb, left first within a short window, then right.
    let left = (lo..ta)
        .rev()
        .take(VERB_REACH.0)
        .find(|&i| words.verbish(i));
    let right = (tb + 1..hi).take(VERB_REACH.1).find(|&i| words.verbish(i));
    match (left, right) {
        (Some(l), Some(r)) => {
            if ta - l <= r - tb + 2 {
                Some(l)
            } else {
                Some(r)
            }
        }
        (Some(l), None) => Some(l),
        (None, Some(r)) => Some(r),
        (None, None) => {
            // An event noun anywhere near in the clause.
            let (lo, hi) = clause_bounds(an, sent, (ta, tb), (usize::MAX, usize::MAX));
            let near = (lo..hi).filter(|&i| (i < ta || i > tb) && words.event_noun(i));
            near.min_by_key(|&i| if i < ta { ta - i } else { i - tb })
        }
    }
}

/// True when `w` ends with `suffix`, ignoring ASCII case.
fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len()
        .checked_sub(suffix.len())
        .and_then(|cut| w.get(cut..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

fn modality(words: &Words<'_, '_>, sent: Span, trig: usize) -> Modality {
    let an = words.an;
    // The first of the five tokens before the trigger that is in its sentence
    // (tokens are in text order), found without searching all the tokens.
    let near = trig.saturating_sub(5);
    let lo = an
        .toks
        .get(near..trig)
        .and_then(|toks| toks.iter().position(|t| t.start >= sent.start))
        .map_or(trig, |k| near + k);
    let mut m = Modality::Reported;
    let entries = an.lex.get(lo..trig).unwrap_or_default();
    let texts = an.words.get(lo..trig).unwrap_or_default();
    for (i, (lex, &word)) in (lo..).zip(entries.iter().zip(texts)) {
        // The modal words are ASCII, so a token that is not has none.
        let modal = if lex.ascii { lex.lower.modal() } else { None };
        match modal {
            Some(ModalWord::Negation) => m = Modality::Negated,
            Some(ModalWord::Will) => m = Modality::Planned,
            Some(ModalWord::PlanTo) if an.word(i + 1) == "to" => m = Modality::Planned,
            Some(ModalWord::Expectation) => m = Modality::Expected,
            Some(ModalWord::Possibility) => m = Modality::Possible,
            _ => {
                // Both spellings end in `t`, which turns most words away at once.
                let negated = matches!(word.as_bytes().last(), Some(b't' | b'T'))
                    && (ends_with_ignore_case(word, "n't") || ends_with_ignore_case(word, "n’t"));
                if negated {
                    m = Modality::Negated;
                }
            }
        }
    }
    m
}

/// Tokens that end a clause for anchoring: a time expression rarely reaches past a
/// quote mark, a dash, a semicolon or a bracket.
fn is_boundary(w: &str) -> bool {
    // Most tokens are words: their first byte rules them out without a comparison.
    matches!(
        w.as_bytes().first(),
        Some(b';' | b'"' | b'(' | b')' | b'`' | b'\'' | b'_' | 0xE2)
    ) && matches!(
        w,
        ";" | "“" | "”" | "\"" | "—" | "–" | "(" | ")" | "``" | "''" | "_"
    )
}

/// What stands before a token, counted from the start of the document: the number
/// of a kind between two tokens is one subtraction.
#[derive(Clone, Copy, Default)]
struct Crossings {
    /// Clause boundaries ([`is_boundary`]).
    boundaries: usize,
    /// Commas and clause-joining `and`s.
    commas: usize,
    /// Verbs of saying in sentences with a time.
    sayings: usize,
}

/// Extra cost, in tokens, of anchoring across a clause boundary.
const BOUNDARY_COST: usize = 12;
/// Farthest (cost in tokens) a word may be from the timex it is anchored to.
const MAX_COST: usize = 25;
/// Farthest a verb of saying may be from a time that is its own (`said late
/// Monday`, `on Wednesday, the official said`).
const REPORT_COST: usize = 3;
/// Farthest a verb of saying may reach for its time when no other verb intervenes.
const REPORT_REACH: usize = 8;
/// Extra cost of anchoring what was reported to a time after the verb of saying:
/// more than any anchor may cost, so it takes another time or none.
const REPORTED_COST: usize = MAX_COST + 1;
/// Extra cost of anchoring across a comma or a clause-joining `and`: of two times
/// as near, the one in the word's own phrase is its time (`who was jailed in the
/// 1960s, followed in 1979`, `demonstrated on Saturday and were planning to drive
/// around the airport on Monday`).
const COMMA_COST: usize = 1;
/// Extra cost of anchoring to the time of a comparison.
const COMPARE_COST: usize = 10;
/// Extra cost of anchoring to a duration rather than a date.
const DURATION_COST: usize = 6;
/// Extra cost of a duration used as a modifier (`a three hour meeting`, `a
/// two-day visit`) for any word but the noun it modifies: it measures that noun
/// and says nothing about when the rest of the clause happened.
const PRENOMINAL_COST: usize = 24;

/// True when the duration ending at token `tb` modifies the word right after it.
fn prenominal(an: &Analysis<'_>, tb: usize) -> bool {
    let next = an.word(tb + 1);
    next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            next,
            "of" | "to"
                | "in"
                | "ago"
                | "later"
                | "earlier"
                | "before"
                | "after"
                | "and"
                | "or"
                | "the"
                | "a"
                | "an"
                | "for"
                | "from"
                | "since"
                | "with"
                | "by"
                | "at"
                | "on"
                | "that"
                | "when"
                | "as"
                | "than"
                | "into"
                | "until"
        )
}

/// Any word that may name an event: a verb form, an event noun, or a nominalization.
fn is_candidate(words: &Words<'_, '_>, i: usize) -> bool {
    let an = words.an;
    let Some(t) = an.toks.get(i).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let w = an.word(i);
    let lex = an.lex(i);
    if lex.cap {
        // Capitalized only as the sentence's first word: `Rescued on Nov. 25, …`.
        // The word's own tests first: most capitals open names, and telling the first
        // word searches the sentences.
        if !lex.lower.is_verb_form()
            || !(ends_with_ignore_case(w, "ed") || ends_with_ignore_case(w, "ing"))
        {
            return false;
        }
        // Tokens are in text order: `i` opens its sentence when the token before it
        // lies before the sentence.
        return an
            .sentence_of(t.start)
            .and_then(|s| an.sents.get(s))
            .is_some_and(|s| {
                i.checked_sub(1)
                    .and_then(|p| an.toks.get(p))
                    .is_none_or(|p| p.start < s.start)
            });
    }
    let entry = lex.word;
    if entry.is_not_event() {
        return false;
    }
    if entry.is_aux() {
        // `is`/`has` as main verbs (`is worth`, `had a loss`) are states.
        return matches!(w, "is" | "are" | "was" | "were" | "has" | "had" | "have")
            && !(i + 1..i + 3).any(|j| words.verbish(j));
    }
    // The entry's own bits first: they are already at hand, where `verbish` reads
    // the words around.
    entry.is_verb_form()
        || entry.is_shared_event_noun()
        || entry.is_event_noun(w)
        || words.verbish(i)
}

/// An anchoring timex: (timex index, sentence, first token, last token).
type Anchor = (usize, usize, usize, usize);

/// True for the time of a comparison (`to $3 million from $2.9 million a year
/// earlier`, `the year-ago quarter`): the figure is told at another time.
fn comparative(an: &Analysis<'_>, text: &str, ta: usize, tb: usize) -> bool {
    let span = match (an.toks.get(ta), an.toks.get(tb)) {
        (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or_default(),
        _ => "",
    };
    // Both phrases have their hyphen fifth: only a hyphen can end the `year` of one.
    let bytes = span.as_bytes();
    let year_back = bytes.iter().enumerate().any(|(p, &b)| {
        b == b'-'
            && p.checked_sub(4)
                .and_then(|start| bytes.get(start..))
                .is_some_and(|from| {
                    [&b"year-earlier"[..], b"year-ago"].iter().any(|phrase| {
                        from.get(..phrase.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
                    })
                })
    });
    if year_back {
        return true;
    }
    (ta.saturating_sub(4)..ta).any(|i| {
        let w = an.word(i);
        ["from", "than", "compared", "versus", "vs."]
            .iter()
            .any(|cue| w.eq_ignore_ascii_case(cue))
    })
}

/// Entity ids mentioned in `sent` (nationalities aside), in order of mention.
fn sentence_participants(an: &Analysis<'_>, mention_order: &[usize], sent: Span) -> Vec<String> {
    let mut participants: Vec<String> = Vec::new();
    let first = mention_order.partition_point(|&m| {
        an.mentions
            .get(m)
            .is_some_and(|m| m.span.start < sent.start)
    });
    let in_sentence = mention_order
        .get(first..)
        .unwrap_or_default()
        .iter()
        .filter_map(|&m| an.mentions.get(m));
    for m in in_sentence.take_while(|m| m.span.start < sent.end) {
        if sent.contains(&m.span) {
            if let Some(e) = an.entities.get(m.entity) {
                if matches!(e.entity_type, newsline_model::EntityType::Norp) {
                    continue;
                }
                if !participants.contains(&e.id) {
                    participants.push(e.id.clone());
                }
            }
        }
    }
    participants
}

/// True for a past form (`killed`, `fled`) or an event noun: what a narrative
/// tells of the time it has set, where present forms tell of now.
fn told_in_past(words: &Words<'_, '_>, i: usize) -> bool {
    let w = words.an.word(i);
    let entry = words.entry(i);
    (w.ends_with("ed") && !entry.is_aux()) || entry.is_irregular_past() || entry.is_event_noun(w)
}

/// True when the date from token `ta` to `tb` stands between a determiner and its
/// noun (`the Aug. 7 bombings`, `the group’s 1994 convention`): it dates that noun.
fn dates_a_noun(an: &Analysis<'_>, ta: usize, tb: usize) -> bool {
    ta.checked_sub(1).is_some_and(|p| {
        an.word(p).eq_ignore_ascii_case("the")
            || an.toks.get(p).is_some_and(|t| t.kind == Kind::Poss)
    }) && prenominal(an, tb)
}

/// True for a participle giving the date of a document (`a letter dated Monday`,
/// `a statement issued Tuesday`).
fn dates_a_document(w: &str) -> bool {
    matches!(w, "dated" | "issued" | "released" | "published")
}

/// True for a present form that tells of now: a progressive (`is fighting`, `are
/// still investigating`) or a verb's `-s` form after its subject (`who arrived in
/// 1961, believes`).
fn present_form(words: &Words<'_, '_>, i: usize) -> bool {
    let an = words.an;
    let w = an.word(i);
    let mut p = i;
    while p > 0
        && matches!(
            an.word(p - 1),
            "still" | "now" | "also" | "not" | "currently"
        )
    {
        p -= 1;
    }
    let prev = if p > 0 { an.word(p - 1) } else { "" };
    if w.ends_with("ing") {
        return matches!(prev, "is" | "are" | "am");
    }
    let entry = words.entry(i);
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !entry.is_event_noun(w)
        && !entry.is_not_event()
        && entry.is_verb_form()
        && (matches!(prev, "," | "he" | "she" | "it" | "who" | "which" | "that")
            || prev.chars().next().is_some_and(char::is_uppercase))
}

/// A day or a time of day: the precision at which news is told.
fn day_or_finer(g: Option<Granularity>) -> bool {
    matches!(
        g,
        Some(
            Granularity::Day
                | Granularity::PartOfDay
                | Granularity::Hour
                | Granularity::Minute
                | Granularity::Second
        )
    )
}

/// The first day the article names within a few days before its creation time (`…
/// said Friday` in a Saturday paper): the day the news was told, at which
/// attributions with no time of their own are placed.
fn news_day(doc: &Document, anchors: &[Anchor]) -> Option<usize> {
    let dct = doc.document.dct.as_ref()?.date;
    anchors.iter().position(|a| {
        doc.timexes.get(a.0).is_some_and(|t| {
            matches!(t.timex_type, TimexType::Date | TimexType::Time)
                && day_or_finer(t.granularity)
                && t.interval
                    .is_some_and(|iv| (0..=3).contains(&(dct - iv.start.date()).num_days()))
        })
    })
}

/// True when event noun `i` is the point a length of time is measured from (`10
/// days before the murder`, `within two weeks of the slaying`, `in the days after
/// the bombing`) or the start of a span (`since the attack`): its time is told
/// elsewhere in the story, never by that length or the sentence's other times.
fn measured_from(words: &Words<'_, '_>, length_ends: &FxHashMap<usize, usize>, i: usize) -> bool {
    let an = words.an;
    let noun =
        word_at(an, i).is_some_and(|w| words.event_noun(i) || words.entry(i).is_event_noun(w));
    if !noun {
        return false;
    }
    let mut p = i;
    for _ in 0..3 {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
        let w = an.word(p);
        if w.eq_ignore_ascii_case("since") {
            return true;
        }
        // `ten years of boom` is how long the boom lasted; `within two weeks of the
        // slaying` counts from it.
        let of = w.eq_ignore_ascii_case("of");
        if of
            || ["before", "after", "following"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        {
            let start = p.checked_sub(1).and_then(|e| length_ends.get(&e));
            return start.is_some_and(|&s| {
                !of || s
                    .checked_sub(1)
                    .is_some_and(|b| an.word(b).eq_ignore_ascii_case("within"))
            });
        }
        if !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
            return false;
        }
    }
    false
}

/// The latest deadly happening told with a date of its own sentence (`Slepian was
/// shot on Friday night`, `the Oct. 23 slaying`): later `the murder`, `the attack`
/// name it again and take its date.
#[derive(Default)]
struct Deadly {
    latest: Option<usize>,
    latest_day: Option<usize>,
}

impl Deadly {
    /// The happening was told at anchor `k`, a day (or finer) when `day`.
    fn tell(&mut self, k: usize, day: bool) {
        self.latest = Some(k);
        if day {
            self.latest_day = Some(k);
        }
    }

    /// Its anchor: a day when one was told (`last month's shooting`, then `the Oct.
    /// 23 slaying`), else the latest.
    fn anchor(&self) -> Option<usize> {
        self.latest_day.or(self.latest)
    }
}

/// True when noun `i` names something already known: a definite article, a
/// demonstrative or a possessive stands before it (`the murder`, `this attack`,
/// `Slepian's slaying`).
fn definite(an: &Analysis<'_>, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|p| {
        let w = an.word(p);
        ["the", "this", "that"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
            || an.toks.get(p).is_some_and(|t| t.kind == Kind::Poss)
    })
}

/// Words that may stand between a preposition and its noun.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their",
];

/// Two lists of (trigger token, anchor), each in token order, as one in token order.
/// The sentence loop finds its words in token order: merging them with the main
/// triggers costs a comparison per word, where a sort of the whole costs a search.
fn in_token_order(
    mains: Vec<(usize, usize)>,
    mut others: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    // Sentences are in text order, so the words are; a document whose sentences
    // are not still comes out in order.
    if !others.is_sorted_by_key(|&(tr, _)| tr) {
        others.sort_unstable_by_key(|&(tr, _)| tr);
    }
    let mut out = Vec::with_capacity(mains.len() + others.len());
    let mut mains = mains.into_iter().peekable();
    let mut others = others.into_iter().peekable();
    loop {
        let next = match (mains.peek(), others.peek()) {
            (Some(m), Some(o)) if o.0 < m.0 => others.next(),
            (Some(_), _) => mains.next(),
            (None, _) => others.next(),
        };
        match next {
            Some(x) => out.push(x),
            None => return out,
        }
    }
}

/// Builds the events of the document from its timexes, entities and quotes.
pub(crate) fn find(doc: &Document, an: &Analysis<'_>, quotes: &[Quote]) -> Vec<Event> {
    let mut anchors: Vec<Anchor> = Vec::with_capacity(doc.timexes.len());
    // Sentences holding any time expression at all, anchoring or not: a sentence
    // with its own time (even a bare duration) does not inherit its neighbour's.
    let mut timed_sents = vec![false; an.sents.len()];
    for (ti, t) in doc.timexes.iter().enumerate() {
        let Some(si) = an.sentence_of(t.span.start) else {
            continue;
        };
        if t.function.as_deref() == Some("CREATION_TIME") {
            continue;
        }
        if let Some(timed) = timed_sents.get_mut(si) {
            *timed = true;
        }
        // Dates and times anchor even when vague (`recently`, `PAST_REF`): the timeline
        // places those by document order. Durations anchor too (`fell over the past
        // three months`); the timeline places them only once resolved. So do
        // frequencies (`rallies held almost daily`), which the timeline never places.
        let ok_type = matches!(
            t.timex_type,
            TimexType::Date | TimexType::Time | TimexType::Duration | TimexType::Set
        );
        if !ok_type || t.value.is_empty() {
            continue;
        }
        let ta = an.tok_at(t.span.start);
        let tb = an.tok_at(t.span.end).saturating_sub(1).max(ta);
        anchors.push((ti, si, ta, tb));
    }
    anchors.sort_by_key(|a| (a.2, a.3));
    let is_timed = |si: usize| timed_sents.get(si).copied().unwrap_or(false);
    let length_ends: FxHashMap<usize, usize> = anchors
        .iter()
        .filter(|a| {
            doc.timexes
                .get(a.0)
                .is_some_and(|t| t.timex_type == TimexType::Duration)
        })
        .map(|a| (a.3, a.2))
        .collect();
    // Token ranges of the sentences with an anchor, and the reach of each: its
    // anchors and the words anchored to them lie before the end of the sentence or
    // of its last time, whichever is later. Anchors are sorted by token, so their
    // sentences come in text order.
    let mut anchored_ranges: Vec<(usize, usize)> = Vec::new();
    let mut reaches: Vec<(usize, usize)> = Vec::new();
    let mut last_si = None;
    for &(_, si, _, tb) in &anchors {
        if last_si == Some(si) {
            if let Some(reach) = reaches.last_mut() {
                reach.1 = reach.1.max(tb + 1);
            }
            continue;
        }
        let Some((a, b)) = an.sentence_tokens(si) else {
            continue;
        };
        last_si = Some(si);
        anchored_ranges.push((a, b));
        reaches.push((a, b.max(tb + 1)));
    }
    // The sweep below walks them in token order.
    anchored_ranges.sort_unstable();
    reaches.sort_unstable();
    // Clause boundaries, commas or joining `and`s, and verbs of saying (in sentences
    // with a time) before each token, so the number crossed between two tokens is
    // one subtraction. `At least 82 were killed, officials said as dawn broke
    // Saturday`: a time after the verb of saying is the report's, not the time of
    // what was reported before it. Counts are asked only between tokens of one
    // reach, so only tokens within a reach are read; elsewhere the counts stand.
    let mut before = vec![Crossings::default(); an.toks.len() + 1];
    let mut run = Crossings::default();
    let mut range = 0usize;
    // `slots[i]` is what stands before token `i + 1`; the first `done` are written.
    let slots = before.get_mut(1..).unwrap_or_default();
    let mut done = 0usize;
    for &(first, end) in &reaches {
        let from = first.max(done);
        let to = end.min(slots.len());
        if from >= to {
            continue;
        }
        if let Some(gap) = slots.get_mut(done..from) {
            gap.fill(run);
        }
        let tokens = an.words.get(from..to).unwrap_or_default();
        let entries = an.lex.get(from..to).unwrap_or_default();
        let written = slots.get_mut(from..to).unwrap_or_default();
        for (i, ((slot, &w), lex)) in (from..).zip(written.iter_mut().zip(tokens).zip(entries)) {
            // Most tokens are words: the first byte tells the few marks and `and`
            // apart.
            match w.as_bytes().first() {
                Some(b',') if w.len() == 1 => run.commas += 1,
                // `and` before a lowercase word joins clauses or verbs (`fled in June
                // and returned later that year`); before a name it joins names.
                Some(b'a') if w == "and" && an.word(i + 1).starts_with(char::is_lowercase) => {
                    run.commas += 1;
                }
                Some(_) if is_boundary(w) => run.boundaries += 1,
                _ => {}
            }
            if lex.word.is_reporting() {
                while anchored_ranges.get(range).is_some_and(|&(_, b)| b <= i) {
                    range += 1;
                }
                if anchored_ranges.get(range).is_some_and(|&(a, _)| a <= i) {
                    run.sayings += 1;
                }
            }
            *slot = run;
        }
        done = to;
    }
    if let Some(rest) = slots.get_mut(done..) {
        rest.fill(run);
    }
    // How many of a count stand strictly between tokens `a` and `b`.
    let between = |count: fn(&Crossings) -> usize, a: usize, b: usize| {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let at = |k: usize| before.get(k).map_or(count(&run), count);
        at(hi).saturating_sub(at(lo + 1))
    };
    let crossed = |a: usize, b: usize| between(|x| x.boundaries, a, b);
    let comma_crossed = |a: usize, b: usize| between(|x| x.commas, a, b) > 0;
    let words = Words::new(an);
    // True when a verb of saying stands strictly between tokens `a` < `b`.
    let says_between = |a: usize, b: usize| {
        let sayings = |k: usize| before.get(k).map_or(0, |x| x.sayings);
        sayings(b) > sayings(a + 1)
    };
    // Fixed extra cost of each anchor: a length of time (`for two days`, `minutes
    // apart`) is a weaker anchor than a date in the same sentence, and the time of
    // a comparison weaker still.
    // The time of a comparison, per anchor: asked here and again of the times a
    // sentence without one may go on at.
    let compared: Vec<bool> = anchors
        .iter()
        .map(|a| comparative(an, &doc.text, a.2, a.3))
        .collect();
    let (extra, modifies): (Vec<usize>, Vec<Option<usize>>) = anchors
        .iter()
        .zip(&compared)
        .map(|(a, &compared)| {
            // A frequency is as weak an anchor as a length of time.
            let duration = doc
                .timexes
                .get(a.0)
                .is_some_and(|t| matches!(t.timex_type, TimexType::Duration | TimexType::Set));
            // `the year ended Sept. 30`: the date closes the period named before it,
            // and only `ended` happened on it.
            let closes_period = a.2.checked_sub(2).is_some_and(|p| {
                matches!(an.word(p + 1), "ended" | "ending")
                    && anchors.binary_search_by_key(&p, |x| x.3).is_ok()
            });
            let modifies = if duration && prenominal(an, a.3) {
                Some(a.3 + 1)
            } else if closes_period {
                Some(a.2 - 1)
            } else {
                None
            };
            (
                usize::from(duration) * DURATION_COST + usize::from(compared) * COMPARE_COST,
                modifies,
            )
        })
        .unzip();
    let cost = |i: usize, j: usize| {
        let Some(a) = anchors.get(j) else {
            return usize::MAX;
        };
        let d = if i < a.2 {
            a.2 - i
        } else {
            i.saturating_sub(a.3)
        };
        let (c, comma) = if i < a.2 {
            (crossed(i, a.2), comma_crossed(i, a.2))
        } else {
            (crossed(a.3, i), comma_crossed(a.3, i))
        };
        let modifier = match modifies.get(j).copied().flatten() {
            Some(noun) if noun != i => PRENOMINAL_COST,
            _ => 0,
        };
        let reported = if i < a.2 && says_between(i, a.2) {
            REPORTED_COST
        } else {
            0
        };
        d + BOUNDARY_COST * c
            + usize::from(comma) * COMMA_COST
            + extra.get(j).copied().unwrap_or(0)
            + modifier
            + reported
    };
    // The cheapest anchor of the sentence for token `i`: anchors are in text order,
    // so it is among the nearest few.
    let cheapest = |i: usize, si: usize| {
        let pos = anchors.partition_point(|x| x.2 <= i);
        (pos.saturating_sub(2)..pos + 2)
            .filter_map(|j| anchors.get(j).map(|x| (j, x)))
            .filter(|(_, x)| x.1 == si)
            .map(|(j, _)| (cost(i, j), j))
            .min()
    };

    let timex_of = |k: usize| anchors.get(k).and_then(|x| doc.timexes.get(x.0));
    let dct_date = doc.document.dct.as_ref().map(|d| d.date);
    // A date more than a week from the article's creation: not the present of the
    // story.
    let far_from_now = |k: usize| {
        timex_of(k).is_some_and(|t| {
            matches!(t.timex_type, TimexType::Date | TimexType::Time)
                && t.interval.is_some_and(|iv| {
                    dct_date.is_some_and(|d| {
                        (iv.end.date() - d).num_days() < -7 || (iv.start.date() - d).num_days() > 7
                    })
                })
        })
    };
    // The main trigger of each timex first (it keeps its timex), then every other
    // event word of the sentence, anchored to its cheapest timex.
    let mut mains: Vec<(usize, usize)> = Vec::with_capacity(anchors.len()); // (trigger token, anchor idx)
    // Per token: is it a trigger already.
    let mut taken = vec![false; an.toks.len()];
    // Marks token `i` as a trigger; false when it was one already.
    let take = |taken: &mut Vec<bool>, i: usize| {
        taken
            .get_mut(i)
            .is_some_and(|t| !std::mem::replace(t, true))
    };
    for (k, &(_, si, ta, tb)) in anchors.iter().enumerate() {
        let Some(tokens) = an.sentence_tokens(si) else {
            continue;
        };
        if let Some(tr) = trigger(&words, tokens, ta, tb) {
            // A word between two times belongs to the nearer one (`decided to admit
            // them in early March, an official said on Wednesday`).
            let own = Some(cost(tr, k));
            let nearer = cheapest(tr, si).is_some_and(|(c, j)| j != k && Some(c) < own);
            // `… in March, the ministry added`: the time is in what was said; the
            // sentence loop gives the verb of saying its own time.
            let told = tr > tb && words.entry(tr).is_reporting() && cost(tr, k) > REPORT_COST;
            if !nearer && !told && !measured_from(&words, &length_ends, tr) && take(&mut taken, tr)
            {
                mains.push((tr, k));
            }
        }
    }
    // The main triggers in token order, looked up by binary search.
    mains.sort_unstable_by_key(|&(tr, _)| tr);
    let first_pass = |i: usize| {
        mains
            .binary_search_by_key(&i, |&(tr, _)| tr)
            .ok()
            .and_then(|p| mains.get(p))
            .map(|&(_, k)| k)
    };
    // Most anchored sentences have a few event words besides the main trigger.
    let mut chosen: Vec<(usize, usize)> = Vec::with_capacity(anchors.len() * 4);
    let mut deadly = Deadly::default();
    // Anchors starting at or before the token being read: tokens are read in order,
    // so the count only grows.
    let mut started = 0usize;
    // The time of the reporting: where the last `said Monday` was anchored. Later
    // attributions without a time of their own (`…, the official said.`) are told
    // at it, not at a date in what was said.
    let mut report_time: Option<usize> = news_day(doc, &anchors);
    let resolved = |k: usize| {
        timex_of(k).is_some_and(|t| t.interval.is_some() && t.timex_type != TimexType::Duration)
    };
    let start_day = |k: usize| {
        timex_of(k)
            .and_then(|t| t.interval)
            .map(|iv| iv.start.date())
    };
    let news_date = report_time.and_then(start_day);
    // The latest date or time told before the sentence being read, and how many
    // anchors have been looked at for it.
    let mut last_date: Option<usize> = None;
    let mut looked = 0usize;
    // News is told on a day: a month or a year beside a verb of saying is a time in
    // what was said (`the late-November trip, Castro said`).
    let dated = |k: usize| {
        anchors
            .get(k)
            .and_then(|x| doc.timexes.get(x.0))
            .is_some_and(|t| day_or_finer(t.granularity))
    };
    for (si, &(a, b)) in an.sent_toks.iter().enumerate() {
        let first = anchors.partition_point(|x| x.1 < si);
        let has_own = anchors.get(first).is_some_and(|x| x.1 == si);
        // A sentence with no time of its own goes on at the time the sentence before
        // it set, for what happened (attributions follow the reporting time); a
        // narrative in the past goes on one sentence further when the sentence
        // between has no time either. A date inside a noun phrase (`the Aug. 7
        // bombings`) dates that noun and sets no time for the story.
        let carried = |reach: usize| {
            if has_own || is_timed(si) {
                return None;
            }
            (0..first)
                .rev()
                .take_while(|&k| {
                    anchors
                        .get(k)
                        .is_some_and(|x| x.1 + reach >= si && !(x.1 + 1..si).any(is_timed))
                })
                .find(|&k| {
                    resolved(k)
                        && !compared.get(k).copied().unwrap_or(false)
                        && !anchors.get(k).is_some_and(|x| dates_a_noun(an, x.2, x.3))
                })
        };
        let inherited = carried(1);
        let inherited_far = if inherited.is_some() {
            None
        } else {
            carried(2)
        };
        while looked < first {
            if resolved(looked)
                && timex_of(looked)
                    .is_some_and(|t| matches!(t.timex_type, TimexType::Date | TimexType::Time))
            {
                last_date = Some(looked);
            }
            looked += 1;
        }
        // A story goes on at the day it is told while it names no other date: what
        // happened in a sentence without a time, however far from the last mention
        // of that day, happened on it (wire copy names the news day once or twice).
        let story_day = last_date.filter(|&k| {
            !has_own
                && !is_timed(si)
                && dated(k)
                && news_date.is_some()
                && start_day(k) == news_date
        });
        // `On Sunday, police said …`, `In July 1997, at a summit in Madrid, the
        // alliance announced …`: a time that opens the sentence before a comma is
        // the time of its main clause, the verb of saying included.
        let lead = Some(first).filter(|&k| {
            anchors.get(k).is_some_and(|x| {
                x.1 == si
                    && (a..x.2).all(|t| {
                        let w = an.word(t);
                        PREPS
                            .iter()
                            .chain(&["earlier", "later"])
                            .any(|p| w.eq_ignore_ascii_case(p))
                    })
                    && an.word(x.3 + 1) == ","
            })
        });
        // In a sentence with no time of its own, inherited or of the story's day, only a
        // verb of saying can take one (the reporting time): the others are not looked
        // at.
        let timed =
            has_own || inherited.is_some() || inherited_far.is_some() || story_day.is_some();
        // The speaker's `now` (`“Right now my evidence is scant,” he said`) is the
        // time of speaking.
        let speakers_now = (first..anchors.partition_point(|x| x.1 <= si))
            .find(|&k| timex_of(k).is_some_and(|t| t.value == "PRESENT_REF"));
        let entries = an.lex.get(a..b).unwrap_or_default();
        for (i, lex) in (a..).zip(entries) {
            let reporting = lex.word.is_reporting();
            if !timed && !reporting {
                continue;
            }
            // Most tokens are no event word: that is asked first, and the anchors
            // (only ever counted on) are looked at only for those that are.
            if !is_candidate(&words, i) {
                continue;
            }
            while anchors.get(started).is_some_and(|a| a.2 <= i) {
                started += 1;
            }
            let in_anchor = started
                .checked_sub(1)
                .and_then(|p| anchors.get(p))
                .is_some_and(|a| i <= a.3);
            if in_anchor {
                continue;
            }
            let near = if has_own { cheapest(i, si) } else { None };
            // What is going on now (`is fighting`, `believes`) was not at a date
            // weeks away, whatever else in the sentence happened then.
            let near =
                near.filter(|&(_, j)| reporting || !far_from_now(j) || !present_form(&words, i));
            // A verb of saying owns a time right beside it, or one after it reached
            // without passing another verb (`told a news conference on Tuesday`, `said
            // in a letter dated Monday`: the date of the words' document is theirs);
            // a time past another verb, or before the speaker (`… by Jan. 14, the
            // commissioner told reporters`), is in what was said.
            let own = |c: usize, j: usize| {
                c <= REPORT_COST
                    || (c <= REPORT_REACH
                        && anchors.get(j).is_some_and(|x| {
                            i < x.2
                                && !(i + 1..x.2)
                                    .any(|k| words.verbish(k) && !dates_a_document(an.word(k)))
                        }))
            };
            let owned = match near {
                Some((c, j)) if own(c, j) => Some(j),
                _ => lead.filter(|&k| {
                    anchors
                        .get(k)
                        .is_some_and(|x| x.3 < i && crossed(x.3, i) == 0)
                }),
            };
            // The date of a letter or statement is its own, not the reporting day's.
            let of_document = |j: usize| {
                anchors
                    .get(j)
                    .is_some_and(|x| (i + 1..x.2).any(|k| dates_a_document(an.word(k))))
            };
            if reporting {
                if let Some(j) = owned {
                    if resolved(j) && dated(j) && !of_document(j) {
                        report_time = Some(j);
                    }
                }
            }
            if taken.get(i).copied().unwrap_or(false) {
                if let Some(k) = first_pass(i) {
                    if words.entry(i).is_violence() && resolved(k) {
                        deadly.tell(k, dated(k));
                    }
                }
                continue;
            }
            let same_time = |j: usize| {
                let iv = |k: usize| {
                    anchors
                        .get(k)
                        .and_then(|x| doc.timexes.get(x.0))
                        .and_then(|t| t.interval)
                };
                report_time.is_some_and(|r| iv(r).is_some() && iv(r) == iv(j))
            };
            let pick = match near {
                // Its time is told elsewhere in the story.
                _ if measured_from(&words, &length_ends, i) => None,
                _ if reporting && owned.is_some() => owned,
                // A mention of the reporting day in the same sentence is the nearer
                // mention of the same time.
                Some((c, j)) if !reporting || own(c, j) || same_time(j) => {
                    (c <= MAX_COST).then_some(j)
                }
                _ if reporting && speakers_now.is_some() => speakers_now,
                _ if reporting => {
                    report_time.or(near.and_then(|(c, j)| (c <= MAX_COST).then_some(j)))
                }
                _ => inherited
                    .or(inherited_far.filter(|_| told_in_past(&words, i)))
                    .or(story_day.filter(|_| told_in_past(&words, i))),
            };
            let own_sentence = |j: usize| anchors.get(j).is_some_and(|x| x.1 == si);
            let anaphor = words.entry(i).is_violence_noun() && definite(an, i);
            let pick = match pick {
                Some(j) if own_sentence(j) => {
                    // A time merely near `the murder` is no evidence of its date; one
                    // beside it is (`the Oct. 23 slaying`).
                    let beside = near.is_some_and(|(c, k)| k == j && c <= REPORT_COST);
                    if words.entry(i).is_violence() && (!anaphor || beside) && resolved(j) {
                        deadly.tell(j, dated(j));
                    }
                    Some(j)
                }
                // `the murder`, `Slepian's slaying`: the deadly happening told before.
                _ if anaphor => deadly.anchor().or(pick),
                _ => pick,
            };
            if let Some(j) = pick {
                if take(&mut taken, i) {
                    chosen.push((i, j));
                }
            }
        }
        // Later attributions refer to the latest mention of the reporting day.
        if let Some(r) = report_time {
            let iv = |k: usize| {
                anchors
                    .get(k)
                    .and_then(|x| doc.timexes.get(x.0))
                    .and_then(|t| t.interval)
            };
            let last_same = (first..anchors.partition_point(|x| x.1 <= si))
                .rev()
                .find(|&k| iv(k).is_some() && iv(k) == iv(r));
            if let Some(k) = last_same {
                report_time = Some(k);
            }
        }
    }
    let mut mention_order: Vec<usize> = (0..an.mentions.len()).collect();
    mention_order.sort_by_key(|&m| an.mentions.get(m).map(|m| m.span.start));
    let mut quote_order: Vec<usize> = (0..quotes.len()).collect();
    quote_order.sort_by_key(|&q| quotes.get(q).map(|q| q.span.start));
    // Token order is sentence order, then trigger order within the sentence.
    let chosen = in_token_order(mains, chosen);
    let mut out = Vec::with_capacity(chosen.len());
    let mut opened = 0usize;
    let mut last_sent: Option<usize> = None;
    for (tr, k) in chosen {
        let Some(&(ti, _, _, _)) = anchors.get(k) else {
            continue;
        };
        let Some(tt) = an.toks.get(tr) else { continue };
        // The trigger's own sentence: an inherited time comes from the one before.
        // Most events share the sentence of the event before; that sentence is the
        // answer when it holds the trigger and the one before it ends before.
        let same = last_sent.filter(|&p| {
            an.sents
                .get(p)
                .is_some_and(|s| s.start <= tt.start && tt.start < s.end)
                && p.checked_sub(1)
                    .is_none_or(|q| an.sents.get(q).is_some_and(|s| s.end <= tt.start))
        });
        let Some(si) = same.or_else(|| an.sentence_of(tt.start)) else {
            continue;
        };
        last_sent = Some(si);
        let (Some(t), Some(sent)) = (doc.timexes.get(ti), an.sents.get(si).copied()) else {
            continue;
        };
        let Some(trig) = Spanned::from_text(an.text, tt.span()) else {
            continue;
        };
        // Triggers come in text order: the quotes opening at or before each are
        // counted on from the last trigger's.
        while quote_order
            .get(opened)
            .and_then(|&q| quotes.get(q))
            .is_some_and(|q| q.span.start <= trig.span.start)
        {
            opened += 1;
        }
        let source = quote_order
            .get(..opened)
            .unwrap_or_default()
            .iter()
            .rev()
            .filter_map(|&q| quotes.get(q))
            .take(4)
            .find(|q| q.span.contains(&trig.span) && q.kind != QuoteKind::Scare)
            .map(|q| q.id.clone());
        out.push(Event {
            id: String::new(),
            trigger: trig,
            sentence: SpanRef { span: sent },
            timex: Some(t.id.clone()),
            interval: t.interval,
            granularity: t.granularity,
            participants: Vec::new(),
            source,
            modality: modality(&words, sent, tr),
        });
    }
    // Many events share a sentence, and events come in sentence order: each
    // sentence's participants are gathered once, and its last event takes the list
    // itself rather than a copy.
    for group in out.chunk_by_mut(|a, b| a.sentence.span == b.sentence.span) {
        let Some((last, rest)) = group.split_last_mut() else {
            continue;
        };
        let participants = sentence_participants(an, &mention_order, last.sentence.span);
        for e in rest {
            // Into an empty list: a copy made to size, not one grown into it.
            e.participants = participants.clone();
        }
        last.participants = participants;
    }
    for (i, e) in out.iter_mut().enumerate() {
        e.id = crate::numbered_id('v', i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use newsline_model::{Dct, Document};

    fn run(text: &str, dct: &str) -> Document {
        let mut doc = Document::new("t", text);
        let dct = serde_json::json!({"value": dct, "source": "record", "date": dct});
        doc.document.dct = serde_json::from_value::<Dct>(dct).ok();
        newsline_parse::parse_article(&mut doc);
        newsline_parse::recognize_timexes(&mut doc);
        newsline_time::normalize(&mut doc);
        crate::enrich(&mut doc);
        doc
    }

    /// (trigger, anchoring timex text) of every event.
    fn anchored(doc: &Document) -> Vec<(String, String)> {
        doc.events
            .iter()
            .filter_map(|e| {
                let t = doc.timex(e.timex.as_deref()?)?;
                Some((e.trigger.text.clone(), t.text.clone()))
            })
            .collect()
    }

    /// The timex texts anchoring events whose trigger is one of `triggers`, in order.
    fn anchors_of(doc: &Document, triggers: &[&str]) -> Vec<String> {
        anchored(doc)
            .into_iter()
            .filter(|(tr, _)| triggers.contains(&tr.as_str()))
            .map(|(_, tx)| tx)
            .collect()
    }

    fn has(doc: &Document, trigger: &str, timex: &str) -> bool {
        anchored(doc)
            .iter()
            .any(|(tr, tx)| tr == trigger && tx == timex)
    }

    #[test]
    fn triggers_come_out_in_token_order() {
        let mains = vec![(3, 0), (9, 1)];
        assert_eq!(
            super::in_token_order(mains.clone(), vec![(1, 0), (4, 0), (12, 1)]),
            [(1, 0), (3, 0), (4, 0), (9, 1), (12, 1)]
        );
        // Words out of order (sentences out of text order) are sorted first.
        assert_eq!(
            super::in_token_order(mains, vec![(12, 1), (1, 0)]),
            [(1, 0), (3, 0), (9, 1), (12, 1)]
        );
    }

    #[test]
    fn every_event_word_of_the_sentence_takes_its_nearest_time() {
        let doc = run(
            "NATO has decided to admit Poland in early March, an official said on Wednesday.\n",
            "1999-02-10",
        );
        assert!(has(&doc, "admit", "early March"), "{:?}", anchored(&doc));
        assert!(has(&doc, "said", "Wednesday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn a_sentence_without_time_goes_on_at_the_one_before() {
        let doc = run(
            "Two bombs exploded outside the embassy on Friday. Rescuers pulled survivors from the rubble.\n",
            "1998-08-08",
        );
        assert!(has(&doc, "pulled", "Friday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn attributions_are_told_at_the_reporting_day() {
        let doc = run(
            "The ministry said on Friday that talks would resume in March. \
             “We are ready,” the minister said. Talks resume in March, the ministry added.\n",
            "2000-01-15",
        );
        let said: Vec<_> = anchored(&doc)
            .into_iter()
            .filter(|(tr, _)| tr == "said" || tr == "added")
            .collect();
        assert!(
            said.iter().all(|(_, tx)| tx == "Friday") && said.len() == 3,
            "{said:?}"
        );
        assert!(has(&doc, "resume", "March"), "{:?}", anchored(&doc));
    }

    #[test]
    fn a_time_opening_the_sentence_is_the_time_of_its_verb_of_saying() {
        let doc = run(
            "Police said on Friday that two suspects were held. \
             On Sunday, Tanzanian police and FBI agents said they had found the bomb maker. \
             The bomb was ready weeks earlier, the police chief said.\n",
            "1998-08-18",
        );
        let said: Vec<_> = anchors_of(&doc, &["said"]);
        assert_eq!(said, ["Friday", "Sunday", "Sunday"], "{:?}", anchored(&doc));
    }

    #[test]
    fn a_month_beside_a_verb_of_saying_does_not_become_the_reporting_time() {
        let doc = run(
            "Castro said on Friday the mother was kidnapped. \
             “She was taken,” to make the late-November trip, Castro said. \
             The Cuban leader said Elian was loved.\n",
            "2000-01-29",
        );
        let said: Vec<_> = anchors_of(&doc, &["said"]);
        assert_eq!(said.last().map(String::as_str), Some("Friday"), "{said:?}");
    }

    #[test]
    fn a_time_after_the_verb_of_saying_is_the_reports() {
        let doc = run(
            "Bombs exploded on Friday. At least 82 were killed, officials said as dawn broke Saturday.\n",
            "1998-08-08",
        );
        assert!(!has(&doc, "killed", "Saturday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn a_past_narrative_goes_on_over_an_untimed_sentence() {
        let doc = run(
            "Two bombs exploded outside the embassy on Friday. Rescuers worked through the night. \
             They pulled survivors from the rubble.\n",
            "1998-08-08",
        );
        assert!(has(&doc, "pulled", "Friday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn comparison_times_are_weak_anchors() {
        let doc = run(
            "Net income rose in the third quarter to $5 million from $4 million a year earlier.\n",
            "1989-10-27",
        );
        assert!(
            has(&doc, "rose", "the third quarter"),
            "{:?}",
            anchored(&doc)
        );
    }

    #[test]
    fn a_story_goes_on_at_its_news_day_until_it_names_another_date() {
        let doc = run(
            "Bombs exploded outside the embassy on Friday. Rescuers worked through the night. \
             Cranes lifted slabs of concrete. Police arrested two men. \
             In 1992, a clinic was bombed. Two men were charged. A judge heard the case. \
             The judge jailed both.\n",
            "1998-08-08",
        );
        assert!(has(&doc, "arrested", "Friday"), "{:?}", anchored(&doc));
        assert!(
            anchors_of(&doc, &["jailed"]).is_empty(),
            "{:?}",
            anchored(&doc)
        );
    }

    #[test]
    fn the_speakers_now_is_the_time_of_saying() {
        let doc = run(
            "Police said on Monday that a suspect was held. \
             “Right now my evidence is scant,” the chief said.\n",
            "1998-08-18",
        );
        assert_eq!(anchors_of(&doc, &["said"]), ["Monday", "Right now"]);
    }

    #[test]
    fn a_time_in_the_words_own_phrase_wins_over_one_past_a_comma() {
        let doc = run(
            "Her brother, who was jailed in the 1960s, followed in 1979.\n",
            "2000-02-24",
        );
        assert!(has(&doc, "followed", "1979"), "{:?}", anchored(&doc));
    }

    #[test]
    fn the_murder_is_the_deadly_happening_told_before() {
        let doc = run(
            "A doctor was shot on Oct. 23 in his kitchen. \
             The FBI said on Friday that a suspect may have fled to Mexico. \
             “She may have been with him after the murder,” the investigator said.\n",
            "1998-11-20",
        );
        assert!(has(&doc, "murder", "Oct. 23"), "{:?}", anchored(&doc));
    }

    #[test]
    fn what_goes_on_now_is_not_at_a_date_long_past() {
        let doc = run(
            "Juanita Castro, who arrived in Miami in 1961, believes the case is a family matter. \
             White heads a team that is investigating the bombings of Aug. 7, 1998.\n",
            "2000-04-14",
        );
        let got = anchors_of(&doc, &["believes", "investigating"]);
        assert!(got.is_empty(), "{:?}", anchored(&doc));
        assert!(has(&doc, "arrived", "1961"), "{:?}", anchored(&doc));
    }

    #[test]
    fn a_letters_date_is_the_time_of_its_words_but_not_the_reporting_day() {
        let doc = run(
            "The father spoke on Wednesday. “I object,” Gonzalez said in the letter, dated Monday. \
             “He did not write it,” a spokesman said.\n",
            "2000-02-16",
        );
        assert_eq!(anchors_of(&doc, &["said"]), ["Monday", "Wednesday"]);
    }

    #[test]
    fn the_end_of_a_named_period_dates_only_its_ending() {
        let doc = run(
            "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.\n",
            "1989-11-02",
        );
        assert!(
            has(&doc, "sales", "the fiscal year"),
            "{:?}",
            anchored(&doc)
        );
        let dated_by_end: Vec<_> = anchored(&doc)
            .into_iter()
            .filter(|(tr, tx)| tx == "Jan. 31" && tr != "ended")
            .collect();
        assert!(dated_by_end.is_empty(), "{dated_by_end:?}");
    }

    #[test]
    fn a_verb_joined_by_and_takes_the_time_of_its_own_clause() {
        let doc = run(
            "Protesters marched in Little Havana on Saturday and were planning to drive \
             around Miami International Airport on Monday.\n",
            "2000-01-07",
        );
        assert!(has(&doc, "drive", "Monday"), "{:?}", anchored(&doc));
        assert!(has(&doc, "marched", "Saturday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn a_date_inside_a_noun_phrase_sets_no_time_for_the_next_sentence() {
        let doc = run(
            "On Sunday, the department issued a caution after the Aug. 7 bombings. \
             It also ordered the departure of all non-emergency staff.\n",
            "1998-08-17",
        );
        assert!(has(&doc, "ordered", "Sunday"), "{:?}", anchored(&doc));
    }

    #[test]
    fn the_happening_a_length_is_counted_from_is_not_dated_by_it() {
        let doc = run(
            "A neighbor saw the car 10 days before the murder. Police named a suspect within \
             two weeks of the killing. Prices rose after ten years of decline.\n",
            "1998-11-05",
        );
        let got = anchored(&doc);
        assert!(!got.iter().any(|(t, _)| t == "murder"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "killing"), "{got:?}");
        assert!(has(&doc, "saw", "10 days"), "{got:?}");
    }
}
