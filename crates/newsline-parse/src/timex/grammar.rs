//! The nom grammar of English time expressions.
//!
//! Every parser takes the text from a word start and returns what it read and
//! the rest. The top level ([`parse_at`]) tries each alternative and keeps the
//! longest reading, so ordering the alternatives never hides a longer match.
//! Extents follow TimeML: determiners and modifiers are inside
//! (`the past three years`, `late Monday`), leading prepositions are not.

use newsline_model::TimexMod;
use newsline_model::reading::{
    Anchor, DayPart, Direction, Holiday, RefPoint, TimeUnit, TimexReading as R,
};
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1};
use nom::error::{Error, ErrorKind};
use nom::sequence::separated_pair;
use nom::{IResult, Parser};

use super::lexicon::{self, lookup};

/// A parse result over `&str`.
pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// What the grammar needs to know about the place it starts at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The text has no capitals at all (chat, lowercased headlines): accept
    /// lowercase month and weekday names.
    pub lenient: bool,
    /// The word before the start, as written (empty at the text start).
    pub prev: &'a str,
    /// The character just before the start, if any.
    pub prev_char: Option<char>,
    /// At most the previous word comes before the start: with nothing after
    /// the match, the text is one phrase (a query, a form field), not prose.
    pub lone: bool,
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// True when `i` does not continue a word.
fn at_boundary(i: &str) -> bool {
    match i.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => i.chars().next().is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// One run of blanks, at most one line break (a blank line ends an expression).
fn ws(i: &str) -> Res<'_, &str> {
    match blanks(i) {
        Some(len) => match (i.get(len..), i.get(..len)) {
            (Some(rest), Some(blanks)) => Ok((rest, blanks)),
            _ => fail(i),
        },
        None => fail(i),
    }
}

/// The length of the run of blanks [`ws`] takes, if it takes one.
#[inline]
fn blanks(i: &str) -> Option<usize> {
    // Bytes, not chars: this runs between every two words the grammar reads.
    let bytes = i.as_bytes();
    let mut len = 0;
    let mut breaks = 0;
    loop {
        match bytes.get(len..) {
            Some([b' ' | b'\t' | b'\r', ..]) => len += 1,
            Some([b'\n', ..]) => {
                breaks += 1;
                len += 1;
            }
            // U+00A0, no-break space
            Some([0xc2, 0xa0, ..]) => len += 2,
            _ => break,
        }
    }
    (len > 0 && breaks <= 1).then_some(len)
}

/// `w` lowercased into `buf`, without allocating; empty when `w` is longer
/// than the buffer (longer than every word the grammar compares with).
fn lower_ascii<'b>(w: &str, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(slot) = buf.get_mut(..w.len()) else {
        return "";
    };
    for (b, c) in slot.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(slot).unwrap_or_default()
}

/// Optional blanks.
fn ows(i: &str) -> &str {
    match ws(i) {
        Ok((rest, _)) => rest,
        Err(_) => i,
    }
}

/// A literal, ASCII case-insensitive. Compared bytewise: nom's `tag_no_case`
/// lowercases through Unicode tables, which dominated the scan time.
fn tag_ci<'a>(w: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        let n = w.len();
        match (starts_with_ci(i, w), i.get(..n), i.get(n..)) {
            (true, Some(head), Some(rest)) => Ok((rest, head)),
            _ => fail(i),
        }
    }
}

/// `i` starts with `w`, ASCII case-insensitively. Byte by byte, stopping at
/// the first difference: most tries fail on the first letter or two, where
/// the word-at-a-time comparison of `eq_ignore_ascii_case` costs more.
#[inline]
fn starts_with_ci(i: &str, w: &str) -> bool {
    let (ib, wb) = (i.as_bytes(), w.as_bytes());
    ib.len() >= wb.len() && ib.iter().zip(wb).all(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// A keyword, case-insensitive, ending at a word boundary.
fn kw<'a>(w: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        let (rest, m) = tag_ci(w)(i)?;
        if at_boundary(rest) {
            Ok((rest, m))
        } else {
            fail(i)
        }
    }
}

/// Blanks then a keyword.
fn skw<'a>(w: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        let (rest, _) = ws(i)?;
        kw(w)(rest)
    }
}

/// Any of several keywords (first match).
fn kws<'a>(ws_: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        for w in ws_ {
            if let Ok(r) = kw(w)(i) {
                return Ok(r);
            }
        }
        fail(i)
    }
}

/// A run of ASCII letters ending at a word boundary.
/// The word after the blanks that open `i`, with what follows it.
fn next_word(i: &str) -> Option<(&str, &str)> {
    ws(i).ok().and_then(|(x, _)| alpha(x).ok())
}

fn alpha(i: &str) -> Res<'_, &str> {
    // bytes, not chars: a run of ASCII letters ends at the first other byte
    let len = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    match (i.get(..len), i.get(len..)) {
        (Some(w), Some(rest)) if len > 0 && at_boundary(rest) => Ok((rest, w)),
        _ => fail(i),
    }
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Digits as a number, ending at a word boundary and not continuing as
/// `1,000` or `2.5`.
fn uint(i: &str) -> Res<'_, (u32, usize)> {
    let (rest, d) = digit1(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    let mut cs = rest.chars();
    if let (Some(',' | '.'), Some(c2)) = (cs.next(), cs.next())
        && c2.is_ascii_digit()
    {
        return fail(i);
    }
    match d.parse::<u32>() {
        Ok(n) if d.len() <= 9 => Ok((rest, (n, d.len()))),
        _ => fail(i),
    }
}

/// A number in digits, allowing thousands separators and decimals (amounts).
fn amount_digits(i: &str) -> Res<'_, f64> {
    let (_, d) = take_while1(|c: char| c.is_ascii_digit() || c == ',' || c == '.')(i)?;
    let d = d.trim_end_matches(['.', ',']);
    let rest = i.get(d.len()..).unwrap_or_default();
    if !at_boundary(rest) || d.is_empty() || !d.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let parsed = if d.contains(',') {
        d.chars()
            .filter(|&c| c != ',')
            .collect::<String>()
            .parse::<f64>()
    } else {
        d.parse::<f64>()
    };
    match parsed {
        Ok(v) if v.is_finite() && v < 1e9 => Ok((rest, v)),
        _ => fail(i),
    }
}

/// The bit of an ASCII letter, either case, in a set of 26; no bit for any
/// other byte.
const fn letter_bit(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        1 << (b.to_ascii_lowercase() - b'a')
    } else {
        0
    }
}

/// The first letters of a table's words, as [`letter_bit`]s.
const fn initials(mut words: &[(&str, u32)]) -> u32 {
    let mut set = 0;
    while let [(w, _), rest @ ..] = words {
        if let [b, ..] = w.as_bytes() {
            set |= letter_bit(*b);
        }
        words = rest;
    }
    set
}

/// Whether `i` opens with a letter of the set `initials` (of [`initials`]).
#[inline]
fn opens_with_one_of(i: &str, initials: u32) -> bool {
    i.as_bytes()
        .first()
        .is_some_and(|&b| letter_bit(b) & initials != 0)
}

/// A number word below a hundred: `seven`, `twenty-four`, `twenty four`.
fn number_word(i: &str) -> Res<'_, u32> {
    // tried at most attempts, on words mostly no number word starts as: the
    // first letter settles them before the word is read and looked up
    const INITIALS: u32 = initials(lexicon::SMALL_NUMBERS) | initials(lexicon::TENS);
    if !opens_with_one_of(i, INITIALS) {
        return fail(i);
    }
    let (rest, w) = alpha(i)?;
    let Some((n, tens)) = lexicon::number_value(w) else {
        return fail(i);
    };
    if !tens {
        return Ok((rest, n));
    }
    {
        let t = n;
        // `twenty-four`, `twenty four`
        let after_sep = match rest.strip_prefix('-') {
            Some(r) => Some(r),
            None => ws(rest).ok().map(|(r, _)| r),
        };
        if let Some(r) = after_sep
            && let Ok((r2, w2)) = alpha(r)
            && let Some((u, false)) = lexicon::number_value(w2)
            && (1..10).contains(&u)
        {
            return Ok((r2, t + u));
        }
        Ok((rest, t))
    }
}

/// Words that multiply the count before them (`two hundred`, `a thousand`).
const MULTIPLIERS: &[(&str, f64)] = &[("hundred", 100.0), ("thousand", 1000.0), ("million", 1e6)];

/// A count in words or digits, with `hundred`/`thousand` multipliers.
fn count(i: &str) -> Res<'_, f64> {
    let (mut rest, mut v) = match amount_digits(i) {
        Ok((r, v)) => (r, v),
        Err(_) => {
            let (r, n) = number_word(i)?;
            (r, f64::from(n))
        }
    };
    for &(w, m) in MULTIPLIERS {
        if let Ok((r, _)) = skw(w)(rest) {
            v *= m;
            rest = r;
        }
    }
    Ok((rest, v))
}

/// An amount before a unit: `two`, `18`, `a`, `a couple of`, `several`,
/// `one and a half`. `None` is a vague amount (TIMEX3 `X`).
fn amount(i: &str) -> Res<'_, Option<f64>> {
    amount_counted(i, &CountAt::new())
}

/// [`count`] at the start of a core expression, read once: most number-led
/// attempts fail, and several alternatives read the same count first.
type CountAt<'a> = std::cell::OnceCell<Res<'a, f64>>;

fn count_at<'a>(i: &'a str, at_i: &CountAt<'a>) -> Res<'a, f64> {
    at_i.get_or_init(|| count(i)).clone()
}

/// [`amount`], with the count at `i` shared through `at_i`.
fn amount_counted<'a>(i: &'a str, at_i: &CountAt<'a>) -> Res<'a, Option<f64>> {
    // Vague amounts first: they are whole phrases. Then `a quarter of an
    // hour`, `three-quarters of an hour` (`1/4 hour` is read below). Most
    // amounts tried are numbers, which open no phrase.
    static AMOUNT_PHRASES: PhraseTable<Option<f64>> = PhraseTable::new(&[
        (&["a", "few"], None),
        (&["a", "couple", "of"], Some(2.0)),
        (&["a", "couple"], Some(2.0)),
        (&["couple", "of"], Some(2.0)),
        (&["a", "pair", "of"], Some(2.0)),
        (&["a", "dozen"], Some(12.0)),
        (&["half", "a", "dozen"], Some(6.0)),
        (&["a", "handful", "of"], None),
        (&["a", "number", "of"], None),
        (&["the", "next", "few"], None),
        (&["several"], None),
        (&["few"], None),
        (&["many"], None),
        (&["some"], None),
        (&["a", "quarter", "of", "an"], Some(0.25)),
        (&["a", "quarter", "of", "a"], Some(0.25)),
        (&["three-quarters", "of", "an"], Some(0.75)),
        (&["three", "quarters", "of", "an"], Some(0.75)),
    ]);
    if let Some((r, _, value)) = AMOUNT_PHRASES.matches(&mut Lead::new(i)).next() {
        return Ok((r, value));
    }
    if let Ok((r, n)) =
        take_while_m_n::<_, &str, Error<&str>>(1, 1, |c: char| c.is_ascii_digit())(i)
        && let Some(r) = r.strip_prefix('/')
        && let Ok((r, d)) =
            take_while_m_n::<_, &str, Error<&str>>(1, 1, |c: char| c.is_ascii_digit())(r)
        && at_boundary(r)
    {
        let (n, d) = (n.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
        if (1..d).contains(&n) && (2..=4).contains(&d) {
            return Ok((r, Some(f64::from(n) / f64::from(d))));
        }
    }
    if let Ok((r, _)) = kw("a")(i).or_else(|_| kw("an")(i)) {
        // `a hundred years`, `a thousand years`
        for &(w, m) in MULTIPLIERS {
            if let Ok((r2, _)) = skw(w)(r) {
                return Ok((r2, Some(m)));
            }
        }
        // `a half century`, `a half-hour`, `a quarter-century`: a fraction
        // of the unit that follows; `a quarter` before any other word is
        // the quarter itself (`a quarter mile`, `a quarter later`)
        for (w, v) in [("half", 0.5), ("quarter", 0.25)] {
            if let Ok((r2, _)) = skw(w)(r) {
                let r3 = r2.strip_prefix('-').unwrap_or(r2);
                if let Ok((_, (unit, false))) = unit_word(ows(r3))
                    && (v == 0.5 || matches!(unit, TimeUnit::Century | TimeUnit::Hour))
                {
                    return Ok((r3, Some(v)));
                }
            }
        }
        return Ok((r, Some(1.0)));
    }
    if let Ok((r, _)) = kw("half")(i) {
        // `half a year`
        if let Ok((r2, _)) = skw("a")(r).or_else(|_| skw("an")(r)) {
            return Ok((r2, Some(0.5)));
        }
        return Ok((r, Some(0.5)));
    }
    let (mut rest, mut v) = count_at(i, at_i)?;
    // `one and a half`, `two and a half`, `two and an half`, `five-and-a-half`
    if let Ok((r, ())) = preceded_ws_phrase(&["and", "a", "half"])(rest)
        .or_else(|_| preceded_ws_phrase(&["and", "an", "half"])(rest))
    {
        v += 0.5;
        rest = r;
    } else if let Ok((r, _)) = tag_ci("-and-a-half").parse(rest)
        && at_boundary(r)
    {
        v += 0.5;
        rest = r;
    } else if let Ok((r, _)) = ws(rest)
        && let Ok((r2, _)) = tag::<_, _, Error<&str>>("1/2")(r)
        && at_boundary(r2)
    {
        v += 0.5;
        rest = r2;
    }
    // `two to three`, `two or three`: a range reads as a vague amount
    if let Ok((r, _)) = skw("to").parse(rest).or_else(|_| skw("or").parse(rest))
        && let Ok((r2, _)) = ws(r)
        && let Ok((r3, _)) = count(r2)
    {
        return Ok((r3, None));
    }
    // `10-15 minutes`, `24–48 hours`: so is a range in digits, which a unit
    // must follow (`a 3-2 win`, `the 2019-20 season` are no amounts)
    if i.starts_with(|c: char| c.is_ascii_digit())
        && let Some(r) = rest.strip_prefix(['-', '–'])
        && let Ok((r2, (high, len))) = uint(r)
        && len <= 3
        && f64::from(high) > v
        && let Ok((_, (_, true))) = unit_word(ows(r2))
    {
        return Ok((r2, None));
    }
    Ok((rest, Some(v)))
}

/// A fixed sequence of words separated by blanks.
fn phrase_words<'a>(words: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i: &'a str| phrase_at(words, i)
}

/// [`phrase_words`] for tables of phrases: most entries fail on their first
/// letter, which is settled here without a call, and the rest are read without
/// building parser results on the way.
#[inline]
fn phrase_at<'a>(words: &'static [&'static str], i: &'a str) -> Res<'a, ()> {
    let lead = words.first().and_then(|w| w.as_bytes().first());
    if let (Some(a), Some(b)) = (lead, i.as_bytes().first())
        && !a.eq_ignore_ascii_case(b)
    {
        return fail(i);
    }
    match phrase_rest(words, i) {
        Some(rest) => Ok((rest, ())),
        None => fail(i),
    }
}

/// The first words of a text, read once for a whole table of phrases. A
/// table's entries mostly share their first word (`the …`), and reading it
/// and the blanks after it again for every entry was most of the cost of the
/// tables; here an entry is mostly turned away by a length.
///
/// [`Lead::phrase`] answers exactly as [`phrase_rest`]: a word of an entry
/// that is all letters matches only the whole run of ASCII letters at its
/// place, followed by a word boundary; any other word is compared as written.
struct Lead<'a> {
    i: &'a str,
    /// The first word's run of ASCII letters, and whether a word boundary
    /// follows it: asked for by every entry, so read at once.
    first: usize,
    first_boundary: bool,
    /// The further words read so far: where each starts, its run of ASCII
    /// letters, and whether a word boundary follows the run.
    words: [(usize, usize, bool); LEAD_WORDS],
    read: usize,
}

/// The letters a phrase table's rows open with, for turning away in one probe
/// a text that no row can match. [`Lead::phrase`] matches a first word only
/// where the text's first run of letters is the word's own leading letters
/// (the whole word, or the part before a hyphen), so the set is built from
/// the rows and a new row cannot be gated out. A row that opens with no
/// letter, or has no words, could match anywhere: then nothing is gated.
/// Before the hashed lookup, the first letters of those runs, one bit each:
/// most texts asked open with a letter that no row does.
struct Openers(Option<(u32, lexicon::WordClasses)>);

impl Openers {
    fn new(rows: impl IntoIterator<Item = &'static [&'static str]>) -> Self {
        let mut firsts = Vec::new();
        let mut initials = 0;
        for words in rows {
            let Some(w) = words.first() else {
                return Self(None);
            };
            let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
            match w.get(..letters) {
                Some(run) if !run.is_empty() => {
                    initials |= run.bytes().next().map_or(0, letter_bit);
                    firsts.push((run, 1));
                }
                _ => return Self(None),
            }
        }
        Self(Some((initials, lexicon::WordClasses::new(firsts))))
    }

    /// False when no row can match at `lead`.
    fn may_open(&self, lead: &Lead<'_>) -> bool {
        self.0.as_ref().is_none_or(|(initials, t)| {
            let run = lead.first_run();
            run.bytes()
                .next()
                .is_some_and(|b| letter_bit(b) & initials != 0)
                && t.get(run) != 0
        })
    }
}

/// The second words of a table's rows, for turning away at once the rows of
/// two or more words when the text's second word opens none of them: most
/// attempts that open with `the` go on with a word that no `the …` row names,
/// and each such row was otherwise compared in turn. [`Lead::phrase`] matches
/// a row's second word only where the text's second run of letters is that
/// word's own leading letters, so a run's first letter and length that no row
/// has rule the rows out. Only rows whose first word is all letters are gated:
/// their second word is the one [`Lead::word`] reads after the first run.
struct Seconds {
    /// Bit `n` of a letter's entry: a gated row's second word opens with that
    /// letter and has a run of `n` letters (31 stands for 31 and more).
    by_letter: [u32; 26],
    /// Bit `k`: row `k` is gated (rows from the 64th on never are).
    gated: u64,
}

impl Seconds {
    fn new(rows: impl IntoIterator<Item = &'static [&'static str]>) -> Self {
        let mut by_letter = [0; 26];
        let mut gated = 0;
        for (k, words) in rows.into_iter().enumerate().take(64) {
            let (Some(first), Some(second)) = (words.first(), words.get(1)) else {
                continue;
            };
            if first.is_empty() || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            let letters = second.bytes().take_while(u8::is_ascii_alphabetic).count();
            let slot = second
                .bytes()
                .next()
                .filter(|_| letters > 0)
                .and_then(|b| by_letter.get_mut(usize::from(b.to_ascii_lowercase() - b'a')));
            if let Some(slot) = slot {
                *slot |= Self::length_bit(letters);
                gated |= 1 << k;
            }
        }
        Self { by_letter, gated }
    }

    fn length_bit(len: usize) -> u32 {
        1 << len.min(31)
    }

    /// False when no gated row can match at `lead`.
    fn may_follow(&self, lead: &mut Lead<'_>) -> bool {
        let Some((start, len, _)) = lead.word(0, lead.first) else {
            return false;
        };
        let Some(b) = lead.i.as_bytes().get(start).filter(|_| len > 0) else {
            return false;
        };
        self.by_letter
            .get(usize::from(b.to_ascii_lowercase() - b'a'))
            .is_some_and(|lengths| lengths & Self::length_bit(len) != 0)
    }
}

/// A phrase table walked at most attempts: its rows are tried in order
/// through a [`Lead`], behind the [`Openers`] and [`Seconds`] probes built
/// from the same rows on first use, so no caller can pair a table with the
/// wrong probe.
struct PhraseTable<T: 'static> {
    rows: &'static [(&'static [&'static str], T)],
    probes: std::sync::OnceLock<(Openers, Seconds)>,
}

impl<T: Copy> PhraseTable<T> {
    const fn new(rows: &'static [(&'static [&'static str], T)]) -> Self {
        Self {
            rows,
            probes: std::sync::OnceLock::new(),
        }
    }

    /// Every row that matches at `lead`, in table order: the text after it,
    /// the row's words and its value.
    fn matches<'s, 'a>(
        &'s self,
        lead: &'s mut Lead<'a>,
    ) -> impl Iterator<Item = (&'a str, &'static [&'static str], T)> + 's {
        let (openers, seconds) = self.probes.get_or_init(|| {
            let words = || self.rows.iter().map(|&(words, _)| words);
            (Openers::new(words()), Seconds::new(words()))
        });
        let rows = if openers.may_open(lead) {
            self.rows
        } else {
            &[]
        };
        let skipped = if rows.is_empty() || seconds.gated == 0 || seconds.may_follow(lead) {
            0
        } else {
            seconds.gated
        };
        rows.iter()
            .enumerate()
            .filter_map(move |(k, &(words, value))| {
                if k < 64 && (skipped >> k) & 1 != 0 {
                    return None;
                }
                lead.phrase(words).map(|r| (r, words, value))
            })
    }
}

/// Further words a [`Lead`] keeps; longer entries read theirs each time.
const LEAD_WORDS: usize = 3;

impl<'a> Lead<'a> {
    fn new(i: &'a str) -> Self {
        let (_, first, first_boundary) = run_at(i, 0);
        Self {
            i,
            first,
            first_boundary,
            words: [(0, 0, false); LEAD_WORDS],
            read: 0,
        }
    }

    /// The text's first run of ASCII letters, which every entry's first word
    /// is compared with.
    fn first_run(&self) -> &'a str {
        self.i.get(..self.first).unwrap_or_default()
    }

    /// The text after `words`, if the text starts with them.
    #[inline(always)]
    fn phrase(&mut self, words: &[&str]) -> Option<&'a str> {
        // most entries fail here, on the first word's length or first letter
        let Some((w, more)) = words.split_first() else {
            return Some(self.i);
        };
        let w = w.as_bytes();
        if w.len() != self.first {
            if !longer_may_match(w, self.first) {
                return None;
            }
            return phrase_rest(words, self.i);
        }
        let run = self.i.as_bytes().get(..w.len())?;
        if !(self.first_boundary && run.eq_ignore_ascii_case(w)) {
            return None;
        }
        if more.is_empty() {
            return self.i.get(self.first..);
        }
        self.phrase_after_first(more)
    }

    /// The words of an entry after its first, which matched.
    #[inline(never)]
    fn phrase_after_first(&mut self, more: &[&str]) -> Option<&'a str> {
        let mut end = self.first;
        for (k, w) in more.iter().enumerate() {
            let (start, len, boundary) = self.word(k, end)?;
            let wb = w.as_bytes();
            if wb.len() != len {
                if !longer_may_match(wb, len) {
                    return None;
                }
                let (Some(rest), Some(tail)) = (self.i.get(start..), more.get(k..)) else {
                    return None;
                };
                return phrase_rest(tail, rest);
            }
            let run = self.i.as_bytes().get(start..start + len)?;
            if !boundary || !run.eq_ignore_ascii_case(wb) {
                return None;
            }
            end = start + len;
        }
        self.i.get(end..)
    }

    /// Further word `k` (word `k + 1` of the text), which exists when the word
    /// before, ending at `prev_end`, is followed by blanks. Asked for in order.
    fn word(&mut self, k: usize, prev_end: usize) -> Option<(usize, usize, bool)> {
        if k < self.read {
            return self.words.get(k).copied();
        }
        let start = prev_end + blanks(self.i.get(prev_end..)?)?;
        let w = run_at(self.i, start);
        if k == self.read
            && let Some(slot) = self.words.get_mut(k)
        {
            *slot = w;
            self.read += 1;
        }
        Some(w)
    }
}

#[cfg(test)]
mod lead_tests {
    use super::{DAY_PART_LEADS, DURATION_LEADS, Lead, Openers, REL_WORDS, Seconds, phrase_rest};

    /// Every quoted string of the grammar and its tests: the phrases the
    /// phrase-table tests read.
    fn source_phrases() -> impl Iterator<Item = &'static str> {
        [include_str!("tests.rs"), include_str!("grammar.rs")]
            .into_iter()
            .flat_map(|source| source.split('"').skip(1).step_by(2))
    }

    /// The rows of the grammar's phrase tables the probe tests read.
    fn grammar_tables() -> Vec<Vec<&'static [&'static str]>> {
        vec![
            REL_WORDS.iter().map(|&(w, _)| w).collect(),
            DURATION_LEADS.iter().map(|&(w, _)| w).collect(),
            DAY_PART_LEADS.iter().map(|&(w, _)| w).collect(),
        ]
    }

    /// A table row of the first three words of `text`, lowercased: each phrase
    /// as a table of its own. Leaked, since table rows are `'static`.
    fn row_of_first_words(text: &str) -> &'static [&'static str] {
        let words: Vec<&'static str> = text
            .split_whitespace()
            .take(3)
            .map(|w| &*Box::leak(w.to_lowercase().into_boxed_str()))
            .collect();
        Box::leak(words.into_boxed_slice())
    }

    /// [`Openers`] never turns away a text one of its rows matches: the
    /// grammar's tables on the phrases of the grammar and its tests, and each
    /// such phrase as a table of its own on itself.
    #[test]
    fn openers_let_every_matching_text_through() {
        let texts: Vec<String> = source_phrases()
            .flat_map(|p| [p.to_owned(), p.to_uppercase(), format!("{p} 2")])
            .collect();
        let tables = grammar_tables();
        let openers: Vec<Openers> = tables
            .iter()
            .map(|rows| Openers::new(rows.iter().copied()))
            .collect();
        for text in &texts {
            let lead = Lead::new(text);
            for (rows, openers) in tables.iter().zip(&openers) {
                if rows.iter().any(|row| phrase_rest(row, text).is_some()) {
                    assert!(openers.may_open(&lead), "{rows:?} on {text:?}");
                }
            }
            let row = row_of_first_words(text);
            if phrase_rest(row, text).is_some() {
                assert!(Openers::new([row]).may_open(&lead), "{row:?} on {text:?}");
            }
        }
    }

    /// [`Seconds`] never turns away a text one of its gated rows matches: the
    /// grammar's tables on the phrases of the grammar and its tests (with
    /// hyphens, capitals and a wider blank), and each such phrase as a table
    /// of its own on itself.
    #[test]
    fn seconds_let_every_matching_text_through() {
        let texts: Vec<String> = source_phrases()
            .flat_map(|p| {
                [
                    p.to_owned(),
                    p.to_uppercase(),
                    p.replace(' ', " \u{a0}"),
                    format!("{p} 2"),
                ]
            })
            .collect();
        let mut tables = grammar_tables();
        tables.push(vec![&["the", "year-end"], &["the", "year"], &["last"]]);
        let seconds: Vec<Seconds> = tables
            .iter()
            .map(|rows| Seconds::new(rows.iter().copied()))
            .collect();
        for text in &texts {
            for (rows, seconds) in tables.iter().zip(&seconds) {
                let gated_match = rows.iter().enumerate().any(|(k, row)| {
                    (seconds.gated >> k) & 1 != 0 && phrase_rest(row, text).is_some()
                });
                if gated_match {
                    assert!(
                        seconds.may_follow(&mut Lead::new(text)),
                        "{rows:?} on {text:?}"
                    );
                }
            }
            let row = row_of_first_words(text);
            if phrase_rest(row, text).is_some() && Seconds::new([row]).gated != 0 {
                assert!(
                    Seconds::new([row]).may_follow(&mut Lead::new(text)),
                    "{row:?} on {text:?}"
                );
            }
        }
    }

    /// [`Lead::phrase`] reads every phrase as [`phrase_rest`] does, in every
    /// order of asking, on the phrases of the grammar and its tests.
    #[test]
    fn lead_agrees_with_phrase_rest() {
        let texts: Vec<String> = source_phrases()
            .flat_map(|p| {
                [
                    p.to_owned(),
                    p.to_uppercase(),
                    p.replace(' ', "\n"),
                    p.replace(' ', "  \u{a0}"),
                    format!("{p}2"),
                ]
            })
            .collect();
        let mut phrases: Vec<Vec<String>> = texts
            .iter()
            .flat_map(|t| {
                let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
                (1..=words.len().min(5)).map(move |n| words.get(..n).unwrap_or_default().to_vec())
            })
            .collect();
        phrases.sort();
        phrases.dedup();
        for extra in [
            &["year-end"][..],
            &["year's", "end"],
            &["the", "year-end"],
            &[""],
            &[],
        ] {
            phrases.push(extra.iter().map(|w| (*w).to_owned()).collect());
        }
        for text in &texts {
            let mut lead = Lead::new(text);
            for words in &phrases {
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                assert_eq!(
                    lead.phrase(&words),
                    phrase_rest(&words, text),
                    "{words:?} on {text:?}"
                );
            }
        }
    }
}

/// The run of ASCII letters of `i` at `start`: where it starts, its length,
/// and whether a word boundary ends it.
fn run_at(i: &str, start: usize) -> (usize, usize, bool) {
    let tail = i.get(start..).unwrap_or_default();
    let len = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    (start, len, at_boundary(tail.get(len..).unwrap_or_default()))
}

/// Whether a word `w` of a phrase can match where the text has a run of
/// `len` letters, though its length is not `len`: a shorter word ends inside
/// the run, and a longer one matches only if it goes on with what ends the
/// run, which no letter is (`year-end` after `year`).
#[inline]
fn longer_may_match(w: &[u8], len: usize) -> bool {
    w.get(len).is_some_and(|b| !b.is_ascii_alphabetic())
}

fn phrase_rest<'a>(words: &[&str], i: &'a str) -> Option<&'a str> {
    let mut rest = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            rest = rest.get(blanks(rest)?..)?;
        }
        if !starts_with_ci(rest, w) {
            return None;
        }
        rest = rest.get(w.len()..)?;
        if !at_boundary(rest) {
            return None;
        }
    }
    Some(rest)
}

/// Blanks, then a fixed sequence of words.
fn preceded_ws_phrase<'a>(words: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i: &'a str| {
        let (r, _) = ws(i)?;
        phrase_words(words)(r)
    }
}

/// A unit word: `day`, `years`, …
fn unit_word(i: &str) -> Res<'_, (lexicon_unit::U, bool)> {
    let (rest, w) = alpha(i)?;
    match lexicon::unit(w) {
        Some((u, p)) => Ok((rest, (u, p))),
        None => fail(i),
    }
}

mod lexicon_unit {
    pub(crate) type U = newsline_model::reading::TimeUnit;
}

/// Words that may sit between an amount and its unit (`eight trading days`).
fn unit_adjective(i: &str) -> Res<'_, &str> {
    kws(&[
        "trading",
        "business",
        "working",
        "calendar",
        "full",
        "straight",
        "consecutive",
        "more",
        "additional",
        "extra",
        "successive",
    ])(i)
}

/// Amount, optional adjective, unit, optional `and a half`:
/// `two weeks`, `a year and a half`, `a year-and-a-half`, `18 months`.
fn amount_unit(i: &str) -> Res<'_, (Option<f64>, TimeUnit)> {
    amount_unit_counted(i, &CountAt::new())
}

