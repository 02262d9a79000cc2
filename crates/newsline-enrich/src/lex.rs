//! Word lists the rules share. Written for newsline from general knowledge of English
//! news style.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// A word list with constant-time membership: the lists are looked up for nearly
/// every token, so each listed word up to sixteen bytes is packed into a fixed-size
/// key that is hashed with one multiply and compared in three words, and a token is
/// lowercased in registers rather than into a buffer.
pub(crate) struct WordList {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

struct Index {
    words: WordMap<()>,
    /// Bit per first byte of a listed word.
    first: [u64; 4],
    /// Bit per (first byte, last byte) of a listed word, each folded to its low five
    /// bits: a few collisions cost a probe, never a wrong answer.
    ends: [u64; 16],
    min_len: usize,
    max_len: usize,
}

/// Exact lookup of a word's value: each word up to sixteen bytes is packed into a
/// fixed-size key that is hashed with one multiply and compared in three words,
/// where a general hash map hashes the bytes one word at a time and compares them
/// with a call.
pub(crate) struct WordMap<V> {
    /// Open addressing, a power of two long and at most a quarter full; a key of
    /// length 0 is an empty slot.
    slots: Vec<(Key, V)>,
    /// log2 of the number of slots.
    bits: u32,
    /// Words too long for a [`Key`].
    long: FxHashMap<Box<[u8]>, V>,
}

/// Bit of `(first, last)` in [`Index::ends`].
fn ends_bit(first: u8, last: u8) -> usize {
    usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// One in each byte, and the high bit of each byte: the constants of tests that
/// read eight bytes at once.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte of `low7` (bytes below 0x80) that lies in `lo..=hi`; no
/// sum carries into the next byte.
#[inline]
pub(crate) fn bytes_in_range(low7: u64, lo: u8, hi: u8) -> u64 {
    (low7 + u64::from(0x80 - lo) * ONES) & !(low7 + u64::from(0x7f - hi) * ONES) & HIGH
}

/// High bit of each byte of `x` that is an ASCII capital.
#[inline]
pub(crate) fn ascii_capitals(x: u64) -> u64 {
    bytes_in_range(x & (0x7f * ONES), b'A', b'Z') & !x
}

pub(crate) fn set_bit(bits: &mut [u64], n: usize) {
    if let Some(word) = bits.get_mut(n >> 6) {
        *word |= 1 << (n & 63);
    }
}

pub(crate) fn has_bit(bits: &[u64], n: usize) -> bool {
    bits.get(n >> 6)
        .is_some_and(|word| word & (1 << (n & 63)) != 0)
}

/// A word of 1 to 16 bytes: two (possibly overlapping) loads that together cover
/// every byte, and the length, which makes them one word.
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
    x | (ascii_capitals(x) >> 2)
}

fn load<const N: usize>(w: &[u8], at: usize) -> [u8; N] {
    w.get(at..at + N)
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; N])
}

/// The key of `w` as it is, `None` when it is empty or too long.
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
    Some(Key { lo, hi, len })
}

/// A short ASCII word read once for lookups as written and in lowercase: the
/// lowercase form is the key lowercased in registers, never a copy of the word.
#[derive(Clone, Copy)]
pub(crate) struct CaseKeys {
    word: Key,
    lower: Key,
}

impl CaseKeys {
    /// The keys of `w`, `None` unless it is ASCII of one to sixteen bytes.
    pub(crate) fn of(w: &str) -> Option<Self> {
        // The key holds every byte, so it tells whether `w` is ASCII.
        let word = key(w.as_bytes()).filter(|k| (k.lo | k.hi) & HIGH == 0)?;
        let lower = Key {
            lo: lower8(word.lo),
            hi: lower8(word.hi),
            len: word.len,
        };
        Some(CaseKeys { word, lower })
    }

    /// True when the word has no capital.
    pub(crate) fn is_lowercase(self) -> bool {
        self.word == self.lower
    }
}

