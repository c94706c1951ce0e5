//! Line classifiers: headline suffix, byline, credit, related, trailer.

use crate::date::{parse_date_line, DateHit};
use crate::page_words::{
    is_function_word, is_junk_line, is_known_outlet, is_not_outlet_suffix, is_role_line,
    is_weekday, junk_phrase_at, looks_like_outlet,
};

/// `s` without the ASCII prefix `p`, compared case-insensitively.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p)
        .then(|| s.get(p.len()..))
        .flatten()
}

/// The first byte of `s`, ASCII lower-cased (0 for an empty string): the
/// line classifiers skip every marker that cannot match on it.
fn first_lower(s: &str) -> u8 {
    s.as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

/// True when `m` may be a prefix of a line whose [`first_lower`] is `f`.
fn may_start(m: &str, f: u8) -> bool {
    m.as_bytes().first() == Some(&f)
}

/// `s` contains the ASCII needle `n`, compared case-insensitively, without
/// allocating. For the needles used here it answers as
/// `s.to_lowercase().contains(n)` would: the only non-ASCII characters that
/// lower-case to ASCII letters are the Kelvin sign (`k`, in no needle) and
/// the dotted capital I (`i` followed by a combining dot, which no needle
/// has).
///
/// The search runs memchr over the needle's rarest byte (in English text),
/// in both cases, and compares the window around each hit.
fn contains_ci(s: &str, n: &str) -> bool {
    // Letters from the most to the least frequent in English.
    const BY_FREQUENCY: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rarity = |b: u8| match BY_FREQUENCY
        .iter()
        .position(|&x| x == b.to_ascii_lowercase())
    {
        Some(r) => r,
        None if b == b' ' => 0,
        None => BY_FREQUENCY.len(),
    };
    let (h, n) = (s.as_bytes(), n.as_bytes());
    let Some((k, &anchor)) = n.iter().enumerate().max_by_key(|&(_, &b)| rarity(b)) else {
        return true;
    };
    let (lo, up) = (anchor.to_ascii_lowercase(), anchor.to_ascii_uppercase());
    let mut from = k;
    while let Some(rel) = h.get(from..).and_then(|r| memchr::memchr2(lo, up, r)) {
        let at = from + rel;
        let start = at - k;
        if h.get(start..start + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// `s.split_whitespace().take(max).count()`, in one pass over the bytes
/// that decodes only the characters whose first byte may start a non-ASCII
/// space (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000).
fn count_words_upto(s: &str, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let (space, len) = match x {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => (true, 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            },
            // ASCII, other lead bytes and continuation bytes: inside a word.
            _ => (false, 1),
        };
        if !space && !in_word {
            if n == max {
                return n;
            }
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

fn ends_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len()
        && s.get(s.len() - p.len()..)
            .map(|t| t.eq_ignore_ascii_case(p))
            .unwrap_or(false)
}

/// Collapses runs of white space into one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lower-case words of letters and digits, for loose comparison.
///
/// Compares the two strings as streams, without allocating, and stops at the
/// first difference: letters and digits lower-cased (a final sigma counts as
/// a sigma), one separator between words.
pub(crate) fn loose_eq(a: &str, b: &str) -> bool {
    fn stream(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
            .flat_map(|(i, w)| {
                let sep = (i > 0).then_some(' ');
                sep.into_iter()
                    .chain(w.chars().flat_map(char::to_lowercase).map(|c| {
                        if c == 'ς' {
                            'σ'
                        } else {
                            c
                        }
                    }))
            })
    }
    let mut x = stream(a).peekable();
    x.peek().is_some() && x.eq(stream(b))
}

/// A bare domain ("duma.gov.ru", "www.kremlin.ru"), optionally with a path.
pub(crate) fn is_domain(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.len() > 100 || t.contains(char::is_whitespace) || t.contains("://") {
        return false;
    }
    let host = t.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let ok_labels = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    });
    let tld_ok = labels
        .last()
        .map(|l| (2..=24).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()))
        .unwrap_or(false);
    ok_labels && tld_ok
}

/// Byte offset where a URL starts in `s`: "http://", "https://", "www." or a
/// domain with a path.
pub(crate) fn url_start(s: &str) -> Option<usize> {
    let mut pos = 0;
    for tok in s.split(' ') {
        let t = tok.trim_start_matches(['(', '[', '<', '"', '\'']);
        let off = pos + (tok.len() - t.len());
        let lower_head = t.get(..t.len().min(8)).unwrap_or("").to_ascii_lowercase();
        if lower_head.starts_with("http://")
            || lower_head.starts_with("https://")
            || lower_head.starts_with("https:/")
            || lower_head.starts_with("www.")
            || (t.contains('/') && is_domain(t.split('/').next().unwrap_or("")))
        {
            return Some(off);
        }
        pos += tok.len() + 1;
    }
    None
}

/// True when `t` starts with "http://", "https://" or "www.".
pub(crate) fn starts_with_url(t: &str) -> bool {
    strip_prefix_ci(t, "http://").is_some()
        || strip_prefix_ci(t, "https://").is_some()
        || strip_prefix_ci(t, "https:/").is_some()
        || strip_prefix_ci(t, "www.").is_some()
}

/// True when a line can continue a URL broken across lines. `open` says
/// the URL so far ends in a way that expects more ("-", "/", "=").
pub(crate) fn is_url_continuation(t: &str, open: bool) -> bool {
    let toks: Vec<&str> = t.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 3 || t.len() > 300 {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("http") || lower.starts_with("www.") {
        return false;
    }
    if is_junk_line(t) || parse_date_line(t).is_some() {
        return false;
    }
    // A plain word continues a URL only when the URL was left open.
    let url_like = t
        .chars()
        .any(|c| c.is_ascii_digit() || "-_/=?%&.".contains(c));
    if !open && !url_like {
        return false;
    }
    toks.iter().all(|tok| {
        tok.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c))
            && (!tok.chars().any(|c| c.is_ascii_uppercase())
                || tok.chars().any(|c| "/-_=?%&".contains(c)))
            && !(tok.ends_with('.')
                && tok.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !tok.contains(['/', '-', '_']))
    })
}

/// Trailer markers: the text names the source URL.
const TRAILERS: &[(&str, bool)] = &[
    // (marker, needs ':' or end of line)
    ("original url", false),
    ("original link", false),
    ("original article", false),
    ("original source", false),
    ("source url", false),
    ("source link", false),
    ("canonical url", false),
    ("canonical link", false),
    ("article url", false),
    ("article link", false),
    ("originally published at", false),
    ("originally published on", false),
    ("originally published in", false),
    ("originally published by", false),
    ("this article was originally published", false),
    ("this article originally appeared", false),
    ("this story was originally published", false),
    ("originally appeared", false),
    ("read the original article", false),
    ("read the full article", false),
    ("read the full story", false),
    ("source", true),
    ("sources", true),
    ("url", true),
    ("link", true),
];

/// If `t` starts with a trailer marker, the byte offset of what follows it.
pub(crate) fn trailer_marker(t: &str) -> Option<usize> {
    let f = first_lower(t);
    for (m, needs_colon) in TRAILERS {
        if !may_start(m, f) {
            continue;
        }
        if let Some(rest) = strip_prefix_ci(t, m) {
            let next = rest.chars().next();
            let ok = match next {
                None => true,
                Some(':') => true,
                Some(c) if c.is_whitespace() => {
                    !needs_colon || rest.trim_start().starts_with(':') || rest.trim().is_empty()
                }
                _ => false,
            };
            if ok {
                let after = rest
                    .trim_start()
                    .trim_start_matches([':', '-', '—', '–'])
                    .trim_start();
                return Some(t.len() - after.len());
            }
        }
    }
    None
}

const RELATED: &[&str] = &[
    "related article",
    "related articles",
    "related story",
    "related stories",
    "related content",
    "related coverage",
    "related reading",
    "related news",
    "related link",
    "related links",
    "related post",
    "related posts",
    "related video",
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "also see",
    "more on this story",
    "more on this",
    "recommended reading",
    "recommended",
    "further reading",
    "you may also like",
    "you might also like",
    "also on",
    "more from",
    "don't miss",
    "must read",
];

/// What a related line gives.
pub(crate) enum Related {
    /// The title on the same line.
    Title(String),
    /// A marker alone; the title may be on the next line.
    Marker,
}

/// A "Related article: …"-style line.
pub(crate) fn related_line(t: &str) -> Option<Related> {
    let mut best: Option<&str> = None;
    let f = first_lower(t);
    for m in RELATED {
        if !may_start(m, f) {
            continue;
        }
        if let Some(rest) = strip_prefix_ci(t, m) {
            let r = rest.trim_start();
            if (r.is_empty()
                || r.starts_with([':', '|', '»', '›', '>'])
                || r.starts_with("- ")
                || r.starts_with("— "))
                && best.map(|b| m.len() > b.len()).unwrap_or(true)
            {
                best = Some(m);
            }
        }
    }
    let m = best?;
    let rest = t.get(m.len()..)?.trim_start();
    let title = rest
        .trim_start_matches([':', '|', '»', '›', '>', '-', '—'])
        .trim();
    if title.is_empty() {
        // "Related" alone must at least end the marker cleanly.
        Some(Related::Marker)
    } else if rest.starts_with(':')
        || (rest.starts_with(['|', '»', '›', '>', '-', '—']) && reads_as_title(title))
    {
        Some(Related::Title(collapse(title)))
    } else {
        None
    }
}

/// After a weak separator ("Related - …", "See also | …") the rest must read
/// as a title, not as prose that a stray line break left at a line start:
/// it opens with a capital, a digit, a quote or a link, and it does not end
/// a sentence with a full stop (headlines do not).
fn reads_as_title(title: &str) -> bool {
    let opens = title.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '<' | '[')
    }) || title.starts_with("http");
    let ends_sentence = title.ends_with('.') && !title.ends_with("..");
    opens && !ends_sentence
}

