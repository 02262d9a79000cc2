//! Recognition of English time expressions.
//!
//! The scanner walks the text word by word and runs the nom grammar only where a
//! word could start a time expression (a digit, a month or weekday name, a unit,
//! a determiner or modifier that can lead one). Each match becomes a
//! [`Timex`] with its span, its text and a symbolic [`TimexReading`]; the value
//! is left empty for the time stage to resolve against the document creation
//! time. Recognition never looks at a calendar: `Monday` reads as
//! `Weekday { day: 1 }` here, and only normalization knows which Monday.

mod game;
mod grammar;
mod lexicon;

use newsline_model::reading::{RefPoint, TimexReading};
use newsline_model::{BlockKind, Document, Span, Timex, TimexType};

use grammar::{Ctx, Grammar};

/// Finds the time expressions of `doc.text` and pushes them, with their symbolic
/// reading and no value yet, into `doc.timexes` (replacing any found before).
///
/// A timex inside the article's timestamp line gets `function: CREATION_TIME`.
pub fn recognize_timexes(doc: &mut Document) {
    let found = scan(&doc.text);
    let stamps: Vec<Span> = doc
        .blocks_of(BlockKind::Timestamp)
        .chain(doc.document.timestamps.iter().map(|t| t.span))
        .collect();
    doc.timexes = found
        .into_iter()
        .enumerate()
        .map(|(k, (span, reading))| {
            let function = stamps
                .iter()
                .any(|s| s.overlaps(&span))
                .then(|| "CREATION_TIME".to_owned());
            let found = Timex::new(
                format!("t{}", k + 1),
                span,
                doc.slice(span).to_owned(),
                default_type(&reading),
            );
            Timex {
                function,
                reading: Some(reading),
                ..found
            }
        })
        .collect();
}

/// Finds time expressions in `text`: spans (UTF-8 byte offsets, on char
/// boundaries) with their readings, in text order, never overlapping.
pub fn scan(text: &str) -> Vec<(Span, TimexReading)> {
    let lenient = !text.bytes().any(|b| b.is_ascii_uppercase());
    let mut out = Vec::new();
    let mut prev_word: &str = "";
    let mut words_before = 0usize;
    let mut skip_to = 0usize;
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    // Word starts are found on bytes: the first ASCII letter or digit of a run
    // of them. Time words are ASCII, so non-ASCII letters only act as
    // separators, except that a word glued to a non-ASCII letter (`Café2019`)
    // is skipped.
    while let Some(offset) = bytes.get(pos..).and_then(first_alnum) {
        pos += offset;
        let word_len = bytes.get(pos..).map_or(0, alnum_run);
        let before = || text.get(..pos).and_then(|t| t.chars().next_back());
        // the byte before a run is never an ASCII letter or digit: only a
        // letter outside ASCII glues the word to the one before
        let glued = || {
            pos.checked_sub(1)
                .and_then(|k| bytes.get(k))
                .is_some_and(|b| !b.is_ascii())
                && before().is_some_and(char::is_alphanumeric)
        };
        // the digits after a decimal point are a fraction, no time's start
        // (`fell 2.45 to 1,200` is no quarter to one), and one or two after a
        // number and a slash the rest of that number (`21/03/2013`; a
        // four-digit year after a slash is a year: `2019/2020`)
        let fraction = || {
            let short = word_len <= 2;
            bytes.get(pos).is_some_and(u8::is_ascii_digit)
                && pos
                    .checked_sub(2)
                    .and_then(|k| bytes.get(k..pos))
                    .is_some_and(|b| match b {
                        [d, b'.'] => d.is_ascii_digit(),
                        [d, b'/'] => d.is_ascii_digit() && short,
                        _ => false,
                    })
        };
        if pos < skip_to || glued() || fraction() {
            words_before += 1;
            pos += word_len;
            continue;
        }
        let Some(rest) = text.get(pos..) else {
            break;
        };
        let word = rest.get(..word_len).unwrap_or_default();
        let trigger = match trigger_kind(word) {
            Some(true) => grammar_word_next(rest, word_len) && strong_ahead(rest, word_len),
            Some(false) => !never_alone(word) || grammar_word_next(rest, word_len),
            None => false,
        };
        if trigger && !inside_url(text, pos) {
            let g = Grammar {
                ctx: Ctx {
                    lenient,
                    prev: prev_word,
                    prev_char: before(),
                    lone: words_before <= 1,
                },
            };
            if let Ok((remaining, reading)) = g.expr(rest) {
                let consumed = rest.len() - remaining.len();
                let matched = rest.get(..consumed).unwrap_or_default();
                let trimmed = matched
                    .trim_end_matches(|ch: char| ch.is_whitespace() || ch == ',' || ch == '\u{a0}');
                let after = rest.get(trimmed.len()..).unwrap_or_default();
                if !trimmed.is_empty()
                    && accept(trimmed, &reading, prev_word, after)
                    && !possessive_generic(after, &reading)
                    && !capitalized_after_name(text, pos, trimmed, &reading)
                    && !first_part_of_compound(after, &reading)
                {
                    let start = clipped_decade_start(
                        text,
                        article_before_part(text, pos, trimmed),
                        trimmed,
                    );
                    let span = Span::new(start, pos + trimmed.len());
                    skip_to = span.end;
                    let reading = if some_future_day(text, pos, trimmed, after) {
                        TimexReading::Ref {
                            point: RefPoint::Future,
                        }
                    } else {
                        year_of_the_attacks(trimmed, after, reading)
                    };
                    out.push((span, reading));
                }
            }
        }
        prev_word = word;
        words_before += 1;
        pos += word_len;
    }
    keep_periods_of_quarters(text, &mut out);
    game::drop_game_times(text, &mut out);
    add_second_days_of_pairs(text, &mut out);
    join_times_of_relative_years(text, &mut out);
    out
}

