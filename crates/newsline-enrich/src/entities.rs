//! Mentions → entities: capitalized-sequence candidates, gazetteer and news-convention
//! typing, document-level name coreference, and roles.
//!
//! How mentions become entities:
//! 1. Candidates are maximal runs of capitalized words on one line, joined through
//!    connectors (`of`, `of the`, `for`, `and` after an `of`, `de`, …), numbers after
//!    `of` (`Group of 20`), possessives before an organization head (`King’s College`)
//!    and gazetteer entries that run on in lowercase (`Korean peninsula`).
//! 2. Each candidate is segmented: a leading demonym or country (`Russian`, `U.S.`) is
//!    split off unless the rest is an organization (`U.S. State Department`); titles
//!    (`President`, `Defense Minister`) are split off a following name and kept as a
//!    role; `X of Y` splits unless X is an organization head.
//! 3. Segments are typed by exact gazetteer lookup, then organization/event/facility/
//!    place suffixes, then given names and East Asian family names (PERSON), then
//!    all-caps acronyms (ORG). Sentence-initial single words and unknown sequences are
//!    kept only when the document elsewhere shows them as names.
//! 4. Coreference: gazetteer canonical names merge aliases (U.S. = United States,
//!    DPRK = North Korea); a person's full name absorbs its surname (`Miller`), its
//!    multi-word surname (`Pacheco Pardo`) or, for East Asian names, its family name
//!    (`Yang` → Yang Moo-jin); acronyms merge with the organization whose initials they
//!    spell (RFA = Radio Free Asia); `the North` joins North Korea.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use newsline_model::{Document, Entity, EntityType, Role, Span, Spanned};

use crate::gazetteer::{self, Gazetteer, Hit};
use crate::lex;
use crate::lexicon::TokLex;
use crate::text::{Kind, Tok, is_acronym, is_cap, tok_text};

/// One mention found in the text.
#[derive(Debug, Clone)]
pub(crate) struct Mention<'a> {
    pub span: Span,
    /// The name part used for linking (`Putin` for `President Putin`), as it stands
    /// in the text.
    pub key: &'a str,
    pub etype: Option<EntityType>,
    pub gaz: Option<usize>,
    /// Title inside the candidate (`Russian President`), with where it is.
    pub title: Option<(String, Span)>,
    pub sent_initial: bool,
    /// Token range of the name part.
    pub first_tok: usize,
    pub last_tok: usize,
    /// Entity index once linked.
    pub entity: usize,
}

/// The shared analysis the later rules (quotes, events) read.
pub(crate) struct Analysis<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// The text of each token, cut once: the rules read words far more often than
    /// there are tokens.
    pub words: Vec<&'a str>,
    /// What each token is to the lexicon, looked up once for every rule that asks.
    pub lex: Vec<TokLex>,
    pub sents: Vec<Span>,
    /// Per sentence, [`Analysis::tok_at`] of its start and of its end: events ask
    /// for them sentence by sentence, and one merge answers them all.
    pub sent_toks: Vec<(usize, usize)>,
    pub mentions: Vec<Mention<'a>>,
    pub entities: Vec<Entity>,
}

impl<'a> Analysis<'a> {
    /// Index of the sentence containing byte `pos`.
    pub fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.end <= pos);
        self.sents.get(i).filter(|s| s.start <= pos).map(|_| i)
    }

    /// First token index at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// The first token of sentence `si` and the first token after it (the
    /// [`Self::tok_at`] of its start and end).
    pub fn sentence_tokens(&self, si: usize) -> Option<(usize, usize)> {
        self.sent_toks.get(si).copied()
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The lexicon's answer for token `i`.
    pub fn lex(&self, i: usize) -> TokLex {
        self.lex.get(i).copied().unwrap_or_default()
    }

    /// The mention whose span starts at token `i`, if any.
    pub fn mention_starting(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let k = self.mentions.partition_point(|m| m.span.start < t.start);
        self.mentions
            .get(k)
            .filter(|m| m.span.start == t.start)
            .map(|_| k)
    }

    /// The mention whose span ends at token `i`, if any.
    pub fn mention_ending(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let k = self.mentions.partition_point(|m| m.span.end < t.end);
        self.mentions
            .get(k)
            .filter(|m| m.span.end == t.end)
            .map(|_| k)
    }
}

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin",
    "da", "di", "del", "y", "on", "&",
];

/// Longest candidate, in tokens.
const MAX_CAND_TOKENS: usize = 24;

const PLACE_PREPS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "across", "outside",
];

struct Cands<'a, 'k, 'g> {
    text: &'a str,
    toks: &'k [Tok],
    words: &'k [&'a str],
    lex: &'k [TokLex],
    gaz: &'g Gazetteer,
    /// The gazetteer hit starting at each token, by token index.
    hit_tok: Vec<Option<Hit>>,
    out: Vec<Mention<'a>>,
}

#[inline]
fn only_space_between(text: &str, a: usize, b: usize) -> bool {
    // Nearly every gap asked about is one space.
    text.get(a..b)
        .is_some_and(|s| s == " " || s.chars().all(|c| c.is_whitespace() && c != '\n'))
}

impl<'a> Cands<'a, '_, '_> {
    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn hit(&self, i: usize) -> Option<&Hit> {
        self.hit_tok.get(i).and_then(Option::as_ref)
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
    }

    /// A stop word in any case ([`lex::is_stop`]).
    fn is_stop(&self, i: usize) -> bool {
        self.lex.get(i).is_some_and(|l| l.lower.is_stop())
    }

    fn cap_word(&self, i: usize) -> bool {
        // Only words are marked capitalized.
        self.lex.get(i).is_some_and(|l| l.cap)
    }

