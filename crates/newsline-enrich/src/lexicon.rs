//! The lexicon every rule reads tokens through: word lists for event triggers
//! (verbs by their base form, every inflection derived from it, so the list stays
//! one line per verb, and nouns that name happenings; TimeML marks deverbal nouns,
//! `the use of`, `a three percent drop`, as events too, so a verb form counts
//! whatever its syntactic role), modal words, and the shared lists of [`crate::lex`]
//! that are asked of nearly every token (cue verbs, stop words). [`TokLex`] is a
//! token's answer, worked out once per document.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::lex::{CaseKeys, WordMap};
use crate::text::{Kind, Tok};

/// Base forms of verbs common in news. Inflected forms are derived.
#[rustfmt::skip]
const VERB_BASES: &[&str] = &[
    "accept", "accuse", "achieve", "acquire", "act", "add", "address", "admit", "adopt",
    "advance", "affect", "agree", "aim", "allow", "announce", "appeal", "appear", "apply",
    "appoint", "approve", "argue", "arrest", "arrive", "ask", "assassinate", "assault",
    "assert", "attack", "attempt", "attend", "average", "avoid", "back", "ban", "bar", "battle",
    "beat", "beg", "believe", "block", "blow", "boost", "bomb", "borrow", "boycott", "break",
    "bring", "build", "burn", "buy", "call", "campaign", "cancel", "capture", "carry", "cause",
    "celebrate", "challenge", "change", "charge", "chat", "check", "cite", "claim", "clash",
    "climb", "cling", "close", "collapse", "combine", "comment", "commit", "complain",
    "complete", "concede", "conclude", "condemn", "confirm", "consider", "continue", "control",
    "convict", "cooperate", "cost", "count", "cover", "crash", "create", "criticize", "cross",
    "cut", "damage", "deal", "debate", "decide", "declare", "decline", "defeat", "defend",
    "delay", "deliver", "demand", "deny", "deploy", "deport", "describe", "destroy", "detain",
    "develop", "die", "discover", "discuss", "dismiss", "dispatch", "drop", "earn", "ease",
    "elect", "emerge", "employ", "end", "endorse", "engage", "enter", "escape", "establish",
    "estimate", "evacuate", "exceed", "exercise", "expand", "expect", "expire", "explain",
    "explode", "express", "extend", "face", "fail", "fall", "fear", "fight", "file", "fill",
    "finish", "fire", "fix", "flee", "fly", "follow", "force", "form", "found", "free", "gain",
    "gather", "grant", "grow", "guarantee", "halt", "hand", "handle", "happen", "head", "hear",
    "help", "hide", "hire", "hit", "hold", "hope", "host", "hurt", "identify", "ignore",
    "impose", "improve", "include", "increase", "indicate", "injure", "insist", "intend",
    "intervene", "introduce", "invade", "invest", "investigate", "invite", "issue", "join",
    "jump", "keep", "kidnap", "kill", "land", "last", "launch", "lead", "learn", "leave",
    "lift", "limit", "list", "live", "lose", "lower", "maintain", "make", "manage", "march",
    "mark", "meet", "merge", "miss", "move", "name", "need", "negotiate", "note", "obtain",
    "occupy", "occur", "offer", "offset", "open", "operate", "oppose", "order", "own",
    "participate", "pass", "pay", "persuade", "pick", "plan", "plead", "plunge", "point",
    "post", "pray", "predict", "prepare", "present", "press", "prevent", "produce", "promise",
    "propose", "prosecute", "protect", "protest", "prove", "provide", "publish", "pull",
    "purchase", "push", "put", "question", "quit", "raise", "rally", "reach", "react", "read",
    "receive", "recall", "recognize", "recommend", "record", "recover", "reduce", "refer",
    "refuse", "reject", "release", "remain", "remove", "repeat", "replace", "reply", "report",
    "represent", "request", "require", "rescue", "resign", "resist", "resolve", "respond",
    "restore", "result", "resume", "retain", "retaliate", "retire", "return", "reunite",
    "reveal", "review", "rise", "rule", "run", "sabotage", "sail", "say", "search", "see",
    "seek", "seize", "sell", "send", "sentence", "serve", "settle", "shoot", "show", "shut",
    "sign", "sink", "slay", "slip", "soar", "solve", "speak", "spend", "spot", "spread",
    "stage", "start", "stay", "stop", "storm", "strike", "struggle", "study",
    "submit", "succeed", "suffer", "suggest", "support", "surge", "surrender", "survive",
    "suspend", "sweep", "take", "talk", "target", "tell", "test", "testify", "threaten",
    "tie", "total", "trade", "train", "transfer", "travel", "treat", "try", "turn", "undergo",
    "unearth", "urge", "use", "veto", "visit", "vote", "wait", "walk", "want", "warn",
    "watch", "weaken", "welcome", "win", "withdraw", "work", "worry", "wound", "write",
];