/// `May 5 last year`, `the summer of last year`, `Christmas next year`: a day,
/// season or holiday with no year of its own, followed by `last year` or `next
/// year`, names that time inside that year, one timex as TimeML marks `June
/// last year`. Read apart, the first would take the year by tense (`May 5`
/// said in November is this year's) and the year would stand alone. `this
/// year` adds nothing the tense would not give, and a clause break between
/// them (`on May 5. Last year, …`) keeps them apart.
fn join_times_of_relative_years(text: &str, found: &mut Vec<(Span, TimexReading)>) {
    let mut k = 0;
    while k + 1 < found.len() {
        let (Some((first, inner)), Some((second, year))) = (found.get(k), found.get(k + 1)) else {
            break;
        };
        let yearless = matches!(
            inner,
            TimexReading::Calendar {
                year: None,
                month: Some(_),
                day: Some(_),
                shift: None,
            } | TimexReading::Season {
                year: None,
                shift: None,
                ..
            } | TimexReading::Holiday {
                year: None,
                shift: None,
                ..
            }
        );
        let shift = match year {
            TimexReading::Relative {
                unit: newsline_model::reading::TimeUnit::Year,
                shift: shift @ (-1 | 1),
                anchor: newsline_model::reading::Anchor::Dct,
            } => Some(*shift),
            _ => None,
        };
        let between = text.get(first.end..second.start).unwrap_or_default();
        let joined = matches!(between, " " | ", ") || between.eq_ignore_ascii_case(" of ");
        let bare_year = text
            .get(second.start..second.end)
            .and_then(|w| w.split_once(' '))
            .is_some_and(|(head, tail)| {
                one_of(head, &["last", "next"]) && tail.eq_ignore_ascii_case("year")
            });
        if let Some(shift) = shift
            && yearless
            && joined
            && bare_year
        {
            let span = Span::new(first.start, second.end);
            let reading = grammar::within_relative_year(inner.clone(), shift);
            found.splice(k..k + 2, [(span, reading)]);
        }
        k += 1;
    }
}

/// `will one day lead`, `hopes to one day buy`: `one day` between a modal
/// (or the `to` of a split infinitive) and its verb is some day to come, not
/// a length of a day. `for one day`, `up to one day of talks`, `one day later`
/// keep their readings.
fn some_future_day(text: &str, start: usize, matched: &str, after: &str) -> bool {
    const MODALS: &[&str] = &[
        "will", "would", "may", "might", "could", "can", "shall", "should", "must", "to", "ll",
    ];
    // what may follow a length or a date instead of a verb
    const NOT_VERBS: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "after",
        "before", "later", "earlier", "ago", "per", "each", "every", "from", "than", "is", "was",
        "are", "were", "be", "been", "off", "out", "back",
    ];
    if !matched.eq_ignore_ascii_case("one day") {
        return false;
    }
    let mut before = text
        .get(..start)
        .unwrap_or_default()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let modal = before.next().is_some_and(|w| one_of(w, MODALS));
    // `up to one day`, `close to one day`: an amount
    let amount = before
        .next()
        .is_some_and(|w| one_of(w, &["up", "close", "from", "due"]));
    let verb_next = after
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !NOT_VERBS.contains(&w)
        });
    if modal && !amount && verb_next {
        return true;
    }
    future_clause_ends_with_one_day(text, start, after)
}

/// `someone is going to find it one day.`, `I hope to visit him one day,`:
/// `one day` closing a clause that speaks of the future. A verb of lasting
/// or a preposition right before it (`will stay one day`, `closed for one
/// day`) makes it a length again.
fn future_clause_ends_with_one_day(text: &str, start: usize, after: &str) -> bool {
    const FUTURE: &[&str] = &[
        "will", "ll", "gonna", "would", "might", "may", "could", "hope", "hopes", "hoping",
        "dream", "dreams", "wish", "wishes",
    ];
    const LENGTH_BEFORE: &[&str] = &[
        "for", "of", "than", "about", "least", "only", "just", "another", "last", "lasts",
        "lasted", "stay", "stays", "spend", "spent", "take", "takes", "took", "wait", "remain",
        "run", "once", "every", "each", "per", "within", "in", "after", "before", "over", "by",
        "until", "closed", "open", "extra", "more", "less", "a", "the", "be",
    ];
    let clause_ends = after
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != ' ')
        || after
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !c.is_alphanumeric() && c != '-');
    if !clause_ends {
        return false;
    }
    let clause = text
        .get(..start)
        .unwrap_or_default()
        .rsplit(['.', ',', ';', ':', '!', '?', '\n', '"', '“', '”', '(', '—'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let length = words.last().is_none_or(|w| one_of(w, LENGTH_BEFORE));
    let going_to = words.windows(2).any(
        |p| matches!(p, [g, t] if g.eq_ignore_ascii_case("going") && t.eq_ignore_ascii_case("to")),
    );
    !length && (going_to || words.iter().any(|w| one_of(w, FUTURE)))
}

/// Whether `word` is one of `list`, in any case.
fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `http://example.com/2011/09/07/story`: a date in a web address is part of
/// the address. Asked only after the punctuation that joins the parts of an
/// address, so most words never look back.
fn inside_url(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos) else {
        return false;
    };
    if !before.ends_with(['/', '=', '-', '.', '?', '&', '_']) {
        return false;
    }
    let token = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    token.contains("://") || token.starts_with("www.")
}