    fn adjacent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => only_space_between(self.text, a.end, b.start),
            _ => false,
        }
    }

    fn span(&self, a: usize, b: usize) -> Span {
        let s = self.toks.get(a).map_or(0, |t| t.start);
        let e = self.toks.get(b).map_or(s, |t| t.end);
        Span::new(s, e.max(s))
    }

    fn slice(&self, a: usize, b: usize) -> &'a str {
        let sp = self.span(a, b);
        self.text.get(sp.start..sp.end).unwrap_or("")
    }

    /// Extends a candidate starting at `i`; returns its last token.
    fn extend(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            // No name runs this long; the cap keeps segmentation of an all-caps or
            // title-case wall of text linear.
            if j - i >= MAX_CAND_TOKENS {
                break;
            }
            let mut grew = false;
            // A gazetteer entry may run on in lowercase (`Korean peninsula`).
            if let Some(t) = self.toks.get(j) {
                if let Some(h) = self.hit(j) {
                    if h.end > t.end {
                        let mut k = j;
                        while self.toks.get(k + 1).is_some_and(|n| n.end <= h.end) {
                            k += 1;
                        }
                        if k > j {
                            j = k;
                            continue;
                        }
                    }
                }
            }
            let n = j + 1;
            if !self.adjacent(j, n) {
                break;
            }
            let nw = self.w(n);
            if self.cap_word(n) || (self.is_word(n) && self.hit(n).is_some()) {
                if self.cap_word(n) && !lex::TIME_WORDS.contains(nw) {
                    j = n;
                    grew = true;
                }
            } else if self.toks.get(n).is_some_and(|t| t.kind == Kind::Poss) {
                // `King’s College`, `People’s Army`.
                let after = self.w(n + 1);
                if self.adjacent(n, n + 1)
                    && (lex::ORG_SUFFIX.contains(after) || after == "Army")
                    && self.hit(i).is_none()
                {
                    j = n + 1;
                    grew = true;
                }
            } else if CONNECTORS.contains(&nw) && self.adjacent(n, n + 1) {
                let mut k = n + 1;
                if self.w(k) == "the" && self.adjacent(k, k + 1) {
                    k += 1;
                }
                let has_of = (i..=j).any(|x| matches!(self.w(x), "of" | "for"));
                let ok_and = nw != "and" && nw != "&" || has_of;
                let ok_on = nw != "on" || has_of;
                // `Lisa Schlein for VOA News` is a person and an outlet; `Center for …`
                // is one organization.
                let ok_for = nw != "for"
                    || (i..=j).any(|x| {
                        lex::ORG_SUFFIX.contains(self.w(x)) || lex::ORG_HEAD.contains(self.w(x))
                    });
                let next_num = self.toks.get(k).is_some_and(|t| t.kind == Kind::Num);
                if ok_and
                    && ok_on
                    && ok_for
                    && (self.cap_word(k) && !lex::TIME_WORDS.contains(self.w(k))
                        || (nw == "of" && next_num && self.w(j) == "Group"))
                {
                    j = k;
                    grew = true;
                }
            }
            if !grew {
                break;
            }
        }
        j
    }

    fn push(
        &mut self,
        a: usize,
        b: usize,
        etype: Option<EntityType>,
        gaz: Option<usize>,
        initial: bool,
    ) {
        let span = self.span(a, b);
        let key = self.slice(a, b);
        self.out.push(Mention {
            span,
            key,
            etype,
            gaz,
            title: None,
            sent_initial: initial,
            first_tok: a,
            last_tok: b,
            entity: usize::MAX,
        });
    }

    fn exact(&self, a: usize, b: usize) -> Option<usize> {
        let s = self.slice(a, b);
        self.gaz.surface(s)
    }

    /// `Dean Kamen`: a title word that is also a given name, opening a two-word
    /// name with no other title, is the given name (`Dean John Smith` keeps it).
    fn given_name_not_title(&self, i: usize, a: usize, b: usize) -> bool {
        let words = (a..=b).filter(|&k| self.is_word(k)).count();
        i == a && words == 2 && self.gaz.first_names.contains(self.w(i))
    }

    fn first_name_like(&self, i: usize) -> bool {
        let w = self.w(i);
        self.gaz.first_names.contains(w) || self.gaz.ea_surnames.contains(w)
    }

    /// Types and records the segment `a..=b`.
    fn segment(
        &mut self,
        mut a: usize,
        b: usize,
        mut initial: bool,
        prefix: Option<(usize, usize)>,
    ) {
        // Drop leading function words and the like (`The`, `In`, `Still`).
        while a <= b
            && ((self.is_stop(a) && !(is_acronym(self.w(a)) && self.exact(a, a).is_some()))
                || !self.is_word(a)
                || lex::TIME_WORDS.contains(self.w(a)))
        {
            if self.exact(a, b).is_some() {
                break;
            }
            a += 1;
            initial = false;
        }
        if a > b {
            return;
        }
        // Trailing connectors never end a name.
        let mut b = b;
        while b > a && (CONNECTORS.contains(&self.w(b)) || self.w(b) == "the") {
            b -= 1;
        }
        if let Some(g) = self.exact(a, b) {
            let et = self.gaz.entries.get(g).map(|e| e.etype);
            self.push(a, b, et, Some(g), initial);
            return;
        }
        // `NAIROBI`, `NEW YORK` in datelines: look up the title-case form.
        let raw = self.slice(a, b);
        // The lowercase test first: it ends at the second letter of most names.
        if !raw.chars().any(char::is_lowercase)
            && raw.chars().filter(|c| c.is_alphabetic()).count() > 4
            && !raw.contains('.')
        {
            let title: String = raw
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map_or(String::new(), |f| {
                        f.to_string() + &cs.as_str().to_lowercase()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
            let found = self.gaz.surface(&title);
            if let Some(g) = found {
                let et = self.gaz.entries.get(g).map(|e| e.etype);
                self.push(a, b, et, Some(g), initial);
            }
            if b > a || found.is_some() {
                return;
            }
        }
        let words = (a..=b).filter(|&i| self.is_word(i)).count();
        // Title followed by a name: `President Putin`, `Defense Minister Sergei Shoigu`.
        let title_at = (a..=b).rev().filter(|&i| self.is_word(i)).find(|&i| {
            lex::TITLES.contains(self.w(i)) && i < b && !self.given_name_not_title(i, a, b)
        });
        if let Some(ti) = title_at {
            let n = ti + 1;
            if self.w(n) == "of" {
                // `Secretary of State Antony Blinken` or `President of the Russian Federation`.
                if let Some(p) = (n + 1..=b).find(|&k| self.first_name_like(k) && k < b) {
                    self.person_with_title(a, p - 1, p, b, initial, prefix);
                } else {
                    let mut k = n + 1;
                    if self.w(k) == "the" {
                        k += 1;
                    }
                    if k <= b {
                        self.segment(k, b, false, None);
                    }
                }
                return;
            }
            if self.toks.get(n).is_some_and(|t| t.kind == Kind::Word) && !self.org_like(n, b) {
                // `US President Jane Roe`: the country stays a mention of its own
                // besides being part of the title.
                if let Some(h) = self.hit(a).copied() {
                    let gpe = self
                        .gaz
                        .entries
                        .get(h.entry)
                        .is_some_and(|e| e.etype == EntityType::Gpe);
                    let k = (a..ti).find(|&k| self.toks.get(k).is_some_and(|t| t.end == h.end));
                    if let (true, Some(k)) = (gpe, k) {
                        self.push(a, k, Some(EntityType::Gpe), Some(h.entry), initial);
                    }
                }
                self.person_with_title(a, ti, n, b, initial, prefix);
                return;
            }
        }
        // Two organizations chained by `of`: `Brussels School of Governance of Vrije
        // Universiteit Brussel`.
        let mut ofs = (a..=b).filter(|&i| self.w(i) == "of");
        let first_of = ofs.next();
        // The last `of` when there are two or more.
        let last_of = ofs.next_back();
        if let Some(o) = last_of {
            let left_org = (a..o).any(|i| {
                let w = self.w(i);
                lex::ORG_SUFFIX.contains(w)
                    && !matches!(w, "National" | "Federal" | "Central" | "Royal" | "Supreme")
            });
            let mut ys = o + 1;
            if self.w(ys) == "the" {
                ys += 1;
            }
            if left_org && self.org_like(ys, b) {
                self.segment(a, o - 1, initial, None);
                self.segment(ys, b, false, None);
                return;
            }
        }
        // A leading demonym or country: `Russian`, `U.S.`, `North Korea`.
        if let Some(h) = self.hit(a).copied() {
            let et = self.gaz.entries.get(h.entry).map(|e| e.etype);
            let k = (a..=b)
                .rev()
                .find(|&k| self.toks.get(k).is_some_and(|t| t.end == h.end));
            if let (Some(k), Some(et)) = (k, et) {
                if k < b && matches!(et, EntityType::Norp | EntityType::Gpe) {
                    let rest = k + 1;
                    if self.org_like(rest, b) {
                        self.push(a, b, Some(EntityType::Org), None, initial);
                        return;
                    }
                    if let Some(t) = self.suffix_type(rest, b) {
                        self.push(a, b, Some(t), None, initial);
                        return;
                    }
                    self.push(a, k, Some(et), Some(h.entry), initial);
                    self.segment(rest, b, false, Some((a, k)));
                    return;
                }
            }
        }
        // `X of Y`: split unless X is an organization head.
        if let Some(first) = first_of {
            let head = self.w(a);
            let keep = lex::ORG_HEAD.contains(head)
                || lex::ORG_SUFFIX.contains(self.w(first.saturating_sub(1)))
                || self.exact(a, b).is_some()
                || matches!(
                    head,
                    "Group" | "Gulf" | "Sea" | "Bay" | "Port" | "Isle" | "Cape" | "City"
                );
            if !keep {
                let mut ys = first + 1;
                if self.w(ys) == "the" {
                    ys += 1;
                }
                self.segment(a, first - 1, initial, None);
                if ys <= b {
                    self.segment(ys, b, false, None);
                }
                return;
            }
        }
        // A modifier or description run into a name: `Rival Maria Lopez`,
        // `Economist Peter Lang`. The name starts at the first given name that has a
        // surname after it.
        if words >= 3
            && !self.first_name_like(a)
            && !self.org_like(a, b)
            && self.suffix_type(a, b).is_none()
        {
            // Only a sentence's first word or a role noun is a modifier for sure; mid
            // sentence the leading word may be an unknown given name.
            let modifier = initial || lex::is_role_head(self.w(a));
            let given = (a + 1..b).filter(|_| modifier).find(|&k| {
                self.first_name_like(k)
                    && self.cap_word(k + 1)
                    && !CONNECTORS.contains(&self.w(k - 1))
                    && self.w(k - 1) != "the"
            });
            if let Some(k) = given {
                self.segment(a, k - 1, initial, None);
                self.push(k, b, Some(EntityType::Person), None, false);
                return;
            }
        }
        let et = if self.org_like(a, b) {
            Some(EntityType::Org)
        } else if let Some(t) = self.suffix_type(a, b) {
            Some(t)
        } else if words >= 2 && self.first_name_like(a) {
            Some(EntityType::Person)
        } else if words == 1 && is_camel_case(self.w(a)) {
            // `PolitiFact`, `YouTube`: brands and outlets, not names (`McConnell`).
            Some(EntityType::Org)
        } else if words == 1 && is_acronym(self.w(a)) && !lex::NON_ORG_ACRONYMS.contains(self.w(a))
        {
            let prev_open = a > 0 && self.w(a - 1) == "(";
            let prev_lower = a > 1 && self.w(a - 2).chars().next().is_some_and(char::is_lowercase);
            if prev_open && prev_lower {
                return;
            }
            Some(EntityType::Org)
        } else {
            None
        };
        self.push(a, b, et, None, initial);
        let _ = prefix;
    }

    fn person_with_title(
        &mut self,
        a: usize,
        ti: usize,
        n: usize,
        b: usize,
        initial: bool,
        prefix: Option<(usize, usize)>,
    ) {
        let name_words = (n..=b).filter(|&i| self.is_word(i)).count();
        // Title words run back from `ti` to the first capitalized title-ish word.
        let title_start = prefix.map_or(a, |p| p.0);
        let title_text = self.slice(title_start, ti).to_owned();
        let title_span = self.span(title_start, ti);
        let head_is_honorific =
            (a..=ti).all(|i| lex::HONORIFICS.contains(self.w(i)) || !self.is_word(i));
        let start = if name_words == 1 { ti } else { n };
        let span = Span::new(self.span(start, start).start, self.span(b, b).end);
        let key = self.slice(n, b);
        self.out.push(Mention {
            span,
            key,
            etype: Some(EntityType::Person),
            gaz: None,
            title: (!head_is_honorific).then_some((title_text, title_span)),
            sent_initial: initial && start == a,
            first_tok: n,
            last_tok: b,
            entity: usize::MAX,
        });
    }

    /// True when the sequence reads as an organization name.
    fn org_like(&self, a: usize, b: usize) -> bool {
        if a > b {
            return false;
        }
        let suffix_then_connector = (a..b).any(|i| {
            lex::ORG_SUFFIX.contains(self.w(i)) && matches!(self.w(i + 1), "for" | "of" | "on")
        });
        if suffix_then_connector {
            return true;
        }
        let last = self.w(b);
        let first = self.w(a);
        lex::ORG_SUFFIX.contains(last)
            || (lex::ORG_HEAD.contains(first) && b > a && !lex::TITLES.contains(self.w(a + 1)))
            || (a..=b).any(|i| {
                matches!(
                    self.w(i),
                    "University"
                        | "Universiteit"
                        | "Université"
                        | "Universität"
                        | "Universidad"
                        | "Institute"
                        | "College"
                )
            })
    }

    fn suffix_type(&self, a: usize, b: usize) -> Option<EntityType> {
        if a > b {
            return None;
        }
        let last = self.w(b);
        let multi = b > a;
        if lex::EVENT_SUFFIX.contains(last) && multi {
            Some(EntityType::Event)
        } else if lex::FAC_SUFFIX.contains(last) && multi {
            Some(EntityType::Fac)
        } else if lex::LOC_SUFFIX.contains(last) && multi {
            Some(EntityType::Loc)
        } else if lex::GPE_SUFFIX.contains(last) && multi {
            Some(EntityType::Gpe)
        } else {
            None
        }
    }
}

/// Finds mentions, links them into entities, and assigns roles.
pub(crate) fn analyze<'a>(doc: &'a Document, toks: Vec<Tok>, sents: Vec<Span>) -> Analysis<'a> {
    let text = doc.text.as_str();
    let gaz = gazetteer::get();
    let hits = gaz.hits(text);
    // Hits and tokens are both in text order: one merge indexes hits by token.
    let mut hit_tok: Vec<Option<Hit>> = vec![None; toks.len()];
    let mut ti = 0usize;
    for h in &hits {
        // A binary search of the tokens left: hits are far fewer than tokens.
        ti += toks
            .get(ti..)
            .map_or(0, |rest| rest.partition_point(|t| t.start < h.start));
        if let (Some(t), Some(slot)) = (toks.get(ti), hit_tok.get_mut(ti)) {
            if t.start == h.start && slot.is_none() {
                *slot = Some(*h);
            }
        }
    }
    let sent_toks = sentence_tokens(&toks, &sents);
    let mut is_initial = vec![false; toks.len()];
    for &(st, _) in &sent_toks {
        let mut k = st;
        // Opening quote marks and brackets keep the next word sentence-initial.
        while let Some(t) = toks.get(k) {
            if let Some(f) = is_initial.get_mut(k) {
                *f = true;
            }
            let w = tok_text(text, t);
            if t.kind == Kind::Punct && matches!(w, "“" | "\"" | "‘" | "(" | "'" | "—" | "-")
            {
                k += 1;
            } else {
                break;
            }
        }
    }
    let words: Vec<&str> = toks.iter().map(|t| tok_text(text, t)).collect();
    let lex = TokLex::of_tokens(&toks, &words);
    let mut c = Cands {
        text,
        toks: &toks,
        words: &words,
        lex: &lex,
        gaz,
        hit_tok,
        // About one mention per dozen tokens in news text: sized above that, the
        // list of large mentions is seldom copied to grow.
        out: Vec::with_capacity(toks.len() / 8 + 8),
    };
    let mut i = 0usize;
    while i < toks.len() {
        let starts_hit = toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && c.hit(i).is_some());
        if c.cap_word(i) || starts_hit {
            let j = c.extend(i);
            let initial = is_initial.get(i).copied().unwrap_or(false);
            c.segment(i, j, initial, None);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    let mut mentions = c.out;
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    mentions.dedup_by(|b, a| a.span.overlaps(&b.span));
    add_credit_mentions(doc, &toks, &mut mentions);
    let mut an = Analysis {
        text,
        toks,
        words,
        lex,
        sents,
        sent_toks,
        mentions,
        entities: Vec::new(),
    };
    resolve_types(&mut an, gaz);
    link(&mut an, gaz);
    roles(&mut an);
    metonymy(&mut an, gaz);
    an
}