/// [`amount_unit`], with the count at `i` shared through `count_i`.
fn amount_unit_counted<'a>(i: &'a str, count_i: &CountAt<'a>) -> Res<'a, (Option<f64>, TimeUnit)> {
    // `1h`, `1/4h`, `1/2 h`: the hour's symbol after an amount in digits
    // (lowercase only: `1H profit` is a first half)
    if i.starts_with(|c: char| c.is_ascii_digit())
        && let Some((digits, r)) = i
            .find(|c: char| !(c.is_ascii_digit() || c == '/'))
            .and_then(|k| Some((i.get(..k)?, i.get(k..)?)))
        && let Some(r) = ows(r).strip_prefix('h')
        && at_boundary(r)
        && let Ok((left, amt)) = amount(digits).or_else(|_| {
            let (x, v) = digit1::<_, Error<&str>>(digits)?;
            Ok::<_, nom::Err<Error<&str>>>((x, Some(f64::from(v.parse::<u32>().unwrap_or(0)))))
        })
        && left.is_empty()
        && amt.is_some_and(|v| v > 0.0)
    {
        return Ok((r, (amt, TimeUnit::Hour)));
    }
    let (rest, mut amt) = amount_counted(i, count_i)?;
    let rest = ows(rest);
    let rest = match unit_adjective(rest) {
        Ok((r, _)) => ows(r),
        Err(_) => rest,
    };
    let (mut rest, (unit, plural)) = unit_word(rest)?;
    // `a day` and `one year` are singular; `two day` happens in adjectival
    // use. `a decades-long feud`, `a years-old law`: the article belongs to
    // the noun after the compound, so one with a plural counts nothing.
    if plural && amt == Some(1.0) {
        return fail(i);
    }
    // `the 47 year old`: an age written without its hyphens, as `47-year-old`
    if !plural && skw("old")(rest).is_ok() {
        return fail(i);
    }
    // `World Cup 2018 day five`: a year before a singular unit names the
    // year, not a count of that unit
    if !plural && amt.is_some_and(|v| v.fract() == 0.0 && (1500.0..=2100.0).contains(&v)) {
        return fail(i);
    }
    // `a year and a half`, `a year-and-a-half`
    if let Ok((r, _)) = tag_ci("-and-a-half").parse(rest) {
        amt = amt.map(|v| v + 0.5);
        rest = r;
    } else if let Ok((r, ())) = preceded_ws_phrase(&["and", "a", "half"])(rest)
        .or_else(|_| preceded_ws_phrase(&["and", "an", "half"])(rest))
    {
        amt = amt.map(|v| v + 0.5);
        rest = r;
    }
    Ok((rest, (amt, unit)))
}

/// The units that run on into `long` as one word (`weeklong`): the scanner
/// and the first-word classes take them from here.
pub(crate) const RUN_ON_LONG_UNITS: &[&str] = &[
    "daylong",
    "weeklong",
    "monthlong",
    "yearlong",
    "hourlong",
    "nightlong",
];

/// `day-long`, `weeklong`, `hourlong`: a singular unit and `long`, hyphened
/// or run together.
fn unit_long(i: &str) -> Option<(&str, TimeUnit)> {
    // asked at most duration attempts, which mostly hold no `long`: bytes first
    let len = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (w, rest) = i.split_at_checked(len)?;
    let (unit_text, rest) = match len.checked_sub(4).and_then(|k| w.split_at_checked(k)) {
        Some((head, tail)) if tail.eq_ignore_ascii_case("long") && !head.is_empty() => (head, rest),
        _ => (w, rest.strip_prefix("-long").filter(|x| at_boundary(x))?),
    };
    if !at_boundary(rest) {
        return None;
    }
    match lexicon::unit(unit_text) {
        Some((unit, false)) => Some((rest, unit)),
        _ => None,
    }
}

/// `two-day`, `10-year`, `five-year`: adjectival durations.
fn hyphen_duration(i: &str) -> Res<'_, (Option<f64>, TimeUnit)> {
    let (rest, v) = match uint(i) {
        Ok((r, _)) if !r.starts_with('-') => return fail(r),
        Ok((r, (n, _))) => (r, Some(f64::from(n))),
        Err(_) => match number_word(i) {
            Ok((r, n)) => (r, Some(f64::from(n))),
            Err(_) => {
                let (r, w) = alpha(i)?;
                if w.eq_ignore_ascii_case("several") || w.eq_ignore_ascii_case("multi") {
                    (r, None)
                } else if w.eq_ignore_ascii_case("half") {
                    (r, Some(0.5))
                } else {
                    return fail(i);
                }
            }
        },
    };
    let (rest, _) = char('-')(rest)?;
    let (rest, (unit, _)) = unit_word(rest)?;
    // `6-year-old` is an age, not a time
    if tag_ci("-old").parse(rest).is_ok() {
        return fail(i);
    }
    // `a 53-day-long festival`: the suffix is inside the extent
    let rest = match rest.strip_prefix("-long") {
        Some(x) if at_boundary(x) => x,
        _ => rest,
    };
    // `three-quarters of an hour` is a fraction, read by `amount`
    if unit == TimeUnit::Quarter && skw("of")(rest).is_ok() {
        return fail(i);
    }
    Ok((rest, (v, unit)))
}

// ---------------------------------------------------------------------------
// Calendar pieces

/// A month name; abbreviations may carry a dot. Returns the month and whether
/// it was abbreviated or capitalized.
fn month_name(i: &str) -> Res<'_, (u32, bool, bool)> {
    let (rest, w) = alpha(i)?;
    let m = lexicon::month(w)
        .map_or_else(|| fail(i), |m| Ok((rest, m)))?
        .1;
    let full = w.len() >= 5
        || w.eq_ignore_ascii_case("may")
        || w.eq_ignore_ascii_case("june")
        || w.eq_ignore_ascii_case("july");
    let cap = capitalized(w);
    if !full {
        if let Some(r) = rest.strip_prefix('.') {
            return Ok((r, (m, true, cap)));
        }
        return Ok((rest, (m, true, cap)));
    }
    Ok((rest, (m, false, cap)))
}

fn weekday_name(i: &str) -> Res<'_, (u32, bool)> {
    const INITIALS: u32 = initials(lexicon::WEEKDAYS);
    if !opens_with_one_of(i, INITIALS) {
        return fail(i);
    }
    let (rest, w) = alpha(i)?;
    let d = match lexicon::weekday(w) {
        Some(d) => d,
        None => return fail(i),
    };
    let cap = capitalized(w);
    let ends_in_day = w
        .len()
        .checked_sub(3)
        .and_then(|k| w.get(k..))
        .is_some_and(|end| end.eq_ignore_ascii_case("day"));
    if w.len() <= 5 && !ends_in_day {
        // abbreviations only with their dot: `Tues.`, `Wed.`
        if let Some(r) = rest.strip_prefix('.')
            && w.len() >= 3
            && cap
        {
            return Ok((r, (d, cap)));
        }
        return fail(i);
    }
    // `Monday's` stays `Monday`; plural `Mondays` is a set (handled elsewhere)
    Ok((rest, (d, cap)))
}

/// Day of month in digits with an optional ordinal suffix: `11`, `11th`, `1st`.
fn day_num(i: &str) -> Res<'_, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    let rest = match kws(&["st", "nd", "rd", "th"])(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    if !at_boundary(rest) {
        return fail(i);
    }
    // `5-7` ranges, `11:30` times, `1,000`
    let digit_after = |p: char| {
        rest.strip_prefix(p)
            .and_then(|x| x.chars().next())
            .is_some_and(|c| c.is_ascii_digit())
    };
    if digit_after(':') || digit_after(',') || digit_after('.') {
        return fail(i);
    }
    match d.parse::<u32>() {
        Ok(n) if (1..=31).contains(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// Which one: `first`, `twenty-first`, `3rd`, `2nd`.
fn ordinal_index(i: &str) -> Res<'_, u32> {
    day_ordinal_word(i).or_else(|_| {
        let (x, d) = take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)?;
        let (x, _) = kws(&["st", "nd", "rd", "th"])(x)?;
        match d.parse::<u32>() {
            Ok(n) if n > 0 => Ok((x, n)),
            _ => fail(i),
        }
    })
}

/// A day as an ordinal word: `eighth`, `twenty-first`.
fn day_ordinal_word(i: &str) -> Res<'_, u32> {
    // tried at most attempts, and its tables are walked word by word: the
    // first letter turns away the words that open no ordinal and no tens
    const INITIALS: u32 = initials(lexicon::ORDINALS) | initials(lexicon::TENS);
    if !opens_with_one_of(i, INITIALS) {
        return fail(i);
    }
    let (rest, w) = alpha(i)?;
    if let Some(n) = lookup(lexicon::ORDINALS, w) {
        return Ok((rest, n));
    }
    if let Some(t) = lookup(lexicon::TENS, w)
        && (t == 20 || t == 30)
        && let Some(r) = rest
            .strip_prefix('-')
            .or_else(|| ws(rest).ok().map(|x| x.0))
        && let Ok((r2, w2)) = alpha(r)
        && let Some(n) = lookup(lexicon::ORDINALS, w2)
        && n < 10
    {
        return Ok((r2, t + n));
    }
    fail(i)
}

/// A four-digit year (1000–2999), or `'98`.
fn year4(i: &str) -> Res<'_, i32> {
    let (rest, (n, len)) = uint(i)?;
    if len == 4 && (1000..3000).contains(&n) && !rest.starts_with('%') {
        return Ok((rest, n as i32));
    }
    fail(i)
}

/// A year written in words: `nineteen ninety-six`, `two thousand (and) one`.
fn year_words(i: &str) -> Res<'_, i32> {
    if let Ok((r, ())) = phrase_words(&["two", "thousand"])(i) {
        let r2 = match skw("and")(r) {
            Ok((x, _)) => x,
            Err(_) => r,
        };
        if let Ok((r3, _)) = ws(r2)
            && let Ok((r4, n)) = number_word(r3)
            && n < 100
        {
            return Ok((r4, 2000 + n as i32));
        }
        return Ok((r, 2000));
    }
    let (rest, hi) = number_word(i)?;
    // `twelve oh three` is a time far more often than the year 1203
    if !(13..=20).contains(&hi) {
        return fail(i);
    }
    let (rest, _) = ws(rest)?;
    // `nineteen oh five`
    if let Ok((r, _)) = kw("oh")(rest)
        && let Ok((r2, _)) = ws(r)
        && let Ok((r3, lo)) = number_word(r2)
        && lo < 10
    {
        return Ok((r3, (hi * 100 + lo) as i32));
    }
    let (rest, lo) = number_word(rest)?;
    if !(10..100).contains(&lo) {
        return fail(i);
    }
    Ok((rest, (hi * 100 + lo) as i32))
}

/// A year in digits or words.
fn year_any(i: &str) -> Res<'_, i32> {
    year4(i).or_else(|_| year_words(i))
}

/// `, 2023` or ` 2023` after a month and day.
fn year_suffix(i: &str) -> Res<'_, i32> {
    let r = i.strip_prefix(',').unwrap_or(i);
    let (r, _) = ws(r)?;
    year_any(r)
}

/// `14th April 15`: a two-digit year after a day and month, as forms write
/// it. Only where the clause ends right after it: `14th April 15 people`
/// counts people, and `14 April 15-20` is a range of days.
fn two_digit_year_after(i: &str) -> Option<(&str, i32)> {
    let (r, _) = ws(i).ok()?;
    let (r, d) =
        take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit())(r).ok()?;
    let t = r.trim_start_matches([' ', '\u{a0}']);
    let ends = t.is_empty()
        || t.starts_with(['.', ';', ')', '"', '”', '\n', '?', '!'])
            && !t
                .get(1..)
                .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    if !at_boundary(r) || !ends {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    Some((r, y + if y < 50 { 2000 } else { 1900 }))
}

/// Optional `, ` or blanks between a weekday and a date.
fn comma_ws(i: &str) -> Res<'_, ()> {
    let r = i.strip_prefix(',').unwrap_or(i);
    let (r, _) = ws(r)?;
    Ok((r, ()))
}

fn digits_n(i: &str, lo: usize, hi: usize) -> Res<'_, u32> {
    let (r, d) = take_while_m_n(lo, hi, |c: char| c.is_ascii_digit())(i)?;
    Ok((r, d.parse::<u32>().unwrap_or(u32::MAX)))
}

/// Rarer numeric forms: `2014/10`, `2015-3-3`, `2/2013`, `10.31.1974` (only
/// when the day cannot be a month), `31/Oct/1974`, `31-Oct-74`.
fn numeric_date_other(i: &str) -> Res<'_, R> {
    let valid = |y: u32, m: u32, d: Option<u32>| {
        (1000..3000).contains(&y)
            && (1..=12).contains(&m)
            && d.is_none_or(|d| (1..=31).contains(&d))
    };
    let yr = |y: u32| i32::try_from(y).unwrap_or(0);
    // year first
    if let Ok((r, y)) = digits_n(i, 4, 4)
        && let Some(sep) = r.chars().next().filter(|c| matches!(c, '/' | '-'))
        && let Ok((r2, m)) = digits_n(r.get(1..).unwrap_or_default(), 1, 2)
    {
        if let Some(r3) = r2.strip_prefix(sep)
            && let Ok((r4, d)) = digits_n(r3, 1, 2)
            && at_boundary(r4)
            && valid(y, m, Some(d))
        {
            return Ok((r4, cal(Some(yr(y)), Some(m), Some(d))));
        }
        if sep == '/' && at_boundary(r2) && !r2.starts_with(sep) && valid(y, m, None) {
            return Ok((r2, cal(Some(yr(y)), Some(m), None)));
        }
    }
    // `2/2013`
    if let Ok((r, m)) = digits_n(i, 1, 2)
        && let Some(r) = r.strip_prefix('/')
        && let Ok((r2, y)) = digits_n(r, 4, 4)
        && at_boundary(r2)
        && !r2.starts_with('/')
        && valid(y, m, None)
    {
        return Ok((r2, cal(Some(yr(y)), Some(m), None)));
    }
    // `10.31.1974`
    if let Ok((r, a)) = digits_n(i, 1, 2)
        && let Some(r) = r.strip_prefix('.')
        && let Ok((r2, b)) = digits_n(r, 1, 2)
        && let Some(r2) = r2.strip_prefix('.')
        && let Ok((r3, y)) = digits_n(r2, 4, 4)
        && at_boundary(r3)
    {
        let (m, d) = match (a, b) {
            (a, b) if a <= 12 && b > 12 => (a, b),
            (a, b) if a > 12 && b <= 12 => (b, a),
            _ => return fail(i),
        };
        if valid(y, m, Some(d)) {
            return Ok((r3, cal(Some(yr(y)), Some(m), Some(d))));
        }
    }
    // `31/Oct/1974`, `31-Oct-74`
    let (r, d) = digits_n(i, 1, 2)?;
    let sep = r
        .chars()
        .next()
        .filter(|c| matches!(c, '/' | '-'))
        .map_or_else(|| fail(i), |c| Ok((r, c)))?
        .1;
    let (r, (m, _, _)) = month_name(r.get(1..).unwrap_or_default())?;
    let r = r
        .strip_prefix(sep)
        .map_or_else(|| fail(i), |x| Ok((x, ())))?
        .0;
    let (r2, y) = digits_n(r, 2, 4)?;
    if !at_boundary(r2) || !(1..=31).contains(&d) {
        return fail(i);
    }
    let y = match r.len() - r2.len() {
        2 => y + if y < 50 { 2000 } else { 1900 },
        4 => y,
        _ => return fail(i),
    };
    if !valid(y, m, Some(d)) {
        return fail(i);
    }
    Ok((r2, cal(Some(yr(y)), Some(m), Some(d))))
}

fn cal(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> R {
    R::Calendar {
        year,
        month,
        day,
        shift: None,
    }
}

/// `inner` inside the year `shift` years from the DCT: `May last year` is the
/// May of the year before, where `last May` is the latest May gone, which in
/// November is this year's.
pub(crate) fn within_relative_year(inner: R, shift: i32) -> R {
    R::Within {
        inner: Box::new(inner),
        period: Box::new(R::Relative {
            unit: TimeUnit::Year,
            shift,
            anchor: Anchor::Dct,
        }),
        index: None,
    }
}

/// `the late 1800s`, `the early 1900s`: a part of the hundreds is a part of
/// the century, as `the 1800s` is the century (the modifier took the article,
/// so `era` read the bare `1800s` as a decade). `the early 2000s` stays the
/// decade, as `the 2000s` does.
fn century_of_hundreds(m: TimexMod, after_mod: &str, inner: R) -> R {
    let hundreds = after_mod.len() > 4
        && after_mod.as_bytes().iter().take(4).all(u8::is_ascii_digit)
        && after_mod.get(2..4) == Some("00");
    match inner {
        R::Era {
            unit: TimeUnit::Decade,
            value,
        } if hundreds
            && value < 200
            && matches!(m, TimexMod::Start | TimexMod::Mid | TimexMod::End) =>
        {
            R::Era {
                unit: TimeUnit::Century,
                value: value / 10,
            }
        }
        other => other,
    }
}

/// The grammar, with its context.
pub(crate) struct Grammar<'c> {
    pub ctx: Ctx<'c>,
}

impl Grammar<'_> {
    fn cap_ok(&self, cap: bool) -> bool {
        cap || self.ctx.lenient
    }

    /// Month-and-day forms: `Sept. 11, 2023`, `11 September 2023`, `March eighth`,
    /// `the 11th of September`, `Monday, Sept. 11`.
    fn month_day<'a>(&self, i: &'a str) -> Res<'a, R> {
        // month first
        if let Ok((r, (m, _abbr, cap))) = month_name(i)
            && self.cap_ok(cap)
            && let Ok((r, _)) = ws(r)
        {
            let day = day_num(r).or_else(|_| {
                let r2 = match kw("the")(r) {
                    Ok((x, _)) => ows(x),
                    Err(_) => r,
                };
                day_ordinal_word(r2).or_else(|e| {
                    // `February the 15th`
                    if r2.len() < r.len() {
                        day_num(r2)
                    } else {
                        Err(e)
                    }
                })
            });
            if let Ok((r, d)) = day {
                if let Ok((r2, y)) = year_suffix(r) {
                    return Ok((r2, cal(Some(y), Some(m), Some(d))));
                }
                return Ok((r, cal(None, Some(m), Some(d))));
            }
        }
        if let Ok(found) = self.glued_month_day(i) {
            return Ok(found);
        }
        // day first: `11 September 2023`, `the 11th of September`
        let r0 = match kw("the")(i) {
            Ok((x, _)) => ows(x),
            Err(_) => i,
        };
        let (r, d) = day_num(r0).or_else(|_| day_ordinal_word(r0))?;
        let (r, _) = ws(r)?;
        let r = match kw("of")(r) {
            Ok((x, _)) => ws(x)?.0,
            Err(_) => r,
        };
        let (r, (m, _, cap)) = month_name(r)?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        if let Ok((r2, y)) = year_suffix(r) {
            return Ok((r2, cal(Some(y), Some(m), Some(d))));
        }
        if let Some(found) = two_digit_year_after(r) {
            return Ok((found.0, cal(Some(found.1), Some(m), Some(d))));
        }
        Ok((r, cal(None, Some(m), Some(d))))
    }

    /// `Feb13`, `14april 2015`: month and day run together, as chat and
    /// form fields write them. The month must be a whole word of its own
    /// letters (`A320` has none) and the day stops at a word boundary.
    fn glued_month_day<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok((r, w)) =
            take_while1::<_, &str, Error<&str>>(|c: char| c.is_ascii_alphabetic())(i)
            && let Some(m) = lexicon::month(w)
            && self.cap_ok(capitalized(w))
            && r.starts_with(|c: char| c.is_ascii_digit())
            && let Ok((r, d)) = day_num(r)
        {
            if let Ok((r2, y)) = year_suffix(r) {
                return Ok((r2, cal(Some(y), Some(m), Some(d))));
            }
            // in prose `Mar3` is as likely a flight or a gene: only a
            // phrase of its own reads it as a date
            if self.phrase_alone(r) {
                return Ok((r, cal(None, Some(m), Some(d))));
            }
            return fail(i);
        }
        // day first only with a full month name: `3mar` is too often a code
        let (r, d) = take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)?;
        let (r, (m, abbr, cap)) = month_name(r)?;
        let d: u32 = d.parse().unwrap_or(0);
        if abbr || !self.cap_ok(cap) || !at_boundary(r) || !(1..=31).contains(&d) {
            return fail(i);
        }
        if let Ok((r2, y)) = year_suffix(r) {
            return Ok((r2, cal(Some(y), Some(m), Some(d))));
        }
        Ok((r, cal(None, Some(m), Some(d))))
    }

    /// `2023-09-11`, `9/11/2023`, `9/11/23`, `9/11`, `11.09.2023` is not read (ambiguous).
    fn numeric_date<'a>(&self, i: &'a str) -> Res<'a, R> {
        // ISO
        if let Ok((r, y)) =
            take_while_m_n::<_, &str, Error<&str>>(4, 4, |c: char| c.is_ascii_digit())(i)
            && let Ok((r, _)) = char::<_, Error<&str>>('-')(r)
            && let Ok((r, mo)) =
                take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit())(r)
        {
            let y: i32 = y.parse().unwrap_or(0);
            let mo: u32 = mo.parse().unwrap_or(0);
            if let Ok((r2, _)) = char::<_, Error<&str>>('-')(r)
                && let Ok((r3, d)) =
                    take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit())(r2)
                && at_boundary(r3)
            {
                let d: u32 = d.parse().unwrap_or(0);
                if (1..=12).contains(&mo) && (1..=31).contains(&d) {
                    // `2023-09-11T14:42`
                    if let Some(t) = r3.strip_prefix('T')
                        && let Ok((r4, (h, mi))) = hh_mm(t)
                    {
                        return Ok((
                            r4,
                            R::Clock {
                                hour: h,
                                minute: Some(mi),
                                zone: None,
                                day: Some(Box::new(cal(Some(y), Some(mo), Some(d)))),
                                second: None,
                                either_half: false,
                            },
                        ));
                    }
                    return Ok((r3, cal(Some(y), Some(mo), Some(d))));
                }
            } else if at_boundary(r) && (1..=12).contains(&mo) && (1000..3000).contains(&y) {
                // `the 2008-09 season`, `2011-12 budget`: in prose, a month
                // that is the next year's last two digits ends a span of years
                if mo == u32::try_from((y + 1).rem_euclid(100)).unwrap_or(0)
                    && !self.phrase_alone(r)
                {
                    return Ok((r, cal(Some(y), None, None)));
                }
                return Ok((r, cal(Some(y), Some(mo), None)));
            }
        }
        if let Ok(x) = numeric_date_other(i) {
            return Ok(x);
        }
        // US m/d(/y)
        let (r, m) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
        let sep = r.chars().next().unwrap_or(' ');
        if sep != '/' && sep != '-' {
            return fail(i);
        }
        let r = r.get(1..).unwrap_or_default();
        let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(r)?;
        let m: u32 = m.parse().unwrap_or(0);
        let d: u32 = d.parse().unwrap_or(0);
        // British `21/03/2013`: a first number no month can be is the day,
        // when a four-digit year says the three make a date
        if (13..=31).contains(&m)
            && (1..=12).contains(&d)
            && let Some(r2) = r.strip_prefix(sep)
            && let Ok((r3, y)) =
                take_while_m_n::<_, &str, Error<&str>>(4, 4, |c: char| c.is_ascii_digit())(r2)
            && at_boundary(r3)
        {
            return Ok((r3, cal(Some(y.parse().unwrap_or(0)), Some(d), Some(m))));
        }
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return fail(i);
        }
        if let Some(r2) = r.strip_prefix(sep)
            && let Ok((r3, y)) =
                take_while_m_n::<_, &str, Error<&str>>(2, 4, |c: char| c.is_ascii_digit())(r2)
            && at_boundary(r3)
            && y.len() != 3
        {
            let mut y: i32 = y.parse().unwrap_or(0);
            if y < 100 {
                y += if y < 50 { 2000 } else { 1900 };
            }
            return Ok((r3, cal(Some(y), Some(m), Some(d))));
        }
        if !at_boundary(r) || r.starts_with(sep) || r.starts_with('%') {
            return fail(i);
        }
        // bare `m/d` only with a slash: `2-15` is too often a score or a range
        if sep == '-' && !self.ctx.lenient {
            return fail(i);
        }
        // `37 3/4`, `eased 1/8`: stock-price fractions
        if m < d && matches!(d, 2 | 4 | 8 | 16 | 32)
            || self.ctx.prev.bytes().all(|b| b.is_ascii_digit()) && !self.ctx.prev.is_empty()
        {
            return fail(i);
        }
        Ok((r, cal(None, Some(m), Some(d))))
    }

    /// `April 2019`, `April of 2019`, `January this year`, `June last year`.
    fn month_year<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, (m, abbr, cap)) = month_name(i)?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        let r1 = r.strip_prefix(',').unwrap_or(r);
        let (r1, _) = ws(r1)?;
        let r1 = match kw("of")(r1) {
            Ok((x, _)) => ws(x)?.0,
            Err(_) => r1,
        };
        if let Ok((r2, y)) = year_any(r1) {
            return Ok((r2, cal(Some(y), Some(m), None)));
        }
        if abbr {
            return fail(i);
        }
        let (r2, shift) = if let Ok((x, _)) = phrase_words(&["after", "next"])(r1) {
            // `March after next`
            (x, 2)
        } else if let Ok((x, _)) = phrase_words(&["this", "year"])(r1) {
            (x, 0)
        } else if let Ok((x, _)) = phrase_words(&["last", "year"])(r1) {
            return Ok((x, within_relative_year(cal(None, Some(m), None), -1)));
        } else if let Ok((x, _)) = phrase_words(&["next", "year"])(r1) {
            return Ok((x, within_relative_year(cal(None, Some(m), None), 1)));
        } else {
            return fail(i);
        };
        Ok((
            r2,
            R::Calendar {
                year: None,
                month: Some(m),
                day: None,
                shift: Some(shift),
            },
        ))
    }

    /// A month alone, gated against `May` the verb and `March` the verb.
    fn bare_month<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, (m, abbr, cap)) = month_name(i)?;
        if abbr || !self.cap_ok(cap) {
            return fail(i);
        }
        let w = i.get(..i.len() - r.len()).unwrap_or_default();
        // a month name that is the whole text is no verb
        let whole = self.ctx.prev_char.is_none() && r.trim().is_empty();
        let cued = lexicon::MONTH_CUES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(self.ctx.prev))
            || cap && self.ctx.prev.eq_ignore_ascii_case("the") && noun_follows(r);
        if (w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("march")) && !whole && !cued {
            return fail(i);
        }
        // `May` as a name: `Theresa May`
        if self.ctx.prev.chars().next().is_some_and(char::is_uppercase)
            && self.ctx.prev_char.is_some_and(|c| c == ' ')
            && !cued
            && w.eq_ignore_ascii_case("may")
        {
            return fail(i);
        }
        Ok((r, cal(None, Some(m), None)))
    }

    /// `the January-March quarter`, `the April-June period`: wire copy's
    /// calendar quarter told by its first and last months.
    fn months_of_a_quarter<'a>(&self, i: &'a str) -> Res<'a, R> {
        let r = match kw("the")(i) {
            Ok((x, _)) => ws(x)?.0,
            Err(_) => i,
        };
        let (r, (first, _, cap)) = month_name(r)?;
        let Some(r) = r.strip_prefix('-').or_else(|| r.strip_prefix('–')) else {
            return fail(i);
        };
        let (r, (last, _, cap_last)) = month_name(r)?;
        let (r, _) = skw("quarter")(r).or_else(|_| skw("period")(r))?;
        if !(self.cap_ok(cap) && self.cap_ok(cap_last)) || first % 3 != 1 || last != first + 2 {
            return fail(i);
        }
        // `of 2012`, `2012`
        let after = match skw("of")(r) {
            Ok((x, _)) => ows(x),
            Err(_) => ows(r),
        };
        let (r, year) = match year4(after) {
            Ok((x, y)) if after.len() < r.len() && at_boundary(x) => (x, Some(y)),
            _ => (r, None),
        };
        Ok((
            r,
            R::Part {
                unit: TimeUnit::Quarter,
                index: first.div_ceil(3),
                year,
                year_shift: None,
            },
        ))
    }

    /// A weekday, optionally followed by a date (`Monday, Sept. 11`), gated
    /// against `Sunday Times`.
    fn weekday<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, (d, cap)) = weekday_name(i).or_else(|e| self.weekday_abbr(i).map_err(|_| e))?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        let agree = |date: R| match date {
            // the weekday picks the year (or month) the date was written for
            R::Calendar {
                year: None,
                day: Some(_),
                ..
            } => R::Within {
                inner: Box::new(R::Weekday {
                    day: d,
                    shift: None,
                }),
                period: Box::new(date),
                index: None,
            },
            other => other,
        };
        if let Ok((r2, ())) = comma_ws(r)
            && let Ok((r3, date)) = self.month_day(r2)
        {
            return Ok((r3, agree(date)));
        }
        // `Tuesday the 19th`, `Thu 15th`
        if let Ok((r2, ())) = comma_ws(r) {
            let r2 = match kw("the")(r2) {
                Ok((x, _)) => ws(x)?.0,
                Err(_) => r2,
            };
            if let Ok((x, n)) =
                take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(r2)
                && let Ok((x, _)) = kws(&["st", "nd", "rd", "th"])(x)
                && let Ok(n) = n.parse::<u32>()
                && (1..=31).contains(&n)
            {
                return Ok((x, agree(cal(None, None, Some(n)))));
            }
        }
        if let Ok((r2, _)) = ws(r)
            && let Ok((_, next)) = alpha(r2)
            && capitalized(next)
            && lexicon::WEEKDAY_TITLES
                .iter()
                .any(|t| t.eq_ignore_ascii_case(next))
            && !next.eq_ignore_ascii_case("morning")
            && !next.eq_ignore_ascii_case("night")
        {
            return fail(i);
        }
        Ok((
            r,
            R::Weekday {
                day: d,
                shift: None,
            },
        ))
    }

    /// A weekday abbreviation without its dot (`Thu 15th`, `fri`), or lowercase
    /// with it (`thu.`): only where a date or time follows, or alone in
    /// all-lowercase text, since `sat`, `sun` and `wed` are words.
    fn weekday_abbr<'a>(&self, i: &'a str) -> Res<'a, (u32, bool)> {
        let (rest, w) = alpha(i)?;
        let d = lexicon::weekday(w)
            .map_or_else(|| fail(i), |d| Ok((rest, d)))?
            .1;
        let cap = capitalized(w);
        if w.len() < 3 || !self.cap_ok(cap) {
            return fail(i);
        }
        let r = rest.strip_prefix('.').unwrap_or(rest);
        let next = ows(r.strip_prefix(',').unwrap_or(r));
        let dated = next.starts_with(|c: char| c.is_ascii_digit())
            || month_name(next).is_ok()
            || self.glued_month_day(next).is_ok()
            || kw("at")(next).is_ok();
        let alone = self.ctx.lenient && next.trim().is_empty();
        if dated || alone {
            return Ok((r, (d, cap)));
        }
        fail(i)
    }

    /// Anything that names a day: dates, weekdays, today/yesterday/tomorrow,
    /// `last Friday`.
    fn day_expr<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, day) = self.day_expr_plain(i)?;
        // `Jul 18, Fri`: a weekday after the date
        if let R::Calendar {
            year: None,
            month: Some(_),
            day: Some(_),
            ..
        } = day
            && let Ok((r2, ())) = comma_ws(r)
            && let Ok((r3, (d, cap))) = weekday_name(r2).or_else(|_| {
                // `Jul 18, Sun Microsystems`: a bare abbreviation must end the clause
                self.weekday_abbr_plain(r2).and_then(|(x, v)| {
                    if at_clause_end(x) {
                        Ok((x, v))
                    } else {
                        fail(r2)
                    }
                })
            })
            && self.cap_ok(cap)
            && at_boundary(r3)
        {
            return Ok((
                r3,
                R::Within {
                    inner: Box::new(R::Weekday {
                        day: d,
                        shift: None,
                    }),
                    period: Box::new(day),
                    index: None,
                },
            ));
        }
        Ok((r, day))
    }

    fn day_expr_plain<'a>(&self, i: &'a str) -> Res<'a, R> {
        // a date in digits opens with one, and a weekday, a relative word or
        // `today` with a letter: each alternative runs only where it can read
        if i.starts_with(|c: char| c.is_ascii_digit()) {
            longest(i, &[&|i| self.month_day(i), &|i| self.numeric_date(i)])
        } else {
            longest(
                i,
                &[
                    &|i| self.month_day(i),
                    &|i| self.weekday(i),
                    &|i| self.rel_weekday(i),
                    &|i| today_words(i),
                ],
            )
        }
    }

    /// `last Friday`, `next Monday`, `this past Sunday`, `this coming Tuesday`.
    fn rel_weekday<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, shift) = rel_word(i)?;
        let (r, _) = ws(r)?;
        let (r, (d, cap)) = weekday_name(r)?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        let shift = match shift {
            Rel::Last => -1,
            Rel::Next => 1,
            Rel::This => 0,
            _ => return fail(i),
        };
        // a bare `next Wednesday` is the one of next week, even said on a
        // Tuesday; `this coming Wednesday` stays the nearest one, and `the
        // next Tuesday` is the one after a day the story told
        if shift == 1
            && i.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("next"))
            && !self.ctx.prev.eq_ignore_ascii_case("the")
        {
            return Ok((
                r,
                R::Within {
                    inner: Box::new(R::Weekday {
                        day: d,
                        shift: None,
                    }),
                    period: Box::new(R::Relative {
                        unit: TimeUnit::Week,
                        shift: 1,
                        anchor: Anchor::Dct,
                    }),
                    index: None,
                },
            ));
        }
        Ok((
            r,
            R::Weekday {
                day: d,
                shift: Some(shift),
            },
        ))
    }

    /// A day with a part of day or a clock time: `Monday morning`, `Sept. 11,
    /// 2023, 2:42 p.m. ET`, `tomorrow at 5pm`.
    fn day_with_time<'a>(&self, i: &'a str, r: &'a str, day: R) -> Res<'a, R> {
        if let Some(found) = today_in_hours(r, &day) {
            return Ok(found);
        }
        // `Tuesday midafternoon`
        if let Ok((r2, _)) = ws(r)
            && let Ok((r3, part)) = mid_part_word(r2)
        {
            return Ok((
                r3,
                R::Modified {
                    modifier: TimexMod::Mid,
                    inner: Box::new(R::DayPart {
                        part,
                        day: Some(Box::new(day)),
                    }),
                },
            ));
        }
        // part of day
        if let Ok((r2, _)) = ws(r)
            && let Ok((r3, part)) = day_part_word(r2)
        {
            return Ok((
                r3,
                R::DayPart {
                    part,
                    day: Some(Box::new(day)),
                },
            ));
        }
        let r1 = r.strip_prefix(',').unwrap_or(r);
        if let Ok((r1, _)) = ws(r1) {
            let r1 = match kw("at")(r1) {
                Ok((x, _)) => ws(x)?.0,
                Err(_) => r1,
            };
            if let Ok((
                r2,
                R::Clock {
                    hour, minute, zone, ..
                },
            )) = clock(r1)
            {
                return Ok((
                    r2,
                    R::Clock {
                        hour,
                        minute,
                        zone,
                        day: Some(Box::new(day)),
                        second: None,
                        either_half: false,
                    },
                ));
            }
        }
        fail(i)
    }

    /// A clock time, optionally followed by its day: `9 p.m. EST Nov. 9`,
    /// `noon Saturday`, `2:30 p.m. Monday`.
    fn time_then_day<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok(found) = ish_clock(i) {
            return Ok(found);
        }
        let (r, t) = clock(i)?;
        // `in 1h`, `1/4h`: a length of time, not one o'clock
        let used = i.get(..i.len() - r.len()).unwrap_or_default();
        if used.ends_with(['h', 'H'])
            && (matches!(self.ctx.prev_char, Some('/'))
                || [
                    "in", "for", "within", "over", "than", "after", "last", "past", "next",
                ]
                .iter()
                .any(|c| c.eq_ignore_ascii_case(self.ctx.prev)))
        {
            return fail(i);
        }
        // `ten thirty` is as often a count as a time: spelled clocks come
        // after `at`, or stand alone with the `oh` of a clock (`twelve oh three`)
        let oh_clock = || {
            used.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                ["oh", "o", "ou", "zero"]
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(w))
            })
        };
        // alone, a hyphen (`ten-thirty`) or the half and quarter hours that
        // clocks are told by (`ten thirty`) make it a clock too; `three
        // twenty` alone is as likely a count
        let told_clock = || {
            let hyphen = used.trim_end().contains('-');
            hyphen
                || matches!(
                    t,
                    R::Clock {
                        minute: Some(15 | 30 | 45),
                        ..
                    }
                )
        };
        // `8 GMT` on its own: the hour and its zone make a clock only after
        // `at` or beside a day (`Group 8 EST` is a name)
        let after_digits = i.trim_start_matches(|c: char| c.is_ascii_digit());
        if (1..=2).contains(&(i.len() - after_digits.len()))
            && zone_after_clock(after_digits).is_ok_and(|(x, _)| x.len() == r.len())
            && !["at", "around", "about", "by", "until", "before", "after"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(self.ctx.prev))
        {
            return fail(i);
        }
        if i.starts_with(|c: char| c.is_ascii_alphabetic())
            && !(self.phrase_alone(r) && (oh_clock() || told_clock()))
            && matches!(
                t,
                R::Clock {
                    minute: Some(_),
                    ..
                }
            )
            && !clock_has_meridiem(i, r)
            && !["at", "around", "about", "by", "until"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(self.ctx.prev))
        {
            return fail(i);
        }
        let R::Clock {
            hour, minute, zone, ..
        } = t.clone()
        else {
            return fail(i);
        };
        let r1 = r.strip_prefix(',').unwrap_or(r);
        if let Ok((r1, _)) = ws(r1) {
            let r1 = match kw("on")(r1) {
                Ok((x, _)) => ws(x)?.0,
                Err(_) => r1,
            };
            if let Ok((r2, day)) = self.day_expr(r1) {
                return Ok((
                    r2,
                    R::Clock {
                        hour,
                        minute,
                        zone,
                        day: Some(Box::new(day)),
                        second: None,
                        either_half: false,
                    },
                ));
            }
        }
        // `10:35 a.m. (0735 GMT) Friday`, `2 a.m. local time (0100 GMT) on
        // Wednesday`: the day after a bracketed conversion is the clock's
        // day too, though the conversion and the day stay outside its extent
        if let Some(day) = self.day_after_conversion(r) {
            return Ok((
                r,
                R::Clock {
                    hour,
                    minute,
                    zone,
                    day: Some(Box::new(day)),
                    second: None,
                    either_half: false,
                },
            ));
        }
        Ok((r, t))
    }

    /// The day told after a clock's bracketed conversion to another zone,
    /// or after the bracket that holds the clock itself (`(0610 GMT) Monday`).
    fn day_after_conversion(&self, rest: &str) -> Option<R> {
        let after = if let Some(x) = rest.strip_prefix(')') {
            ows(x)
        } else {
            let x = ows(rest);
            let x = phrase_words(&["local", "time"])(x).map_or(x, |(y, ())| ows(y));
            let inner = x.strip_prefix('(')?;
            let close = inner.find(')').filter(|&k| k <= 24)?;
            // a conversion tells a time: `(0610 GMT)`, `(3 p.m. ET)`
            if !inner.get(..close)?.contains(|c: char| c.is_ascii_digit()) {
                return None;
            }
            ows(inner.get(close + 1..)?)
        };
        let after = match kw("on")(after) {
            Ok((y, _)) => ws(y).ok()?.0,
            Err(_) => after,
        };
        self.day_expr(after).ok().map(|(_, day)| day)
    }

    /// True when the text is this one phrase: at most a preposition before
    /// it and nothing but punctuation after `rest`.
    fn phrase_alone(&self, rest: &str) -> bool {
        self.ctx.lone && rest.bytes().all(|b| !b.is_ascii_alphanumeric())
    }

    /// `at 1030`, `around 1030`: hours and minutes run together without
    /// a.m./p.m. In prose such a number is a count or an index level
    /// (`closed at 1030`), so only a phrase standing alone reads it as a time.
    /// `at 3 15` likewise, and `half three` (half past three).
    fn run_together_clock<'a>(&self, i: &'a str) -> Res<'a, R> {
        let after_at = ["at", "around", "about", "approximately"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(self.ctx.prev));
        let (r, (hour, minute)) = if let Ok((r, _)) = kw("half")(i) {
            let (r, _) = ws(r)?;
            let (r, (h, m)) = bare_hour(r)?;
            if m.is_some() {
                return fail(i);
            }
            (r, (h, 30))
        } else if !after_at {
            return fail(i);
        } else if let Ok((r, (h, m))) = separated_pair(
            take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit()),
            char::<_, Error<&str>>(' '),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        )
        .parse(i)
        {
            (r, (h.parse().unwrap_or(99), m.parse().unwrap_or(99)))
        } else {
            let (r, d) = take_while_m_n(3, 4, |c: char| c.is_ascii_digit())(i)?;
            let n: u32 = d.parse().unwrap_or(9999);
            (r, (n / 100, n % 100))
        };
        if !self.phrase_alone(r) || hour > 23 || minute > 59 {
            return fail(i);
        }
        Ok((
            r,
            R::Clock {
                hour,
                minute: Some(minute),
                zone: None,
                day: None,
                second: None,
                either_half: (1..=12).contains(&hour),
            },
        ))
    }

    /// A bare year with gates against amounts, and `the year 2000`.
    fn year_expr<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok(found) = era_marked_year(i) {
            return Ok(found);
        }
        if let Ok((r, ())) = phrase_words(&["the", "year"])(i)
            && let Ok((r, _)) = ws(r)
        {
            if let Ok((r2, y)) = year_words(r) {
                return Ok((r2, cal(Some(y), None, None)));
            }
            // any digits: `the year 300000` must reach normalization to be diagnosed
            let (r2, (n, _)) = uint(r)?;
            return Ok((r2, cal(Some(n as i32), None, None)));
        }
        if let Ok((r, y)) = year_words(i) {
            return Ok((r, cal(Some(y), None, None)));
        }
        // `2004-2014`: the second year of a span written with a hyphen is a
        // year of its own, as after a dash or `to`
        let span_end = matches!(self.ctx.prev_char, Some('-' | '/'))
            && self.ctx.prev.len() == 4
            && self
                .ctx
                .prev
                .parse::<i32>()
                .is_ok_and(|y| (1500..=2100).contains(&y))
            && i.bytes().take_while(u8::is_ascii_digit).count() == 4;
        if matches!(
            self.ctx.prev_char,
            Some('$' | '#' | '€' | '£' | '-' | '/' | '.' | ',' | ':')
        ) && !span_end
        {
            return fail(i);
        }
        if self.ctx.prev.eq_ignore_ascii_case("no") || self.ctx.prev.eq_ignore_ascii_case("number")
        {
            return fail(i);
        }
        let (r, y) = year4(i)?;
        if !(1500..=2100).contains(&y) {
            return fail(i);
        }
        // `ABC 2000`, `Windows 2000`-style names: a year glued to an acronym
        let prev = self.ctx.prev;
        if prev.len() >= 2
            && prev.bytes().all(|b| b.is_ascii_uppercase())
            && lexicon::month(prev).is_none()
            && !matches!(prev, "FY" | "AD" | "BC" | "CE" | "BCE")
            && self.ctx.prev_char == Some(' ')
        {
            return fail(i);
        }
        // `the 2012-13 season`, `2019/20`: a season or fiscal year over the
        // turn of a year is one token and one expression, read as the year
        // it starts in; a full second year (`2004-2014`) is a year of its own
        let r = next_year_short(y, r).unwrap_or(r);
        // amounts: `2000 people`, `1998 percent`
        if let Ok((r2, _)) = ws(r)
            && let Ok((_, next)) = alpha(r2)
            && NOT_AFTER_YEAR.iter().any(|w| w.eq_ignore_ascii_case(next))
        {
            return fail(i);
        }
        Ok((r, cal(Some(y), None, None)))
    }

    /// Decades and centuries: `the 1990s`, `the '90s`, `the nineties`,
    /// `the 20th century`, `the twentieth century`.
    fn era<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r0, the) = match kw("the")(i) {
            Ok((x, _)) => (ws(x)?.0, true),
            Err(_) => (i, false),
        };
        // 1990s / '90s / 90s
        if let Ok((r, d)) = take_while1::<_, &str, Error<&str>>(|c: char| c.is_ascii_digit())(
            r0.strip_prefix(['\'', '’']).unwrap_or(r0),
        ) && let Some(r) = r.strip_prefix('s').or_else(|| r.strip_prefix("'s"))
            && at_boundary(r)
        {
            let n: i32 = d.parse().unwrap_or(-1);
            if d.len() == 4 && n % 10 == 0 {
                // `the 2000s` is the decade news means by it: the century has
                // not run its course
                if n % 100 == 0 && the && n < 2000 {
                    return Ok((
                        r,
                        R::Era {
                            unit: TimeUnit::Century,
                            value: n / 100,
                        },
                    ));
                }
                return Ok((
                    r,
                    R::Era {
                        unit: TimeUnit::Decade,
                        value: n / 10,
                    },
                ));
            }
            // `in his 30s`, `their early 20s`: an age, not a decade. A
            // modifier before the decade reads it from the modifier's own
            // start, so after `early` alone the word before that was refused.
            let age = !the
                && [
                    "his", "her", "their", "my", "your", "our", "early", "late", "mid",
                ]
                .iter()
                .any(|w| self.ctx.prev.eq_ignore_ascii_case(w));
            if d.len() == 2 && n % 10 == 0 && !age {
                return Ok((
                    r,
                    R::Era {
                        unit: TimeUnit::Decade,
                        value: 190 + n / 10,
                    },
                ));
            }
            return fail(i);
        }
        if the
            && let Ok((r, w)) = alpha(r0)
            && let Some(n) = lookup(lexicon::DECADE_WORDS, w)
        {
            return Ok((
                r,
                R::Era {
                    unit: TimeUnit::Decade,
                    value: 190 + n as i32,
                },
            ));
        }
        // 20th century
        let (r, n) =
            match take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(r0) {
                Ok((r, d)) => {
                    let (r, _) = kws(&["st", "nd", "rd", "th"])(r)?;
                    (r, d.parse::<i32>().unwrap_or(0))
                }
                Err(_) => {
                    let (r, n) = day_ordinal_word(r0)?;
                    (r, n as i32)
                }
            };
        let r = match char::<_, Error<&str>>('-')(r) {
            Ok((x, _)) => x,
            Err(_) => ws(r)?.0,
        };
        let (r, _) = kw("century")(r)?;
        if n < 1 {
            return fail(i);
        }
        Ok((
            r,
            R::Era {
                unit: TimeUnit::Century,
                value: n - 1,
            },
        ))
    }
}