/// `April 24 and 25`: the second day of a pair shares the first's month and
/// year and is a date of its own (TimeML marks it so); the grammar never reads
/// a bare number as a date. Only a later day that ends its phrase counts, so
/// `May 3 and 20 others`, `June 5 and 4 percent` stay numbers.
fn add_second_days_of_pairs(text: &str, found: &mut Vec<(Span, TimexReading)>) {
    let mut pairs = Vec::new();
    for (k, (span, reading)) in found.iter().enumerate() {
        let &TimexReading::Calendar {
            year,
            month: Some(month),
            day: Some(first_day),
            shift,
        } = reading
        else {
            continue;
        };
        let rest = text.get(span.end..).unwrap_or_default();
        let Some(after_link) = rest
            .strip_prefix(" and ")
            .or_else(|| rest.strip_prefix(" or "))
        else {
            continue;
        };
        let digits = after_link.bytes().take_while(u8::is_ascii_digit).count();
        let (Some(number), Some(tail)) = (after_link.get(..digits), after_link.get(digits..))
        else {
            continue;
        };
        let Ok(day) = number.parse::<u32>() else {
            continue;
        };
        let ends_phrase = tail.is_empty()
            || tail.starts_with(['.', ';', ':', ')'])
            || tail.starts_with(',')
                && !tail
                    .get(1..)
                    .unwrap_or_default()
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
        let start = span.end + (rest.len() - after_link.len());
        let day_span = Span::new(start, start + digits);
        let free = found
            .get(k + 1)
            .is_none_or(|(next, _)| next.start >= day_span.end);
        if digits <= 2 && day > first_day && day <= 31 && ends_phrase && free {
            let reading = TimexReading::Calendar {
                year,
                month: Some(month),
                day: Some(day),
                shift,
            };
            pairs.push((k + 1, (day_span, reading)));
        }
    }
    // British `on 5 and 6 March`: the earlier bare day before a day-first date
    for (k, (span, reading)) in found.iter().enumerate() {
        let &TimexReading::Calendar {
            year,
            month: Some(month),
            day: Some(second_day),
            shift,
        } = reading
        else {
            continue;
        };
        if !text
            .get(span.start..)
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let before = text.get(..span.start).unwrap_or_default();
        let Some(head) = before
            .strip_suffix(" and ")
            .or_else(|| before.strip_suffix(" or "))
        else {
            continue;
        };
        let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        let Some(number) = head.get(head.len() - digits..) else {
            continue;
        };
        let lead = head
            .get(..head.len() - digits)
            .unwrap_or_default()
            .strip_suffix(' ')
            .and_then(|t| t.rsplit(' ').next())
            .unwrap_or_default();
        let cued = one_of(lead, &["on", "between", "from", "of", "until", "and"]);
        let day_span = Span::new(head.len() - digits, head.len());
        let free = k
            .checked_sub(1)
            .and_then(|j| found.get(j))
            .is_none_or(|(prev, _)| prev.end <= day_span.start);
        if let Ok(day) = number.parse::<u32>()
            && (1..=2).contains(&digits)
            && (1..second_day).contains(&day)
            && cued
            && free
        {
            let reading = TimexReading::Calendar {
                year,
                month: Some(month),
                day: Some(day),
                shift,
            };
            pairs.push((k, (day_span, reading)));
        }
    }
    pairs.sort_by_key(|(at, _)| *at);
    for (at, pair) in pairs.into_iter().rev() {
        found.insert(at, pair);
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x80 * ONES;

/// The high bit of each byte of `x` that is an ASCII letter or digit: eight
/// bytes tested at once, since the scanner walks every byte of the text.
fn alnum_bytes(x: u64) -> u64 {
    let v = x & !HIGH;
    // per byte of a 7-bit `v`: high bit set when `lo <= v <= hi`, no carries
    let in_range = |v: u64, lo: u8, hi: u8| {
        let at_least = v + u64::from(0x80 - lo) * ONES;
        let above = v + u64::from(0x7f - hi) * ONES;
        at_least & !above
    };
    (in_range(v, b'0', b'9') | in_range(v | (0x20 * ONES), b'a', b'z')) & !x & HIGH
}

/// Eight bytes of `b` from `at`, if there are as many.
fn eight(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map(u64::from_le_bytes)
}

/// The offset of the first ASCII letter or digit of `b`.
fn first_alnum(b: &[u8]) -> Option<usize> {
    let mut n = 0;
    while let Some(x) = eight(b, n) {
        let found = alnum_bytes(x);
        if found != 0 {
            return Some(n + (found.trailing_zeros() / 8) as usize);
        }
        n += 8;
    }
    b.get(n..)?
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .map(|k| n + k)
}

/// The length of the run of ASCII letters and digits that starts `b`.
fn alnum_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(x) = eight(b, n) {
        let stop = !alnum_bytes(x) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b.get(n..).map_or(0, |t| {
        t.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
    })
}

/// `the latest period`, `the year-ago period`: financial reports call a
/// quarter a period once they have named it; where no quarter came before,
/// the period is of unknown length (a game, a school term) and no timex.
fn keep_periods_of_quarters(text: &str, found: &mut Vec<(Span, TimexReading)>) {
    let mut quarter_seen = false;
    found.retain(|(span, reading)| {
        let words = text.get(span.start..span.end).unwrap_or_default();
        let is_quarter = matches!(
            reading.unwrap_mod().0,
            TimexReading::Part {
                unit: newsline_model::reading::TimeUnit::Quarter,
                ..
            } | TimexReading::Relative {
                unit: newsline_model::reading::TimeUnit::Quarter,
                ..
            }
        );
        let period = words
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("period"));
        if is_quarter && period {
            return quarter_seen;
        }
        quarter_seen |= is_quarter;
        true
    });
}

/// Last checks on a whole match that need its text.
fn accept(text: &str, reading: &TimexReading, prev: &str, after: &str) -> bool {
    if matches!(reading, TimexReading::Duration { amount: Some(v), .. } if *v <= 0.0) {
        return false;
    }
    if hours_of_a_named_day(text, prev, after) {
        return false;
    }
    // `High Noon`, `today's world`: a film and a generic "nowadays"
    if prev.eq_ignore_ascii_case("high") && text.eq_ignore_ascii_case("noon") {
        return false;
    }
    // `Super Tuesday`: the day of the year's biggest round of primaries, a
    // named event whose date no weekday rule finds
    if prev.eq_ignore_ascii_case("super") && matches!(reading, TimexReading::Weekday { .. }) {
        return false;
    }
    // `at the last minute`, `to the last second`: an idiom for "late", no
    // minute before the article's time
    if ["the last minute", "the last second", "last minute"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(text))
    {
        return false;
    }
    // `230 million light-years wide`: a distance
    if prev.eq_ignore_ascii_case("light")
        && text
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("year"))
    {
        return false;
    }
    // `This Week`, `60 Minutes`: a capitalized unit inside the match is a
    // title. British copy capitalizes centuries (`the 14th Century`), but
    // one before another capitalized word is a name (`20th Century Fox`).
    let century = matches!(reading, TimexReading::Era { .. })
        && !after.trim_start().starts_with(|c: char| c.is_uppercase());
    if !names_holiday(reading) && !century {
        let mut words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let _first = words.next();
        let titled = words.any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && lexicon::unit(w).is_some()
        });
        if titled {
            return false;
        }
    }
    true
}

