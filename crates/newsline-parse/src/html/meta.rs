//! Page metadata: JSON-LD, `<meta>` tags, `<time>`, `<h1>` and `<title>`.
//!
//! Precedence, strongest first (each field is resolved on its own, so a page can
//! take its headline from JSON-LD and its section from `<meta>`):
//!
//! 1. JSON-LD: the first `NewsArticle`/`Article`/`BlogPosting`-like object, found
//!    at top level, in an array or inside `@graph` (source `json-ld`).
//! 2. OpenGraph and `article:*` properties (`og:title`, `article:published_time`,
//!    `article:author`, `article:section`, `og:site_name`) (source `meta`).
//! 3. Other `<meta>` names: `parsely-*`, `sailthru.*`, `dc.*`, `author`, `byl`,
//!    `date`, `pubdate`, itemprop microdata (source `meta`).
//! 4. The page itself: `<time datetime>`, a byline element, `<h1>`, and the
//!    `<title>` cleaned of the site name (source `text`).
//!
//! Whatever its source, a headline that starts or ends with the publisher's own
//! name behind a separator (`Headline | eHow`) loses it: the field is the
//! article's headline, not the page title. (Readability's expected titles keep
//! such suffixes; `cargo xtask eval html` reports both counts.)
//!
//! JSON-LD wins because publishers fill it for search engines and it is the most
//! carefully kept; OpenGraph comes next because social previews make it visible
//! when it is wrong; loose `<meta>` names are often left over from templates.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::date::{Precision, parse_meta_date};

/// Where a metadata value was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldSource {
    /// A JSON-LD object.
    JsonLd,
    /// A `<meta>` tag or microdata attribute.
    Meta,
    /// The visible page (`<title>`, `<h1>`, `<time>`, a byline element).
    Text,
}

impl FieldSource {
    /// The name used in `Metadata::field_sources`.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldSource::JsonLd => "json-ld",
            FieldSource::Meta => "meta",
            FieldSource::Text => "text",
        }
    }
}

/// Raw metadata material gathered in one pass over the page.
#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    /// `<title>` text.
    pub title_tag: Option<String>,
    /// `(key, content)` of `<meta>` tags and microdata, key lower-cased; the key is
    /// the `property`, `name` or `itemprop` attribute.
    pub metas: Vec<(String, String)>,
    /// Bodies of `<script type="application/ld+json">`.
    pub jsonld: Vec<String>,
    /// Text of the first `<h1>`.
    pub h1: Option<String>,
    /// `datetime` of `<time>` elements, marked true when the element says it is the
    /// publication time (`pubdate`, `itemprop=datePublished`, a class with
    /// `publish`).
    pub times: Vec<(String, bool)>,
    /// Text of elements that look like a byline (`rel=author`, `itemprop=author`,
    /// class or id with `byline`/`author`).
    pub byline_texts: Vec<String>,
}

/// Metadata resolved by precedence.
#[derive(Debug, Default, Clone)]
pub struct Resolved {
    /// Headline.
    pub headline: Option<(String, FieldSource)>,
    /// First publication.
    pub published: Option<(DateTime<FixedOffset>, FieldSource)>,
    /// Latest update.
    pub updated: Option<(DateTime<FixedOffset>, FieldSource)>,
    /// Author names.
    pub authors: Option<(Vec<String>, FieldSource)>,
    /// Section.
    pub section: Option<(String, FieldSource)>,
    /// Publisher / site name.
    pub publisher: Option<(String, FieldSource)>,
    /// JSON-LD blocks that did not parse.
    pub bad_jsonld: usize,
}

/// What one JSON-LD article object says.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LdArticle {
    /// `headline`.
    pub headline: Option<String>,
    /// `name`, which some sites (Wikipedia) fill with the title while
    /// `headline` holds a description.
    pub name: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `dateModified`.
    pub modified: Option<String>,
    /// `author` names.
    pub authors: Vec<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `articleSection` (first when a list).
    pub section: Option<String>,
}

const MAX_LD_NODES: usize = 10_000;

fn type_is_article(v: &Value) -> bool {
    let one = |s: &str| {
        let s = s.rsplit('/').next().unwrap_or(s);
        s.ends_with("Article") || s.ends_with("BlogPosting") || s == "Report"
    };
    match v {
        Value::String(s) => one(s),
        Value::Array(a) => a.iter().any(|x| x.as_str().is_some_and(one)),
        _ => false,
    }
}