/// Fibonacci hashing: the top `bits` bits of the product index the table.
fn hash(k: Key, bits: u32) -> usize {
    let x = k.lo ^ k.hi.rotate_left(29) ^ k.len as u64;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

impl<V: Copy + Default> WordMap<V> {
    /// The map of `entries`; of a word given twice, the last value stands.
    pub(crate) fn new<W: AsRef<[u8]>>(entries: impl ExactSizeIterator<Item = (W, V)>) -> Self {
        let slots = (entries.len() * 4).next_power_of_two().max(16);
        let mut map = WordMap {
            slots: vec![(Key::default(), V::default()); slots],
            bits: slots.trailing_zeros(),
            long: FxHashMap::default(),
        };
        for (w, v) in entries {
            let w = w.as_ref();
            match key(w) {
                Some(k) => {
                    let at = map.probe(k);
                    if let Some(slot) = map.slots.get_mut(at) {
                        *slot = (k, v);
                    }
                }
                None if w.is_empty() => {}
                None => {
                    map.long.insert(w.into(), v);
                }
            }
        }
        map
    }

    /// The slot holding `k`, or the empty one where it would go.
    fn probe(&self, k: Key) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash(k, self.bits) & mask;
        // never more than a quarter full, so the probe ends
        while self
            .slots
            .get(at)
            .is_some_and(|(s, _)| s.len != 0 && *s != k)
        {
            at = (at + 1) & mask;
        }
        at
    }

    /// The probe of [`Self::probe`] returning the value where it stops: looked up
    /// for nearly every token, so the slot is read once.
    #[inline]
    fn get_key(&self, k: Key) -> Option<V> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash(k, self.bits) & mask;
        loop {
            let &(s, v) = self.slots.get(at)?;
            if s.len == 0 {
                return None;
            }
            if s == k {
                return Some(v);
            }
            at = (at + 1) & mask;
        }
    }

    fn get_bytes(&self, w: &[u8]) -> Option<V> {
        match key(w) {
            Some(k) => self.get_key(k),
            None => self.long.get(w).copied(),
        }
    }

    /// The value of `w` exactly as written.
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        self.get_bytes(w.as_bytes())
    }

    /// The value of a word read as [`CaseKeys`], as written.
    pub(crate) fn get_as_written(&self, k: CaseKeys) -> Option<V> {
        self.get_key(k.word)
    }

    /// The value of a word read as [`CaseKeys`], in lowercase.
    pub(crate) fn get_lowercase(&self, k: CaseKeys) -> Option<V> {
        self.get_key(k.lower)
    }
}

impl Index {
    fn build(words: &'static [&'static str]) -> Self {
        let mut index = Index {
            words: WordMap::new(words.iter().map(|w| (w, ()))),
            first: [0; 4],
            ends: [0; 16],
            min_len: words.iter().map(|w| w.len()).min().unwrap_or(0),
            max_len: words.iter().map(|w| w.len()).max().unwrap_or(0),
        };
        for w in words {
            let w = w.as_bytes();
            if let (Some(&f), Some(&l)) = (w.first(), w.last()) {
                set_bit(&mut index.first, usize::from(f));
                set_bit(&mut index.ends, ends_bit(f, l));
            }
        }
        index
    }

    fn has_first(&self, b: u8) -> bool {
        has_bit(&self.first, usize::from(b))
    }

    fn has_ends(&self, first: u8, last: u8) -> bool {
        has_bit(&self.ends, ends_bit(first, last))
    }

    fn has_key(&self, k: Key) -> bool {
        self.words.get_key(k).is_some()
    }

    fn has(&self, w: &[u8]) -> bool {
        self.words.get_bytes(w).is_some()
    }
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            index: OnceLock::new(),
        }
    }

    /// The listed words, for tables that combine several lists.
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.words))
    }

    /// Exact membership.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let ix = self.index();
        let bytes = w.as_bytes();
        w.len() >= ix.min_len
            && w.len() <= ix.max_len
            && match (bytes.first(), bytes.last()) {
                (Some(&f), Some(&l)) => ix.has_ends(f, l),
                _ => true,
            }
            && ix.has(bytes)
    }

    /// Membership of the lowercase form of `w`.
    pub(crate) fn contains_any_case(&self, w: &str) -> bool {
        let ix = self.index();
        // A listed (ASCII) word is never longer than the word it is the lowercase of,
        // nor shorter than a third of it (`K` Kelvin sign → `k`).
        if w.len() < ix.min_len || w.len() > ix.max_len.saturating_mul(3) {
            return false;
        }
        // An ASCII first or last letter lowercases to the first or last letter of
        // the lowercase form; other characters may lowercase to anything.
        let bytes = w.as_bytes();
        if let (Some(&f), Some(&l)) = (bytes.first(), bytes.last()) {
            if f.is_ascii() {
                let f = f.to_ascii_lowercase();
                if !ix.has_first(f) || l.is_ascii() && !ix.has_ends(f, l.to_ascii_lowercase()) {
                    return false;
                }
            }
        }
        // The key holds every byte, so it tells whether `w` is ASCII, whose
        // lowercase form is the same length and lowercased in place.
        match key(bytes) {
            Some(k) if (k.lo | k.hi) & HIGH == 0 => ix.has_key(Key {
                lo: lower8(k.lo),
                hi: lower8(k.hi),
                len: k.len,
            }),
            _ => ix.has(lowercase_bytes(w, &mut [0; LOWER_BUF]).as_ref()),
        }
    }
}

