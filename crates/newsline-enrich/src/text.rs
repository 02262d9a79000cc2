//! Tokens, paragraphs and sentences as the enrichment rules see them.
//!
//! The parse stage normally provides blocks and sentences; when it has not run (or
//! produced none) the enrichment falls back to its own light splitter so that the
//! stage works on bare text too.

use newsline_model::{BlockKind, Document, Span};

use crate::lex::WordList;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with inner hyphens, apostrophes, dots).
    Word,
    /// Digits (possibly with inner `,` `.`).
    Num,
    /// A possessive `’s` / `'s` split off a word.
    Poss,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token with its byte span in the document text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Tok {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Word-final abbreviations whose dot belongs to the word.
static DOT_ABBREVS: WordList = WordList::new(&[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm",
    "Maj", "Cmdr", "St", "Jr", "Sr", "Rev", "Mt", "Ft", "No", "Jan", "Feb", "Mar", "Apr", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "Bros", "Gens", "Sens", "Reps",
    "Calif", "Mass", "Penn", "Fla", "Ill", "Wash", "Conn", "Ariz", "Mich", "Minn", "Tenn", "Va",
    "Pa", "Md", "Ga", "Ala", "Ky", "La", "Mo", "Ore", "Okla", "Wis", "Tex", "vs", "etc", "approx",
    "Ave", "Blvd", "Pres", "Supt", "Gov't",
]);

/// True for chars that join two letter runs inside one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '&' | '.')
}

/// The char at byte `i` of `text`; ASCII without decoding, since news text is
/// mostly ASCII and this runs once per byte.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

/// What a byte is to the tokenizer: one load tells apart the four cases of the
/// loop that reads every byte, where the range tests take several.
const SPACE_BYTE: u8 = 0;
const ALNUM_BYTE: u8 = 1;
/// ASCII that is neither a letter, a digit nor a space: a mark of its own.
const MARK_BYTE: u8 = 2;
/// Part of a character beyond ASCII, decoded where it matters.
const HIGH_BYTE: u8 = 3;

// Evaluated at compile time: an index out of range would fail the build.
#[allow(clippy::indexing_slicing)]
static BYTE_CLASS: [u8; 256] = {
    let mut table = [HIGH_BYTE; 256];
    let mut b = 0u8;
    while b < 0x80 {
        table[b as usize] = if is_ascii_space(b) {
            SPACE_BYTE
        } else if b.is_ascii_alphanumeric() {
            ALNUM_BYTE
        } else {
            MARK_BYTE
        };
        b += 1;
    }
    table
};

#[inline]
fn byte_class(b: u8) -> u8 {
    BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(HIGH_BYTE)
}

#[inline]
fn is_alnum_byte(b: u8) -> bool {
    byte_class(b) == ALNUM_BYTE
}

/// True when the char at byte `i` is a letter or digit; ASCII by table.
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => is_alnum_byte(b),
        Some(_) => char_at(text, i).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// How many bytes from `at` on are ASCII letters or digits. Eight bytes are
/// tested at once: most words end within the first eight.
fn alnum_run(bytes: &[u8], at: usize) -> usize {
    use crate::lex::{HIGH, ONES, bytes_in_range as in_range};
    let mut end = at;
    while let Some(chunk) = bytes.get(end..end + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let low7 = x & (0x7f * ONES);
        // Setting the 0x20 bit folds capitals onto small letters and nothing else
        // onto either.
        let letter = in_range(low7 | (0x20 * ONES), b'a', b'z');
        let digit = in_range(low7, b'0', b'9');
        let other = !((letter | digit) & !x) & HIGH;
        if other != 0 {
            return end - at + (other.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    while bytes.get(end).is_some_and(|&b| is_alnum_byte(b)) {
        end += 1;
    }
    end - at
}

/// True for the ASCII bytes `char::is_whitespace` accepts.
#[inline]
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Splits `text` into tokens.
///
/// Letters and digits of ASCII text are read as bytes in a tight loop: the char
/// tests below only run at the few bytes that end a run, so the cost stays a few
/// instructions per byte.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let class = byte_class(b);
        if class == SPACE_BYTE {
            i += 1;
            continue;
        }
        if class == MARK_BYTE {
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
            });
            i += 1;
            continue;
        }
        if class == HIGH_BYTE {
            let Some(c) = char_at(text, i) else { break };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !c.is_alphanumeric() {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Punct,
                });
                i += c.len_utf8();
                continue;
            }
        }
        let numeric = b.is_ascii_digit();
        let mut end = i;
        // Chars since the last joiner: a dot joins only short letter runs.
        let mut run_chars = 0usize;
        // Which joiners the word took in: they decide the possessive and hyphen
        // splits below without searching the word again.
        let mut hyphen = false;
        let mut apostrophe = false;
        loop {
            let run = alnum_run(bytes, end);
            end += run;
            run_chars += run;
            let Some(&next) = bytes.get(end) else { break };
            let d = if next.is_ascii() {
                // The run stopped here, so this is no letter or digit.
                char::from(next)
            } else {
                let Some(d) = char_at(text, end) else { break };
                if d.is_alphanumeric() {
                    end += d.len_utf8();
                    run_chars += 1;
                    continue;
                }
                d
            };
            if is_joiner(d) || (numeric && d == ',') {
                // Only join when a letter or digit follows.
                if alnum_at(text, end + d.len_utf8()) {
                    // Dots join only letter-dot-letter abbreviations (U.S, D.C).
                    if d == '.' && !numeric && run_chars > 2 {
                        break;
                    }
                    hyphen |= d == '-';
                    apostrophe |= matches!(d, '\'' | '’');
                    end += d.len_utf8();
                    run_chars = 0;
                    continue;
                }
            }
            break;
        }
        // A trailing dot after an abbreviation belongs to the word.
        if bytes.get(end) == Some(&b'.') {
            let word = text.get(i..end).unwrap_or("");
            let letters_dots = word.contains('.')
                && word
                    .split('.')
                    .all(|p| p.chars().count() <= 2 && !p.is_empty());
            // A middle initial before a name: `Ana M. Ruiz`.
            let initial = word.len() == 1
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && text.get(end + 1..).is_some_and(|r| {
                    r.strip_prefix(' ')
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_uppercase)
                });
            if letters_dots || initial || DOT_ABBREVS.contains(word) {
                end += 1;
            }
        }
        let kind = if numeric { Kind::Num } else { Kind::Word };
        push_word(text, &mut toks, (i, end), kind, (hyphen, apostrophe));
        i = end;
    }
    toks
}