/// `9/11`, `the Sept. 11 attacks`: without a year, the day of the 2001
/// attacks, which no tense or nearby date picks. A `9/11` with its slash is
/// that day anywhere in news; a spelled month only before `attacks` or
/// `terror...` (`by Sept. 11` is this year's).
fn year_of_the_attacks(matched: &str, after: &str, reading: TimexReading) -> TimexReading {
    let TimexReading::Calendar {
        year: None,
        month: Some(9),
        day: Some(11),
        ..
    } = reading
    else {
        return reading;
    };
    let next = after
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let attacks = one_of(
        next,
        &[
            "attack",
            "attacks",
            "terrorist",
            "terror",
            "hijackers",
            "hijackings",
        ],
    );
    if matched == "9/11" || attacks {
        TimexReading::Calendar {
            year: Some(2001),
            month: Some(9),
            day: Some(11),
            shift: None,
        }
    } else {
        reading
    }
}

/// `the early hours of Thursday morning`: news annotation marks the day (or
/// date) after `of` and leaves the hours before it out, as it does `the
/// night of March 10`; alone, `the early hours` stays a vague length.
fn hours_of_a_named_day(text: &str, prev: &str, after: &str) -> bool {
    let ends_with = |h: &str| {
        text.len()
            .checked_sub(h.len())
            .and_then(|k| text.get(k..))
            .is_some_and(|t| t.eq_ignore_ascii_case(h))
    };
    let hours = ["early hours", "small hours", "wee hours"]
        .iter()
        .any(|h| ends_with(h))
        || text.eq_ignore_ascii_case("hours") && one_of(prev, &["early", "small", "wee"]);
    if !hours {
        return false;
    }
    let Some(rest) = after
        .strip_prefix(" of ")
        .or_else(|| after.strip_prefix(" on "))
    else {
        return false;
    };
    let day = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    day.starts_with(|c: char| c.is_ascii_uppercase())
        && (lexicon::weekday(day).is_some() || lexicon::month(day).is_some())
        || one_of(day, &["today", "yesterday", "tomorrow"])
}

/// `the end of the next decade`: a `the` that the look-ahead of a weak word
/// turned away (its time word lies too far on) still opens the part of a
/// period read from the next word. Asked only of matches.
fn article_before_part(text: &str, start: usize, matched: &str) -> usize {
    let part = ["end of", "start of", "beginning of", "middle of", "turn of"]
        .iter()
        .any(|p| {
            matched
                .get(..p.len())
                .is_some_and(|m| m.eq_ignore_ascii_case(p))
        });
    let the = text
        .get(..start)
        .and_then(|t| t.strip_suffix(' '))
        .and_then(|t| t.get(t.len().checked_sub(3)?..).map(|w| (w, t)))
        .filter(|(w, t)| {
            w.eq_ignore_ascii_case("the")
                && t.get(..t.len() - 3)
                    .is_none_or(|b| !b.ends_with(|c: char| c.is_alphanumeric()))
        });
    match the {
        Some(_) if part => start - 4,
        _ => start,
    }
}

/// `'90s Britain`: words start at a letter or digit, so a clipped decade with
/// no article before it would leave out the apostrophe that stands for the
/// century; it belongs to the decade (`the '90s` already keeps it). An
/// apostrophe glued to a word before (`rock'90s`) is no clipping mark.
fn clipped_decade_start(text: &str, start: usize, matched: &str) -> usize {
    let decade =
        matches!(matched.as_bytes(), [a, b, b's'] if a.is_ascii_digit() && b.is_ascii_digit());
    let Some(before) = text.get(..start) else {
        return start;
    };
    let Some(mark) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '\'' | '’'))
    else {
        return start;
    };
    let opens_word = before
        .get(..start - mark.len_utf8())
        .is_some_and(|b| !b.ends_with(char::is_alphanumeric));
    if decade && opens_word {
        start - mark.len_utf8()
    } else {
        start
    }
}

/// `USA Today`, `Hawaii News Now`, `Timothy Weeks`, `the People's Daily`,
/// `Arab Spring`, `60 Minutes`: a time word that prose writes in lowercase, capitalized
/// right after a capitalized word on the same line, ends a name or a title.
/// Month, weekday and holiday names are capitalized anyway, and a word after
/// sentence punctuation (`in Washington. Today`) follows no name.
fn capitalized_after_name(text: &str, start: usize, matched: &str, reading: &TimexReading) -> bool {
    let mut letters = matched.chars();
    let titled = letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.all(|c| c.is_ascii_lowercase());
    if !titled
        || names_holiday(reading)
        || lexicon::month(matched).is_some()
        || lexicon::weekday(matched).is_some()
    {
        return false;
    }
    let Some(before) = text.get(..start).and_then(|t| t.strip_suffix(' ')) else {
        return false;
    };
    let prev = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let prev = prev
        .strip_suffix("'s")
        .or_else(|| prev.strip_suffix("’s"))
        .unwrap_or(prev);
    // `60 Minutes`, `Get 4 Months`: a count before a capitalized unit makes
    // the title that `accept` turned away whole; its unit alone is no time
    let count_of_title = !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit());
    count_of_title
        || prev.chars().next().is_some_and(char::is_uppercase)
            && prev.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// `the 14th-ranked player`, `his now-deceased father`, `Soon-Shiong`: a bare