fn clean_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(clean_ws(&decode_basic_entities(s))).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("name")).or_else(|| str_of(o.get("@value"))),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Decodes the five XML entities, `&nbsp;` and numeric character references
/// (`&#8217;`, `&#xE9;`); anything else after `&` stays as written. JSON-LD
/// strings sometimes carry them, and TimeML text always does.
pub fn decode_basic_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i..).unwrap_or_default();
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = after.get(1..e)?;
            let c = match name {
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                "lt" => '<',
                "gt" => '>',
                "nbsp" => '\u{a0}',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = after.get(len..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn authors_of(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(v) = v else { return out };
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for it in items.into_iter().take(32) {
        let name = match it {
            Value::String(s) => Some(clean_ws(s)),
            Value::Object(o) => str_of(o.get("name")),
            _ => None,
        };
        if let Some(n) = name
            && !n.is_empty()
            && !looks_like_url(&n)
            && !out.contains(&n)
        {
            out.push(n);
        }
    }
    out
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("www.")
        || s.starts_with('/')
}

fn ld_from_object(o: &serde_json::Map<String, Value>) -> LdArticle {
    LdArticle {
        headline: str_of(o.get("headline")),
        name: o
            .get("name")
            .and_then(|v| v.as_str())
            .map(clean_ws)
            .filter(|s| !s.is_empty()),
        published: str_of(o.get("datePublished")).or_else(|| str_of(o.get("dateCreated"))),
        modified: str_of(o.get("dateModified")),
        authors: authors_of(o.get("author").or_else(|| o.get("creator"))),
        publisher: o.get("publisher").and_then(|p| match p {
            Value::String(s) => Some(clean_ws(s)),
            other => str_of(Some(other)),
        }),
        section: str_of(o.get("articleSection")),
    }
}

/// Finds the article object in parsed JSON-LD values: the first object typed as
/// an article anywhere (top level, arrays, `@graph`, `mainEntity`), searched
/// breadth-first and iteratively so hostile nesting cannot overflow the stack.
pub fn find_ld_article(values: &[Value]) -> Option<LdArticle> {
    let mut queue: std::collections::VecDeque<&Value> = values.iter().collect();
    let mut fallback: Option<LdArticle> = None;
    let mut seen = 0usize;
    while let Some(v) = queue.pop_front() {
        seen += 1;
        if seen > MAX_LD_NODES {
            break;
        }
        match v {
            Value::Array(a) => queue.extend(a.iter()),
            Value::Object(o) => {
                if o.get("@type").is_some_and(type_is_article) {
                    return Some(ld_from_object(o));
                }
                if fallback.is_none() && o.contains_key("headline") {
                    fallback = Some(ld_from_object(o));
                }
                for (k, child) in o {
                    if matches!(
                        k.as_str(),
                        "@graph" | "mainEntity" | "mainEntityOfPage" | "itemListElement"
                    ) || matches!(child, Value::Array(_))
                    {
                        queue.push_back(child);
                    }
                }
            }
            _ => {}
        }
    }
    fallback
}

/// Parses the body of a JSON-LD script, tolerating the wrappers pages put round
/// it (`<!--`, `CDATA`) and trailing semicolons.
pub fn parse_ld(body: &str) -> Option<Value> {
    let mut s = body.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = s.strip_prefix(open) {
            s = inner.trim();
            if let Some(inner) = s.strip_suffix(close) {
                s = inner.trim();
            }
        }
    }
    let s = s.trim_end_matches(';').trim();
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return Some(v);
    }
    // Raw control characters inside strings are a common publisher mistake.
    if s.bytes()
        .any(|b| b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t')
        || s.contains('\n')
    {
        let cleaned: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        return serde_json::from_str::<Value>(&cleaned).ok();
    }
    None
}

fn meta_get<'a>(metas: &'a [(String, String)], keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        metas
            .iter()
            .find(|(mk, v)| mk == k && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    })
}

