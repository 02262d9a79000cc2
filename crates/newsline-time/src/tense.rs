//! Which way a clause leans in time, from its cue words.
//!
//! Bare weekdays and months ("Monday", "in July") name different days in
//! "said Monday" and "will meet Monday"; the nearest tense cue around the
//! expression in its sentence decides.

use newsline_model::Span;

/// The direction the clause around an expression points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past-tense or reporting verbs (`said`, `was`, `-ed`).
    Past,
    /// Future or intention (`will`, `'ll`, `plans`, `expected`, `next`).
    Future,
    /// Words around, but no cue among them (news defaults to the past).
    Unknown,
    /// Nothing around the expression at all: an isolated phrase, read like a
    /// date picker (the next occurrence).
    Isolated,
}

const FUTURE: &[&str] = &[
    "will",
    "ll",
    "shall",
    "plans",
    "plan",
    "planned",
    "planning",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "schedule",
    "due",
    "upcoming",
    "intends",
    "intend",
    "would",
    "should",
    "might",
    "must",
    "aims",
    "aim",
    "going",
    "set",
    "hopes",
    "hope",
    "until",
    "till",
    "wo",
    "tomorrow",
    "next",
    "promised",
    "pledged",
    "vowed",
    "threatened",
    "proposed",
    "slated",
    "deadline",
    "later",
    // financial notices: `payable Jan. 2`, `effective June 1` look ahead
    "payable",
    "effective",
    // `is forecast to make landfall Friday`, `is poised to`; not `likely`,
    // an adverb as often as not (`is likely to face questions about the
    // July 25 call`)
    "forecast",
    "forecasts",
    "projected",
    "poised",
];

const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "ago",
    "last",
    "came",
    "went",
    "made",
    "took",
    "met",
    "began",
    "got",
    "gave",
    "saw",
    "left",
    "fell",
    "rose",
    "won",
    "lost",
    "held",
    "sent",
    "paid",
    "sold",
    "bought",
    "put",
    "spent",
    "led",
    "became",
    "struck",
    "hit",
    "cut",
    "set",
    "brought",
    "fought",
    "thought",
    "felt",
    "kept",
    "ran",
    "wrote",
    "spoke",
    "chose",
    "broke",
    "grew",
    "knew",
    "drew",
    "flew",
    "threw",
    "shot",
    "found",
    "built",
    "earned",
    "since",
    "yesterday",
    "earlier",
    "previously",
    "recently",
    // past tenses of verbs spelled with `un-`, which the `-ed` rule leaves to
    // the adjectives (`unnamed`, `undisclosed`)
    "unveiled",
    "unleashed",
    "uncovered",
    "unearthed",
    "unlocked",
    "unloaded",
    "unfolded",
    "unraveled",
    "unsealed",
    "undermined",
    "underlined",
    "underscored",
    "unfurled",
    // irregular past tenses news tells events with
    "laid",
    "sank",
    "shrank",
    "slid",
    "fled",
    "stood",
    "heard",
    "meant",
    "taught",
    "caught",
    "wore",
    "shook",
    "forgot",
    "froze",
    "hid",
    "rode",
    "rang",
    "drove",
    "fed",
    "swept",
    "dealt",
    "hung",
    "stuck",
    "sat",
    "withdrew",
    "arose",
    "stole",
    "sprang",
    "underwent",
    "oversaw",
    "swore",
    "woke",
    "sought",
];

/// Auxiliaries after which an `-ed` word is a participle, not a past tense.
/// Determiners before an `-ed` word make it an adjective (`the proposed
/// merger`, `an unnamed official`).
const PASSIVE_AUX: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "to", "a", "an", "the", "its", "their", "his", "her",
];

pub(crate) fn within_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Prepositions and hedges that frame an isolated time phrase without making
/// it part of a clause.
const FRAME_WORDS: &[&str] = &[
    "at",
    "on",
    "in",
    "for",
    "by",
    "around",
    "about",
    "approximately",
    "the",
    "of",
    "from",
];

const NOT_PAST_ED: &[&str] = &[
    "need",
    "needed",
    "speed",
    "feed",
    "indeed",
    "bed",
    "red",
    "shed",
    "seed",
    "breed",
    "greed",
    "proceed",
    "succeed",
    "exceed",
    "hundred",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "slated",
    "united",
    "limited",
    "based",
    "related",
    "red",
    "bred",
    "wed",
    "led",
    "fled",
    "embed",
    "weed",
    "reed",
    "deed",
    "steed",
    "creed",
    "med",
    "ted",
    "ned",
    "ed",
    "called",
    "so-called",
    "alleged",
    "detailed",
    "advanced",
    "concerned",
    "supposed",
    "used",
    "tired",
    "armed",
    "aged",
    "experienced",
    "skilled",
    "talented",
    "interested",
    "married",
    "devoted",
    "dedicated",
    "committed",
    "undated",
    "isolated",
];

/// The longest cue word of [`FUTURE`], [`PAST`] and [`NOT_PAST_ED`], in bytes.
const MAX_CUE_LEN: usize = 11;

/// Words bucketed by first letter and length, each with what it says: a table
/// rather than scans of the lists, since the questions run for every word
/// near every timex.
struct WordBuckets<T> {
    buckets: Vec<Vec<(&'static [u8], T)>>,
}

impl<T: Copy> WordBuckets<T> {
    /// The table of `entries`; of two entries for one word, the earlier wins.
    fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut buckets = vec![Vec::new(); 26 * (MAX_CUE_LEN + 1)];
        for (w, says) in entries {
            let b = w.as_bytes();
            if let Some(slot) = b
                .first()
                .and_then(|&first| cue_bucket(first, b.len()))
                .and_then(|k| buckets.get_mut(k))
                && !slot.iter().any(|(x, _)| *x == b)
            {
                slot.push((b, says));
            }
        }
        Self { buckets }
    }

    /// What `word`, in any case, says; `None` when it is not in the table.
    fn get(&self, word: &str) -> Option<T> {
        let bytes = word.as_bytes();
        let first = bytes.first()?.to_ascii_lowercase();
        // Most words near a timex are in no table, and their bucket is empty or
        // holds words of other letters: they are turned away before any
        // lowercasing.
        self.buckets
            .get(cue_bucket(first, bytes.len())?)?
            .iter()
            .find(|(w, _)| {
                w.len() == bytes.len()
                    && w.iter()
                        .zip(bytes)
                        .all(|(a, b)| *a == b.to_ascii_lowercase())
            })
            .map(|&(_, says)| says)
    }
}