/// day ordinal, `now` or `soon` hyphened to a word is part of that word. A
/// length keeps its hyphen (`decades-long`) and so does `recently-built`,
/// which still tells when.
fn first_part_of_compound(after: &str, reading: &TimexReading) -> bool {
    let hyphened = after
        .strip_prefix('-')
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
    hyphened
        && matches!(
            reading,
            TimexReading::Ref {
                point: RefPoint::Present | RefPoint::Future
            } | TimexReading::Calendar {
                year: None,
                month: None,
                day: Some(_),
                ..
            }
        )
}

/// True when `reading` names a holiday, whose capitalized `Day` is its name,
/// not a title (`two weeks before Election Day`).
fn names_holiday(reading: &TimexReading) -> bool {
    match reading {
        TimexReading::Holiday { .. } => true,
        TimexReading::Within { inner, period, .. } => names_holiday(inner) || names_holiday(period),
        TimexReading::Shifted { from, .. } => names_holiday(from),
        TimexReading::Nth { inner, from, .. } => names_holiday(inner) || names_holiday(from),
        TimexReading::DayPart { day: Some(day), .. } => names_holiday(day),
        _ => false,
    }
}

/// `today's youth`, `today's world`: a generic present, not the DCT day.
/// `today's editions`, `tomorrow's vote` name the day and stay.
fn possessive_generic(rest: &str, reading: &TimexReading) -> bool {
    const GENERIC: &[&str] = &[
        "world",
        "youth",
        "society",
        "generation",
        "young",
        "children",
        "kids",
        "culture",
        "personal",
        "modern",
        "standards",
        "technology",
        "teenagers",
        "students",
        "families",
    ];
    let Some(after) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    else {
        return false;
    };
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    matches!(
        reading,
        TimexReading::Relative {
            unit: newsline_model::reading::TimeUnit::Day,
            shift: 0,
            ..
        }
    ) && GENERIC.iter().any(|g| g.eq_ignore_ascii_case(next))
}

/// The TIMEX3 type a reading has before normalization refines it.
pub fn default_type(r: &TimexReading) -> TimexType {
    match r {
        TimexReading::Modified { inner, .. } => default_type(inner),
        TimexReading::Duration { .. } | TimexReading::VagueDuration => TimexType::Duration,
        TimexReading::Set { .. } => TimexType::Set,
        TimexReading::Clock { .. } | TimexReading::DayPart { .. } => TimexType::Time,
        _ => TimexType::Date,
    }
}

/// Function words that start time expressions only when a real time word
/// follows soon (`the past three years`, `a year ago`); checked cheaply before
/// the grammar runs, since they are the commonest words of English.
const WEAK: &[&str] = &[
    "a",
    "about",
    "almost",
    "an",
    "approximately",
    "around",
    "at",
    "coming",
    "current",
    "each",
    "early",
    "earlier",
    "end",
    "every",
    "few",
    "fewer",
    "first",
    "just",
    "last",
    "late",
    "later",
    "latest",
    "less",
    "many",
    "mid",
    "more",
    "nearly",
    "new",
    "next",
    "no",
    "over",
    "post",
    "pre",
    "previous",
    "right",
    "roughly",
    "several",
    "some",
    "that",
    "the",
    "these",
    "this",
    "up",
    "upcoming",
    "couple",
    "good",
    // first words of holiday names, common enough to need a time word ahead
    "black",
    "boss",
    "bosses",
    "branch",
    "civil",
    "clean",
    "covenant",
    "cyber",
    "fifth",
    "giving",
    "king",
    "kings",
    "lazarus",
    "maundy",
    "orthodox",
    "palm",
    "pancake",
    "saint",
    "second",
    "shrove",
    "st",
    "trinity",
    "whit",
    "white",
    "world",
];

/// Time words that are no time expression by themselves (`one`, `half`,
/// `day`): like the weak words, they start one only with the next word. The
/// number words are the lexicon's; these are the rest.
const NEVER_ALONE: &[&str] = &[
    "hundred", "half", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];

/// Every word that is no time expression by itself: the lexicon's number
/// words below a hundred, and [`NEVER_ALONE`].
fn never_alone_words() -> impl Iterator<Item = &'static str> {
    lexicon::SMALL_NUMBERS
        .iter()
        .chain(lexicon::TENS)
        .map(|&(w, _)| w)
        .chain(NEVER_ALONE.iter().copied())
}

fn never_alone(word: &str) -> bool {
    static TABLE: std::sync::OnceLock<lexicon::WordClasses> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| lexicon::WordClasses::new(never_alone_words().map(|w| (w, 1))))
        .get(word)
        != 0
}

/// False when the word after the first is one the grammar never reads. No weak
/// word (nor one of [`never_alone_words`]) is a time expression alone, so a match
/// would have to read the next word, and the grammar reads words only by
/// comparing them with words written
/// in its source (keywords, phrase and holiday tables, the lexicon), or with
/// such a word and a plural `s`. Anything else after the first word (digits,
/// punctuation, a letter outside ASCII) is left to the grammar.
fn grammar_word_next(rest: &str, first_len: usize) -> bool {
    // bytes, not chars: this runs after most time words
    let bytes = rest.as_bytes();
    let mut start = first_len;
    loop {
        match bytes.get(start..) {
            Some([b' ' | b'\t' | b'\r' | b'\n', ..]) => start += 1,
            // U+00A0, no-break space
            Some([0xc2, 0xa0, ..]) => start += 2,
            _ => break,
        }
    }
    let len = bytes.get(start..).map_or(0, |b| {
        b.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    });
    let (Some(w), Some(after)) = (rest.get(start..start + len), rest.get(start + len..)) else {
        return true;
    };
    if start == first_len || w.is_empty() || !at_ascii_boundary(after) {
        return true;
    }
    let words = grammar_words();
    words.get(w) != 0
        || w.strip_suffix(['s', 'S'])
            .is_some_and(|b| words.get(b) != 0)
}