const OG_TITLE: &[&str] = &["og:title"];
const OTHER_TITLE: &[&str] = &[
    "dc.title",
    "dcterms.title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "headline",
];
const OG_PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
];
const OTHER_PUBLISHED: &[&str] = &[
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "date",
    "article.published",
    "cxenseparse:recs:publishtime",
];
const OG_MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "article:modified",
];
const OTHER_MODIFIED: &[&str] = &[
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
];
const OG_AUTHOR: &[&str] = &["article:author"];
const OTHER_AUTHOR: &[&str] = &[
    "author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
];
const OG_SECTION: &[&str] = &["article:section"];
const OTHER_SECTION: &[&str] = &[
    "parsely-section",
    "section",
    "article-section",
    "articlesection",
];
const OG_PUBLISHER: &[&str] = &["og:site_name"];
const OTHER_PUBLISHER: &[&str] = &[
    "application-name",
    "dc.publisher",
    "publisher",
    "dcterms.publisher",
];

/// Splits a byline string into names: strips `By`, splits on `and`, `&`, `,`
/// and `;`.
pub fn split_authors(raw: &str) -> Vec<String> {
    let s = clean_ws(raw);
    let mut s = s.as_str();
    for p in [
        "By ",
        "by ",
        "BY ",
        "Written by ",
        "Posted by ",
        "Words by ",
    ] {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
            break;
        }
    }
    let mut out = Vec::new();
    for part in s.split([',', ';', '|']) {
        for name in part.split(" and ").flat_map(|x| x.split(" & ")) {
            let n = name
                .trim()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
            if !n.is_empty()
                && n.chars().count() <= 80
                && !looks_like_url(n)
                && !out.iter().any(|o: &String| o == n)
            {
                out.push(n.to_owned());
            }
        }
    }
    out
}

fn date_from(
    metas: &[(String, String)],
    keys: &[&str],
) -> Option<(DateTime<FixedOffset>, Precision)> {
    keys.iter().find_map(|k| {
        metas
            .iter()
            .filter(|(mk, _)| mk == k)
            .find_map(|(_, v)| parse_meta_date(v))
    })
}