/// `answers soon began to arrive`, `a trickle that soon turned into a
/// flood`: a past verb after `soon` tells what followed quickly, no future.
fn past_verb_follows(rest: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "became", "began", "came", "went", "found", "saw", "took", "made", "got", "gave", "grew",
        "fell", "rose", "left", "ran", "won", "lost", "had", "did", "spread", "led", "met",
    ];
    next_word(rest).is_some_and(|(_, next)| {
        // `proceed`, `exceed`, `succeed` end in `ed` but are no past
        next.len() > 4 && next.ends_with("ed") && !next.ends_with("eed")
            || IRREGULAR.contains(&next)
    })
}

/// `the March accession`, `the May election`: a capitalized month between
/// `the` and a lowercase noun names the month the noun happens in; `the
/// March on Washington`, `The March of Time` are a march.
fn noun_follows(rest: &str) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "of", "on", "for", "to", "in", "into", "against", "through", "from", "across", "and", "or",
        "with", "by", "at", "past", "that", "which", "is", "was", "will", "has", "had",
    ];
    next_word(rest).is_some_and(|(after, next)| {
        next.starts_with(|c: char| c.is_ascii_lowercase())
            && at_boundary(after)
            && !NOT_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(next))
    })
}

/// `weeks or months`, `recent weeks and months`, `days or even weeks`: a
/// second plural unit joined to a vague length belongs to the same vague
/// length. The rest after it, or `rest` unchanged.
fn plural_unit_coordinated(rest: &str) -> &str {
    let joined = ws(rest)
        .and_then(|(x, _)| kws(&["or", "and"])(x))
        .and_then(|(x, _)| ws(x))
        .map(|(x, _)| kw("even")(x).and_then(|(y, _)| ws(y)).map_or(x, |(y, _)| y));
    match joined.map(unit_word) {
        Ok(Ok((x, (_, true)))) => x,
        _ => rest,
    }
}

/// `-13` after 2012: the last two digits of the year after `year`, right
/// after a hyphen, dash or slash, and the rest after them.
fn next_year_short(year: i32, rest: &str) -> Option<&str> {
    let digits = rest.strip_prefix(['-', '–', '/'])?;
    let (two, after) = (digits.get(..2)?, digits.get(2..)?);
    let short: i32 = two.parse().ok()?;
    (two.bytes().all(|b| b.is_ascii_digit())
        && short == (year + 1).rem_euclid(100)
        && at_boundary(after)
        && !after.starts_with(['-', '/', '.']))
    .then_some(after)
}

/// The last word of the modifier read from `start` up to `rest`, when blanks
/// end it (`mid-` runs on into its period and keeps the outer context).
fn modifier_last_word<'a>(start: &'a str, rest: &str) -> Option<&'a str> {
    let modifier = start.get(..start.len().checked_sub(rest.len())?)?;
    let words = modifier.trim_end();
    if words.len() == modifier.len() {
        return None;
    }
    words.rsplit(' ').next().filter(|w| !w.is_empty())
}

/// `AD`, `A.D.`, `CE`, `C.E.`: the marks of the common era. Without dots
/// only in capitals, since `ad` and `ce` are words.
fn common_era_mark(i: &str) -> Res<'_, ()> {
    for mark in ["a.d.", "c.e."] {
        if let Ok((r, _)) = tag_ci(mark)(i) {
            return Ok((r, ()));
        }
    }
    for mark in ["AD", "CE"] {
        if let Some(r) = i.strip_prefix(mark)
            && at_boundary(r)
        {
            return Ok((r, ()));
        }
    }
    fail(i)
}

/// `14 A.D.`, `AD 14`, `A.D. 1066`: a year of any size once its era is
/// said, which no amount carries.
fn era_marked_year(i: &str) -> Res<'_, R> {
    let (r, y) = if let Ok((r, ())) = common_era_mark(i) {
        let (r, _) = ws(r)?;
        let (r, (y, len)) = uint(r)?;
        if len > 4 {
            return fail(i);
        }
        (r, y)
    } else {
        let (r, (y, len)) = uint(i)?;
        if len > 4 {
            return fail(i);
        }
        let (r, _) = ws(r)?;
        let (r, ()) = common_era_mark(r)?;
        (r, y)
    };
    if !(1..=2999).contains(&y) {
        return fail(i);
    }
    Ok((r, cal(Some(y as i32), None, None)))
}

/// `3ish pm`: an hour told loosely, with its half of the day (a bare `3ish`
/// is as often a count).
fn ish_clock(i: &str) -> Res<'_, R> {
    let (r, h) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    let r = tag_ci("ish")(r)?.0;
    let (r, pm) = meridiem(r)?;
    let h: u32 = h.parse().unwrap_or(99);
    if !(1..=12).contains(&h) {
        return fail(i);
    }
    Ok((
        r,
        R::Modified {
            modifier: TimexMod::Approx,
            inner: Box::new(R::Clock {
                hour: to24(h, pm),
                minute: None,
                zone: None,
                day: None,
                second: None,
                either_half: false,
            }),
        },
    ))
}

/// `today in one hour`: the moment that long from now, today being where
/// now already is.
fn today_in_hours<'a>(r: &'a str, day: &R) -> Option<(&'a str, R)> {
    if !matches!(
        day,
        R::Relative {
            unit: TimeUnit::Day,
            shift: 0,
            anchor: Anchor::Dct,
        }
    ) {
        return None;
    }
    let (x, _) = skw("in")(r).ok()?;
    let (x, _) = ws(x).ok()?;
    let (x, (amount, unit)) = amount_unit(x).ok()?;
    if amount.is_none() || !matches!(unit, TimeUnit::Hour | TimeUnit::Minute) {
        return None;
    }
    Some((
        x,
        R::Offset {
            amount,
            unit,
            direction: Direction::After,
            anchor: Anchor::Dct,
        },
    ))
}

/// `Easter week`, `Christmas week`: the ISO week that holds the holiday,
/// like `the week of March 6`.
fn holiday_week<'a>(r: &'a str, holiday: &R) -> Option<(&'a str, R)> {
    let (x, _) = ws(r).ok()?;
    let (x, _) = kw("week")(x).ok()?;
    // `Christmas week's sales` keeps the week; `week-long` is another word
    if x.starts_with('-') {
        return None;
    }
    Some((
        x,
        R::Within {
            inner: Box::new(R::Duration {
                amount: None,
                unit: TimeUnit::Week,
            }),
            period: Box::new(holiday.clone()),
            index: None,
        },
    ))
}

/// `a month or two`, `a day or two`, `two or three weeks`: one length of
/// time, told loosely. TimeML gives the first amount with mod APPROX (the
/// second only widens the guess).
/// [`amount_unit`] at the start of [`Grammar::duration`], read when first needed.
type AmountUnitAt<'a> = std::cell::OnceCell<Res<'a, (Option<f64>, TimeUnit)>>;

fn approx_alternatives<'a>(
    i: &'a str,
    at_i: &AmountUnitAt<'a>,
    count_i: &CountAt<'a>,
) -> Res<'a, R> {
    let approx = |amount: f64, unit| R::Modified {
        modifier: TimexMod::Approx,
        inner: Box::new(R::Duration {
            amount: Some(amount),
            unit,
        }),
    };
    // `a month or two (months)`
    if let Ok((r, (Some(a), unit))) = at_i.get_or_init(|| amount_unit_counted(i, count_i)).clone()
        && let Ok((r, _)) = skw("or")(r)
        && let Ok((r, _)) = ws(r)
        && let Ok((r, b)) = count(r)
        && b > a
    {
        let r = match ws(r).and_then(|(x, _)| unit_word(x)) {
            Ok((x, (u, _))) if u == unit => x,
            _ => r,
        };
        return Ok((r, approx(a, unit)));
    }
    // `two or three weeks`
    let (r, a) = count_at(i, count_i)?;
    let (r, _) = skw("or")(r)?;
    let (r, _) = ws(r)?;
    let (r, b) = count(r)?;
    let r = ows(r);
    let r = unit_adjective(r).map_or(r, |(x, _)| ows(x));
    let (r, (unit, _)) = unit_word(r)?;
    if b <= a {
        return fail(i);
    }
    Ok((r, approx(a, unit)))
}

/// `eight trading days after Oct. 12`: days of trading are no calendar
/// step, so such a shift stays the length of time it says.
fn working_days_unshifted<'a>(
    from: &str,
    unit_end: &'a str,
    found: (&'a str, R),
    amount: Option<f64>,
    unit: TimeUnit,
) -> (&'a str, R) {
    if !matches!(found.1, R::Shifted { .. }) {
        return found;
    }
    let said = from
        .get(..from.len().saturating_sub(unit_end.len()))
        .unwrap_or_default();
    let counted = said.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        ["trading", "business", "working"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
    });
    if counted {
        return (unit_end, R::Duration { amount, unit });
    }
    found
}

/// A rate word and the period it repeats with: `weekly` = every week, and
/// `nightly` = every night, whose TimeML value is the part of day
/// (`XXXX-XX-XXTNI`, as for `every night`), not a day-long period.
fn frequency_unit(i: &str) -> Res<'_, (TimeUnit, u32, Option<DayPart>)> {
    // `bi-weekly` is one word, hyphen and all
    let (r, w) = match tag_ci("bi-weekly")(i) {
        Ok((r, w)) if at_boundary(r) => (r, w),
        _ => alpha(i)?,
    };
    let mut buf = [0; 16];
    let found = match lower_ascii(w, &mut buf) {
        "daily" => (TimeUnit::Day, 1, None),
        "nightly" => (TimeUnit::Day, 1, Some(DayPart::Night)),
        "weekly" => (TimeUnit::Week, 1, None),
        "biweekly" | "bi-weekly" => (TimeUnit::Week, 2, None),
        "monthly" => (TimeUnit::Month, 1, None),
        "annually" | "yearly" | "annual" => (TimeUnit::Year, 1, None),
        "hourly" => (TimeUnit::Hour, 1, None),
        "quarterly" => (TimeUnit::Quarter, 1, None),
        _ => return fail(i),
    };
    Ok((r, found))
}

/// Words before a rate word that make it modify a noun (`a daily rally`,
/// `his weekly address`).
const FREQUENCY_DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "each", "every",
];

/// Words that may follow a rate word used as an adverb (`gather daily
/// outside`, `published weekly by`, `paid quarterly and`): prepositions,
/// conjunctions, adverbs; an open-class word after it is the noun it
/// modifies.
const FREQUENCY_FOLLOWERS: &[&str] = &[
    "about",
    "across",
    "after",
    "again",
    "against",
    "along",
    "also",
    "among",
    "and",
    "around",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "during",
    "for",
    "from",
    "if",
    "in",
    "inside",
    "instead",
    "into",
    "near",
    "now",
    "on",
    "or",
    "outside",
    "over",
    "since",
    "so",
    "than",
    "that",
    "then",
    "there",
    "through",
    "throughout",
    "to",
    "too",
    "under",
    "until",
    "when",
    "where",
    "while",
    "with",
    "within",
    "without",
];

/// Nouns of amounts that a rate word only measures out (`daily output`).
const MEASURE_NOUNS: &[&str] = &[
    "allowance",
    "average",
    "averages",
    "cost",
    "costs",
    "dividend",
    "dividends",
    "dose",
    "gain",
    "gains",
    "high",
    "income",
    "intake",
    "limit",
    "limits",
    "loss",
    "losses",
    "low",
    "output",
    "price",
    "prices",
    "production",
    "quota",
    "rate",
    "rates",
    "revenue",
    "sales",
    "share",
    "shares",
    "total",
    "trading",
    "turnover",
    "volume",
    "volumes",
    "wage",
    "wages",
];

/// Verbs after which a rate word is a newspaper (`the daily said`).
const NEWS_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "wrote",
    "writes",
    "quoted",
    "quotes",
    "published",
    "publishes",
    "carried",
    "carries",
    "cited",
    "added",
    "claimed",
];

/// Nouns of a company's report of a period (`Q3 earnings`, `first-half profit`).
const REPORTS: &[&str] = &[
    "earnings",
    "results",
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "loss",
    "losses",
    "report",
    "growth",
    "figures",
    "numbers",
    "guidance",
    "deliveries",
    "shipments",
    "GDP",
];

/// Words before `a year`, `a week` that make it a length of time rather than a rate.
const DURATION_CUES: &[&str] = &[
    "for",
    "in",
    "within",
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "least",
    "only",
    "just",
    "took",
    "takes",
    "take",
    "lasted",
    "last",
    "lasts",
    "spent",
    "spend",
    "after",
    "over",
    "under",
    "of",
    "some",
    "barely",
    "roughly",
    "approximately",
    "than",
    "once",
    "by",
    "past",
    "during",
    "throughout",
    "nearly",
    "up",
    "to",
    "the",
    "first",
    "another",
    "extra",
    "entire",
    "whole",
    "full",
    "",
];

const NOT_AFTER_YEAR: &[&str] = &[
    "pixels",
    "people",
    "persons",
    "troops",
    "soldiers",
    "percent",
    "pct",
    "points",
    "men",
    "women",
    "children",
    "residents",
    "workers",
    "jobs",
    "votes",
    "members",
    "units",
    "cars",
    "homes",
    "feet",
    "meters",
    "metres",
    "miles",
    "km",
    "kilometers",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "yen",
    "shares",
    "barrels",
    "acres",
    "times",
    "rounds",
    "pounds",
    "hectares",
];

/// Runs each parser and keeps the longest match (the least input left).
fn longest<'a>(i: &'a str, ps: &[&dyn Fn(&'a str) -> Res<'a, R>]) -> Res<'a, R> {
    let mut best: Option<(&'a str, R)> = None;
    for p in ps {
        if let Ok((r, v)) = p(i) {
            let better = best.as_ref().is_none_or(|(br, _)| r.len() < br.len());
            if better {
                best = Some((r, v));
            }
        }
    }
    match best {
        Some(b) => Ok(b),
        None => fail(i),
    }
}

/// `today`, `yesterday`, `tomorrow`, `the day before yesterday`.
fn today_words(i: &str) -> Res<'_, R> {
    let i = match phrase_words(&["the", "day"])(i) {
        // `day after tomorrow` without its article
        Ok(_) => i,
        Err(_) if i.get(..4).is_some_and(|d| d.eq_ignore_ascii_case("day ")) => {
            return today_words_bare(i);
        }
        Err(_) => i,
    };
    if let Ok((r, ())) = phrase_words(&["the", "day", "before", "yesterday"])(i) {
        return Ok((
            r,
            R::Relative {
                unit: TimeUnit::Day,
                shift: -2,
                anchor: Anchor::Dct,
            },
        ));
    }
    if let Ok((r, ())) = phrase_words(&["the", "day", "after", "tomorrow"])(i) {
        return Ok((
            r,
            R::Relative {
                unit: TimeUnit::Day,
                shift: 2,
                anchor: Anchor::Dct,
            },
        ));
    }
    let (r, w) = alpha(i)?;
    let shift = if w.eq_ignore_ascii_case("today") {
        0
    } else if w.eq_ignore_ascii_case("yesterday") {
        -1
    } else if w.eq_ignore_ascii_case("tomorrow") {
        1
    } else {
        return fail(i);
    };
    Ok((
        r,
        R::Relative {
            unit: TimeUnit::Day,
            shift,
            anchor: Anchor::Dct,
        },
    ))
}

fn today_words_bare(i: &str) -> Res<'_, R> {
    static DAYS_AROUND: &[(&[&str], i32)] = &[
        (&["day", "before", "yesterday"], -2),
        (&["day", "after", "tomorrow"], 2),
    ];
    let mut lead = Lead::new(i);
    for &(words, shift) in DAYS_AROUND {
        if let Some(r) = lead.phrase(words) {
            return Ok((
                r,
                R::Relative {
                    unit: TimeUnit::Day,
                    shift,
                    anchor: Anchor::Dct,
                },
            ));
        }
    }
    fail(i)
}

fn day_part_word(i: &str) -> Res<'_, DayPart> {
    let (r, w) = alpha(i)?;
    if w.eq_ignore_ascii_case("overnight") {
        return fail(i);
    }
    match lookup(lexicon::DAY_PARTS, w) {
        Some(p) if !w.ends_with('s') => Ok((r, p)),
        _ => fail(i),
    }
}

/// `midafternoon`, `mid-morning`, `mid evening`: a part of the day whose
/// middle is meant. Night has no middle in this sense (`mid-night` is
/// midnight, a clock time).
fn mid_part_word(i: &str) -> Res<'_, DayPart> {
    let (r, w) = alpha(i)?;
    for (word, part) in [
        ("midmorning", DayPart::Morning),
        ("midafternoon", DayPart::Afternoon),
        ("midevening", DayPart::Evening),
    ] {
        if w.eq_ignore_ascii_case(word) {
            return Ok((r, part));
        }
    }
    if !w.eq_ignore_ascii_case("mid") {
        return fail(i);
    }
    let r = match r.strip_prefix('-') {
        Some(x) => x,
        None => ws(r)?.0,
    };
    let (r, w) = alpha(r)?;
    for (word, part) in [
        ("morning", DayPart::Morning),
        ("afternoon", DayPart::Afternoon),
        ("evening", DayPart::Evening),
    ] {
        if w.eq_ignore_ascii_case(word) {
            return Ok((r, part));
        }
    }
    fail(i)
}

/// `14:53`, `2:42`.
fn hh_mm(i: &str) -> Res<'_, (u32, u32)> {
    hh_mm_ss(i).map(|(r, (h, m, _))| (r, (h, m)))
}

/// `14:53`, `15:23:24`: hours, minutes and the seconds when written.
fn hh_mm_ss(i: &str) -> Res<'_, (u32, u32, Option<u32>)> {
    let (r, h) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    let (r, _) = char(':')(r)?;
    let (r, m) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit())(r)?;
    let (r, sec) = match (
        char::<_, Error<&str>>(':'),
        take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(r)
    {
        Ok((x, (_, sd))) => (x, sd.parse::<u32>().ok().filter(|v| *v <= 59)),
        Err(_) => (r, None),
    };
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let h: u32 = h.parse().unwrap_or(99);
    let m: u32 = m.parse().unwrap_or(99);
    if h > 24 || m > 59 {
        return fail(i);
    }
    Ok((r, (h, m, sec)))
}