/// True when `s` starts with neither an ASCII letter or digit nor a character
/// outside ASCII.
fn at_ascii_boundary(s: &str) -> bool {
    s.bytes()
        .next()
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
}

/// Every word written in the code of the grammar's source and its lexicon
/// (identifiers too: extra words only let more through). Taken from the source
/// itself, so a new rule cannot be gated out by a list someone forgot. Comment
/// lines are left out: the grammar never compares a word with a comment, and
/// they are half the source this builds from at every start.
fn grammar_words() -> &'static lexicon::WordClasses {
    static WORDS: std::sync::OnceLock<lexicon::WordClasses> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        const SOURCES: [&str; 2] = [include_str!("grammar.rs"), include_str!("lexicon.rs")];
        let letter_runs = |s: &'static str| {
            let bytes = s.as_bytes();
            let mut pos = 0;
            std::iter::from_fn(move || {
                while bytes.get(pos).is_some_and(|b| !b.is_ascii_alphabetic()) {
                    pos += 1;
                }
                let start = pos;
                while bytes.get(pos).is_some_and(u8::is_ascii_alphabetic) {
                    pos += 1;
                }
                s.get(start..pos).filter(|w| !w.is_empty())
            })
        };
        let code_lines = SOURCES
            .into_iter()
            .flat_map(str::lines)
            .filter(|line| !line.trim_start().starts_with("//"));
        lexicon::WordClasses::new(code_lines.flat_map(letter_runs).map(|w| (w, 1)))
    })
}

/// True when one of the next few words after the first is a time word or a number.
fn strong_ahead(rest: &str, first_len: usize) -> bool {
    let tail = rest.get(first_len..).unwrap_or_default();
    let mut seen = 0;
    for w in words_with_apostrophes(tail) {
        // plural and possessive forms: `years`, `year's`; a decade's
        // apostrophe: `the '90s`
        let mut base = w.trim_start_matches('\'');
        while let Some(stem) = base.strip_suffix("'s") {
            base = stem;
        }
        let digit = |x: &str| x.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let strong = |x: &str| lookup_word(x) == Some(false) || digit(x);
        if digit(base) || strong(base) || base.strip_suffix('s').is_some_and(strong) {
            return true;
        }
        seen += 1;
        if seen >= 4 {
            return false;
        }
    }
    false
}

/// The runs of alphanumeric characters and straight apostrophes in `text`,
/// up to the first clause punctuation: a weak word starts an expression only
/// with a time word in its own phrase (`the Saudi border, today` does not).
/// Decodes characters only outside ASCII: this runs after every weak word.
fn words_with_apostrophes(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    // the width of the character at `at` and whether it belongs to a word
    let wide = move |at: usize| -> (usize, bool) {
        text.get(at..)
            .and_then(|t| t.chars().next())
            .map_or((1, false), |c| (c.len_utf8(), c.is_alphanumeric()))
    };
    std::iter::from_fn(move || {
        loop {
            let &b = bytes.get(pos)?;
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() || b == b'\'' {
                    break;
                }
                if matches!(b, b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'"') {
                    return None;
                }
                pos += 1;
            } else {
                let (width, word) = wide(pos);
                if word {
                    break;
                }
                pos += width;
            }
        }
        let start = pos;
        while let Some(&b) = bytes.get(pos) {
            if b.is_ascii() {
                if !(b.is_ascii_alphanumeric() || b == b'\'') {
                    break;
                }
                pos += 1;
            } else {
                let (width, word) = wide(pos);
                if !word {
                    break;
                }
                pos += width;
            }
        }
        text.get(start..pos)
    })
}

/// Words that can begin a time expression. The first words of holiday names
/// come from the grammar's holiday table and are not repeated here.
const TRIGGERS: &[&str] = &[
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "a",
    "about",
    "afternoon",
    "present",
    "moment",
    "term",
    "almost",
    "an",
    "annual",
    "annually",
    "apr",
    "april",
    "approximately",
    "around",
    "at",
    "aug",
    "august",
    "autumn",
    "ad",
    "ce",
    "bi",
    "biweekly",
    "coming",
    "couple",
    "current",
    "currently",
    "daily",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "each",
    "early",
    "earlier",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "end",
    "evening",
    "every",
    "feb",
    "february",
    "few",
    "fewer",
    "fifteen",
    "fifty",
    "first",
    "fiscal",
    "five",
    "forty",
    "four",
    "fourteen",
    "fourth",
    "formerly",
    "fri",
    "friday",
    "future",
    "fy",
    "good",
    "half",
    "hour",
    "hourly",
    "hours",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "just",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "less",
    "many",
    "mar",
    "march",
    "may",
    "mid",
    "midday",
    "midmorning",
    "midafternoon",
    "midevening",
    "overnight",
    "midnight",
    "millennium",
    "minute",
    "minutes",
    "mon",
    "monday",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "nearly",
    "new",
    "next",
    "night",
    "nightly",
    "nine",
    "nineteen",
    "ninety",
    "no",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "once",
    "one",
    "over",
    "past",
    "presently",
    "previous",
    "previously",
    "quarter",
    "quarterly",
    "quarters",
    "period",
    "while",
    "time",
    "recent",
    "recently",
    "right",
    "roughly",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "some",
    "soon",
    "spring",
    "summer",
    "sun",
    "sunday",
    "ten",
    "the",
    "these",
    "third",
    "thirteen",
    "thirty",
    "this",
    "three",
    "thrice",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tue",
    "tues",
    "tuesday",
    "that",
    "twelve",
    "twenty",
    "twice",
    "two",
    "up",
    "upcoming",
    "wed",
    "wednesday",
    "week",
    "weekend",
    "weekends",
    "weekly",
    "weeks",
    "winter",
    "year",
    "yr",
    "yrs",
    "qtr",
    "fortnight",
    "yearly",
    "years",
    "yesterday",
    "zero",
    "afternoons",
    "evenings",
    "fall",
    "mornings",
    "nights",
    "hundred",
    "decades",
    "centuries",
    "century",
];

