//! Quotes and their speakers.
//!
//! How speakers are found:
//! 1. Quote marks are paired per paragraph: `“ ”` always, straight `"` by position
//!    (an opening one follows a space). Single quotes (`‘ ’`, `'`) are never quote
//!    marks of their own: they are apostrophes, headline quotes, or quotes nested
//!    inside a double-quoted passage and stay part of it. A paragraph that opens a
//!    quote and does not close it ends that quote at the paragraph end.
//! 2. Within the sentences a quote spans, the cue verb nearest the quote outside any
//!    quote marks is the attribution (`said`, `told`, `pointed out`, `according to`…);
//!    its subject is the mention right before it (skipping `also`, time words) or,
//!    when none, the mention right after it (`said Yang Moo-jin`).
//! 3. A quote without a cue in its own sentences takes the speaker of the previous
//!    quote of its paragraph, of the quote it continues from the previous paragraph,
//!    or of a cue in the previous sentence (`Wang pointed out. “It could …”`); then of
//!    the next quote in its paragraph.
//! 4. Pronouns (`he said`) go to the nearest person named outside quotes earlier in
//!    the same paragraph, else to the most recent person speaker, else to the nearest
//!    earlier person mention.
//! 5. Reported speech without marks (`X said that …`, `according to X`, `told RFA that`)
//!    becomes an `indirect` quote; unnamed sources keep their description
//!    (`a person familiar with the matter`).

use newsline_model::{BlockKind, EntityType, Quote, QuoteKind, Span, Spanned};

use crate::entities::Analysis;
use crate::lex::{self, WordList};
use crate::text::Kind;

/// A quoted passage between marks.
#[derive(Debug, Clone)]
struct Seg {
    open: usize,
    content: Span,
    /// Byte after the closing mark, or the paragraph end when unclosed.
    close_end: usize,
    closed: bool,
    para: usize,
}

/// Who said something, as found at a cue.
#[derive(Debug, Clone, Default)]
struct Attr {
    cue: Option<Span>,
    mention: Option<Span>,
    entity: Option<usize>,
    name: Option<String>,
}

static PRONOUNS: WordList = WordList::new(&[
    "he", "she", "He", "She", "they", "They", "I", "we", "We", "it", "It",
]);

static ANON_HEADS: WordList = WordList::new(&[
    "person",
    "people",
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "observer",
    "observers",
    "insider",
    "insiders",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "critics",
    "lawmakers",
    "investigators",
    "police",
    "authorities",
    "report",
    "media",
    "activists",
    "scientists",
    "researchers",
    "study",
    "survey",
    "statement",
    "government",
    "ministry",
]);

/// Words that open a subordinate clause before its subject.
static SUBORDINATORS: WordList = WordList::new(&[
    "Though",
    "Although",
    "When",
    "While",
    "After",
    "Before",
    "Because",
    "If",
    "As",
    "But",
    "And",
    "So",
    "Yet",
    "Even",
    "Still",
    "Meanwhile",
    "Instead",
    "Then",
    "though",
    "although",
    "when",
    "while",
    "after",
    "because",
    "but",
    "and",
    "as",
    "then",
]);

/// Verbs that introduce indirect speech.
static INDIRECT_CUES: WordList = WordList::new(&[
    "said",
    "says",
    "told",
    "tells",
    "telling",
    "added",
    "adds",
    "noted",
    "notes",
    "warned",
    "warns",
    "stressed",
    "explained",
    "argued",
    "argues",
    "claimed",
    "claims",
    "insisted",
    "announced",
    "confirmed",
    "stated",
    "reported",
    "reports",
    "found",
    "believes",
    "predicted",
    "suggested",
    "acknowledged",
    "admitted",
    "denied",
    "estimated",
]);

fn find_segments(an: &Analysis<'_>, paras: &[(Span, BlockKind)]) -> Vec<Seg> {
    let text = an.text;
    let mut segs = Vec::new();
    for (pi, (p, _)) in paras.iter().enumerate() {
        let Some(ptext) = text.get(p.start..p.end) else {
            continue;
        };
        let mut open: Option<(usize, usize)> = None; // (mark start, content start)
        let bytes = ptext.as_bytes();
        let mut from = 0usize;
        // Only quote marks matter: ASCII ones, and `“ ”` (lead byte 0xE2).
        while let Some(off) = next_mark_byte(bytes, from) {
            let Some(c) = ptext.get(off..).and_then(|r| r.chars().next()) else {
                break;
            };
            from = off + c.len_utf8();
            // The marks rewritten below are never whitespace or an opener's
            // left neighbour, so the raw previous character decides as well.
            let prev_char = ptext.get(..off).and_then(|r| r.chars().next_back());
            let pos = p.start + off;
            let doubled =
                matches!(c, '`' | '\'') && ptext.get(off + 1..).is_some_and(|r| r.starts_with(c));
            let after = pos + c.len_utf8() + usize::from(doubled);
            // TimeBank-style ASCII quotes: `` … ''.
            let next = ptext
                .get(off + c.len_utf8()..)
                .and_then(|r| r.chars().next());
            let c = match (c, next, prev_char) {
                ('`', Some('`'), _) => '“',
                ('\'', Some('\''), _) if open.is_some() => '”',
                // A closing mark typed where an opening one belongs: at the start of a
                // paragraph or word, with no quote open (`”We waited for hours.”`).
                ('”', Some(n), pc)
                    if open.is_none()
                        && (pc.is_none()
                            || !n.is_whitespace() && pc.is_some_and(char::is_whitespace)) =>
                {
                    '“'
                }
                _ => c,
            };
            match c {
                '“' => {
                    if let Some((o, cs)) = open.take() {
                        push_seg(text, &mut segs, o, cs, pos, pos, false, pi);
                    }
                    open = Some((pos, after));
                }
                '”' => {
                    if let Some((o, cs)) = open.take() {
                        push_seg(text, &mut segs, o, cs, pos, after, true, pi);
                    }
                }
                '"' => {
                    let opener = prev_char.is_none_or(|pc| {
                        pc.is_whitespace() || matches!(pc, '(' | '[' | '—' | '–' | '-' | ':')
                    });
                    match open.take() {
                        Some((o, cs)) if !opener || pos > cs => {
                            push_seg(text, &mut segs, o, cs, pos, after, true, pi);
                        }
                        Some(x) => open = Some(x),
                        None if opener => open = Some((pos, after)),
                        None => {}
                    }
                }
                _ => {}
            }
        }
        if let Some((o, cs)) = open {
            push_seg(text, &mut segs, o, cs, p.end, p.end, false, pi);
        }
    }
    segs
}

/// True for the bytes a quote mark starts with.
fn is_mark_byte(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xE2)
}

/// The first byte at or after `from` that may start a quote mark. Eight bytes are
/// tested at once: marks are a few bytes in a hundred, and this reads every byte of
/// every paragraph.
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::lex::{HIGH, ONES};
    // The high bit of a byte of the result is set where `x` (all ASCII) has a byte
    // `b`, or above one: a borrow runs only up from a byte that matched. Any
    // non-ASCII byte lets a chunk through on its own (`0xE2` among them), so the
    // ASCII marks need no test of the high bits.
    let ascii_has = |x: u64, b: u8| (x ^ (ONES * u64::from(b))).wrapping_sub(ONES);
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut off = from;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Nonzero for every chunk with a mark byte (and for a few without, which
        // the exact test below turns away).
        let maybe = x | ascii_has(x, b'"') | ascii_has(x, b'\'') | ascii_has(x, b'`');
        if maybe & HIGH != 0 {
            if let Some(k) = chunk.iter().position(|&b| is_mark_byte(b)) {
                return Some(off + k);
            }
        }
        off += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_mark_byte(b))
        .map(|k| off + k)
}

#[allow(clippy::too_many_arguments)]
fn push_seg(
    text: &str,
    segs: &mut Vec<Seg>,
    open: usize,
    cs: usize,
    ce: usize,
    close_end: usize,
    closed: bool,
    para: usize,
) {
    let Some(raw) = text.get(cs..ce) else { return };
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = cs + lead;
    segs.push(Seg {
        open,
        content: Span::new(start, start + trimmed.len()),
        close_end,
        closed,
        para,
    });
}