/// Bylines and credits name people even where no rule would see them.
fn add_credit_mentions<'a>(doc: &'a Document, toks: &[Tok], mentions: &mut Vec<Mention<'a>>) {
    let mut spans: Vec<Span> = doc
        .document
        .bylines
        .iter()
        .map(|b| b.span)
        .chain(doc.document.credits.iter().map(|c| c.span))
        .filter(|sp| sp.slice(&doc.text).is_some_and(|n| !n.trim().is_empty()))
        .collect();
    if spans.is_empty() {
        return;
    }
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
    // The mention list stays non-overlapping: of overlapping credits the first wins.
    let mut kept_end = 0usize;
    spans.retain(|s| {
        let keep = s.start >= kept_end;
        if keep {
            kept_end = s.end;
        }
        keep
    });
    // Running maximum of the ends, so one binary search tells whether any credit
    // overlaps a mention (credits may nest or repeat).
    let max_end: Vec<usize> = spans
        .iter()
        .scan(0usize, |m, s| {
            *m = (*m).max(s.end);
            Some(*m)
        })
        .collect();
    let overlaps_credit = |m: &Span| {
        let k = spans.partition_point(|s| s.start < m.end);
        let hit = k
            .checked_sub(1)
            .and_then(|i| max_end.get(i))
            .is_some_and(|&e| e > m.start);
        // `Span::overlaps` also counts an identical empty span.
        hit || spans
            .binary_search_by_key(&(m.start, m.end), |s| (s.start, s.end))
            .is_ok()
    };
    mentions.retain(|m| !overlaps_credit(&m.span));
    for sp in spans {
        let Some(name) = sp.slice(&doc.text) else {
            continue;
        };
        let first_tok = toks.partition_point(|t| t.start < sp.start);
        let last_tok = toks.partition_point(|t| t.start < sp.end).saturating_sub(1);
        mentions.push(Mention {
            span: sp,
            key: name,
            etype: Some(EntityType::Person),
            gaz: None,
            title: None,
            sent_initial: false,
            first_tok,
            last_tok: last_tok.max(first_tok),
            entity: usize::MAX,
        });
    }
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}