/// Looks a word up among the triggers: `Some(weak)` when it may start a
/// time expression, where `weak` marks the function words of [`WEAK`] that
/// need a time word ahead. Also knows numbers, plural and shorthand forms
/// (`Mondays`, `Q3`, `H1`, `FY2023`).
fn trigger_kind(word: &str) -> Option<bool> {
    if word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return Some(false);
    }
    lookup_word(word).or_else(|| month_glued_to_day(word).then_some(false))
}

/// `Feb13`: a month name with the day run on, which the word lookup cannot
/// know. Checked only for words that end in a digit and are no trigger.
fn month_glued_to_day(word: &str) -> bool {
    if !word.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    (1..=2).contains(&digits) && lexicon::lookup(lexicon::MONTHS, letters).is_some()
}

/// The longest trigger word, in bytes.
const MAX_TRIGGER_LEN: usize = 15;

/// Bits of the trigger table.
const TRIGGER: u32 = 1;
const WEAK_TRIGGER: u32 = 2;

/// The words of the trigger table.
fn trigger_entries() -> impl Iterator<Item = (&'static str, u32)> {
    TRIGGERS
        .iter()
        .map(|w| (*w, TRIGGER))
        .chain(grammar::holiday_trigger_words().map(|w| (w, TRIGGER)))
        .chain(grammar::RUN_ON_LONG_UNITS.iter().map(|w| (*w, TRIGGER)))
        .chain(WEAK.iter().map(|w| (*w, TRIGGER | WEAK_TRIGGER)))
}

/// A filter on the first two letters, the last letter and the length of a
/// word, ahead of the trigger table: most words of a text are no trigger, and
/// this turns nearly all of them away for a fraction of a lookup. Built from
/// the table itself and from the forms [`lookup_word`] reads besides it
/// (`Mondays`, `Q3`, `FY2023`), so it only ever lets too much through.
struct Shapes(Vec<u64>);

impl Shapes {
    /// One bit for each shape: 5 bits for each of three letters, 4 of length.
    const BITS: usize = 1 << 19;

    fn index(b0: u8, b1: u8, last: u8, len: usize) -> usize {
        let fold = |b: u8| usize::from(b.to_ascii_lowercase() & 0x1f);
        (fold(b0) << 14) | (fold(b1) << 9) | (fold(last) << 4) | (len & 0xf)
    }

    fn of(word: &[u8]) -> usize {
        match word {
            [b0, b1, .., last] => Self::index(*b0, *b1, *last, word.len()),
            [b0, b1] => Self::index(*b0, *b1, *b1, 2),
            [b0] => Self::index(*b0, 0, *b0, 1),
            [] => 0,
        }
    }

    fn new() -> Self {
        let mut shapes = Self(vec![0; Self::BITS / 64]);
        for (word, _) in trigger_entries() {
            let w = word.as_bytes();
            shapes.set(Self::of(w));
            // plural days: `Mondays`, `holidays`
            if w.len() >= 3
                && w.get(w.len() - 3..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(b"day"))
            {
                if let [b0, b1, ..] = w {
                    shapes.set(Self::index(*b0, *b1, b's', w.len() + 1));
                }
            }
        }
        // `Q3`, `H1`; `FY2023`
        for d in b'0'..=b'9' {
            shapes.set(Self::index(b'q', d, d, 2));
            shapes.set(Self::index(b'h', d, d, 2));
        }
        for len in 2..=MAX_TRIGGER_LEN {
            // any last byte: each folds to one of 32
            for last in 0..32 {
                shapes.set(Self::index(b'f', b'y', last, len));
            }
        }
        shapes
    }

    fn set(&mut self, at: usize) {
        if let Some(bits) = self.0.get_mut(at / 64) {
            *bits |= 1 << (at % 64);
        }
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        let at = Self::of(word);
        self.0
            .get(at / 64)
            .is_some_and(|bits| bits & (1 << (at % 64)) != 0)
    }
}

/// The trigger-table lookup behind [`trigger_kind`], without the digit case.
///
/// Inlined into the scan loop, which asks it of every word: the shape
/// filter turns most words away in fewer instructions than a call and its
/// saved registers cost; the table lookup behind it stays a call.
#[inline(always)]
fn lookup_word(word: &str) -> Option<bool> {
    static SHAPES: std::sync::OnceLock<Shapes> = std::sync::OnceLock::new();
    if word.is_empty() || word.len() > MAX_TRIGGER_LEN {
        return None;
    }
    if !SHAPES.get_or_init(Shapes::new).may_hold(word.as_bytes()) {
        return None;
    }
    table_lookup(word)
}