/// `PENCE:` or `SEN. WARREN:` opening a quoted transcript turn.
fn transcript_label(text: &str, content: Span) -> Option<Span> {
    let c = text.get(content.start..content.end)?;
    let colon = c.find(':')?;
    let label = c.get(..colon)?;
    let letters = label.chars().filter(|ch| ch.is_alphabetic()).count();
    let ok = letters >= 2
        && colon <= 30
        && !label.chars().any(char::is_lowercase)
        && label
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '.' | '-' | '\''));
    ok.then(|| Span::new(content.start, content.start + colon))
}

/// The name that signs off a paragraph ending `…” ― Name`: the mention that runs
/// from just after the dash to the paragraph end.
fn sign_off(an: &Analysis<'_>, para: Span) -> Option<usize> {
    let ptext = an.text.get(para.start..para.end)?;
    let body = ptext.trim_end().trim_end_matches(['.', ',']);
    // Each dash alone is found by a byte search from the end; a search for
    // either decodes every char of the paragraph.
    let dash = body.rfind('―').max(body.rfind('—'))?;
    let before = body.get(..dash)?.trim_end();
    if !before.ends_with(['”', '"', '’']) {
        return None;
    }
    let name_start = para.start + dash + body.get(dash..)?.chars().next()?.len_utf8();
    let first = an.tok_at(name_start);
    let m = an.mention_starting(first)?;
    let mention = an.mentions.get(m)?;
    (mention.span.end == para.start + body.len() && mention.etype == Some(EntityType::Person))
        .then_some(m)
}

/// An `-ly` adverb between a subject and its verb (`Lee personally asked`), not one of
/// the nouns that end the same way.
fn is_adverb(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ly")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            w,
            "family" | "assembly" | "monopoly" | "supply" | "anomaly" | "butterfly" | "homily"
        )
}

/// The number of words of `s`, counted up to four: the rules ask only whether
/// there are fewer than three or more than three, and a long quote need not be
/// read to the end.
fn word_count(s: &str) -> usize {
    // Words are counted by their first bytes while the text is ASCII: ASCII
    // whitespace splits words for `split_whitespace` too, and other whitespace can
    // only split more, so four starts found there are four words. Text that turns
    // non-ASCII before the fourth start is counted by `split_whitespace`.
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return s.split_whitespace().take(4).count();
        }
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            words += 1;
            if words == 4 {
                return 4;
            }
        }
        in_word = !space;
    }
    words
}

/// A cue stands within a few dozen words of its quote and its subject within a few
/// dozen words of the cue; searching bounded windows keeps a run-on paragraph full
/// of quote marks linear.
const REACH: usize = 60;

/// How many sentences back a pronoun looks for its person within the paragraph.
const PRONOUN_SENTS: usize = 8;

struct Ctx<'a, 'b> {
    an: &'b Analysis<'a>,
    /// Quote content spans, sorted: tokens inside are not attribution text.
    inside: Vec<Span>,
    /// Time expressions: skipped between a cue and its subject (`said late Monday`).
    timexes: &'b [Span],
    /// Per token: does it start inside quote marks.
    quoted: Vec<bool>,
    /// Every cue outside quotes, in text order: first token, span, last token.
    cues: Vec<(usize, Span, usize)>,
    /// Tokens that may open reported speech (`said_clause`), in text order.
    reporting: Vec<usize>,
    /// Tokens that open `according to`, in text order.
    according: Vec<usize>,
}

impl<'a, 'b> Ctx<'a, 'b> {
    fn new(an: &'b Analysis<'a>, inside: Vec<Span>, timexes: &'b [Span]) -> Self {
        let mut ctx = Ctx {
            an,
            inside,
            timexes,
            quoted: Vec::new(),
            cues: Vec::new(),
            reporting: Vec::new(),
            according: Vec::new(),
        };
        // One sweep over tokens and quote spans (both in text order) marks the quoted
        // tokens. The quote span the sweep is at, and where it starts and ends: most
        // tokens are told inside or outside by two comparisons.
        let mut k = 0usize;
        let span_at = |k: usize| {
            ctx.inside
                .get(k)
                .map_or((usize::MAX, usize::MAX), |s| (s.start, s.end))
        };
        let (mut start, mut end) = span_at(k);
        let quoted: Vec<bool> = an
            .toks
            .iter()
            .map(|t| {
                while end <= t.start {
                    k += 1;
                    (start, end) = span_at(k);
                }
                start <= t.start
            })
            .collect();
        // The cues and the words reported speech hangs on, found once rather than per
        // sentence asked. Every cue is a cue verb or opens a cue phrase (`according
        // to`, `pointed out`), and every indirect cue is a cue verb: one test of the
        // lowercase entry (which only words have) turns most tokens away before a
        // word or a list is compared.
        let mut cues = Vec::new();
        for (i, lx) in an.lex.iter().enumerate() {
            if !lx.lower.may_open_cue() {
                continue;
            }
            let w = an.word(i);
            let phrase_opener = lx.lower.opens_cue_phrase();
            if phrase_opener && w.eq_ignore_ascii_case("according") && an.word(i + 1) == "to" {
                ctx.according.push(i);
            }
            if !quoted.get(i).copied().unwrap_or(false) {
                if let Some((sp, last)) = ctx.cue_at(i) {
                    cues.push((i, sp, last));
                }
            }
            let word = an.toks.get(i).is_some_and(|t| t.kind == Kind::Word);
            if word
                && (lx.lower.is_cue_verb() && INDIRECT_CUES.contains_any_case(w)
                    || phrase_opener && pointed_out(ctx.an, i))
            {
                ctx.reporting.push(i);
            }
        }
        ctx.quoted = quoted;
        ctx.cues = cues;
        ctx
    }

    /// A cue verb in any case; only words have a lowercase entry.
    fn is_cue_verb_at(&self, i: usize) -> bool {
        self.an.lex(i).lower.is_cue_verb()
    }