/// [`Analysis::tok_at`] of each sentence's start and end. Sentences come in text
/// order, so each position is searched for only among the tokens from the answer
/// before; a sentence mostly starts at the token after the one before it ends,
/// so a start is first tried there. A position before that answer (sentences out
/// of order) is searched for among all tokens, so the answers are those of
/// `tok_at` whatever the order.
fn sentence_tokens(toks: &[Tok], sents: &[Span]) -> Vec<(usize, usize)> {
    let mut at = 0usize;
    let mut first_at = |pos: usize| {
        if at
            .checked_sub(1)
            .and_then(|before| toks.get(before))
            .is_some_and(|t| t.start >= pos)
        {
            at = 0;
        }
        if toks.get(at).is_some_and(|t| t.start < pos) {
            at += toks
                .get(at..)
                .map_or(0, |rest| rest.partition_point(|t| t.start < pos));
        }
        at
    };
    sents
        .iter()
        .map(|s| (first_at(s.start), first_at(s.end)))
        .collect()
}

fn name_words(key: &str) -> Vec<&str> {
    key.split_whitespace().collect()
}

/// True when `short` names the person `full` (surname, multi-word surname, or the
/// family name of an East Asian name written first). The reference for
/// [`person_parts`], which the linking uses.
#[cfg(test)]
fn names_person(short: &str, full: &str, gaz: &Gazetteer) -> bool {
    let s = name_words(short);
    let f = name_words(full);
    if s.is_empty() || s.len() >= f.len() {
        return false;
    }
    if f.ends_with(&s) {
        return true;
    }
    let ea = f.first().is_some_and(|w| gaz.ea_surnames.contains(w))
        && f.get(1)
            .is_some_and(|w| !gaz.first_names.contains(w) || w.contains('-'));
    ea && s.len() == 1 && f.first() == s.first()
}

/// The short forms `names_person` (the test reference) accepts for `full`, as space-joined words.
fn person_parts<'f>(full: &'f str, gaz: &Gazetteer) -> Vec<Cow<'f, str>> {
    let mut out: Vec<Cow<'f, str>> = if matches!(words_key(full), Cow::Borrowed(_)) {
        // Single-spaced already: each tail is a slice of the name itself, after
        // one of its spaces.
        full.match_indices(' ')
            .filter_map(|(at, _)| full.get(at + 1..))
            .map(Cow::Borrowed)
            .collect()
    } else {
        let f = name_words(full);
        (1..f.len())
            .filter_map(|k| f.get(k..))
            .map(|s| Cow::Owned(s.join(" ")))
            .collect()
    };
    let mut words = full.split_whitespace();
    let (first, second) = (words.next(), words.next());
    let ea = first.is_some_and(|w| gaz.ea_surnames.contains(w))
        && second.is_some_and(|w| !gaz.first_names.contains(w) || w.contains('-'));
    if let (true, Some(first)) = (ea, first) {
        out.push(Cow::Borrowed(first));
    }
    out
}

/// Short form → the full names it names, so that each mention is looked up once
/// instead of compared with every full name of the document.
fn parts_index<'f>(
    fulls: impl IntoIterator<Item = &'f str>,
    gaz: &Gazetteer,
) -> FxHashMap<Cow<'f, str>, Vec<&'f str>> {
    let mut idx: FxHashMap<Cow<'f, str>, Vec<&'f str>> = FxHashMap::default();
    for f in fulls {
        for p in person_parts(f, gaz) {
            let v = idx.entry(p).or_default();
            if !v.contains(&f) {
                v.push(f);
            }
        }
    }
    idx
}

/// A byte of a name key as [`words_key`] reads it: a plain space, a byte of any
/// other space (or the lead byte of a non-ASCII one), or anything else.
const KEY_OTHER: u8 = 0;
const KEY_SPACE: u8 = 1;
const KEY_BREAK: u8 = 2;

// Evaluated at compile time: an index out of range would fail the build.
#[allow(clippy::indexing_slicing)]
static KEY_BYTE_CLASS: [u8; 256] = {
    let mut table = [KEY_OTHER; 256];
    let mut b = 0u8;
    while b < 0x80 {
        if b == b' ' {
            table[b as usize] = KEY_SPACE;
        } else if crate::text::is_ascii_space(b) {
            table[b as usize] = KEY_BREAK;
        }
        b += 1;
    }
    // Lead bytes of the non-ASCII spaces `char::is_whitespace` knows.
    let leads = [0xC2, 0xE1, 0xE2, 0xE3];
    let mut i = 0;
    while i < leads.len() {
        table[leads[i] as usize] = KEY_BREAK;
        i += 1;
    }
    table
};

/// `s` with its words joined by single spaces; borrowed when it is already so.
fn words_key(s: &str) -> Cow<'_, str> {
    // One pass over the bytes, one table load each; the lead bytes of non-ASCII
    // spaces (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) send the rare name
    // holding them the long way.
    let mut after_space = true;
    let mut single_spaced = true;
    for &b in s.as_bytes() {
        let class = KEY_BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(0);
        if class == KEY_BREAK || (class == KEY_SPACE && after_space) {
            single_spaced = false;
            break;
        }
        after_space = class == KEY_SPACE;
    }
    if single_spaced && !after_space {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(name_words(s).join(" "))
    }
}

/// True when `key` has at least two words. ASCII keys, nearly all, are read as
/// bytes.
fn has_two_words(key: &str) -> bool {
    if !key.is_ascii() {
        return key.split_whitespace().nth(1).is_some();
    }
    // The ASCII chars `char::is_whitespace` accepts.
    let space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = key.as_bytes();
    bytes
        .iter()
        .position(|b| !space(b))
        .and_then(|first| bytes.get(first..))
        .and_then(|rest| rest.iter().position(space).and_then(|gap| rest.get(gap..)))
        .is_some_and(|after| after.iter().any(|b| !space(b)))
}

/// What the typed mentions of a document show about other mentions.
struct TypeEvidence<'a> {
    /// The full names (two words or more) of persons.
    persons: FxHashSet<&'a str>,
    /// The parts of those names ([`person_parts`]); only asked whether a word
    /// names some person, so without the full names each part names.
    parts: FxHashSet<Cow<'a, str>>,
    /// The keys of typed mentions that do not open a sentence.
    noninitial: FxHashSet<&'a str>,
}

