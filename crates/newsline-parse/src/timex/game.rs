//! Times inside a sports game. A game story counts its own clock (`2:55 into
//! overtime`, `with 3:08 to play`) and its own periods (`in the third
//! quarter`): neither is a time of day nor a part of the calendar year, so
//! both leave the found expressions. Financial reports share the period words
//! (`third-quarter profit`), so a quarter or half goes only where its sentence
//! talks about a game and not about money.

use super::one_of;
use newsline_model::Span;
use newsline_model::reading::{TimeUnit, TimexReading};

/// Drops game clocks and game periods from `found` (spans into `text`).
pub(super) fn drop_game_times(text: &str, found: &mut Vec<(Span, TimexReading)>) {
    // asked only for a quarter in a sentence that names neither side
    let mut game_story = None;
    found.retain(|(span, reading)| {
        let after = text.get(span.end..).unwrap_or_default();
        match reading.unwrap_mod().0 {
            TimexReading::Clock { .. } if bare_minutes(text.get(span.start..span.end)) => {
                !counts_game_clock(after)
            }
            TimexReading::Part {
                unit: TimeUnit::Quarter | TimeUnit::Half,
                year: None,
                year_shift: None,
                ..
            } => match talk(sentence_around(text, *span)) {
                Talk::Money => true,
                Talk::Game => false,
                Talk::Neither => !*game_story.get_or_insert_with(|| game_story_words(text) >= 2),
            },
            _ => true,
        }
    });
}

/// `17:46`, `0:58`: minutes and seconds as a game clock shows them, with
/// no a.m./p.m., zone or day. `at the 5:12 mark` counts one too.
fn bare_minutes(matched: Option<&str>) -> bool {
    matched
        .and_then(|m| m.split_once(':'))
        .is_some_and(|(a, b)| {
            (1..=2).contains(&a.len())
                && b.len() == 2
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        })
}

/// The words after a bare `m:ss` place it on a game clock: time elapsed
/// (`into the third period`, `of overtime`) or time left (`to play`, `left`,
/// `remaining`). `5:30 in the morning` and `leave at 7:30 to go home` are
/// clock times and stay.
fn counts_game_clock(after: &str) -> bool {
    // `the third period`, `the 2nd quarter`
    let period_next = |rest: &str| {
        let mut words = rest.split_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && words.next().is_some_and(|w| one_of(w, ORDINALS))
            && words.next().is_some_and(|w| {
                one_of(w.trim_end_matches(|c: char| !c.is_alphanumeric()), PERIODS)
            })
    };
    // a count of time left ends its clause or names the period next
    let clause_ends = |rest: &str| {
        let rest = rest.trim_start();
        rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|w| one_of(w, &["in", "on", "and", "before"]))
    };
    if strip_words(after, &["into"])
        .or_else(|| strip_words(after, &["mark"]))
        .or_else(|| strip_words(after, &["on", "the", "clock"]))
        .is_some()
    {
        return true;
    }
    if let Some(rest) = strip_words(after, &["of"]).or_else(|| strip_words(after, &["in"])) {
        return strip_words(rest, &["overtime"])
            .or_else(|| strip_words(rest, &["regulation"]))
            .is_some()
            || period_next(rest);
    }
    [
        &["left"][..],
        &["remaining"],
        &["to", "play"],
        &["to", "go"],
    ]
    .iter()
    .filter_map(|phrase| strip_words(after, phrase))
    .any(clause_ends)
}

/// `rest` after the whole words `phrase` (any case), each after blanks.
fn strip_words<'a>(rest: &'a str, phrase: &[&str]) -> Option<&'a str> {
    phrase.iter().try_fold(rest, |rest, word| {
        let rest = rest.trim_start();
        let tail = rest.get(word.len()..)?;
        let head = rest.get(..word.len())?;
        (head.eq_ignore_ascii_case(word) && !tail.starts_with(|c: char| c.is_alphanumeric()))
            .then_some(tail)
    })
}

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final",
];
const PERIODS: &[&str] = &["period", "quarter", "half", "inning", "set", "round"];