/// A photo or image credit line ("Photo: …", "AP Photo/…", "Reuters/…",
/// "… / Getty Images", a bare domain in the header).
pub(crate) fn is_credit(t: &str, header: bool) -> bool {
    if t.len() > 400 {
        return false;
    }
    let words = count_words_upto(t, 31);
    if words == 0 || words > 30 {
        return false;
    }
    const PREFIXES: &[&str] = &[
        "photo:",
        "photos:",
        "photo by ",
        "photo credit",
        "photograph:",
        "photographs:",
        "photograph by ",
        "photography:",
        "photo/",
        "image:",
        "images:",
        "image credit",
        "image by ",
        "image source",
        "picture:",
        "pictures:",
        "pic:",
        "credit:",
        "credits:",
        "illustration:",
        "illustration by ",
        "(photo",
        "[photo",
        "(image",
        "main image:",
        "top image:",
        "cover photo:",
        "header image:",
        "featured image:",
        "lead image:",
        "cover image:",
        "foto:",
        "ap photo",
        "video:",
    ];
    let f = first_lower(t);
    if PREFIXES
        .iter()
        .any(|p| may_start(p, f) && strip_prefix_ci(t, p).is_some())
    {
        return true;
    }
    if contains_ci(t, "ap photo/") || contains_ci(t, "(ap photo") {
        return true;
    }
    const AGENCIES: &[&str] = &[
        "reuters",
        "afp",
        "epa",
        "epa-efe",
        "ap",
        "getty",
        "getty images",
        "tass",
        "anadolu",
        "sputnik",
        "ria novosti",
        "efe",
        "xinhua",
        "dpa",
        "ansa",
        "kyodo",
        "yonhap",
        "shutterstock",
        "alamy",
        "pa",
        "pa images",
        "pa wire",
        "bloomberg",
        "ukrinform",
        "imago",
        "sipa",
        "zuma",
        "nurphoto",
        "upi",
        "ddp",
        "abaca",
    ];
    let name_like = |s: &str| {
        let ws: Vec<&str> = s.split_whitespace().collect();
        !ws.is_empty()
            && ws.len() <= 8
            && ws.iter().all(|w| {
                w.chars().next().map(|c| !c.is_lowercase()).unwrap_or(false)
                    || matches!(*w, "via" | "de" | "van" | "von" | "/" | "and" | "for")
            })
    };
    // "Reuters/Jane Doe", "EPA-EFE/JOHN ROE"
    if let Some(slash) = t.find('/') {
        let (agency, rest) = (
            t.get(..slash).unwrap_or("").trim(),
            t.get(slash + 1..).unwrap_or(""),
        );
        if AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency)) && name_like(rest) {
            return true;
        }
    }
    // "Jane Doe/Reuters", "Jane Doe / AFP via Getty Images"
    let stripped = t.trim_end_matches([')', ']', ' ']);
    if !stripped.ends_with('.') || stripped.ends_with("Inc.") {
        if let Some(slash) = stripped.rfind('/') {
            let after = stripped.get(slash + 1..).unwrap_or("").trim();
            let before = stripped.get(..slash).unwrap_or("").trim();
            let agency_after = AGENCIES.iter().any(|a| {
                strip_prefix_ci(after, a)
                    .map(|r| {
                        r.is_empty()
                            || strip_prefix_ci(r.trim(), "via").is_some()
                            || r.trim().eq_ignore_ascii_case("images")
                    })
                    .unwrap_or(false)
            });
            if agency_after && !before.is_empty() {
                return true;
            }
        }
        for end in [
            "getty images",
            "shutterstock",
            "wikimedia commons",
            "unsplash",
            "pexels",
            "alamy",
        ] {
            if ends_with_ci(stripped, end) && words <= 14 {
                return true;
            }
        }
    }
    if contains_ci(t, "getty images") && words <= 12 && !t.ends_with(['.', '!', '?', '"', '”']) {
        return true;
    }
    header && is_domain(t)
}