    fn tok_quoted(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    fn in_quote(&self, pos: usize) -> bool {
        let i = self.inside.partition_point(|s| s.end <= pos);
        self.inside
            .get(i)
            .is_some_and(|s| s.start <= pos && pos < s.end)
    }

    fn word(&self, i: usize) -> &str {
        self.an.word(i)
    }

    fn tok_start(&self, i: usize) -> usize {
        self.an.toks.get(i).map_or(usize::MAX, |t| t.start)
    }

    /// Cue at token `i`: its span and the index of its last token.
    fn cue_at(&self, i: usize) -> Option<(Span, usize)> {
        let t = self.an.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = self.word(i);
        let phrases = if lex::may_start_cue_phrase(w) {
            lex::CUE_PHRASES
        } else {
            &[]
        };
        for ph in phrases {
            // Most tokens differ from every phrase in the first word already.
            if !ph.first().is_some_and(|p| w.eq_ignore_ascii_case(p)) {
                continue;
            }
            let ok = ph
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, p)| self.word(i + k).eq_ignore_ascii_case(p));
            if ok {
                let last = i + ph.len() - 1;
                let end = self.an.toks.get(last)?.end;
                return Some((Span::new(t.start, end), last));
            }
        }
        if self.is_cue_verb_at(i) && !self.noun_use(i) {
            return Some((t.span(), i));
        }
        None
    }

    /// True when the cue word at `i` is a noun or part of a name, not a verb:
    /// `the senator’s claims`, `angry tweets`, `Democratic claims`, `United States`.
    fn noun_use(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let w = self.word(i);
        let prev = self.word(p);
        let prev_tok = self.an.toks.get(p);
        if w.starts_with(char::is_uppercase)
            && prev_tok.is_some_and(|t| t.kind == Kind::Word)
            && prev.starts_with(char::is_uppercase)
        {
            return true;
        }
        if !w.ends_with('s') {
            return false;
        }
        prev_tok.is_some_and(|t| t.kind == Kind::Poss)
            || matches!(
                prev,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "these"
                    | "those"
                    | "such"
                    | "many"
                    | "several"
                    | "other"
                    | "new"
            )
            || (prev.contains('-') && prev.starts_with(char::is_lowercase))
            || ["ful", "ous", "ive", "less", "ical"]
                .iter()
                .any(|suf| prev.ends_with(suf))
            || matches!(prev, "Republican" | "Democratic")
            || self.an.mention_ending(p).is_some_and(|m| {
                self.an
                    .mentions
                    .get(m)
                    .is_some_and(|x| x.etype == Some(EntityType::Norp))
            })
    }

    fn entity_of_mention(&self, m: usize) -> Option<usize> {
        self.an.mentions.get(m).map(|x| x.entity)
    }

    /// Subject of the cue whose first token is `c` and last token `cl`, searched
    /// within `[lo, hi)` token range.
    fn subject(
        &self,
        c: usize,
        cl: usize,
        (lo, hi): (usize, usize),
        quote_start: Option<usize>,
    ) -> Option<Attr> {
        // Before the cue.
        let mut k = c;
        while k > lo {
            let w = self.word(k - 1);
            if lex::CUE_SKIP.contains(w) || self.in_timex(k - 1) || is_adverb(w) {
                k -= 1;
                continue;
            }
            // `Ana M. Duarte (D-Lisbon) said`: step over a short parenthetical.
            if w == ")" {
                let from = lo.max(k.saturating_sub(12));
                if let Some(open) = (from..k - 1).rev().find(|&j| self.word(j) == "(") {
                    k = open;
                    continue;
                }
            }
            break;
        }
        if k > lo && self.word(k - 1) == "," {
            // `…, saying “…”`: a participle takes the subject of its main clause.
            if self.word(c).ends_with("ing") {
                let sent_lo = self
                    .an
                    .sentence_of(self.tok_start(c))
                    .and_then(|i| self.an.sents.get(i))
                    .map_or(lo, |sp| self.an.tok_at(sp.start));
                let from = sent_lo.max(c.saturating_sub(REACH));
                if let Some(a) = self.clause_subject(from, c) {
                    return Some(a);
                }
                // `“…,” the mayor said, adding …`: the subject of the clause's own cue.
                let ci = self.cues.partition_point(|x| x.0 < c);
                let prev = ci.checked_sub(1).and_then(|i| self.cues.get(i));
                if let Some(&(pc, _, pl)) = prev {
                    if pc >= from && !self.word(pc).ends_with("ing") {
                        let a = self.subject(pc, pl, (from, c), None);
                        if a.as_ref().is_some_and(|a| a.mention.is_some()) {
                            return a;
                        }
                    }
                }
            } else if let Some(a) = self.apposed(k - 1, lo) {
                return Some(a);
            }
        }
        if k > lo {
            let p = k - 1;
            if let Some(m) = self.an.mention_ending(p) {
                if !self.tok_quoted(p) {
                    return Some(self.attr_from_mention(m));
                }
            }
            if PRONOUNS.contains(self.word(p)) {
                let sp = self.an.toks.get(p)?.span();
                return Some(Attr {
                    mention: Some(sp),
                    ..Attr::default()
                });
            }
            if self.word(p) == "who" {
                if let Some(a) = self.anonymous(p, lo) {
                    return Some(a);
                }
            }
            if let Some(a) = self.anonymous(c, lo) {
                return Some(a);
            }
            if let Some(a) = self.noun_phrase(k, lo) {
                return Some(a);
            }
        }
        // After the cue: `said Yang Moo-jin`, `said U.S. … spokesman Matthew Miller`.
        let mut k = cl + 1;
        while k < hi
            && (self.in_timex(k)
                || self.is_cue_verb_at(k)
                || matches!(self.word(k), "," | "late" | "early" | "on"))
        {
            k += 1;
        }
        if k < hi {
            if PRONOUNS.contains(self.word(k)) {
                let sp = self.an.toks.get(k)?.span();
                return Some(Attr {
                    mention: Some(sp),
                    ..Attr::default()
                });
            }
            let mut j = k;
            // Skip titles and descriptions up to the name: `said Rep. G.K. Butterfield`,
            // `said 9/11 widow Terry Strada`, `according to … host Rush Limbaugh`.
            let mut n = 0;
            while j < hi && n < 6 && self.an.mention_starting(j).is_none() {
                let w = self.word(j);
                if matches!(w, "," | "." | ";" | "“" | "”" | "\"") || self.tok_quoted(j) {
                    break;
                }
                j += 1;
                n += 1;
            }
            if self.an.mention_starting(j).is_none() {
                j = k;
            }
            // When the cue comes before the quote, a name after the cue is the
            // subject of the reported clause (`said the United States will …`)
            // unless the name closes the attribution (`said Rep. X, “…”`).
            let closes = |m: usize| {
                let Some(mm) = self.an.mentions.get(m) else {
                    return false;
                };
                let e = self.an.tok_at(mm.span.end);
                quote_start.is_none_or(|qs| self.tok_start(c) >= qs)
                    || matches!(self.word(e), "," | ":" | "." | ";" | "“" | "\"")
                    || self.tok_quoted(e)
                    || self.word(e) == "("
            };
            if let Some(m) = self.an.mention_starting(j).filter(|&m| closes(m)) {
                let mm = self.an.mentions.get(m)?;
                if mm.etype != Some(EntityType::Person) {
                    // A person may follow the organization and title words.
                    let mut q = self.an.tok_at(mm.span.end);
                    let mut n = 0;
                    while q < hi && n < 6 && self.word(q) != "," {
                        if let Some(pm) = self.an.mention_starting(q) {
                            if self
                                .an
                                .mentions
                                .get(pm)
                                .is_some_and(|x| x.etype == Some(EntityType::Person))
                            {
                                return Some(self.attr_from_mention(pm));
                            }
                        }
                        q += 1;
                        n += 1;
                    }
                }
                return Some(self.attr_from_mention(m));
            }
        }
        // `said the ruling.`: a description right after the cue.
        if k < hi
            && matches!(
                self.word(k),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one" | "another" | "some"
            )
        {
            let mut e = k + 1;
            while e < hi
                && e < k + 8
                && self.an.toks.get(e).is_some_and(|t| t.kind != Kind::Punct)
                && !self.is_cue_verb_at(e)
            {
                e += 1;
            }
            if e > k + 1 && matches!(self.word(e), "." | "," | ";") {
                let start = self.an.toks.get(k)?.start;
                let end = self.an.toks.get(e - 1)?.end;
                let sp = Span::new(start, end);
                return Some(Attr {
                    mention: Some(sp),
                    name: self.an.text.get(sp.start..sp.end).map(str::to_owned),
                    ..Attr::default()
                });
            }
        }
        // `…, saying …`: the subject of the main clause, the nearest person before.
        (lo.max(c.saturating_sub(REACH))..c)
            .rev()
            .filter_map(|i| self.an.mention_ending(i))
            .find(|&m| {
                self.an.mentions.get(m).is_some_and(|x| {
                    x.etype == Some(EntityType::Person) && !self.in_quote(x.span.start)
                })
            })
            .map(|m| self.attr_from_mention(m))
    }

    /// `Scott Pruitt, the attorney general of Oklahoma, said`: the mention before the
    /// comma that opens the apposition closed by the comma at token `comma`.
    fn apposed(&self, comma: usize, lo: usize) -> Option<Attr> {
        let from = lo.max(comma.saturating_sub(25));
        let mut j = comma;
        while j > from {
            j -= 1;
            let w = self.word(j);
            if self.tok_quoted(j) || matches!(w, "“" | "”" | "\"" | ";" | ".") {
                return None;
            }
            if w == "," {
                // `X, the foreign minister of France, a member of …, said`: the
                // apposition may hold commas of its own; the speaker precedes one.
                let m = j.checked_sub(1).and_then(|p| self.an.mention_ending(p));
                if let Some(m) = m.filter(|&m| {
                    self.an.mentions.get(m).is_some_and(|mm| {
                        matches!(mm.etype, Some(EntityType::Person | EntityType::Org))
                    })
                }) {
                    return Some(self.attr_from_mention(m));
                }
            }
        }
        None
    }

    /// A description opening the sentence at token `lo` and followed by its verb
    /// before token `end`: `The union’s statement also warned …`, `Other members
    /// voted …`. Only a determiner-led phrase of a few words counts.
    fn description_subject(&self, lo: usize, end: usize) -> Option<Attr> {
        if !matches!(
            self.word(lo),
            "The"
                | "A"
                | "An"
                | "One"
                | "Another"
                | "Other"
                | "Several"
                | "Some"
                | "Many"
                | "Both"
                | "Two"
                | "Three"
                | "Small"
                | "Most"
        ) {
            return None;
        }
        let mut k = lo + 1;
        loop {
            if k >= end || k > lo + 5 {
                return None;
            }
            let t = self.an.toks.get(k)?;
            if t.kind == Kind::Punct || self.tok_quoted(k) {
                return None;
            }
            let w = self.word(k);
            let verb = w.starts_with(|c: char| c.is_ascii_lowercase())
                && ((self.is_cue_verb_at(k) && !self.noun_use(k))
                    || lex::is_common_verb(w)
                    || w.ends_with("ed")
                    || lex::CUE_SKIP.contains(w)
                    || is_adverb(w));
            if verb && k > lo + 1 {
                break;
            }
            k += 1;
        }
        self.description(lo, k)
    }

    /// The subject of the clause that runs from token `lo` to `end` (a quote mark or
    /// a participle): a name or pronoun at the start of the sentence or right after
    /// a comma, followed by a lowercase word (`At the debate, Clinton cited …`).
    fn clause_subject(&self, lo: usize, end: usize) -> Option<Attr> {
        let starts =
            std::iter::once(lo).chain((lo..end).filter(|&j| self.word(j) == ",").map(|j| j + 1));
        // A main clause's subject beats a subordinate one's (`If she did, the rules
        // give …`): subordinate starts are tried last.
        let subordinate = |st: &usize| SUBORDINATORS.contains(self.word(*st));
        let main = starts.clone().filter(|st| !subordinate(st));
        let sub = starts.filter(subordinate).map(|st| st + 1);
        for s in main.chain(sub) {
            if s >= end || self.tok_quoted(s) {
                continue;
            }
            let (after, attr) = if let Some(m) = self.an.mention_starting(s) {
                let Some(mm) = self.an.mentions.get(m) else {
                    continue;
                };
                if !matches!(
                    mm.etype,
                    Some(EntityType::Person | EntityType::Org | EntityType::Gpe)
                ) {
                    continue;
                }
                (self.an.tok_at(mm.span.end), self.attr_from_mention(m))
            } else if PRONOUNS.contains(self.word(s)) {
                let sp = self.an.toks.get(s)?.span();
                (
                    s + 1,
                    Attr {
                        mention: Some(sp),
                        ..Attr::default()
                    },
                )
            } else {
                continue;
            };
            let mut after = after;
            if self.word(after) == "," {
                // `Ana Duarte, the head of research at …, compared the plan to …`.
                let close = (after + 1..end.min(after + 25)).find(|&j| self.word(j) == ",");
                match close {
                    Some(j) => after = j + 1,
                    // `One critic, Ana Ruiz, likened …`: the name closes
                    // the apposition.
                    None if !lex::is_stop(self.word(after + 1)) => after += 1,
                    None => continue,
                }
            }
            let verbish = after < end
                && self
                    .an
                    .toks
                    .get(after)
                    .is_some_and(|t| t.kind == Kind::Word)
                && self
                    .word(after)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && !matches!(
                    self.word(after),
                    "of" | "and"
                        | "or"
                        | "in"
                        | "to"
                        | "for"
                        | "with"
                        | "on"
                        | "at"
                        | "who"
                        | "which"
                        | "that"
                );
            if verbish {
                return Some(attr);
            }
        }
        None
    }

    fn in_timex(&self, i: usize) -> bool {
        let Some(t) = self.an.toks.get(i) else {
            return false;
        };
        let k = self.timexes.partition_point(|s| s.end <= t.start);
        self.timexes.get(k).is_some_and(|s| s.start <= t.start)
    }

    /// A description ending at token `k` (exclusive) that names the speaker: `The
    /// Lisbon shipowner`, `the senator’s doctor`, `FactWatch`.
    fn noun_phrase(&self, k: usize, lo: usize) -> Option<Attr> {
        let mut s = k;
        let mut n = 0;
        while s > lo && n < 7 {
            let t = self.an.toks.get(s - 1)?;
            let w = self.word(s - 1);
            let ok = match t.kind {
                Kind::Poss => true,
                Kind::Word | Kind::Num => {
                    !matches!(
                        w,
                        "in" | "on"
                            | "at"
                            | "of"
                            | "to"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "that"
                            | "and"
                            | "but"
                            | "or"
                            | "which"
                            | "who"
                            | "when"
                            | "as"
                            | "if"
                            | "while"
                            | "after"
                            | "before"
                            | "because"
                            | "since"
                            | "than"
                    ) && !self.is_cue_verb_at(s - 1)
                        && !self.in_quote(t.start)
                }
                Kind::Punct => false,
            };
            if !ok {
                break;
            }
            s -= 1;
            n += 1;
        }
        if s == k || n >= 7 {
            return None;
        }
        // Leading function words (`After`, `While`) are not part of a speaker.
        while s < k
            && lex::is_stop(self.word(s))
            && !matches!(
                self.word(s).to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "my" | "our" | "one"
            )
        {
            s += 1;
        }
        if s >= k {
            return None;
        }
        // Must hold a capitalized word or a determiner-led noun phrase.
        let first = self.word(s);
        let cap = (s..k).any(|i| crate::text::is_cap(self.word(i)));
        if !cap
            && !matches!(
                first,
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "my" | "our" | "one"
            )
        {
            return None;
        }
        // The whole description is the speaker, even with a name inside: a
        // senator's doctor is not the senator.
        self.description(s, k)
    }

    /// A speaker given by description over tokens `from..to`: its words are its
    /// name, and it links to no entity.
    fn description(&self, from: usize, to: usize) -> Option<Attr> {
        let start = self.an.toks.get(from)?.start;
        let end = self.an.toks.get(to.checked_sub(1)?)?.end;
        let sp = Span::new(start, end);
        Some(Attr {
            mention: Some(sp),
            name: self.an.text.get(sp.start..sp.end).map(str::to_owned),
            ..Attr::default()
        })
    }

    fn attr_from_mention(&self, m: usize) -> Attr {
        let mm = self.an.mentions.get(m);
        let e = self.entity_of_mention(m);
        Attr {
            cue: None,
            mention: mm.map(|x| x.span),
            entity: e,
            name: e
                .and_then(|e| self.an.entities.get(e))
                .map(|x| x.name.clone()),
        }
    }

    /// An unnamed source ending before token `c` (`a person familiar with the matter`).
    fn anonymous(&self, c: usize, lo: usize) -> Option<Attr> {
        let mut h = c;
        let mut n = 0;
        let head = loop {
            if h <= lo || n > 8 {
                return None;
            }
            h -= 1;
            n += 1;
            let w = self.word(h);
            if matches!(w, "," | ";" | "“" | "”" | "\"") || self.tok_quoted(h) {
                return None;
            }
            if ANON_HEADS.contains_any_case(w) {
                break h;
            }
        };
        let mut s = head;
        while s > lo {
            let w = self.word(s - 1);
            let t = self.an.toks.get(s - 1)?;
            let stop = t.kind == Kind::Punct
                || matches!(
                    w,
                    "from"
                        | "with"
                        | "by"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "that"
                        | "and"
                        | "but"
                        | "said"
                        | "told"
                        | "while"
                )
                || self.is_cue_verb_at(s - 1);
            if stop {
                break;
            }
            s -= 1;
        }
        let mut e = c;
        while e > head + 1 && matches!(self.word(e - 1), "who" | "that" | "," | "also") {
            e -= 1;
        }
        let start = self.an.toks.get(s)?.start;
        let end = self.an.toks.get(e.saturating_sub(1))?.end;
        let sp = Span::new(start, end);
        let desc = self.an.text.get(sp.start..sp.end)?.to_owned();
        Some(Attr {
            mention: Some(sp),
            name: Some(desc),
            ..Attr::default()
        })
    }

    /// The subject of the cue `c..=cl` when that cue opens the main clause of the
    /// sentence starting at token `sent_lo` and the quote at byte `qs` lies in its
    /// reported clause: a named or pronoun subject right before a finite cue, at the
    /// sentence start or after an opening phrase, with no quote, dash or semicolon
    /// between it and the quote.
    fn main_clause_subject(&self, sent_lo: usize, c: usize, cl: usize, qs: usize) -> Option<Attr> {
        if self.word(c).ends_with("ing") || SUBORDINATORS.contains(self.word(sent_lo)) {
            return None;
        }
        let q = self.an.tok_at(qs);
        let at = self.subject(c, cl, (sent_lo, q), Some(qs))?;
        let m = at.mention?;
        let named = at.entity.is_some()
            || self
                .an
                .text
                .get(m.start..m.end)
                .is_some_and(|w| PRONOUNS.contains(w));
        // The subject opens the sentence or its main clause, titles included
        // (`City Attorney Tom Reyes`, `At the rally, Lee`, `“…,” Reyes wrote`).
        let mut ms = self.an.tok_at(m.start);
        while ms > sent_lo && crate::text::is_cap(self.word(ms - 1)) {
            ms -= 1;
        }
        let opens = ms == sent_lo
            || ms
                .checked_sub(1)
                .is_some_and(|p| matches!(self.word(p), "," | "”" | "\""));
        // A dash, a semicolon or a quote that ends a clause of its own (`“Ready?” she
        // said, but … Lee went on about “…”`) closes the clause.
        let a = self.an.tok_at(m.end);
        let breaks = (a..q.saturating_sub(1)).any(|i| self.is_dash_or_semicolon(i))
            || self
                .inside
                .iter()
                .skip(self.inside.partition_point(|s| s.end <= m.end))
                .take_while(|s| s.start < qs)
                .any(|s| {
                    self.an
                        .text
                        .get(s.start..s.end)
                        .is_some_and(|t| t.ends_with([',', '.', '?', '!']))
                });
        (named && opens && !breaks && m.end <= self.tok_start(c)).then_some(at)
    }

    /// A dash or semicolon between clauses; a hyphen counts only with a space before
    /// it (`rules - and`), not inside a split word (`Trans-Pacific`).
    fn is_dash_or_semicolon(&self, i: usize) -> bool {
        match self.word(i) {
            "—" | "―" | "–" | ";" => true,
            "-" => self.an.toks.get(i).is_some_and(|t| {
                self.an
                    .text
                    .get(..t.start)
                    .is_some_and(|b| b.ends_with(char::is_whitespace))
            }),
            _ => false,
        }
    }

    /// Finds the nearest cue to `[qs, qe)` within `[lo, hi)` bytes, outside quotes.
    fn attribution(&self, lo: usize, hi: usize, qs: usize, qe: usize) -> Option<Attr> {
        let a = self.an.tok_at(lo);
        let b = self.an.tok_at(hi);
        let near_start = self.an.tok_at(qs).saturating_sub(REACH).max(a);
        let near_end = self.an.tok_at(qe).saturating_add(REACH).min(b);
        // The nearest cue is the last one before the quote or the first one after
        // it; on a tie the one before wins.
        let a_i = self.cues.partition_point(|x| x.0 < near_start);
        let b_i = self.cues.partition_point(|x| x.0 < near_end);
        let window = self.cues.get(a_i..b_i).unwrap_or(&[]);
        let split = window.partition_point(|x| x.1.start < qe);
        let before = split
            .checked_sub(1)
            .and_then(|k| window.get(k))
            .map(|x| (qs.saturating_sub(x.1.end) + 1, x));
        let after = window.get(split).map(|x| (x.1.start - qe, x));
        let best = match (before, after) {
            (Some(b), Some(a)) => Some(if b.0 <= a.0 { b.1 } else { a.1 }),
            (b, a) => b.or(a).map(|x| x.1),
        };
        let &(c, sp, last) = best?;
        // A quote inside the reported clause of its sentence's first cue is that cue's
        // subject's words, whatever cue stands nearer (`Reyes said the ad “…”
        // suggests`, `She said she recalls the manager being “upset”`).
        let sent_lo = self
            .an
            .sentence_of(qs)
            .and_then(|i| self.an.sents.get(i))
            .map_or(near_start, |s| self.an.tok_at(s.start).max(near_start));
        let first = window
            .iter()
            .find(|x| x.0 >= sent_lo)
            .filter(|x| x.0 < c && x.1.end <= qs);
        // The quote must stand in that clause, not open a clause of its own
        // (`“…,” she said`).
        let own_clause = sp.start >= qe
            && self.an.sentence_of(sp.start) == self.an.sentence_of(qs)
            && self
                .an
                .text
                .get(..qe)
                .is_some_and(|t| t.ends_with([',', '.', '?', '!']));
        if let (Some(&(c0, sp0, last0)), false) = (first, own_clause) {
            if let Some(mut at) = self.main_clause_subject(sent_lo, c0, last0, qs) {
                at.cue = Some(sp0);
                return Some(at);
            }
        }
        let mut at = self
            .subject(c, last, (near_start, near_end), Some(qs))
            .unwrap_or_default();
        // A cue inside a relative or reported clause (`She pointed to reports that Lee
        // called it “…”`, `It is denouncing what it calls “…”`): the quote is told
        // by the subject of the sentence.
        let nested = c >= sent_lo
            && sp.end <= qs
            && at.mention.is_some_and(|m| {
                let mut ms = self.an.tok_at(m.start);
                while ms > sent_lo && crate::text::is_cap(self.word(ms - 1)) {
                    ms -= 1;
                }
                let prev = self.word(ms.saturating_sub(1));
                let participle =
                    self.word(c).ends_with("ing") && self.word(c.saturating_sub(1)) != ",";
                ms > sent_lo
                    && m.end <= sp.start
                    && (matches!(prev, "that" | "what" | "which" | "whom" | "whose")
                        || self.is_cue_verb_at(ms.saturating_sub(1))
                        || participle)
            });
        if nested {
            let outer = self
                .clause_subject(sent_lo, c)
                .filter(|o| {
                    o.mention
                        .is_some_and(|m| self.an.tok_at(m.start) == sent_lo)
                })
                .or_else(|| self.description_subject(sent_lo, c));
            if let Some(o) = outer {
                at = o;
            }
        }
        at.cue = Some(sp);
        Some(at)
    }
}

