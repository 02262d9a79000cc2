//! Compact knowledge shipped in the crate (`data/`, see `data/LICENSE-data.md`):
//! countries with ISO 3166-1 codes, demonyms, capitals, regions, cities, well-known
//! organizations, given names and East Asian family names. Matched with one
//! aho-corasick automaton, walked anchored from the places [`Starts`] finds where
//! a pattern may begin.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use crate::lex::{self, has_bit, set_bit};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, Anchored, MatchKind};
use newsline_model::EntityType;

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const PLACES: &str = include_str!("../data/places.tsv");
const ORGS: &str = include_str!("../data/orgs.tsv");
const FIRST_NAMES: &str = include_str!("../data/first_names.txt");
const EA_SURNAMES: &str = include_str!("../data/east_asian_surnames.txt");

/// What the gazetteer knows about one surface form.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The canonical name of the referent.
    pub canonical: String,
    pub etype: EntityType,
    /// ISO 3166-1 alpha-2 code for countries.
    pub iso: Option<String>,
    /// A national capital (may stand for its government).
    pub capital: bool,
}

/// All gazetteers, built once per process.
pub(crate) struct Gazetteer {
    ac: Option<NFA>,
    /// Where in a text a pattern may start.
    starts: Starts,
    /// Entry for each automaton pattern.
    pattern_entry: Vec<usize>,
    pub entries: Vec<Entry>,
    /// Surface form → entry index, for exact lookups of candidate strings.
    pub by_surface: FxHashMap<String, usize>,
    /// Bit per hash of the length, first and last byte of each surface form:
    /// most candidate strings are no surface form, and one bit test turns them
    /// away before a string is hashed.
    surface_shapes: Box<[u64; 1024]>,
    pub first_names: FxHashSet<&'static str>,
    pub ea_surnames: FxHashSet<&'static str>,
}

/// A gazetteer hit in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// Where a pattern may start, so that the automaton is only walked there rather
/// than from every byte. Most patterns start with a capital: capitals are found
/// eight bytes at a time, then the first two bytes and (for patterns of four
/// bytes or more) a hash of the first four must fit some pattern, which turns
/// away most capitalized words (`The`, `He`). The few patterns that start
/// otherwise (`the Middle East`, `al Qaeda`) would make every `th` and `al` of the
/// text a place to try, so they are found by a search of their own, and only
/// their whole occurrences are tried: at any other place that byte starts no
/// pattern, and the walk would find nothing.
struct Starts {
    first: [bool; 256],
    pairs: Box<[u64; 1024]>,
    /// The pairs of patterns shorter than four bytes, which the four-byte test
    /// cannot see.
    short_pairs: Box<[u64; 1024]>,
    /// Bit per hash of the first four bytes of the longer patterns.
    quads: Box<[u64; 1024]>,
    /// The patterns that start with no capital.
    uncapitalized: Option<AhoCorasick>,
}

/// Which bit of [`Starts::quads`] the four bytes `q` set.
fn quad_bit(q: [u8; 4]) -> usize {
    (u32::from_le_bytes(q).wrapping_mul(0x9e37_79b1) >> 16) as usize
}