/// The bucket of a word of `len` bytes whose first letter, lowercased, is
/// `first`.
fn cue_bucket(first: u8, len: usize) -> Option<usize> {
    let letter = usize::from(first.wrapping_sub(b'a'));
    (letter < 26 && len <= MAX_CUE_LEN).then(|| letter * (MAX_CUE_LEN + 1) + len)
}

/// What `word`, in any case, says as a listed cue word: the tense, or `None`
/// for an `-ed` word that is no past tense; `None` when it is no cue.
fn listed_cue(word: &str) -> Option<Option<Tense>> {
    static TABLE: std::sync::OnceLock<WordBuckets<Option<Tense>>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            // earlier lists win: `set` is future, `expected` is no plain past
            let lists = [
                (FUTURE, Some(Tense::Future)),
                (PAST, Some(Tense::Past)),
                (NOT_PAST_ED, None),
            ];
            WordBuckets::new(
                lists
                    .into_iter()
                    .flat_map(|(list, tense)| list.iter().map(move |w| (*w, tense))),
            )
        })
        .get(word)
}

#[inline(always)]
fn classify(word: &str) -> Option<Tense> {
    let n = word.len();
    if let Some(cue) = listed_cue(word) {
        return cue;
    }
    // `unspecified`, `undisclosed`: adjectives, not past tenses
    let un = word.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("un"));
    if n > 4 && !un && (word.ends_with("ed") || word.ends_with("ED")) {
        // `Mohamed`, `Alfred`: a capital before a lowercase `-ed` is a name
        // (or a participle opening a sentence, `Founded in 1990, …`, which
        // is no finite verb either); a headline in capitals still counts
        let title_case =
            word.ends_with("ed") && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        return (!title_case).then_some(Tense::Past);
    }
    None
}

/// True when `word`, in any case, is a verb of [`SCHEDULED_PRESENT`].
fn scheduled_present(word: &str) -> bool {
    static TABLE: std::sync::OnceLock<WordBuckets<()>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| WordBuckets::new(SCHEDULED_PRESENT.iter().map(|w| (*w, ()))))
        .get(word)
        .is_some()
}

/// `Lowe's reports earnings Wednesday`: a company's report of its figures,
/// told in the present, is scheduled; `reports` alone is as often a noun
/// (`filed reports by Wednesday`).
fn reports_figures(word: &str, after: Option<&str>) -> bool {
    word.len() == 7
        && word.eq_ignore_ascii_case("reports")
        && after.is_some_and(|a| within_list(REPORTED_FIGURES, a))
}

/// What a company reports on a scheduled day.
const REPORTED_FIGURES: &[&str] = &["earnings", "results", "sales", "profit", "revenue"];

/// True when `word` is one of the listed cue words, not only an `-ed` form.
fn listed(word: &str) -> bool {
    listed_cue(word).is_some_and(|tense| tense.is_some())
}

/// The words around a candidate cue word.
#[derive(Debug, Clone, Copy)]
struct Context<'a> {
    /// The word two to the left.
    before2: Option<&'a str>,
    /// The word just to the left.
    before: Option<&'a str>,
    /// The word just to the right.
    after: Option<&'a str>,
}

/// Future cue words that are also nouns of intent (`its plans`, `their hopes`).
const INTENT_NOUNS: &[&str] = &["plan", "plans", "hope", "hopes", "aim"];

/// Words before a noun that make it one.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
];

/// Units that make `later` a narrative step (`three days later`), not the future.
const UNIT_WORDS: &[&str] = &[
    "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "moments", "time",
];

/// The tense `w` gives in its context, if it is a cue there.
///
/// Inlined, with [`classify`], into [`tense_at`]: it runs for every word
/// around every timex, and most words are turned away in fewer instructions
/// than a call and its saved registers cost.
#[inline(always)]
fn cue(w: &str, around: Context<'_>) -> Option<Tense> {
    let is = |x: Option<&str>, word: &str| x.is_some_and(|x| x.eq_ignore_ascii_case(word));
    // `the vote is to be held on May 16`: an arrangement still ahead
    if w.len() <= 3
        && is(around.after, "to")
        && (w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("are"))
    {
        return Some(Tense::Future);
    }
    let tense = classify(w)?;
    if tense != Tense::Future {
        // `will be named`, `is scheduled to be completed`: a participle after
        // `be` is passive or adjectival, not a past tense; the auxiliary decides.
        let passive = around
            .before
            .is_some_and(|b| PASSIVE_AUX.iter().any(|a| a.eq_ignore_ascii_case(b)));
        // `won't` splits as `won`, `t`: no past, but a future
        if is(around.after, "t") && w.eq_ignore_ascii_case("won") {
            return Some(Tense::Future);
        }
        return (!passive && !after_modal(around)).then_some(tense);
    }
    // `a record high set on Aug. 6`: only `set to`, `set for` look ahead
    if w.eq_ignore_ascii_case("set")
        && !is(around.after, "to")
        && !is(around.after, "for")
        && !after_modal(around)
    {
        return Some(Tense::Past);
    }
    // `unveiled its plans at a Monday show`: after a determiner, a word of
    // intent is a noun, and the clause's verb decides, unless an infinitive
    // tells what is intended (`its plans to build a plant in May`)
    if within_list(INTENT_NOUNS, w)
        && around.before.is_some_and(|b| within_list(DETERMINERS, b))
        && !is(around.after, "to")
    {
        return None;
    }
    // `should have signed it Monday`, `might have won Friday` look back
    if (w.eq_ignore_ascii_case("should")
        || w.eq_ignore_ascii_case("might")
        || w.eq_ignore_ascii_case("must"))
        && is(around.after, "have")
    {
        return Some(Tense::Past);
    }
    // `next to the embassy` is a place
    if w.eq_ignore_ascii_case("next") && is(around.after, "to") {
        return None;
    }
    // `three days later` tells a story already past
    if w.eq_ignore_ascii_case("later") && around.before.is_some_and(|b| within_list(UNIT_WORDS, b))
    {
        return None;
    }
    // `had been due to expire`, `had planned`: an expectation already past
    if is(around.before, "had") || is(around.before, "been") && is(around.before2, "had") {
        return Some(Tense::Past);
    }
    Some(tense)
}

/// Modals, after which a verb is bare whatever its spelling (`will put`).
const MODALS: &[&str] = &[
    "will", "ll", "would", "shall", "should", "can", "could", "may", "might", "must", "wo",
];

/// Modals as they split before a `n't` (`won`, `t`; `couldn`, `t`).
const MODALS_BEFORE_NOT: &[&str] = &["won", "can", "couldn", "wouldn", "shouldn", "mustn"];