/// Finds all quotes of the document.
pub(crate) fn find(an: &Analysis<'_>, paras: &[(Span, BlockKind)], timexes: &[Span]) -> Vec<Quote> {
    let segs = find_segments(an, paras);
    let ctx = Ctx::new(an, segs.iter().map(|s| s.content).collect(), timexes);
    let text = an.text;
    let mut kinds = Vec::with_capacity(segs.len());
    let mut attrs: Vec<Option<Attr>> = Vec::with_capacity(segs.len());
    // Segments come in paragraph order: the sign-off of the current one is kept.
    let mut signed_para: Option<(usize, Option<usize>)> = None;
    for s in &segs {
        let content = text.get(s.content.start..s.content.end).unwrap_or("");
        let sent_a = an.sentence_of(s.open);
        let sent_b = an.sentence_of(s.close_end.saturating_sub(1));
        let lo = sent_a
            .and_then(|i| an.sents.get(i))
            .map_or(s.open, |x| x.start.min(s.open));
        let hi = sent_b
            .and_then(|i| an.sents.get(i))
            .map_or(s.close_end, |x| x.end.max(s.close_end));
        let para = paras.get(s.para).map(|p| p.0).unwrap_or_default();
        let lo = lo.max(para.start);
        let mut hi = hi.min(para.end).max(s.close_end);
        // A quote that ends its sentence (`…?” Trump said.`) may have its cue in the
        // sentence the splitter started after it.
        let t = an.tok_at(s.close_end);
        if let Some(tok) = an.toks.get(t) {
            let opens = matches!(an.word(t), "“" | "\"" | "`");
            let has_cue = (t..t + 5).any(|k| {
                an.toks.get(k).is_some_and(|x| x.start < para.end) && ctx.is_cue_verb_at(k)
            });
            if tok.start >= hi && tok.start < para.end && !opens && has_cue {
                if let Some(ns) = an.sentence_of(tok.start).and_then(|i| an.sents.get(i)) {
                    hi = ns.end.min(para.end);
                }
            }
        }
        let before = text.get(lo..s.open).unwrap_or("").trim_end();
        let at_start = before.is_empty()
            || before.ends_with(':')
            || before.ends_with('.')
            || before.ends_with(',')
                && lex::is_cue_verb(
                    before
                        .trim_end_matches(',')
                        .split_whitespace()
                        .last()
                        .unwrap_or(""),
                );
        let ends_sentence = content
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', '?', '!']);
        let starts_upper = content
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '‘');
        let words = word_count(content);
        let kind = if words <= 2 && !(at_start && starts_upper) {
            QuoteKind::Scare
        } else if at_start && (starts_upper || ends_sentence || words > 3) {
            QuoteKind::Direct
        } else if words <= 2 && !ends_sentence {
            QuoteKind::Scare
        } else if ends_sentence && starts_upper {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        let mut attr = ctx.attribution(lo, hi, s.content.start, s.content.end);
        if attr.as_ref().is_some_and(|a| a.mention.is_none()) {
            attr = None;
        }
        // A paragraph signed off after its closing mark (`“…” ― Ana Ruiz`) is
        // all that person's words, whatever cue words its quotes hold.
        let signed = match signed_para {
            Some((pi, m)) if pi == s.para => m,
            _ => {
                let m = sign_off(an, para);
                signed_para = Some((s.para, m));
                m
            }
        };
        if let Some(m) = signed {
            attr = Some(ctx.attr_from_mention(m));
        }
        // Transcript labels: `PENCE: Well, …`.
        if let Some(label) = transcript_label(text, s.content) {
            attr = Some(Attr {
                mention: Some(label),
                name: text.get(label.start..label.end).map(str::to_owned),
                ..Attr::default()
            });
        }
        // A short quote in a clause with a named subject is that subject's words
        // (`Trump openly admires Putin as a “strong leader”`), not a scare quote.
        if attr.is_none() && kind == QuoteKind::Scare {
            let open_tok = an.tok_at(s.open);
            let lo_tok = an.tok_at(lo).max(open_tok.saturating_sub(REACH));
            attr = ctx.clause_subject(lo_tok, open_tok);
        }
        let kind = if kind == QuoteKind::Scare && attr.is_some() {
            QuoteKind::Partial
        } else {
            kind
        };
        kinds.push(kind);
        attrs.push(attr);
    }
    // Quotes without a cue of their own. The nearest attributed quote before and
    // after each one are tracked as indexes, so a paragraph of many unattributed
    // quotes is not rescanned per quote.
    let mut next_attr: Vec<Option<usize>> = vec![None; segs.len()];
    let mut after: Option<usize> = None;
    for i in (0..segs.len()).rev() {
        if let Some(slot) = next_attr.get_mut(i) {
            *slot = after;
        }
        if attrs.get(i).is_some_and(Option::is_some) {
            after = Some(i);
        }
    }
    let mut prev_attr: Option<usize> = None;
    for i in 0..segs.len() {
        if attrs.get(i).is_some_and(Option::is_some) {
            prev_attr = Some(i);
            continue;
        }
        if kinds.get(i) == Some(&QuoteKind::Scare) {
            continue;
        }
        let Some(s) = segs.get(i) else { continue };
        let mut got: Option<Attr> = None;
        // Continuation of an unclosed quote in the previous paragraph.
        if let Some(prev) = i.checked_sub(1).and_then(|p| segs.get(p)) {
            let para_start = paras.get(s.para).map_or(0, |p| p.0.start);
            if !prev.closed && prev.para + 1 == s.para && s.open == para_start {
                got = attrs.get(i - 1).cloned().flatten();
            }
        }
        // `“…” ― Ana Ruiz`.
        if got.is_none() {
            let t = an.tok_at(s.close_end);
            if matches!(an.word(t), "―" | "—" | "–" | "-") {
                if let Some(m) = an.mention_starting(t + 1) {
                    got = Some(ctx.attr_from_mention(m));
                }
            }
        }
        // `Caddell continued:` closing the previous paragraph.
        if got.is_none() && s.para > 0 {
            let para_start = paras.get(s.para).map_or(0, |p| p.0.start);
            if let Some((pp, _)) = paras.get(s.para - 1) {
                let ptext = text.get(pp.start..pp.end).unwrap_or("");
                if s.open == para_start && ptext.trim_end().ends_with(':') {
                    got = ctx
                        .attribution(pp.start, pp.end, pp.end, pp.end)
                        .filter(|a| a.mention.is_some());
                }
            }
        }
        // The subject of the quote's own clause: `Lee tweeted that the plan was “…”`.
        if got.is_none() {
            let sent_lo = an
                .sentence_of(s.open)
                .and_then(|x| an.sents.get(x))
                .map_or(s.open, |x| x.start);
            let para_start = paras.get(s.para).map_or(0, |p| p.0.start);
            let open_tok = an.tok_at(s.open);
            let lo_tok = an
                .tok_at(sent_lo.max(para_start))
                .max(open_tok.saturating_sub(REACH));
            got = ctx
                .clause_subject(lo_tok, open_tok)
                .or_else(|| ctx.description_subject(lo_tok, open_tok));
        }
        // The previous quote of the same paragraph.
        if got.is_none() {
            got = prev_attr
                .filter(|&j| segs.get(j).is_some_and(|x| x.para == s.para))
                .and_then(|j| attrs.get(j).cloned().flatten());
        }
        // A cue in the previous sentence: `Wang pointed out. “It could …”` — only
        // for a quote that opens its sentence; one inside a sentence of its own
        // (`granted parole as a “public benefit.”`) is that sentence's words.
        let opens_sentence = an
            .sentence_of(s.open)
            .and_then(|x| an.sents.get(x))
            .and_then(|sent| text.get(sent.start..s.open))
            .is_none_or(|lead| !lead.chars().any(char::is_alphanumeric));
        if got.is_none() && opens_sentence {
            if let Some(si) = an.sentence_of(s.open).and_then(|x| x.checked_sub(1)) {
                if let Some(ps) = an.sents.get(si) {
                    let para = paras.get(s.para).map(|p| p.0).unwrap_or_default();
                    if ps.start >= para.start {
                        got = ctx
                            .attribution(ps.start, ps.end, ps.end, ps.end)
                            .filter(|a| a.mention.is_some());
                    }
                }
            }
        }
        // The next quote of the paragraph.
        if got.is_none() {
            got = next_attr
                .get(i)
                .copied()
                .flatten()
                .filter(|&j| segs.get(j).is_some_and(|x| x.para == s.para))
                .and_then(|j| attrs.get(j).cloned().flatten());
        }
        if got.is_some() {
            prev_attr = Some(i);
        }
        if let Some(slot) = attrs.get_mut(i) {
            *slot = got;
        }
    }
    // An unclosed paragraph quote with no cue takes its continuation's speaker.
    for i in (0..segs.len()).rev() {
        let needs = attrs
            .get(i)
            .is_some_and(|a| a.as_ref().is_none_or(|a| a.mention.is_none()));
        if needs && segs.get(i).is_some_and(|s| !s.closed) {
            if let Some(next) = attrs.get(i + 1).cloned().flatten() {
                if let Some(slot) = attrs.get_mut(i) {
                    *slot = Some(next);
                }
            }
        }
    }
    let mut quotes: Vec<(Span, QuoteKind, Option<Attr>)> = segs
        .iter()
        .zip(kinds)
        .zip(attrs)
        .map(|((s, k), a)| (s.content, k, a))
        .collect();
    // Indirect speech in sentences with no quote marks.
    let marked: Vec<Span> = segs
        .iter()
        .zip(quotes.iter())
        .filter(|(_, q)| q.1 != QuoteKind::Scare)
        .map(|(s, _)| Span::new(s.open, s.close_end))
        .collect();
    // `marked` is in text order; its running maximum end finds any overlap with a
    // sentence (also in text order) in one sweep.
    let mut mi = 0usize;
    let mut max_end = 0usize;
    // Where the words that reported speech hangs on start: a sentence with none of
    // them reports nothing, and most sentences are told so by one search of this
    // short list rather than by finding their tokens.
    let mut cue_starts: Vec<usize> = ctx
        .reporting
        .iter()
        .chain(&ctx.according)
        .map(|&i| ctx.tok_start(i))
        .collect();
    cue_starts.sort_unstable();
    for (sent, &tokens) in an.sents.iter().zip(&an.sent_toks) {
        while let Some(m) = marked.get(mi).filter(|m| m.start < sent.end) {
            max_end = max_end.max(m.end);
            mi += 1;
        }
        let overlaps = mi > 0 && max_end > sent.start;
        let first_cue = cue_starts.partition_point(|&p| p < sent.start);
        let has_cue = cue_starts.get(first_cue).is_some_and(|&p| p < sent.end);
        if overlaps || !has_cue {
            continue;
        }
        quotes.extend(indirect(&ctx, *sent, tokens));
    }
    quotes.sort_by_key(|q| q.0.start);
    // Resolve pronouns and fill names.
    // `persons_before[k]`: the last person mention outside quotes among the first `k`.
    let mut persons_before: Vec<Option<usize>> = Vec::with_capacity(an.mentions.len() + 1);
    let mut lastp = None;
    persons_before.push(None);
    for (mi, m) in an.mentions.iter().enumerate() {
        if m.etype == Some(EntityType::Person) && !ctx.in_quote(m.span.start) {
            lastp = Some(mi);
        }
        persons_before.push(lastp);
    }
    let mut last_person: Option<usize> = None;
    let mut out = Vec::with_capacity(quotes.len());
    for (span, kind, attr) in quotes {
        let mut attr = attr.unwrap_or_default();
        if attr.entity.is_none() {
            if let Some(m) = attr.mention {
                let w = text.get(m.start..m.end).unwrap_or("");
                let e = if PRONOUNS.contains(w) && !matches!(w, "I" | "we" | "We") {
                    resolve_pronoun(&ctx, m.start, paras, last_person, &persons_before)
                } else {
                    issuer_of_document(&ctx, m, w)
                };
                if let Some(e) = e {
                    attr.entity = Some(e);
                    attr.name = an.entities.get(e).map(|x| x.name.clone());
                }
            }
        }
        if let Some(e) = attr.entity {
            if an
                .entities
                .get(e)
                .is_some_and(|x| x.entity_type == EntityType::Person)
            {
                last_person = Some(e);
            }
        }
        out.push(Quote {
            id: crate::numbered_id('q', out.len() + 1),
            span,
            text: text.get(span.start..span.end).unwrap_or("").to_owned(),
            kind,
            cue: attr.cue.and_then(|c| Spanned::from_text(text, c)),
            speaker_mention: attr.mention.and_then(|c| Spanned::from_text(text, c)),
            speaker: attr
                .entity
                .and_then(|e| an.entities.get(e))
                .map(|x| x.id.clone()),
            speaker_name: attr.name,
        });
    }
    out
}

