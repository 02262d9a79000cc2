//! Compact knowledge shipped in the crate (`data/`, see `data/LICENSE-data.md`):
//! countries with ISO 3166-1 codes, demonyms, capitals, regions, cities, well-known
//! organizations, given names and East Asian family names. Matched with one
//! byte trie walked from the places a name can start.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

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
    trie: Trie,
    /// Which bytes and pairs of bytes a pattern starts with.
    starts: Starts,
    pub entries: Vec<Entry>,
    /// Surface form → entry index, for exact lookups of candidate strings.
    pub by_surface: FxHashMap<String, usize>,
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

/// The first byte and the first two bytes of the patterns: the automaton is only
/// started where a pattern can begin (about one byte in eighteen of news text,
/// mostly capitals), rather than run over every byte.
struct Starts {
    first: [bool; 256],
    pairs: Box<[u64; 1024]>,
}

impl Starts {
    fn of<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Self {
        let mut starts = Starts {
            first: [false; 256],
            pairs: Box::new([0; 1024]),
        };
        for p in patterns {
            let (Some(&a), second) = (p.as_bytes().first(), p.as_bytes().get(1)) else {
                continue;
            };
            if let Some(first) = starts.first.get_mut(usize::from(a)) {
                *first = true;
            }
            // A pattern of one byte starts every pair its byte begins.
            let seconds = second.map_or(0..=255, |&b| b..=b);
            for b in seconds {
                set_bit(
                    starts.pairs.as_mut_slice(),
                    usize::from(a) << 8 | usize::from(b),
                );
            }
        }
        starts
    }

    /// The first byte at or after `from` where a pattern may start.
    fn next_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let mut k = 0usize;
        loop {
            k += rest
                .get(k..)?
                .iter()
                .position(|&a| self.first.get(usize::from(a)) == Some(&true))?;
            let pair = match (rest.get(k), rest.get(k + 1)) {
                (Some(&a), Some(&b)) => {
                    has_bit(self.pairs.as_slice(), usize::from(a) << 8 | usize::from(b))
                }
                _ => true,
            };
            if pair {
                return Some(from + k);
            }
            k += 1;
        }
    }
}

/// Every surface form as a byte trie. A hit is always the longest form starting
/// at one place, so the trie is walked from that place alone: no failure links
/// (which an Aho-Corasick automaton spends most of its building time on) are
/// needed.
struct Trie {
    /// Node 0 is the root; a child is never node 0.
    nodes: Vec<TrieNode>,
    /// The root's child for each byte (0 for none): every walk starts there.
    root: Box<[u32; 256]>,
}

#[derive(Default)]
struct TrieNode {
    /// Children, sorted by byte.
    children: Vec<(u8, u32)>,
    /// The entry of the surface form that ends here.
    entry: Option<usize>,
}

impl Trie {
    fn new() -> Self {
        Trie {
            nodes: vec![TrieNode::default()],
            root: Box::new([0; 256]),
        }
    }

    fn child(&self, node: usize, b: u8) -> Option<usize> {
        if node == 0 {
            let c = *self.root.get(usize::from(b))?;
            return (c != 0).then_some(c as usize);
        }
        let children = &self.nodes.get(node)?.children;
        let k = children.binary_search_by_key(&b, |&(c, _)| c).ok()?;
        children.get(k).map(|&(_, n)| n as usize)
    }

    fn insert(&mut self, surface: &[u8], entry: usize) {
        let mut node = 0usize;
        for &b in surface {
            node = match self.child(node, b) {
                Some(n) => n,
                None => {
                    let n = self.nodes.len();
                    let id = u32::try_from(n).unwrap_or(u32::MAX);
                    self.nodes.push(TrieNode::default());
                    if node == 0 {
                        if let Some(slot) = self.root.get_mut(usize::from(b)) {
                            *slot = id;
                        }
                    } else if let Some(parent) = self.nodes.get_mut(node) {
                        let at = parent.children.partition_point(|&(c, _)| c < b);
                        parent.children.insert(at, (b, id));
                    }
                    n
                }
            };
        }
        if let Some(end) = self.nodes.get_mut(node) {
            end.entry = Some(entry);
        }
    }

    /// The entry of the longest surface form starting at byte `at`, and where it
    /// ends.
    fn longest_at(&self, bytes: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut node = 0usize;
        let mut found = None;
        for (k, &b) in bytes.get(at..)?.iter().enumerate() {
            let Some(next) = self.child(node, b) else {
                break;
            };
            node = next;
            if let Some(entry) = self.nodes.get(node).and_then(|n| n.entry) {
                found = Some((entry, at + k + 1));
            }
        }
        found
    }

    fn memory_usage(&self) -> usize {
        let children: usize = self.nodes.iter().map(|n| n.children.capacity() * 8).sum();
        self.nodes.len() * std::mem::size_of::<TrieNode>() + children + 256 * 4
    }
}

fn set_bit(bits: &mut [u64], n: usize) {
    if let Some(word) = bits.get_mut(n >> 6) {
        *word |= 1 << (n & 63);
    }
}

fn has_bit(bits: &[u64], n: usize) -> bool {
    bits.get(n >> 6)
        .is_some_and(|word| word & (1 << (n & 63)) != 0)
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
    let mut trie = Trie::new();
    for (surface, &entry) in &by_surface {
        trie.insert(surface.as_bytes(), entry);
    }
    Gazetteer {
        trie,
        starts: Starts::of(by_surface.keys().map(String::as_str)),
        entries,
        by_surface,
        first_names: FIRST_NAMES.split_whitespace().collect(),
        ea_surnames: EA_SURNAMES.split_whitespace().collect(),
    }
}

impl Gazetteer {
    /// Every whole-word gazetteer hit in `text`, leftmost-longest, in text order.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // Leftmost-longest, one match after another as an unanchored search finds
        // them: the longest pattern at the first position where one starts, then on
        // from its end, rejected or not.
        let mut at = 0usize;
        while let Some(p) = self.starts.next_start(bytes, at) {
            let Some((entry, end)) = self.trie.longest_at(bytes, p) else {
                at = p + 1;
                continue;
            };
            at = end;
            let m = Hit {
                start: p,
                end,
                entry,
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
            out.push(m);
        }
        out
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
        let trie = self.trie.memory_usage();
        let entries: usize = self
            .entries
            .iter()
            .map(|e| std::mem::size_of::<Entry>() + e.canonical.len() + 2)
            .sum();
        let surfaces: usize = self.by_surface.keys().map(|k| k.len() + 48).sum();
        trie + entries + surfaces + self.first_names.len() * 24
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

    #[test]
    fn the_trie_finds_the_longest_surface_form_at_each_place() {
        let g = get();
        let text = "the United States and the U.S. met South Korean and North Korea’s envoys";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            let longest = g
                .by_surface
                .iter()
                .filter(|(s, _)| bytes.get(at..).is_some_and(|r| r.starts_with(s.as_bytes())))
                .max_by_key(|(s, _)| s.len())
                .map(|(s, &e)| (e, at + s.len()));
            assert_eq!(g.trie.longest_at(bytes, at), longest, "at {at}");
        }
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