/// A line that looks like a headline: short, not a body sentence.
pub(crate) fn headline_like(t: &str) -> bool {
    if t.len() > 1000 || t.chars().nth(250).is_some() {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 30 || t.chars().count() > 250 {
        return false;
    }
    let trimmed = t.trim_end();
    if trimmed.ends_with('.') && !trimmed.ends_with("...") {
        let last = words.last().copied().unwrap_or("");
        if last.matches('.').count() < 2 {
            return false;
        }
    }
    // several sentences: "It ended. Then it began." reads as body
    let mut breaks = 0;
    for pair in words.windows(2) {
        if let [a, b] = pair {
            if ((a.ends_with('.') && a.matches('.').count() == 1 && a.len() > 3)
                || a.ends_with('!')
                || a.ends_with('?'))
                && b.chars().next().map(char::is_uppercase).unwrap_or(false)
            {
                breaks += 1;
            }
        }
    }
    breaks == 0 || (breaks == 1 && words.len() <= 12)
}

const SUFFIX_SEPS: &[&str] = &[" | ", " - ", " — ", " – ", " -- ", " :: ", " ― "];

fn last_sep(s: &str) -> Option<(usize, &'static str)> {
    SUFFIX_SEPS
        .iter()
        .filter_map(|sep| s.rfind(sep).map(|p| (p, *sep)))
        .max_by_key(|(p, _)| *p)
}

/// Decides whether a headline suffix names an outlet. `Some(guessed)`.
fn suffix_outlet(suffix: &str, head: &str) -> Option<bool> {
    let s = suffix.trim();
    if s.is_empty() || head.split_whitespace().count() < 2 || is_not_outlet_suffix(s) {
        return None;
    }
    if is_known_outlet(s) {
        return Some(false);
    }
    if is_domain(s) {
        return Some(true);
    }
    if s.ends_with(['.', '?', '!', ':', ',', ';']) {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 5 {
        return None;
    }
    if words.iter().any(|w| is_function_word(w)) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
            || matches!(*w, "of" | "and" | "&")
    });
    if !capitalised {
        return None;
    }
    let all_caps = words.len() == 1
        && (2..=8).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c == '/' || c == '&' || c == '-');
    if all_caps {
        return Some(true);
    }
    if words.len() == 1 && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
        return Some(true);
    }
    if looks_like_outlet(s) {
        return Some(true);
    }
    None
}