impl Starts {
    fn of<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Self {
        let mut starts = Starts {
            first: [false; 256],
            pairs: Box::new([0; 1024]),
            short_pairs: Box::new([0; 1024]),
            quads: Box::new([0; 1024]),
            uncapitalized: None,
        };
        let mut uncapitalized = Vec::new();
        for p in patterns {
            let (Some(&a), second) = (p.as_bytes().first(), p.as_bytes().get(1)) else {
                continue;
            };
            if !a.is_ascii_uppercase() {
                uncapitalized.push(p);
                continue;
            }
            if let Some(first) = starts.first.get_mut(usize::from(a)) {
                *first = true;
            }
            // A pattern of one byte starts every pair its byte begins.
            let seconds = second.map_or(0..=255, |&b| b..=b);
            for b in seconds {
                let pair = usize::from(a) << 8 | usize::from(b);
                set_bit(starts.pairs.as_mut_slice(), pair);
                if p.len() < 4 {
                    set_bit(starts.short_pairs.as_mut_slice(), pair);
                }
            }
            if let Some(&q) = p.as_bytes().first_chunk::<4>() {
                set_bit(starts.quads.as_mut_slice(), quad_bit(q));
            }
        }
        if !uncapitalized.is_empty() {
            starts.uncapitalized = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&uncapitalized)
                .ok();
        }
        starts
    }

    /// Where the patterns without a capital occur in `text`, in text order.
    fn uncapitalized_starts(&self, text: &str) -> Vec<usize> {
        let Some(ac) = &self.uncapitalized else {
            return Vec::new();
        };
        let mut found: Vec<usize> = ac.find_overlapping_iter(text).map(|m| m.start()).collect();
        // Overlapping matches come in the order they end.
        found.sort_unstable();
        found.dedup();
        found
    }

    /// True when a pattern starting with a capital may start at byte `k`.
    fn starts_at(&self, bytes: &[u8], k: usize) -> bool {
        let Some(&a) = bytes.get(k) else {
            return false;
        };
        if self.first.get(usize::from(a)) != Some(&true) {
            return false;
        }
        let Some(&b) = bytes.get(k + 1) else {
            return true;
        };
        let pair = usize::from(a) << 8 | usize::from(b);
        if !has_bit(self.pairs.as_slice(), pair) {
            return false;
        }
        if has_bit(self.short_pairs.as_slice(), pair) {
            return true;
        }
        bytes
            .get(k..)
            .and_then(<[u8]>::first_chunk::<4>)
            .is_none_or(|&q| has_bit(self.quads.as_slice(), quad_bit(q)))
    }

    /// The first byte at or after `from` where a pattern that starts with a
    /// capital may start. Eight bytes are classified at once: most eight-byte runs
    /// of news text hold no capital.
    fn next_capital_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        while let Some(&chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            let mut marks = lex::ascii_capitals(u64::from_le_bytes(chunk));
            while marks != 0 {
                let k = at + (marks.trailing_zeros() / 8) as usize;
                if self.starts_at(bytes, k) {
                    return Some(k);
                }
                marks &= marks - 1;
            }
            at += 8;
        }
        (at..bytes.len()).find(|&k| self.starts_at(bytes, k))
    }
}

/// The longest pattern starting at byte `at`, and where it ends: the automaton
/// walked anchored, as its own leftmost-longest search does it, without setting up
/// a search for each of the many places tried.
fn longest_at(nfa: &NFA, bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut sid = nfa.start_state(Anchored::Yes).ok()?;
    let mut found = None;
    for (k, &b) in bytes.get(at..)?.iter().enumerate() {
        sid = nfa.next_state(Anchored::Yes, sid, b);
        if nfa.is_special(sid) {
            if nfa.is_dead(sid) {
                break;
            }
            if nfa.is_match(sid) {
                let pid = nfa.match_pattern(sid, 0);
                let end = at + k + 1;
                // Match states also carry patterns that began after `at`.
                if end.checked_sub(nfa.pattern_len(pid)) == Some(at) {
                    found = Some((pid.as_usize(), end));
                }
            }
        }
    }
    found
}

/// Which bit of [`Gazetteer::surface_shapes`] the string `s` sets.
fn shape_bit(s: &str) -> Option<usize> {
    let (&first, &last) = (s.as_bytes().first()?, s.as_bytes().last()?);
    let shape = (s.len() as u32 & 0xff) | u32::from(first) << 8 | u32::from(last) << 16;
    Some((shape.wrapping_mul(0x9e37_79b1) >> 16) as usize)
}

static GAZ: OnceLock<Gazetteer> = OnceLock::new();