/// `a.m.`, `am`, `p.m.`, `PM`; returns true for p.m.
fn meridiem(i: &str) -> Res<'_, bool> {
    let r = ows(i);
    static MERIDIEMS: &[(&str, bool)] = &[
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
    ];
    for &(t, pm) in MERIDIEMS {
        if let Ok((r2, _)) = tag_ci(t).parse(r)
            && (t.ends_with('.') || at_boundary(r2))
        {
            return Ok((r2, pm));
        }
    }
    fail(i)
}

/// A zone abbreviation after a clock time.
fn zone(i: &str) -> Res<'_, &str> {
    let (r, _) = ws(i)?;
    let (r2, w) = alpha(r)?;
    const ZONES: &[&str] = &[
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT",
        "UTC", "BST", "CET", "CEST", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "MSK",
        "WIB", "PHT", "EET", "EEST", "WET", "AKST", "HST", "Z",
    ];
    if ZONES.contains(&w) {
        // `GMT+3`
        return Ok((r2, w));
    }
    // US copy's `8 p.m. Eastern`, `noon Pacific time`; a following name
    // makes it a place (`5 p.m. Central Park`, `Eastern Europe`)
    if ["Eastern", "Central", "Mountain", "Pacific"].contains(&w) {
        if let Ok((r3, _)) = skw("time")(r2) {
            return Ok((r3, w));
        }
        let name_next = ws(r2).is_ok_and(|(x, _)| x.starts_with(|c: char| c.is_ascii_uppercase()));
        if !name_next {
            return Ok((r2, w));
        }
    }
    fail(i)
}

/// A zone after a clock time the text wrote as one (`8:00 gmt`, `8 am pst`,
/// `9 am (BST)`): lowercase is how chat and queries write zones, and right
/// after such a clock the letters are nothing else; left out of the match,
/// the word would read as the rest of a sentence and turn the phrase's tense.
/// Two-letter zones stay capitals only (`et`, `mt`, `pt` are words or initials).
fn zone_after_clock(i: &str) -> Res<'_, &str> {
    if let Ok(x) = zone(i) {
        return Ok(x);
    }
    let (r, _) = ws(i)?;
    let inner = r.strip_prefix('(');
    let (r2, w) = alpha(inner.unwrap_or(r))?;
    const LOWER_ZONES: &[&str] = &[
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
        "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "msk", "eet", "eest", "akst", "hst",
    ];
    let lower = w.bytes().all(|b| b.is_ascii_lowercase());
    let upper = w.bytes().all(|b| b.is_ascii_uppercase());
    let known = LOWER_ZONES.iter().any(|z| z.eq_ignore_ascii_case(w))
        || (upper && ["ET", "CT", "MT", "PT"].contains(&w));
    if !known || !(lower || upper) {
        return fail(i);
    }
    match inner {
        Some(_) => match r2.strip_prefix(')') {
            Some(after) => Ok((after, w)),
            None => fail(i),
        },
        None if lower => Ok((r2, w)),
        None => fail(i),
    }
}

/// `a.m.`/`p.m.` as written, or glued to the digits as one letter (`7p`,
/// `3:15a`), or spelled apart (`a m`). Returns true for p.m.
fn meridiem_ext(i: &str) -> Res<'_, bool> {
    if let Ok(x) = meridiem(i) {
        return Ok(x);
    }
    // one letter only when glued: `3 a day` is a rate, not 3 a.m.
    if let Some(c) = i.chars().next()
        && matches!(c, 'a' | 'A' | 'p' | 'P')
    {
        let r = i.get(1..).unwrap_or_default();
        let r = r.strip_prefix('.').unwrap_or(r);
        if at_boundary(r) {
            return Ok((r, matches!(c, 'p' | 'P')));
        }
    }
    meridiem_spaced(i)
}

/// `a.m.`/`p.m.` after blanks, or spelled apart (`a m`).
fn meridiem_spaced(i: &str) -> Res<'_, bool> {
    if let Ok(x) = meridiem(i) {
        return Ok(x);
    }
    let r = ows(i);
    for (t, pm) in [("a m", false), ("p m", true)] {
        if let Ok((r2, _)) = tag_ci(t).parse(r)
            && at_boundary(r2)
        {
            return Ok((r2, pm));
        }
    }
    fail(i)
}

/// `in the afternoon`, `in the evening` after an hour without a.m./p.m.
fn part_of_day_tail(i: &str) -> Res<'_, DayPart> {
    let (r, _) = ws(i)?;
    let (r, _) = kw("in")(r)?;
    let (r, _) = ws(r)?;
    let r = match kw("the")(r) {
        Ok((x, _)) => ws(x)?.0,
        Err(_) => r,
    };
    // `3 in the AM`
    if let Ok((x, w)) = kws(&["am", "pm"])(r) {
        let part = if w.eq_ignore_ascii_case("pm") {
            DayPart::Afternoon
        } else {
            DayPart::Morning
        };
        return Ok((x, part));
    }
    day_part_word(r)
}

/// The 24-hour hour an hour written without a.m./p.m. has in a part of day:
/// `five in the afternoon` = 17, `twelve tonight` = 24 (midnight).
fn hour_in_part(h: u32, part: DayPart) -> u32 {
    match (part, h) {
        (DayPart::Midday | DayPart::Afternoon, 12) => 12,
        (_, 12) => 24,
        (DayPart::Afternoon | DayPart::Evening | DayPart::Night, 1..=11) => h + 12,
        _ => h,
    }
}

/// A clock time: `2:42 p.m. ET`, `14:53 GMT`, `9 p.m.`, `noon`, `midnight`,
/// `0900 GMT`, `five o'clock`, `15h30`, `7p`, `3:15 in the afternoon`.
fn clock(i: &str) -> Res<'_, R> {
    let (r, c) = match clock_core(i) {
        Ok(x) => x,
        Err(e) => {
            // `3 in the morning`, `at 730 in the evening`: a bare hour made a
            // time by its part of day
            let (r, (h, m)) = bare_hour(i).map_err(|_| e)?;
            let (r2, part) = part_of_day_tail(r)?;
            return Ok((
                r2,
                R::Clock {
                    hour: hour_in_part(h, part),
                    minute: m,
                    zone: None,
                    day: None,
                    second: None,
                    either_half: false,
                },
            ));
        }
    };
    // `3:15 in the afternoon`: the part of day settles an hour written without a.m./p.m.
    if let R::Clock {
        hour,
        minute,
        zone: None,
        day: None,
        ..
    } = &c
        && (1..=12).contains(hour)
        && !clock_has_meridiem(i, r)
        && let Ok((r2, part)) = part_of_day_tail(r)
    {
        return Ok((
            r2,
            R::Clock {
                hour: hour_in_part(*hour, part),
                minute: *minute,
                zone: None,
                day: None,
                second: None,
                either_half: false,
            },
        ));
    }
    Ok((r, c))
}

/// An hour written without a.m./p.m. that only a part of day or a day can
/// make a time: `8`, `eight`, `730`, `9:30`.
fn bare_hour(i: &str) -> Res<'_, (u32, Option<u32>)> {
    if let Ok((r, (h, m))) = hh_mm(i)
        && (1..=12).contains(&h)
    {
        return Ok((r, (h, Some(m))));
    }
    if let Ok((r, d)) = digit1::<_, Error<&str>>(i)
        && at_boundary(r)
    {
        let n: u32 = d.parse().unwrap_or(0);
        return match d.len() {
            1 | 2 if (1..=12).contains(&n) => Ok((r, (n, None))),
            3 | 4 if (1..=12).contains(&(n / 100)) && n % 100 <= 59 => {
                Ok((r, (n / 100, Some(n % 100))))
            }
            _ => fail(i),
        };
    }
    if let Ok((r, (h, m))) = spelled_clock(i) {
        return Ok((r, (h, Some(m))));
    }
    let (r, h) = number_word(i)?;
    if (1..=12).contains(&h) {
        return Ok((r, (h, None)));
    }
    fail(i)
}

/// True when the consumed text of a clock time holds an a.m./p.m. marker.
fn clock_has_meridiem(i: &str, rest: &str) -> bool {
    let used = i.get(..i.len() - rest.len()).unwrap_or_default();
    used.bytes()
        .any(|b| matches!(b, b'a' | b'A' | b'p' | b'P' | b'm' | b'M'))
        && !used.to_ascii_lowercase().contains("clock")
}

fn clock_core(i: &str) -> Res<'_, R> {
    let mk = |hour, minute: Option<u32>, zone: Option<&str>| R::Clock {
        hour,
        minute,
        zone: zone.map(str::to_owned),
        day: None,
        second: None,
        either_half: false,
    };
    let with_zone = |r, h, m: Option<u32>| -> Res<'_, R> {
        match zone_after_clock(r) {
            Ok((r2, z)) => Ok((r2, mk(h, m, Some(z)))),
            Err(_) => Ok((r, mk(h, m, None))),
        }
    };
    if let Ok((r, w)) = alpha(i) {
        if w.eq_ignore_ascii_case("noon") || w.eq_ignore_ascii_case("midday") {
            return Ok((r, mk(12, None, None)));
        }
        if w.eq_ignore_ascii_case("mid")
            && let Ok((r2, ())) = preceded_ws_phrase(&["day"])(r)
        {
            return Ok((r2, mk(12, None, None)));
        }
        if w.eq_ignore_ascii_case("midnight") {
            return Ok((r, mk(24, None, None)));
        }
    }
    if let Ok((r, (h, m, sec))) = hh_mm_ss(i) {
        let (r, h, either_half) = match meridiem_ext(r) {
            Ok((r2, pm)) if (1..=12).contains(&h) => (r2, to24(h, pm), false),
            _ => (r, h, (1..=12).contains(&h)),
        };
        let (r, c) = with_zone(r, h, Some(m))?;
        return Ok((r, with_clock_detail(c, sec, either_half)));
    }
    // `15h30`, `15h`, `3h18`: the French-style clock of wire copy
    if let Ok((r, hd)) =
        take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)
        && let Some(r) = r.strip_prefix(['h', 'H'])
    {
        let h: u32 = hd.parse().unwrap_or(99);
        let (r, m) =
            match take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit())(r) {
                Ok((r2, md)) => (r2, md.parse::<u32>().unwrap_or(99)),
                Err(_) => (r, 0),
            };
        if at_boundary(r) && h <= 23 && m <= 59 {
            return with_zone(r, h, Some(m));
        }
    }
    // `9.30am`, `7.45 p.m.`: British copy parts hour and minutes with a dot,
    // which only a.m./p.m. tells from an amount
    if let Ok((r, hd)) =
        take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)
        && let Some(r) = r.strip_prefix('.')
        && let Ok((r, md)) =
            take_while_m_n::<_, &str, Error<&str>>(2, 2, |c: char| c.is_ascii_digit())(r)
        && let Ok((r2, pm)) = meridiem_ext(r)
    {
        let (h, m): (u32, u32) = (hd.parse().unwrap_or(99), md.parse().unwrap_or(99));
        if (1..=12).contains(&h) && m <= 59 {
            return with_zone(r2, to24(h, pm), Some(m));
        }
    }
    // `330 p.m.`: hour and minutes run together, only with a.m./p.m.
    if let Ok((r, d)) =
        take_while_m_n::<_, &str, Error<&str>>(3, 4, |c: char| c.is_ascii_digit())(i)
        && let Ok((r2, pm)) = meridiem(r)
    {
        let n: u32 = d.parse().unwrap_or(9999);
        let (h, m) = (n / 100, n % 100);
        if (1..=12).contains(&h) && m <= 59 {
            return with_zone(r2, to24(h, pm), Some(m));
        }
    }
    // `9 p.m.`, `nine p.m.`, `5pm`, `7p`
    let digits = take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)
        .map(|(r, d)| (r, d.parse::<u32>().unwrap_or(99)));
    let glued = digits.is_ok();
    let hour = digits.or_else(|_| number_word(i));
    if let Ok((r, h)) = hour
        && (1..=12).contains(&h)
    {
        // a lone glued `a` (`4a`) is a label more often than 4 a.m.
        let mer = if glued && !r.starts_with(['a', 'A']) {
            meridiem_ext(r)
        } else {
            meridiem_spaced(r)
        };
        if let Ok((r2, pm)) = mer {
            return with_zone(r2, to24(h, pm), None);
        }
        if let Ok((r2, _)) = ws(r)
            && let Ok((r3, _)) = tag_ci("o'clock")
                .parse(r2)
                .or_else(|_| tag_ci("o’clock").parse(r2))
                .or_else(|_| kw("oclock")(r2))
        {
            if let Ok((r4, pm)) = meridiem(r3) {
                return with_zone(r4, to24(h, pm), None);
            }
            return Ok((r3, mk(h, None, None)));
        }
    }
    // `ten thirty`, `twelve oh three`, `seven thirty p.m.`: a spelled-out clock
    if !glued && let Ok((r, (h, m))) = spelled_clock(i) {
        if let Ok((r2, pm)) = meridiem_spaced(r) {
            return with_zone(r2, to24(h, pm), Some(m));
        }
        return Ok((r, with_clock_detail(mk(h, Some(m), None), None, true)));
    }
    // `8 GMT`, `at 8 gmt`: an hour in digits with its zone (the zone says
    // it is a clock; a one-letter `Z` is too short to say so)
    if let Ok((r, d)) =
        take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)
        && at_boundary(r)
        && let Ok((r2, z)) = zone_after_clock(r)
        && z.len() >= 2
    {
        let h: u32 = d.parse().unwrap_or(99);
        if h <= 23 {
            return Ok((r2, mk(h, None, Some(z))));
        }
    }
    // `0900 GMT`
    if let Ok((r, d)) =
        take_while_m_n::<_, &str, Error<&str>>(4, 4, |c: char| c.is_ascii_digit())(i)
        && at_boundary(r)
        && let Ok((r2, z)) = zone(r)
    {
        let n: u32 = d.parse().unwrap_or(9999);
        if n / 100 <= 23 && n % 100 <= 59 {
            return Ok((r2, mk(n / 100, Some(n % 100), Some(z))));
        }
    }
    fail(i)
}

/// `c` with its seconds and whether its hour may be either half of the day.
fn with_clock_detail(c: R, sec: Option<u32>, half_open: bool) -> R {
    match c {
        R::Clock {
            hour,
            minute,
            zone,
            day,
            ..
        } => R::Clock {
            hour,
            minute,
            zone,
            day,
            second: sec,
            either_half: half_open,
        },
        other => other,
    }
}

fn clock_sep(x: &str) -> Option<&str> {
    x.strip_prefix('-').or_else(|| ws(x).ok().map(|y| y.0))
}

/// An hour word and a minutes word: `ten thirty`, `twelve oh three`,
/// `nine fifty-nine`, `four twenty-three`. Minutes must be a tens word (with
/// its unit) or `oh`/`o`/`zero` and a digit word, so `one two` is not a time.
fn spelled_clock(i: &str) -> Res<'_, (u32, u32)> {
    let (r, h) = number_word(i)?;
    if !(1..=12).contains(&h) {
        return fail(i);
    }
    let Some(r) = clock_sep(r) else {
        return fail(i);
    };
    if let Ok((r2, _)) = kws(&["oh", "o", "zero", "ou"])(r)
        && let Some(r3) = clock_sep(r2)
        && let Ok((r4, w)) = alpha(r3)
        && let Some(m) = lookup(lexicon::SMALL_NUMBERS, w)
        && (1..10).contains(&m)
    {
        return Ok((r4, (h, m)));
    }
    let (_, w) = alpha(r)?;
    if lookup(lexicon::TENS, w).is_none_or(|t| t > 50) {
        return fail(i);
    }
    let (r2, m) = number_word(r)?;
    Ok((r2, (h, m)))
}

fn to24(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    This,
    Last,
    Next,
    /// `the following`, `the next` relative to what was just said.
    Following,
    /// `the previous`, `the preceding`.
    Previous,
}

/// The phrases `rel_word` reads; the words after `the` in them make
/// `first_word::REL_AFTER_THE`.
static REL_WORDS: &[(&[&str], Rel)] = &[
    (&["this", "past"], Rel::Last),
    (&["this", "coming"], Rel::Next),
    (&["this", "last"], Rel::Last),
    (&["the", "following"], Rel::Following),
    (&["the", "previous"], Rel::Previous),
    (&["the", "preceding"], Rel::Previous),
    // `the prior year`: the financial pages' `previous`
    (&["the", "prior"], Rel::Previous),
    (&["the", "coming"], Rel::Next),
    (&["the", "current"], Rel::This),
    (&["the", "upcoming"], Rel::Next),
    (&["this"], Rel::This),
    (&["last"], Rel::Last),
    (&["next"], Rel::Next),
    (&["past"], Rel::Last),
    (&["coming"], Rel::Next),
    (&["current"], Rel::This),
    (&["previous"], Rel::Last),
    (&["upcoming"], Rel::Next),
];

/// The leads of a length (`the past three years`); the words after `the` in
/// them make part of `first_word::AMOUNT_AFTER_THE`.
static DURATION_LEADS: &[(&[&str], char)] = &[
    (&["the", "past"], 'p'),
    (&["the", "last"], 'p'),
    (&["the", "next"], 'n'),
    (&["the", "coming"], 'n'),
    (&["the", "first"], 'f'),
    (&["the", "latest"], 'f'),
    (&["the", "final"], 'f'),
    (&["the", "previous"], 'p'),
    (&["the", "preceding"], 'p'),
    (&["the", "prior"], 'p'),
    (&["the", "following"], 'n'),
    (&["the", "remaining"], 'f'),
    // `the year-earlier nine months`: a length, compared a year back
    (&["the", "year-earlier"], 'f'),
    (&["the", "year-ago"], 'f'),
    (&["past"], 'p'),
    (&["recent"], 'p'),
    (&["coming"], 'p'),
    (&["the", "recent"], 'p'),
    (&["last"], 'p'),
    (&["next"], 'n'),
    (&["the"], 't'),
    (&["each", "of", "the", "past"], 'p'),
    (&["each", "of", "the", "last"], 'p'),
];

/// The leads of a part of a day the story has told (`the next morning`); the
/// words after `the` in them make part of `first_word::DAY_PART_AFTER_THE`.
static DAY_PART_LEADS: &[(&[&str], i32)] = &[
    (&["the", "next"], 1),
    (&["the", "following"], 1),
    (&["the", "previous"], -1),
    (&["the", "preceding"], -1),
    (&["the", "prior"], -1),
    (&["that", "same"], 0),
    (&["that"], 0),
    (&["the", "same"], 0),
    (&["the"], 2),
];

/// `this`, `last`, `next`, `past`, `coming`, `this past`, `the coming`, ….
fn rel_word(i: &str) -> Res<'_, Rel> {
    // asked at most words by `holiday`, `relative` and `rel_weekday`, and
    // most open no row
    static TABLE: PhraseTable<Rel> = PhraseTable::new(REL_WORDS);
    match TABLE.matches(&mut Lead::new(i)).next() {
        Some((r, _, rel)) => Ok((r, rel)),
        None => fail(i),
    }
}

