//! A flat, pre-order view of the parsed page: every pass over it is a loop over
//! a vector, so 10,000-deep nesting costs no stack.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::meta::PageMeta;

/// Element tags whose whole subtree never holds article text.
pub fn is_dropped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "nav"
            | "aside"
            | "footer"
            | "button"
            | "select"
            | "option"
            | "input"
            | "textarea"
            | "label"
            | "figure"
            | "figcaption"
            | "picture"
            | "video"
            | "audio"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "map"
            | "dialog"
            | "menu"
            | "source"
            | "track"
    )
}

/// Tags that start a new block of text.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "br"
            | "center"
            | "summary"
    )
}

/// One node of the flat view.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    /// Element local name, `""` for non-elements.
    pub tag: &'a str,
    /// Text content for text nodes.
    pub text: Option<&'a str>,
    /// Parent index (`usize::MAX` for the root).
    pub parent: usize,
    /// One past the last descendant, in pre-order.
    pub end: usize,
}

/// The flat view plus per-element attributes the scorer needs.
pub struct Dom<'a> {
    /// Nodes in pre-order.
    pub items: Vec<Item<'a>>,
    /// The element behind each item (None for text and others).
    pub elems: Vec<Option<&'a scraper::node::Element>>,
    /// Index of `<body>`, if any.
    pub body: Option<usize>,
}

impl<'a> Dom<'a> {
    /// Flattens `html` in one iterative traversal.
    pub fn new(html: &'a Html) -> Self {
        let mut items: Vec<Item<'a>> = Vec::with_capacity(1024);
        let mut elems = Vec::with_capacity(1024);
        let mut stack: Vec<usize> = Vec::new();
        let mut body = None;
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(n) => {
                    let idx = items.len();
                    let parent = stack.last().copied().unwrap_or(usize::MAX);
                    let (tag, text, el) = match n.value() {
                        Node::Element(e) => (e.name(), None, Some(e)),
                        Node::Text(t) => ("", Some(&*t.text), None),
                        _ => ("", None, None),
                    };
                    if tag == "body" && body.is_none() {
                        body = Some(idx);
                    }
                    items.push(Item {
                        tag,
                        text,
                        parent,
                        end: idx + 1,
                    });
                    elems.push(el);
                    stack.push(idx);
                }
                Edge::Close(_) => {
                    if let Some(idx) = stack.pop() {
                        let end = items.len();
                        if let Some(it) = items.get_mut(idx) {
                            it.end = end;
                        }
                    }
                }
            }
        }
        Dom { items, elems, body }
    }

    /// Attribute of element `i`.
    pub fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        self.elems
            .get(i)
            .copied()
            .flatten()
            .and_then(|e| e.attr(name))
    }

    /// Whitespace-collapsed text of the subtree at `i`, skipping dropped tags,
    /// capped at `cap` bytes.
    pub fn text_of(&self, i: usize, cap: usize) -> String {
        let mut out = String::new();
        let Some(end) = self.items.get(i).map(|it| it.end) else {
            return out;
        };
        let mut j = i + 1;
        while j < end {
            let Some(it) = self.items.get(j) else { break };
            if !it.tag.is_empty() && is_dropped_tag(it.tag) {
                j = it.end.max(j + 1);
                continue;
            }
            if it.tag == "br" && !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            if let Some(t) = it.text {
                for w in t.split_ascii_whitespace() {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                if t.ends_with(|c: char| c.is_ascii_whitespace()) && !out.is_empty() {
                    out.push(' ');
                }
            }
            if out.len() > cap {
                break;
            }
            j += 1;
        }
        out.trim().to_owned()
    }

    /// Raw text of the children of `i` (for `<script>` and `<title>`).
    pub fn raw_child_text(&self, i: usize) -> String {
        let mut out = String::new();
        let Some(end) = self.items.get(i).map(|it| it.end) else {
            return out;
        };
        for it in self.items.get(i + 1..end).unwrap_or_default() {
            if let Some(t) = it.text {
                out.push_str(t);
            }
        }
        out
    }

    /// Gathers the metadata material of the page.
    pub fn page_meta(&self) -> PageMeta {
        let mut pm = PageMeta::default();
        for (i, it) in self.items.iter().enumerate() {
            match it.tag {
                "title" if pm.title_tag.is_none() => {
                    let t = self.raw_child_text(i);
                    if !t.trim().is_empty() {
                        pm.title_tag = Some(t);
                    }
                }
                "meta" => {
                    let content = self.attr(i, "content").or_else(|| self.attr(i, "value"));
                    if let Some(c) = content {
                        for key in ["property", "name", "itemprop"] {
                            if let Some(k) = self.attr(i, key) {
                                // `property` may list several names.
                                for k in k.split_ascii_whitespace() {
                                    pm.metas.push((k.to_ascii_lowercase(), c.to_owned()));
                                }
                            }
                        }
                    }
                }
                "script"
                    if self
                        .attr(i, "type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                        && pm.jsonld.len() < 32 =>
                {
                    pm.jsonld.push(self.raw_child_text(i));
                }
                "h1" if pm.h1.is_none() => {
                    let t = self.text_of(i, 1000);
                    if !t.is_empty() {
                        pm.h1 = Some(t);
                    }
                }
                "time" => {
                    if let Some(dt) = self.attr(i, "datetime") {
                        let class = self
                            .attr(i, "class")
                            .unwrap_or_default()
                            .to_ascii_lowercase();
                        let is_pub = self.attr(i, "pubdate").is_some()
                            || self
                                .attr(i, "itemprop")
                                .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                            || class.contains("publish");
                        if pm.times.len() < 16 {
                            pm.times.push((dt.to_owned(), is_pub));
                        }
                    }
                }
                _ => {}
            }
            if !it.tag.is_empty() && it.tag != "meta" && it.tag != "link" {
                // Microdata outside <meta>: itemprop=datePublished on any element.
                if let Some(p) = self.attr(i, "itemprop") {
                    let p = p.to_ascii_lowercase();
                    if p == "datepublished" || p == "datemodified" {
                        if let Some(v) =
                            self.attr(i, "content").or_else(|| self.attr(i, "datetime"))
                        {
                            pm.metas.push((p, v.to_owned()));
                        }
                    } else if p.contains("author") && pm.byline_texts.len() < 8 {
                        pm.byline_texts.push(self.text_of(i, 200));
                    }
                }
                if pm.byline_texts.len() < 8 {
                    let rel_author = self
                        .attr(i, "rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("author"));
                    let named = |v: Option<&str>| {
                        v.is_some_and(|v| {
                            contains_ci(v, "byline")
                                || (contains_ci(v, "author") && !contains_ci(v, "bio"))
                        })
                    };
                    if rel_author || named(self.attr(i, "class")) || named(self.attr(i, "id")) {
                        let t = self.text_of(i, 200);
                        if !t.is_empty() && t.len() < 200 {
                            pm.byline_texts.push(t);
                        }
                    }
                }
            }
        }
        pm
    }
}

/// ASCII case-insensitive substring test without allocating.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}