fn resolve_pronoun(
    ctx: &Ctx<'_, '_>,
    pos: usize,
    paras: &[(Span, BlockKind)],
    last_person: Option<usize>,
    persons_before: &[Option<usize>],
) -> Option<usize> {
    let an = ctx.an;
    let pi = paras.partition_point(|p| p.0.end <= pos);
    let para = paras
        .get(pi)
        .filter(|p| p.0.start <= pos && pos < p.0.end)
        .map(|p| p.0)?;
    let k = an.mentions.partition_point(|m| m.span.start < pos);
    let before = an.mentions.get(..k).unwrap_or(&[]);
    let is_person = |m: &&crate::entities::Mention<'_>| {
        m.etype == Some(EntityType::Person) && !ctx.in_quote(m.span.start)
    };
    // The first person of the nearest sentence of the paragraph that names one: the
    // subject, not a person mentioned in passing (`which Putin skipped`).
    let mut sent = an.sentence_of(pos);
    let mut steps = 0;
    while let Some(si) = sent {
        let (Some(sp), Some(tokens)) = (an.sents.get(si), an.sentence_tokens(si)) else {
            break;
        };
        if sp.end <= para.start || steps >= PRONOUN_SENTS {
            break;
        }
        let zone = subject_zone(ctx, *sp, tokens);
        let from = before.partition_point(|m| m.span.start < zone);
        let upto = sp.end.min(pos);
        if let Some(m) = before
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.span.start < upto)
            .find(is_person)
        {
            return Some(m.entity);
        }
        sent = si.checked_sub(1);
        steps += 1;
    }
    last_person.or_else(|| {
        persons_before
            .get(k)
            .copied()
            .flatten()
            .and_then(|m| an.mentions.get(m))
            .map(|m| m.entity)
    })
}