impl Grammar<'_> {
    /// `last week`, `this month`, `next year`, `this past weekend`, `last August`,
    /// `last fall`, `the following week`, `the past year`.
    fn relative<'a>(&self, i: &'a str) -> Res<'a, R> {
        // `the past`/`the last`/`the next` + singular unit
        let (r, rel) = if let Ok((r, ())) = phrase_words(&["the", "past"])(i) {
            (r, Rel::Last)
        } else if let Ok((r, ())) = phrase_words(&["the", "last"])(i) {
            (r, Rel::Last)
        } else if let Ok((r, ())) = phrase_words(&["the", "next"])(i) {
            (r, Rel::Following)
        } else {
            rel_word(i)?
        };
        let (r, _) = ws(r)?;
        // month
        if let Ok((r2, (m, abbr, cap))) = month_name(r)
            && !abbr
            && self.cap_ok(cap)
            && !matches!(rel, Rel::Following | Rel::Previous)
        {
            let shift = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            return Ok((
                r2,
                R::Calendar {
                    year: None,
                    month: Some(m),
                    day: None,
                    shift: Some(shift),
                },
            ));
        }
        // season
        if let Ok((r2, w)) = alpha(r)
            && let Some(s) = lookup(lexicon::SEASONS, w)
        {
            let shift = match rel {
                Rel::Last | Rel::Previous => -1,
                Rel::Next | Rel::Following => 1,
                Rel::This => 0,
            };
            return Ok((
                r2,
                R::Season {
                    season: s,
                    year: None,
                    shift: Some(shift),
                },
            ));
        }
        let (r2, (unit, plural)) = unit_word(r)?;
        // `the following night` is a part of a day, read by `day_part`
        if plural || day_part_word(r).is_ok() {
            return fail(i);
        }
        if unit == TimeUnit::Day && matches!(rel, Rel::This | Rel::Last | Rel::Next) {
            // `this day` is not a date; `last day` is ordinal
            return fail(i);
        }
        let (shift, anchor) = match rel {
            Rel::This => (0, Anchor::Dct),
            Rel::Last => (-1, Anchor::Dct),
            Rel::Next => (1, Anchor::Dct),
            Rel::Following => (1, Anchor::Previous),
            Rel::Previous => (-1, Anchor::Previous),
        };
        // `the next day` is anchored; `next week` counts from the DCT
        let anchor =
            if i.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("the")) && rel == Rel::Following {
                Anchor::Previous
            } else {
                anchor
            };
        let found = R::Relative {
            unit,
            shift,
            anchor,
        };
        // `the next year or so`: the hedge belongs to the expression
        if let Ok((r3, ())) = preceded_ws_phrase(&["or", "so"])(r2) {
            return Ok((
                r3,
                R::Modified {
                    modifier: TimexMod::Approx,
                    inner: Box::new(found),
                },
            ));
        }
        Ok((r2, found))
    }

    /// `earlier this year`, `later this month`, `late last year`, `earlier today`.
    fn earlier_later<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, _) = kws(&["earlier", "later"])(i)?;
        let (r, _) = ws(r)?;
        let (r, inner) = longest(
            r,
            &[
                &|x| self.relative(x),
                &|x| today_words(x),
                &|x| self.day_part(x),
                &|x| self.misc(x),
            ],
        )?;
        Ok((r, inner))
    }

    /// Durations and offsets: `two weeks`, `the past three years`, `four years ago`,
    /// `a day later`, `two-day`, `days`, `the years`.
    fn duration<'a>(&self, i: &'a str) -> Res<'a, R> {
        self.duration_counted(i, &CountAt::new())
    }

    /// [`Grammar::duration`], with the count at `i` shared through `count_i`.
    fn duration_counted<'a>(&self, i: &'a str, count_i: &CountAt<'a>) -> Res<'a, R> {
        // both read an amount and a unit at `i` first: read once
        let at_i = std::cell::OnceCell::new();
        let plain = self.duration_plain(i, &at_i, count_i);
        if let Ok(found) = approx_alternatives(i, &at_i, count_i)
            && plain
                .as_ref()
                .map_or(true, |(r, _)| found.0.len() <= r.len())
        {
            return Ok(found);
        }
        let (r, reading) = plain?;
        // `the next two years or so`: the hedge is part of the expression
        if matches!(
            reading,
            R::Duration {
                amount: Some(_),
                ..
            }
        ) && let Ok((x, ())) = preceded_ws_phrase(&["or", "so"])(r)
        {
            return Ok((
                x,
                R::Modified {
                    modifier: TimexMod::Approx,
                    inner: Box::new(reading),
                },
            ));
        }
        Ok((r, reading))
    }

    fn duration_plain<'a>(
        &self,
        i: &'a str,
        at_i: &AmountUnitAt<'a>,
        count_i: &CountAt<'a>,
    ) -> Res<'a, R> {
        // `the past three years`, `the next few days`, `the first nine months`
        let mut lead = None;
        let mut r0 = i;
        static LEADS: PhraseTable<char> = PhraseTable::new(DURATION_LEADS);
        if let Some((r, words, tag_)) = LEADS.matches(&mut Lead::new(i)).next()
            && let Ok((r, _)) = ws(r)
            && !(words == ["last"] && self.last_is_verb())
        {
            lead = Some(tag_);
            r0 = r;
        }
        // `day-long`, `weeklong`, `yearlong`: one of the unit, told as an adjective
        if lead.is_none()
            && let Some((r, unit)) = unit_long(r0)
        {
            return Ok((
                r,
                R::Duration {
                    amount: Some(1.0),
                    unit,
                },
            ));
        }
        // plural unit without an amount: `days`, `the years`, `the coming days`, `recent years`
        if let Ok((r, (unit, true))) = unit_word(r0) {
            let r = plural_unit_coordinated(r);
            return match lead {
                Some('n') if r0 != i => Ok((r, R::Duration { amount: None, unit })),
                Some('p') => Ok((r, R::Duration { amount: None, unit })),
                // `the crew quarters`, `their quarters`: lodgings, unless
                // a lead says which (`recent quarters`, `the past quarters`)
                None | Some('t') if unit == TimeUnit::Quarter => fail(i),
                None | Some('t') => {
                    // `the weeks ahead`: the stretch still to come, article and all
                    if lead == Some('t')
                        && let Ok((r, _)) = skw("ahead")(r)
                    {
                        return Ok((r, R::Duration { amount: None, unit }));
                    }
                    // `decades-long`, `years-old`: the suffix is inside the
                    // extent; `aged 12 to 17-years-old` is an age
                    if lead.is_none()
                        && let Some(x) = r.strip_prefix("-long").or_else(|| r.strip_prefix("-old"))
                        && at_boundary(x)
                    {
                        if self.ctx.prev_char == Some('-') {
                            return fail(i);
                        }
                        return Ok((x, R::Duration { amount: None, unit }));
                    }
                    // `the days` is annotated without its article; `the years` with it
                    if unit == TimeUnit::Second || (lead == Some('t') && unit != TimeUnit::Year) {
                        return fail(i);
                    }
                    self.offset_tail(r, None, unit)
                }
                _ => fail(i),
            };
        }
        // `the past year and a half`: a lone unit and a half after a lead is
        // a length of one and a half units
        if matches!(lead, Some('p' | 'n' | 'f'))
            && let Ok((r, (unit, false))) = unit_word(r0)
            && let Ok((r, ())) = preceded_ws_phrase(&["and", "a", "half"])(r)
        {
            return Ok((
                r,
                R::Duration {
                    amount: Some(1.5),
                    unit,
                },
            ));
        }
        // `a three-year period`: the noun names the length itself, so it
        // belongs to the expression (`the two-week visit` does not)
        if let Ok((x, _)) = kws(&["a", "an", "the"])(i)
            && let Ok((x, _)) = ws(x)
            && let Ok((x, (amount, unit))) = hyphen_duration(x)
            && let Ok((x, _)) = skw("period")(x)
        {
            return Ok((x, R::Duration { amount, unit }));
        }
        let (r, (amt, unit)) = match hyphen_duration(r0) {
            // `the two-week visit`, `the prior 12-month average`: the article
            // and the lead belong to the noun, not the timex
            Ok(_) if lead.is_some() => return fail(i),
            Ok(x) => x,
            Err(_) if r0.len() == i.len() => at_i
                .get_or_init(|| amount_unit_counted(i, count_i))
                .clone()?,
            Err(_) => amount_unit(r0)?,
        };
        // `one day` after `the`: `the day` alone is not a duration
        if lead == Some('t') && amt == Some(1.0) {
            return fail(i);
        }
        let article = r0
            .get(..2)
            .is_some_and(|a| a.eq_ignore_ascii_case("a ") || a.eq_ignore_ascii_case("an"));
        if article && amt == Some(1.0) && lead.is_none() {
            if unit == TimeUnit::Second {
                return fail(i);
            }
            // `$1.76 a year`, `four flights a week`: a rate, not a length of time
            let after_ok = {
                let t = ows(r);
                // `a week or so ago`
                let t = phrase_words(&["or", "so"])(t).map_or(t, |(x, ())| ows(x));
                kws(&[
                    "ago", "earlier", "later", "before", "after", "from", "hence",
                ])(t)
                .is_ok()
            };
            if !after_ok
                && !DURATION_CUES
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(self.ctx.prev))
            {
                return fail(i);
            }
        }
        // `1988 quarter` is a year, not 1988 quarters
        if amt.is_some_and(|a| a >= 1000.0)
            && !matches!(
                unit,
                TimeUnit::Year
                    | TimeUnit::Day
                    | TimeUnit::Hour
                    | TimeUnit::Minute
                    | TimeUnit::Second
            )
        {
            return fail(i);
        }
        if lead.is_some() {
            return Ok((r, R::Duration { amount: amt, unit }));
        }
        // `in a few hours` asked alone wants a moment, and a time picker
        // reads `a few` as three; in prose the amount stays vague
        let amt = match amt {
            None if self.ctx.prev.eq_ignore_ascii_case("in")
                && self.phrase_alone(r)
                && (phrase_words(&["a", "few"])(r0).is_ok() || kw("few")(r0).is_ok()) =>
            {
                Some(3.0)
            }
            _ => amt,
        };
        let found = self.offset_tail(r, amt, unit)?;
        Ok(working_days_unshifted(r0, r, found, amt, unit))
    }

    /// After an amount and unit: `ago`, `earlier`, `later`, `from now`, `hence`.
    fn offset_tail<'a>(&self, r: &'a str, amount: Option<f64>, unit: TimeUnit) -> Res<'a, R> {
        // British `in ten years' time`, `in a week's time`: that far ahead
        if self.ctx.prev.eq_ignore_ascii_case("in")
            && let Some(x) = r.strip_prefix(['\'', '’'])
            && let Ok((x, _)) = ws(x.strip_prefix('s').unwrap_or(x))
            && let Ok((x, _)) = kw("time")(x)
        {
            return Ok((
                x,
                R::Offset {
                    amount,
                    unit,
                    direction: Direction::After,
                    anchor: Anchor::Dct,
                },
            ));
        }
        // `52 years old` is an age; `a quarter of the market` a fraction
        if let Ok((r2, _)) = ws(r)
            && (kw("old")(r2).is_ok() || unit == TimeUnit::Quarter && kw("of")(r2).is_ok())
        {
            return fail(r);
        }
        if let Ok((r2, _)) = ws(r) {
            // `a week or so ago`: the hedge makes the date approximate
            let (r2, hedged) = match phrase_words(&["or", "so"])(r2) {
                Ok((x, ())) => (ws(x).map(|y| y.0).unwrap_or(x), true),
                Err(_) => (r2, false),
            };
            let hedge = |found: R| {
                if hedged {
                    R::Modified {
                        modifier: TimexMod::Approx,
                        inner: Box::new(found),
                    }
                } else {
                    found
                }
            };
            if let Ok((r3, w)) = kws(&["ago", "earlier", "later", "hence", "before", "after"])(r2) {
                let mut buf = [0; 16];
                let w = lower_ascii(w, &mut buf);
                let (direction, anchor) = match w {
                    "ago" => (Direction::Before, Anchor::Dct),
                    "hence" => (Direction::After, Anchor::Dct),
                    // `a year earlier` in news compares with the same period a year back
                    "earlier" if unit == TimeUnit::Year => (Direction::Before, Anchor::Dct),
                    "earlier" | "before" => (Direction::Before, Anchor::Previous),
                    _ => (Direction::After, Anchor::Previous),
                };
                // `three days after Easter`: counted from a time named right there
                if let Some(n) = amount
                    && matches!(w, "before" | "after")
                    && let Ok((x, from)) = self.shift_target(r3)
                {
                    return Ok((
                        x,
                        R::Shifted {
                            amount: n,
                            unit,
                            direction,
                            from: Box::new(from),
                        },
                    ));
                }
                // `two months after the summit`: the preposition stays out; the
                // duration is the timex. `a year earlier` is an anchored date.
                let ends_clause = at_clause_end(r3);
                if w == "before" || w == "after" {
                    if ends_clause {
                        return Ok((
                            r3,
                            hedge(R::Offset {
                                amount,
                                unit,
                                direction,
                                anchor,
                            }),
                        ));
                    }
                    return Ok((r, R::Duration { amount, unit }));
                }
                // `now a year-and-a-half later`: a length of time since then;
                // `a minute and a half later` has no clock time to count from,
                // so it stays the length TimeML annotates, `later` outside
                if w == "later" && self.ctx.prev.eq_ignore_ascii_case("now")
                    || matches!(w, "later" | "earlier")
                        && matches!(unit, TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second)
                {
                    return Ok((r, R::Duration { amount, unit }));
                }
                return Ok((
                    r3,
                    hedge(R::Offset {
                        amount,
                        unit,
                        direction,
                        anchor,
                    }),
                ));
            }
            // `3 years from today` counts from a day: the day that far ahead
            if let Some(n) = amount
                && let Ok((r3, ())) = phrase_words(&["from", "today"])(r2)
            {
                return Ok((
                    r3,
                    R::Shifted {
                        amount: n,
                        unit,
                        direction: Direction::After,
                        from: Box::new(R::Relative {
                            unit: TimeUnit::Day,
                            shift: 0,
                            anchor: Anchor::Dct,
                        }),
                    },
                ));
            }
            // `a day from right now`: counted from the moment itself, to the
            // second (in prose it reads as `from now`)
            if let Some(n) = amount
                && let Ok((r3, ())) = phrase_words(&["from", "right", "now"])(r2)
            {
                return Ok((
                    r3,
                    R::Shifted {
                        amount: n,
                        unit,
                        direction: Direction::After,
                        from: Box::new(R::Ref {
                            point: RefPoint::Present,
                        }),
                    },
                ));
            }
            if let Ok((r3, ())) = phrase_words(&["from", "now"])(r2)
                .or_else(|_| phrase_words(&["from", "right", "now"])(r2))
                .or_else(|_| phrase_words(&["from", "today"])(r2))
            {
                return Ok((
                    r3,
                    R::Offset {
                        amount,
                        unit,
                        direction: Direction::After,
                        anchor: Anchor::Dct,
                    },
                ));
            }
        }
        if let Some(found) = self.in_days_at_clock(r, amount, unit) {
            return Ok(found);
        }
        // `in 2 minutes` as the whole text is a moment asked for; in prose
        // `in two weeks` stays the length of time TimeML annotates
        if amount.is_some() && self.ctx.prev.eq_ignore_ascii_case("in") && self.phrase_alone(r) {
            return Ok((
                r,
                R::Offset {
                    amount,
                    unit,
                    direction: Direction::After,
                    anchor: Anchor::Dct,
                },
            ));
        }
        Ok((r, R::Duration { amount, unit }))
    }

    /// `in 7 days at 5pm`: a clock time on the day that far ahead. The clock
    /// pins the moment, so the length of time becomes that day.
    fn in_days_at_clock<'a>(
        &self,
        r: &'a str,
        amount: Option<f64>,
        unit: TimeUnit,
    ) -> Option<(&'a str, R)> {
        let n = amount?;
        if !self.ctx.prev.eq_ignore_ascii_case("in")
            || !matches!(
                unit,
                TimeUnit::Day
                    | TimeUnit::Week
                    | TimeUnit::Fortnight
                    | TimeUnit::Month
                    | TimeUnit::Year
            )
        {
            return None;
        }
        let (x, _) = skw("at")(r).ok()?;
        let (x, _) = ws(x).ok()?;
        let (
            x,
            R::Clock {
                hour, minute, zone, ..
            },
        ) = clock(x).ok()?
        else {
            return None;
        };
        let day = R::Shifted {
            amount: n,
            unit,
            direction: Direction::After,
            from: Box::new(R::Relative {
                unit: TimeUnit::Day,
                shift: 0,
                anchor: Anchor::Dct,
            }),
        };
        Some((
            x,
            R::Clock {
                hour,
                minute,
                zone,
                day: Some(Box::new(day)),
                second: None,
                either_half: false,
            },
        ))
    }

    /// `now`, `currently`, `recently`, `soon`, `the past`, `the future`, …
    fn reference<'a>(&self, i: &'a str) -> Res<'a, R> {
        // asked at every attempt that opens with `the`, which its `the …`
        // rows mostly turn away on the second word
        static REFERENCES: PhraseTable<RefPoint> = PhraseTable::new(&[
            (&["right", "now"], RefPoint::Present),
            (&["just", "now"], RefPoint::Present),
            (&["now"], RefPoint::Present),
            (&["currently"], RefPoint::Present),
            (&["presently"], RefPoint::Present),
            (&["nowadays"], RefPoint::Present),
            (&["these", "days"], RefPoint::Present),
            (&["the", "present"], RefPoint::Present),
            (&["the", "moment"], RefPoint::Present),
            (&["present"], RefPoint::Present),
            (&["recently"], RefPoint::Past),
            (&["lately"], RefPoint::Past),
            (&["the", "past"], RefPoint::Past),
            (&["the", "recent", "past"], RefPoint::Past),
            (&["the", "distant", "past"], RefPoint::Past),
            (&["past", "years"], RefPoint::Past),
            (&["soon"], RefPoint::Future),
            (&["the", "future"], RefPoint::Future),
            (&["the", "near", "future"], RefPoint::Future),
            (&["the", "distant", "future"], RefPoint::Future),
            (&["the", "foreseeable", "future"], RefPoint::Future),
            (&["the", "near", "term"], RefPoint::Future),
            (&["the", "short", "term"], RefPoint::Future),
            (&["the", "long", "term"], RefPoint::Future),
            (&["future", "quarters"], RefPoint::Future),
            (&["coming", "quarters"], RefPoint::Future),
        ]);
        let mut lead = Lead::new(i);
        if let Some((r, words, point)) = REFERENCES.matches(&mut lead).next() {
            // `the past 12-month average`: a count follows, so `the past`
            // leads a length that modifies a noun, no reference of its own
            if words == ["the", "past"] && ows(r).starts_with(|c: char| c.is_ascii_digit()) {
                return fail(i);
            }
            // `now` before a comma inside a clause (`for now,`, `right now,
            // for AT&T`) is still PRESENT_REF in TE3, but a sentence that
            // opens `Now,` uses it as a discourse marker (`Now, he says,
            // …`), which TimeBank and AQUAINT never mark
            if words == ["now"] && i.starts_with("Now") && r.starts_with(',') {
                return fail(i);
            }
            // `every now and then`, `now and again`: from time to time
            if words == ["now"]
                && (preceded_ws_phrase(&["and", "then"])(r).is_ok()
                    || preceded_ws_phrase(&["and", "again"])(r).is_ok())
            {
                return fail(i);
            }
            // `as soon as`; `soon after the capture` counts from an event,
            // not from today; `was soon released` tells a past that
            // followed quickly: none is a FUTURE_REF
            if words == ["soon"]
                && (["as", "was", "were"]
                    .iter()
                    .any(|w| self.ctx.prev.eq_ignore_ascii_case(w))
                    || kws(&["after", "afterward", "afterwards", "thereafter", "before"])(ows(r))
                        .is_ok()
                    || past_verb_follows(r))
            {
                return fail(i);
            }
            // `at the moment` asked alone is the present; news copy does
            // not annotate it, and `the moment he landed`, `at the moment
            // of impact` are events
            if words == ["the", "moment"]
                && !(self.ctx.prev.eq_ignore_ascii_case("at") && self.phrase_alone(r))
            {
                return fail(i);
            }
            // `at present` is the idiom for now; `present` anywhere else is
            // the verb or the adjective, and so is `at present levels`
            if words == ["present"]
                && (!self.ctx.prev.eq_ignore_ascii_case("at")
                    || kws(&[
                        "levels",
                        "level",
                        "prices",
                        "price",
                        "rates",
                        "rate",
                        "values",
                        "value",
                        "trends",
                        "conditions",
                        "speed",
                        "pace",
                    ])(ows(r))
                    .is_ok())
            {
                return fail(i);
            }
            return Ok((r, R::Ref { point }));
        }
        fail(i)
    }

    /// Parts of the day: `tonight`, `this morning`, `last night`, `tomorrow evening`,
    /// `Monday morning` (via `day_with_time`), `overnight`.
    fn day_part<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok((r, _)) = kw("tonight")(i) {
            return Ok((
                r,
                R::DayPart {
                    part: DayPart::Night,
                    day: None,
                },
            ));
        }
        if let Ok((r, ())) = phrase_words(&["last", "night"])(i) {
            return Ok((
                r,
                R::DayPart {
                    part: DayPart::Night,
                    day: Some(Box::new(R::Relative {
                        unit: TimeUnit::Day,
                        shift: -1,
                        anchor: Anchor::Dct,
                    })),
                },
            ));
        }
        if let Ok((r, _)) = kw("this")(i)
            && let Ok((r, _)) = ws(r)
            && let Ok((r, part)) = day_part_word(r)
        {
            return Ok((r, R::DayPart { part, day: None }));
        }
        if let Ok((r, day)) = today_words(i)
            && let Ok((r, _)) = ws(r)
            && let Ok((r, part)) = day_part_word(r)
        {
            return Ok((
                r,
                R::DayPart {
                    part,
                    day: Some(Box::new(day)),
                },
            ));
        }
        self.anchored_day_part(i)
    }

    /// `the day before last Tuesday`, `the day after Christmas`, `the night
    /// before Election Day`: the day next to a time named right there. When
    /// what follows is no time (`the day after his death`) this reads nothing.
    fn day_around<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, _) = kw("the")(i)?;
        let (r, _) = ws(r)?;
        let (r, part) = match kw("day")(r) {
            Ok((x, _)) => (x, None),
            Err(_) => {
                let (x, p) = day_part_word(r)?;
                (x, Some(p))
            }
        };
        let (r, _) = ws(r)?;
        let (r, w) = kws(&["before", "after"])(r)?;
        let direction = if w.eq_ignore_ascii_case("before") {
            Direction::Before
        } else {
            Direction::After
        };
        let (r, from) = self.shift_target(r)?;
        let day = R::Shifted {
            amount: 1.0,
            unit: TimeUnit::Day,
            direction,
            from: Box::new(from),
        };
        Ok((
            r,
            match part {
                Some(part) => R::DayPart {
                    part,
                    day: Some(Box::new(day)),
                },
                None => day,
            },
        ))
    }

    /// The time after `before`/`after` that a shift counts from: a holiday,
    /// a date or weekday (`last Tuesday`), a month of a year, or a year.
    fn shift_target<'a>(&self, r: &'a str) -> Res<'a, R> {
        let (r, _) = ws(r)?;
        longest(
            r,
            &[
                &|x| self.holiday(x),
                &|x| self.misc_holiday(x),
                &|x| self.day_expr(x),
                &|x| self.month_year(x),
                &|x| {
                    let (x2, y) = year4(x)?;
                    let next = ws(x2).ok().and_then(|(z, _)| alpha(z).ok()).map(|(_, n)| n);
                    if next
                        .is_some_and(|n| NOT_AFTER_YEAR.iter().any(|w| w.eq_ignore_ascii_case(n)))
                    {
                        return fail(x);
                    }
                    Ok((x2, cal(Some(y), None, None)))
                },
            ],
        )
    }

    /// Holidays read by [`Grammar::misc`] with their article (`the Ides of March`).
    fn misc_holiday<'a>(&self, i: &'a str) -> Res<'a, R> {
        match self.misc(i)? {
            found @ (_, R::Holiday { .. }) => Ok(found),
            _ => fail(i),
        }
    }

    /// `a while`, `some time`, `a long time`, `a fairly lengthy period`: a
    /// length the text leaves open. Only where a length is asked for (after
    /// `for`, `after`, `within`, `over`, or as what something takes or
    /// lasts); elsewhere these words are no time (`at the same time`, `a
    /// long time coming`), and before `ago`/`later` they place a date.
    fn vague_length<'a>(&self, i: &'a str) -> Res<'a, R> {
        const ASKS_LENGTH: &[&str] = &[
            "for", "after", "within", "over", "take", "takes", "took", "taken", "taking", "last",
            "lasts", "lasted", "lasting",
        ];
        // `some time ago`, `a long time ago`: a past time of no stated date
        static AGO: &[&[&str]] = &[&["some", "time", "ago"], &["a", "long", "time", "ago"]];
        for words in AGO {
            if let Ok((r, ())) = phrase_words(words)(i) {
                return Ok((
                    r,
                    R::Ref {
                        point: RefPoint::Past,
                    },
                ));
            }
        }
        if !ASKS_LENGTH
            .iter()
            .any(|w| w.eq_ignore_ascii_case(self.ctx.prev))
        {
            return fail(i);
        }
        static FORMS: &[&[&str]] = &[
            &["a", "while"],
            &["a", "long", "while"],
            &["a", "little", "while"],
            &["some", "time"],
            &["a", "long", "time"],
            &["a", "very", "long", "time"],
        ];
        let mut found = None;
        for words in FORMS {
            if let Ok((r, ())) = phrase_at(words, i)
                && found.is_none_or(|f: &str| r.len() < f.len())
            {
                found = Some(r);
            }
        }
        // `a fairly lengthy period`, `a long period of time`
        if found.is_none()
            && let Ok((r, _)) = kw("a")(i)
            && let Ok((r, _)) = ws(r)
        {
            let r = match kws(&["fairly", "very", "relatively", "rather", "quite"])(r) {
                Ok((x, _)) => ws(x)?.0,
                Err(_) => r,
            };
            let (r, _) = kws(&["long", "lengthy", "extended", "prolonged"])(r)?;
            let (r, _) = ws(r)?;
            let (r, _) = kw("period")(r)?;
            found = Some(match preceded_ws_phrase(&["of", "time"])(r) {
                Ok((x, ())) => x,
                Err(_) => r,
            });
        }
        let Some(r) = found else {
            return fail(i);
        };
        if ws(r).is_ok_and(|(x, _)| {
            kws(&[
                "ago", "later", "earlier", "before", "after", "since", "back",
            ])(x)
            .is_ok()
        }) {
            return fail(i);
        }
        Ok((r, R::VagueDuration))
    }

    /// `mid-afternoon`, `midmorning`, `mid afternoon yesterday`: the middle
    /// of a part of the day, on the day written after it or else the DCT's.
    fn mid_day_part<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, part) = mid_part_word(i)?;
        let (r, day) = match ws(r)
            .and_then(|(x, _)| longest(x, &[&|y| today_words(y), &|y| self.day_expr(y)]))
        {
            Ok((x, d)) => (x, Some(Box::new(d))),
            Err(_) => (r, None),
        };
        Ok((
            r,
            R::Modified {
                modifier: TimexMod::Mid,
                inner: Box::new(R::DayPart { part, day }),
            },
        ))
    }

    /// `overnight` about the news: the night before the day just talked
    /// about (`shares fell overnight` in a story of Friday's trading is
    /// Thursday night). Only where it is an adverb ending its clause or
    /// followed by a preposition or conjunction (`rose overnight in Tokyo`),
    /// or the attribute of an event that nights hold (`overnight losses`,
    /// `overnight fighting`). Before other nouns it names a kind of thing,
    /// not a time (`overnight delivery`, `an overnight success`).
    fn overnight<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, _) = kw("overnight")(i)?;
        // after an article it is an attribute, never the adverb
        let article = ["a", "an", "the"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(self.ctx.prev));
        let adverb = !article
            && (at_clause_end(r)
                || ws(r).is_ok_and(|(x, _)| {
                    kws(&[
                        "in", "on", "at", "to", "and", "as", "after", "before", "while", "when",
                        "from", "against", "amid", "near", "outside", "across",
                    ])(x)
                    .is_ok()
                }));
        let event = ws(r).is_ok_and(|(x, _)| {
            kws(&[
                "losses",
                "loss",
                "gains",
                "gain",
                "trading",
                "trade",
                "session",
                "fighting",
                "clashes",
                "attack",
                "attacks",
                "raid",
                "raids",
                "shelling",
                "bombing",
                "bombings",
                "strikes",
                "airstrikes",
                "rally",
                "selloff",
                "sell-off",
                "storm",
                "storms",
                "rain",
                "rains",
                "snow",
                "violence",
                "riots",
                "protests",
            ])(x)
            .is_ok()
        });
        if !(adverb || event) {
            return fail(i);
        }
        Ok((
            r,
            R::DayPart {
                part: DayPart::Night,
                day: Some(Box::new(R::Relative {
                    unit: TimeUnit::Day,
                    shift: -1,
                    anchor: Anchor::Previous,
                })),
            },
        ))
    }

    /// A part of a day the story has told: `the next morning`, `the
    /// following night`, `that evening`, `the previous afternoon`, `the
    /// night before`. Like `the next day`, the day counts from the time
    /// just talked about.
    fn anchored_day_part<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok(found) = self.day_around(i) {
            return Ok(found);
        }
        let anchored = |part, shift| R::DayPart {
            part,
            day: Some(Box::new(R::Relative {
                unit: TimeUnit::Day,
                shift,
                anchor: Anchor::Previous,
            })),
        };
        let mut lead = Lead::new(i);
        for &(words, shift) in DAY_PART_LEADS {
            let Some(r) = lead.phrase(words) else {
                continue;
            };
            let Ok((r, _)) = ws(r) else {
                continue;
            };
            let Ok((r, part)) = day_part_word(r) else {
                continue;
            };
            if shift != 2 {
                return Ok((r, anchored(part, shift)));
            }
            // `the night before`, `the morning after`: only where the clause
            // ends; `the night before the vote` counts from the vote
            if let Ok((x, w)) = skw("before")(r).or_else(|_| skw("after")(r))
                && at_clause_end(x)
            {
                let shift = if w.eq_ignore_ascii_case("before") {
                    -1
                } else {
                    1
                };
                return Ok((x, anchored(part, shift)));
            }
            // `in the evening at eight`: the hour pins it; `part_then_clock`
            // reads the clock, on the day being talked about
            if let Ok((x, _)) = skw("at")(r)
                && let Ok((x, _)) = ws(x)
                && (clock(x).is_ok() || bare_hour(x).is_ok())
            {
                return Ok((r, anchored(part, 0)));
            }
            return fail(i);
        }
        fail(i)
    }

    /// `the Audi Q3`, `the Apple H1 chip`: a
    /// quarter or half code right after a capitalized name is a model, unless
    /// a report of the period follows (`Alphabet Q3 earnings`). `In Q3` and
    /// `During H1` open a sentence with a preposition.
    fn model_code_after_brand(&self, rest: &str) -> bool {
        const OPENERS: &[&str] = &[
            "in", "during", "for", "by", "since", "from", "until", "through", "over", "of",
            "after", "before", "the", "and", "but", "its", "their", "our", "his", "her", "than",
            "between", "on", "at", "a", "this", "last", "next",
        ];
        let prev = self.ctx.prev;
        let brand = capitalized(prev)
            && self.ctx.prev_char == Some(' ')
            && !OPENERS.iter().any(|w| w.eq_ignore_ascii_case(prev));
        let report = next_word(rest)
            .is_some_and(|(_, next)| REPORTS.iter().any(|w| w.eq_ignore_ascii_case(next)));
        brand && !report
    }

    /// Quarters and halves: `the third quarter`, `third-quarter`, `Q3 2023`,
    /// `the fiscal first quarter`, `the first half of 1998`, `this year's third quarter`,
    /// `the latest quarter`, `the quarter`.
    fn quarter<'a>(&self, i: &'a str) -> Res<'a, R> {
        // Q3, Q3 2023, 3Q
        if let Ok((r, w)) = alpha(i).or_else(|_| {
            take_while1::<_, &str, Error<&str>>(|c: char| c.is_ascii_alphanumeric())(i)
        }) {
            let b = w.as_bytes();
            let idx = match b {
                [b'Q' | b'q', d @ b'1'..=b'4'] | [d @ b'1'..=b'4', b'Q' | b'q'] => {
                    Some(u32::from(d - b'0'))
                }
                _ => None,
            };
            let half = match b {
                [b'H', d @ b'1'..=b'2'] => Some(u32::from(d - b'0')),
                _ => None,
            };
            // `2018Q4`, `18q4`: the year glued before the quarter
            if idx.is_none()
                && half.is_none()
                && let Some(k) = w.find(['q', 'Q'])
                && (k == 2 || k == 4)
                && let (Some(yd), Some(qd)) = (w.get(..k), w.get(k + 1..))
                && yd.bytes().all(|c| c.is_ascii_digit())
                && matches!(qd, "1" | "2" | "3" | "4")
            {
                let y: i32 = yd.parse().unwrap_or(0);
                let y = if k == 2 { 2000 + y } else { y };
                return Ok((
                    r,
                    R::Part {
                        unit: TimeUnit::Quarter,
                        index: qd.parse().unwrap_or(1),
                        year: Some(y),
                        year_shift: None,
                    },
                ));
            }
            if let Some(ix) = idx.or(half) {
                let unit = if idx.is_some() {
                    TimeUnit::Quarter
                } else {
                    TimeUnit::Half
                };
                if let Ok((r2, _)) = ws(r)
                    && let Ok((r3, y)) = year4(r2)
                {
                    return Ok((
                        r3,
                        R::Part {
                            unit,
                            index: ix,
                            year: Some(y),
                            year_shift: None,
                        },
                    ));
                }
                if self.model_code_after_brand(r) {
                    return fail(i);
                }
                return Ok((
                    r,
                    R::Part {
                        unit,
                        index: ix,
                        year: None,
                        year_shift: None,
                    },
                ));
            }
        }
        let mut r = i;
        let mut year = None;
        let mut year_shift = None;
        let mut the = false;
        // determiners
        if let Ok((x, _)) = kw("the")(r) {
            r = ws(x)?.0;
            the = true;
        } else if let Ok((x, ())) =
            phrase_words(&["this", "year's"])(r).or_else(|_| phrase_words(&["this", "year’s"])(r))
        {
            r = ws(x)?.0;
            year_shift = Some(0);
        } else if let Ok((x, ())) =
            phrase_words(&["last", "year's"])(r).or_else(|_| phrase_words(&["last", "year’s"])(r))
        {
            r = ws(x)?.0;
            year_shift = Some(-1);
        } else if let Ok((x, ())) =
            phrase_words(&["next", "year's"])(r).or_else(|_| phrase_words(&["next", "year’s"])(r))
        {
            r = ws(x)?.0;
            year_shift = Some(1);
        }
        if the && let Ok((x, y)) = year4(r) {
            // `the 1998 second quarter`, `the 1988 quarter`, `the 1989 period`
            r = ws(x)?.0;
            year = Some(y);
            if let Ok((x2, _)) = kws(&["quarter", "period"])(r) {
                return Ok((
                    x2,
                    R::Part {
                        unit: TimeUnit::Quarter,
                        index: 0,
                        year,
                        year_shift: None,
                    },
                ));
            }
        }
        if (the || year_shift.is_some())
            && let Ok((x, _)) = kws(&[
                "year-ago",
                "year-earlier",
                "year-before",
                "comparable",
                "corresponding",
                "same",
            ])(r)
        {
            // `the year-ago third quarter`
            let x = ws(x)?.0;
            if kws(&["first", "second", "third", "fourth", "quarter", "period"])(x).is_ok() {
                r = x;
                year_shift = Some(-1);
                if let Ok((x2, _)) = kws(&["quarter", "period"])(x) {
                    return Ok((
                        year_back_tail(x2).unwrap_or(x2),
                        R::Relative {
                            unit: TimeUnit::Quarter,
                            shift: -5,
                            anchor: Anchor::Dct,
                        },
                    ));
                }
            }
        }
        let mut fiscal = false;
        if let Ok((x, _)) = kw("fiscal")(r) {
            fiscal = true;
            r = x.strip_prefix('-').map_or_else(|| ws(x).map(|y| y.0), Ok)?;
        }
        let _ = fiscal;
        // `latest`, `current`, `previous`, `year-ago`, `year-earlier`
        if the || year_shift.is_some() {
            let rel = if let Ok((x, w)) = kws(&[
                "latest",
                "current",
                "previous",
                "year-ago",
                "year-earlier",
                "same",
                "comparable",
                "first",
                "second",
                "third",
                "fourth",
                "last",
                "final",
            ])(r)
            {
                Some((x, w))
            } else {
                None
            };
            if let Some((x, w)) = rel {
                let mut buf = [0; 16];
                let wl = lower_ascii(w, &mut buf);
                let x2 = ws(x).map(|y| y.0).unwrap_or(x);
                if matches!(wl, "latest" | "current" | "previous")
                    && let Ok((x3, _)) = kws(&["quarter", "period"])(x2)
                {
                    let shift = match wl {
                        "latest" => -1,
                        "current" => 0,
                        "previous" => -2,
                        _ => -5,
                    };
                    return Ok((
                        x3,
                        R::Relative {
                            unit: TimeUnit::Quarter,
                            shift,
                            anchor: Anchor::Dct,
                        },
                    ));
                }
            }
            // `the quarter-to-quarter comparison` compares quarters, naming none
            if the
                && year.is_none()
                && let Ok((x, _)) = kw("quarter")(r)
                && !x.starts_with("-to-")
            {
                return Ok((
                    x,
                    R::Relative {
                        unit: TimeUnit::Quarter,
                        shift: -1,
                        anchor: Anchor::Dct,
                    },
                ));
            }
        }
        // ordinal
        let (x, ix) = if let Ok((x, w)) = alpha(r) {
            let mut buf = [0; 16];
            let ix = match lower_ascii(w, &mut buf) {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" | "last" | "final" => 4,
                // `the latter half of 2012` (a half only, below)
                "latter" => 5,
                _ => return fail(i),
            };
            (x, ix)
        } else {
            let (x, d) = take_while_m_n(1, 1, |c: char| ('1'..='4').contains(&c))(r)?;
            let (x, _) = kws(&["st", "nd", "rd", "th"])(x)?;
            (x, d.parse::<u32>().unwrap_or(1))
        };
        let hyphen = x.starts_with('-');
        if hyphen && the && year.is_none() {
            // `the third-quarter results`: the article belongs to the noun
            return fail(i);
        }
        let x = match char::<_, Error<&str>>('-')(x) {
            Ok((y, _)) => y,
            Err(_) => ws(x)?.0,
        };
        let (x, unit) = if let Ok((y, _)) = kws(&["quarter", "qtr"])(x) {
            (y, TimeUnit::Quarter)
        } else if let Ok((y, _)) = kw("half")(x) {
            (y, TimeUnit::Half)
        } else {
            return fail(i);
        };
        let ix = match unit {
            TimeUnit::Half => ix.min(2),
            _ if ix > 4 => return fail(i),
            _ => ix,
        };
        // `of 1998`, ` 1998`, `of this year`, `of last year`
        let mut x = x;
        if year.is_none()
            && let Ok((y, _)) = ws(x)
        {
            let y = match kw("of")(y) {
                Ok((z, _)) => ws(z).map(|w| w.0).unwrap_or(z),
                Err(_) => y,
            };
            if let Ok((z, yy)) = year4(y).or_else(|_| {
                let z = kw("fiscal")(y).and_then(|(z, _)| ws(z))?.0;
                year4(z)
            }) {
                year = Some(yy);
                x = z;
            } else if let Ok((z, ())) =
                phrase_words(&["this", "year"])(y).or_else(|_| phrase_words(&["the", "year"])(y))
            {
                // `the first half of the year`: the year being reported on
                year_shift = Some(0);
                x = z;
            } else if let Ok((z, ())) = phrase_words(&["last", "year"])(y) {
                year_shift = Some(-1);
                x = z;
            } else if let Ok((z, ())) = phrase_words(&["next", "year"])(y) {
                year_shift = Some(1);
                x = z;
            }
        }
        // `the first half` alone is as often a match or a film as a half-year;
        // hyphened before a report's noun (`first-half profit`) it is a half-year
        let report_next = || {
            hyphen
                && next_word(x)
                    .is_some_and(|(_, next)| REPORTS.iter().any(|w| w.eq_ignore_ascii_case(next)))
        };
        if unit == TimeUnit::Half && year.is_none() && year_shift.is_none() && !report_next() {
            return fail(i);
        }
        Ok((
            x,
            R::Part {
                unit,
                index: ix,
                year,
                year_shift,
            },
        ))
    }

    /// `fiscal 1998`, `fiscal year 1998`, `FY2023`, `the fiscal year`, `fiscal '98`.
    fn fiscal<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Ok((r, w)) =
            take_while1::<_, &str, Error<&str>>(|c: char| c.is_ascii_alphanumeric())(i)
            && w.len() >= 4
            && w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("FY"))
            && at_boundary(r)
        {
            let d = w.get(2..).unwrap_or_default();
            if let Ok(n) = d.parse::<i32>() {
                let y = if d.len() == 2 {
                    if n < 50 { 2000 + n } else { 1900 + n }
                } else {
                    n
                };
                return Ok((r, R::FiscalYear { year: Some(y) }));
            }
        }
        let mut r = i;
        let mut the = false;
        let mut told_year = None;
        if let Ok((x, w)) = kws(&["the", "this", "last", "next"])(r) {
            the = w.eq_ignore_ascii_case("the");
            r = ws(x)?.0;
            if the
                && let Ok((x2, _)) = kws(&[
                    "current",
                    "latest",
                    "previous",
                    "prior",
                    "new",
                    "last",
                    "past",
                    "next",
                    "coming",
                    "following",
                ])(r)
            {
                r = ws(x2)?.0;
            } else if the && let Ok((x2, y)) = year4(r) {
                // `the 2012 fiscal year`
                told_year = Some(y);
                r = ws(x2)?.0;
            }
        }
        // `the last financial year`: British copy's fiscal year, which only
        // `year` may follow
        let (r, word) = kws(&["fiscal", "financial"])(r)?;
        let r_year = match skw("year")(r) {
            Ok((x, _)) => x,
            Err(_) if word.eq_ignore_ascii_case("financial") || told_year.is_some() => {
                return fail(i);
            }
            Err(_) => r,
        };
        if told_year.is_some() {
            return Ok((r_year, R::FiscalYear { year: told_year }));
        }
        if let Ok((x, _)) = ws(r_year) {
            let x2 = x.strip_prefix(['\'', '’']).unwrap_or(x);
            if let Ok((y, (n, len))) = uint(x2)
                && (len == 4 || len == 2)
            {
                let n = n as i32;
                let yy = if len == 2 {
                    if n < 50 { 2000 + n } else { 1900 + n }
                } else {
                    n
                };
                return Ok((y, R::FiscalYear { year: Some(yy) }));
            }
        }
        if r_year.len() < r.len() && (the || i.len() != r.len()) {
            return Ok((r_year, R::FiscalYear { year: None }));
        }
        fail(i)
    }

    /// Seasons: `this summer`, `the summer of 1998`, `spring 2020`, `summer`.
    fn season<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (mut r0, det) = match kws(&["the", "this", "last", "next", "early", "late"])(i) {
            Ok((x, w)) => (ws(x)?.0, Some(w)),
            Err(_) => (i, None),
        };
        // `the early summer`: the article belongs to the modified season
        if det.is_some_and(|d| d.eq_ignore_ascii_case("the"))
            && let Ok((x, _)) = kws(&["early", "late"])(r0)
            && let Ok((x, _)) = ws(x)
        {
            r0 = x;
        }
        let (r, w) = alpha(r0)?;
        let s = lookup(lexicon::SEASONS, w)
            .map_or_else(|| fail(i), |s| Ok((r, s)))?
            .1;
        let _ = det;
        // `of 1998`, ` 1998`
        if let Ok((x, _)) = ws(r) {
            let x = match kw("of")(x) {
                Ok((y, _)) => ws(y).map(|z| z.0).unwrap_or(y),
                Err(_) => x,
            };
            if let Ok((y, yy)) = year_any(x) {
                return Ok((
                    y,
                    R::Season {
                        season: s,
                        year: Some(yy),
                        shift: None,
                    },
                ));
            }
        }
        let verb_like = w.eq_ignore_ascii_case("fall") || w.eq_ignore_ascii_case("spring");
        if det.is_none()
            && (verb_like
                || !matches!(
                    lower_ascii(self.ctx.prev, &mut [0; 16]),
                    "in" | "during"
                        | "until"
                        | "since"
                        | "by"
                        | "through"
                        | "over"
                        | "for"
                        | "this"
                        | "each"
                        | "every"
                ))
        {
            return fail(i);
        }
        if let Some(d) = det
            && d.eq_ignore_ascii_case("the")
            && (w.eq_ignore_ascii_case("fall") || w.eq_ignore_ascii_case("spring"))
        {
            // `the fall of the Berlin Wall`
            if skw("of")(r).is_ok() {
                return fail(i);
            }
        }
        Ok((
            r,
            R::Season {
                season: s,
                year: None,
                shift: None,
            },
        ))
    }

    /// Holidays.
    /// `Cyber Monday`, `Giving Tuesday`: the days counted from Black Friday,
    /// capitalized as names (a `cyber Monday` is no day of its own).
    fn shopping_day<'a>(&self, i: &'a str) -> Option<(&'a str, R)> {
        static DAYS: &[(&[&str], f64)] =
            &[(&["Cyber", "Monday"], 3.0), (&["Giving", "Tuesday"], 4.0)];
        DAYS.iter().find_map(|&(words, days)| {
            let (r, ()) = phrase_words(words)(i).ok()?;
            if !i.starts_with(words.first()?) {
                return None;
            }
            let year = ws(r).ok().and_then(|(x, _)| year4(x).ok());
            let (r, year) = year.map_or((r, None), |(x, y)| (x, Some(y)));
            Some((
                r,
                R::Shifted {
                    amount: days,
                    unit: TimeUnit::Day,
                    direction: Direction::After,
                    from: Box::new(R::Holiday {
                        holiday: Holiday::BlackFriday,
                        year,
                        shift: None,
                    }),
                },
            ))
        })
    }

    fn holiday<'a>(&self, i: &'a str) -> Res<'a, R> {
        // `next Boss's Day`, `last MLK Day`, `this Thanksgiving`
        let (i, shift) = match rel_word(i) {
            Ok((r, rel)) if matches!(rel, Rel::This | Rel::Next | Rel::Last) => {
                let shift = match rel {
                    Rel::Next => Some(1),
                    Rel::Last => Some(-1),
                    _ => None,
                };
                (ws(r)?.0, shift)
            }
            _ => (i, None),
        };
        if let Some(found) = self.shopping_day(i) {
            return Ok(found);
        }
        let (r, h) = holiday_name(i)?;
        let first = i.get(..1).unwrap_or_default();
        if !self.cap_ok(capitalized(first)) && !lowercase_holiday_ok(h, i, r) {
            return fail(i);
        }
        // `Tariq Ramadan`, `Ramzan Kadyrov`: a name, not the month
        if h == Holiday::Ramadan
            && (after_given_name(self.ctx.prev)
                || ws(r).is_ok_and(|(x, _)| x.starts_with(|c: char| c.is_ascii_uppercase())))
        {
            return fail(i);
        }
        if h == Holiday::IndependenceDay
            && !matches!(
                lower_ascii(self.ctx.prev, &mut [0; 16]),
                "on" | "before"
                    | "after"
                    | "since"
                    | "until"
                    | "for"
                    | "by"
                    | "of"
                    | "this"
                    | "last"
                    | "next"
            )
        {
            return fail(i);
        }
        if let Ok((x, _)) = ws(r.strip_prefix(',').unwrap_or(r))
            && let Ok((y, yy)) = year_any(x)
        {
            return Ok((
                y,
                R::Holiday {
                    holiday: h,
                    year: Some(yy),
                    shift: None,
                },
            ));
        }
        let bare = R::Holiday {
            holiday: h,
            year: None,
            shift,
        };
        if let Some(found) = holiday_week(r, &bare) {
            return Ok(found);
        }
        if shift.is_none()
            && let Ok((r2, period)) = self.period_after(r)
        {
            return Ok((
                r2,
                R::Within {
                    inner: Box::new(bare),
                    period: Box::new(period),
                    index: None,
                },
            ));
        }
        Ok((r, bare))
    }

    /// Sets: `daily`, `every Tuesday`, `each year`, `twice a week`, `annually`.
    fn set<'a>(&self, i: &'a str, count_i: &CountAt<'a>) -> Res<'a, R> {
        let mk = |unit, every, times, weekday, part, each| R::Set {
            unit,
            every,
            times,
            weekday,
            part,
            month: None,
            each,
        };
        if let Some(found) = self.frequency_word(i) {
            return found;
        }
        // every / each
        if let Ok((r, w)) = kws(&["every", "each"])(i) {
            let (mut r, _) = ws(r)?;
            let mut every = 1;
            if let Ok((x, _)) = kw("other")(r) {
                every = 2;
                r = ws(x)?.0;
            } else if let Ok((x, n)) = count(r)
                && let Ok((x2, _)) = ws(x)
            {
                every = n as u32;
                r = x2;
            }
            if let Ok((x, (d, cap))) = weekday_name(r)
                && self.cap_ok(cap)
            {
                return Ok((x, mk(TimeUnit::Week, every, None, Some(d), None, true)));
            }
            if let Ok((x, part)) = day_part_word(r) {
                return Ok((x, mk(TimeUnit::Day, every, None, None, Some(part), true)));
            }
            // `each July`, `every November`: that month of every year. A month
            // word must be capitalized where the text has capitals, as `every
            // march` is no month.
            if every == 1
                && let Ok((x, (month, _, cap))) = month_name(r)
                && self.cap_ok(cap)
            {
                return Ok((
                    x,
                    R::Set {
                        unit: TimeUnit::Year,
                        every,
                        times: None,
                        weekday: None,
                        part: None,
                        month: Some(month),
                        each: true,
                    },
                ));
            }
            let (x, (unit, _)) = unit_word(r)?;
            let _ = w;
            return Ok((x, mk(unit, every, None, None, None, true)));
        }
        // once/twice/N times a|per|each unit
        let (r, times) = if let Ok((r, _)) = kw("once")(i) {
            (r, 1)
        } else if let Ok((r, _)) = kw("twice")(i) {
            (r, 2)
        } else if let Ok((r, _)) = kw("thrice")(i) {
            (r, 3)
        } else {
            let (r, n) = count_at(i, count_i)?;
            let (r, _) = skw("times")(r)?;
            (r, n as u32)
        };
        let (r, _) = ws(r)?;
        // `twice daily`, `three times weekly`: the rate word counts the period
        if let Ok((x, (unit, every, part))) = frequency_unit(r)
            && !r
                .get(..r.len().saturating_sub(x.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case("annual"))
        {
            return Ok((x, mk(unit, every, Some(times), None, part, false)));
        }
        let (r, _) = kws(&["a", "an", "per", "each", "every"])(r)?;
        let (r, _) = ws(r)?;
        let (r, (unit, false)) = unit_word(r)? else {
            return fail(i);
        };
        Ok((r, mk(unit, 1, Some(times), None, None, false)))
    }

    /// `daily`, `weekly`, `quarterly`, … as a recurrence, or `None` when the
    /// word is not one of them (so [`Grammar::set`] tries its other forms).
    ///
    /// As an adverb (`they meet daily`, `is published monthly`) each is a SET.
    /// Before a noun the words part: `a daily rally`, `his weekly address`,
    /// `daily life` say the event recurs, so `daily`, `nightly`, `weekly`,
    /// `biweekly` and `hourly` stay SETs; `quarterly profit`, `monthly
    /// figures`, `yearly report` only classify what a report covers (TimeBank
    /// marks few of them), so those are no timex. A rate word used as a noun,
    /// the name of a paper (`the party daily Granma`, `China Daily`, `the
    /// weekly reported`), is none either.
    fn frequency_word<'a>(&self, i: &'a str) -> Option<Res<'a, R>> {
        let (r, (unit, every, part)) = frequency_unit(i).ok()?;
        let w = i.get(..i.len().saturating_sub(r.len())).unwrap_or_default();
        let mut buf = [0; 16];
        let lw = lower_ascii(w, &mut buf);
        if lw == "annual" {
            return Some(fail(i));
        }
        // `rise 8.5% annually`, `grew 3 percent quarterly`: a rate of change,
        // not an event that recurs (the scan leaves `%` out of the word, so a
        // bare number is what stands before it)
        let prev = self.ctx.prev;
        if prev.eq_ignore_ascii_case("percent")
            || !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit())
        {
            return Some(fail(i));
        }
        let recurs_before_noun = matches!(
            lw,
            "daily" | "nightly" | "weekly" | "hourly" | "biweekly" | "bi-weekly"
        );
        let adverb_only = matches!(lw, "annually" | "hourly");
        let next = next_word(r).map(|(_, n)| n);
        let name_like = |x: &str| capitalized(x) && !self.ctx.lenient;
        // `China Daily`, `the Daily Telegraph`, `Communist Party daily Granma`
        let named = next.is_some_and(name_like)
            || name_like(w) && name_like(self.ctx.prev) && self.ctx.prev_char == Some(' ');
        if named && !adverb_only {
            return Some(fail(i));
        }
        let determiner = FREQUENCY_DETERMINERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(self.ctx.prev))
            || self.ctx.prev.ends_with("'s")
            || self.ctx.prev.ends_with("’s");
        let set = R::Set {
            unit,
            every,
            times: None,
            weekday: None,
            part,
            month: None,
            each: false,
        };
        let Some(next) = next else {
            // `a weekly.`: the noun, a paper
            if determiner && !adverb_only {
                return Some(fail(i));
            }
            return Some(Ok((r, set)));
        };
        let adverbial = FREQUENCY_FOLLOWERS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(next));
        if adverb_only || adverbial && !determiner {
            return Some(Ok((r, set)));
        }
        // `the daily said`: the paper, speaking
        if NEWS_VERBS.iter().any(|v| v.eq_ignore_ascii_case(next)) {
            return Some(fail(i));
        }
        // `average daily volume`, `daily dividends`: a quantity counted per
        // period, classified like `quarterly profit`, not an event that recurs
        let measure = self.ctx.prev.eq_ignore_ascii_case("average")
            || MEASURE_NOUNS.iter().any(|m| m.eq_ignore_ascii_case(next));
        if recurs_before_noun && !measure {
            return Some(Ok((r, set)));
        }
        Some(fail(i))
    }

    /// Plural weekdays and parts of day as sets: `Tuesday nights`, `on Sundays`.
    /// `Tuesday nights`, `Sunday mornings`: that part of every such day.
    fn weekday_parts_set<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, (day, cap)) = weekday_name(i)?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        let (r, _) = ws(r)?;
        let (r, w) = alpha(r)?;
        let part = w
            .strip_suffix('s')
            .and_then(|stem| lookup(lexicon::DAY_PARTS, stem))
            .map_or_else(|| fail(i), |p| Ok((r, p)))?
            .1;
        Ok((
            r,
            R::Set {
                unit: TimeUnit::Week,
                every: 1,
                times: None,
                weekday: Some(day),
                part: Some(part),
                month: None,
                each: false,
            },
        ))
    }

    fn plural_set<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, w) = alpha(i)?;
        let base = w.strip_suffix('s').unwrap_or(w);
        if base.len() == w.len() {
            return fail(i);
        }
        let d = lexicon::weekday(base)
            .map_or_else(|| fail(i), |d| Ok((r, d)))?
            .1;
        if base.len() < 6 || !self.cap_ok(capitalized(w)) {
            return fail(i);
        }
        Ok((
            r,
            R::Set {
                unit: TimeUnit::Week,
                every: 1,
                times: None,
                weekday: Some(d),
                part: None,
                month: None,
                each: false,
            },
        ))
    }

    /// `expected to last six weeks`, `could last several days`: after `to` or
    /// a modal, `last` is the verb, and only the length after it is a time.
    fn last_is_verb(&self) -> bool {
        const BEFORE_VERB: &[&str] = &[
            "to",
            "will",
            "would",
            "could",
            "can",
            "may",
            "might",
            "should",
            "must",
            "shall",
            "ll",
            "not",
            "did",
            "does",
            "do",
            "usually",
            "typically",
            "often",
            "generally",
            // the `t` of `won't`, `didn't`: the word before is read up to the apostrophe
            "t",
            "won't",
            "didn't",
            "doesn't",
            "don't",
            "can't",
        ];
        BEFORE_VERB
            .iter()
            .any(|c| c.eq_ignore_ascii_case(self.ctx.prev))
    }

    /// `for over a decade`, `in over 20 years`, `just over an hour later`:
    /// after these words `over` is `more than`; elsewhere it mostly spreads
    /// something across the time (`paid over three years`) and stays out.
    fn over_means_more_than(&self) -> bool {
        const CUES: &[&str] = &[
            "for", "in", "just", "been", "of", "after", "lasted", "lasting", "spent", "spanning",
            "within",
        ];
        CUES.iter().any(|c| c.eq_ignore_ascii_case(self.ctx.prev))
    }

    /// The modifier prefixes of TimeML: `early`, `late`, `mid-`, `the end of`,
    /// `about`, `more than`, `at least`, ….
    fn prefix_mod<'a>(&self, i: &'a str) -> Res<'a, TimexMod> {
        // asked at every attempt, which mostly opens with no modifier
        static PREFIX_MODS: PhraseTable<TimexMod> = PhraseTable::new(&[
            (&["the", "end", "of"], TimexMod::End),
            (&["the", "beginning", "of"], TimexMod::Start),
            (&["the", "start", "of"], TimexMod::Start),
            (&["the", "middle", "of"], TimexMod::Mid),
            (&["the", "turn", "of"], TimexMod::Start),
            (&["end", "of"], TimexMod::End),
            // `the early 1980s`, `the mid-1990s`: the article belongs to the
            // period, as in `the 1990s` (TimeBank marks it every time)
            (&["the", "early"], TimexMod::Start),
            (&["the", "late"], TimexMod::End),
            (&["the", "mid"], TimexMod::Mid),
            (&["more", "than"], TimexMod::MoreThan),
            (&["less", "than"], TimexMod::LessThan),
            (&["fewer", "than"], TimexMod::LessThan),
            (&["at", "least"], TimexMod::EqualOrMore),
            (&["no", "more", "than"], TimexMod::EqualOrLess),
            (&["no", "less", "than"], TimexMod::EqualOrMore),
            (&["up", "to"], TimexMod::EqualOrLess),
            (&["at", "most"], TimexMod::EqualOrLess),
            (&["early"], TimexMod::Start),
            (&["late"], TimexMod::End),
            (&["mid"], TimexMod::Mid),
            (&["pre"], TimexMod::Before),
            (&["post"], TimexMod::After),
            (&["about"], TimexMod::Approx),
            (&["around"], TimexMod::Approx),
            (&["approximately"], TimexMod::Approx),
            (&["roughly"], TimexMod::Approx),
            (&["some"], TimexMod::Approx),
            (&["nearly"], TimexMod::LessThan),
            (&["almost"], TimexMod::LessThan),
            // only after the words of `over_means_more_than`
            (&["over"], TimexMod::MoreThan),
        ]);
        let found = PREFIX_MODS
            .matches(&mut Lead::new(i))
            .filter(|(_, words, _)| *words != ["over"] || self.over_means_more_than())
            .find_map(|(r, words, m)| {
                // `mid-1990s`, `mid-November`; `late-September`, `early-2020`
                // (but `early-stage`, `late-game`: a capital or digit must follow)
                match (r.strip_prefix('-'), words.last()) {
                    (Some(x), Some(&"mid")) => Some((x, m)),
                    // `post-1959 politics`, `pre-2008 levels`: only hyphened
                    (Some(x), Some(&("pre" | "post"))) => Some((x, m)),
                    (None, Some(&("pre" | "post"))) => None,
                    (Some(x), Some(&("early" | "late")))
                        if x.starts_with(|c: char| {
                            c.is_ascii_uppercase() || c.is_ascii_digit()
                        }) =>
                    {
                        Some((x, m))
                    }
                    _ => ws(r).ok().map(|(x, _)| (x, m)),
                }
            });
        found.map_or_else(|| fail(i), Ok)
    }
}