/// Irregular past and participle forms (regular ones come from morphology).
#[rustfmt::skip]
const IRREGULAR: &[&str] = &[
    "arose", "arisen", "ate", "beaten", "became", "began", "begun", "bled", "blew", "blown",
    "bore", "borne", "bought", "broke", "broken", "brought", "built", "burnt", "caught",
    "chose", "chosen", "came", "clung", "dealt", "did", "done", "drew", "drawn", "drove",
    "driven", "fell", "fallen", "felt", "fought", "found", "fled", "flew", "flown", "forgot",
    "forgave", "froze", "frozen", "gave", "given", "got", "gotten", "grew", "grown", "had",
    "heard", "held", "hid", "hidden", "hit", "hung", "hurt", "kept", "knew", "known", "laid",
    "led", "left", "lent", "lost", "made", "meant", "met", "paid", "put", "quit", "ran", "read",
    "rode", "risen", "rose", "said", "sank", "sat", "saw", "seen", "sent", "set", "shot",
    "shut", "slew", "slain", "sold", "sought", "spent", "spoke", "spoken", "spread", "stole",
    "stood", "struck", "stuck", "swept", "swore", "sworn", "taken", "taught", "thought",
    "threw", "thrown", "told", "took", "tore", "torn", "underwent", "undergone", "went",
    "gone", "withdrew", "withdrawn", "woke", "won", "wore", "wrote", "written", "cut",
];

/// Nouns that name happenings, beyond deverbal forms of [`VERB_BASES`] and the
/// deadly ones of [`VIOLENCE_NOUNS`].
#[rustfmt::skip]
const EVENT_NOUNS: &[&str] = &[
    "accident", "accord", "acquisition", "aggression", "airstrike", "airstrikes", "anniversary",
    "appearance", "appointment", "arrival", "auction", "battle", "bid", "blackout",
    "bombardment", "boom", "breakthrough", "briefing", "broadcast", "campaign", "casualties",
    "cease-fire", "ceasefire", "celebration", "ceremony", "clashes", "collision", "conference",
    "conflict", "congress", "consultations", "convention", "coup", "crackdown", "crisis",
    "cutback", "death", "deaths", "decision", "departure", "detention", "disaster", "disasters",
    "discovery", "discussions", "earnings", "earthquake", "election", "elections", "embargo",
    "emergency", "entry", "episode", "evacuation", "festival", "fighting", "flight", "flights",
    "flood", "floods", "funeral", "growth", "hearing", "hijacking", "incident", "incidents",
    "income", "independence", "indictment", "inflation", "injuries", "injury", "interview",
    "invasion", "invasions", "journey", "kidnapping", "layoffs", "losses", "loss", "mass",
    "meeting", "meetings", "merger", "mission", "negotiation", "negotiations", "offensive",
    "offering", "operation", "operations", "ordeal", "outbreak", "outage", "pact", "payments",
    "power-grab", "profit", "profits", "rebellion", "recession", "referendum", "remarks",
    "results", "revolution", "riot", "riots", "ruling", "sales", "sanctions", "scandal",
    "service", "session", "siege", "slump", "speech", "statement", "storm", "strikes", "summit",
    "takeover", "talks", "tour", "tournament", "tragedy", "treaty", "trial", "trip", "truce",
    "uprising", "verdict", "victory", "vigil", "violence", "visit", "voyage", "war", "wars",
    "wedding",
];

