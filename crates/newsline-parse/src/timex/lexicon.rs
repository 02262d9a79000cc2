//! Word lists of the time grammar: month and weekday names, number words, units.
//!
//! Lookups compare ASCII case-insensitively against small static tables, so no
//! word is ever lowercased into a new allocation on the hot path.

use newsline_model::reading::{DayPart, Season, TimeUnit};

/// Looks `word` up in `table`, ignoring ASCII case.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| same_word(w, word))
        .map(|&(_, v)| v)
}

/// ASCII case-insensitive equality, byte by byte with an early exit: table
/// entries mostly differ in length or first letter, where the word-at-a-time
/// `eq_ignore_ascii_case` costs more.
#[inline]
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .all(|(x, y)| x.eq_ignore_ascii_case(&y))
}

/// [`lookup`] through a hashed index of `table`, built once into `index`, for
/// the tables the grammar asks of nearly every word it tries: most words are
/// in none, and a miss walked every row. The index holds each word's first
/// row, so the answer is [`lookup`]'s.
fn indexed(
    table: &'static [(&'static str, u32)],
    index: &std::sync::OnceLock<WordClasses>,
    word: &str,
) -> Option<u32> {
    let index = index.get_or_init(|| {
        WordClasses::new(table.iter().enumerate().filter_map(|(k, &(w, _))| {
            let first = !table.iter().take(k).any(|&(x, _)| same_word(x, w));
            let row = u32::try_from(k + 1).ok()?;
            first.then_some((w, row))
        }))
    });
    let row = index.get(word).checked_sub(1)?;
    table.get(usize::try_from(row).ok()?).map(|&(_, v)| v)
}

/// [`lookup`] in [`MONTHS`].
pub(crate) fn month(word: &str) -> Option<u32> {
    static INDEX: std::sync::OnceLock<WordClasses> = std::sync::OnceLock::new();
    indexed(MONTHS, &INDEX, word)
}

/// [`lookup`] in [`WEEKDAYS`].
pub(crate) fn weekday(word: &str) -> Option<u32> {
    static INDEX: std::sync::OnceLock<WordClasses> = std::sync::OnceLock::new();
    indexed(WEEKDAYS, &INDEX, word)
}

/// Month names and abbreviations; a trailing `.` is handled by the grammar.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations, ISO numbered (Monday = 1).
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// Number words below a hundred that stand alone.
pub(crate) const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
pub(crate) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A number word of [`SMALL_NUMBERS`] or [`TENS`]: its value and whether it
/// is a tens word. The grammar asks this of nearly every word it tries, and
/// most are neither, so one hashed probe replaces walking both lists.
pub(crate) fn number_value(word: &str) -> Option<(u32, bool)> {
    const SMALL: u32 = 1 << 16;
    const TEN: u32 = 1 << 17;
    static TABLE: std::sync::OnceLock<WordClasses> = std::sync::OnceLock::new();
    let bits = TABLE
        .get_or_init(|| {
            WordClasses::new(
                SMALL_NUMBERS
                    .iter()
                    .map(|&(w, n)| (w, SMALL | n))
                    .chain(TENS.iter().map(|&(w, n)| (w, TEN | n))),
            )
        })
        .get(word);
    let value = bits & (SMALL - 1);
    if bits & SMALL != 0 {
        Some((value, false))
    } else if bits & TEN != 0 {
        Some((value, true))
    } else {
        None
    }
}