impl Grammar<'_> {
    /// Smaller fixed forms: `year-end`, `year-earlier`, `the weekend`, `that year`,
    /// `the full year`.
    fn misc<'a>(&self, i: &'a str) -> Res<'a, R> {
        if let Some(found) = unit_beside_told(i) {
            return Ok(found);
        }
        // `this time last year`: the same point a unit before (or after) now
        if let Ok((x, ())) = phrase_words(&["this", "time"])(i)
            && let Ok((x, _)) = ws(x)
            && let Ok((x, w)) = kws(&["last", "next"])(x)
            && let Ok((x, _)) = ws(x)
            && let Ok((x, (unit, false))) = unit_word(x)
            && matches!(unit, TimeUnit::Year | TimeUnit::Month | TimeUnit::Week)
        {
            let direction = if w.eq_ignore_ascii_case("last") {
                Direction::Before
            } else {
                Direction::After
            };
            return Ok((
                x,
                R::Offset {
                    amount: Some(1.0),
                    unit,
                    direction,
                    anchor: Anchor::Dct,
                },
            ));
        }
        // `for the year ended Sept. 30`: a fiscal year, told as its length;
        // `the year`, `the week` alone: the current one (`a high for the year`)
        if let Ok((x, _)) = kw("the")(i)
            && let Ok((x, _)) = ws(x)
            && let Ok((x, unit)) = kw("year")(x)
                .map(|(r, _)| (r, TimeUnit::Year))
                .or_else(|_| kw("week")(x).map(|(r, _)| (r, TimeUnit::Week)))
            && !x.starts_with(['-', '\'', '’'])
            // `the week of March 6` is read from the date; `the year before` is
            // relative to a time told elsewhere
            && !ws(x).is_ok_and(|(y, _)| {
                kws(&["of", "before", "after", "earlier", "later", "ago"])(y).is_ok()
            })
        {
            let fiscal = unit == TimeUnit::Year
                && ws(x).is_ok_and(|(y, _)| kws(&["ended", "ending"])(y).is_ok());
            let reading = if fiscal {
                R::Duration {
                    amount: Some(1.0),
                    unit,
                }
            } else {
                R::Relative {
                    unit,
                    shift: 0,
                    anchor: Anchor::Dct,
                }
            };
            return Ok((x, reading));
        }
        // a word after `the` here must be in `first_word::MISC_AFTER_THE`
        static FIXED: &[(&[&str], R)] = &[
            (
                &["year-end"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["year", "end"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["year's", "end"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["year’s", "end"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["the", "full", "year"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["the", "weekend"],
                R::Relative {
                    unit: TimeUnit::Weekend,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["that", "year"],
                R::Relative {
                    unit: TimeUnit::Year,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["that", "day"],
                R::Relative {
                    unit: TimeUnit::Day,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["that", "same", "day"],
                R::Relative {
                    unit: TimeUnit::Day,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["the", "same", "day"],
                R::Relative {
                    unit: TimeUnit::Day,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["that", "week"],
                R::Relative {
                    unit: TimeUnit::Week,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["that", "month"],
                R::Relative {
                    unit: TimeUnit::Month,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["that", "quarter"],
                R::Relative {
                    unit: TimeUnit::Quarter,
                    shift: 0,
                    anchor: Anchor::Previous,
                },
            ),
            (
                &["the", "ides", "of", "march"],
                R::Holiday {
                    holiday: Holiday::IdesOfMarch,
                    year: None,
                    shift: None,
                },
            ),
            (
                &["year-earlier"],
                R::Offset {
                    amount: Some(1.0),
                    unit: TimeUnit::Year,
                    direction: Direction::Before,
                    anchor: Anchor::Dct,
                },
            ),
            (
                &["year-ago"],
                R::Offset {
                    amount: Some(1.0),
                    unit: TimeUnit::Year,
                    direction: Direction::Before,
                    anchor: Anchor::Dct,
                },
            ),
        ];
        for (words, r) in FIXED {
            if let Ok((x, ())) = holiday_words(words)(i) {
                return Ok((x, r.clone()));
            }
        }
        fail(i)
    }
}

/// `The day before, Portugal won`, `from $4 million the year before.`: where
/// the clause ends, the unit next to the time being told, as `the night
/// before` is; `the day before the vote` counts from the vote, so the clause
/// must end there.
fn unit_beside_told(i: &str) -> Option<(&str, R)> {
    let (x, _) = kw("the")(i).ok()?;
    let (x, _) = ws(x).ok()?;
    let (x, unit) = kws(&["day", "week", "month", "year"])(x)
        .ok()
        .and_then(|(x, w)| Some((x, lexicon::unit(w)?.0)))?;
    let (x, _) = ws(x).ok()?;
    let (x, w) = kws(&["before", "after"])(x).ok()?;
    if !at_clause_end(x) || x.trim_start().starts_with('-') {
        return None;
    }
    let shift = if w.eq_ignore_ascii_case("before") {
        -1
    } else {
        1
    };
    Some((
        x,
        R::Relative {
            unit,
            shift,
            anchor: Anchor::Previous,
        },
    ))
}

/// `last year`, `a year earlier`, `of the previous year` after `the same
/// period`: the words that say which year the period is compared in belong
/// to the one expression. The rest after them, if they are there.
fn year_back_tail(i: &str) -> Option<&str> {
    static TAILS: &[&[&str]] = &[
        &["last", "year"],
        &["of", "last", "year"],
        &["a", "year", "earlier"],
        &["a", "year", "ago"],
        &["a", "year", "before"],
        &["the", "year", "before"],
        &["of", "the", "previous", "year"],
        &["of", "the", "prior", "year"],
        &["the", "previous", "year"],
        &["the", "prior", "year"],
    ];
    let (x, _) = ws(i).ok()?;
    let mut lead = Lead::new(x);
    TAILS.iter().find_map(|&words| lead.phrase(words))
}

/// What must follow a holiday's name before it reads as the holiday.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// The name alone.
    Name,
    /// A year: the name is also ordinary English or a person's name
    /// (`night of power`, `Rakhi`).
    Year,
}

/// A holiday name written lowercase in text with capitals still names the
/// day when a later word of the name is capitalized (`guru ravidass
/// Jayanti`), or when the name is no English word at all (`christmas`,
/// `xmas`); `thanksgiving` or `labor day` in lowercase are ordinary words.
fn lowercase_holiday_ok(h: Holiday, i: &str, rest: &str) -> bool {
    let name = i
        .get(..i.len().saturating_sub(rest.len()))
        .unwrap_or_default();
    let later_cap = name
        .split([' ', '-'])
        .skip(1)
        .any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    later_cap
        || matches!(
            h,
            Holiday::Christmas
                | Holiday::ChristmasEve
                | Holiday::Easter
                | Holiday::Halloween
                | Holiday::Hanukkah
                | Holiday::Diwali
        )
}

/// Every holiday name, lowercase. In a name, a space also matches a hyphen
/// and the reverse (`Eid-al-Fitr`), and `'` also matches `’`.
static HOLIDAY_NAMES: &[(&str, Holiday, Needs)] = &[
    ("new year's day", Holiday::NewYearsDay, Needs::Name),
    ("new year's eve", Holiday::NewYearsEve, Needs::Name),
    ("new year's", Holiday::NewYearsDay, Needs::Name),
    ("christmas eve", Holiday::ChristmasEve, Needs::Name),
    ("christmas day", Holiday::Christmas, Needs::Name),
    ("thanksgiving day", Holiday::Thanksgiving, Needs::Name),
    ("easter sunday", Holiday::Easter, Needs::Name),
    ("good friday", Holiday::GoodFriday, Needs::Name),
    ("valentine's day", Holiday::ValentinesDay, Needs::Name),
    ("independence day", Holiday::IndependenceDay, Needs::Name),
    ("memorial day", Holiday::MemorialDay, Needs::Name),
    ("labor day", Holiday::LaborDay, Needs::Name),
    ("veterans day", Holiday::VeteransDay, Needs::Name),
    ("election day", Holiday::ElectionDay, Needs::Name),
    ("ides of march", Holiday::IdesOfMarch, Needs::Name),
    ("veterans' day", Holiday::VeteransDay, Needs::Name),
    ("boxing day", Holiday::BoxingDay, Needs::Name),
    ("mother's day", Holiday::MothersDay, Needs::Name),
    ("father's day", Holiday::FathersDay, Needs::Name),
    ("presidents' day", Holiday::PresidentsDay, Needs::Name),
    ("presidents day", Holiday::PresidentsDay, Needs::Name),
    ("martin luther king jr. day", Holiday::MlkDay, Needs::Name),
    ("martin luther king day", Holiday::MlkDay, Needs::Name),
    ("mlk day", Holiday::MlkDay, Needs::Name),
    ("mlk jr. day", Holiday::MlkDay, Needs::Name),
    ("martin luther king's day", Holiday::MlkDay, Needs::Name),
    ("martin luther kings day", Holiday::MlkDay, Needs::Name),
    ("civil rights day", Holiday::MlkDay, Needs::Name),
    ("new years day", Holiday::NewYearsDay, Needs::Name),
    ("new years eve", Holiday::NewYearsEve, Needs::Name),
    ("valentine day", Holiday::ValentinesDay, Needs::Name),
    ("valentines day", Holiday::ValentinesDay, Needs::Name),
    ("black friday", Holiday::BlackFriday, Needs::Name),
    ("boss's day", Holiday::BossDay, Needs::Name),
    ("bosses day", Holiday::BossDay, Needs::Name),
    ("boss day", Holiday::BossDay, Needs::Name),
    ("st. patrick's day", Holiday::StPatricksDay, Needs::Name),
    ("st patrick's day", Holiday::StPatricksDay, Needs::Name),
    ("st patricks day", Holiday::StPatricksDay, Needs::Name),
    ("saint patrick's day", Holiday::StPatricksDay, Needs::Name),
    ("saint patricks day", Holiday::StPatricksDay, Needs::Name),
    ("st. paddy's day", Holiday::StPatricksDay, Needs::Name),
    ("st paddy's day", Holiday::StPatricksDay, Needs::Name),
    ("saint paddy's day", Holiday::StPatricksDay, Needs::Name),
    ("world vegan day", Holiday::WorldVeganDay, Needs::Name),
    ("king's day", Holiday::KingsDay, Needs::Name),
    ("kings day", Holiday::KingsDay, Needs::Name),
    ("shrove tuesday", Holiday::ShroveTuesday, Needs::Name),
    ("mardi gras", Holiday::ShroveTuesday, Needs::Name),
    ("pancake day", Holiday::ShroveTuesday, Needs::Name),
    ("fat tuesday", Holiday::ShroveTuesday, Needs::Name),
    ("ash wednesday", Holiday::AshWednesday, Needs::Name),
    ("holy saturday", Holiday::HolySaturday, Needs::Name),
    ("holy thursday", Holiday::MaundyThursday, Needs::Name),
    ("ascension day", Holiday::Ascension, Needs::Name),
    ("ascension thursday", Holiday::Ascension, Needs::Name),
    ("feast of the ascension", Holiday::Ascension, Needs::Name),
    // `Corpus Christi` alone is as often the Texas city
    (
        "feast of corpus christi",
        Holiday::CorpusChristi,
        Needs::Name,
    ),
    ("corpus christi day", Holiday::CorpusChristi, Needs::Name),
    ("pentecost sunday", Holiday::Pentecost, Needs::Name),
    ("palm sunday", Holiday::PalmSunday, Needs::Name),
    ("branch sunday", Holiday::PalmSunday, Needs::Name),
    ("maundy thursday", Holiday::MaundyThursday, Needs::Name),
    ("covenant thursday", Holiday::MaundyThursday, Needs::Name),
    ("covenant thu", Holiday::MaundyThursday, Needs::Name),
    (
        "thursday of mysteries",
        Holiday::MaundyThursday,
        Needs::Name,
    ),
    ("thu of mysteries", Holiday::MaundyThursday, Needs::Name),
    ("easter monday", Holiday::EasterMonday, Needs::Name),
    ("easter mon", Holiday::EasterMonday, Needs::Name),
    ("whit sunday", Holiday::Pentecost, Needs::Name),
    ("white sunday", Holiday::Pentecost, Needs::Name),
    ("whit monday", Holiday::WhitMonday, Needs::Name),
    (
        "monday of the holy spirit",
        Holiday::WhitMonday,
        Needs::Name,
    ),
    ("trinity sunday", Holiday::TrinitySunday, Needs::Name),
    (
        "orthodox easter sunday",
        Holiday::OrthodoxEaster,
        Needs::Name,
    ),
    ("orthodox easter", Holiday::OrthodoxEaster, Needs::Name),
    (
        "orthodox good friday",
        Holiday::OrthodoxGoodFriday,
        Needs::Name,
    ),
    (
        "orthodox great friday",
        Holiday::OrthodoxGoodFriday,
        Needs::Name,
    ),
    ("orthodox shrove monday", Holiday::CleanMonday, Needs::Name),
    ("clean monday", Holiday::CleanMonday, Needs::Name),
    ("lazarus saturday", Holiday::LazarusSaturday, Needs::Name),
    ("christmas", Holiday::Christmas, Needs::Name),
    ("xmas", Holiday::Christmas, Needs::Name),
    ("easter", Holiday::Easter, Needs::Name),
    ("thanksgiving", Holiday::Thanksgiving, Needs::Name),
    ("halloween", Holiday::Halloween, Needs::Name),
    ("pentecost", Holiday::Pentecost, Needs::Name),
    ("whitsun", Holiday::Pentecost, Needs::Name),
    ("koningsdag", Holiday::KingsDay, Needs::Name),
    // Hebrew
    ("rosh hashanah", Holiday::RoshHashanah, Needs::Name),
    ("rosh hashana", Holiday::RoshHashanah, Needs::Name),
    ("rosh hashanna", Holiday::RoshHashanah, Needs::Name),
    ("rosh ha-shanah", Holiday::RoshHashanah, Needs::Name),
    ("yom kippur", Holiday::YomKippur, Needs::Name),
    ("yom kipur", Holiday::YomKippur, Needs::Name),
    ("sukkot", Holiday::Sukkot, Needs::Name),
    ("succot", Holiday::Sukkot, Needs::Name),
    ("succos", Holiday::Sukkot, Needs::Name),
    ("sukkos", Holiday::Sukkot, Needs::Name),
    ("feast of tabernacles", Holiday::Sukkot, Needs::Year),
    ("feast of booths", Holiday::Sukkot, Needs::Year),
    ("feast of the ingathering", Holiday::Sukkot, Needs::Year),
    ("shemini atzeret", Holiday::SheminiAtzeret, Needs::Name),
    ("shmini atzeret", Holiday::SheminiAtzeret, Needs::Name),
    ("simchat torah", Holiday::SimchatTorah, Needs::Name),
    ("simhat torah", Holiday::SimchatTorah, Needs::Name),
    ("simchas torah", Holiday::SimchatTorah, Needs::Name),
    ("hanukkah", Holiday::Hanukkah, Needs::Name),
    ("hanukah", Holiday::Hanukkah, Needs::Name),
    ("hanukka", Holiday::Hanukkah, Needs::Name),
    ("chanukah", Holiday::Hanukkah, Needs::Name),
    ("chanukkah", Holiday::Hanukkah, Needs::Name),
    ("chanuka", Holiday::Hanukkah, Needs::Name),
    ("hannukah", Holiday::Hanukkah, Needs::Name),
    ("hannukkah", Holiday::Hanukkah, Needs::Name),
    ("tu bishvat", Holiday::TuBishvat, Needs::Name),
    ("tu b'shvat", Holiday::TuBishvat, Needs::Name),
    ("tu b'shevat", Holiday::TuBishvat, Needs::Name),
    ("tu bishevat", Holiday::TuBishvat, Needs::Name),
    ("purim", Holiday::Purim, Needs::Name),
    ("shushan purim", Holiday::ShushanPurim, Needs::Name),
    ("passover", Holiday::Passover, Needs::Name),
    ("pesach", Holiday::Passover, Needs::Name),
    ("pesah", Holiday::Passover, Needs::Name),
    ("yom hashoah", Holiday::YomHashoah, Needs::Name),
    ("yom ha'shoah", Holiday::YomHashoah, Needs::Name),
    ("yom haatzmaut", Holiday::YomHaatzmaut, Needs::Name),
    ("yom ha'atzmaut", Holiday::YomHaatzmaut, Needs::Name),
    ("lag baomer", Holiday::LagBaomer, Needs::Name),
    ("lag b'omer", Holiday::LagBaomer, Needs::Name),
    ("lag ba'omer", Holiday::LagBaomer, Needs::Name),
    ("shavuot", Holiday::Shavuot, Needs::Name),
    ("shavuos", Holiday::Shavuot, Needs::Name),
    ("shavuoth", Holiday::Shavuot, Needs::Name),
    ("tisha b'av", Holiday::TishaBav, Needs::Name),
    ("tisha be'av", Holiday::TishaBav, Needs::Name),
    ("tisha beav", Holiday::TishaBav, Needs::Name),
    ("tishah b'av", Holiday::TishaBav, Needs::Name),
    // Islamic
    ("islamic new year", Holiday::IslamicNewYear, Needs::Name),
    ("hijri new year", Holiday::IslamicNewYear, Needs::Name),
    ("amun jadid", Holiday::IslamicNewYear, Needs::Name),
    ("ashura", Holiday::Ashura, Needs::Name),
    ("ashoura", Holiday::Ashura, Needs::Name),
    ("day of ashura", Holiday::Ashura, Needs::Name),
    ("mawlid", Holiday::Mawlid, Needs::Name),
    ("mawlid al-nabi", Holiday::Mawlid, Needs::Name),
    ("mawlid an-nabi", Holiday::Mawlid, Needs::Name),
    ("mawlid al-nabawi", Holiday::Mawlid, Needs::Name),
    ("milad un-nabi", Holiday::Mawlid, Needs::Name),
    ("eid-e-milad", Holiday::Mawlid, Needs::Name),
    ("eid milad un-nabi", Holiday::Mawlid, Needs::Name),
    ("prophet's birthday", Holiday::Mawlid, Needs::Year),
    ("isra and mi'raj", Holiday::IsraMiraj, Needs::Name),
    ("isra' and mi'raj", Holiday::IsraMiraj, Needs::Name),
    ("isra and miraj", Holiday::IsraMiraj, Needs::Name),
    ("isra wal miraj", Holiday::IsraMiraj, Needs::Name),
    ("lailat al-miraj", Holiday::IsraMiraj, Needs::Name),
    ("laylat al-miraj", Holiday::IsraMiraj, Needs::Name),
    ("prophet's ascension", Holiday::IsraMiraj, Needs::Year),
    ("night journey", Holiday::IsraMiraj, Needs::Year),
    ("ascension to heaven", Holiday::IsraMiraj, Needs::Year),
    ("ramadan", Holiday::Ramadan, Needs::Name),
    ("ramazan", Holiday::Ramadan, Needs::Name),
    ("ramzan", Holiday::Ramadan, Needs::Name),
    ("ramadhan", Holiday::Ramadan, Needs::Name),
    ("laylat al-qadr", Holiday::LaylatAlQadr, Needs::Name),
    ("laylat al-kadr", Holiday::LaylatAlQadr, Needs::Name),
    ("lailat al-qadr", Holiday::LaylatAlQadr, Needs::Name),
    ("laylatul qadr", Holiday::LaylatAlQadr, Needs::Name),
    ("shab-e-qadr", Holiday::LaylatAlQadr, Needs::Name),
    ("night of power", Holiday::LaylatAlQadr, Needs::Year),
    ("night of destiny", Holiday::LaylatAlQadr, Needs::Year),
    ("night of measures", Holiday::LaylatAlQadr, Needs::Year),
    ("night of decree", Holiday::LaylatAlQadr, Needs::Year),
    ("jumu'atul-wida", Holiday::JumuatulWida, Needs::Name),
    ("jumu'atul wida", Holiday::JumuatulWida, Needs::Name),
    ("jamat ul-vida", Holiday::JumuatulWida, Needs::Name),
    ("jumat ul-wida", Holiday::JumuatulWida, Needs::Name),
    ("alvida jumma", Holiday::JumuatulWida, Needs::Name),
    ("eid al-fitr", Holiday::EidAlFitr, Needs::Name),
    ("eid ul-fitr", Holiday::EidAlFitr, Needs::Name),
    ("eid el-fitr", Holiday::EidAlFitr, Needs::Name),
    ("id al-fitr", Holiday::EidAlFitr, Needs::Name),
    ("id ul-fitr", Holiday::EidAlFitr, Needs::Name),
    ("hari raya aidilfitri", Holiday::EidAlFitr, Needs::Name),
    ("hari raya puasa", Holiday::EidAlFitr, Needs::Name),
    ("eid al-adha", Holiday::EidAlAdha, Needs::Name),
    ("eid ul-adha", Holiday::EidAlAdha, Needs::Name),
    ("eid el-adha", Holiday::EidAlAdha, Needs::Name),
    ("id al-adha", Holiday::EidAlAdha, Needs::Name),
    ("id ul-adha", Holiday::EidAlAdha, Needs::Name),
    ("eid al-azha", Holiday::EidAlAdha, Needs::Name),
    ("eid ul-azha", Holiday::EidAlAdha, Needs::Name),
    ("bakr id", Holiday::EidAlAdha, Needs::Name),
    ("bakrid", Holiday::EidAlAdha, Needs::Name),
    ("bakri eid", Holiday::EidAlAdha, Needs::Name),
    ("bakra eid", Holiday::EidAlAdha, Needs::Name),
    ("kurban bayrami", Holiday::EidAlAdha, Needs::Name),
    ("hari raya haji", Holiday::EidAlAdha, Needs::Name),
    ("sacrifice feast", Holiday::EidAlAdha, Needs::Year),
    ("feast of sacrifice", Holiday::EidAlAdha, Needs::Year),
    ("feast of the sacrifice", Holiday::EidAlAdha, Needs::Year),
    // Chinese and Persian
    ("chinese new year", Holiday::ChineseNewYear, Needs::Name),
    ("chinese new years", Holiday::ChineseNewYear, Needs::Name),
    ("chinese new year's", Holiday::ChineseNewYear, Needs::Name),
    (
        "chinese new year's day",
        Holiday::ChineseNewYear,
        Needs::Name,
    ),
    (
        "chinese lunar new year",
        Holiday::ChineseNewYear,
        Needs::Name,
    ),
    (
        "chinese lunar new year's day",
        Holiday::ChineseNewYear,
        Needs::Name,
    ),
    ("lunar new year", Holiday::ChineseNewYear, Needs::Name),
    ("lunar new year's day", Holiday::ChineseNewYear, Needs::Name),
    ("spring festival", Holiday::ChineseNewYear, Needs::Year),
    ("parsi new year", Holiday::ParsiNewYear, Needs::Name),
    // in Indian English, the August new year of the Parsis; the spring
    // one is `Jamshedi Navroz`, as elsewhere `Nowruz`
    ("navroz", Holiday::ParsiNewYear, Needs::Name),
    ("nowruz", Holiday::Nowruz, Needs::Name),
    ("nauroz", Holiday::Nowruz, Needs::Name),
    ("norooz", Holiday::Nowruz, Needs::Name),
    ("nowrouz", Holiday::Nowruz, Needs::Name),
    ("novruz", Holiday::Nowruz, Needs::Name),
    ("jamshedi navroz", Holiday::Nowruz, Needs::Name),
    ("jamshed-i-navroz", Holiday::Nowruz, Needs::Name),
    ("persian new year", Holiday::Nowruz, Needs::Name),
    ("iranian new year", Holiday::Nowruz, Needs::Name),
    // Hindu, Sikh, Jain, Buddhist
    ("ugadi", Holiday::Ugadi, Needs::Name),
    ("yugadi", Holiday::Ugadi, Needs::Name),
    ("samvatsaradi", Holiday::Ugadi, Needs::Name),
    ("chaitra sukladi", Holiday::Ugadi, Needs::Name),
    ("chaitra shukladi", Holiday::Ugadi, Needs::Name),
    ("chaitra sukhladi", Holiday::Ugadi, Needs::Name),
    ("gudi padwa", Holiday::Ugadi, Needs::Name),
    ("rama navami", Holiday::RamaNavami, Needs::Name),
    ("ram navami", Holiday::RamaNavami, Needs::Name),
    ("ramnavami", Holiday::RamaNavami, Needs::Name),
    ("mahavir jayanti", Holiday::MahavirJayanti, Needs::Name),
    ("mahaveer jayanti", Holiday::MahavirJayanti, Needs::Name),
    (
        "mahavir janma kalyanak",
        Holiday::MahavirJayanti,
        Needs::Name,
    ),
    (
        "mahaveer janma kalyanak",
        Holiday::MahavirJayanti,
        Needs::Name,
    ),
    ("vesak", Holiday::Vesak, Needs::Name),
    ("wesak", Holiday::Vesak, Needs::Name),
    ("vesak day", Holiday::Vesak, Needs::Name),
    ("buddha purnima", Holiday::Vesak, Needs::Name),
    ("buddha jayanti", Holiday::Vesak, Needs::Name),
    ("buddha day", Holiday::Vesak, Needs::Name),
    ("ratha yatra", Holiday::RathYatra, Needs::Name),
    ("rath yatra", Holiday::RathYatra, Needs::Name),
    ("raksha bandhan", Holiday::RakshaBandhan, Needs::Name),
    ("rakshabandhan", Holiday::RakshaBandhan, Needs::Name),
    ("rakhi", Holiday::RakshaBandhan, Needs::Year),
    ("krishna janmashtami", Holiday::Janmashtami, Needs::Name),
    ("janmashtami", Holiday::Janmashtami, Needs::Name),
    ("gokulashtami", Holiday::Janmashtami, Needs::Name),
    ("krishnashtami", Holiday::Janmashtami, Needs::Name),
    ("ganesh chaturthi", Holiday::GaneshChaturthi, Needs::Name),
    ("ganesha chaturthi", Holiday::GaneshChaturthi, Needs::Name),
    ("vinayaka chaturthi", Holiday::GaneshChaturthi, Needs::Name),
    ("vinayaka chavithi", Holiday::GaneshChaturthi, Needs::Name),
    ("navaratri", Holiday::Navaratri, Needs::Name),
    ("navratri", Holiday::Navaratri, Needs::Name),
    ("maha saptami", Holiday::MahaSaptami, Needs::Name),
    ("dussehra", Holiday::Dussehra, Needs::Name),
    ("dasara", Holiday::Dussehra, Needs::Name),
    ("dussera", Holiday::Dussehra, Needs::Name),
    ("vijayadashami", Holiday::Dussehra, Needs::Name),
    ("vijaya dashami", Holiday::Dussehra, Needs::Name),
    ("valmiki jayanti", Holiday::ValmikiJayanti, Needs::Name),
    (
        "maharishi valmiki jayanti",
        Holiday::ValmikiJayanti,
        Needs::Name,
    ),
    ("pargat diwas", Holiday::ValmikiJayanti, Needs::Name),
    ("karva chauth", Holiday::KarvaChauth, Needs::Name),
    ("karwa chauth", Holiday::KarvaChauth, Needs::Name),
    ("dhanteras", Holiday::Dhanteras, Needs::Name),
    ("dhanatrayodashi", Holiday::Dhanteras, Needs::Name),
    ("dhantrayodashi", Holiday::Dhanteras, Needs::Name),
    (
        "naraka chaturdashi",
        Holiday::NarakaChaturdashi,
        Needs::Name,
    ),
    ("narak chaturdashi", Holiday::NarakaChaturdashi, Needs::Name),
    ("kali chaudas", Holiday::NarakaChaturdashi, Needs::Name),
    ("choti diwali", Holiday::NarakaChaturdashi, Needs::Name),
    ("chhoti diwali", Holiday::NarakaChaturdashi, Needs::Name),
    ("diwali", Holiday::Diwali, Needs::Name),
    ("deepavali", Holiday::Diwali, Needs::Name),
    ("divali", Holiday::Diwali, Needs::Name),
    ("dipawali", Holiday::Diwali, Needs::Name),
    ("lakshmi puja", Holiday::Diwali, Needs::Name),
    ("laxmi puja", Holiday::Diwali, Needs::Name),
    ("bhai dooj", Holiday::BhaiDooj, Needs::Name),
    ("bhaiya dooj", Holiday::BhaiDooj, Needs::Name),
    ("bhau beej", Holiday::BhaiDooj, Needs::Name),
    ("bhai tika", Holiday::BhaiDooj, Needs::Name),
    ("bhai phonta", Holiday::BhaiDooj, Needs::Name),
    ("chhath", Holiday::Chhath, Needs::Name),
    ("chhath puja", Holiday::Chhath, Needs::Name),
    ("dala puja", Holiday::Chhath, Needs::Name),
    ("surya shashthi", Holiday::Chhath, Needs::Name),
    ("surya shashti", Holiday::Chhath, Needs::Name),
    (
        "guru gobind singh jayanti",
        Holiday::GuruGobindSinghJayanti,
        Needs::Name,
    ),
    (
        "guru govind singh jayanti",
        Holiday::GuruGobindSinghJayanti,
        Needs::Name,
    ),
    (
        "guru gobind singh birthday",
        Holiday::GuruGobindSinghJayanti,
        Needs::Name,
    ),
    (
        "guru gobind singh's birthday",
        Holiday::GuruGobindSinghJayanti,
        Needs::Name,
    ),
    ("vasant panchami", Holiday::VasantPanchami, Needs::Name),
    ("basant panchami", Holiday::VasantPanchami, Needs::Name),
    ("guru ravidas jayanti", Holiday::RavidasJayanti, Needs::Name),
    (
        "guru ravidass jayanti",
        Holiday::RavidasJayanti,
        Needs::Name,
    ),
    (
        "guru ravidas birthday",
        Holiday::RavidasJayanti,
        Needs::Name,
    ),
    (
        "guru ravidass birthday",
        Holiday::RavidasJayanti,
        Needs::Name,
    ),
    ("ravidas jayanti", Holiday::RavidasJayanti, Needs::Name),
    (
        "dayananda saraswati jayanti",
        Holiday::DayanandaJayanti,
        Needs::Name,
    ),
    (
        "dayanand saraswati jayanti",
        Holiday::DayanandaJayanti,
        Needs::Name,
    ),
    ("saraswati jayanti", Holiday::DayanandaJayanti, Needs::Name),
    ("maha shivaratri", Holiday::MahaShivaratri, Needs::Name),
    ("maha shivratri", Holiday::MahaShivaratri, Needs::Name),
    ("mahashivratri", Holiday::MahaShivaratri, Needs::Name),
    ("mahashivaratri", Holiday::MahaShivaratri, Needs::Name),
    ("shivaratri", Holiday::MahaShivaratri, Needs::Name),
    ("shivratri", Holiday::MahaShivaratri, Needs::Name),
    ("holika dahan", Holiday::HolikaDahan, Needs::Name),
    ("chhoti holi", Holiday::HolikaDahan, Needs::Name),
    ("choti holi", Holiday::HolikaDahan, Needs::Name),
    ("kamudu pyre", Holiday::HolikaDahan, Needs::Name),
    ("holi", Holiday::Holi, Needs::Name),
    ("dhulandi", Holiday::Holi, Needs::Name),
    ("dhuleti", Holiday::Holi, Needs::Name),
    ("phagwah", Holiday::Holi, Needs::Name),
    ("makar sankranti", Holiday::MakarSankranti, Needs::Name),
    ("makara sankranti", Holiday::MakarSankranti, Needs::Name),
    ("makara sankranthi", Holiday::MakarSankranti, Needs::Name),
    ("makar sankranthi", Holiday::MakarSankranti, Needs::Name),
    ("maghi", Holiday::MakarSankranti, Needs::Name),
    ("pongal", Holiday::MakarSankranti, Needs::Name),
    ("thai pongal", Holiday::MakarSankranti, Needs::Name),
    ("bhogi", Holiday::Bhogi, Needs::Name),
    ("bogi", Holiday::Bhogi, Needs::Name),
    ("bhogi pongal", Holiday::Bhogi, Needs::Name),
    ("bogi pandigai", Holiday::Bhogi, Needs::Name),
    ("bhogi pandigai", Holiday::Bhogi, Needs::Name),
    ("mattu pongal", Holiday::MattuPongal, Needs::Name),
    ("maattu pongal", Holiday::MattuPongal, Needs::Name),
    ("kaanum pongal", Holiday::KaanumPongal, Needs::Name),
    ("kanum pongal", Holiday::KaanumPongal, Needs::Name),
    ("kanni pongal", Holiday::KaanumPongal, Needs::Name),
    ("vaisakhi", Holiday::Vaisakhi, Needs::Name),
    ("baisakhi", Holiday::Vaisakhi, Needs::Name),
    ("vaishakhi", Holiday::Vaisakhi, Needs::Name),
    ("vasakhi", Holiday::Vaisakhi, Needs::Name),
    ("rabindra jayanti", Holiday::RabindraJayanti, Needs::Name),
    (
        "rabindranath jayanti",
        Holiday::RabindraJayanti,
        Needs::Name,
    ),
    (
        "rabindranath tagore jayanti",
        Holiday::RabindraJayanti,
        Needs::Name,
    ),
    ("onam", Holiday::Onam, Needs::Name),
    ("thiruvonam", Holiday::Onam, Needs::Name),
    ("thiru onam", Holiday::Onam, Needs::Name),
    ("thiruonam", Holiday::Onam, Needs::Name),
];

/// Holiday names; returns the holiday.
fn holiday_name(i: &str) -> Res<'_, Holiday> {
    // Most words start no holiday name: one table lookup on the first word
    // settles them before any name is compared.
    let first_len = i.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let first = i.get(..first_len).unwrap_or_default();
    let (classes, groups) = holiday_first_words();
    let Some(candidates) = usize::try_from(classes.get(first))
        .ok()
        .and_then(|g| g.checked_sub(1))
        .and_then(|g| groups.get(g))
    else {
        return fail(i);
    };
    for &k in candidates {
        let Some(&(name, h, needs)) = HOLIDAY_NAMES.get(k) else {
            continue;
        };
        if let Some(r) = holiday_name_match(name, i)
            && (needs == Needs::Name || year_suffix(r).is_ok())
        {
            return Ok((r, h));
        }
    }
    fail(i)
}

/// The first words of holiday names (their leading run of letters and
/// digits), each with 1 + the index of its group of names, longest first.
fn holiday_first_words() -> &'static (lexicon::WordClasses, Vec<Vec<usize>>) {
    static TABLE: std::sync::OnceLock<(lexicon::WordClasses, Vec<Vec<usize>>)> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut keys: Vec<&'static str> = Vec::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (k, &(name, _, _)) in HOLIDAY_NAMES.iter().enumerate() {
            let key = first_word_of(name);
            match keys.iter().position(|&x| x == key) {
                Some(g) => {
                    if let Some(group) = groups.get_mut(g) {
                        group.push(k);
                    }
                }
                None => {
                    keys.push(key);
                    groups.push(vec![k]);
                }
            }
        }
        for group in &mut groups {
            group.sort_by_key(|&k| {
                std::cmp::Reverse(HOLIDAY_NAMES.get(k).map_or(0, |(name, _, _)| name.len()))
            });
        }
        let classes = lexicon::WordClasses::new(keys.iter().zip(1u32..).map(|(&key, g)| (key, g)));
        (classes, groups)
    })
}

fn first_word_of(name: &'static str) -> &'static str {
    let n = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    name.get(..n).unwrap_or(name)
}

/// The first words of every holiday name, for the scanner's trigger table.
pub(super) fn holiday_trigger_words() -> impl Iterator<Item = &'static str> {
    HOLIDAY_NAMES
        .iter()
        .map(|&(name, _, _)| first_word_of(name))
}

/// The rest of `i` after the holiday name `name`, if `i` starts with it.
fn holiday_name_match<'a>(name: &str, i: &'a str) -> Option<&'a str> {
    let mut rest = i;
    for c in name.bytes() {
        rest = match c {
            b' ' | b'-' => match rest.strip_prefix('-') {
                Some(r) => r,
                None => ws(rest).ok()?.0,
            },
            b'\'' => rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'))?,
            _ => {
                let (&b, _) = rest.as_bytes().split_first()?;
                if !b.eq_ignore_ascii_case(&c) {
                    return None;
                }
                rest.get(1..)?
            }
        };
    }
    let open_end = name.ends_with(['\'', '.']);
    (open_end || at_boundary(rest)).then_some(rest)
}

#[cfg(test)]
mod holiday_name_tests {
    use super::*;

    #[test]
    fn names_match_with_hyphens_spaces_and_curly_apostrophes() {
        for text in [
            "Eid al-Fitr",
            "Eid-al-Fitr",
            "eid al fitr",
            "Tisha B’Av",
            "Lag b'Omer",
        ] {
            assert!(holiday_name(text).is_ok(), "{text}");
        }
        assert_eq!(
            holiday_name("Chinese New Year's Day").map(|(_, h)| h),
            Ok(Holiday::ChineseNewYear)
        );
    }

    #[test]
    fn the_days_counted_from_easter_have_their_names() {
        for (text, want) in [
            ("Ash Wednesday services", Holiday::AshWednesday),
            ("Fat Tuesday parade", Holiday::ShroveTuesday),
            ("Holy Saturday vigil", Holiday::HolySaturday),
            ("Holy Thursday mass", Holiday::MaundyThursday),
            ("Ascension Day parade", Holiday::Ascension),
            ("the feast of Corpus Christi", Holiday::CorpusChristi),
            ("Pentecost Sunday", Holiday::Pentecost),
        ] {
            let text = text.strip_prefix("the ").unwrap_or(text);
            assert_eq!(holiday_name(text).map(|(_, h)| h), Ok(want), "{text}");
        }
        // the Texas city and the island are no feast days
        assert!(holiday_name("Corpus Christi, Texas").is_err());
        assert!(holiday_name("Ascension Island").is_err());
        // a market crash named by its day is no holiday
        assert!(holiday_name("Black Monday").is_err());
    }

    #[test]
    fn english_words_and_given_names_need_a_year() {
        assert!(holiday_name("night of power cuts").is_err());
        assert!(holiday_name("Rakhi said").is_err());
        assert!(holiday_name("night of power 2018").is_ok());
        assert!(holiday_name("id card").is_err());
    }

    #[test]
    fn other_calendars_in_running_text() {
        let texts = |s: &'static str| -> Vec<&'static str> {
            crate::timex::scan(s)
                .into_iter()
                .filter_map(|(span, _)| s.get(span.start..span.end))
                .collect()
        };
        assert_eq!(
            texts("Muslims marked Eid al-Fitr on Friday."),
            vec!["Eid al-Fitr", "Friday"]
        );
        assert_eq!(texts("During Ramadan, shops close."), vec!["Ramadan"]);
        assert!(texts("Tariq Ramadan spoke.").is_empty());
        assert!(texts("said Ramzan Kadyrov, the leader").is_empty());
        let holiday = |s: &str| {
            crate::timex::scan(s)
                .into_iter()
                .any(|(_, r)| matches!(r, R::Holiday { .. }))
        };
        assert!(!holiday("A night of power cuts hit Lagos."));
        assert!(holiday("the Night of Power 2018"));
        assert!(texts("Show your ID at the Lag gate.").is_empty());
    }

    #[test]
    fn first_words_fit_the_scanner() {
        assert!(holiday_trigger_words().all(|w| !w.is_empty() && w.len() <= 15));
    }
}

/// True when `prev`, the word before a name that is also a surname, looks
/// like a given name: capitalized, and none of the words that open a
/// sentence or a time phrase.
fn after_given_name(prev: &str) -> bool {
    capitalized(prev)
        && !matches!(
            lower_ascii(prev, &mut [0; 16]),
            "in" | "during"
                | "of"
                | "the"
                | "this"
                | "last"
                | "next"
                | "holy"
                | "before"
                | "after"
                | "since"
                | "until"
                | "by"
                | "for"
                | "on"
                | "throughout"
                | "each"
                | "every"
                | "when"
                | "as"
        )
}

/// Like `phrase_words` but words may end in an apostrophe or a dot.
fn holiday_words<'a>(words: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i: &'a str| {
        let mut rest = i;
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                rest = ws(rest)?.0;
            }
            let (r, _) = tag_ci(w)(rest)?;
            if !w.ends_with(['\'', '.']) && !at_boundary(r) {
                return fail(i);
            }
            rest = r;
        }
        Ok((rest, ()))
    }
}