/// `will hit Saturday`, `won't set a date`: a past form that is also the
/// bare verb (`hit`, `set`, `cut`, `put`) is no past after a modal; the modal
/// decides.
fn after_modal(around: Context<'_>) -> bool {
    match around.before {
        Some(b) if b.eq_ignore_ascii_case("t") => around
            .before2
            .is_some_and(|b2| within_list(MODALS_BEFORE_NOT, b2)),
        Some(b) => within_list(MODALS, b),
        None => false,
    }
}

/// Words that take an infinitive of intention (`an agreement to acquire`,
/// `agreed to purchase`, `a program to pay down`): what the infinitive tells
/// is still to come when the head is told, whatever the head's tense.
const INTENT_HEADS: &[&str] = &[
    "agreement",
    "agreed",
    "agrees",
    "agree",
    "program",
    "offer",
    "offered",
    "offers",
    "bid",
    "deal",
    "proposal",
    "decided",
    "decision",
    "effort",
    "pledge",
    "sought",
    "seeks",
    "wants",
    "voted",
    "approved",
    "chose",
    "opted",
    "moved",
    "ordered",
];

/// How many words before an infinitive's `to` its head may stand, past the
/// time it was told (`decided on Monday, Oct. 5, to reopen`).
const INTENT_HEAD_REACH: usize = 5;

/// Words that tell when a head of intent was told, and may stand between it
/// and its infinitive (`decided last month to reopen the case in May`).
const TOLD_WHEN: &[&str] = &[
    "on",
    "in",
    "at",
    "last",
    "this",
    "earlier",
    "early",
    "late",
    "week",
    "month",
    "year",
    "weekend",
    "yesterday",
    "today",
    "again",
];

/// Whether the words before an infinitive's `to`, nearest first, begin with
/// a head of intent, once past the time the head was told: its day, month or
/// date (capitalized or digits), the words of [`TOLD_WHEN`] and an adverb
/// (`voted unanimously to`). Without this, a past head told with its time
/// (`decided last month to reopen the case in May`) left the clause to the
/// past verb, and the month a year back.
fn intent_head_behind<'a>(words: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    words
        .take(INTENT_HEAD_REACH)
        .find(|w| {
            let told_when = w.bytes().all(|b| b.is_ascii_digit())
                || w.starts_with(|c: char| c.is_ascii_uppercase())
                || within_list(TOLD_WHEN, w)
                || w.len() > 4 && w.ends_with("ly");
            within_list(INTENT_HEADS, w) || !told_when
        })
        .filter(|w| within_list(INTENT_HEADS, w))
}

/// A head of intent told in the past (`decided`, `agreed`, `sought`): what
/// its infinitive tells lies ahead of that past time, not of the DCT.
fn past_head(head: &str) -> bool {
    head.ends_with("ed") || within_list(PAST, head)
}

/// Words after `to` that make it a preposition, not an infinitive marker.
const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "be",
];

/// Verbs in the simple present that news uses for a scheduled event (`they
/// meet separately Monday`, `the trial opens Tuesday`).
const SCHEDULED_PRESENT: &[&str] = &[
    "meet",
    "meets",
    "begin",
    "begins",
    "start",
    "starts",
    "open",
    "opens",
    "resume",
    "resumes",
    "visit",
    "visits",
    "arrive",
    "arrives",
    "travel",
    "travels",
    "vote",
    "votes",
    "host",
    "hosts",
    "face",
    "faces",
    "play",
    "plays",
    "expire",
    "expires",
    "returns",
    "launches",
    "closes",
    "ends",
    "go",
    "goes",
    "hits",
    "heads",
    "runs",
    "kicks",
    "airs",
    "premieres",
    "debuts",
    "take",
    "takes",
    "hold",
    "holds",
    "stop",
    "stops",
];

/// Verbs of a scheduled event in the present progressive (`officials are
/// meeting Monday`, `the president is traveling to Asia on Sunday`): news
/// tells an arrangement ahead this way. Other verbs in it are as often an
/// ongoing report of a past event (`police are investigating a shooting
/// Saturday`).
const SCHEDULED_PROGRESSIVE: &[&str] = &[
    "meeting",
    "visiting",
    "traveling",
    "travelling",
    "heading",
    "hosting",
    "holding",
    "playing",
    "facing",
    "leaving",
    "returning",
    "launching",
    "flying",
    "arriving",
    "opening",
];

/// `are meeting`, `is traveling`: see [`SCHEDULED_PROGRESSIVE`].
fn scheduled_progressive(word: &str, before: Option<&str>) -> bool {
    word.len() >= 6
        && word.ends_with("ing")
        && before.is_some_and(|b| b.eq_ignore_ascii_case("is") || b.eq_ignore_ascii_case("are"))
        && within_list(SCHEDULED_PROGRESSIVE, word)
}

/// How many words a scheduled present may stand before the expression
/// (`the show opens to the public on Friday`).
const SCHEDULED_REACH: usize = 5;

/// Prepositions before a day's possessive after which its event is ahead only
/// in a clause that looks ahead (`will speak at Friday's rally`, but `was
/// hurt in Sunday's attack`, `a share of 7% before Friday's purchases is
/// below`); `until` and `days before` look ahead unless the clause is past.
const AT_AN_EVENT: &[&str] = &["at", "in", "during", "on", "for", "before"];

/// Words before a day's possessive that tell its event is still to come.
const AWAITING: &[&str] = &["await", "awaits", "awaiting"];

/// Words that begin another clause to the right of an expression.
const CLAUSE_LINKS: &[&str] = &[
    "and", "but", "while", "when", "whereas", "because", "although", "though", "which", "who",
];

fn is_sep(c: char) -> bool {
    !(c.is_alphanumeric() || c == '-')
}

/// What a byte says of the char it begins or continues: an ASCII separator,
/// an ASCII word byte (letter, digit, `-`), or part of a non-ASCII char,
/// which only its decoded char can tell.
const SEP: u8 = 0;
const WORD: u8 = 1;
const WIDE: u8 = 2;

/// [`SEP`], [`WORD`] or [`WIDE`] for every byte: one load per byte instead of
/// the tests of [`is_sep`].
// Evaluated at compile time: an index out of bounds would fail the build,
// never a run.
#[allow(clippy::indexing_slicing)]
const BYTE_CLASS: [u8; 256] = {
    let mut class = [WIDE; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        class[byte] = if b.is_ascii_alphanumeric() || b == b'-' {
            WORD
        } else {
            SEP
        };
        byte += 1;
    }
    class
};

fn class_of(byte: u8) -> u8 {
    BYTE_CLASS.get(usize::from(byte)).copied().unwrap_or(WIDE)
}