/// `-tion`/`-ment` words that name things, not happenings.
#[rustfmt::skip]
const NOT_NOMINALIZATIONS: &[&str] = &[
    "nation", "nations", "station", "stations", "position", "positions", "population",
    "question", "questions", "information", "organization", "organizations", "administration",
    "foundation", "association", "corporation", "institution", "institutions", "federation",
    "section", "portion", "proportion", "edition", "mention", "motion", "notion", "emotion",
    "ration", "condition", "conditions", "tradition", "generation", "nutrition", "caution",
    "fraction", "function", "junction", "region", "legislation", "coalition", "opposition",
    "jurisdiction", "commission", "television", "division", "version", "pension",
    "dimension", "government", "governments", "department", "parliament", "apartment",
    "moment", "document", "documents", "element", "elements", "equipment", "environment",
    "instrument", "monument", "segment", "comment", "basement", "amendment", "management",
    "movement", "establishment", "compartment", "fragment", "sentiment", "regiment",
    "supplement", "cement", "abortion", "abortions", "anti-abortion", "connection", "immigration",
    "addition",
];

/// Words that look like verb forms but rarely are events.
#[rustfmt::skip]
const NOT_EVENTS: &[&str] = &[
    "need", "red", "bed", "hundred", "shed", "seed", "speed", "feed", "deed", "steed", "greed",
    "united", "limited", "related", "based", "interested", "armored", "advanced", "concerned",
    "supposed", "used", "during", "morning", "evening", "building", "buildings", "thing",
    "things", "nothing", "something", "anything", "everything", "king", "spring", "ring",
    "wing", "string", "ceiling", "according", "including", "regarding", "concerning",
    "pending", "notwithstanding", "following", "states", "nations", "means", "news",
    "series", "lives", "times", "rules", "hopes", "forces", "uses", "items", "others",
    "this", "has", "was", "is", "his", "its", "as", "us", "yes", "less", "unless", "across",
    "always", "perhaps", "afterwards", "towards", "besides", "ends", "lands",
    "orders", "heads", "hands", "records", "names", "points", "parts", "leads", "troops",
    "officials", "sources", "words", "days", "years", "months", "weeks", "hours", "are", "were",
    "back", "compared", "bomb", "bombs", "record", "total", "operating", "last", "own",
];

/// Verbs of saying and reporting: their time is when the words were said.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "say", "said", "says", "saying", "tell", "told", "tells", "telling", "report", "reported",
    "reports", "reporting", "announce", "announced", "announces", "add", "added", "adds",
    "state", "stated", "states", "claim", "claimed", "claims", "note", "noted", "notes",
    "explain", "explained", "according", "confirm", "confirmed", "declare", "declared",
];

/// Nouns for a deadly happening (`the bombing`, `Slepian's slaying`): a story tells
/// of one such happening and goes on naming it, often with another of these words.
#[rustfmt::skip]
const VIOLENCE_NOUNS: &[&str] = &[
    "assassination", "attack", "attacks", "blast", "blasts", "bombing", "bombings",
    "explosion", "explosions", "homicide", "killing", "killings", "massacre", "murder",
    "murders", "shooting", "shootings", "slaying", "slayings",
];

/// Past forms telling a deadly happening (`was shot on Friday night`): the first
/// mention, with its date, of what [`VIOLENCE_NOUNS`] later name.
#[rustfmt::skip]
const VIOLENCE_VERBS: &[&str] = &[
    "assassinated", "bombed", "exploded", "killed", "murdered", "shot", "slain",
];