/// `at_clause_end`: punctuation or the end of the text follows.
fn at_clause_end(i: &str) -> bool {
    let t = i.trim_start_matches([' ', '\u{a0}']);
    t.is_empty()
        || t.starts_with([
            '.', ',', ';', ':', ')', '"', '”', '\n', '?', '!', '-', '—', '–',
        ])
}

/// Bits of [`first_word_classes`]: what the first word of a candidate can
/// begin. One lookup decides which alternatives of [`Grammar::core`] run.
mod first_word {
    pub(super) const NUMBER: u32 = 1 << 0;
    pub(super) const DET: u32 = 1 << 1;
    pub(super) const MONTH: u32 = 1 << 2;
    pub(super) const WEEKDAY: u32 = 1 << 3;
    pub(super) const REL: u32 = 1 << 4;
    pub(super) const THE: u32 = 1 << 5;
    pub(super) const ORDINAL: u32 = 1 << 6;
    pub(super) const DAY_WORD: u32 = 1 << 7;
    pub(super) const CLOCK_WORD: u32 = 1 << 8;
    pub(super) const QUARTER_LEAD: u32 = 1 << 9;
    pub(super) const EARLIER_LATER: u32 = 1 << 10;
    pub(super) const UNIT: u32 = 1 << 11;
    pub(super) const AMOUNT_LEAD: u32 = 1 << 12;
    pub(super) const REFERENCE: u32 = 1 << 13;
    pub(super) const DAY_PART_LEAD: u32 = 1 << 14;
    pub(super) const UPCOMING: u32 = 1 << 15;
    pub(super) const MINUTES_LEAD: u32 = 1 << 16;
    pub(super) const FISCAL: u32 = 1 << 17;
    pub(super) const SEASON: u32 = 1 << 18;
    pub(super) const REL_DET: u32 = 1 << 19;
    pub(super) const WITHIN_LEAD: u32 = 1 << 20;
    pub(super) const SET_LEAD: u32 = 1 << 21;
    pub(super) const NIGHT_OR_MID: u32 = 1 << 22;
    /// After `the`: the words `relative` and `rel_word` read there.
    pub(super) const REL_AFTER_THE: u32 = 1 << 23;
    /// After `the`: what `within_expr` counts besides ordinals, weekdays and months.
    pub(super) const COUNTED: u32 = 1 << 24;
    /// The tens that start an ordinal day in two words (`twenty first`), as
    /// `day_ordinal_word` reads them.
    pub(super) const DAY_TENS: u32 = 1 << 25;
    /// After `the`: `duration`'s leads (`the past`) and the amounts that are
    /// not numbers (`the several`); numbers and units are classes of their own.
    pub(super) const AMOUNT_AFTER_THE: u32 = 1 << 26;
    /// After `the`: what `day_part` reads there besides the parts of the day
    /// (`the day before yesterday`, `the next morning`, `the same night`).
    pub(super) const DAY_PART_AFTER_THE: u32 = 1 << 27;
    pub(super) const DAY_PART: u32 = 1 << 28;
    /// After `the`: what `misc` reads there (`the year`, `the same day`).
    pub(super) const MISC_AFTER_THE: u32 = 1 << 29;
    /// `closest`, `nearest`: what `the` opens in `the closest Monday to May 5`.
    pub(super) const NEAREST: u32 = 1 << 30;
}

/// The first words that open each family of alternatives.
/// The word after a first word `the` that ends at `first_len`, as every
/// alternative reads it there (after [`blanks`], as [`ws`] and [`phrase_words`]
/// do): whether it starts with a digit, and the classes of its run of ASCII
/// letters. A word no alternative could read gets `(false, 0)`.
fn after_the(i: &str, first_len: usize) -> (bool, u32) {
    let Some(rest) = i.get(first_len..) else {
        return (false, 0);
    };
    let Some(next) = blanks(rest).and_then(|n| rest.get(n..)) else {
        return (false, 0);
    };
    let letters = next.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digit = next.starts_with(|c: char| c.is_ascii_digit());
    let class = next
        .get(..letters)
        .filter(|w| !w.is_empty())
        .map_or(0, |w| first_word_classes().get(w));
    (digit, class)
}

/// The word a phrase table reads where an attempt opens with `the`: the second
/// word of a phrase that starts with `the`, the first of one that does not (an
/// alternative may read `the` itself before the table), as the ASCII letters
/// [`after_the`] looks up (`year-earlier` is `year`). Gates built from these
/// cannot forget a row of their table.
fn words_after_the<T>(
    table: &'static [(&'static [&'static str], T)],
) -> impl Iterator<Item = &'static str> {
    table.iter().filter_map(|(words, _)| {
        let word = match words.first() {
            Some(&"the") => words.get(1),
            first => first,
        }?;
        let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
        word.get(..letters).filter(|w| !w.is_empty())
    })
}

fn first_word_classes() -> &'static lexicon::WordClasses {
    use first_word::*;
    static TABLE: std::sync::OnceLock<lexicon::WordClasses> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let listed: &[(&[&'static str], u32)] = &[
            (
                &["the", "this", "last", "next", "that", "early", "late"],
                DET,
            ),
            (
                &[
                    "this", "last", "next", "past", "coming", "current", "previous", "upcoming",
                ],
                REL,
            ),
            (&["the"], THE),
            (&["today", "yesterday", "tomorrow", "day"], DAY_WORD),
            (&["noon", "midnight", "midday", "mid"], CLOCK_WORD),
            (
                &["first", "second", "third", "fourth", "fiscal"],
                QUARTER_LEAD,
            ),
            (&["earlier", "later"], EARLIER_LATER),
            (
                &[
                    "a", "an", "half", "several", "few", "many", "some", "each", "recent", "multi",
                ],
                AMOUNT_LEAD,
            ),
            (
                &[
                    "right",
                    "just",
                    "now",
                    "currently",
                    "presently",
                    "present",
                    "nowadays",
                    "these",
                    "recently",
                    "lately",
                    "soon",
                    "past",
                    "coming",
                    "future",
                ],
                REFERENCE,
            ),
            (
                &["tonight", "today", "yesterday", "tomorrow"],
                DAY_PART_LEAD,
            ),
            (&["upcoming"], UPCOMING),
            (&["a", "quarter", "half"], MINUTES_LEAD),
            (&["fiscal"], FISCAL),
            (&["this", "next", "last"], REL_DET),
            (&["day", "week", "last"], COUNTED),
            (&["twenty", "thirty"], DAY_TENS),
            // besides the leads of `DURATION_LEADS`: the amounts that are no number
            (
                &[
                    "a", "an", "half", "several", "multi", "couple", "few", "many", "some", "the",
                ],
                AMOUNT_AFTER_THE,
            ),
            // besides the leads of `DAY_PART_LEADS`: `the day before yesterday`
            (&["day"], DAY_PART_AFTER_THE),
            (
                &[
                    "year", "week", "day", "month", "full", "weekend", "same", "ides",
                ],
                MISC_AFTER_THE,
            ),
            // `the early summer`: `season` reads the modifier after `the`
            (&["early", "late"], SEASON),
            (&["second", "fifth"], WITHIN_LEAD),
            (&["closest", "nearest"], NEAREST),
            (
                &[
                    "mid",
                    "midmorning",
                    "midafternoon",
                    "midevening",
                    "overnight",
                ],
                NIGHT_OR_MID,
            ),
            (
                &[
                    "daily",
                    "nightly",
                    "weekly",
                    "monthly",
                    "annually",
                    "yearly",
                    "hourly",
                    "quarterly",
                    "annual",
                    "biweekly",
                    "bi",
                    "every",
                    "each",
                    "once",
                    "twice",
                    "thrice",
                ],
                SET_LEAD,
            ),
        ];
        let tables = [
            (lexicon::SMALL_NUMBERS, NUMBER),
            (lexicon::TENS, NUMBER),
            (lexicon::MONTHS, MONTH),
            (lexicon::WEEKDAYS, WEEKDAY),
            (lexicon::ORDINALS, ORDINAL),
        ];
        lexicon::WordClasses::new(
            listed
                .iter()
                .flat_map(|&(words, bit)| words.iter().map(move |&w| (w, bit)))
                .chain(
                    tables
                        .into_iter()
                        .flat_map(|(t, bit)| t.iter().map(move |&(w, _)| (w, bit))),
                )
                .chain(lexicon::UNITS.iter().map(|&(w, _, _)| (w, UNIT)))
                .chain(RUN_ON_LONG_UNITS.iter().map(|&w| (w, UNIT)))
                .chain(lexicon::SEASONS.iter().map(|&(w, _)| (w, SEASON)))
                .chain(lexicon::DAY_PARTS.iter().map(|&(w, _)| (w, DAY_PART)))
                .chain(words_after_the(REL_WORDS).map(|w| (w, REL_AFTER_THE)))
                .chain(words_after_the(DURATION_LEADS).map(|w| (w, AMOUNT_AFTER_THE)))
                .chain(words_after_the(DAY_PART_LEADS).map(|w| (w, DAY_PART_AFTER_THE))),
        )
    })
}