/// Ordinal words up to thirty-first, for days and quarters.
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Decade words (`the nineties`).
pub(crate) const DECADE_WORDS: &[(&str, u32)] = &[
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

/// Calendar unit words, singular and plural.
pub(crate) const UNITS: &[(&str, TimeUnit, bool)] = &[
    ("second", TimeUnit::Second, false),
    ("seconds", TimeUnit::Second, true),
    ("sec", TimeUnit::Second, false),
    ("secs", TimeUnit::Second, true),
    ("minute", TimeUnit::Minute, false),
    ("minutes", TimeUnit::Minute, true),
    ("min", TimeUnit::Minute, false),
    ("mins", TimeUnit::Minute, true),
    ("hour", TimeUnit::Hour, false),
    ("hours", TimeUnit::Hour, true),
    ("hr", TimeUnit::Hour, false),
    ("hrs", TimeUnit::Hour, true),
    ("day", TimeUnit::Day, false),
    ("days", TimeUnit::Day, true),
    ("night", TimeUnit::Day, false),
    ("nights", TimeUnit::Day, true),
    ("weekend", TimeUnit::Weekend, false),
    ("weekends", TimeUnit::Weekend, true),
    ("week", TimeUnit::Week, false),
    ("weeks", TimeUnit::Week, true),
    ("fortnight", TimeUnit::Fortnight, false),
    ("fortnights", TimeUnit::Fortnight, true),
    ("month", TimeUnit::Month, false),
    ("months", TimeUnit::Month, true),
    ("quarter", TimeUnit::Quarter, false),
    ("quarters", TimeUnit::Quarter, true),
    ("qtr", TimeUnit::Quarter, false),
    ("qtrs", TimeUnit::Quarter, true),
    ("year", TimeUnit::Year, false),
    ("years", TimeUnit::Year, true),
    ("yr", TimeUnit::Year, false),
    ("yrs", TimeUnit::Year, true),
    ("decade", TimeUnit::Decade, false),
    ("decades", TimeUnit::Decade, true),
    ("century", TimeUnit::Century, false),
    ("centuries", TimeUnit::Century, true),
    ("millennium", TimeUnit::Millennium, false),
    ("millennia", TimeUnit::Millennium, true),
];

/// Looks up a unit word: the unit and whether it was plural.
pub(crate) fn unit(word: &str) -> Option<(TimeUnit, bool)> {
    UNITS
        .iter()
        .find(|(w, _, _)| same_word(w, word))
        .map(|&(_, u, p)| (u, p))
}

/// Parts of the day.
pub(crate) const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("mornings", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("afternoons", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("evenings", DayPart::Evening),
    ("night", DayPart::Night),
    ("nights", DayPart::Night),
    ("overnight", DayPart::Night),
];

/// Seasons; `fall`, `spring` are gated by the grammar since they are also verbs.
pub(crate) const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
];

/// Newspapers and shows named after a weekday: `Sunday Times` is not a date.
pub(crate) const WEEKDAY_TITLES: &[&str] = &[
    "times",
    "telegraph",
    "mirror",
    "express",
    "herald",
    "post",
    "observer",
    "independent",
    "star",
    "mail",
    "people",
    "sport",
    "night",
    "morning",
    "today",
    "edition",
    "magazine",
    "review",
    "tribune",
    "journal",
    "world",
    "news",
];

/// Words after which a capitalized `May` or `March` is a month, not a verb or name.
pub(crate) const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "of",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "during",
    "to",
    "and",
    "or",
    "between",
    "that",
    "each",
    "every",
    "for",
    "past",
    "coming",
    "on",
    "around",
    "about",
    "into",
    "throughout",
];

/// Words with bit sets of what they are (see the `class` constants of the
/// users), looked up ASCII case-insensitively. These lookups run for every
/// word of the text, so a word of up to 16 bytes is folded to lowercase into
/// a [`Key`] and found by hashing with a probe or two; longer words are rare
/// and searched in a list.
pub(crate) struct WordClasses {
    /// Open addressing, a power of two long; a key of length 0 is an empty slot.
    slots: Vec<Slot>,
    /// log2 of the number of slots.
    bits: u32,
    long: Vec<(&'static [u8], u32)>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    bits: u32,
}

/// A word of 1 to 16 bytes, ASCII-lowercased: two (possibly overlapping) loads
/// that together cover every byte, and the length, which makes them one word.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: usize,
}