/// Lowercase words that may follow a capitalized part after a hyphen and belong to a
/// modifier rather than a name (`U.S.-led`, `War-like`).
const HYPHEN_MODIFIERS: &[&str] = &[
    "led",
    "based",
    "backed",
    "like",
    "style",
    "era",
    "born",
    "made",
    "run",
    "owned",
    "linked",
    "funded",
    "allied",
    "friendly",
    "type",
    "sized",
    "wide",
    "level",
    "bound",
    "controlled",
    "held",
    "occupied",
    "brokered",
    "sponsored",
    "related",
    "centric",
    "specific",
    "focused",
    "registered",
    "flagged",
    "speaking",
    "language",
    "inspired",
    "leaning",
    "area",
    "old",
];

fn push_word(
    text: &str,
    toks: &mut Vec<Tok>,
    (start, end): (usize, usize),
    kind: Kind,
    (hyphen, apostrophe): (bool, bool),
) {
    // Split a possessive off: `Russia’s` → `Russia` + `’s`.
    let word = || text.get(start..end).unwrap_or("");
    let (base_end, poss) =
        if apostrophe && end - start > 3 && (word().ends_with("’s") || word().ends_with("'s")) {
            let plen = if word().ends_with("’s") { 4 } else { 2 };
            (end - plen, true)
        } else {
            (end, false)
        };
    // Split hyphenated compounds of names (`Kim-Putin`, `U.S.-led`).
    let mut piece_start = start;
    if kind == Kind::Word && hyphen {
        let base = text.get(start..base_end).unwrap_or("");
        let mut offset = start;
        let parts: Vec<&str> = base.split('-').collect();
        let mut prev: Option<&str> = None;
        for part in &parts {
            if let Some(p) = prev {
                let cap = part.chars().next().is_some_and(char::is_uppercase);
                let prev_cap = p.chars().next().is_some_and(char::is_uppercase);
                let both_acronyms = crate::text::is_acronym(p) && crate::text::is_acronym(part);
                let split = prev_cap
                    && !p.is_empty()
                    && !both_acronyms
                    && (cap && part.chars().count() >= 2 && p.chars().count() >= 2
                        || !cap && (p.ends_with('.') || HYPHEN_MODIFIERS.contains(part)));
                if split {
                    toks.push(Tok {
                        start: piece_start,
                        end: offset - 1,
                        kind,
                    });
                    toks.push(Tok {
                        start: offset - 1,
                        end: offset,
                        kind: Kind::Punct,
                    });
                    piece_start = offset;
                }
            }
            offset += part.len() + 1;
            prev = Some(part);
        }
    }
    toks.push(Tok {
        start: piece_start,
        end: base_end,
        kind,
    });
    if poss {
        toks.push(Tok {
            start: base_end,
            end,
            kind: Kind::Poss,
        });
    }
}