/// Auxiliaries and modals: they carry tense and modality, not the event.
pub(crate) const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "do",
    "does", "did", "shall", "should", "can", "could", "may", "might", "must", "'s",
];

/// Words after which a lowercase word is a verb (`to leave`, `will sign`, `did
/// not attend`).
#[rustfmt::skip]
const LEAD_VERBS: &[&str] = &[
    "to", "will", "would", "could", "may", "might", "can", "must", "should", "did", "not",
];

/// What a word is to the word lists, as bits: one hash lookup answers every list,
/// this module's and the shared ones of [`crate::lex`] that trigger finding asks.
#[derive(Clone, Copy, Default)]
pub(crate) struct Entry(u32);

const BASE: u32 = 1;
const IRREGULAR_FORM: u32 = 1 << 1;
const EVENT_NOUN: u32 = 1 << 2;
const THING: u32 = 1 << 3;
const NOT_EVENT: u32 = 1 << 4;
const SAYING: u32 = 1 << 5;
const AUXILIARY: u32 = 1 << 6;
const COMMON_VERB: u32 = 1 << 7;
const CUE_VERB: u32 = 1 << 8;
const STOP_WORD: u32 = 1 << 9;
const SHARED_EVENT_NOUN: u32 = 1 << 10;
const VIOLENCE_NOUN: u32 = 1 << 11;
const VIOLENCE_VERB: u32 = 1 << 12;
const INFLECTION: u32 = 1 << 13;
const NEGATION: u32 = 1 << 14;
const WILL: u32 = 1 << 15;
const PLAN_TO: u32 = 1 << 16;
const EXPECTATION: u32 = 1 << 17;
const POSSIBILITY: u32 = 1 << 18;
const LEADS_VERB: u32 = 1 << 19;
const CUE_PHRASE_OPENER: u32 = 1 << 20;

/// The words before a trigger that tell its modality, by what they tell.
const MODAL_WORDS: [(&[&str], u32); 5] = [
    (&["not", "never", "n't", "no"], NEGATION),
    (&["will", "'ll", "shall"], WILL),
    (
        &[
            "plans",
            "planned",
            "plan",
            "scheduled",
            "set",
            "going",
            "is",
            "are",
        ],
        PLAN_TO,
    ),
    (
        &["expected", "likely", "expects", "expect", "anticipated"],
        EXPECTATION,
    ),
    (
        &["could", "may", "might", "would", "possibly", "perhaps"],
        POSSIBILITY,
    ),
];

/// What a word says of the modality of the trigger after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ModalWord {
    Negation,
    Will,
    /// Planned when `to` follows (`plans to`, `is to`).
    PlanTo,
    Expectation,
    Possibility,
}