impl Grammar<'_> {
    /// The period after a day or holiday: `of next year`, `in 3 years`,
    /// `9 months from now`, `of this month`, `next week`, `of 2018`.
    fn period_after<'a>(&self, r: &'a str) -> Res<'a, R> {
        let (x, _) = ws(r)?;
        let (x, prep) = match kws(&["of", "in", "from"])(x) {
            Ok((y, w)) => (ws(y)?.0, Some(w.to_ascii_lowercase())),
            Err(_) => (x, None),
        };
        // `in 3 years`, `in a year`: the period that far ahead
        if prep.as_deref() == Some("in")
            && let Ok((y, (Some(n), unit))) = amount_unit(x)
        {
            return Ok((
                y,
                R::Offset {
                    amount: Some(n),
                    unit,
                    direction: Direction::After,
                    anchor: Anchor::Dct,
                },
            ));
        }
        // `of March`: a month name after a preposition is no verb
        if prep.is_some()
            && let Ok((y, (m, abbr, cap))) = month_name(x)
            && (!abbr || cap)
            && self.cap_ok(cap)
            && year_suffix(y).is_err()
        {
            return Ok((y, cal(None, Some(m), None)));
        }
        // `the month`, `the week`: the current one
        if let Ok((y, _)) = kw("the")(x)
            && let Ok((y, _)) = ws(y)
            && let Ok((y2, (unit, false))) = unit_word(y)
            && matches!(unit, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year)
        {
            return Ok((
                y2,
                R::Relative {
                    unit,
                    shift: 0,
                    anchor: Anchor::Dct,
                },
            ));
        }
        let found = longest(
            x,
            &[
                &|z| self.relative(z),
                &|z| self.month_year(z),
                &|z| self.duration(z),
                &|z| {
                    let (z2, y) = year4(z)?;
                    Ok((z2, cal(Some(y), None, None)))
                },
                &|z| self.bare_month(z),
            ],
        )?;
        match &found.1 {
            R::Offset { .. } if prep.is_none() => Ok(found),
            R::Relative { .. } | R::Calendar { .. } if prep.is_some() => Ok(found),
            // `wednesday next week`
            R::Relative {
                unit: TimeUnit::Week,
                ..
            } => Ok(found),
            _ => fail(r),
        }
    }

    /// `the first Tuesday of October`, `last Friday in October`, `the 20th of
    /// next month`, `the third last week of 2018`, `Wednesday of next week`,
    /// `fifth last day of May`, `March in a year`, `last week's Sunday`.
    /// `relative` is [`Grammar::relative`] at `i`, which [`Grammar::core`] reads anyway.
    fn within_expr<'a>(&self, i: &'a str, relative: &Res<'a, R>) -> Res<'a, R> {
        // `last week's Sunday`
        if let Ok((r, period)) = relative
            && let Some(r) = r.strip_prefix("'s").or_else(|| r.strip_prefix("’s"))
            && let Ok((r, _)) = ws(r)
            && let Ok((r, (d, _))) = weekday_name(r)
        {
            return Ok((
                r,
                R::Within {
                    inner: Box::new(R::Weekday {
                        day: d,
                        shift: None,
                    }),
                    period: Box::new(period.clone()),
                    index: None,
                },
            ));
        }
        let mut r = match kw("the")(i) {
            Ok((x, _)) => ws(x)?.0,
            Err(_) => i,
        };
        // `the 20th of next month`, `20 of this month`, `20th day of next month`
        if let Ok((x, d)) = day_num(r).or_else(|_| day_ordinal_word(r)) {
            let x = match ws(x).and_then(|(y, _)| kw("day")(y)) {
                Ok((y, _)) => y,
                Err(_) => x,
            };
            // `period_after` reads a month only after a preposition or as `the month`
            if ws(x).is_ok_and(|(y, _)| kws(&["of", "in", "from", "the"])(y).is_ok())
                && let Ok((
                    x2,
                    period @ R::Relative {
                        unit: TimeUnit::Month,
                        ..
                    },
                )) = self.period_after(x)
            {
                return Ok((
                    x2,
                    R::Within {
                        inner: Box::new(cal(None, None, Some(d))),
                        period: Box::new(period),
                        index: None,
                    },
                ));
            }
        }
        // `the week of March 6`: the week that holds the day
        if r.len() < i.len()
            && let Ok((x, _)) = kw("week")(r)
            && let Ok((x, ())) = preceded_ws_phrase(&["of"])(x)
            && let Ok((x, _)) = ws(x)
            && let Ok((x2, day @ R::Calendar { day: Some(_), .. })) = self.month_day(x)
        {
            return Ok((
                x2,
                R::Within {
                    inner: Box::new(R::Duration {
                        amount: None,
                        unit: TimeUnit::Week,
                    }),
                    period: Box::new(day),
                    index: None,
                },
            ));
        }
        // the ordinal: `first`, `3rd`, `last`, `second last`
        let mut index = None;
        let ord = day_ordinal_word(r).or_else(|_| -> Res<'a, u32> {
            let (x, d) =
                take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(r)?;
            let (x, _) = kws(&["st", "nd", "rd", "th"])(x)?;
            Ok((x, d.parse::<u32>().unwrap_or(0)))
        });
        if let Ok((x, n)) = ord
            && let Ok((x, _)) = ws(x)
        {
            index = Some(i32::try_from(n).unwrap_or(1));
            r = x;
            if let Ok((x2, _)) = kw("last")(r)
                && let Ok((x2, _)) = ws(x2)
            {
                index = Some(-index.unwrap_or(1));
                r = x2;
            }
        } else if let Ok((x, _)) = kw("last")(r)
            && let Ok((x, _)) = ws(x)
        {
            index = Some(-1);
            r = x;
        }
        // what is counted
        let (r, inner) =
            if let Ok((x, (d, cap))) = weekday_name(r).or_else(|_| self.weekday_abbr_plain(r)) {
                if !self.cap_ok(cap) {
                    return fail(i);
                }
                (
                    x,
                    R::Weekday {
                        day: d,
                        shift: None,
                    },
                )
            } else if let Ok((x, _)) = kw("day")(r) {
                if index.is_none() {
                    return fail(i);
                }
                (
                    x,
                    R::Duration {
                        amount: None,
                        unit: TimeUnit::Day,
                    },
                )
            } else if let Ok((x, _)) = kw("week")(r) {
                if index.is_none() {
                    return fail(i);
                }
                (
                    x,
                    R::Duration {
                        amount: None,
                        unit: TimeUnit::Week,
                    },
                )
            } else if index.is_none()
                && let Ok((x, (m, abbr, cap))) = month_name(r)
                && !abbr
                && self.cap_ok(cap)
            {
                // `March in a year`: only with `in`
                let (_, w) = ws(x)?;
                kw("in")(w)?;
                (x, cal(None, Some(m), None))
            } else {
                return fail(i);
            };
        let (r2, period) = self.period_after(r)?;
        // a day number or a month needs a period that is a month or more
        let ok = match (&inner, &period) {
            (R::Calendar { day: Some(_), .. }, R::Relative { unit, .. }) => {
                *unit == TimeUnit::Month
            }
            (R::Calendar { day: Some(_), .. }, _) => false,
            (R::Calendar { month: Some(_), .. }, R::Offset { .. }) => true,
            (R::Calendar { .. }, _) => false,
            _ => true,
        };
        if !ok {
            return fail(i);
        }
        // `Wednesday of next week` names one day; `the first Monday of` counts
        if matches!(inner, R::Weekday { .. })
            && index.is_none()
            && !matches!(
                period,
                R::Relative {
                    unit: TimeUnit::Week,
                    ..
                }
            )
        {
            return fail(i);
        }
        Ok((
            r2,
            R::Within {
                inner: Box::new(inner),
                period: Box::new(period),
                index,
            },
        ))
    }

    /// `the third Tuesday after Christmas 2014`, `the Monday before May 5`,
    /// `the second closest Monday to Oct. 5`, `the closest Christmas to
    /// today`: a weekday (or, by closeness, a holiday) counted from a day or
    /// holiday the expression names. Only a named day anchors: `the first
    /// Monday after the election` counts from an event, which the timeline
    /// places.
    fn nth_from<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, the) = match kw("the")(i) {
            Ok((x, _)) => (ws(x)?.0, true),
            Err(_) => (i, false),
        };
        let (r, index) = match ordinal_index(r) {
            Ok((x, n)) => (ws(x)?.0, Some(n)),
            Err(_) => (r, None),
        };
        if let Ok((x, _)) = kws(&["closest", "nearest"])(r) {
            if !the {
                return fail(i);
            }
            let (x, _) = ws(x)?;
            let (x, inner) = match weekday_name(x).or_else(|_| self.weekday_abbr_plain(x)) {
                Ok((y, (d, cap))) if self.cap_ok(cap) => (
                    y,
                    R::Weekday {
                        day: d,
                        shift: None,
                    },
                ),
                Ok(_) => return fail(i),
                Err(_) => match self.holiday(x)? {
                    (y, h @ R::Holiday { year: None, .. }) => (y, h),
                    _ => return fail(i),
                },
            };
            let (x, ()) = preceded_ws_phrase(&["to"])(x)?;
            let (x, from) = self.nth_anchor(x)?;
            return Ok((
                x,
                R::Nth {
                    inner: Box::new(inner),
                    from: Box::new(from),
                    index: index.unwrap_or(1),
                    direction: None,
                },
            ));
        }
        // `the Monday after Christmas` is the first; without `the` an
        // ordinal must say which
        if index.is_none() && !the {
            return fail(i);
        }
        let (x, (d, cap)) = weekday_name(r)?;
        if !self.cap_ok(cap) {
            return fail(i);
        }
        let (x, _) = ws(x)?;
        let (x, w) = kws(&["after", "before"])(x)?;
        let direction = if w.eq_ignore_ascii_case("after") {
            Direction::After
        } else {
            Direction::Before
        };
        let (x, from) = self.nth_anchor(x)?;
        Ok((
            x,
            R::Nth {
                inner: Box::new(R::Weekday {
                    day: d,
                    shift: None,
                }),
                from: Box::new(from),
                index: index.unwrap_or(1),
                direction: Some(direction),
            },
        ))
    }

    /// What [`Grammar::nth_from`] counts from: a holiday, a day of the month
    /// or `today` (after a blank).
    fn nth_anchor<'a>(&self, r: &'a str) -> Res<'a, R> {
        match self.shift_target(r)? {
            found @ (
                _,
                R::Holiday { .. }
                | R::Calendar { day: Some(_), .. }
                | R::Relative {
                    unit: TimeUnit::Day,
                    anchor: Anchor::Dct,
                    ..
                },
            ) => Ok(found),
            _ => fail(r),
        }
    }

    /// A weekday abbreviation with or without its dot, inside a longer pattern.
    fn weekday_abbr_plain<'a>(&self, i: &'a str) -> Res<'a, (u32, bool)> {
        let (rest, w) = alpha(i)?;
        let d = lexicon::weekday(w)
            .map_or_else(|| fail(i), |d| Ok((rest, d)))?
            .1;
        if w.len() < 3 {
            return fail(i);
        }
        Ok((rest.strip_prefix('.').unwrap_or(rest), (d, capitalized(w))))
    }

    /// `on the 15th`, `the 1st`: a day of the month alone, only where the
    /// clause ends (`the 1st Battalion` is a name).
    fn day_of_month_alone<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, the) = match kw("the")(i) {
            Ok((x, _)) => (ws(x)?.0, true),
            Err(_) => (i, false),
        };
        let on = self.ctx.prev.eq_ignore_ascii_case("on");
        let (r2, d) = if let Ok((x, d)) =
            take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(r)
            && let Ok((x, _)) = kws(&["st", "nd", "rd", "th"])(x)
        {
            (x, d.parse::<u32>().unwrap_or(0))
        } else if the && on {
            day_ordinal_word(r)?
        } else if let Ok((x, d)) =
            take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(r)
            && the
            && at_boundary(x)
            && self.phrase_alone(x)
        {
            // `the 24` asked alone names a day; in prose it is a count
            (x, d.parse::<u32>().unwrap_or(0))
        } else {
            return fail(i);
        };
        if !(the || on) || !(1..=31).contains(&d) || !at_clause_end(r2) {
            return fail(i);
        }
        Ok((r2, cal(None, None, Some(d))))
    }

    /// A part of day followed by its hour: `tonight at 8`, `tomorrow afternoon
    /// at 5`, `this morning @ 10`, `Saturday morning at 9`. An hour without
    /// a.m./p.m. takes its half of the day from the part.
    fn part_then_clock<'a>(&self, found: Res<'a, R>) -> Res<'a, R> {
        let (r, reading) = found?;
        let R::DayPart { part, day } = &reading else {
            return Ok((r, reading));
        };
        let Ok((x, _)) = ws(r) else {
            return Ok((r, reading));
        };
        let x = match kw("at")(x).or_else(|_| tag_ci("@")(x)) {
            Ok((y, _)) => ows(y),
            Err(_) => return Ok((r, reading)),
        };
        let day = day.clone().unwrap_or_else(|| {
            Box::new(R::Relative {
                unit: TimeUnit::Day,
                shift: 0,
                anchor: Anchor::Dct,
            })
        });
        if let Ok((
            x2,
            R::Clock {
                hour, minute, zone, ..
            },
        )) = clock(x)
        {
            let hour = if clock_has_meridiem(x, x2) || hour > 12 {
                hour
            } else {
                hour_in_part(hour, *part)
            };
            return Ok((
                x2,
                R::Clock {
                    hour,
                    minute,
                    zone,
                    day: Some(day),
                    second: None,
                    either_half: false,
                },
            ));
        }
        if let Ok((x2, (h, m))) = bare_hour(x) {
            return Ok((
                x2,
                R::Clock {
                    hour: hour_in_part(h, *part),
                    minute: m,
                    zone: None,
                    day: Some(day),
                    second: None,
                    either_half: false,
                },
            ));
        }
        Ok((r, reading))
    }

    /// A bare hour before its day or part of day: `8 tonight`, `eight this
    /// evening`, `9 tomorrow morning`, `9 tomorrow`.
    fn hour_then_day<'a>(&self, i: &'a str) -> Res<'a, R> {
        let (r, (h, m)) = bare_hour(i)?;
        let (r, _) = ws(r)?;
        let (r2, d) = longest(r, &[&|x| self.day_part(x), &|x| today_words(x)])?;
        let today = || {
            Box::new(R::Relative {
                unit: TimeUnit::Day,
                shift: 0,
                anchor: Anchor::Dct,
            })
        };
        let (hour, day) = match d {
            R::DayPart { part, day } => (hour_in_part(h, part), day.unwrap_or_else(today)),
            other @ R::Relative { .. } => (h, Box::new(other)),
            _ => return fail(i),
        };
        Ok((
            r2,
            R::Clock {
                hour,
                minute: m,
                zone: None,
                day: Some(day),
                second: None,
                either_half: false,
            },
        ))
    }

    /// `a quarter past 3pm`, `20 minutes to 2pm tomorrow`, `half past three
    /// pm`, `twenty after 3pm`, `15 to noon`.
    fn minutes_past<'a>(&self, i: &'a str) -> Res<'a, R> {
        // a bare count (`four to six`) is a clock only as clocks are told:
        // in fives, and not as the low end of a range (`between four to six
        // services`)
        let mut bare_count = false;
        let (r, mins) = if let Ok((r, ())) =
            phrase_words(&["a", "quarter"])(i).or_else(|_| phrase_words(&["quarter"])(i))
        {
            (r, 15)
        } else if let Ok((r, _)) = kw("half")(i) {
            (r, 30)
        } else {
            let (r, n) =
                take_while_m_n::<_, &str, Error<&str>>(1, 2, |c: char| c.is_ascii_digit())(i)
                    .map(|(r, d)| (r, d.parse::<u32>().unwrap_or(99)))
                    .or_else(|_| number_word(i))?;
            let r = match ws(r).and_then(|(x, _)| kws(&["minutes", "minute", "mins", "min"])(x)) {
                Ok((x, _)) => x,
                Err(_) => {
                    bare_count = true;
                    r
                }
            };
            (r, n)
        };
        if bare_count
            && (mins % 5 != 0
                || ["between", "from"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(self.ctx.prev)))
        {
            return fail(i);
        }
        if !(1..=59).contains(&mins) {
            return fail(i);
        }
        let (r, _) = ws(r)?;
        let (r, dir) = kws(&["past", "after", "from", "to", "till", "before"])(r)?;
        let before = matches!(lower_ascii(dir, &mut [0; 16]), "to" | "till" | "before");
        let (r, _) = ws(r)?;
        let (r, (hour, zone, day)) = match self.time_then_day(r) {
            Ok((
                x,
                R::Clock {
                    hour,
                    minute: None | Some(0),
                    zone,
                    day,
                    ..
                },
            )) => (x, (hour, zone, day)),
            Ok(_) => return fail(i),
            Err(_) => {
                // `half past three`: a bare hour
                let (x, (h, m)) = bare_hour(r)?;
                if m.is_some() {
                    return fail(i);
                }
                (x, (h, None, None))
            }
        };
        let total = i64::from(hour) * 60
            + if before {
                -i64::from(mins)
            } else {
                i64::from(mins)
            };
        let Ok(total) = u32::try_from(total) else {
            return fail(i);
        };
        Ok((
            r,
            R::Clock {
                hour: total / 60,
                minute: Some(total % 60),
                zone,
                day,
                second: None,
                either_half: false,
            },
        ))
    }

    /// `3 fridays from now`, `2 thursdays ago`, `friday after next`: a weekday
    /// counted in occurrences.
    fn counted_weekday<'a>(&self, i: &'a str, count_i: &CountAt<'a>) -> Res<'a, R> {
        // `friday after next`
        if let Ok((r, (d, cap))) = weekday_name(i)
            && self.cap_ok(cap)
            && let Ok((r, ())) = preceded_ws_phrase(&["after", "next"])(r)
        {
            return Ok((
                r,
                R::Weekday {
                    day: d,
                    shift: Some(2),
                },
            ));
        }
        let (r, n) = count_at(i, count_i)?;
        let (r, _) = ws(r)?;
        let (r, w) = alpha(r)?;
        let base = w.strip_suffix(['s', 'S']).unwrap_or(w);
        let Some(d) = lexicon::weekday(base) else {
            return fail(i);
        };
        if base.len() < 6
            || !self.cap_ok(capitalized(w))
            || n.fract() != 0.0
            || !(1.0..=520.0).contains(&n)
        {
            return fail(i);
        }
        let n = n as i32;
        let (r2, _) = ws(r)?;
        if let Ok((r3, ())) = phrase_words(&["from", "now"])(r2) {
            return Ok((
                r3,
                R::Weekday {
                    day: d,
                    shift: Some(n),
                },
            ));
        }
        let (r3, _) = kws(&["ago", "back"])(r2)?;
        Ok((
            r3,
            R::Weekday {
                day: d,
                shift: Some(-n),
            },
        ))
    }

    /// `upcoming two weeks`, `2 upcoming days`: the unit that many steps
    /// ahead (the week after next), as a date picker reads it.
    fn upcoming_units<'a>(&self, i: &'a str, count_i: &CountAt<'a>) -> Res<'a, R> {
        let (r, n) = if let Ok((r, _)) = kw("upcoming")(i) {
            let (r, _) = ws(r)?;
            count(r)?
        } else {
            let (r, n) = count_at(i, count_i)?;
            let (r, _) = ws(r)?;
            let (r, _) = kw("upcoming")(r)?;
            (r, n)
        };
        let (r, _) = ws(r)?;
        let (r, (unit, _)) = unit_word(r)?;
        if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
            return fail(i);
        }
        Ok((
            r,
            R::Relative {
                unit,
                shift: n as i32,
                anchor: Anchor::Dct,
            },
        ))
    }

    /// Every core expression, longest first by construction of [`longest`].
    fn core<'a>(&self, i: &'a str) -> Res<'a, R> {
        // The first word decides which alternatives can apply at all; checking it
        // once keeps the scan fast on the commonest trigger words.
        let first_len = i.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let first = i.get(..first_len).unwrap_or_default();
        let class = first_word_classes().get(first);
        let f = |bit: u32| class & bit != 0;
        let digit = first.starts_with(|c: char| c.is_ascii_digit());
        let numberish = digit || f(first_word::NUMBER);
        let det = f(first_word::DET);
        // every alternative reads a month at `i` only through `cap_ok`, so a
        // lowercase `may` or `march` in a text with capitals (the verbs) runs none
        let month = f(first_word::MONTH) && self.cap_ok(capitalized(first));

        // several alternatives read a count at `i` first
        let count_i = CountAt::new();
        let mut best: Option<(&'a str, R)> = None;
        let mut offer = |cand: Res<'a, R>| {
            if let Ok((r, v)) = cand
                && best.as_ref().is_none_or(|(br, _)| r.len() < br.len())
            {
                best = Some((r, v));
            }
        };
        let weekday = f(first_word::WEEKDAY);
        let rel = f(first_word::REL);
        let the = f(first_word::THE);
        let ordinal = f(first_word::ORDINAL);
        // `the` starts a time far less often than it is tried: the word after it
        // rules out the alternatives that could read no other there
        let after_the = the.then(|| after_the(i, first_len));
        let may_follow_the = |bits: u32, digit_ok: bool| {
            after_the.is_none_or(|(d, c)| digit_ok && d || c & bits != 0)
        };
        // after `the`, `day_expr` reads only a day of the month (`the 11th of
        // September`), `rel_weekday`'s word, or `the day before yesterday`
        let day_after_the = may_follow_the(
            first_word::ORDINAL
                | first_word::DAY_TENS
                | first_word::REL_AFTER_THE
                | first_word::COUNTED,
            true,
        );
        let relative = if rel || the && may_follow_the(first_word::REL_AFTER_THE, false) {
            self.relative(i)
        } else {
            fail(i)
        };
        if (digit || weekday || month || rel || the || ordinal || f(first_word::DAY_WORD))
            && day_after_the
        {
            let day = self.day_expr(i);
            if let Ok((r, d)) = &day {
                offer(self.part_then_clock(self.day_with_time(i, r, d.clone())));
            }
            offer(day);
        }
        if numberish || f(first_word::CLOCK_WORD) {
            offer(self.time_then_day(i));
        }
        if month {
            offer(self.month_year(i));
            offer(self.bare_month(i));
        }
        if month || the && may_follow_the(first_word::MONTH, false) {
            offer(self.months_of_a_quarter(i));
        }
        if numberish || the {
            offer(self.year_expr(i));
        }
        // `AD 14`, `A.D. 14`
        if matches!(first, "AD" | "A" | "CE" | "C") {
            offer(era_marked_year(i));
        }
        if digit || det || i.starts_with(['\'', '’']) {
            offer(self.era(i));
        }
        if digit || det || first.len() == 2 || f(first_word::QUARTER_LEAD) {
            offer(self.quarter(i));
        }
        if rel || the {
            offer(relative.clone());
        }
        if f(first_word::EARLIER_LATER) {
            offer(self.earlier_later(i));
        }
        // after `the`, `duration` reads a lead (`the past`), an amount or a unit
        if (numberish || the || rel || f(first_word::UNIT | first_word::AMOUNT_LEAD))
            && may_follow_the(
                first_word::AMOUNT_AFTER_THE | first_word::NUMBER | first_word::UNIT,
                true,
            )
        {
            offer(self.duration_counted(i, &count_i));
        }
        if the || f(first_word::REFERENCE) {
            offer(self.reference(i));
        }
        if (det || f(first_word::DAY_PART_LEAD))
            && may_follow_the(first_word::DAY_PART | first_word::DAY_PART_AFTER_THE, false)
        {
            offer(self.part_then_clock(self.day_part(i)));
        }
        if numberish {
            offer(self.hour_then_day(i));
        }
        // `Feb13`: the glued word is in no class
        if class == 0 && first.ends_with(|c: char| c.is_ascii_digit()) {
            offer(self.glued_month_day(i));
        }
        if f(first_word::AMOUNT_LEAD) {
            offer(self.vague_length(i));
        }
        if f(first_word::NIGHT_OR_MID) {
            offer(self.mid_day_part(i));
            offer(self.overnight(i));
        }
        if self.ctx.lone {
            offer(self.run_together_clock(i));
        }
        if numberish || f(first_word::UPCOMING) {
            offer(self.upcoming_units(i, &count_i));
        }
        if numberish || f(first_word::MINUTES_LEAD) {
            offer(self.minutes_past(i));
        }
        if numberish || weekday {
            offer(self.counted_weekday(i, &count_i));
        }
        // after `the`, `misc` reads only its own words
        if (det
            || first.len() >= 4
                && first
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("year")))
            && may_follow_the(first_word::MISC_AFTER_THE, false)
        {
            offer(self.misc(i));
        }
        if det
            || first.len() >= 2 && first.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"))
            || f(first_word::FISCAL)
        {
            offer(self.fiscal(i));
        }
        if (det || f(first_word::SEASON)) && may_follow_the(first_word::SEASON, false) {
            offer(self.season(i));
        }
        if first.chars().next().is_some_and(char::is_alphabetic) && (!det || f(first_word::REL_DET))
        {
            let h = self.holiday(i);
            // `xmas at 6 pm`
            if let Ok((r, d)) = &h {
                offer(self.day_with_time(i, r, d.clone()));
            }
            offer(h);
        }
        // after `the`, beside the relative period, `within_expr` reads only a day
        // of the month, an ordinal, a weekday, a month or a word it counts
        if (digit || weekday || month || the || ordinal || rel || f(first_word::WITHIN_LEAD))
            && (relative.is_ok()
                || may_follow_the(
                    first_word::ORDINAL
                        | first_word::DAY_TENS
                        | first_word::WEEKDAY
                        | first_word::MONTH
                        | first_word::COUNTED,
                    true,
                ))
        {
            let relative = if rel || the {
                relative
            } else {
                self.relative(i)
            };
            offer(self.within_expr(i, &relative));
        }
        // `the third Tuesday after Christmas`, `the closest Monday to May 5`
        if (the || ordinal || digit)
            && may_follow_the(
                first_word::ORDINAL | first_word::WEEKDAY | first_word::NEAREST,
                true,
            )
        {
            offer(self.nth_from(i));
        }
        // after `the`, a day of the month in digits or as an ordinal word
        if (digit || the) && may_follow_the(first_word::ORDINAL | first_word::DAY_TENS, true) {
            offer(self.day_of_month_alone(i));
        }
        if numberish || f(first_word::SET_LEAD) {
            offer(self.set(i, &count_i));
        }
        if first.len() > 6 && (first.ends_with('s') || first.ends_with('S')) {
            offer(self.plural_set(i));
        }
        if weekday {
            offer(self.weekday_parts_set(i));
        }
        match best {
            Some(b) => Ok(b),
            None => fail(i),
        }
    }

    /// An expression: optional modifier, then a core expression.
    pub(crate) fn expr<'a>(&self, i: &'a str) -> Res<'a, R> {
        let plain = self.core(i);
        if let Ok((r, m)) = self.prefix_mod(i) {
            // `at the end of March`, `been about a decade since`: a period the
            // word before the modifier does not cue is read again as if it
            // began the phrase after the modifier, whose last word (`of`,
            // `about`) cues it
            let inner = self.core(r).or_else(|e| {
                // only the gates of a bare month and of `a`/`an` before a unit
                // read the word before; any other failure stays one
                let gated =
                    r.starts_with(|c: char| c.is_ascii_uppercase()) || kws(&["a", "an"])(r).is_ok();
                if !gated {
                    return Err(e);
                }
                let prev = modifier_last_word(i, r).ok_or(e)?;
                Grammar {
                    ctx: Ctx {
                        prev,
                        prev_char: Some(' '),
                        ..self.ctx
                    },
                }
                .core(r)
            });
            // `the end of the year`, `the middle of the month`
            let inner = inner.or_else(|e| {
                if let Ok((x, _)) = kw("the")(r)
                    && let Ok((x, _)) = ws(x)
                    && let Ok((x2, (unit, false))) = unit_word(x)
                {
                    return Ok((
                        x2,
                        R::Relative {
                            unit,
                            shift: 0,
                            anchor: Anchor::Dct,
                        },
                    ));
                }
                Err(e)
            });
            if let Ok((r2, inner)) = inner {
                let inner = century_of_hundreds(m, r, inner);
                let better = plain.as_ref().map_or(true, |(pr, _)| r2.len() < pr.len());
                // `about` and `some` before a plain date or a bare reference do not apply
                let amount_mod = matches!(
                    m,
                    TimexMod::Approx
                        | TimexMod::MoreThan
                        | TimexMod::LessThan
                        | TimexMod::EqualOrMore
                        | TimexMod::EqualOrLess
                );
                let before_or_after = matches!(m, TimexMod::Before | TimexMod::After);
                let ok = match &inner {
                    // `pre-`, `post-` before a year or a decade only (`post-war`
                    // reads nothing, `post-9/11` is an event)
                    _ if before_or_after => matches!(
                        inner,
                        R::Calendar {
                            year: Some(_),
                            month: None,
                            ..
                        } | R::Era { .. }
                    ),
                    R::Duration { .. } | R::Offset { .. } => true,
                    R::Clock { .. } => matches!(
                        m,
                        TimexMod::Approx
                            | TimexMod::MoreThan
                            | TimexMod::EqualOrMore
                            | TimexMod::EqualOrLess
                            | TimexMod::Start
                            | TimexMod::End
                    ),
                    R::Ref { .. } | R::Set { .. } => false,
                    // `talked about last year`, `about Monday`: `about`
                    // before a day or a relative date is the preposition;
                    // it hedges a year only (`about 1990`)
                    R::Relative { .. } | R::Weekday { .. } | R::Calendar { month: Some(_), .. }
                        if i.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("about")) =>
                    {
                        false
                    }
                    _ => {
                        !amount_mod
                            || m == TimexMod::Approx
                                && !i.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("some"))
                    }
                };
                // `the mid-2019 refresh`, `the late-November trip`: before a
                // single year or month the article is the following noun's (a
                // decade keeps it: `the early 1990s`)
                let article_of_noun = matches!(m, TimexMod::Start | TimexMod::End | TimexMod::Mid)
                    && matches!(
                        inner,
                        R::Calendar {
                            year: Some(_),
                            month: None,
                            ..
                        } | R::Calendar {
                            year: None,
                            month: Some(_),
                            day: None,
                            ..
                        }
                    )
                    && kw("the")(i).is_ok_and(|(x, _)| {
                        ws(x).is_ok_and(|(y, _)| kws(&["early", "late", "mid"])(y).is_ok())
                    });
                if better && ok && !article_of_noun {
                    return Ok((
                        r2,
                        R::Modified {
                            modifier: m,
                            inner: Box::new(inner),
                        },
                    ));
                }
            }
        }
        plain
    }
}