/// Paragraph spans: the parse stage's heading/paragraph/other blocks, or blank-line
/// separated chunks when there are none.
pub(crate) fn paragraphs(doc: &Document) -> Vec<(Span, BlockKind)> {
    if !doc.blocks.is_empty() {
        return doc.blocks.iter().map(|b| (b.span, b.kind)).collect();
    }
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_nonblank_end = 0usize;
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push((Span::new(s, last_nonblank_end), BlockKind::Paragraph));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(line_start + lead);
            }
            last_nonblank_end = line_start + lead + trimmed.len();
        }
        line_start += line.len();
    }
    if let Some(s) = start {
        out.push((Span::new(s, last_nonblank_end), BlockKind::Paragraph));
    }
    out
}

/// Sentence spans: the parse stage's, or a light split of each paragraph.
pub(crate) fn sentences(doc: &Document, paras: &[(Span, BlockKind)], toks: &[Tok]) -> Vec<Span> {
    if !doc.sentences.is_empty() {
        return doc.sentences.iter().map(|s| s.span).collect();
    }
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut ti = 0usize;
    for (p, _) in paras {
        while toks.get(ti).is_some_and(|t| t.start < p.start) {
            ti += 1;
        }
        let mut s_start: Option<usize> = None;
        let mut last_end = p.start;
        while let Some(t) = toks.get(ti) {
            if t.start >= p.end {
                break;
            }
            if s_start.is_none() {
                s_start = Some(t.start);
            }
            last_end = t.end;
            ti += 1;
            let ch = text.get(t.start..t.end).unwrap_or("");
            if t.kind == Kind::Punct && matches!(ch, "." | "!" | "?") {
                // Swallow closing quotes and brackets.
                while let Some(n) = toks.get(ti) {
                    let c = text.get(n.start..n.end).unwrap_or("");
                    if n.start < p.end && matches!(c, "”" | "\"" | "’" | ")" | "'") {
                        last_end = n.end;
                        ti += 1;
                    } else {
                        break;
                    }
                }
                let next_ok = match toks.get(ti) {
                    None => true,
                    Some(n) if n.start >= p.end => true,
                    Some(n) => {
                        let c = text.get(n.start..n.end).unwrap_or("");
                        c.chars().next().is_some_and(|c| {
                            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘')
                        })
                    }
                };
                if next_ok {
                    if let Some(s) = s_start.take() {
                        out.push(Span::new(s, last_end));
                    }
                }
            }
        }
        if let Some(s) = s_start.take() {
            out.push(Span::new(s, last_end.max(s)));
        }
    }
    out
}

/// The text of a token.
pub(crate) fn tok_text<'t>(text: &'t str, t: &Tok) -> &'t str {
    text.get(t.start..t.end).unwrap_or("")
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True for `NATO`, `U.S.`, `G20`, `KF-VUB`: no lowercase letters, at least two letters.
pub(crate) fn is_acronym(w: &str) -> bool {
    if w.is_ascii() {
        // One pass over the bytes: an ASCII letter is alphabetic, and lowercase
        // exactly when it is an ASCII small letter.
        let mut letters = 0usize;
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        return letters >= 2;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        toks.iter().map(|t| tok_text(s, t).to_owned()).collect()
    }

    #[test]
    fn alnum_runs_are_counted_as_bytes_are() {
        let text = "Zürich-born a1Z9 [@`{]/:~\u{7f}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789é";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let expected = bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            assert_eq!(alnum_run(bytes, at), expected, "at {at}");
        }
    }

    #[test]
    fn acronyms_read_as_bytes_or_chars_agree() {
        let slow = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        for w in [
            "NATO", "U.S.", "G20", "KF-VUB", "Nato", "A", "A1", "", "US", "U.s.", "ÉU", "ÉTA",
            "Éta", "12", "A-B",
        ] {
            assert_eq!(is_acronym(w), slow(w), "{w}");
        }
    }

    #[test]
    fn abbreviations_and_possessives() {
        assert_eq!(
            words("the U.S. and Russia’s Dr. Kim-Putin U.S.-led Moo-jin."),
            [
                "the", "U.S.", "and", "Russia", "’s", "Dr.", "Kim", "-", "Putin", "U.S.", "-",
                "led", "Moo-jin", "."
            ]
        );
    }

    #[test]
    fn numbers_and_apostrophes() {
        assert_eq!(
            words("1,000 people wouldn’t allies’ G20"),
            ["1,000", "people", "wouldn’t", "allies", "’", "G20"]
        );
    }

    #[test]
    fn fallback_sentences() {
        let mut doc = Document::new("t", "He said “Yes.” Then he left.\n\nNew para here.");
        doc.blocks.clear();
        let paras = paragraphs(&doc);
        assert_eq!(paras.len(), 2);
        let toks = tokenize(&doc.text);
        let s = sentences(&doc, &paras, &toks);
        let texts: Vec<&str> = s.iter().map(|s| doc.slice(*s)).collect();
        assert_eq!(texts, ["He said “Yes.”", "Then he left.", "New para here."]);
    }
}