impl Entry {
    fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }

    /// What the word says of modality, when it is one of [`MODAL_WORDS`].
    pub(crate) fn modal(self) -> Option<ModalWord> {
        if !self.has(NEGATION | WILL | PLAN_TO | EXPECTATION | POSSIBILITY) {
            None
        } else if self.has(NEGATION) {
            Some(ModalWord::Negation)
        } else if self.has(WILL) {
            Some(ModalWord::Will)
        } else if self.has(PLAN_TO) {
            Some(ModalWord::PlanTo)
        } else if self.has(EXPECTATION) {
            Some(ModalWord::Expectation)
        } else {
            Some(ModalWord::Possibility)
        }
    }

    /// A word of [`LEAD_VERBS`].
    pub(crate) fn leads_verb(self) -> bool {
        self.has(LEADS_VERB)
    }

    /// The first word of a phrase of [`crate::lex::CUE_PHRASES`].
    pub(crate) fn opens_cue_phrase(self) -> bool {
        self.has(CUE_PHRASE_OPENER)
    }

    /// A cue verb or the first word of a cue phrase: what every cue starts with.
    pub(crate) fn may_open_cue(self) -> bool {
        self.has(CUE_VERB | CUE_PHRASE_OPENER)
    }

    pub(crate) fn is_aux(self) -> bool {
        self.has(AUXILIARY)
    }

    /// A verb of [`crate::lex::COMMON_VERBS`] or [`crate::lex::CUE_VERBS`].
    pub(crate) fn is_known_verb(self) -> bool {
        self.has(COMMON_VERB | CUE_VERB)
    }

    pub(crate) fn is_stop(self) -> bool {
        self.has(STOP_WORD)
    }

    /// A word of [`crate::lex::CUE_VERBS`].
    pub(crate) fn is_cue_verb(self) -> bool {
        self.has(CUE_VERB)
    }

    /// True for words that look like events by form but seldom are.
    pub(crate) fn is_not_event(self) -> bool {
        self.has(NOT_EVENT)
    }

    /// An irregular past or participle (`fled`, `taken`).
    pub(crate) fn is_irregular_past(self) -> bool {
        self.has(IRREGULAR_FORM)
    }

    /// True for verbs of saying.
    pub(crate) fn is_reporting(self) -> bool {
        self.has(SAYING)
    }

    /// A noun of [`VIOLENCE_NOUNS`].
    pub(crate) fn is_violence_noun(self) -> bool {
        self.has(VIOLENCE_NOUN)
    }

    /// A word of [`VIOLENCE_NOUNS`] or [`VIOLENCE_VERBS`].
    pub(crate) fn is_violence(self) -> bool {
        self.has(VIOLENCE_NOUN | VIOLENCE_VERB)
    }

    /// A noun of [`crate::lex::EVENT_NOUNS`].
    pub(crate) fn is_shared_event_noun(self) -> bool {
        self.has(SHARED_EVENT_NOUN)
    }

    /// True for a form of a known verb: base, `-s`, `-ed`, `-ing`, or an irregular
    /// past.
    pub(crate) fn is_verb_form(self) -> bool {
        self.has(BASE | IRREGULAR_FORM | INFLECTION)
    }

    /// True when `w` (lowercase, this entry's word) names a happening: a listed event
    /// noun (deadly ones included), or a `-tion`, `-sion` or `-ment` nominalization
    /// that does not name a thing.
    #[inline]
    pub(crate) fn is_event_noun(self, w: &str) -> bool {
        if self.has(EVENT_NOUN | VIOLENCE_NOUN) {
            return true;
        }
        // A word of at most six bytes has at most six chars.
        if self.has(THING) || w.len() <= 6 {
            return false;
        }
        let base = w.strip_suffix('s').unwrap_or(w);
        (base.ends_with("tion") || base.ends_with("sion") || base.ends_with("ment"))
            && w.chars().count() > 6
    }
}

/// Every list in one map, behind a filter on first byte and length: most tokens
/// (names, numbers, punctuation) are in no list, and the filter tells so without
/// hashing them.
struct Lexicon {
    map: WordMap<u32>,
    listed: Shapes,
}

/// Bit `n` of `self.0[b]` is set when some word starts with byte `b` and is `n`
/// bytes long. Words of 32 bytes or more, and the empty word, always pass.
struct Shapes([u32; 256]);

impl Shapes {
    fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut shapes = [0u32; 256];
        for w in words {
            let shape = w
                .as_bytes()
                .first()
                .and_then(|&b| shapes.get_mut(usize::from(b)));
            if let (Some(shape), Some(bit)) = (shape, length_bit(w.len())) {
                *shape |= bit;
            }
        }
        Shapes(shapes)
    }

    /// False when no word of these shapes can be `w`.
    fn may_hold(&self, w: &str) -> bool {
        self.may_hold_shape(w.as_bytes().first().copied(), w.len())
    }

    /// False when no word of these shapes starts with `first` and is `len` bytes
    /// long.
    fn may_hold_shape(&self, first: Option<u8>, len: usize) -> bool {
        match (first, length_bit(len)) {
            (Some(b), Some(bit)) => self
                .0
                .get(usize::from(b))
                .is_some_and(|shape| shape & bit != 0),
            _ => true,
        }
    }
}