/// Longest word lowercased without allocating.
const LOWER_BUF: usize = 32;

/// `w` lowercased, as bytes: in `buf` when it is short ASCII, else allocated (the
/// same result as `str::to_lowercase`).
fn lowercase_bytes<'a>(w: &str, buf: &'a mut [u8; LOWER_BUF]) -> Cow<'a, [u8]> {
    if let Some(dst) = buf.get_mut(..w.len()) {
        let mut high = 0u8;
        for (d, b) in dst.iter_mut().zip(w.bytes()) {
            high |= b;
            *d = b.to_ascii_lowercase();
        }
        if high.is_ascii() {
            return Cow::Borrowed(dst);
        }
    }
    Cow::Owned(w.to_lowercase().into_bytes())
}

/// Capitalized words that start sentences but are not names on their own.
pub(crate) static STOP: WordList = WordList::new(&[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "of",
    "to",
    "with",
    "without",
    "but",
    "and",
    "or",
    "nor",
    "so",
    "yet",
    "if",
    "as",
    "after",
    "before",
    "when",
    "while",
    "where",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "which",
    "whose",
    "under",
    "over",
    "since",
    "until",
    "though",
    "although",
    "because",
    "despite",
    "during",
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "me",
    "us",
    "him",
    "her",
    "them",
    "my",
    "our",
    "your",
    "his",
    "its",
    "their",
    "there",
    "here",
    "then",
    "now",
    "still",
    "any",
    "some",
    "many",
    "most",
    "much",
    "more",
    "less",
    "few",
    "all",
    "both",
    "each",
    "every",
    "either",
    "neither",
    "no",
    "not",
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "last",
    "next",
    "other",
    "another",
    "such",
    "only",
    "also",
    "even",
    "just",
    "yes",
    "equally",
    "would",
    "could",
    "should",
    "will",
    "may",
    "might",
    "must",
    "can",
    "shall",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "however",
    "meanwhile",
    "moreover",
    "instead",
    "indeed",
    "already",
    "almost",
    "again",
    "once",
    "later",
    "earlier",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "sep.",
    "updated",
    "published",
    "posted",
    "edited",
    "additional",
    "reporting",
    "editing",
    "et",
    "est",
    "edt",
    "gmt",
    "utc",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "kst",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "mr",
    "well",
    "oh",
    "ok",
    "please",
    "thank",
    "thanks",
    "dear",
    "let",
    "like",
    "about",
    "against",
    "among",
    "between",
    "into",
    "through",
    "toward",
    "towards",
    "upon",
    "within",
    "via",
    "per",
    "amid",
    "across",
    "behind",
    "beyond",
    "near",
    "outside",
    "inside",
    "around",
    "along",
    "above",
    "below",
    "off",
    "out",
    "up",
    "down",
    "historically",
    "simultaneously",
    "generally",
    "especially",
    "finally",
    "perhaps",
    "probably",
    "clearly",
    "officials",
    "experts",
    "analysts",
    "sources",
    "critics",
    "many",
    "several",
    "according",
    "asked",
    "said",
    "says",
    "photo",
    "video",
    "watch",
    "read",
    "related",
    "advertisement",
    "user",
    "input",
    "breaking",
    "exclusive",
    "update",
    "analysis",
    "opinion",
    "editorial",
    "commentary",
    "comment",
    "note",
    "correction",
]);