/// Splits an outlet suffix off a headline: (headline, attribution, note).
pub(crate) fn split_headline(line: &str) -> (String, Option<String>, Vec<String>) {
    let line = collapse(line);
    let mut notes = Vec::new();
    let Some((p, sep)) = last_sep(&line) else {
        return (line, None, notes);
    };
    let head = line.get(..p).unwrap_or("").trim();
    let suffix = line.get(p + sep.len()..).unwrap_or("").trim();
    let Some(guessed) = suffix_outlet(suffix, head) else {
        return (line.clone(), None, notes);
    };
    if guessed {
        notes.push(format!(
            "attribution: {suffix:?} after {:?} in the headline is not a known outlet; taken as a source name",
            sep.trim()
        ));
    }
    let mut head = head.to_string();
    // "Title | World news | The Guardian": drop the section too.
    if sep.trim() == "|" {
        if let Some(q) = head.rfind(" | ") {
            let section = head.get(q + 3..).unwrap_or("").trim().to_string();
            let n = section.split_whitespace().count();
            if (1..=3).contains(&n)
                && head
                    .get(..q)
                    .map(|h| h.split_whitespace().count() >= 2)
                    .unwrap_or(false)
            {
                notes.push(format!(
                    "headline: section {section:?} dropped from the suffix"
                ));
                head.truncate(q);
            }
        }
    }
    (head, Some(suffix.to_string()), notes)
}