/// Resolves every field by the precedence in the module docs.
pub fn resolve(page: &PageMeta) -> Resolved {
    let mut r = Resolved::default();
    let mut values = Vec::new();
    for body in &page.jsonld {
        match parse_ld(body) {
            Some(v) => values.push(v),
            None => r.bad_jsonld += 1,
        }
    }
    let ld = find_ld_article(&values).unwrap_or_default();
    let m = &page.metas;

    // Headline. When JSON-LD has both `name` and `headline` and they differ, the
    // headline wins only if it resembles the <title> and the name does not.
    let title_tag = page.title_tag.as_deref().map(clean_ws).unwrap_or_default();
    let ld_title = match (&ld.headline, &ld.name) {
        (Some(h), Some(n)) if h != n => {
            if similarity(h, &title_tag) > 0.75 && similarity(n, &title_tag) <= 0.75 {
                Some(h.clone())
            } else {
                Some(n.clone())
            }
        }
        (Some(h), _) => Some(h.clone()),
        (None, Some(n)) => Some(n.clone()),
        (None, None) => None,
    };
    r.headline = ld_title
        .map(|h| (h, FieldSource::JsonLd))
        .or_else(|| meta_get(m, OG_TITLE).map(|t| (clean_ws(t), FieldSource::Meta)))
        .or_else(|| meta_get(m, OTHER_TITLE).map(|t| (clean_ws(t), FieldSource::Meta)))
        .or_else(|| {
            let title = page
                .title_tag
                .as_deref()
                .map(clean_ws)
                .filter(|t| !t.is_empty());
            let h1 = page.h1.as_deref().map(clean_ws).filter(|t| !t.is_empty());
            match (title, h1) {
                (Some(t), h1) => Some((clean_title(&t, h1.as_deref()), FieldSource::Text)),
                (None, Some(h)) => Some((h, FieldSource::Text)),
                (None, None) => None,
            }
        });

    // Times: a fuller value from a weaker source does not beat a stronger one,
    // except that a date-only JSON-LD value is refined by a meta value on the
    // same day.
    let ld_pub = ld.published.as_deref().and_then(parse_meta_date);
    let og_pub = date_from(m, OG_PUBLISHED);
    let other_pub = date_from(m, OTHER_PUBLISHED);
    let time_pub = page
        .times
        .iter()
        .filter(|(_, is_pub)| *is_pub)
        .chain(page.times.iter().filter(|(_, is_pub)| !*is_pub))
        .find_map(|(v, _)| parse_meta_date(v));
    r.published = pick_date([
        ld_pub.map(|d| (d, FieldSource::JsonLd)),
        og_pub.map(|d| (d, FieldSource::Meta)),
        other_pub.map(|d| (d, FieldSource::Meta)),
        time_pub.map(|d| (d, FieldSource::Text)),
    ]);
    let ld_mod = ld.modified.as_deref().and_then(parse_meta_date);
    r.updated = pick_date([
        ld_mod.map(|d| (d, FieldSource::JsonLd)),
        date_from(m, OG_MODIFIED).map(|d| (d, FieldSource::Meta)),
        date_from(m, OTHER_MODIFIED).map(|d| (d, FieldSource::Meta)),
        None,
    ]);

    // Authors.
    let meta_authors = |keys: &[&str]| -> Option<Vec<String>> {
        keys.iter().find_map(|k| {
            let names: Vec<String> = m
                .iter()
                .filter(|(mk, v)| mk == k && !looks_like_url(v.trim()))
                .flat_map(|(_, v)| split_authors(v))
                .collect();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            (!uniq.is_empty()).then_some(uniq)
        })
    };
    r.authors = (!ld.authors.is_empty())
        .then(|| (ld.authors.clone(), FieldSource::JsonLd))
        .or_else(|| meta_authors(OG_AUTHOR).map(|a| (a, FieldSource::Meta)))
        .or_else(|| meta_authors(OTHER_AUTHOR).map(|a| (a, FieldSource::Meta)))
        .or_else(|| {
            page.byline_texts
                .iter()
                .map(|t| clean_ws(t))
                .filter(|t| !t.is_empty() && t.chars().count() < 100)
                .map(|t| split_authors(&t))
                .find(|a| !a.is_empty() && a.iter().all(|n| plausible_name(n)))
                .map(|a| (a, FieldSource::Text))
        });

    r.section = ld
        .section
        .clone()
        .map(|s| (s, FieldSource::JsonLd))
        .or_else(|| meta_get(m, OG_SECTION).map(|s| (clean_ws(s), FieldSource::Meta)))
        .or_else(|| meta_get(m, OTHER_SECTION).map(|s| (clean_ws(s), FieldSource::Meta)));
    r.publisher = ld
        .publisher
        .clone()
        .map(|s| (s, FieldSource::JsonLd))
        .or_else(|| meta_get(m, OG_PUBLISHER).map(|s| (clean_ws(s), FieldSource::Meta)))
        .or_else(|| meta_get(m, OTHER_PUBLISHER).map(|s| (clean_ws(s), FieldSource::Meta)));
    // A headline that ends (or starts) with the publisher's own name carries the
    // site name: strip it when the publisher is known, whatever the source.
    if let (Some((h, src)), Some((site, _))) = (&r.headline, &r.publisher) {
        let stripped = strip_site(h, site);
        if stripped != *h {
            r.headline = Some((stripped, *src));
        }
    }
    // Blog platforms (Medium, Substack) title pages "Headline - Author - Site":
    // once the site is gone the author's name is debris of the same kind.
    if let (Some((h, src)), Some((authors, _))) = (&r.headline, &r.authors)
        && let Some(stripped) = authors.iter().map(|a| strip_site(h, a)).find(|s| s != h)
    {
        r.headline = Some((stripped, *src));
    }
    r
}

/// Removes `site` from either end of `title` when a separator sets it apart.
pub fn strip_site(title: &str, site: &str) -> String {
    let ns = norm(site);
    if ns.is_empty() {
        return title.to_owned();
    }
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && norm(tail) == ns
            && words(head) >= 2
        {
            return head.trim().to_owned();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && norm(head) == ns
            && words(tail) >= 2
        {
            return tail.trim().to_owned();
        }
    }
    title.to_owned()
}