/// Month and weekday names and time-zone words that never start a name.
pub(crate) static TIME_WORDS: WordList = WordList::new(&[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "ET",
    "EST",
    "EDT",
    "GMT",
    "UTC",
    "PT",
    "PST",
    "PDT",
    "CT",
    "CST",
    "CDT",
    "KST",
    "JST",
    "BST",
    "CET",
    "IST",
    "Christmas",
    "Easter",
    "Thanksgiving",
]);

/// Acronyms that are not organizations.
pub(crate) static NON_ORG_ACRONYMS: WordList = WordList::new(&[
    "ICBM", "ICBMs", "GDP", "CEO", "CEOs", "CFO", "COO", "AIDS", "HIV", "TV", "OK", "ID", "IDs",
    "DNA", "RNA", "COVID", "PhD", "MP", "MPs", "AM", "PM", "II", "III", "IV", "VI", "VII", "VIII",
    "IX", "XI", "XII", "UFO", "SUV", "SUVs", "GPS", "IT", "AI", "PR", "Q1", "Q2", "Q3", "Q4",
    "USD", "EUR", "KM", "MPH", "I", "A", "AD", "BC", "CE", "BCE", "MVP", "DJ", "VIP", "VIPs",
    "FAQ", "PDF", "URL", "LGBT", "LGBTQ", "NBA", "NFL",
]);

/// Final words that make a capitalized sequence an organization.
pub(crate) static ORG_SUFFIX: WordList = WordList::new(&[
    "University",
    "Universiteit",
    "Université",
    "Universität",
    "Universidad",
    "Institute",
    "Institution",
    "Council",
    "Agency",
    "Ministry",
    "Department",
    "Center",
    "Centre",
    "Forum",
    "Program",
    "Programme",
    "Bank",
    "Fund",
    "Party",
    "Committee",
    "Commission",
    "College",
    "School",
    "Corp.",
    "Corp",
    "Corporation",
    "Inc.",
    "Inc",
    "Co.",
    "Ltd",
    "Ltd.",
    "LLC",
    "Group",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Society",
    "Union",
    "League",
    "Federation",
    "Office",
    "Bureau",
    "Service",
    "Services",
    "Authority",
    "Board",
    "Court",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Police",
    "Church",
    "Times",
    "Post",
    "News",
    "Press",
    "Journal",
    "Herald",
    "Tribune",
    "Radio",
    "Television",
    "Network",
    "Broadcasting",
    "Airlines",
    "Airways",
    "Company",
    "Companies",
    "Industries",
    "Motors",
    "Technologies",
    "Systems",
    "Holdings",
    "Partners",
    "Capital",
    "Hospital",
    "Clinic",
    "Academy",
    "Laboratory",
    "Laboratories",
    "Museum",
    "Library",
    "Club",
    "Team",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "Cabinet",
    "Administration",
    "Secretariat",
    "Directorate",
    "Command",
    "Corps",
    "Brigade",
    "Regiment",
    "Division",
    "Battalion",
    "Legion",
    "Studies",
    "Exchange",
    "Initiative",
    "Project",
    "Trust",
    "Network",
    "Watch",
    "Chamber",
    "Council’s",
]);

/// First words that make a capitalized sequence an organization (`University of …`).
pub(crate) static ORG_HEAD: WordList = WordList::new(&[
    "University",
    "Universiteit",
    "Université",
    "Institute",
    "Ministry",
    "Department",
    "Bank",
    "Council",
    "Committee",
    "Commission",
    "College",
    "School",
    "Church",
    "Office",
    "Bureau",
    "Agency",
    "Federation",
    "Association",
    "Organization",
    "Organisation",
    "Society",
    "Union",
    "League",
    "Academy",
    "Museum",
    "Board",
    "Court",
    "House",
    "Center",
    "Centre",
    "Fund",
    "Party",
    "Group",
    "Foundation",
    "Municipality",
    "Order",
    "Daughters",
    "Sons",
    "Friends",
    "Federal",
    "National",
    "Supreme",
    "Royal",
    "Central",
]);

/// Final words of event names.
pub(crate) static EVENT_SUFFIX: WordList = WordList::new(&[
    "Summit",
    "Games",
    "Olympics",
    "Cup",
    "War",
    "Festival",
    "Championship",
    "Championships",
    "Expo",
    "Revolution",
    "Crisis",
    "Election",
    "Elections",
    "Conference",
    "Congress",
    "Tournament",
    "Open",
    "Marathon",
    "Awards",
    "Prize",
    "Uprising",
    "Massacre",
    "Olympiad",
]);