/// The process-wide gazetteer.
pub(crate) fn get() -> &'static Gazetteer {
    GAZ.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_surface: FxHashMap<String, usize> = FxHashMap::default();
    let mut add = |surface: &str, entry: Entry, entries: &mut Vec<Entry>| {
        let surface = surface.trim();
        if surface.is_empty() || by_surface.contains_key(surface) {
            return;
        }
        entries.push(entry);
        let idx = entries.len() - 1;
        by_surface.insert(surface.to_owned(), idx);
        if surface.contains('\'') {
            by_surface.insert(surface.replace('\'', "’"), idx);
        }
    };
    for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let iso = cols.next().map(str::trim).filter(|s| !s.is_empty());
        let aliases = cols.next().unwrap_or("");
        let demonyms = cols.next().unwrap_or("");
        let capital = cols.next().unwrap_or("").trim();
        let country = Entry {
            canonical: name.to_owned(),
            etype: EntityType::Gpe,
            iso: iso.map(str::to_owned),
            capital: false,
        };
        add(name, country.clone(), &mut entries);
        for a in aliases.split('|') {
            add(a, country.clone(), &mut entries);
        }
        for d in demonyms.split('|').filter(|d| !d.trim().is_empty()) {
            let norp = Entry {
                canonical: d.trim().to_owned(),
                etype: EntityType::Norp,
                iso: None,
                capital: false,
            };
            add(d, norp, &mut entries);
        }
        if !capital.is_empty() {
            let cap = Entry {
                canonical: capital.to_owned(),
                etype: EntityType::Gpe,
                iso: None,
                capital: true,
            };
            add(capital, cap, &mut entries);
        }
    }
    for src in [PLACES, ORGS] {
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let surface = cols.next().unwrap_or("");
            let etype = match cols.next().unwrap_or("").trim() {
                "GPE" => EntityType::Gpe,
                "LOC" => EntityType::Loc,
                "ORG" => EntityType::Org,
                "FAC" => EntityType::Fac,
                "NORP" => EntityType::Norp,
                "EVENT" => EntityType::Event,
                "PERSON" => EntityType::Person,
                _ => continue,
            };
            let canonical = cols.next().unwrap_or(surface).trim().to_owned();
            add(
                surface,
                Entry {
                    canonical,
                    etype,
                    iso: None,
                    capital: false,
                },
                &mut entries,
            );
        }
    }
    let mut patterns: Vec<&str> = Vec::with_capacity(by_surface.len());
    let mut pattern_entry = Vec::with_capacity(by_surface.len());
    let mut keys: Vec<(&String, &usize)> = by_surface.iter().collect();
    keys.sort();
    for (k, v) in keys {
        patterns.push(k.as_str());
        pattern_entry.push(*v);
    }
    // The automaton is only walked anchored, from places `Starts` chose, so the
    // prefilter an unanchored search would use is never asked: not built.
    let ac = NFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .build(&patterns)
        .ok();
    let mut surface_shapes = Box::new([0u64; 1024]);
    for k in by_surface.keys() {
        if let Some(bit) = shape_bit(k) {
            set_bit(surface_shapes.as_mut_slice(), bit);
        }
    }
    Gazetteer {
        ac,
        surface_shapes,
        starts: Starts::of(patterns.iter().copied()),
        pattern_entry,
        entries,
        by_surface,
        first_names: FIRST_NAMES.split_whitespace().collect(),
        ea_surnames: EA_SURNAMES.split_whitespace().collect(),
    }
}

impl Gazetteer {
    /// Every whole-word gazetteer hit in `text`, leftmost-longest, in text order.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        // About one hit per three hundred bytes of news text.
        let mut out = Vec::with_capacity(text.len() / 256 + 4);
        // Leftmost-longest, one match after another as an unanchored search finds
        // them: the longest pattern at the first position where one starts, then on
        // from its end, rejected or not.
        let uncapitalized = self.starts.uncapitalized_starts(text);
        let mut next_uncapitalized = uncapitalized.iter().copied().peekable();
        let mut at = 0usize;
        // Found once and kept while it lies ahead: an uncapitalized start may come
        // first.
        let mut capital = self.starts.next_capital_start(bytes, at);
        loop {
            while next_uncapitalized.next_if(|&u| u < at).is_some() {}
            if capital.is_some_and(|c| c < at) {
                capital = self.starts.next_capital_start(bytes, at);
            }
            let Some(p) = capital
                .into_iter()
                .chain(next_uncapitalized.peek().copied())
                .min()
            else {
                break;
            };
            let Some((pattern, end)) = longest_at(ac, bytes, p) else {
                at = p + 1;
                continue;
            };
            at = end;
            let m = Hit {
                start: p,
                end,
                entry: pattern,
            };
            let before = text.get(..m.start).and_then(|s| s.chars().next_back());
            let after = text.get(m.end..).and_then(|s| s.chars().next());
            let bad_before = before.is_some_and(|c| c.is_alphanumeric() || c == '.');
            let bad_after = after.is_some_and(|c| c.is_alphanumeric())
                || (after == Some('.')
                    && text
                        .get(m.end + 1..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(char::is_alphanumeric));
            if bad_before || bad_after {
                continue;
            }
            if let Some(&entry) = self.pattern_entry.get(m.entry) {
                out.push(Hit { entry, ..m });
            }
        }
        out
    }