/// The bit of a word's length `len` in [`Shapes`], if it is short enough to have
/// one.
fn length_bit(len: usize) -> Option<u32> {
    u32::try_from(len).ok().and_then(|n| 1u32.checked_shl(n))
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let map = entries();
        let listed = Shapes::of(map.keys().map(|w| &**w));
        Lexicon {
            map: WordMap::new(map.iter().map(|(w, &bits)| (w.as_bytes(), bits))),
            listed,
        }
    })
}

/// The entry of `w` as written (the lists are lowercase).
pub(crate) fn entry(w: &str) -> Entry {
    let lexicon = lexicon();
    if !lexicon.listed.may_hold(w) {
        return Entry(0);
    }
    Entry(lexicon.map.get(w).unwrap_or(0))
}

/// What a token is to the lexicon, looked up once per document: the rules ask
/// about the same tokens many times, and about every token at least once.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokLex {
    /// The entry of the token as written.
    pub word: Entry,
    /// For a word, the entry of its `str::to_lowercase` form (the any-case lists:
    /// cue verbs, stop words); none for other tokens.
    pub lower: Entry,
    /// An ASCII word: the modal words are read in ASCII lowercase, which no other
    /// word can be.
    pub ascii: bool,
    /// A word that starts with a capital ([`crate::text::is_cap`]): every token is
    /// asked whether it may open a name, and every candidate event word whether it
    /// is one.
    pub cap: bool,
}

impl TokLex {
    /// The answers for every token of a document, in token order. The lexicon is
    /// fetched once and the per-token work inlined into one loop: it runs for every
    /// token, so a call and a lazy-init check per token would cost as much as the
    /// lookups.
    pub(crate) fn of_tokens(toks: &[Tok], words: &[&str]) -> Vec<TokLex> {
        let lexicon = lexicon();
        toks.iter()
            .zip(words)
            .map(|(t, w)| lexicon.tok_lex(t.kind, w))
            .collect()
    }

    /// The token `w` of kind `kind`.
    #[cfg(test)]
    fn of(kind: Kind, w: &str) -> Self {
        lexicon().tok_lex(kind, w)
    }
}

impl Lexicon {
    #[inline]
    fn tok_lex(&self, kind: Kind, w: &str) -> TokLex {
        // No listed word starts with a digit or is one mark long (a test checks).
        if matches!(kind, Kind::Num | Kind::Punct) {
            return TokLex::default();
        }
        let is_word = kind == Kind::Word;
        let Some(keys) = CaseKeys::of(w) else {
            return self.tok_lex_slow(is_word, w);
        };
        let first = w.as_bytes().first().copied();
        let cap = is_word && first.is_some_and(|b| b.is_ascii_uppercase());
        let word = if self.listed.may_hold_shape(first, w.len()) {
            Entry(self.map.get_as_written(keys).unwrap_or(0))
        } else {
            Entry(0)
        };
        let lower = if !is_word {
            Entry(0)
        } else if keys.is_lowercase() {
            word
        } else if self
            .listed
            .may_hold_shape(first.map(|b| b.to_ascii_lowercase()), w.len())
        {
            Entry(self.map.get_lowercase(keys).unwrap_or(0))
        } else {
            Entry(0)
        };
        TokLex {
            word,
            lower,
            ascii: is_word,
            cap,
        }
    }