/// Where a sentence's subject can start: after an opening adverbial (`At a news
/// conference with Vice President X, Y suggested …`: X is not the subject).
/// `(a, b)` are the sentence's tokens ([`Analysis::sentence_tokens`]).
fn subject_zone(ctx: &Ctx<'_, '_>, sent: Span, (a, b): (usize, usize)) -> usize {
    if !opens_with_adverbial(ctx, a, b) {
        return sent.start;
    }
    (a..b)
        .find(|&k| ctx.word(k) == ",")
        .and_then(|comma| ctx.an.toks.get(comma))
        .map_or(sent.start, |t| t.end)
}

/// Documents that speak for whoever issued them.
static ISSUED_DOCUMENTS: WordList = WordList::new(&[
    "statement",
    "report",
    "communique",
    "communiqué",
    "letter",
    "announcement",
    "release",
    "declaration",
]);

/// How far back `the statement` looks for the one that named its issuer.
const ISSUER_REACH: usize = 1500;

/// `the statement said`: the organization or country that an earlier mention of
/// the same document named as its issuer (`A statement by the Foreign Affairs
/// Department …`, `the ministry's statement`, `a Kremlin statement`).
fn issuer_of_document(ctx: &Ctx<'_, '_>, mention: Span, words: &str) -> Option<usize> {
    let an = ctx.an;
    let mut parts = words.split_whitespace();
    let (Some(det), Some(head), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    if !det.eq_ignore_ascii_case("the") || !ISSUED_DOCUMENTS.contains_any_case(head) {
        return None;
    }
    let lo = an.tok_at(mention.start.saturating_sub(ISSUER_REACH));
    let hi = an.tok_at(mention.start);
    let issuer_mention = |m: usize| {
        an.mentions
            .get(m)
            .is_some_and(|mm| matches!(mm.etype, Some(EntityType::Org | EntityType::Gpe)))
    };
    (lo..hi)
        .rev()
        .filter(|&k| ctx.word(k).eq_ignore_ascii_case(head))
        .find_map(|k| {
            // `statement (issued) by|from [the] ORG`
            let mut j = k + 1;
            if ctx.word(j) == "issued" {
                j += 1;
            }
            if matches!(ctx.word(j), "by" | "from") {
                j += 1;
                if ctx.word(j).eq_ignore_ascii_case("the") {
                    j += 1;
                }
                if let Some(m) = an.mention_starting(j).filter(|&m| issuer_mention(m)) {
                    return ctx.entity_of_mention(m);
                }
            }
            // `ORG('s) statement`
            let mut p = k.checked_sub(1)?;
            if an.toks.get(p).is_some_and(|t| t.kind == Kind::Poss) {
                p = p.checked_sub(1)?;
            }
            an.mention_ending(p)
                .filter(|&m| issuer_mention(m))
                .and_then(|m| ctx.entity_of_mention(m))
        })
}

type Found = (Span, QuoteKind, Option<Attr>);

/// Reported speech of one sentence: an `according to` source, else every cue verb with
/// a subject (a sentence may report two sources). `(a, b)` are the sentence's
/// tokens ([`Analysis::sentence_tokens`]).
fn indirect(ctx: &Ctx<'_, '_>, sent: Span, (a, b): (usize, usize)) -> Vec<Found> {
    if let Some(q) = according_to(ctx, sent, (a, b)) {
        return vec![q];
    }
    let mut out = Vec::new();
    // The next token a cue may stand at: a cue's words are not read again.
    let mut next = a;
    for &i in tokens_between(&ctx.reporting, a, b) {
        if i < next {
            continue;
        }
        if let Some((q, last)) = said_clause(ctx, sent, (a, b), i) {
            out.push(q);
            next = last + 1;
        }
    }
    out
}

/// The entries of `sorted`, token indexes, that lie in `a..b`.
fn tokens_between(sorted: &[usize], a: usize, b: usize) -> &[usize] {
    let lo = sorted.partition_point(|&k| k < a);
    let hi = sorted.partition_point(|&k| k < b).max(lo);
    sorted.get(lo..hi).unwrap_or_default()
}

/// `pointed out` at token `i`.
// Asked of every word when the cues of a document are gathered.
#[inline]
fn pointed_out(an: &Analysis<'_>, i: usize) -> bool {
    an.word(i).eq_ignore_ascii_case("pointed") && an.word(i + 1) == "out"
}

fn according_to(ctx: &Ctx<'_, '_>, sent: Span, (a, b): (usize, usize)) -> Option<Found> {
    let an = ctx.an;
    let text = an.text;
    // `according to X`: the first of the sentence.
    let &i = tokens_between(&ctx.according, a, b).first()?;
    let cue = Span::new(ctx.tok_start(i), an.toks.get(i + 1)?.end);
    let mut attr = Attr {
        cue: Some(cue),
        ..Attr::default()
    };
    let mut j = i + 2;
    while j < b {
        if let Some(m) = an.mention_starting(j) {
            let mm = an.mentions.get(m)?;
            let next_poss = an
                .toks
                .get(an.tok_at(mm.span.end))
                .is_some_and(|t| t.kind == Kind::Poss && t.start == mm.span.end);
            if !next_poss && mm.etype != Some(EntityType::Norp) {
                attr = Attr {
                    cue: Some(cue),
                    ..ctx.attr_from_mention(m)
                };
                break;
            }
        }
        j += 1;
    }
    if attr.mention.is_none() {
        attr = Attr {
            cue: Some(cue),
            ..ctx.anonymous(b.min(i + 8), i + 1).unwrap_or_default()
        };
    }
    let content = if i == a {
        // `According to X, CLAUSE.`
        let comma = (i..b).find(|&k| ctx.word(k) == ",")?;
        Span::new(an.toks.get(comma + 1)?.start, sent.end)
    } else {
        let mut e = i;
        while e > a && matches!(ctx.word(e - 1), "," | "—") {
            e -= 1;
        }
        Span::new(sent.start, an.toks.get(e.checked_sub(1)?)?.end)
    };
    let content = trim_span(text, content);
    (!content.is_empty()).then_some((content, QuoteKind::Indirect, Some(attr)))
}

/// `X said (that) …`, `CLAUSE, X told Y`: the cue at token `i`, and its last token.
fn said_clause(
    ctx: &Ctx<'_, '_>,
    sent: Span,
    (a, b): (usize, usize),
    i: usize,
) -> Option<(Found, usize)> {
    let an = ctx.an;
    let text = an.text;
    if an.toks.get(i).is_none_or(|t| t.kind != Kind::Word) {
        return None;
    }
    let w = ctx.word(i);
    let is_phrase = pointed_out(an, i);
    if !(ctx.is_cue_verb_at(i) && INDIRECT_CUES.contains_any_case(w) || is_phrase) {
        return None;
    }
    if negated_or_passive(ctx, i, a, w) {
        return None;
    }
    let last = if is_phrase { i + 1 } else { i };
    let cue = Span::new(ctx.tok_start(i), an.toks.get(last)?.end);
    let mut attr = ctx.subject(i, last, (a, i), None)?;
    attr.cue = Some(cue);
    // Content: a `that` clause after the cue (skipping an object: `told RFA that`),
    // or the clause before `, X said`.
    let mut k = last + 1;
    let mut n = 0;
    while k < b && n < 8 && ctx.word(k) != "that" && ctx.word(k) != "," {
        k += 1;
        n += 1;
    }
    let next_is_word = an.toks.get(last + 1).is_some_and(|t| t.kind == Kind::Word);
    let content = if ctx.word(k) == "that" && k + 1 < b {
        Span::new(ctx.tok_start(k + 1), sent.end)
    } else if next_is_word
        && (w.eq_ignore_ascii_case("said") || w.eq_ignore_ascii_case("says"))
        && last + 1 < b
    {
        Span::new(ctx.tok_start(last + 1), sent.end)
    } else if next_is_word
        // Only a past form: `reports` and `claims` are nouns as often as verbs.
        && w.len() > 4
        && w.ends_with("ed")
        && !TAKES_OBJECT_FIRST.contains_any_case(w)
        && clause_follows(ctx, last + 1, b)
    {
        // `suggested Israel might be willing …`: a bare complement clause.
        Span::new(ctx.tok_start(last + 1), sent.end)
    } else {
        if opens_with_adverbial(ctx, a, b) {
            // `At a news conference, X suggested …`, `Citing privacy rules, X
            // denied …`: what precedes the subject frames the saying; it is not
            // what was said.
            return None;
        }
        let ms = attr.mention?;
        let before = (a.max(i.saturating_sub(REACH))..an.tok_at(ms.start))
            .rev()
            .find(|&k| ctx.word(k) == ",");
        match before {
            Some(c) if c > a => Span::new(sent.start, an.toks.get(c - 1)?.end),
            _ => return None,
        }
    };
    let content = trim_span(text, content);
    let said = text.get(content.start..content.end).unwrap_or("");
    // `The Times said in an editorial on Monday:` introduces what follows; the
    // words up to the colon are not what was said.
    if word_count(said) < 3 || said.ends_with(':') {
        return None;
    }
    Some(((content, QuoteKind::Indirect, Some(attr)), last))
}

/// Cues whose first complement is the hearer or the thing denied (`told
/// reporters`, `denied the charges`), never a bare clause.
static TAKES_OBJECT_FIRST: WordList = WordList::new(&["told", "tells", "telling", "denied"]);

/// A cue that reports no statement: negated (`have not said why`, `didn't
/// confirm`) or passive (`was denied visas`, `is said to`).
fn negated_or_passive(ctx: &Ctx<'_, '_>, cue: usize, sent_start: usize, cue_word: &str) -> bool {
    let mut k = cue;
    for _ in 0..3 {
        if k <= sent_start {
            return false;
        }
        k -= 1;
        let w = ctx.word(k).to_ascii_lowercase();
        if w == "not" || w == "never" || w.ends_with("n't") {
            return true;
        }
        if matches!(
            w.as_str(),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        ) {
            return cue_word != "says" && cue_word != "believes" && cue_word != "claims";
        }
        if !(is_adverb(&w) || lex::CUE_SKIP.contains(&w)) {
            return false;
        }
    }
    false
}

/// True when a finite or modal verb comes within a few words, before any comma:
/// the words after a cue are then a clause of their own, not its object.
fn clause_follows(ctx: &Ctx<'_, '_>, from: usize, end: usize) -> bool {
    (from..end.min(from + 6))
        .map(|k| ctx.word(k))
        .take_while(|w| !matches!(*w, "," | ";" | ":" | "." | "—"))
        .any(|w| FINITE_MARKERS.contains_any_case(w))
}

static FINITE_MARKERS: WordList = WordList::new(&[
    "might", "would", "will", "could", "should", "can", "may", "must", "is", "was", "are", "were",
    "has", "had", "have", "wo", "did", "does",
]);

/// True when the sentence opens with a preposition, a subordinator or a
/// participle of the framing kind: its first stretch is then an adverbial, not a
/// clause. (Not every `-ing` word: "Nothing", "Beijing".)
fn opens_with_adverbial(ctx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    let Some(first) = (a..b).find(|&k| ctx.an.toks.get(k).is_some_and(|t| t.kind == Kind::Word))
    else {
        return false;
    };
    let w = ctx.word(first);
    ADVERBIAL_OPENERS.contains_any_case(w)
}

static ADVERBIAL_OPENERS: WordList = WordList::new(&[
    "at",
    "in",
    "on",
    "after",
    "before",
    "during",
    "with",
    "without",
    "from",
    "for",
    "by",
    "as",
    "despite",
    "amid",
    "under",
    "over",
    "since",
    "while",
    "when",
    "although",
    "though",
    "if",
    "because",
    "unlike",
    "like",
    "upon",
    "following",
    "asked",
    "citing",
    "speaking",
    "responding",
    "referring",
    "noting",
    "pointing",
    "adding",
    "quoting",
    "commenting",
    "addressing",
    "writing",
    "testifying",
    "appearing",
]);

fn trim_span(text: &str, s: Span) -> Span {
    let Some(t) = text.get(s.start..s.end) else {
        return s;
    };
    let lead = t.len() - t.trim_start().len();
    let t2 = t.trim().trim_end_matches(['.', ',', ';']);
    let t2 = t2.trim_end();
    Span::new(s.start + lead, s.start + lead + t2.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `said_clause` asks `INDIRECT_CUES` only about cue verbs.
    #[test]
    fn every_indirect_cue_is_a_cue_verb() {
        for w in INDIRECT_CUES.words() {
            assert!(lex::is_cue_verb(w), "{w}");
        }
    }

    #[test]
    fn mark_bytes_are_found_as_a_byte_search_finds_them() {
        let text = "He said \"no\" and `yes' to the “plan”, it’s said. ~!\x01\x7f#&(a-b) tail";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let naive = bytes
                .iter()
                .skip(from)
                .position(|&b| is_mark_byte(b))
                .map(|k| from + k);
            assert_eq!(next_mark_byte(bytes, from), naive, "{from}");
        }
        // Every byte value, alone and beside each other one, in every lane.
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut chunk = [b'a'; 16];
                if let Some(x) = chunk.get_mut(lane) {
                    *x = b;
                }
                let naive = chunk.iter().position(|&c| is_mark_byte(c));
                assert_eq!(next_mark_byte(&chunk, 0), naive, "{b} at {lane}");
            }
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            "  ",
            "one",
            " two words ",
            "three\twords\x0bhere",
            "four words are here",
            "five words are here now",
            "non\u{a0}breaking space",
            "caf\u{e9} au lait et",
            "a b c\u{2009}d e",
            "\u{2003}x\u{2003}y",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().take(4).count(), "{s:?}");
        }
    }

    #[test]
    fn according_and_pointed_open_cue_phrases() {
        // `Ctx::new` asks for `according to` and `pointed out` only at words that
        // open a cue phrase.
        for w in ["according", "pointed"] {
            assert!(
                lex::CUE_PHRASES.iter().any(|p| p.first() == Some(&w)),
                "{w}"
            );
        }
    }
}
