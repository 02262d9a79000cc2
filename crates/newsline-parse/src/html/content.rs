//! Main-text extraction: readability-style content scoring over the flat DOM.
//!
//! 1. Boilerplate subtrees are marked: dropped tags (script, nav, figure, …),
//!    hidden elements, ARIA landmarks that are not content, and class/id names
//!    that say share/related/cookie/comment/promo/caption/… .
//! 2. Every paragraph-like element with 25+ characters scores
//!    `1 + commas + min(chars/100, 3)`, credited to its ancestors with decay;
//!    candidates start from a tag and class/id weight, and the final score is
//!    scaled by `1 - link density`.
//! 3. The best candidate (climbing to a parent that scores better) and the
//!    siblings that score close to it form the article.
//! 4. Inside it, containers that look like debris (link lists, image galleries,
//!    forms) are cleaned out, then text is emitted block by block.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use newsline_model::{BlockKind, OffsetMapping};

use super::dom::{Dom, is_block_tag, is_dropped_tag};

/// A block of extracted text, before it is laid into the document.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBlock {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// Whitespace-collapsed text.
    pub text: String,
    /// Offset runs, `text_start` relative to this block.
    pub map: Vec<OffsetMapping>,
    /// Characters inside links.
    pub link_chars: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    chars: u32,
    link_chars: u32,
    commas: u32,
    p: u32,
    img: u32,
    li: u32,
    input: u32,
    block_child: bool,
    /// A heading, paragraph or quote somewhere below.
    text_block: bool,
}

const STRONG_NEG: &[&str] = &[
    "share",
    "sharing",
    "social",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sign-up",
    "related",
    "recommend",
    "promo",
    "advert",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "comment",
    "caption",
    "breadcrumb",
    "sidebar",
    "popup",
    "modal",
    "skip-link",
    "skiplink",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "byline",
    "dateline",
    "timestamp",
    "author-bio",
    "authorbio",
    "tags",
    "tag-list",
    "further-reading",
    "read-more",
    "readmore",
    "more-stories",
    "most-popular",
    "mostpopular",
    "trending",
    "toolbar",
    "print-",
    "pagination",
    "lightbox",
    "credit",
];

const WEAK_NEG: &[&str] = &[
    "header",
    "footer",
    "menu",
    "nav",
    "extra",
    "combx",
    "community",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "skyscraper",
    "supplemental",
    "pager",
    "agegate",
    "masthead",
    "widget",
    "banner",
    "author",
    "meta",
    "hidden",
];

const MAYBE: &[&str] = &[
    "article",
    "body",
    "column",
    "content",
    "main",
    "story",
    "entry",
    "post-text",
    "prose",
];

const POS_WEIGHT: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose",
];
const NEG_WEIGHT: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "caption",
    "social",
];

/// One case-insensitive automaton per pattern list, built once: class names are
/// checked on every element, and 50 `contains` calls each were the hot spot.
struct Patterns {
    strong: Matcher,
    weak: Matcher,
    maybe: Matcher,
    pos: Matcher,
    neg: Matcher,
}

/// A pattern list; `None` only if the automaton could not be built, which for
/// these fixed lists does not happen.
struct Matcher(Option<AhoCorasick>);

impl Matcher {
    fn is_match(&self, s: &str) -> bool {
        self.0.as_ref().is_some_and(|a| a.is_match(s))
    }
}

fn automaton(p: &[&str]) -> Matcher {
    Matcher(
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(p)
            .ok(),
    )
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    strong: automaton(STRONG_NEG),
    weak: automaton(WEAK_NEG),
    maybe: automaton(MAYBE),
    pos: automaton(POS_WEIGHT),
    neg: automaton(NEG_WEIGHT),
});

fn ad_token(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| {
        ["ad", "ads", "advertisement", "adslot", "adunit", "dfp"]
            .iter()
            .any(|a| t.eq_ignore_ascii_case(a))
    })
}