/// Whether the non-ASCII char starting at byte `at` of `s` belongs to a word,
/// and its length.
#[inline(never)]
fn wide_at(s: &str, at: usize) -> Option<(bool, usize)> {
    let c = s.get(at..)?.chars().next()?;
    Some((!is_sep(c), c.len_utf8()))
}

/// Whether the non-ASCII char ending at byte `end` of `s` belongs to a word,
/// and its length.
#[inline(never)]
fn wide_before(s: &str, end: usize) -> Option<(bool, usize)> {
    let c = s.get(..end)?.chars().next_back()?;
    Some((!is_sep(c), c.len_utf8()))
}

/// The words of a stretch of text, left to right: what
/// `s.split(is_sep).filter(|w| !w.is_empty())` gives, read a byte at a time
/// where the text is ASCII. `str::split` with a char predicate decodes every
/// char, and was most of the cost of [`tense_at`].
struct Words<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(s: &'a str) -> Self {
        Words { s, at: 0 }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    // Inlined into `tense_at` for the same reason as `cue`.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let mut at = self.at;
        // Past the separators to the first byte of a word.
        loop {
            at += bytes.get(at..).map_or(0, |rest| run_of(rest.iter(), SEP));
            match bytes.get(at).map(|&b| class_of(b)) {
                None => {
                    self.at = at;
                    return None;
                }
                Some(WIDE) => match wide_at(self.s, at) {
                    Some((false, len)) => at += len,
                    Some((true, _)) => break,
                    None => {
                        self.at = bytes.len();
                        return None;
                    }
                },
                Some(_) => break,
            }
        }
        let start = at;
        // On to the first separator.
        loop {
            at += bytes.get(at..).map_or(0, |rest| run_of(rest.iter(), WORD));
            match bytes.get(at).map(|&b| class_of(b)) {
                Some(WIDE) => match wide_at(self.s, at) {
                    Some((true, len)) => at += len,
                    _ => break,
                },
                _ => break,
            }
        }
        self.at = at;
        self.s.get(start..at)
    }
}

/// How many bytes from the start of `bytes` are ASCII of `class`; both word
/// readers walk runs this way, forwards and backwards.
fn run_of<'b>(bytes: impl Iterator<Item = &'b u8>, class: u8) -> usize {
    bytes.take_while(|&&b| class_of(b) == class).count()
}

/// The words of a stretch of text, right to left: what
/// `s.rsplit(is_sep).filter(|w| !w.is_empty())` gives.
#[derive(Clone)]
struct WordsBack<'a> {
    s: &'a str,
    end: usize,
}

impl<'a> WordsBack<'a> {
    fn new(s: &'a str) -> Self {
        WordsBack { s, end: s.len() }
    }
}

impl<'a> Iterator for WordsBack<'a> {
    type Item = &'a str;

    // Inlined into `tense_at` for the same reason as `cue`.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let mut end = self.end;
        // Back past the separators to the last byte of a word.
        loop {
            end -= bytes
                .get(..end)
                .map_or(0, |before| run_of(before.iter().rev(), SEP));
            match end
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .map(|&b| class_of(b))
            {
                None => {
                    self.end = end;
                    return None;
                }
                Some(WIDE) => match wide_before(self.s, end) {
                    Some((false, len)) => end -= len,
                    Some((true, _)) => break,
                    None => {
                        self.end = 0;
                        return None;
                    }
                },
                Some(_) => break,
            }
        }
        let stop = end;
        // Back to the separator before the word.
        loop {
            end -= bytes
                .get(..end)
                .map_or(0, |before| run_of(before.iter().rev(), WORD));
            match end
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .map(|&b| class_of(b))
            {
                Some(WIDE) => match wide_before(self.s, end) {
                    Some((true, len)) => end -= len,
                    _ => break,
                },
                _ => break,
            }
        }
        self.end = end;
        self.s.get(end..stop)
    }
}

/// The tense cue nearest to `at` inside `sentence` of `text`, looking left
/// first (the verb usually precedes its adverbial), then right.
pub fn tense_at(text: &str, sentence: Span, at: Span) -> Tense {
    clause_tense(text, sentence, at).tense
}

/// How the clause around an expression leans in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClauseTense {
    /// The tense of [`tense_at`].
    pub tense: Tense,
    /// The clause looks ahead from a past time rather than from the DCT: an
    /// infinitive of intent whose head is told in the past (`decided to
    /// reopen the case in May`), so the time it names may already be past.
    pub ahead_of_past: bool,
    /// The clause looks ahead in the present tense (`will take effect in
    /// January`, `the trial opens in March`): what it names cannot be gone,
    /// unlike a future told in the past (`would`, `was expected to`).
    pub from_now: bool,
}

/// What [`tense_of_clause`] tells besides the tense.
#[derive(Default)]
struct Lean {
    ahead_of_past: bool,
    from_now: bool,
}

/// Future cues in the present tense: see [`ClauseTense::from_now`].
const PRESENT_FUTURE: &[&str] = &[
    "will", "ll", "shall", "wo", "won", "plans", "expects", "intends", "aims", "hopes",
];

/// [`tense_at`], and whether its future is seen from a past time.
pub fn clause_tense(text: &str, sentence: Span, at: Span) -> ClauseTense {
    let mut lean = Lean::default();
    let tense = tense_of_clause(text, sentence, at, &mut lean);
    ClauseTense {
        tense,
        ahead_of_past: lean.ahead_of_past && tense == Tense::Future,
        from_now: lean.from_now && tense == Tense::Future,
    }
}