/// A parsed byline.
#[derive(Debug, Default)]
pub(crate) struct Byline {
    pub authors: Vec<String>,
    pub dates: Vec<DateHit>,
    /// Pieces dropped as furniture, roles or outlets.
    pub dropped: Vec<String>,
}

const BY_PREFIXES: &[&str] = &[
    "by:",
    "by ",
    "written by ",
    "words by ",
    "words:",
    "reporting by ",
    "posted by ",
    "author:",
    "authors:",
    "byline:",
    "story by ",
    "text by ",
];

use crate::common_words::PARTICLES;

fn name_word_ok(w: &str) -> bool {
    if PARTICLES.contains(&w) || w.starts_with("al-") || w.starts_with("el-") {
        return true;
    }
    let Some(first) = w.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let bare = w.trim_end_matches('.');
    if is_weekday(&bare.to_ascii_lowercase()) || matches!(bare, "The" | "A" | "An" | "THE") {
        return false;
    }
    w.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// Splits a names list: "A, B and C" → ["A", "B", "C"].
fn name_pieces(s: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    for part in s.split([',', ';']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        let mut cur: Vec<&str> = Vec::new();
        for w in words {
            if w.eq_ignore_ascii_case("and") || w == "&" {
                if !cur.is_empty() {
                    pieces.push(cur.join(" "));
                }
                cur.clear();
            } else {
                cur.push(w);
            }
        }
        if !cur.is_empty() {
            pieces.push(cur.join(" "));
        }
    }
    pieces
}

/// Parses the names part of a byline into `b`; `false` when a piece is not
/// a name, role, outlet or furniture.
fn names_into(s: &str, b: &mut Byline) -> bool {
    // E-mail addresses and handles are furniture.
    let mut kept: Vec<&str> = Vec::new();
    for w in s.split_whitespace() {
        if w.contains('@') {
            b.dropped.push(w.to_string());
        } else {
            kept.push(w);
        }
    }
    let s = kept.join(" ");
    for piece in name_pieces(&s) {
        let piece = piece.trim().trim_end_matches([',', ':', ';']).trim();
        if piece.is_empty() {
            continue;
        }
        let words: Vec<&str> = piece.split_whitespace().collect();
        if junk_phrase_at(&words) == Some(words.len()) || is_role_line(piece) || is_junk_line(piece)
        {
            b.dropped.push(piece.to_string());
            continue;
        }
        // An outlet: known, or a name with an outlet word that is not a
        // plain two-word personal name ("Emily Post").
        if is_known_outlet(piece)
            || (looks_like_outlet(piece) && (words.len() >= 3 || words.first() == Some(&"The")))
        {
            b.dropped.push(piece.to_string());
            continue;
        }
        // Cut trailing furniture: "Jane Doe Email The Author", "Jane Doe Senior Reporter",
        // "Jane Doe in Kyiv", "Jane Doe for Reuters".
        let mut cut = words.len();
        for k in 1..words.len() {
            let rest = words.get(k..).unwrap_or(&[]);
            let rest_s = rest.join(" ");
            let lead = words.get(k).copied().unwrap_or("");
            if junk_phrase_at(rest).is_some()
                || is_role_line(&rest_s)
                || ((lead == "in" || lead == "at")
                    && rest.len() <= 4
                    && rest.iter().skip(1).all(|w| name_word_ok(w)))
                || (lead == "for"
                    && rest.len() >= 2
                    && looks_like_outlet(&rest.get(1..).unwrap_or(&[]).join(" ")))
            {
                cut = k;
                break;
            }
        }
        let name_words = words.get(..cut).unwrap_or(&[]);
        if cut < words.len() {
            b.dropped.push(words.get(cut..).unwrap_or(&[]).join(" "));
        }
        if name_words.len() < 2
            || name_words.len() > 5
            || !name_words.iter().all(|w| name_word_ok(w))
        {
            return false;
        }
        if !name_words
            .first()
            .map(|w| !PARTICLES.contains(w))
            .unwrap_or(false)
        {
            return false;
        }
        let name = name_words.join(" ");
        if !b.authors.contains(&name) {
            b.authors.push(name);
        }
    }
    true
}

/// Parses a byline line ("By A and B", "By A, Reuters | Dec. 5, 2024").
pub(crate) fn parse_byline(t: &str) -> Option<Byline> {
    if t.len() > 250 {
        return None;
    }
    // Cheap filter: some part must start with a byline prefix.
    let has_prefix = BY_PREFIXES.iter().any(|p| strip_prefix_ci(t, p).is_some())
        || ["| ", "• ", "· ", "— ", "– ", "- ", "|"].iter().any(|sep| {
            t.match_indices(sep).any(|(i, _)| {
                let rest = t.get(i + sep.len()..).unwrap_or("").trim_start();
                BY_PREFIXES
                    .iter()
                    .any(|p| strip_prefix_ci(rest, p).is_some())
            })
        });
    if !has_prefix {
        return None;
    }
    // A line that opens in lower case ("by the council.") and ends a
    // sentence is prose that a stray break left at a line start.
    if t.starts_with(|c: char| c.is_lowercase()) && t.trim_end().ends_with('.') {
        return None;
    }
    let mut parts: Vec<&str> = vec![t];
    for sep in [" | ", " • ", " · ", " — ", " – ", " - ", "|"] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let mut b = Byline::default();
    let mut saw_by = false;
    for part in parts {
        let p = part.trim();
        if p.is_empty() {
            continue;
        }
        if let Some(rest) = BY_PREFIXES.iter().find_map(|pre| strip_prefix_ci(p, pre)) {
            if saw_by {
                return None;
            }
            saw_by = true;
            if !names_into(rest, &mut b) {
                return None;
            }
        } else if let Some(d) = parse_date_line(p) {
            b.dates.push(d);
        } else if is_junk_line(p) || is_role_line(p) || looks_like_outlet(p) {
            b.dropped.push(p.to_string());
        } else {
            let words: Vec<&str> = p.split_whitespace().collect();
            if saw_by && words.len() <= 4 && junk_phrase_at(&words) == Some(words.len()) {
                b.dropped.push(p.to_string());
            } else {
                return None;
            }
        }
    }
    (saw_by && (!b.authors.is_empty() || !b.dropped.is_empty())).then_some(b)
}

/// A header line made only of layout parts joined by " | ", " • " or
/// " · " ("5 December 2024 • 3 min read"): its dates and dropped parts.
pub(crate) fn compound_layout(t: &str) -> Option<(Vec<DateHit>, Vec<String>)> {
    if t.len() > 200 {
        return None;
    }
    let mut parts: Vec<&str> = vec![t];
    for sep in [" | ", " • ", " · ", " — ", " – "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    if parts.len() < 2 {
        return None;
    }
    let mut dates = Vec::new();
    let mut dropped = Vec::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if let Some(d) = parse_date_line(p) {
            dates.push(d);
        } else if is_junk_line(p) || is_role_line(p) || is_known_outlet(p) {
            dropped.push(p.to_string());
        } else {
            return None;
        }
    }
    Some((dates, dropped))
}

const SECTIONS: &[&str] = &[
    "world",
    "world news",
    "news",
    "politics",
    "business",
    "opinion",
    "europe",
    "asia",
    "africa",
    "americas",
    "middle east",
    "uk",
    "us",
    "u.s.",
    "sport",
    "sports",
    "technology",
    "tech",
    "science",
    "health",
    "culture",
    "analysis",
    "exclusive",
    "breaking",
    "breaking news",
    "economy",
    "climate",
    "environment",
    "entertainment",
    "lifestyle",
    "travel",
    "local",
    "national",
    "international",
    "markets",
    "investigation",
    "feature",
    "features",
    "interview",
    "commentary",
    "editorial",
    "explainer",
    "in depth",
    "russia",
    "ukraine",
    "war in ukraine",
    "national news",
    "local news",
    "latest",
    "top stories",
];

/// A kicker or section label above a headline ("WORLD", "Europe", "Analysis:").
pub(crate) fn kicker_like(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let bare = t.trim_end_matches([':', '|', '/', '›', '»', '>']).trim();
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    (all_caps && words.len() <= 2)
        || t.ends_with(':')
        || SECTIONS.iter().any(|s| s.eq_ignore_ascii_case(bare))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_ci_agrees_with_lowercase_contains() {
        let hays = [
            "",
            "ap",
            "AP Photo/Jane Roe",
            "Photo by someone (AP Photo/John Doe)",
            "(ap photo",
            "Jane Roe / AFP via GETTY IMAGES",
            "gettyimages",
            "Getty  Images",
            "getty İmages",
            "a p photo/",
            "Mapping the capital: ap photo/ at the end",
            "yyyy getty image",
            "ÄP PHOTO/ and then getty images",
        ];
        for h in hays {
            for n in ["ap photo/", "(ap photo", "getty images", "y", "x"] {
                assert_eq!(
                    contains_ci(h, n),
                    h.to_lowercase().contains(n),
                    "{h:?} {n:?}"
                );
            }
        }
    }

    #[test]
    fn count_words_agrees_with_split_whitespace() {
        for s in [
            "",
            "   ",
            "one",
            " one  two\tthree\u{0B}four\u{0C}five\r\nsix ",
            "a\u{A0}b\u{2003}c\u{3000}d",
            "é ü ß ∑ 日本 語",
            "a\u{85}b\u{1680}c\u{2028}d\u{2029}e\u{202F}f\u{205F}g\u{200B}h\u{180E}i",
            "\u{A0}\u{A0}x\u{A0}",
            "‘quoted’ – “words” — …",
            "x y z w v u t s r q p o n m l k j i h g f e d c b a 1 2 3 4 5 6 7 8 9",
        ] {
            for max in [0, 1, 2, 5, 31] {
                assert_eq!(
                    count_words_upto(s, max),
                    s.split_whitespace().take(max).count(),
                    "{s:?} {max}"
                );
            }
        }
    }

    #[test]
    fn count_words_knows_every_space() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                count_words_upto(&s, 5),
                s.split_whitespace().count(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn loose_eq_compares_words() {
        assert!(loose_eq("Mayor Opens Bridge", "mayor opens  bridge."));
        assert!(loose_eq("“Mayor” opens—bridge", "MAYOR OPENS BRIDGE"));
        assert!(loose_eq("ΟΔΟΣ ΚΛΕΙΣΤΗ", "οδος κλειστη"));
        assert!(!loose_eq("Mayor Opens Bridge", "Mayor Opens Bridges"));
        assert!(!loose_eq("Mayor Opens Bridge", "Mayor Opens Bridge today"));
        assert!(!loose_eq("Mayoropens", "Mayor opens"));
        assert!(!loose_eq("", ""));
        assert!(!loose_eq("...", "!!!"));
    }

    #[test]
    fn headline_suffix() {
        let (h, a, _) = split_headline("Putin Talks Peace - NYT");
        assert_eq!(
            (h.as_str(), a.as_deref()),
            ("Putin Talks Peace", Some("NYT"))
        );
        let (h, a, _) = split_headline("Mayor Opens Bridge | Reuters");
        assert_eq!(
            (h.as_str(), a.as_deref()),
            ("Mayor Opens Bridge", Some("Reuters"))
        );
        let (h, a, _) = split_headline("Floods Hit Coast — Al Jazeera");
        assert_eq!(
            (h.as_str(), a.as_deref()),
            ("Floods Hit Coast", Some("Al Jazeera"))
        );
        let (h, a, _) = split_headline("Covid-19 - a year on");
        assert_eq!((h.as_str(), a), ("Covid-19 - a year on", None));
        let (h, a, _) = split_headline("Covid-19 - A Year On");
        assert_eq!((h.as_str(), a), ("Covid-19 - A Year On", None));
        let (h, a, _) = split_headline("Storm nears coast - live");
        assert_eq!((h.as_str(), a), ("Storm nears coast - live", None));
        let (h, a, _) = split_headline("Rates held | Business | The Guardian");
        assert_eq!(
            (h.as_str(), a.as_deref()),
            ("Rates held", Some("The Guardian"))
        );
    }

    #[test]
    fn bylines() {
        let b = parse_byline("By Jane Doe and John Roe").unwrap();
        assert_eq!(b.authors, ["Jane Doe", "John Roe"]);
        let b = parse_byline("By Jane Doe, Reuters").unwrap();
        assert_eq!(b.authors, ["Jane Doe"]);
        let b = parse_byline("By Jane Doe Email The Author").unwrap();
        assert_eq!(b.authors, ["Jane Doe"]);
        let b = parse_byline("By Jane Doe, Senior Reporter").unwrap();
        assert_eq!(b.authors, ["Jane Doe"]);
        let b = parse_byline("By Anna Lee in Kyiv and Tom Ode in Moscow").unwrap();
        assert_eq!(b.authors, ["Anna Lee", "Tom Ode"]);
        let b = parse_byline("By Jane Doe | Dec. 5, 2024").unwrap();
        assert_eq!(b.dates.len(), 1);
        assert!(parse_byline("By the end of the year, prices rose.").is_none());
        assert!(parse_byline("By Monday the talks had stalled").is_none());
        assert!(parse_byline("Byzantine art").is_none());
        assert!(parse_byline("by AP U.S..").is_none());
        assert!(parse_byline("by Jane Doe").is_some());
        let b = parse_byline("By Reuters").unwrap();
        assert!(b.authors.is_empty());
    }

    #[test]
    fn credits() {
        assert!(is_credit("Photo: Jane Doe", false));
        assert!(is_credit("AP Photo/Jane Doe", false));
        assert!(is_credit("Reuters/Jane Doe", false));
        assert!(is_credit("Jane Doe / Getty Images", false));
        assert!(is_credit("Jane Doe/Reuters", false));
        assert!(is_credit("duma.gov.ru", true));
        assert!(!is_credit("duma.gov.ru", false));
        assert!(!is_credit(
            "A Reuters/Ipsos poll showed support falling.",
            false
        ));
        assert!(!is_credit(
            "Reuters/Ipsos poll shows support falling",
            false
        ));
    }

    #[test]
    fn related_and_trailer() {
        assert!(
            matches!(related_line("Related article: How It Works"), Some(Related::Title(t)) if t == "How It Works")
        );
        assert!(matches!(
            related_line("READ MORE: Title"),
            Some(Related::Title(_))
        ));
        assert!(matches!(related_line("Read more"), Some(Related::Marker)));
        assert!(related_line("Related talks failed.").is_none());
        assert!(related_line("Read more books").is_none());
        // Weak separators need a title, not prose left at a line start.
        assert!(matches!(
            related_line("Related - How Piers Are Built"),
            Some(Related::Title(t)) if t == "How Piers Are Built"
        ));
        assert!(matches!(
            related_line("See also | https://x.example/a"),
            Some(Related::Title(_))
        ));
        assert!(related_line("Related - the.").is_none());
        assert!(related_line("Related — the council met").is_none());
        assert!(related_line("See also - Kyiv council voted.").is_none());
        assert!(matches!(
            related_line("Related: the council."),
            Some(Related::Title(_))
        ));
        assert_eq!(trailer_marker("Original url:"), Some(13));
        assert!(trailer_marker("Source: https://x.example/a").is_some());
        assert!(trailer_marker("Sources said").is_none());
        assert!(trailer_marker("Source close to him said").is_none());
        assert!(trailer_marker("Linked to fraud").is_none());
    }

    #[test]
    fn domains_and_urls() {
        assert!(is_domain("duma.gov.ru"));
        assert!(!is_domain("U.S."));
        assert!(!is_domain("said."));
        assert_eq!(url_start("see https://a.example/x"), Some(4));
        assert_eq!(url_start("at example.com/news/1"), Some(3));
        assert!(is_url_continuation("slug-part-a1234", false));
        assert!(!is_url_continuation("Copyright 2024", false));
        assert!(!is_url_continuation("The end.", false));
        assert!(!is_url_continuation("purrs", false));
        assert!(is_url_continuation("council", true));
    }
}