impl<'a> TypeEvidence<'a> {
    fn of(mentions: &[Mention<'a>], gaz: &Gazetteer) -> Self {
        // Sized for every mention: a growing table would be rehashed a dozen times
        // on a long document. Only asked what they hold, so their order matters
        // nowhere.
        let sized = || FxHashSet::with_capacity_and_hasher(mentions.len(), Default::default());
        let mut evidence = TypeEvidence {
            persons: sized(),
            parts: FxHashSet::default(),
            noninitial: sized(),
        };
        for m in mentions {
            evidence.note(m, gaz);
        }
        evidence
    }

    /// Adds what the mention `m` shows.
    fn note(&mut self, m: &Mention<'a>, gaz: &Gazetteer) {
        if m.etype == Some(EntityType::Person) && has_two_words(m.key) && self.persons.insert(m.key)
        {
            self.parts.extend(person_parts(m.key, gaz));
        }
        if !m.sent_initial && m.etype.is_some() {
            self.noninitial.insert(m.key);
        }
    }
}

/// Decides unknown mentions with document-level evidence; drops what stays unknown.
fn resolve_types(an: &mut Analysis<'_>, gaz: &Gazetteer) {
    let toks = &an.toks;
    let words = &an.words;
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let mut keep = vec![true; an.mentions.len()];
    let has_north_korea = an.mentions.iter().any(|m| {
        m.gaz
            .and_then(|g| gaz.entries.get(g))
            .is_some_and(|e| e.canonical == "North Korea")
    });
    let mut evidence = TypeEvidence::of(&an.mentions, gaz);
    let mut before_pass: Vec<Option<EntityType>> = Vec::new();
    // Multi-word names first, so that a surname alone finds the full name that only
    // its context showed to be a person (`president Lena Okafor` … `Okafor said`).
    for multi_word_pass in [true, false] {
        if multi_word_pass {
            before_pass = an.mentions.iter().map(|m| m.etype).collect();
        } else {
            // The first pass types untyped mentions and makes organizations
            // persons: the evidence only grows, by what changed. Any other change
            // and it is gathered again.
            let grows = an.mentions.iter().zip(&before_pass).all(|(m, &before)| {
                m.etype == before
                    || before.is_none()
                    || (before == Some(EntityType::Org) && m.etype == Some(EntityType::Person))
            });
            if grows {
                for (m, &before) in an.mentions.iter().zip(&before_pass) {
                    if m.etype != before {
                        evidence.note(m, gaz);
                    }
                }
            } else {
                evidence = TypeEvidence::of(&an.mentions, gaz);
            }
        }
        let TypeEvidence {
            parts, noninitial, ..
        } = &evidence;
        for (idx, m) in an.mentions.iter_mut().enumerate() {
            if (m.first_tok != m.last_tok) != multi_word_pass {
                continue;
            }
            let is_person_part = parts.contains(words_key(m.key).as_ref());
            if is_person_part && m.etype != Some(EntityType::Person) && m.gaz.is_none() {
                m.etype = Some(EntityType::Person);
                continue;
            }
            if is_person_part && m.etype == Some(EntityType::Org) && m.gaz.is_some() {
                // A surname that is also an acronym or brand: the person wins.
                m.etype = Some(EntityType::Person);
                m.gaz = None;
                continue;
            }
            if m.key == "North"
                && has_north_korea
                && word(m.first_tok.wrapping_sub(1)).eq_ignore_ascii_case("the")
            {
                m.gaz = gaz.by_surface.get("North Korea").copied();
                m.etype = Some(EntityType::Gpe);
                continue;
            }
            if m.etype.is_some() {
                if m.sent_initial
                    && m.gaz.is_none()
                    && m.first_tok == m.last_tok
                    && m.etype != Some(EntityType::Person)
                {
                    // `Strained`, `Any`: a lone capitalized word at a sentence start needs
                    // evidence; acronyms are their own evidence.
                    if !is_acronym(m.key) && !noninitial.contains(m.key) {
                        drop_at(&mut keep, idx);
                    }
                }
                continue;
            }
            let single = m.first_tok == m.last_tok;
            let next = word(m.last_tok + 1);
            let prev = word(m.first_tok.wrapping_sub(1));
            if m.sent_initial {
                if noninitial.contains(m.key) {
                    continue;
                }
                // `Trump said …` at a sentence start: a name all the same.
                if lex::is_cue_verb(next) && !is_acronym(m.key) && !lex::is_stop(m.key) {
                    m.etype = Some(EntityType::Person);
                    continue;
                }
                drop_at(&mut keep, idx);
                continue;
            }
            if single {
                if is_acronym(m.key) {
                    drop_at(&mut keep, idx);
                } else if (lex::is_cue_verb(next) && !prev.eq_ignore_ascii_case("the"))
                    || (matches!(prev, "said" | "says" | "asked" | "added" | "wrote")
                        && is_cap(m.key)
                        && !is_acronym(m.key))
                {
                    m.etype = Some(EntityType::Person);
                } else if PLACE_PREPS.contains(&prev) {
                    m.etype = Some(EntityType::Gpe);
                } else {
                    drop_at(&mut keep, idx);
                }
            } else {
                let n = m.key.split_whitespace().count();
                let digits = m.key.chars().any(|c| c.is_ascii_digit());
                let dash = matches!(prev, "―" | "—");
                // `host Rush Limbaugh`, `Quina Jones, 25,`: a role noun before or an age
                // after marks an unknown name as a person.
                let role_before =
                    prev.chars().next().is_some_and(char::is_lowercase) && lex::is_role_head(prev);
                let age_after = next == ","
                    && toks
                        .get(m.last_tok + 2)
                        .is_some_and(|t| t.kind == Kind::Num && t.end - t.start <= 3)
                    && word(m.last_tok + 3) == ",";
                // `Hernan Dario Gomez, Panama coach, said`: an apposed role.
                let role_after = next == ","
                    && (m.last_tok + 2..m.last_tok + 6)
                        .map_while(|i| toks.get(i).map(|_| word(i)))
                        .take_while(|w| *w != "," && *w != ".")
                        .any(|w| {
                            w.chars().next().is_some_and(char::is_lowercase) && lex::is_role_head(w)
                        });
                if (2..=4).contains(&n)
                    && !digits
                    && (lex::is_cue_verb(next)
                        || dash
                        || matches!(prev, "said" | "says")
                        || (n <= 3 && (role_before || age_after || role_after)))
                {
                    m.etype = Some(EntityType::Person);
                } else if prev.eq_ignore_ascii_case("the") && !digits {
                    m.etype = Some(EntityType::Org);
                } else if (2..=3).contains(&n)
                    && !digits
                    && !matches!(
                        prev,
                        "of" | "in"
                            | "at"
                            | "on"
                            | "from"
                            | "to"
                            | "into"
                            | "near"
                            | "for"
                            | "a"
                            | "an"
                    )
                    && (prev.starts_with(char::is_lowercase) || matches!(prev, "," | "("))
                    && !next.starts_with(char::is_uppercase)
                    && m.key.split_whitespace().all(|w| name_shaped(w, gaz))
                {
                    // `saved by Marta Kowalczyk`: two or three name-shaped words that
                    // no list knows, in running text (not a title-case headline), are a
                    // person's name.
                    m.etype = Some(EntityType::Person);
                } else {
                    drop_at(&mut keep, idx);
                }
            }
        }
    }
    let mut k = 0;
    an.mentions.retain(|_| {
        let r = keep.get(k).copied().unwrap_or(true);
        k += 1;
        r
    });
    an.mentions.retain(|m| m.etype.is_some());
}

/// A word shaped like a personal name and no word our lists know as something else:
/// `Kowalczyk`, `Al-Rashidi`, not `VR`, `Hotel`, `Year`.
fn name_shaped(w: &str, gaz: &Gazetteer) -> bool {
    let mut cs = w.chars();
    // `I'm`, `O'` alone are no names; `O'Brien` is.
    let head = w.split(['\'', '’']).next().unwrap_or("");
    head.chars().count() >= 2
        && cs.next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() <= 2
        && cs.as_str().chars().any(char::is_lowercase)
        && cs.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’') || c.is_uppercase())
        && !lex::ORG_SUFFIX.contains(w)
        && !lex::ORG_SUFFIX.contains(w.trim_end_matches('s'))
        && !lex::ORG_HEAD.contains(w)
        && gaz.surface(w).is_none()
        && !lex::FAC_SUFFIX.contains(w)
        && !lex::LOC_SUFFIX.contains(w)
        && !lex::GPE_SUFFIX.contains(w)
        && !lex::EVENT_SUFFIX.contains(w)
        && !lex::TITLES.contains(w)
        && !lex::TIME_WORDS.contains(w)
        && !lex::is_stop(w)
        && !lex::is_cue_verb(w)
        && !matches!(w, "New" | "Old" | "Great" | "Greater" | "Better" | "Best")
}

/// A capital inside a lowercase word after its first syllable, other than the name
/// prefixes `Mc`, `Mac`, `De`, `Di`, `Le`, `La`, `Van`, `Von`, `O’`.
fn is_camel_case(w: &str) -> bool {
    let prefixes = [
        "Mc", "Mac", "De", "Di", "Du", "Le", "La", "Van", "Von", "O'", "O’",
    ];
    w.chars().count() >= 5
        && w.chars().all(char::is_alphabetic)
        && w.starts_with(char::is_uppercase)
        && w.chars().skip(2).any(char::is_uppercase)
        && w.chars().filter(|c| c.is_lowercase()).count() >= 3
        && !prefixes.iter().any(|p| w.starts_with(p))
}

fn drop_at(keep: &mut [bool], idx: usize) {
    if let Some(k) = keep.get_mut(idx) {
        *k = false;
    }
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "de" | "&" | "on"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase() || c.is_ascii_digit())
        .collect()
}