/// The longest word that makes a [`Key`].
const SHORT_WORD: usize = 16;

/// The bytes of `x` ASCII-lowercased, all eight at once.
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    // high bit of each byte: at least `A`, past `Z`, not ASCII
    let from_a = low7 + u64::from(0x80 - b'A') * ONES;
    let past_z = low7 + u64::from(0x80 - b'Z' - 1) * ONES;
    let upper = from_a & !past_z & !x & (0x80 * ONES);
    x | (upper >> 2)
}

fn load<const N: usize>(w: &[u8], at: usize) -> [u8; N] {
    w.get(at..at + N)
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; N])
}

fn key(w: &[u8]) -> Option<Key> {
    let len = w.len();
    let (lo, hi) = match len {
        8..=SHORT_WORD => (
            u64::from_le_bytes(load(w, 0)),
            u64::from_le_bytes(load(w, len - 8)),
        ),
        4..=7 => (
            u64::from(u32::from_le_bytes(load(w, 0))),
            u64::from(u32::from_le_bytes(load(w, len - 4))),
        ),
        1..=3 => {
            let b = |at: usize| u64::from(w.get(at).copied().unwrap_or(0));
            (b(0) | b(len / 2) << 8 | b(len - 1) << 16, 0)
        }
        _ => return None,
    };
    Some(Key {
        lo: lower8(lo),
        hi: lower8(hi),
        len,
    })
}

/// Fibonacci hashing: the top `bits` bits of the product index the table.
fn hash(k: Key, bits: u32) -> usize {
    let x = k.lo ^ k.hi.rotate_left(29) ^ k.len as u64;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

impl WordClasses {
    /// A table of `entries`; a word listed twice gets the union of its bits.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, u32)>) -> Self {
        let mut table = Self {
            slots: vec![Slot::default(); 16],
            bits: 4,
            long: Vec::new(),
        };
        let mut filled = 0;
        for (word, bits) in entries {
            let w = word.as_bytes();
            match key(w) {
                Some(key) => {
                    // at most a quarter full: most probes end at their first slot
                    if filled * 4 >= table.slots.len() {
                        table.grow();
                    }
                    if let Some(slot) = table.slot_mut(key) {
                        if slot.key.len == 0 {
                            slot.key = key;
                            filled += 1;
                        }
                        slot.bits |= bits;
                    }
                }
                None if w.is_empty() => {}
                None => match table
                    .long
                    .iter_mut()
                    .find(|(x, _)| x.eq_ignore_ascii_case(w))
                {
                    Some((_, b)) => *b |= bits,
                    None => table.long.push((w, bits)),
                },
            }
        }
        table
    }

    /// The slot of `key`: its own, or the empty one where it would go.
    fn slot_mut(&mut self, key: Key) -> Option<&mut Slot> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash(key, self.bits) & mask;
        // the table is never full, so the probe ends
        while self
            .slots
            .get(at)
            .is_some_and(|s| s.key.len != 0 && s.key != key)
        {
            at = (at + 1) & mask;
        }
        self.slots.get_mut(at)
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.bits += 1;
        for slot in old.into_iter().filter(|s| s.key.len != 0) {
            if let Some(free) = self.slot_mut(slot.key) {
                *free = slot;
            }
        }
    }

    /// The bits of `word`, 0 when it is not listed.
    pub(crate) fn get(&self, word: &str) -> u32 {
        let w = word.as_bytes();
        let Some(key) = key(w) else {
            return self
                .long
                .iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(w))
                .map_or(0, |&(_, bits)| bits);
        };
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash(key, self.bits) & mask;
        while let Some(slot) = self.slots.get(at) {
            if slot.key == key {
                return slot.bits;
            }
            if slot.key.len == 0 {
                return 0;
            }
            at = (at + 1) & mask;
        }
        0
    }
}