/// Final words of facility names.
pub(crate) static FAC_SUFFIX: WordList = WordList::new(&[
    "Airport",
    "Bridge",
    "Stadium",
    "Tower",
    "Towers",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Palace",
    "Hall",
    "Mosque",
    "Cathedral",
    "Temple",
    "Station",
    "Building",
    "Arena",
    "Park",
    "Highway",
    "Port",
    "Harbor",
    "Harbour",
    "Base",
    "Prison",
    "Plaza",
    "Gate",
    "Dam",
    "Canal",
    "Tunnel",
    "Terminal",
    "Hotel",
    "Gallery",
    "Galleries",
    "Mall",
]);

/// Final words of non-political places.
pub(crate) static LOC_SUFFIX: WordList = WordList::new(&[
    "River",
    "Sea",
    "Ocean",
    "Mountains",
    "Mountain",
    "Mount",
    "Lake",
    "Island",
    "Islands",
    "Valley",
    "Peninsula",
    "peninsula",
    "Desert",
    "Bay",
    "Gulf",
    "Strait",
    "Coast",
    "Basin",
    "Plateau",
    "Hills",
    "Forest",
    "Delta",
]);

/// Final words of political places.
pub(crate) static GPE_SUFFIX: WordList = WordList::new(&[
    "City",
    "County",
    "Province",
    "Prefecture",
    "District",
    "Region",
    "Oblast",
    "State",
    "Republic",
    "Kingdom",
    "Empire",
    "Emirate",
    "Territory",
    "Borough",
    "Township",
    "Village",
    "Town",
]);

/// Capitalized titles that precede a person's name inside a capitalized sequence.
pub(crate) static TITLES: WordList = WordList::new(&[
    "President",
    "Minister",
    "Secretary",
    "Chancellor",
    "Premier",
    "Governor",
    "Senator",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emperor",
    "Pope",
    "Ambassador",
    "Judge",
    "Justice",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Leader",
    "Comrade",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Commander",
    "General",
    "Admiral",
    "Colonel",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Major",
    "Professor",
    "Prof.",
    "Dr.",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Gov.",
    "Sen.",
    "Rep.",
    "Gen.",
    "Col.",
    "Lt.",
    "Sgt.",
    "Capt.",
    "Adm.",
    "Maj.",
    "Rev.",
    "Father",
    "Sister",
    "Brother",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Ayatollah",
    "Chief",
    "Envoy",
    "Speaker",
    "Commissioner",
    "Superintendent",
    "Inspector",
    "Detective",
    "Officer",
    "Coach",
    "Dean",
    "Vice",
    "Deputy",
    "CEO",
    "Chairperson",
    "Marshal",
    "Field",
    "Attorney",
]);

/// Titles that are only honorifics: not recorded as roles.
pub(crate) static HONORIFICS: WordList = WordList::new(&[
    "Comrade", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady",
    "Dr.", "Dr",
]);

/// Lowercase role nouns used in pre-modifiers and appositions.
pub(crate) static ROLE_NOUNS: WordList = WordList::new(&[
    "professor",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "chief",
    "secretary",
    "analyst",
    "expert",
    "researcher",
    "fellow",
    "official",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "editor",
    "reporter",
    "correspondent",
    "commander",
    "general",
    "governor",
    "senator",
    "mayor",
    "executive",
    "founder",
    "co-founder",
    "ceo",
    "manager",
    "member",
    "lecturer",
    "scholar",
    "economist",
    "historian",
    "dean",
    "coordinator",
    "officer",
    "diplomat",
    "negotiator",
    "author",
    "owner",
    "student",
    "teacher",
    "coach",
    "captain",
    "player",
    "deputy",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "judge",
    "prosecutor",
    "representative",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "activist",
    "candidate",
    "strategist",
    "consultant",
    "specialist",
    "scientist",
    "engineer",
    "doctor",
    "physician",
    "spokesperson",
    "leaders",
    "heir",
    "host",
    "dictator",
    "foreign",
    "defense",
    "prime",
    "vice",
    "former",
    "acting",
    "senior",
    "top",
    "assistant",
    "associate",
]);