/// Share of `b`'s tokens (by length) that also occur in `a`.
fn similarity(a: &str, b: &str) -> f32 {
    let ta: Vec<String> = norm(a).split(' ').map(str::to_owned).collect();
    let tb: Vec<String> = norm(b)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    if tb.is_empty() {
        return 0.0;
    }
    let total: usize = tb.iter().map(String::len).sum::<usize>() + tb.len() - 1;
    let uniq: Vec<&String> = tb.iter().filter(|t| !ta.contains(t)).collect();
    let ulen: usize = uniq.iter().map(|t| t.len()).sum::<usize>() + uniq.len().saturating_sub(1);
    1.0 - ulen as f32 / total.max(1) as f32
}

/// A byline name from page text: a few words, starting with a capital letter.
fn plausible_name(n: &str) -> bool {
    let w = n.split_whitespace().count();
    (1..=5).contains(&w)
        && n.chars().next().is_some_and(char::is_uppercase)
        && !n.chars().any(|c| c.is_ascii_digit())
}

type DateCand = Option<((DateTime<FixedOffset>, Precision), FieldSource)>;

fn pick_date(cands: [DateCand; 4]) -> Option<(DateTime<FixedOffset>, FieldSource)> {
    let mut it = cands.into_iter().flatten();
    let ((first, prec), src) = it.next()?;
    if prec == Precision::Full {
        return Some((first, src));
    }
    // Refine a date-only or zone-less value with a later source for the same day.
    for ((d, p), _) in it {
        if p == Precision::Full && d.date_naive() == first.date_naive() {
            return Some((d, src));
        }
    }
    Some((first, src))
}