/// `k` with curly apostrophes made straight; borrowed when it has none.
#[inline]
fn normalize_key(k: &str) -> Cow<'_, str> {
    // Nearly every key is ASCII, which the word-at-a-time test tells at once.
    if !k.is_ascii() && k.contains('’') {
        Cow::Owned(k.replace('’', "'"))
    } else {
        Cow::Borrowed(k)
    }
}

/// What the mentions of one entity share.
#[derive(PartialEq, Eq, Hash)]
enum ClusterKey<'k> {
    /// A gazetteer referent: its canonical name and type.
    Gazetteer(&'k str, EntityType),
    /// A person, by the full name the mention stands for.
    Person(&'k str),
    /// Anything else, by its own name without a leading `the`.
    Other(&'k str),
}

/// `k` without leading `the `s (`trim_start_matches` builds a substring searcher
/// per call).
fn without_the(mut k: &str) -> &str {
    while let Some(rest) = k.strip_prefix("the ") {
        k = rest;
    }
    k
}

/// Groups mentions into entities.
fn link(an: &mut Analysis<'_>, gaz: &Gazetteer) {
    /// An entity being gathered; its names borrow from the gazetteer and the
    /// mention keys until the entity is written.
    struct Proto<'s> {
        etype: EntityType,
        canonical: Option<&'s str>,
        iso: Option<&'s str>,
        capital: bool,
        full: Option<&'s str>,
        members: Vec<usize>,
    }
    // Each mention's key with straight apostrophes, made once for the three
    // readings below.
    let norm: Vec<Cow<'_, str>> = an.mentions.iter().map(|m| normalize_key(m.key)).collect();
    let norm_of = |mi: usize| norm.get(mi).map_or("", AsRef::as_ref);
    // Full person names first, so short forms can find them regardless of order.
    let mut all_full: Vec<&str> = an
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.etype == Some(EntityType::Person) && has_two_words(m.key))
        .map(|(mi, _)| norm_of(mi))
        .collect();
    all_full.sort();
    all_full.dedup();
    // A full name that is itself the tail of a longer one folds into it.
    let mut short_to_full = parts_index(all_full.iter().copied(), gaz);
    let folded: FxHashSet<&str> = all_full
        .iter()
        .copied()
        .filter(|n| short_to_full.contains_key(words_key(n).as_ref()))
        .collect();
    let full_set: FxHashSet<&str> = all_full
        .iter()
        .copied()
        .filter(|n| !folded.contains(n))
        .collect();
    // The short forms of the full names that stay: the index of every full name,
    // less the folded ones (an empty list finds nothing, as no entry would).
    for fulls in short_to_full.values_mut() {
        fulls.retain(|f| !folded.contains(f));
    }
    // Where each full name is mentioned, in text order.
    let mut full_pos: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (mi, m) in an.mentions.iter().enumerate() {
        if let Some(&f) = full_set.get(norm_of(mi)) {
            full_pos.entry(f).or_default().push(m.span.start);
        }
    }
    // Sized for the most entities a document can have, one per mention, so the
    // table never grows.
    let mut protos: Vec<Proto<'_>> = Vec::with_capacity(an.mentions.len());
    // cluster key → entity index
    let mut by_key: FxHashMap<ClusterKey<'_>, usize> =
        FxHashMap::with_capacity_and_hasher(an.mentions.len(), Default::default());
    for (mi, m) in an.mentions.iter().enumerate() {
        let Some(et) = m.etype else { continue };
        let entry = m.gaz.and_then(|g| gaz.entries.get(g));
        let key = if let Some(e) = entry {
            ClusterKey::Gazetteer(e.canonical.as_str(), e.etype)
        } else if et == EntityType::Person {
            let k = norm_of(mi);
            let full = if full_set.contains(k) {
                None
            } else {
                // Prefer the nearest full name mentioned before; else any.
                let mut best: Option<(usize, &str)> = None;
                let cands = short_to_full
                    .get(words_key(k).as_ref())
                    .map_or(&[][..], Vec::as_slice);
                for &f in cands {
                    let pos = full_pos.get(f).map_or(0, |v| {
                        let i = v.partition_point(|&s| s <= m.span.start);
                        i.checked_sub(1)
                            .and_then(|i| v.get(i))
                            .copied()
                            .unwrap_or(0)
                    });
                    if best.is_none_or(|(p, _)| pos > p) {
                        best = Some((pos, f));
                    }
                }
                best.map(|b| b.1)
            };
            ClusterKey::Person(full.unwrap_or(k))
        } else {
            ClusterKey::Other(without_the(norm_of(mi)))
        };
        // One hash of the key, found or added.
        let idx = match by_key.entry(key) {
            Entry::Occupied(found) => *found.get(),
            Entry::Vacant(slot) => {
                let key = slot.key();
                protos.push(Proto {
                    etype: entry.map_or(et, |e| e.etype),
                    canonical: entry.map(|e| e.canonical.as_str()),
                    iso: entry.and_then(|e| e.iso.as_deref()),
                    capital: entry.is_some_and(|e| e.capital),
                    full: match key {
                        ClusterKey::Person(full) => Some(*full),
                        _ => None,
                    },
                    members: Vec::new(),
                });
                *slot.insert(protos.len() - 1)
            }
        };
        if let Some(p) = protos.get_mut(idx) {
            p.members.push(mi);
        }
    }
    // Acronyms join the organization whose initials they spell.
    let names: Vec<(usize, &str)> = protos
        .iter()
        .enumerate()
        .filter(|(_, p)| p.etype == EntityType::Org)
        .filter_map(|(i, p)| {
            let n = p.canonical.or_else(|| {
                p.members
                    .first()
                    .and_then(|&m| an.mentions.get(m))
                    .map(|m| m.key)
            })?;
            Some((i, n))
        })
        .collect();
    let mut merged_into: Vec<Option<usize>> = vec![None; protos.len()];
    // The first multi-word organization for each initialism.
    let mut by_initials: FxHashMap<String, usize> = FxHashMap::default();
    for &(j, full) in &names {
        if full.contains(' ') {
            by_initials.entry(initials(full)).or_insert(j);
        }
    }
    for &(i, n) in &names {
        if !is_acronym(n) || n.contains(' ') {
            continue;
        }
        let acr: String = n.chars().filter(|c| c.is_alphanumeric()).collect();
        if let Some(&j) = by_initials.get(&acr) {
            if let Some(slot) = merged_into.get_mut(i) {
                *slot = Some(j);
            }
        }
    }
    for i in 0..protos.len() {
        if let Some(Some(j)) = merged_into.get(i).copied() {
            let moved = protos
                .get_mut(i)
                .map(|p| std::mem::take(&mut p.members))
                .unwrap_or_default();
            if let Some(p) = protos.get_mut(j) {
                p.members.extend(moved);
            }
        }
    }
    protos.retain(|p| !p.members.is_empty());
    for p in &mut protos {
        p.members
            .sort_by_key(|&m| an.mentions.get(m).map_or(0, |x| x.span.start));
    }
    protos.sort_by_key(|p| {
        p.members
            .first()
            .and_then(|&m| an.mentions.get(m))
            .map_or(0, |x| x.span.start)
    });
    let mut entities = Vec::with_capacity(protos.len());
    // An entity has few distinct surface forms: a list beats a hash set, and one
    // list serves every entity in turn.
    let mut seen: Vec<&str> = Vec::new();
    for (ei, p) in protos.iter().enumerate() {
        let name = p.canonical.or(p.full).unwrap_or_else(|| {
            // The longest non-acronym form.
            p.members
                .iter()
                .filter_map(|&m| an.mentions.get(m))
                .map(|m| m.key)
                .max_by_key(|k| (!is_acronym(k), k.len()))
                .unwrap_or_default()
        });
        let name = without_the(name).to_owned();
        let mut aliases: Vec<String> = Vec::new();
        seen.clear();
        let name_key = normalize_key(&name);
        for &m in &p.members {
            if let Some(t) = an
                .mentions
                .get(m)
                .and_then(|mm| an.text.get(mm.span.start..mm.span.end))
            {
                if !seen.contains(&t) {
                    seen.push(t);
                    if normalize_key(t) != name_key {
                        aliases.push(t.to_owned());
                    }
                }
            }
        }
        // A filtered collect would start small and grow for every entity named
        // often; the members bound it.
        let mut mentions: Vec<Spanned> = Vec::with_capacity(p.members.len());
        mentions.extend(
            p.members
                .iter()
                .filter_map(|&m| an.mentions.get(m))
                .filter_map(|m| Spanned::from_text(an.text, m.span)),
        );
        mentions.dedup_by(|a, b| a.span == b.span);
        let mut ids = BTreeMap::new();
        if let Some(iso) = p.iso {
            ids.insert("iso3166".to_owned(), iso.to_owned());
        }
        entities.push(Entity {
            id: crate::numbered_id('e', ei + 1),
            name,
            entity_type: p.etype,
            aliases,
            roles: Vec::new(),
            metonymy: p.capital.then_some(false),
            mentions,
            ids,
        });
    }
    for (ei, p) in protos.iter().enumerate() {
        for &m in &p.members {
            if let Some(mm) = an.mentions.get_mut(m) {
                mm.entity = ei;
            }
        }
    }
    an.entities = entities;
    nested_mentions(an, gaz);
}