/// [`lookup_word`] without its filter.
#[inline(never)]
fn table_lookup(word: &str) -> Option<bool> {
    static TABLE: std::sync::OnceLock<lexicon::WordClasses> = std::sync::OnceLock::new();
    if word.is_empty() || word.len() > MAX_TRIGGER_LEN {
        return None;
    }
    let table = TABLE.get_or_init(|| lexicon::WordClasses::new(trigger_entries()));
    let kind = |w: &str| {
        let bits = table.get(w);
        (bits != 0).then_some(bits & WEAK_TRIGGER != 0)
    };
    if let Some(k) = kind(word) {
        return Some(k);
    }
    // `Q3`, `H1`, `FY2023`: after the table, which gives `fy` the same answer
    let shorthand = match word.as_bytes() {
        [q, d] => matches!(q.to_ascii_lowercase(), b'q' | b'h') && d.is_ascii_digit(),
        [f, y, ..] => f.eq_ignore_ascii_case(&b'f') && y.eq_ignore_ascii_case(&b'y'),
        _ => false,
    };
    if shorthand {
        return Some(false);
    }
    // plural days: `Mondays`, `holidays`
    let base = match word.as_bytes() {
        [.., b'd' | b'D', b'a' | b'A', b'y' | b'Y', b's' | b'S'] => word.get(..word.len() - 1)?,
        _ => return None,
    };
    kind(base)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod gate_tests {
    use super::grammar::{Ctx, Grammar};
    use super::*;

    fn contexts(prev: &str) -> Vec<Ctx<'_>> {
        let mut all = Vec::new();
        for lenient in [false, true] {
            for lone in [false, true] {
                for prev_char in [None, Some(' ')] {
                    all.push(Ctx {
                        lenient,
                        prev,
                        prev_char,
                        lone,
                    });
                }
            }
        }
        all
    }

    /// [`grammar_word_next`] may turn a word away only because no weak word
    /// nor one of [`never_alone_words`] is a time expression by itself.
    #[test]
    fn no_gated_word_is_a_time_alone() {
        let mut prevs = vec![
            "", "at", "the", "on", "in", "for", "since", "by", "of", "and", "said", "no", "number",
            "as", "now", "2", "Mr", "St", "He",
        ];
        prevs.extend(lexicon::MONTH_CUES);
        for weak in WEAK.iter().copied().chain(never_alone_words()) {
            let upper = weak.get(..1).unwrap_or_default().to_ascii_uppercase()
                + weak.get(1..).unwrap_or_default();
            for first in [weak.to_string(), upper] {
                for blank in [" ", "\n", "\u{a0}"] {
                    let text = format!("{first}{blank}zqx");
                    for &prev in &prevs {
                        for ctx in contexts(prev) {
                            let found = Grammar { ctx }.expr(&text);
                            assert!(found.is_err(), "{text:?} after {prev:?}: {found:?}");
                        }
                    }
                }
            }
        }
    }

    /// Every phrase written in the grammar and its tests that the grammar reads
    /// from a gated word gets past [`grammar_word_next`].
    #[test]
    fn gate_lets_every_test_phrase_through() {
        let sources = [
            include_str!("tests.rs"),
            include_str!("grammar.rs"),
            include_str!("lexicon.rs"),
        ];
        let mut checked = 0;
        for source in sources {
            for phrase in source.split('"').skip(1).step_by(2) {
                for text in [phrase.to_owned(), phrase.to_lowercase()] {
                    checked += check_weak_starts(&text);
                }
            }
        }
        assert!(checked > 100, "only {checked} weak words read");
    }

    /// The filter of [`lookup_word`] lets through every word the trigger table
    /// answers for: its entries in any case, their plural days, the shorthand
    /// forms, and every word written in the grammar and its tests.
    #[test]
    fn shape_filter_keeps_every_trigger() {
        let shapes = Shapes::new();
        let mut words: Vec<String> = trigger_entries()
            .flat_map(|(w, _)| [w.to_owned(), format!("{w}s"), format!("{w}S")])
            .collect();
        for source in [
            include_str!("tests.rs"),
            include_str!("grammar.rs"),
            include_str!("lexicon.rs"),
        ] {
            words.extend(
                source
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
        }
        words.extend(["Q3", "q4", "H1", "h2", "FY2023", "fy", "Fy23", "MONDAYS"].map(String::from));
        let mut checked = 0;
        for w in words {
            let upper = w.to_ascii_uppercase();
            let title = w.get(..1).unwrap_or_default().to_ascii_uppercase()
                + w.get(1..).unwrap_or_default();
            for form in [w, upper, title] {
                if table_lookup(&form).is_some() {
                    checked += 1;
                    assert!(shapes.may_hold(form.as_bytes()), "{form:?}");
                    assert_eq!(lookup_word(&form), table_lookup(&form), "{form:?}");
                }
            }
        }
        assert!(checked > 1000, "only {checked} triggers checked");
    }

    /// The eight-byte word walk agrees with the byte-by-byte one at every
    /// offset, for every byte value next to letters, digits and their edges.
    #[test]
    fn alnum_walk_matches_bytes() {
        let mut text: Vec<u8> = (0..=255u8).collect();
        text.extend("ab09AZaz@[`{/:Q3 2019,x\u{e9}t".bytes());
        text.extend((0..=255u8).rev());
        for b in 0..=255u8 {
            text.extend([b'a', b, b'0', b'z', b, b, b'A', b'9', b'Z', b]);
        }
        for at in 0..text.len() {
            let tail = text.get(at..).unwrap_or_default();
            let run = tail
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            assert_eq!(alnum_run(tail), run, "run at {at}");
            let first = tail.iter().position(u8::is_ascii_alphanumeric);
            assert_eq!(first_alnum(tail), first, "first at {at}");
        }
    }

    /// Runs the grammar from each gated word of `text`; returns how many it read.
    fn check_weak_starts(text: &str) -> usize {
        let mut read = 0;
        let mut prev = "";
        let starts = text.char_indices().filter(|&(k, c)| {
            c.is_ascii_alphanumeric()
                && !text
                    .get(..k)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(char::is_alphanumeric)
        });
        for (k, _) in starts {
            let rest = text.get(k..).unwrap_or_default();
            let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let word = rest.get(..len).unwrap_or_default();
            if lookup_word(word) == Some(true) || never_alone(word) {
                for ctx in contexts(prev) {
                    if (Grammar { ctx }).expr(rest).is_ok() {
                        read += 1;
                        assert!(grammar_word_next(rest, len), "{text:?} at {k}");
                    }
                }
            }
            prev = word;
        }
        read
    }
}