struct Ctx<'d, 'a> {
    dom: &'d Dom<'a>,
    removed: Vec<bool>,
    stats: Vec<Stats>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn weight(&self, i: usize) -> i32 {
        let mut w = 0;
        let pats = &*PATTERNS;
        for name in ["class", "id"] {
            if let Some(v) = self.dom.attr(i, name) {
                if pats.neg.is_match(v) {
                    w -= 25;
                }
                if pats.pos.is_match(v) {
                    w += 25;
                }
            }
        }
        w
    }
}

fn collapsed_len(t: &str) -> (u32, u32) {
    let mut chars = 0u32;
    let mut commas = 0u32;
    let mut prev_ws = true;
    for c in t.chars() {
        if c.is_ascii_whitespace() {
            if !prev_ws {
                chars += 1;
            }
            prev_ws = true;
        } else {
            chars += 1;
            prev_ws = false;
            if c == ',' || c == '，' {
                commas += 1;
            }
        }
    }
    (chars, commas)
}

fn is_hidden(dom: &Dom<'_>, i: usize) -> bool {
    if dom.attr(i, "hidden").is_some() {
        return true;
    }
    if dom
        .attr(i, "aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = dom.attr(i, "style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Extracts the article blocks.
pub fn extract_blocks(dom: &Dom<'_>, source: &[u8]) -> Vec<RawBlock> {
    let blocks = run(dom, source, true);
    let len: usize = blocks.iter().map(|b| b.text.len()).sum();
    if len >= 250 {
        return blocks;
    }
    // Too little text: the class filters were probably too eager.
    let again = run(dom, source, false);
    let len2: usize = again.iter().map(|b| b.text.len()).sum();
    if len2 > len { again } else { blocks }
}

fn run(dom: &Dom<'_>, source: &[u8], strip_unlikely: bool) -> Vec<RawBlock> {
    let n = dom.items.len();
    let mut cx = Ctx {
        dom,
        removed: vec![false; n],
        stats: vec![Stats::default(); n],
    };
    // Raw text size per subtree, to never strip the element that holds most text.
    let mut raw = vec![0u32; n];
    for i in (0..n).rev() {
        let it = dom.items.get(i).copied();
        let Some(it) = it else { continue };
        if let Some(t) = it.text {
            let (c, _) = collapsed_len(t);
            if let Some(r) = raw.get_mut(i) {
                *r = r.saturating_add(c);
            }
        }
        if !it.tag.is_empty()
            && is_dropped_tag(it.tag)
            && let Some(r) = raw.get_mut(i)
        {
            *r = 0;
        }
        let v = raw.get(i).copied().unwrap_or(0);
        if let Some(p) = raw.get_mut(it.parent) {
            *p = p.saturating_add(v);
        }
    }
    let total = dom
        .body
        .and_then(|b| raw.get(b).copied())
        .unwrap_or_else(|| raw.first().copied().unwrap_or(0));

    // 1. Removal, top-down.
    for i in 0..n {
        let Some(it) = dom.items.get(i).copied() else {
            continue;
        };
        let parent_removed = cx.removed.get(it.parent).copied().unwrap_or(false);
        let mut rm = parent_removed;
        if !rm && !it.tag.is_empty() {
            if is_dropped_tag(it.tag) || is_hidden(dom, i) {
                rm = true;
            } else if it.tag == "header" {
                rm = raw.get(i).copied().unwrap_or(0) < 1000;
            } else if strip_unlikely
                && !matches!(
                    it.tag,
                    "body" | "html" | "a" | "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                )
            {
                let class = dom.attr(i, "class").unwrap_or_default();
                let id = dom.attr(i, "id").unwrap_or_default();
                let role = dom.attr(i, "role").unwrap_or_default();
                if matches!(
                    role,
                    "navigation"
                        | "complementary"
                        | "banner"
                        | "contentinfo"
                        | "menu"
                        | "menubar"
                        | "dialog"
                        | "alert"
                        | "alertdialog"
                        | "search"
                ) {
                    rm = true;
                } else if !class.is_empty() || !id.is_empty() {
                    let pats = &*PATTERNS;
                    let any = |a: &Matcher| a.is_match(class) || a.is_match(id);
                    let big = raw.get(i).copied().unwrap_or(0) as f32 > 0.5 * total as f32;
                    let strong = any(&pats.strong) || ad_token(class) || ad_token(id);
                    let weak = any(&pats.weak) && !any(&pats.maybe);
                    if (strong || weak) && !big {
                        rm = true;
                    }
                }
            }
        }
        if let Some(r) = cx.removed.get_mut(i) {
            *r = rm;
        }
    }

    // 2. Stats bottom-up over kept nodes.
    for i in (0..n).rev() {
        let Some(it) = dom.items.get(i).copied() else {
            continue;
        };
        if cx.removed.get(i).copied().unwrap_or(true) {
            continue;
        }
        let mut s = cx.stats.get(i).copied().unwrap_or_default();
        if let Some(t) = it.text {
            let (c, k) = collapsed_len(t);
            s.chars += c;
            s.commas += k;
            // Text laid out with <br> or bare <div>s instead of <p> still counts as
            // paragraphs, or image-heavy articles would look like galleries.
            if c >= 40 && dom.items.get(it.parent).is_some_and(|p| p.tag != "p") {
                s.p += 1;
            }
        }
        match it.tag {
            "a" => s.link_chars = s.chars,
            "p" => s.p += 1,
            "img" => s.img += 1,
            "li" => s.li += 1,
            "input" | "select" | "textarea" | "button" => s.input += 1,
            _ => {}
        }
        if let Some(slot) = cx.stats.get_mut(i) {
            *slot = s;
        }
        if let Some(ps) = cx.stats.get_mut(it.parent) {
            ps.chars += s.chars;
            ps.link_chars += s.link_chars;
            ps.commas += s.commas;
            ps.p += s.p;
            ps.img += s.img;
            ps.li += s.li;
            ps.input += s.input;
            ps.text_block |= s.text_block
                || matches!(
                    it.tag,
                    "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "blockquote"
                );
            if !it.tag.is_empty() && is_block_tag(it.tag) && it.tag != "br" {
                ps.block_child = true;
            }
        }
    }

    // 3. Scoring.
    let mut score: Vec<f32> = vec![0.0; n];
    let mut is_cand = vec![false; n];
    let init = |cx: &Ctx<'_, '_>, j: usize| -> f32 {
        let tag = cx.dom.items.get(j).map(|it| it.tag).unwrap_or_default();
        let base = match tag {
            "div" | "article" | "main" | "section" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        base + cx.weight(j) as f32
    };
    for i in 0..n {
        let Some(it) = dom.items.get(i).copied() else {
            continue;
        };
        if cx.removed.get(i).copied().unwrap_or(true) {
            continue;
        }
        let st = cx.stats.get(i).copied().unwrap_or_default();
        let p_like = match it.tag {
            "p" | "pre" | "td" => true,
            "div" | "section" | "article" => !st.block_child,
            "" => {
                // Loose text directly in a container that also has blocks.
                it.text.is_some()
                    && dom.items.get(it.parent).is_some_and(|p| {
                        matches!(p.tag, "div" | "section" | "article" | "main" | "td")
                    })
                    && cx.stats.get(it.parent).is_some_and(|p| p.block_child)
            }
            _ => false,
        };
        if !p_like || st.chars < 25 {
            continue;
        }
        let contrib = 1.0 + st.commas as f32 + (st.chars as f32 / 100.0).min(3.0);
        let mut anc = it.parent;
        let mut level = 0usize;
        while level < 5 && anc != usize::MAX {
            let Some(a) = dom.items.get(anc).copied() else {
                break;
            };
            if a.tag.is_empty() || a.tag == "html" {
                break;
            }
            if !is_cand.get(anc).copied().unwrap_or(true) {
                let v = init(&cx, anc);
                if let Some(s) = score.get_mut(anc) {
                    *s = v;
                }
                if let Some(c) = is_cand.get_mut(anc) {
                    *c = true;
                }
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(s) = score.get_mut(anc) {
                *s += contrib / div;
            }
            anc = a.parent;
            level += 1;
        }
    }
    let ld = |cx: &Ctx<'_, '_>, i: usize| -> f32 {
        let st = cx.stats.get(i).copied().unwrap_or_default();
        if st.chars == 0 {
            0.0
        } else {
            st.link_chars as f32 / st.chars as f32
        }
    };
    let mut top: Option<usize> = None;
    for i in 0..n {
        if !is_cand.get(i).copied().unwrap_or(false) {
            continue;
        }
        let f = score.get(i).copied().unwrap_or(0.0) * (1.0 - ld(&cx, i));
        if let Some(s) = score.get_mut(i) {
            *s = f;
        }
        if top.is_none_or(|t| f > score.get(t).copied().unwrap_or(0.0)) {
            top = Some(i);
        }
    }
    let Some(mut top) = top.or(dom.body) else {
        return Vec::new();
    };
    // When several near-top candidates share an ancestor, the article is split
    // into per-paragraph wrappers (cards, blocks): take the shared ancestor.
    {
        let top_score = score.get(top).copied().unwrap_or(0.0);
        let mut alts: Vec<usize> = (0..n)
            .filter(|&i| i != top && is_cand.get(i).copied().unwrap_or(false))
            .filter(|&i| score.get(i).copied().unwrap_or(0.0) >= 0.75 * top_score)
            .collect();
        alts.sort_by(|a, b| {
            let sa = score.get(*a).copied().unwrap_or(0.0);
            let sb = score.get(*b).copied().unwrap_or(0.0);
            sb.total_cmp(&sa)
        });
        alts.truncate(5);
        if alts.len() >= 3 {
            let mut a = dom.items.get(top).map(|it| it.parent).unwrap_or(usize::MAX);
            while a != usize::MAX && Some(a) != dom.body {
                let Some(ait) = dom.items.get(a).copied() else {
                    break;
                };
                let inside = alts.iter().filter(|&&c| c > a && c < ait.end).count();
                if inside >= 3 {
                    top = a;
                    break;
                }
                a = ait.parent;
            }
        }
    }
    // Climb while an ancestor scores better: the text is split across children.
    {
        let mut last = score.get(top).copied().unwrap_or(0.0);
        let threshold = last / 3.0;
        let mut p = dom.items.get(top).map(|it| it.parent).unwrap_or(usize::MAX);
        while p != usize::MAX && Some(p) != dom.body {
            let Some(pit) = dom.items.get(p).copied() else {
                break;
            };
            if pit.tag == "html" || pit.tag.is_empty() {
                break;
            }
            if !is_cand.get(p).copied().unwrap_or(false) {
                p = pit.parent;
                continue;
            }
            let ps = score.get(p).copied().unwrap_or(0.0);
            if ps < threshold {
                break;
            }
            if ps > last {
                top = p;
                break;
            }
            last = ps;
            p = pit.parent;
        }
    }
    // A lone child is no better than its parent.
    while let Some(p) = dom.items.get(top).map(|it| it.parent) {
        if Some(top) == dom.body
            || matches!(
                dom.items.get(p).map(|it| it.tag),
                Some("html" | "body") | None
            )
        {
            break;
        }
        if p == usize::MAX || Some(p) == dom.body || p == 0 {
            break;
        }
        let parent_chars = cx.stats.get(p).map(|s| s.chars).unwrap_or(0);
        let top_chars = cx.stats.get(top).map(|s| s.chars).unwrap_or(0);
        if parent_chars > top_chars {
            break;
        }
        top = p;
    }

    // 4. Siblings close to the top candidate.
    let top_score = score.get(top).copied().unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.attr(top, "class").unwrap_or_default();
    let mut roots = Vec::new();
    let parent = dom.items.get(top).map(|it| it.parent).unwrap_or(usize::MAX);
    if let Some(pit) = dom
        .items
        .get(parent)
        .copied()
        .filter(|_| Some(top) != dom.body)
    {
        let mut c = parent + 1;
        while c < pit.end {
            let Some(cit) = dom.items.get(c).copied() else {
                break;
            };
            let next = cit.end.max(c + 1);
            if c == top {
                roots.push(c);
            } else if !cx.removed.get(c).copied().unwrap_or(true) && !cit.tag.is_empty() {
                let mut bonus = 0.0;
                if !top_class.is_empty() && dom.attr(c, "class") == Some(top_class) {
                    bonus += top_score * 0.2;
                }
                let sc = score.get(c).copied().unwrap_or(0.0);
                let st = cx.stats.get(c).copied().unwrap_or_default();
                let density = ld(&cx, c);
                let keep = if is_cand.get(c).copied().unwrap_or(false) && sc + bonus >= threshold {
                    true
                } else if cit.tag == "p"
                    || (matches!(cit.tag, "div" | "section") && !st.block_child)
                {
                    (st.chars > 80 && density < 0.25)
                        || (st.chars > 0 && density == 0.0 && st.chars >= 40)
                } else {
                    false
                };
                if keep {
                    roots.push(c);
                }
            }
            c = next;
        }
    } else {
        roots.push(top);
    }

    // 5. Emit.
    let mut em = Emitter::new(
        source,
        dom.body
            .and_then(|b| body_offset(source, b, dom))
            .unwrap_or(0),
    );
    for r in roots {
        emit_subtree(&cx, r, &score, &mut em);
    }
    em.flush();
    em.blocks
        .into_iter()
        .filter(|b| {
            let chars = b.text.chars().count();
            // Link lists that survived cleaning: "Read more", "See also", tags.
            let link_list = chars > 0 && b.link_chars * 2 > chars && chars < 300;
            !(link_list || is_boilerplate_line(&b.text))
        })
        .collect()
}

fn body_offset(source: &[u8], _b: usize, _dom: &Dom<'_>) -> Option<usize> {
    let finder = memchr::memmem::Finder::new(b"<body");
    finder
        .find(source)
        .or_else(|| memchr::memmem::find(source, b"<BODY"))
}

fn is_boilerplate_line(t: &str) -> bool {
    let l = t.trim().to_ascii_lowercase();
    // Image credits left outside a <figure>: `Source: Supplied`, `Photo: AP`.
    let credit = [
        "source:",
        "photo:",
        "photos:",
        "image:",
        "picture:",
        "credit:",
        "photo credit:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && l.chars().count() < 60;
    credit
        || matches!(
            l.as_str(),
            "advertisement"
                | "advertisement:"
                | "ad"
                | "story continues below advertisement"
                | "continue reading below"
                | "share this article"
                | "share this story"
                | "share this"
                | "click to share"
                | "continue reading"
                | "advertisement - scroll to continue"
                | "share"
                | "share this:"
                | "related"
                | "related articles"
                | "read more"
                | "sponsored"
                | "skip to main content"
                | "comments"
                | "loading..."
                | "recommended"
        )
}

fn should_clean(cx: &Ctx<'_, '_>, i: usize, score: &[f32]) -> bool {
    let Some(it) = cx.dom.items.get(i).copied() else {
        return false;
    };
    if !matches!(
        it.tag,
        "div" | "section" | "ul" | "ol" | "table" | "form" | "fieldset" | "dl"
    ) {
        return false;
    }
    let weight = cx.weight(i) as f32;
    if weight + score.get(i).copied().unwrap_or(0.0) < 0.0 {
        return true;
    }
    let st = cx.stats.get(i).copied().unwrap_or_default();
    if st.commas >= 10 {
        return false;
    }
    let is_list = matches!(it.tag, "ul" | "ol" | "dl");
    let p = st.p as f32;
    let img = st.img as f32;
    let li = st.li as f32 - 100.0;
    let density = if st.chars == 0 {
        0.0
    } else {
        st.link_chars as f32 / st.chars as f32
    };
    (img > 1.0 && p / img < 0.5 && st.chars < 400)
        || (!is_list && li > p)
        || (st.input as f32 > p / 3.0)
        || (!is_list && st.chars < 25 && (st.img == 0 || st.img > 2) && !has_block_text(cx, i))
        || (!is_list && weight < 25.0 && density > 0.2 && st.chars < 2000 && density > 0.33)
        || (weight >= 25.0 && density > 0.5)
        || (is_list && density > 0.5)
}

fn has_block_text(cx: &Ctx<'_, '_>, i: usize) -> bool {
    // Short containers whose text is a heading are kept: subheads are often
    // wrapped in their own div.
    cx.stats.get(i).is_some_and(|s| s.text_block)
}

struct Emitter<'s> {
    source: &'s [u8],
    cursor: usize,
    blocks: Vec<RawBlock>,
    cur: RawBlock,
}

impl<'s> Emitter<'s> {
    fn new(source: &'s [u8], cursor: usize) -> Self {
        Emitter {
            source,
            cursor,
            blocks: Vec::new(),
            cur: RawBlock {
                kind: BlockKind::Paragraph,
                text: String::new(),
                map: Vec::new(),
                link_chars: 0,
            },
        }
    }

    fn flush(&mut self) {
        let trimmed_end = self.cur.text.trim_end().len();
        self.cur.text.truncate(trimmed_end);
        for m in &mut self.cur.map {
            if m.text_start + m.len > trimmed_end {
                m.len = trimmed_end.saturating_sub(m.text_start);
            }
        }
        self.cur.map.retain(|m| m.len > 0);
        if !self.cur.text.is_empty() {
            let kind = self.cur.kind;
            let b = std::mem::replace(
                &mut self.cur,
                RawBlock {
                    kind,
                    text: String::new(),
                    map: Vec::new(),
                    link_chars: 0,
                },
            );
            self.blocks.push(b);
        } else {
            self.cur.map.clear();
            self.cur.link_chars = 0;
        }
    }

    fn start(&mut self, kind: BlockKind) {
        self.flush();
        self.cur.kind = kind;
    }

    fn push_text(&mut self, t: &str, in_link: bool) {
        let start = self.cur.text.len();
        let mut piece = String::with_capacity(t.len());
        let mut prev_ws = self.cur.text.is_empty() || self.cur.text.ends_with(' ');
        for c in t.chars() {
            if c.is_ascii_whitespace() {
                if !prev_ws {
                    piece.push(' ');
                }
                prev_ws = true;
            } else {
                piece.push(c);
                prev_ws = false;
            }
        }
        if piece.is_empty() {
            return;
        }
        if in_link {
            self.cur.link_chars += piece.chars().count();
        }
        align(
            self.source,
            &mut self.cursor,
            &piece,
            start,
            &mut self.cur.map,
        );
        self.cur.text.push_str(&piece);
    }
}

const SEARCH_WINDOW: usize = 256 * 1024;

/// Maps `piece` (collapsed text of one text node, to be placed at `out_start`)
/// back to the HTML: finds a literal anchor from the start of the piece after
/// `cursor`, then walks both sides, splitting runs at entities and collapsed
/// whitespace so that every run maps exactly. A run the walk cannot follow (an
/// entity-decoded first character, a desync) is left unmapped.
fn align(
    src: &[u8],
    cursor: &mut usize,
    piece: &str,
    out_start: usize,
    map: &mut Vec<OffsetMapping>,
) {
    let pb = piece.as_bytes();
    let lead = pb.iter().take_while(|b| **b == b' ').count();
    // The anchor is the literal start of the piece: up to 24 ASCII bytes before
    // any character an entity could have produced; spaces are allowed (most
    // sources use single spaces), with the first word alone as a second try.
    let rest = pb.get(lead..).unwrap_or_default();
    let full = rest
        .iter()
        .take(24)
        .take_while(|b| **b != b'&' && **b != b'<' && b.is_ascii())
        .count();
    let first_word = rest.iter().take(full).take_while(|b| **b != b' ').count();
    let win_end = (*cursor).saturating_add(SEARCH_WINDOW).min(src.len());
    let Some(window) = src.get(*cursor..win_end) else {
        return;
    };
    let mut found = None;
    for len in [full, first_word] {
        if len < 2 || (len == first_word && len == full && found.is_some()) {
            continue;
        }
        if let Some(anchor) = rest.get(..len)
            && let Some(pos) = memchr::memmem::find(window, anchor)
        {
            found = Some(pos);
            break;
        }
    }
    let Some(pos) = found else { return };
    let mut s = *cursor + pos;
    let mut o = lead;
    let mut seg_o = o;
    let mut seg_s = s;
    let push = |map: &mut Vec<OffsetMapping>, seg_o: usize, seg_s: usize, o: usize| {
        if o > seg_o {
            map.push(OffsetMapping {
                text_start: out_start + seg_o,
                source_start: seg_s,
                len: o - seg_o,
            });
        }
    };
    while o < pb.len() {
        let (Some(&a), Some(&b)) = (pb.get(o), src.get(s)) else {
            break;
        };
        let entity = b == b'&'
            && src
                .get(s + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'#');
        if a == b && !entity {
            o += 1;
            s += 1;
            continue;
        }
        push(map, seg_o, seg_s, o);
        if a == b' ' && b.is_ascii_whitespace() {
            o += 1;
            while src.get(s).is_some_and(|c| c.is_ascii_whitespace()) {
                s += 1;
            }
        } else if b.is_ascii_whitespace() && o > 0 && pb.get(o - 1) == Some(&b' ') {
            while src.get(s).is_some_and(|c| c.is_ascii_whitespace()) {
                s += 1;
            }
        } else if entity {
            let semi = src
                .get(s..(s + 12).min(src.len()))
                .and_then(|w| memchr::memchr(b';', w));
            let Some(semi) = semi else { break };
            s += semi + 1;
            let clen = piece
                .get(o..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            o += clen;
        } else {
            seg_o = o;
            break;
        }
        seg_o = o;
        seg_s = s;
    }
    // Keep the last run on a char boundary of the piece.
    let mut end = o.min(pb.len());
    while end > seg_o && !piece.is_char_boundary(end) {
        end -= 1;
    }
    push(map, seg_o, seg_s, end);
    *cursor = s;
}

fn emit_subtree(cx: &Ctx<'_, '_>, root: usize, score: &[f32], em: &mut Emitter<'_>) {
    let dom = cx.dom;
    let Some(rit) = dom.items.get(root).copied() else {
        return;
    };
    // Ends of open block elements and of open links.
    let mut blocks: Vec<usize> = Vec::new();
    let mut link_end = 0usize;
    let mut i = root;
    em.start(BlockKind::Paragraph);
    while i < rit.end {
        while blocks.last().is_some_and(|&e| e <= i) {
            blocks.pop();
            em.start(BlockKind::Paragraph);
        }
        let Some(it) = dom.items.get(i).copied() else {
            break;
        };
        if cx.removed.get(i).copied().unwrap_or(true) || (i != root && should_clean(cx, i, score)) {
            i = it.end.max(i + 1);
            continue;
        }
        if let Some(t) = it.text {
            em.push_text(t, i < link_end);
        } else if it.tag == "br" {
            em.start(em.cur.kind);
        } else if !it.tag.is_empty() && is_block_tag(it.tag) {
            let kind = match it.tag {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                _ => BlockKind::Paragraph,
            };
            em.start(kind);
            blocks.push(it.end);
        } else if it.tag == "a" {
            link_end = link_end.max(it.end);
        }
        i += 1;
    }
    em.start(BlockKind::Paragraph);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn align_maps_entities_and_whitespace_exactly() {
        let src = b"<p>Tom &amp; Jerry\n   ran</p>";
        let piece = "Tom & Jerry ran";
        let mut map = Vec::new();
        let mut cur = 0;
        align(src, &mut cur, piece, 100, &mut map);
        for m in &map {
            let out = &piece[m.text_start - 100..m.text_start - 100 + m.len];
            let raw = std::str::from_utf8(&src[m.source_start..m.source_start + m.len]).unwrap();
            assert_eq!(out, raw);
        }
        assert_eq!(map.len(), 3, "{map:?}");
        assert!(cur > 20);
    }
}