const SEPARATORS: &[&str] = &[
    " | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / ", " \\ ",
];

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Removes the site name from a `<title>`: when the `<h1>` is one of the parts
/// the title splits into, that part wins; otherwise the part before the last
/// separator is kept when it has at least three words, else the part after the
/// first separator; a result of four words or fewer falls back to the whole
/// title, because short parts are more often a section than a headline.
pub fn clean_title(title: &str, h1: Option<&str>) -> String {
    let title = clean_ws(title);
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(**s)) else {
        return title;
    };
    if let Some(h) = h1 {
        let nh = norm(h);
        let parts: Vec<&str> = title.split(sep).collect();
        let last_is_h1 = parts.last().is_some_and(|p| norm(p) == nh);
        if !nh.is_empty() && !last_is_h1 && parts.iter().any(|p| norm(p) == nh) {
            return clean_ws(h);
        }
    }
    let mut cur = title
        .rsplit_once(sep)
        .map(|(a, _)| a.to_owned())
        .unwrap_or_default();
    if words(&cur) < 3 {
        cur = title
            .split_once(sep)
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
    }
    let cur = cur.trim().to_owned();
    if words(&cur) <= 4 { title } else { cur }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(metas: &[(&str, &str)], ld: &[&str]) -> PageMeta {
        PageMeta {
            metas: metas
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            jsonld: ld.iter().map(|s| (*s).to_owned()).collect(),
            ..PageMeta::default()
        }
    }

    #[test]
    fn jsonld_beats_og_beats_other_meta_beats_title() {
        let mut p = page(
            &[("og:title", "OG title"), ("twitter:title", "Tw title")],
            &[r#"{"@type":"NewsArticle","headline":"LD title"}"#],
        );
        p.title_tag = Some("Tag title here right now | Site".into());
        let r = resolve(&p);
        assert_eq!(r.headline, Some(("LD title".into(), FieldSource::JsonLd)));
        p.jsonld.clear();
        assert_eq!(
            resolve(&p).headline,
            Some(("OG title".into(), FieldSource::Meta))
        );
        p.metas.remove(0);
        assert_eq!(
            resolve(&p).headline,
            Some(("Tw title".into(), FieldSource::Meta))
        );
        p.metas.clear();
        assert_eq!(
            resolve(&p).headline,
            Some(("Tag title here right now".into(), FieldSource::Text))
        );
    }

    #[test]
    fn date_precedence_and_time_fallback() {
        let mut p = page(
            &[
                ("article:published_time", "2020-01-02T03:04:05Z"),
                ("parsely-pub-date", "2021-01-01T00:00:00Z"),
            ],
            &[],
        );
        p.times.push(("2022-05-05".into(), false));
        let r = resolve(&p);
        assert_eq!(
            r.published.unwrap().0.to_rfc3339(),
            "2020-01-02T03:04:05+00:00"
        );
        p.metas.clear();
        let r = resolve(&p);
        assert_eq!(
            r.published.unwrap(),
            (parse_meta_date("2022-05-05").unwrap().0, FieldSource::Text)
        );
    }

    #[test]
    fn date_only_ld_refined_by_meta_same_day() {
        let p = page(
            &[("article:published_time", "2020-01-02T03:04:05-05:00")],
            &[r#"{"@type":"Article","datePublished":"2020-01-02"}"#],
        );
        let (d, src) = resolve(&p).published.unwrap();
        assert_eq!(d.to_rfc3339(), "2020-01-02T03:04:05-05:00");
        assert_eq!(src, FieldSource::JsonLd);
    }

    #[test]
    fn jsonld_variants() {
        let graph = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
            {"@type":["ReportageNewsArticle"],"headline":"G &amp; H","author":[{"@type":"Person","name":"A B"},"C D"],
             "publisher":{"@type":"Organization","name":"Pub"},"articleSection":["World","Asia"],
             "datePublished":"2021-03-04T05:06:07+09:00","dateModified":"2021-03-05T00:00:00Z"}]}"#;
        let v = parse_ld(graph).unwrap();
        let a = find_ld_article(&[v]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("G & H"));
        assert_eq!(a.authors, vec!["A B".to_owned(), "C D".to_owned()]);
        assert_eq!(a.publisher.as_deref(), Some("Pub"));
        assert_eq!(a.section.as_deref(), Some("World"));
        let arr = r#"<!-- [{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Post","author":{"name":"Solo"}}] -->"#;
        let a = find_ld_article(&[parse_ld(arr).unwrap()]).unwrap();
        assert_eq!(a.authors, vec!["Solo".to_owned()]);
        let s = r#"{"@type":"NewsArticle","author":"Jane Roe","publisher":"Daily"}"#;
        let a = find_ld_article(&[parse_ld(s).unwrap()]).unwrap();
        assert_eq!(a.authors, vec!["Jane Roe".to_owned()]);
        assert_eq!(a.publisher.as_deref(), Some("Daily"));
        assert!(parse_ld("{not json").is_none());
    }

    #[test]
    fn title_cleaning() {
        assert_eq!(
            clean_title("Markets fall as rates rise | The Daily", None),
            "Markets fall as rates rise"
        );
        assert_eq!(
            clean_title("World | Markets fall as rates rise sharply", None),
            "Markets fall as rates rise sharply"
        );
        assert_eq!(
            clean_title("Markets fall - Business - Site", Some("Markets fall")),
            "Markets fall"
        );
        // Too short after cleaning: keep the whole title.
        assert_eq!(clean_title("Short one | Site", None), "Short one | Site");
        assert_eq!(clean_title("No separator here", None), "No separator here");
    }

    #[test]
    fn author_name_stripped_from_a_blog_title() {
        let p = page(
            &[
                ("og:title", "Samantha and the lie - Jo Welch - Medium"),
                ("og:site_name", "Medium"),
                ("author", "Jo Welch"),
            ],
            &[],
        );
        assert_eq!(
            resolve(&p).headline,
            Some(("Samantha and the lie".into(), FieldSource::Meta))
        );
    }

    #[test]
    fn site_name_stripped_from_any_title() {
        assert_eq!(
            strip_site("Storm hits coast | The Daily", "The Daily"),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site("The Daily - Storm hits coast", "The Daily"),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site("Storm hits coast", "The Daily"),
            "Storm hits coast"
        );
        let p = page(
            &[
                ("og:title", "Storm hits coast | The Daily"),
                ("og:site_name", "The Daily"),
            ],
            &[],
        );
        assert_eq!(
            resolve(&p).headline,
            Some(("Storm hits coast".into(), FieldSource::Meta))
        );
    }

    #[test]
    fn author_splitting() {
        assert_eq!(
            split_authors("By Jane Roe and John Doe"),
            vec!["Jane Roe", "John Doe"]
        );
        assert_eq!(split_authors("A, B & C"), vec!["A", "B", "C"]);
        let p = page(
            &[
                ("article:author", "https://x.com/jane"),
                ("author", "Jane Roe"),
            ],
            &[],
        );
        assert_eq!(
            resolve(&p).authors,
            Some((vec!["Jane Roe".to_owned()], FieldSource::Meta))
        );
    }
}