fn tense_of_clause(text: &str, sentence: Span, at: Span, lean: &mut Lean) -> Tense {
    // Tense cues sit in the clause around the expression; a bounded window keeps
    // the cost per timex constant, so a sentence with thousands of dates stays linear.
    const WINDOW: usize = 240;
    let mut left_start = sentence.start.max(at.start.saturating_sub(WINDOW));
    while left_start < at.start && !text.is_char_boundary(left_start) {
        left_start += 1;
    }
    let mut right_end = sentence.end.min(at.end.saturating_add(WINDOW));
    while right_end > at.end && !text.is_char_boundary(right_end) {
        right_end -= 1;
    }
    let left = text.get(left_start..at.start).unwrap_or_default();
    let right = text.get(at.end..right_end).unwrap_or_default();
    // `Wednesday's ruling`, `Friday's close`: news names by its day an event
    // already reported, whatever the verb of the clause
    let possessive = right.starts_with("'s") || right.starts_with("’s");
    // The words to the left, nearest first, with the two beyond each in view.
    let mut left_words = WordsBack::new(left);
    let (mut w0, mut w1, mut w2) = (left_words.next(), left_words.next(), left_words.next());
    let is = |x: Option<&str>, word: &str| x.is_some_and(|x| x.eq_ignore_ascii_case(word));
    if possessive {
        // `ahead of Friday's jobs report`, `investors await Friday's data`:
        // the event the day names is still to come
        let awaited =
            is(w0, "of") && is(w1, "ahead") || w0.is_some_and(|w| within_list(AWAITING, w));
        if awaited {
            return Tense::Future;
        }
        // `days before Sunday's election`, `prepare for Thursday's debate`,
        // `will speak at Friday's rally`: an event a preposition places the
        // clause around may still be ahead, which the clause's own verb tells
        // (read past the `'s`); a day's event as a verb's object (`will
        // appeal Wednesday's ruling`) is one reported
        // (a month's possessive names its figures, `revision to December's
        // figures`, and stays reported)
        let day = text
            .get(at.start..at.end)
            .is_some_and(|w| w.len() > 3 && w.ends_with("day"));
        let ahead =
            is(w0, "until") || is(w0, "before") && w1.is_some_and(|b| within_list(UNIT_WORDS, b));
        let at_event = w0.is_some_and(|w| within_list(AT_AN_EVENT, w));
        // `Sunday's vote will decide the seat`: a day's event as the subject
        // opening its sentence is told by that sentence's verb
        let opens_sentence = w0.is_none();
        if !(day && (ahead || at_event || opens_sentence)) {
            return Tense::Past;
        }
        let apostrophe = right.chars().next().map_or(0, char::len_utf8);
        let past_s = Span::new(at.start, at.end + apostrophe + 1);
        let clause = tense_of_clause(text, sentence, past_s, lean);
        return match clause {
            Tense::Future => Tense::Future,
            Tense::Past => Tense::Past,
            _ if ahead => Tense::Future,
            _ => Tense::Past,
        };
    }
    // `as soon as Tuesday`, `as early as next week`: a date still to come
    if is(w0, "as") && (is(w1, "soon") || is(w1, "early")) && is(w2, "as") {
        return Tense::Future;
    }
    // `the funeral is Saturday`, `the vote is on Sunday`: a date told as what
    // an event is, in the present, is the date it is set for; one gone would
    // be told with `was`
    let copula = |w: Option<&str>| is(w, "is") || is(w, "are");
    if copula(w0) || is(w0, "on") && copula(w1) {
        return Tense::Future;
    }
    let mut left_cue = None;
    // only a month `in` which something is to happen (`will take effect in
    // January`); `results for March` name a period gone
    let month_ahead = is(w0, "in");
    let mut left_now = false;
    let mut dist = 0;
    let mut after = None;
    // `until Thursday` looks ahead only by default: the bounded state's own
    // verb (`had waited until Thursday`, `Until Thursday, they had not …`)
    // tells which Thursday
    let mut bounded = false;
    // `by February`, `through January`: a deadline, ahead unless the clause
    // tells it is past (`was killed by`, `by February, prices had risen`)
    let deadline = is(w0, "by") || is(w0, "through");
    // news hangs a bare weekday on the main verb (`extended their offers to
    // acquire the maker Friday`), a phrase with a preposition on the nearer
    // infinitive (`agreed to acquire the bank in January`)
    let prepositional = deadline || is(w0, "in") || is(w0, "before");
    while let Some(w) = w0 {
        let context = Context {
            before2: w2,
            before: w1,
            after,
        };
        let intent_head = (prepositional
            && w.eq_ignore_ascii_case("to")
            && after.is_some_and(|a| {
                a.bytes().all(|c| c.is_ascii_lowercase()) && !within_list(NOT_INFINITIVE, a)
            }))
        .then(|| intent_head_behind([w1, w2].into_iter().flatten().chain(left_words.clone())))
        .flatten();
        let infinitive_of_intent = intent_head.is_some();
        lean.ahead_of_past = intent_head.is_some_and(past_head);
        if dist == 0 && (w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till")) {
            bounded = true;
        } else if infinitive_of_intent
            || dist <= SCHEDULED_REACH
                && (scheduled_progressive(w, w1)
                    || scheduled_present(w)
                    && !is(w1, "to")
                    // `Trump's visit on Saturday`, `the vote Monday`: a noun
                    && !is(w1, "s")
                    && !w1.is_some_and(|b| within_list(DETERMINERS, b))
                    || reports_figures(w, after))
        {
            left_cue = Some((dist, Tense::Future));
            // `opens`, `are meeting`, `will take effect`; not `would take`
            left_now = !infinitive_of_intent
                && (w.ends_with('s')
                    || scheduled_progressive(w, w1)
                    || w1.is_some_and(|b| within_list(PRESENT_FUTURE, b)));
            break;
        } else if deadline
            && (is(w1, "has") || is(w1, "have"))
            && cue(w, context) == Some(Tense::Past)
            && !listed(w)
        {
            // `has extended loans through January`: a present perfect
            // reaching up to a deadline still ahead
            left_cue = Some((dist, Tense::Future));
            break;
        } else if let Some(t) = cue(w, context)
            // past `until`, an `-ed` word is as often an adjective (`will
            // stay closed until`): only listed cues decide
            && (!bounded || listed(w))
        {
            left_cue = Some((dist, t));
            left_now = t == Tense::Future && within_list(PRESENT_FUTURE, w);
            break;
        }
        after = Some(w);
        (w0, w1, w2) = (w1, w2, left_words.next());
        dist += 1;
    }
    // A cue past a comma or a quote mark on the right is mostly the
    // attribution (`…, officials said`), not the clause of the expression.
    let mut right_words = Words::new(right).peekable();
    let mut right_cue = None;
    let mut clause_crossed = false;
    let (mut before2, mut before) = (None, None);
    let mut dist = 0;
    while let Some(w) = right_words.next() {
        let context = Context {
            before2,
            before,
            after: right_words.peek().copied(),
        };
        // `the Tuesday deadline`: a deadline the date names says nothing of
        // whether it is past; the clause's verb decides
        let names_deadline = dist == 0 && w.eq_ignore_ascii_case("deadline");
        if !names_deadline && let Some(t) = cue(w, context) {
            let offset = (w.as_ptr() as usize).saturating_sub(right.as_ptr() as usize);
            let crossed = clause_crossed
                || right.get(..offset).is_some_and(|gap| {
                    // a dash sets off an aside as a comma does
                    gap.contains([',', '"', '\'', '`', '”', '’', '(', ')', '–', '—'])
                        || gap.contains(" - ")
                        || gap.contains("--")
                });
            right_cue = Some((dist, t, crossed));
            break;
        }
        // `planned a rally on Saturday and were planning to …`: a verb past a
        // conjunction tells another clause
        clause_crossed |= within_list(CLAUSE_LINKS, w);
        (before2, before) = (before, Some(w));
        dist += 1;
    }
    if bounded {
        return match (left_cue, right_cue) {
            (Some((_, t)), _) | (None, Some((_, t, _))) => t,
            (None, None) => Tense::Future,
        };
    }
    // `'ll` splits as `ll`; `won't` as `won`, `t`
    match (left_cue, right_cue) {
        (Some((dl, tl)), Some((dr, tr, crossed))) => {
            if dr + 2 < dl && !crossed {
                lean.ahead_of_past = false;
                tr
            } else {
                lean.from_now = left_now && month_ahead;
                tl
            }
        }
        (Some((_, t)), None) => {
            lean.from_now = left_now && month_ahead;
            t
        }
        (None, Some((_, t, _))) => t,
        (None, None) => {
            // A lone preposition (`at 3pm`, `on the 15th`) gives no clause to
            // lean on: the phrase is still isolated.
            let has_words = |s: &str| {
                Words::new(s).any(|w| !FRAME_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
            };
            if !(has_words(left) || has_words(right)) {
                Tense::Isolated
            } else if deadline {
                // `the deal must be signed by March`: a deadline no verb
                // tells as past is still ahead
                Tense::Future
            } else {
                Tense::Unknown
            }
        }
    }
}

/// The sentence around `at`: from `sentences` when given, else the stretch
/// between the nearest sentence-ending punctuation or line breaks.
pub fn sentence_of(text: &str, sentences: &[Span], at: Span) -> Span {
    // Sentences are in text order: find the last one starting at or before `at`.
    let index = sentences.partition_point(|s| s.start <= at.start);
    if let Some(s) = index
        .checked_sub(1)
        .and_then(|i| sentences.get(i))
        .filter(|s| at.end <= s.end)
    {
        return *s;
    }
    let before = text.get(..at.start).unwrap_or_default();
    let start = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |k| k + 1)
        .max(at.start.saturating_sub(300));
    let after = text.get(at.end..).unwrap_or_default();
    let end = at.end
        + after
            .find(['.', '!', '?', '\n'])
            .unwrap_or(after.len())
            .min(300);
    let mut s = start.min(at.start);
    while s < at.start && !text.is_char_boundary(s) {
        s += 1;
    }
    let mut e = end.max(at.end);
    while e > at.end && !text.is_char_boundary(e) {
        e -= 1;
    }
    Span::new(s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn words_are_those_of_split(text in "[a-zA-Z0-9 ,.'’\\-é日\u{2028}\u{a0}ß]{0,40}") {
            let split: Vec<&str> = text.split(is_sep).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(Words::new(&text).collect::<Vec<_>>(), split);
            let rsplit: Vec<&str> = text.rsplit(is_sep).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(WordsBack::new(&text).collect::<Vec<_>>(), rsplit);
        }

        #[test]
        fn words_of_any_text_are_those_of_split(text in any::<String>()) {
            let split: Vec<&str> = text.split(is_sep).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(Words::new(&text).collect::<Vec<_>>(), split);
            let rsplit: Vec<&str> = text.rsplit(is_sep).filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(WordsBack::new(&text).collect::<Vec<_>>(), rsplit);
        }
    }

    fn t(text: &str, needle: &str) -> Tense {
        let start = text.find(needle).unwrap();
        let at = Span::new(start, start + needle.len());
        tense_at(text, sentence_of(text, &[], at), at)
    }

    #[test]
    fn a_deadline_named_by_its_day_takes_the_clause_tense() {
        assert_eq!(
            t(
                "Holders tendered their shares by the Friday deadline.",
                "Friday"
            ),
            Tense::Past
        );
        assert_eq!(t("The deadline is Friday.", "Friday"), Tense::Future);
    }

    #[test]
    fn until_follows_the_verb_of_the_state_it_bounds() {
        assert_eq!(
            t("Until Friday, the bank had kept quiet.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            t("The road was closed until Monday.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            t("The road will stay closed until Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(t("Talks go on until Monday.", "Monday"), Tense::Future);
    }

    #[test]
    fn an_infinitive_of_intent_looks_ahead() {
        for (s, at) in [
            (
                "The bank announced an agreement to acquire the company in January.",
                "January",
            ),
            (
                "Thermo Electron agreed to purchase the line for $22 million in February.",
                "February",
            ),
            (
                "It is part of a program to pay down the loan by February.",
                "February",
            ),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        for (s, at) in [
            (
                "Two bidders extended their offers to acquire the maker Friday.",
                "Friday",
            ),
            ("Prices rose to a record in January.", "January"),
            ("He agreed to the terms in January.", "January"),
            ("He was sent to prison in January.", "January"),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
    }

    #[test]
    fn a_head_of_intent_told_with_its_time_still_looks_ahead() {
        for (s, at) in [
            (
                "The prosecutor decided last month to reopen the inquiry in May.",
                "May",
            ),
            (
                "The council decided on Monday, Oct 5, to shut the bridge in March.",
                "March",
            ),
            (
                "Shareholders voted unanimously to dissolve the fund in June.",
                "June",
            ),
            ("Decided in October to sell the unit in April.", "April"),
            (
                "The regulator ordered Boeing to halt deliveries in April.",
                "April",
            ),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        for (s, at) in [
            // a word other than a told time between head and `to`
            (
                "The club agreed with its rivals to share the ground in May.",
                "May",
            ),
            // no head of intent at all
            (
                "He told reporters last month to watch for cuts in May.",
                "May",
            ),
            (
                "The team went on Monday to visit the site in March.",
                "March",
            ),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
    }

    #[test]
    fn an_intent_told_in_the_past_looks_ahead_of_that_past() {
        let ahead_of_past = |s: &str, needle: &str| {
            let start = s.find(needle).unwrap();
            let at = Span::new(start, start + needle.len());
            clause_tense(s, Span::new(0, s.len()), at).ahead_of_past
        };
        assert!(ahead_of_past(
            "The prosecutor decided to reopen the inquiry in May.",
            "May"
        ));
        assert!(ahead_of_past(
            "The council voted in October to shut the bridge in March.",
            "March"
        ));
        // a head in the present looks ahead of the DCT itself
        assert!(!ahead_of_past(
            "The council agrees to shut the bridge in March.",
            "March"
        ));
        assert!(!ahead_of_past("She plans to visit in March.", "March"));
        // no infinitive of intent at all
        assert!(!ahead_of_past("The bridge was shut in March.", "March"));
    }

    #[test]
    fn a_scheduled_progressive_or_a_date_an_event_is_looks_ahead() {
        for (s, at) in [
            ("The president is traveling to Asia on Sunday.", "Sunday"),
            (
                "Officials are meeting Monday to discuss the plan.",
                "Monday",
            ),
            ("The funeral is Saturday.", "Saturday"),
            ("The storm is forecast to make landfall Friday.", "Friday"),
            ("The bill is poised to pass Thursday.", "Thursday"),
            ("The vote is on Sunday, officials said.", "Sunday"),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        for (s, at) in [
            // an ongoing report of an event gone
            ("Police are investigating a shooting Saturday.", "Saturday"),
            ("The funeral was Saturday.", "Saturday"),
            ("The fire likely started Friday.", "Friday"),
            (
                "Officials were meeting Monday when the news broke.",
                "Monday",
            ),
        ] {
            assert_ne!(t(s, at), Tense::Future, "{s}");
        }
    }

    #[test]
    fn irregular_pasts_must_and_bare_deadlines() {
        assert_eq!(
            t("In January, the company laid off 1,000 workers.", "January"),
            Tense::Past
        );
        assert_eq!(
            t("The deal must be signed by March.", "March"),
            Tense::Future
        );
        assert_eq!(t("Talks must end by March.", "March"), Tense::Future);
        assert_eq!(t("They must have left by March.", "March"), Tense::Past);
        // without a deadline, no cue stays unknown
        assert_eq!(t("Sales of the device in March.", "March"), Tense::Unknown);
    }

    #[test]
    fn a_days_event_after_a_preposition_follows_its_clause() {
        for (s, at) in [
            (
                "The announcement comes days before Sunday's election.",
                "Sunday",
            ),
            ("He will speak at Friday's rally.", "Friday"),
            ("Fans will line up for Saturday’s game.", "Saturday"),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        for (s, at) in [
            // the event as a verb's object is one reported
            ("The company will appeal Wednesday's ruling.", "Wednesday"),
            ("He was hurt in Sunday's attack.", "Sunday"),
            ("Polls closed before Sunday's count began.", "Sunday"),
            ("Voters turned out for Sunday's election.", "Sunday"),
            ("Its share before Friday's purchases is small.", "Friday"),
            ("The revision to December's figures is small.", "December"),
            ("Police are investigating Sunday's attack.", "Sunday"),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
    }

    #[test]
    fn a_future_told_in_the_present_is_from_now() {
        let from_now = |s: &str, needle: &str| {
            let start = s.find(needle).unwrap();
            let at = Span::new(start, start + needle.len());
            clause_tense(s, Span::new(0, s.len()), at).from_now
        };
        assert!(from_now("The law will take effect in January.", "January"));
        assert!(from_now("The trial opens in March.", "March"));
        assert!(from_now("Officials are meeting in March.", "March"));
        // a future told in the past, a period of figures, a cue on the right
        assert!(!from_now(
            "He said the law would take effect in March.",
            "March"
        ));
        assert!(!from_now(
            "The company will report results for March.",
            "March"
        ));
        assert!(!from_now("Sales in March will rise.", "March"));
    }

    #[test]
    fn a_past_form_after_a_modal_is_the_bare_verb() {
        for (s, at) in [
            (
                "The storm is moving east and will hit Saturday.",
                "Saturday",
            ),
            ("Officials won't set a date before Friday.", "Friday"),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        // `could` is no cue either way (see `might_looks_ahead_but_could_is_no_cue`)
        assert_eq!(
            t("The bank could cut rates on Tuesday.", "Tuesday"),
            Tense::Unknown
        );
        for (s, at) in [
            ("The storm hit Saturday.", "Saturday"),
            ("The bank cut rates on Tuesday.", "Tuesday"),
            // `did` tells the past itself
            ("Did the storm hit Saturday?", "Saturday"),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
    }

    #[test]
    fn a_deadline_looks_ahead_unless_the_clause_is_past() {
        assert_eq!(
            t("Lenders have extended loans through January.", "January"),
            Tense::Future
        );
        for (s, at) in [
            ("The man was killed by Monday.", "Monday"),
            ("By February, prices had risen.", "February"),
            ("Lenders extended loans through January.", "January"),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
    }

    #[test]
    fn a_scheduled_present_looks_ahead() {
        assert_eq!(
            t(
                "He and Arafat meet separately Monday with Albright.",
                "Monday"
            ),
            Tense::Future
        );
        assert_eq!(t("They met separately Monday.", "Monday"), Tense::Past);
        for (s, at) in [
            ("The show opens to the public on Friday.", "Friday"),
            ("Lakers: Visit the Thunder on Friday.", "Friday"),
            (
                "The retailer hosts its investor day Wednesday.",
                "Wednesday",
            ),
            ("The offer expires at the end of January.", "January"),
            ("Tickets go on sale Friday.", "Friday"),
            ("The film hits theaters Friday.", "Friday"),
            ("Early voting runs through Sunday.", "Sunday"),
            ("The minister heads to Paris on Thursday.", "Thursday"),
            (
                "The Senate voted Tuesday, and the House takes up the bill Thursday.",
                "Thursday",
            ),
            ("The panel holds a hearing Wednesday.", "Wednesday"),
            ("The tour stops at the arena on July 22.", "July 22"),
            ("Rival Lowe's reports earnings Wednesday.", "Wednesday"),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        for (s, at) in [
            ("The show opened to the public on Friday.", "Friday"),
            (
                "Aides described Trump's visit to the clinic on Saturday.",
                "Saturday",
            ),
            (
                "Aides described the visit to the clinic on Saturday.",
                "Saturday",
            ),
            ("Members had filed reports by Wednesday.", "Wednesday"),
            ("Tickets went on sale Friday.", "Friday"),
        ] {
            assert_eq!(t(s, at), Tense::Past, "{s}");
        }
        assert_eq!(
            t("The leaders failed to meet Monday.", "Monday"),
            Tense::Past
        );
    }

    #[test]
    fn said_monday_is_past() {
        assert_eq!(
            t("The agency said Monday that it agreed.", "Monday"),
            Tense::Past
        );
    }

    #[test]
    fn will_meet_monday_is_future() {
        assert_eq!(
            t("The leaders will meet Monday in Moscow.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            t("It will launch one in October, officials said.", "October"),
            Tense::Future
        );
    }

    #[test]
    fn a_days_event_opening_its_sentence_follows_its_verb() {
        assert_eq!(
            t("Sunday's vote will decide the seat.", "Sunday"),
            Tense::Future
        );
        assert_eq!(
            t("Thursday's debate is expected to draw crowds.", "Thursday"),
            Tense::Future
        );
        // told as done, or with no tense to go by, it is the event reported
        assert_eq!(t("Sunday's vote decided the seat.", "Sunday"), Tense::Past);
        assert_eq!(t("Friday's close: stocks up.", "Friday"), Tense::Past);
        // not at the opening, a possessive day still names a reported event
        assert_eq!(
            t(
                "Analysts said Sunday's vote will decide the seat.",
                "Sunday"
            ),
            Tense::Past
        );
        // a month's figures stay reported even as the subject
        assert_eq!(
            t("December's figures will be revised.", "December"),
            Tense::Past
        );
    }

    #[test]
    fn a_possessive_day_names_a_reported_event() {
        assert_eq!(
            t(
                "They would look for ways around Wednesday's ruling.",
                "Wednesday"
            ),
            Tense::Past
        );
    }

    #[test]
    fn every_scheduled_present_is_found_in_any_case() {
        for w in SCHEDULED_PRESENT {
            assert!(w.len() <= MAX_CUE_LEN, "{w}");
            assert!(scheduled_present(w), "{w}");
            assert!(scheduled_present(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["meat", "said", "", "é", "opening"] {
            assert!(!scheduled_present(w), "{w}");
        }
    }

    #[test]
    fn a_possessive_day_awaited_is_still_to_come() {
        for (s, at) in [
            ("Stocks rose ahead of Friday's jobs report.", "Friday"),
            ("Investors await Friday's jobs report.", "Friday"),
        ] {
            assert_eq!(t(s, at), Tense::Future, "{s}");
        }
        assert_eq!(t("He was hurt in Sunday's game.", "Sunday"), Tense::Past);
    }

    #[test]
    fn a_verb_past_a_conjunction_tells_another_clause() {
        assert_eq!(
            t(
                "Protesters planned a rally on Saturday and were planning more.",
                "Saturday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn passive_participle_is_no_past() {
        assert_eq!(
            t(
                "She will be named commander for a mission in December.",
                "December"
            ),
            Tense::Future
        );
        assert_eq!(
            t("The plant was closed in December.", "December"),
            Tense::Past
        );
        assert_eq!(
            t(
                "It would be paid on a still unspecified date in January.",
                "January"
            ),
            Tense::Future
        );
        assert_eq!(
            t("The dividend is payable Jan. 2.", "Jan. 2"),
            Tense::Future
        );
    }

    #[test]
    fn cue_words_read_in_their_context() {
        // a participle `set` is past; `set to` looks ahead
        assert_eq!(
            t("Stocks neared the record set on Aug. 6.", "Aug. 6"),
            Tense::Past
        );
        assert_eq!(t("The vote is set for Aug. 6.", "Aug. 6"), Tense::Future);
        // `next to` is a place, `three days later` a story told
        assert_eq!(
            t(
                "A bomb exploded in the building next to the embassy on Friday.",
                "Friday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("Three days later, as of Friday, it was down.", "Friday"),
            Tense::Past
        );
        // a pluperfect expectation is past
        assert_eq!(
            t("The offer had been due to expire Friday evening.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            t(
                "He could come as early as Tuesday, officials said.",
                "Tuesday"
            ),
            Tense::Future
        );
        // nor does the verb after a dash that closes an aside
        assert_eq!(
            t(
                "The drive – which will be in its third year in January – was launched.",
                "January"
            ),
            Tense::Future
        );
        assert_eq!(
            t(
                "The drive -- which will be in its third year in January -- was launched.",
                "January"
            ),
            Tense::Future
        );
        assert_eq!(
            t("Shares rose in January then fell.", "January"),
            Tense::Past
        );
        // the attribution after a comma does not outweigh the clause
        assert_eq!(
            t(
                "The group would be ready to leave for the city on Tuesday, Castro said.",
                "Tuesday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn a_name_ending_in_ed_is_no_past_tense() {
        assert_eq!(
            t(
                "On Wednesday, Mohamed and his father are to travel to New York.",
                "Wednesday"
            ),
            Tense::Future
        );
        assert_eq!(
            t("POLICE ARRESTED THE MAN ON FRIDAY", "FRIDAY"),
            Tense::Past
        );
        assert_eq!(t("Police arrested him Friday.", "Friday"), Tense::Past);
    }

    #[test]
    fn is_to_tells_an_arrangement_ahead() {
        assert_eq!(
            t(
                "The first vote is to be held from November 20 to December 11.",
                "November 20"
            ),
            Tense::Future
        );
        assert_eq!(t("Talks are to resume on Monday.", "Monday"), Tense::Future);
        assert_eq!(
            t("The vote was held on November 20.", "November 20"),
            Tense::Past
        );
    }

    #[test]
    fn might_looks_ahead_but_could_is_no_cue() {
        assert_eq!(t("Talks might resume on Friday.", "Friday"), Tense::Future);
        assert_eq!(t("They might have won on Friday.", "Friday"), Tense::Past);
        // `could` is as often a past ability as a possibility ahead
        assert_eq!(
            t("Neither man could be located Wednesday.", "Wednesday"),
            Tense::Unknown
        );
    }

    #[test]
    fn should_looks_ahead_unless_it_has_a_perfect() {
        assert_eq!(
            t("The weather should ease by Thursday morning.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            t("The deal should have closed on Thursday.", "Thursday"),
            Tense::Past
        );
    }

    #[test]
    fn a_noun_of_intent_is_no_future_cue() {
        assert_eq!(
            t(
                "The band unveiled its plans at the close of its Monday show.",
                "Monday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("Their hopes were dashed on Friday.", "Friday"),
            Tense::Past
        );
        // the verbs still look ahead, and so does the intent an infinitive tells
        assert_eq!(t("The band plans a show Monday.", "Monday"), Tense::Future);
        assert_eq!(
            t("It announced its plans to build a plant in May.", "May"),
            Tense::Future
        );
        assert_eq!(
            t("They hope to sign the deal Friday.", "Friday"),
            Tense::Future
        );
    }

    #[test]
    fn verbs_spelled_with_un_are_past_but_adjectives_are_not() {
        assert_eq!(
            t(
                "The firm will sell the phone it unveiled in March.",
                "March"
            ),
            Tense::Past
        );
        assert_eq!(
            t(
                "Police uncovered the stash on Friday, and it will be shown.",
                "Friday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("They will pay an undisclosed sum in March.", "March"),
            Tense::Future
        );
    }

    #[test]
    fn isolated_phrase_is_unknown() {
        assert_eq!(t("next monday", "monday"), Tense::Future);
        assert_eq!(t("monday", "monday"), Tense::Isolated);
        assert_eq!(t("at 3pm", "3pm"), Tense::Isolated);
        assert_eq!(t("They met at 3pm", "3pm"), Tense::Past);
        assert_eq!(t("The board met Monday.", "Monday"), Tense::Past);
    }
}