/// Role nouns that can head a role (not modifiers like `former`).
pub(crate) fn is_role_head(w: &str) -> bool {
    ROLE_NOUNS.contains_any_case(w)
        && !matches!(
            lowercase_bytes(w, &mut [0; LOWER_BUF]).as_ref(),
            b"foreign"
                | b"defense"
                | b"prime"
                | b"vice"
                | b"former"
                | b"acting"
                | b"senior"
                | b"top"
                | b"assistant"
                | b"associate"
                | b"deputy"
        )
}

/// Speech and attribution verbs (all inflections listed).
pub(crate) static CUE_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "added",
    "adds",
    "noted",
    "notes",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "explained",
    "explains",
    "wrote",
    "writes",
    "asked",
    "asks",
    "agreed",
    "agrees",
    "argued",
    "argues",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "stated",
    "states",
    "continued",
    "continues",
    "replied",
    "replies",
    "responded",
    "responds",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "declared",
    "declares",
    "emphasized",
    "emphasised",
    "emphasizes",
    "observed",
    "observes",
    "recalled",
    "recalls",
    "remarked",
    "reported",
    "reports",
    "suggested",
    "suggests",
    "urged",
    "urges",
    "predicted",
    "predicts",
    "cautioned",
    "cautions",
    "conceded",
    "concedes",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "commented",
    "comments",
    "tweeted",
    "posted",
    "wondered",
    "thinks",
    "believes",
    "believed",
    "estimated",
    "estimates",
    "denied",
    "denies",
    "alleged",
    "alleges",
    "charged",
    "testified",
    "shouted",
    "whispered",
    "joked",
    "quipped",
    "complained",
    "complains",
    "boasted",
    "vowed",
    "vows",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "demanded",
    "demands",
    "highlighted",
    "underlined",
    "underscored",
    "found",
    "finds",
    "shows",
    "showed",
    "concluded",
    "concludes",
    "mentioned",
    "revealed",
    "disclosed",
    "indicated",
    "indicates",
    "recounted",
    "described",
    "describes",
    "assured",
    "reiterated",
    "call",
    "saying",
    "asking",
    "adding",
    "noting",
    "warning",
    "arguing",
    "claiming",
    "insisting",
    "explaining",
    "declaring",
    "describing",
    "announcing",
    "calling",
    "called",
    "calls",
    "tweeting",
    "tweets",
    "sings",
    "sang",
    "ruled",
    "rules",
    "labeled",
    "labelled",
    "dubbed",
    "branded",
    "accusing",
    "accused",
    "accuses",
    "blasted",
    "slammed",
    "touted",
    "praised",
    "criticized",
    "mocked",
    "mocking",
    "promising",
    "encouraged",
    "pleaded",
    "yelled",
    "chanted",
    "writing",
    "responding",
    "replying",
    "recalling",
    "suggesting",
    "stressing",
    "acknowledging",
    "admitting",
    "predicting",
    "countered",
    "counters",
    "hinted",
    "lamented",
    "reasoned",
    "quoted",
    "reads",
    "yells",
    "asserted",
    "asserts",
]);

/// Multi-word cues, as lowercase word sequences.
pub(crate) const CUE_PHRASES: &[&[&str]] = &[
    &["pointed", "out"],
    &["points", "out"],
    &["according", "to"],
    &["went", "on"],
    &["goes", "on"],
    &["spelled", "out"],
];

/// Per small letter, a bit per byte length of the [`CUE_PHRASES`] first words
/// starting with it (in either case).
// Evaluated at compile time: an index out of range would fail the build.
#[allow(clippy::indexing_slicing)]
const CUE_PHRASE_SHAPES: [u64; 26] = {
    let mut shapes = [0u64; 26];
    let mut rest = CUE_PHRASES;
    while let [phrase, tail @ ..] = rest {
        if let [first, ..] = phrase {
            if let [b, ..] = first.as_bytes() {
                let letter = b.to_ascii_lowercase().wrapping_sub(b'a') as usize;
                if letter < 26 && first.len() < 64 {
                    shapes[letter] |= 1 << first.len();
                }
            }
        }
        rest = tail;
    }
    shapes
};