/// Names inside organization names (`U.S.` in `U.S. State Department`, `Andy Warhol` in
/// `Andy Warhol Foundation`) are also mentions of their own entity when the document
/// names that entity elsewhere. They are added to the entity only, not to the flat
/// mention list the quote rules walk, which stays non-overlapping.
fn nested_mentions(an: &mut Analysis<'_>, gaz: &Gazetteer) {
    let mut by_name: FxHashMap<Cow<'_, str>, usize> = FxHashMap::default();
    for (i, e) in an.entities.iter().enumerate() {
        if matches!(e.entity_type, EntityType::Person | EntityType::Gpe) {
            by_name.insert(normalize_key(&e.name), i);
        }
    }
    let mut add: Vec<(usize, Span)> = Vec::new();
    for m in &an.mentions {
        if m.etype != Some(EntityType::Org) || m.gaz.is_some() {
            continue;
        }
        let words: Vec<(usize, &str)> = m
            .key
            .split(' ')
            .scan(0usize, |off, w| {
                let start = *off;
                *off += w.len() + 1;
                Some((start, w))
            })
            .collect();
        // Longest leading run of words that names a known place or person.
        for n in (1..words.len()).rev() {
            let Some(&(last_off, last_w)) = words.get(n - 1) else {
                continue;
            };
            let end = last_off + last_w.len();
            let Some(prefix) = m.key.get(..end) else {
                continue;
            };
            let target = gaz
                .by_surface
                .get(prefix)
                .and_then(|&g| gaz.entries.get(g))
                .filter(|e| e.etype == EntityType::Gpe)
                .and_then(|e| by_name.get(normalize_key(&e.canonical).as_ref()))
                .or_else(|| {
                    by_name.get(normalize_key(prefix).as_ref()).filter(|&&i| {
                        an.entities
                            .get(i)
                            .is_some_and(|e| e.entity_type == EntityType::Person)
                    })
                });
            if let Some(&ei) = target {
                add.push((ei, Span::new(m.span.start, m.span.start + end)));
                break;
            }
        }
    }
    let mut touched: Vec<usize> = Vec::new();
    for (ei, sp) in add {
        let Some(sm) = Spanned::from_text(an.text, sp) else {
            continue;
        };
        if let Some(e) = an.entities.get_mut(ei) {
            e.mentions.push(sm);
            touched.push(ei);
        }
    }
    // One sort per entity rather than one per added mention.
    touched.sort_unstable();
    touched.dedup();
    for ei in touched {
        if let Some(e) = an.entities.get_mut(ei) {
            e.mentions.sort_by_key(|x| x.span.start);
            e.mentions.dedup_by(|a, b| a.span == b.span);
        }
    }
}

/// Titles from pre-modifiers and appositions.
fn roles(an: &mut Analysis<'_>) {
    let mut found: Vec<(usize, Role)> = Vec::new();
    let text = an.text;
    for (mi, m) in an.mentions.iter().enumerate() {
        if m.etype != Some(EntityType::Person) {
            continue;
        }
        let first = an.tok_at(m.span.start);
        // Title inside the capitalized sequence (`Russian President`).
        if let Some((t, sp)) = &m.title {
            let mut role = Role {
                title: t.clone(),
                organization: None,
                place: None,
                span: Some(sp.cover(&m.span)),
            };
            // `U.S. State Department spokesman` handled below; here an ORG before the
            // capitalized title is its organization.
            if let Some(prev) = first.checked_sub(1).and_then(|p| an.mention_ending(p)) {
                if an
                    .mentions
                    .get(prev)
                    .is_some_and(|p| p.etype == Some(EntityType::Org))
                {
                    role.organization = an.mentions.get(prev).map(|p| p.key.to_owned());
                }
            }
            found.push((mi, role));
            continue;
        }
        // Lowercase pre-modifier: `[ORG|NORP] spokesman Matthew Miller`.
        let mut k = first;
        let mut title_words = 0;
        while k > 0 && title_words < 3 {
            let w = an.word(k - 1);
            if lex::ROLE_NOUNS.contains(w)
                && an.toks.get(k - 1).is_some_and(|t| t.kind == Kind::Word)
            {
                k -= 1;
                title_words += 1;
            } else {
                break;
            }
        }
        if title_words > 0 && (k..first).any(|i| lex::is_role_head(an.word(i))) {
            let tstart = an.toks.get(k).map_or(m.span.start, |t| t.start);
            let tend = an.toks.get(first - 1).map_or(m.span.start, |t| t.end);
            let title = text.get(tstart..tend).unwrap_or("").to_owned();
            let mut role = Role {
                title,
                organization: None,
                place: None,
                span: Some(Span::new(tstart, m.span.end)),
            };
            if let Some(p) = k.checked_sub(1).and_then(|p| an.mention_ending(p)) {
                if let Some(pm) = an.mentions.get(p) {
                    let pt = text.get(pm.span.start..pm.span.end).unwrap_or("");
                    match pm.etype {
                        Some(EntityType::Org) => role.organization = Some(pt.to_owned()),
                        Some(EntityType::Norp) => {
                            role.title = format!("{pt} {}", role.title);
                            role.span = Some(pm.span.cover(&m.span));
                        }
                        Some(EntityType::Gpe) => role.place = Some(pt.to_owned()),
                        _ => {}
                    }
                }
            }
            found.push((mi, role));
        }
        // Apposition: `Name, a professor at the University … in Seoul`.
        let last = an.tok_at(m.span.end).saturating_sub(1);
        if an.word(last + 1) == "," {
            if let Some(role) = apposition(an, last + 2) {
                found.push((mi, role));
            }
        }
    }
    for (mi, role) in found {
        let Some(e) = an.mentions.get(mi).map(|m| m.entity) else {
            continue;
        };
        if let Some(ent) = an.entities.get_mut(e) {
            // A bare title (`President Putin`) adds nothing to `Russian President`.
            let covered = ent.roles.iter().any(|r| {
                r.title == role.title && r.organization == role.organization
                    || (role.organization.is_none()
                        && r.title.ends_with(&format!(" {}", role.title)))
            });
            if !covered {
                ent.roles.retain(|r| {
                    !(r.organization.is_none() && role.title.ends_with(&format!(" {}", r.title)))
                });
                ent.roles.push(role);
            }
        }
    }
}

