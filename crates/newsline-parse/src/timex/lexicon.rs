//! Word lists of the time grammar: month and weekday names, number words, units.
//!
//! Lookups compare ASCII case-insensitively against small static tables, so no
//! word is ever lowercased into a new allocation on the hot path.

use newsline_model::reading::{DayPart, Season, TimeUnit};

/// Looks `word` up in `table`, ignoring ASCII case.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
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
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
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
/// users), looked up ASCII case-insensitively with a handful of byte
/// comparisons: words are bucketed by first letter and length, since these
/// lookups run for every word of the text.
pub(crate) struct WordClasses {
    buckets: Vec<Vec<(&'static [u8], u32)>>,
}

/// Words longer than this share one bucket per first letter.
const LONG_WORD: usize = 16;

/// Buckets per first letter: one per length up to [`LONG_WORD`], lengths 0 to 16.
const LENGTHS: usize = LONG_WORD + 1;

fn bucket_of(first: u8, len: usize) -> usize {
    // letters a–z, then one bucket for everything else
    let letter = usize::from(first.to_ascii_lowercase().wrapping_sub(b'a')).min(26);
    letter * LENGTHS + len.min(LONG_WORD)
}

impl WordClasses {
    /// A table of `entries`; a word listed twice gets the union of its bits.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, u32)>) -> Self {
        let mut buckets: Vec<Vec<(&'static [u8], u32)>> = vec![Vec::new(); 27 * LENGTHS];
        for (word, bits) in entries {
            let w = word.as_bytes();
            let Some(bucket) = w
                .first()
                .and_then(|&f| buckets.get_mut(bucket_of(f, w.len())))
            else {
                continue;
            };
            match bucket.iter_mut().find(|(x, _)| x.eq_ignore_ascii_case(w)) {
                Some((_, b)) => *b |= bits,
                None => bucket.push((w, bits)),
            }
        }
        Self { buckets }
    }

    /// The bits of `word`, 0 when it is not listed.
    pub(crate) fn get(&self, word: &str) -> u32 {
        let w = word.as_bytes();
        let Some(bucket) = w
            .first()
            .and_then(|&f| self.buckets.get(bucket_of(f, w.len())))
        else {
            return 0;
        };
        bucket
            .iter()
            .find(|(x, _)| {
                x.len() == w.len() && x.iter().zip(w).all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
            .map_or(0, |&(_, bits)| bits)
    }
}