/// False when no [`CUE_PHRASES`] entry can start with `w`: nearly every token is
/// told so by its first letter and length, before any phrase is compared.
pub(crate) fn may_start_cue_phrase(w: &str) -> bool {
    let Some(&b) = w.as_bytes().first() else {
        return false;
    };
    let letter = usize::from(b.to_ascii_lowercase().wrapping_sub(b'a'));
    w.len() < 64
        && CUE_PHRASE_SHAPES
            .get(letter)
            .is_some_and(|shape| shape & (1 << w.len()) != 0)
}

/// True when `w` (any case) is a speech cue verb.
pub(crate) fn is_cue_verb(w: &str) -> bool {
    CUE_VERBS.contains_any_case(w)
}

/// True when the lowercase form of `w` is in [`STOP`].
pub(crate) fn is_stop(w: &str) -> bool {
    STOP.contains_any_case(w)
}

/// True for words of [`COMMON_VERBS`].
pub(crate) fn is_common_verb(w: &str) -> bool {
    COMMON_VERBS.contains(w)
}

/// Words that may stand between a subject and its cue verb (`Miller also said`).
pub(crate) static CUE_SKIP: WordList = WordList::new(&[
    "also",
    "further",
    "later",
    "previously",
    "recently",
    "then",
    "reportedly",
    "has",
    "had",
    "have",
    "once",
    "again",
    "repeatedly",
    "publicly",
    "separately",
    "earlier",
    "quickly",
    "simply",
    "flatly",
    "previously",
    "himself",
    "herself",
    "itself",
    "elsewhere",
    "first",
    "had",
    "would",
    "will",
    "has",
    "was",
    "is",
    "often",
    "frequently",
    "’s",
    "'s",
    "are",
    "were",
    "been",
    "not",
    "did",
    "does",
    "n't",
    "just",
    "even",
    "already",
    "still",
    "now",
    "flatly",
    "angrily",
    "bluntly",
    "openly",
    "privately",
    "directly",
    "succinctly",
    "be",
    "being",
]);

/// Event nouns that can carry a time anchor.
pub(crate) static EVENT_NOUNS: WordList = WordList::new(&[
    "summit",
    "visit",
    "talks",
    "meeting",
    "war",
    "launch",
    "report",
    "briefing",
    "election",
    "elections",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "crash",
    "trip",
    "journey",
    "negotiation",
    "negotiations",
    "conference",
    "speech",
    "interview",
    "vote",
    "referendum",
    "ceremony",
    "agreement",
    "deal",
    "treaty",
    "invasion",
    "strike",
    "strikes",
    "protest",
    "protests",
    "rally",
    "trial",
    "hearing",
    "ruling",
    "verdict",
    "sale",
    "sales",
    "earnings",
    "profit",
    "loss",
    "decline",
    "rise",
    "increase",
    "growth",
    "merger",
    "acquisition",
    "offer",
    "announcement",
    "statement",
    "crisis",
    "test",
    "tests",
    "exercise",
    "exercises",
    "drill",
    "drills",
    "explosion",
    "earthquake",
    "storm",
    "hurricane",
    "flood",
    "fire",
    "death",
    "deaths",
    "arrest",
    "release",
    "meeting",
    "session",
    "forum",
    "game",
    "match",
    "tournament",
    "festival",
    "celebration",
    "tour",
    "campaign",
    "operation",
    "raid",
    "shooting",
    "killing",
    "murder",
    "collapse",
    "outbreak",
    "quarter",
    "period",
    "season",
    "debate",
    "assault",
    "fighting",
    "battle",
    "conflict",
    "ceasefire",
    "truce",
    "withdrawal",
    "invasion",
    "occupation",
    "shutdown",
    "recession",
]);