fn apposition(an: &Analysis<'_>, start: usize) -> Option<Role> {
    let text = an.text;
    let mut k = start;
    if matches!(an.word(k), "a" | "an" | "the") {
        k += 1;
    }
    let tstart = an.toks.get(k)?.start;
    let mut tend = tstart;
    let mut has_head = false;
    let mut n = 0;
    // Title words until a preposition that introduces an organization or place.
    loop {
        let w = an.word(k);
        let tok = an.toks.get(k)?;
        if tok.kind != Kind::Word
            || matches!(w, "at" | "in" | "who" | "which" | "and" | "with" | "from")
        {
            break;
        }
        if (w == "of" || w == "for") && {
            let mut j = k + 1;
            if an.word(j) == "the" {
                j += 1;
            }
            an.mention_starting(j).is_some_and(|x| {
                an.mentions
                    .get(x)
                    .is_some_and(|mm| matches!(mm.etype, Some(EntityType::Org | EntityType::Gpe)))
            })
        } {
            break;
        }
        if lex::is_role_head(w) {
            has_head = true;
        }
        tend = tok.end;
        k += 1;
        n += 1;
        if n > 8 {
            return None;
        }
    }
    if !has_head {
        return None;
    }
    let title = text.get(tstart..tend)?.to_owned();
    let mut role = Role {
        title,
        organization: None,
        place: None,
        span: None,
    };
    let mut end = tend;
    // `at|of|for [the] ORG ( at|of [the] ORG )*` and `in GPE`, in either order
    // (`a spokeswoman in New York for the Kenya Tourist Office`).
    for pass in 0..2 {
        while (pass == 0 || role.organization.is_none())
            && matches!(an.word(k), "at" | "of" | "for" | "with")
        {
            let mut j = k + 1;
            if an.word(j) == "the" {
                j += 1;
            }
            let Some(x) = an.mention_starting(j) else {
                break;
            };
            let Some(mm) = an.mentions.get(x) else { break };
            if mm.etype != Some(EntityType::Org) {
                break;
            }
            let org_start = role.organization.as_ref().map_or(mm.span.start, |_| {
                // keep the first organization's start
                usize::MAX
            });
            role.organization = Some(match role.organization.take() {
                None => text.get(org_start..mm.span.end)?.to_owned(),
                Some(prev) => {
                    let gap = text.get(end..mm.span.end)?.to_owned();
                    format!("{prev}{gap}")
                }
            });
            end = mm.span.end;
            k = an.tok_at(mm.span.end);
        }
        if role.place.is_some() || an.word(k) != "in" {
            break;
        }
        let Some(place) = an
            .mention_starting(k + 1)
            .and_then(|x| an.mentions.get(x))
            .filter(|mm| matches!(mm.etype, Some(EntityType::Gpe | EntityType::Loc)))
        else {
            break;
        };
        role.place = Some(text.get(place.span.start..place.span.end)?.to_owned());
        end = place.span.end;
        k = an.tok_at(place.span.end);
    }
    role.span = Some(Span::new(tstart, end));
    Some(role)
}

const METONYMY_NEXT: &[&str] = &[
    "said",
    "says",
    "could",
    "would",
    "may",
    "might",
    "will",
    "wants",
    "want",
    "has",
    "had",
    "is",
    "was",
    "accused",
    "warned",
    "announced",
    "insisted",
    "denied",
    "rejected",
    "demanded",
    "sees",
    "views",
    "believes",
    "fears",
    "hopes",
    "needs",
    "must",
    "should",
    "can",
    "responded",
    "condemned",
    "urged",
];

/// Capitals standing for their governments get `metonymy: true`.
fn metonymy(an: &mut Analysis<'_>, gaz: &Gazetteer) {
    let _ = gaz;
    let mut flags: Vec<usize> = Vec::new();
    for m in &an.mentions {
        let Some(e) = an.entities.get(m.entity) else {
            continue;
        };
        if e.metonymy.is_none() {
            continue;
        }
        let last = an.tok_at(m.span.end);
        let first = an.tok_at(m.span.start);
        let next_poss = an
            .toks
            .get(last)
            .is_some_and(|t| t.kind == Kind::Poss && t.start == m.span.end);
        let next = an.word(last);
        let prev = first.checked_sub(1).map_or("", |p| an.word(p));
        if next_poss
            || METONYMY_NEXT.contains(&next)
            || prev == "For"
            || prev == "with"
            || prev == "between"
        {
            flags.push(m.entity);
        }
    }
    for f in flags {
        if let Some(e) = an.entities.get_mut(f) {
            e.metonymy = Some(true);
        }
    }
    for e in &mut an.entities {
        if e.metonymy == Some(false) {
            e.metonymy = None;
        }
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn words_key_joins_as_split_whitespace_does() {
        for key in [
            "",
            " ",
            "Kim",
            " Kim",
            "Kim ",
            "Kim Jong Un",
            "Kim  Jong",
            "Kim\tJong",
            "Kim\nJong",
            "Kim\u{a0}Jong",
            "Kim\u{3000}Jong",
            "São Paulo",
            "O’Neill",
            "a\x0bb",
        ] {
            assert_eq!(words_key(key), name_words(key).join(" "), "{key:?}");
        }
    }

    #[test]
    fn space_between_tokens_is_read_as_chars_are() {
        for gap in [
            "",
            " ",
            "  ",
            "\t",
            "\r",
            "\x0b\x0c",
            " \n",
            "\n",
            "\u{a0}",
            "\u{2003}",
            "\u{2003}\n",
            "a",
            " -",
        ] {
            let text = format!("x{gap}y");
            let slow = gap.chars().all(|c| c.is_whitespace() && c != '\n');
            assert_eq!(only_space_between(&text, 1, 1 + gap.len()), slow, "{gap:?}");
        }
    }

    #[test]
    fn curly_apostrophes_are_made_straight() {
        assert_eq!(normalize_key("O’Neill’s"), "O'Neill's");
        assert_eq!(normalize_key("São Paulo"), "São Paulo");
        assert!(matches!(normalize_key("Kim"), Cow::Borrowed("Kim")));
    }

    #[test]
    fn sentence_tokens_are_the_searches_in_any_order() {
        let text = "One two.  Three, four five.\n\nSix.";
        let toks = crate::text::tokenize(text);
        let search = |pos: usize| toks.partition_point(|t| t.start < pos);
        let spans = [
            Span::new(0, 8),
            Span::new(10, 27),
            Span::new(29, 33),
            // out of order, inside a token, empty, past the end
            Span::new(4, 5),
            Span::new(12, 12),
            Span::new(30, 40),
            Span::new(0, 33),
        ];
        let got = sentence_tokens(&toks, &spans);
        let want: Vec<_> = spans
            .iter()
            .map(|s| (search(s.start), search(s.end)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn two_words_as_split_whitespace_counts_them() {
        for key in [
            "",
            " ",
            "Kim",
            " Kim ",
            "Kim Jong Un",
            "Kim\tJong",
            "Kim ",
            "Kim\u{a0}Jong",
            "a\x0bb",
        ] {
            assert_eq!(
                has_two_words(key),
                key.split_whitespace().count() >= 2,
                "{key:?}"
            );
        }
    }

    #[test]
    fn parts_index_agrees_with_names_person() {
        let gaz = gazetteer::get();
        let fulls = [
            "Yang Moo-jin",
            "Ramon Pacheco Pardo",
            "Matthew Miller",
            "Kim Jong Un",
            "Moon Jae-in",
            "Lena  Okafor",
            "Ana Maria\tRuiz",
        ];
        let shorts = [
            "Okafor",
            "Maria Ruiz",
            "Ruiz",
            "Yang",
            "Moo-jin",
            "Pacheco Pardo",
            "Pardo",
            "Miller",
            "Matthew",
            "Kim",
            "Jong Un",
            "Un",
            "Moon",
            "Ramon",
            "Matthew Miller",
        ];
        let idx = parts_index(fulls, gaz);
        for s in shorts {
            for f in fulls {
                let indexed = idx
                    .get(words_key(s).as_ref())
                    .is_some_and(|v| v.contains(&f));
                assert_eq!(indexed, names_person(s, f, gaz), "{s} / {f}");
            }
        }
    }
}