/// The sentence holding `span`: from after the last `.`, `!`, `?` or line
/// break before it to the next one after it. Abbreviations cut it short,
/// which only narrows what the signals see.
fn sentence_around(text: &str, span: Span) -> &str {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text
        .get(..span.start)
        .and_then(|t| t.rfind(is_end))
        .map_or(0, |k| k + 1);
    let end = text
        .get(span.end..)
        .and_then(|t| t.find(is_end))
        .map_or(text.len(), |k| span.end + k);
    text.get(start..end).unwrap_or_default()
}

/// Words that only a game story uses around a period of play.
const GAME_WORDS: &[&str] = &[
    "game",
    "games",
    "touchdown",
    "touchdowns",
    "goal",
    "goals",
    "inning",
    "innings",
    "overtime",
    "halftime",
    "quarterback",
    "scored",
    "scoring",
    "score",
    "points",
    "led",
    "rebound",
    "rebounds",
    "yards",
    "interception",
    "fumble",
    "penalty",
    "homer",
    "pointer",
    "jumper",
    "dunk",
    "layup",
    "basket",
    "shots",
    "assist",
    "assists",
    "playoff",
    "playoffs",
    "win",
    "victory",
    "defeat",
];

/// Words of a money report: their quarters and halves are the calendar's.
const MONEY_WORDS: &[&str] = &[
    "earnings",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "sales",
    "fiscal",
    "percent",
    "gdp",
    "growth",
    "results",
    "income",
    "million",
    "billion",
    "cents",
    "share",
    "shares",
    "quarterly",
    "economy",
    "dividend",
    "analysts",
    "margin",
    "margins",
    "net",
    "deficit",
    "inflation",
];

/// What a sentence around a quarter or half talks about.
enum Talk {
    /// A money word, `%` or a currency sign: the calendar's quarters.
    Money,
    /// A game word, a score (`38-10`) or a game clock, and no money.
    Game,
    Neither,
}

fn talk(sentence: &str) -> Talk {
    if sentence.contains(['%', '$', '€', '£']) {
        return Talk::Money;
    }
    let mut game = false;
    for word in words_of(sentence) {
        let lower = word.to_ascii_lowercase();
        let bare = lower.trim_matches('-');
        // `3-pointer`, `game-winning`: the word's last part
        let last = bare.rsplit('-').next().unwrap_or(bare);
        if MONEY_WORDS.contains(&bare) {
            return Talk::Money;
        }
        game |= GAME_WORDS.contains(&bare) || GAME_WORDS.contains(&last) || is_score(bare);
    }
    game |= sentence.match_indices(':').any(|(k, _)| {
        let before = sentence.get(..k).unwrap_or_default();
        let clock_start = before
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |j| j + 1);
        let end = k + 3;
        bare_minutes(sentence.get(clock_start..end))
            && counts_game_clock(sentence.get(end..).unwrap_or_default())
    });
    if game { Talk::Game } else { Talk::Neither }
}

fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// Words only sports stories use, even far from the period they count in
/// (`He was hurt in the first quarter against Dallas`, in a story of
/// touchdowns). A money story rarely has one and never two.
fn game_story_words(text: &str) -> usize {
    const STRONG: &[&str] = &[
        "touchdown",
        "touchdowns",
        "inning",
        "innings",
        "overtime",
        "halftime",
        "quarterback",
        "playoff",
        "playoffs",
        "rebounds",
        "goalie",
        "3-pointer",
        "interception",
        "fumble",
    ];
    words_of(text).filter(|w| one_of(w, STRONG)).take(2).count()
}

/// `38-10`, `2-1`: two small counts joined by a hyphen.
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        let small = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
        small(a) && small(b)
    })
}