/// Auxiliaries and very common verbs recognized without morphology.
pub(crate) static COMMON_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "say",
    "told",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "made",
    "make",
    "makes",
    "met",
    "meet",
    "meets",
    "took",
    "take",
    "takes",
    "taken",
    "went",
    "go",
    "goes",
    "gone",
    "came",
    "come",
    "comes",
    "got",
    "get",
    "gets",
    "gave",
    "give",
    "gives",
    "given",
    "began",
    "begin",
    "begins",
    "begun",
    "left",
    "leave",
    "leaves",
    "held",
    "hold",
    "holds",
    "saw",
    "see",
    "sees",
    "seen",
    "became",
    "become",
    "becomes",
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "loses",
    "fell",
    "fall",
    "falls",
    "fallen",
    "rose",
    "rise",
    "rises",
    "risen",
    "sold",
    "sell",
    "sells",
    "bought",
    "buy",
    "buys",
    "paid",
    "pay",
    "pays",
    "brought",
    "bring",
    "brings",
    "kept",
    "keep",
    "keeps",
    "put",
    "puts",
    "set",
    "sets",
    "ran",
    "run",
    "runs",
    "spent",
    "spend",
    "found",
    "find",
    "finds",
    "thought",
    "think",
    "knew",
    "know",
    "known",
    "sent",
    "send",
    "built",
    "build",
    "struck",
    "strike",
    "fled",
    "flee",
    "flew",
    "fly",
    "killed",
    "kill",
    "hit",
    "hits",
    "led",
    "lead",
    "leads",
    "meant",
    "mean",
    "means",
    "showed",
    "shows",
    "shown",
    "grew",
    "grow",
    "grown",
    "cut",
    "cuts",
    "quit",
    "shut",
    "stood",
    "stand",
    "wrote",
    "write",
    "written",
    "spoke",
    "speak",
    "spoken",
    "chose",
    "choose",
    "chosen",
    "broke",
    "break",
    "broken",
    "drove",
    "drive",
    "driven",
    "began",
    "sought",
    "seek",
    "fought",
    "fight",
    "taught",
    "caught",
    "heard",
    "hear",
    "felt",
    "feel",
    "told",
    "tell",
    "returned",
    "visited",
    "launched",
    "arrived",
    "departed",
    "announced",
    "reported",
    "signed",
    "agreed",
    "attended",
    "skipped",
    "collapsed",
    "published",
    "expects",
    "expected",
    "plans",
    "planned",
    "happened",
    "happening",
    "continue",
    "continues",
    "continued",
    "fail",
    "failed",
    "died",
    "born",
    "elected",
    "resigned",
]);

#[cfg(test)]
mod word_list_tests {
    use super::*;

    #[test]
    fn any_case_lookup_matches_to_lowercase() {
        let words = [
            "said",
            "Said",
            "SAID",
            "saying",
            "Says",
            "s",
            "",
            "said.",
            "Ünited",
            "\u{212A}",
            "STATES",
            "states",
            "The",
            "tHe",
            "a",
            "ANNOUNCED",
            "announcedx",
            "İs",
        ];
        for w in words {
            let reference = CUE_VERBS.words.contains(&w.to_lowercase().as_str());
            assert_eq!(CUE_VERBS.contains_any_case(w), reference, "{w}");
            let reference = STOP.words.contains(&w.to_lowercase().as_str());
            assert_eq!(STOP.contains_any_case(w), reference, "{w}");
            assert_eq!(STOP.contains(w), STOP.words.contains(&w), "{w}");
        }
    }

    #[test]
    fn every_list_finds_its_words_in_any_case() {
        let lists = [
            &STOP,
            &TIME_WORDS,
            &NON_ORG_ACRONYMS,
            &ORG_SUFFIX,
            &ORG_HEAD,
            &EVENT_SUFFIX,
            &FAC_SUFFIX,
            &LOC_SUFFIX,
            &GPE_SUFFIX,
            &TITLES,
            &HONORIFICS,
            &ROLE_NOUNS,
            &CUE_VERBS,
            &CUE_SKIP,
            &EVENT_NOUNS,
            &COMMON_VERBS,
        ];
        for list in lists {
            for &listed in list.words {
                let mut capitalized = listed.chars();
                let capitalized: String = capitalized
                    .next()
                    .map(|c| c.to_uppercase().chain(capitalized).collect())
                    .unwrap_or_default();
                let variants = [
                    listed.to_owned(),
                    listed.to_uppercase(),
                    listed.to_lowercase(),
                    capitalized,
                    format!("{listed}s"),
                    format!("x{listed}"),
                ];
                for w in &variants {
                    let reference = list.words.contains(&w.to_lowercase().as_str());
                    assert_eq!(list.contains_any_case(w), reference, "{w}");
                    assert_eq!(list.contains(w), list.words.contains(&w.as_str()), "{w}");
                }
            }
        }
    }
}