    /// A token too long for a key, or not ASCII: rare enough to look up by the
    /// general path.
    #[cold]
    fn tok_lex_slow(&self, is_word: bool, w: &str) -> TokLex {
        let ascii = w.is_ascii();
        let lower = match (is_word, ascii) {
            (false, _) => Entry(0),
            (true, true) => entry(&w.to_ascii_lowercase()),
            (true, false) => entry(&w.to_lowercase()),
        };
        TokLex {
            word: entry(w),
            lower,
            ascii: is_word && ascii,
            cap: is_word && crate::text::is_cap(w),
        }
    }
}

/// Each listed word with the bits of the lists it is in.
fn entries() -> FxHashMap<Box<str>, u32> {
    let mut map: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let lists: [(&[&str], u32); 19] = [
        (VERB_BASES, BASE),
        (IRREGULAR, IRREGULAR_FORM),
        (EVENT_NOUNS, EVENT_NOUN),
        (NOT_NOMINALIZATIONS, THING),
        (NOT_EVENTS, NOT_EVENT),
        (REPORTING, SAYING),
        (AUX, AUXILIARY),
        (crate::lex::COMMON_VERBS.words(), COMMON_VERB),
        (crate::lex::CUE_VERBS.words(), CUE_VERB),
        (crate::lex::STOP.words(), STOP_WORD),
        (crate::lex::EVENT_NOUNS.words(), SHARED_EVENT_NOUN),
        (VIOLENCE_NOUNS, VIOLENCE_NOUN),
        (VIOLENCE_VERBS, VIOLENCE_VERB),
        MODAL_WORDS[0],
        MODAL_WORDS[1],
        MODAL_WORDS[2],
        MODAL_WORDS[3],
        MODAL_WORDS[4],
        (LEAD_VERBS, LEADS_VERB),
    ];
    for (words, bit) in lists {
        for w in words {
            *map.entry((*w).into()).or_insert(0) |= bit;
        }
    }
    for phrase in crate::lex::CUE_PHRASES {
        if let Some(first) = phrase.first() {
            *map.entry((*first).into()).or_insert(0) |= CUE_PHRASE_OPENER;
        }
    }
    // Every inflection is spelled out once here, so telling a verb form is the
    // one lookup that every other list answers too, not a lookup per way of
    // undoing an ending.
    for base in VERB_BASES {
        for form in inflections(base) {
            *map.entry(form.into()).or_insert(0) |= INFLECTION;
        }
    }
    map
}

/// The regular inflections of verb `base`: `-s`, `-es`, `-d`, `-ed`, `-ing` on the
/// base, on the base without its final `e` (`closing`) and with its last letter
/// doubled (`stopped`), and `y` → `ies`/`ied` (`tried`). Some are not English
/// (`stopps`); no text writes them, so they cost nothing but memory.
fn inflections(base: &str) -> Vec<String> {
    // Built by pushing, not `format!`: the table is made at every start, and its
    // thousands of forms cost more through the formatting machinery than all the
    // rest of it.
    let joined = |stem: &str, tail: &str| {
        let mut form = String::with_capacity(stem.len() + tail.len());
        form.push_str(stem);
        form.push_str(tail);
        form
    };
    let mut stems = vec![base.to_owned()];
    if let Some(cut) = base.strip_suffix('e') {
        stems.push(cut.to_owned());
    }
    if let Some(last) = base.chars().last() {
        let mut doubled = String::with_capacity(base.len() + last.len_utf8());
        doubled.push_str(base);
        doubled.push(last);
        stems.push(doubled);
    }
    let mut forms = Vec::with_capacity(17);
    for stem in stems.iter().filter(|s| s.chars().count() >= 2) {
        for suffix in ["ing", "ed", "es", "s", "d"] {
            forms.push(joined(stem, suffix));
        }
    }
    if let Some(stem) = base.strip_suffix('y') {
        forms.push(joined(stem, "ies"));
        forms.push(joined(stem, "ied"));
    }
    forms
}

/// True when `w` (lowercase) is a form of a known verb.
#[cfg(test)]
fn is_verb_form(w: &str) -> bool {
    entry(w).is_verb_form()
}