    /// The entry of the surface form `s` exactly as written (curly apostrophes
    /// allowed).
    pub fn surface(&self, s: &str) -> Option<usize> {
        if !shape_bit(s).is_some_and(|bit| has_bit(self.surface_shapes.as_slice(), bit)) {
            return None;
        }
        self.by_surface.get(s).copied()
    }

    /// Exact lookup of a surface form (curly apostrophes allowed).
    #[cfg(test)]
    pub fn lookup(&self, surface: &str) -> Option<&Entry> {
        self.by_surface
            .get(surface)
            .and_then(|&i| self.entries.get(i))
    }

    /// Approximate heap size of the gazetteer, for the report.
    pub fn approx_bytes(&self) -> usize {
        let ac = self.ac.as_ref().map_or(0, NFA::memory_usage);
        let entries: usize = self
            .entries
            .iter()
            .map(|e| std::mem::size_of::<Entry>() + e.canonical.len() + 2)
            .sum();
        let surfaces: usize = self.by_surface.keys().map(|k| k.len() + 48).sum();
        ac + entries + surfaces + self.pattern_entry.len() * 8 + self.first_names.len() * 24
    }
}

/// Approximate memory held by the gazetteers (automaton, tables, name sets).
pub fn gazetteer_bytes() -> usize {
    get().approx_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_countries_and_aliases() {
        let g = get();
        let us = g.lookup("U.S.").map(|e| e.canonical.as_str());
        assert_eq!(us, Some("United States"));
        assert_eq!(g.lookup("DPRK").and_then(|e| e.iso.as_deref()), Some("KP"));
        assert_eq!(
            g.lookup("North Korean").map(|e| e.etype),
            Some(EntityType::Norp)
        );
        assert!(g.lookup("Moscow").is_some_and(|e| e.capital));
    }

    /// The hits of an unanchored leftmost-longest search of the whole automaton,
    /// filtered for word boundaries as `hits` does: what the start filter and the
    /// anchored walk must reproduce.
    fn hits_by_search(g: &Gazetteer, text: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &g.ac else {
            return Vec::new();
        };
        let input = aho_corasick::Input::new(text);
        let found: Vec<_> = ac.try_find_iter(input).unwrap().collect();
        found
            .into_iter()
            .filter(|m| {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                let bad_before = before.is_some_and(|c| c.is_alphanumeric() || c == '.');
                let bad_after = after.is_some_and(|c| c.is_alphanumeric())
                    || (after == Some('.')
                        && text[m.end() + 1..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                !bad_before && !bad_after
            })
            .map(|m| (m.start(), m.end(), g.pattern_entry[m.pattern().as_usize()]))
            .collect()
    }

    #[test]
    fn hits_are_those_of_an_unanchored_search() {
        let g = get();
        let mut surfaces: Vec<&str> = g.by_surface.keys().map(String::as_str).collect();
        surfaces.sort_unstable();
        // Every pattern alone, inside words, run together, after a hyphen and
        // before a dot, with text that starts no pattern in between.
        let separators = [" ", "x", "-", ". ", "the ", "al", "\n", "é ", "’s "];
        let mut text = String::new();
        for (i, s) in surfaces.iter().enumerate() {
            text.push_str(s);
            text.push_str(separators[i % separators.len()]);
            if i % 7 == 0 {
                text.push_str("with the other total Middle ");
            }
        }
        let hits: Vec<(usize, usize, usize)> = g
            .hits(&text)
            .iter()
            .map(|h| (h.start, h.end, h.entry))
            .collect();
        assert_eq!(hits, hits_by_search(g, &text));
        assert!(hits.len() > surfaces.len() / 4, "{} hits", hits.len());
    }

    #[test]
    fn surfaces_are_found_by_their_shape() {
        let g = get();
        for (k, &v) in &g.by_surface {
            assert_eq!(g.surface(k), Some(v), "{k}");
        }
        assert_eq!(g.surface(""), None);
        assert_eq!(g.surface("Vladimir Putin"), None);
    }

    #[test]
    fn hits_respect_word_boundaries() {
        let g = get();
        let text = "USA and Indiana, not Indianapolis; the Korean peninsula.";
        let hits: Vec<&str> = g
            .hits(text)
            .iter()
            .map(|h| text.get(h.start..h.end).unwrap_or(""))
            .collect();
        assert_eq!(hits, ["USA", "Indiana", "Korean peninsula"]);
    }
}