/// True when `w` (lowercase) names a happening.
#[cfg(test)]
fn is_event_noun(w: &str) -> bool {
    entry(w).is_event_noun(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_are_found_by_morphology() {
        for w in [
            "attacked",
            "attacks",
            "attacking",
            "plunged",
            "soared",
            "stopped",
            "planning",
            "tried",
            "denies",
            "fell",
            "shot",
            "closing",
            "use",
            "drop",
            "using",
            "denied",
            "stopping",
        ] {
            assert!(is_verb_form(w), "{w}");
        }
        for w in ["the", "house", "president", "red", "bled2"] {
            assert!(!is_verb_form(w), "{w}");
        }
    }

    #[test]
    fn the_shape_filters_let_every_listed_word_through() {
        for w in REPORTING {
            assert!(
                lexicon().listed.may_hold(w) && entry(w).is_reporting(),
                "{w}"
            );
        }
        for w in ["said", "attacked", "talks", "is", "'s"] {
            assert!(lexicon().listed.may_hold(w), "{w}");
        }
        assert!(!lexicon().listed.may_hold("1998"));
    }

    #[test]
    fn every_listed_word_is_short_ascii() {
        // `TokLex` reads modal words in ASCII lowercase and the any-case lists in
        // `str::to_lowercase`, and `events` once read them from a lowercase copy of
        // at most sixteen bytes: all agree only while this holds.
        for w in entries().keys() {
            assert!(w.is_ascii() && w.len() <= 16, "{w}");
            // `TokLex` looks up no number and no lone mark.
            let first = w.as_bytes().first().copied().unwrap_or(b'0');
            assert!(
                first.is_ascii_alphabetic() || first == b'\'' && w.len() > 1,
                "{w}"
            );
        }
    }

    #[test]
    fn token_entries_agree_with_the_lists() {
        for w in [
            "said",
            "Said",
            "SAID",
            "Will",
            "NOT",
            "Jan.",
            "The",
            "\u{212A}",
            "as\u{212A}ed",
            "Zürich",
            "attacked",
            "Attacking",
            "'s",
            "",
        ] {
            let lex = TokLex::of(Kind::Word, w);
            assert_eq!(lex.word.0, entry(w).0, "{w}");
            assert_eq!(lex.lower.0, entry(&w.to_lowercase()).0, "{w}");
            assert_eq!(lex.lower.is_cue_verb(), crate::lex::is_cue_verb(w), "{w}");
            assert_eq!(lex.lower.is_stop(), crate::lex::is_stop(w), "{w}");
        }
        assert_eq!(TokLex::of(Kind::Punct, "“").lower.0, 0);
        for w in ["Said", "said", "Ünited", "über", "ABC", "\u{212A}", "É"] {
            assert_eq!(TokLex::of(Kind::Word, w).cap, crate::text::is_cap(w), "{w}");
        }
        let poss = TokLex::of(Kind::Poss, "'s");
        assert!(poss.word.is_aux() && poss.lower.0 == 0);
    }

    #[test]
    fn cue_phrase_openers_are_found_in_any_case() {
        for phrase in crate::lex::CUE_PHRASES {
            let first = phrase.first().copied().unwrap_or_default();
            for w in [first.to_owned(), first.to_uppercase(), capitalized(first)] {
                assert!(TokLex::of(Kind::Word, &w).lower.opens_cue_phrase(), "{w}");
            }
        }
        assert!(!TokLex::of(Kind::Word, "Said").lower.opens_cue_phrase());
    }

    fn capitalized(w: &str) -> String {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn nominalizations_but_not_things() {
        assert!(is_event_noun("assassination"));
        assert!(is_event_noun("recapitalization"));
        assert!(is_event_noun("talks"));
        assert!(!is_event_noun("nation"));
        assert!(!is_event_noun("government"));
    }
}
