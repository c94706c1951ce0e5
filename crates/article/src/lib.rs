//! The [`Article`] model and a parser for news articles as scrapers leave
//! them: plain text with a headline (maybe with an outlet suffix), a date
//! line, a byline, a photo credit, body paragraphs with HTML remnants,
//! "Related article:" promos and a trailer naming the source URL.
//!
//! ```
//! use newsprep_article::parse;
//!
//! let text = "Mayor Opens New Bridge | Reuters\n\nDec. 5, 2024\n\nBy Ana Ruiz and Tom Bell\n\n\
//!             Photo: City Hall\n\nThe mayor opened the <a href=\"https://x.example/b\">bridge</a> \
//!             on Sunday.\n\nRead more: Bridges of the River\n\nSource: https://example.com/news/\nbridge-a1\n";
//! let a = parse(text);
//! assert_eq!(a.headline.as_deref(), Some("Mayor Opens New Bridge"));
//! assert_eq!(a.attribution.as_deref(), Some("Reuters"));
//! assert_eq!(a.published.as_deref(), Some("2024-12-05"));
//! assert_eq!(a.authors, ["Ana Ruiz", "Tom Bell"]);
//! assert_eq!(a.credit.as_deref(), Some("Photo: City Hall"));
//! assert_eq!(a.paragraphs, ["The mayor opened the bridge on Sunday."]);
//! assert_eq!(a.related, ["Bridges of the River"]);
//! assert_eq!(a.url_raw.as_deref(), Some("https://example.com/news/\nbridge-a1"));
//! let l = &a.links[0];
//! assert_eq!((l.text.as_str(), l.href.as_deref()), ("bridge", Some("https://x.example/b")));
//! assert_eq!(&a.paragraphs[l.paragraph][l.start..l.end], "bridge");
//! ```
//!
//! The parser never fails and never panics: on a layout it does not
//! recognise it still gives paragraphs, and [`Article::notes`] records what
//! it guessed or dropped.
//!
//! # Crate features
//! - `serde`: `Serialize`/`Deserialize` for [`Article`] and [`Link`].
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod common_words;
mod date;
mod layout;
mod page_words;
mod scrub;

use date::{parse_date_line, DateHit, DateKind};
use layout::{
    collapse, headline_like, is_credit, is_url_continuation, loose_eq, parse_byline, related_line,
    split_headline, trailer_marker, url_start, Related,
};
use scrub::RawLink;

/// An inline link kept from an HTML remnant (`<a href>` or `<u>`).
///
/// `&article.paragraphs[link.paragraph][link.start..link.end] == link.text`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The anchor text, as it stands in the paragraph.
    pub text: String,
    /// The link target, when the remnant had one.
    pub href: Option<String>,
    /// Index of the paragraph (in [`Article::paragraphs`]) that holds it.
    pub paragraph: usize,
    /// Byte offset of the anchor text in that paragraph.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// A parsed article. Every field is optional: absent values are `None` or empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline, without an outlet suffix.
    pub headline: Option<String>,
    /// The outlet credited in a headline suffix, as written ("NYT").
    pub attribution: Option<String>,
    /// Publication date, "YYYY-MM-DD".
    pub published: Option<String>,
    /// Publication time as written next to the date ("14.05 GMT"), when given.
    pub published_time: Option<String>,
    /// Authors from a byline.
    pub authors: Vec<String>,
    /// The photo or image credit line, as written.
    pub credit: Option<String>,
    /// The source URL as found in a trailer ("Original url: …"), not yet repaired:
    /// it may hold inserted spaces and line breaks.
    pub url_raw: Option<String>,
    /// Clean body paragraphs.
    pub paragraphs: Vec<String>,
    /// Titles from "Related article:"-style lines.
    pub related: Vec<String>,
    /// Inline links from HTML remnants.
    pub links: Vec<Link>,
    /// What the parser guessed, dropped or could not recognise.
    pub notes: Vec<String>,
}

impl Article {
    /// True when nothing was found at all (an empty document).
    pub fn is_empty(&self) -> bool {
        self.headline.is_none()
            && self.published.is_none()
            && self.authors.is_empty()
            && self.credit.is_none()
            && self.url_raw.is_none()
            && self.paragraphs.is_empty()
            && self.related.is_empty()
    }
}

/// Options for [`parse_with`].
#[non_exhaustive]
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Decides whether paragraph `next` continues the sentence left open by
    /// `prev`; the parser rejoins such paragraphs. `None` uses a built-in rule
    /// (join when `prev` has no terminal punctuation and `next` starts
    /// lower-case, or `prev` ends with a comma or a word such as "and").
    pub paragraph_joiner: Option<fn(&str, &str) -> bool>,
}

impl ParseOptions {
    /// Default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`ParseOptions::paragraph_joiner`].
    ///
    /// ```
    /// use newsprep_article::{parse_with, ParseOptions};
    /// let never = |_: &str, _: &str| false;
    /// let a = parse_with("Title\n\nIt was\n\nsplit.", &ParseOptions::new().with_paragraph_joiner(never));
    /// assert_eq!(a.paragraphs, ["It was", "split."]);
    /// ```
    pub fn with_paragraph_joiner(mut self, f: fn(&str, &str) -> bool) -> Self {
        self.paragraph_joiner = Some(f);
        self
    }
}

/// The built-in paragraph joiner: `next` continues `prev` when `prev` has no
/// terminal punctuation and `next` starts lower-case, or when `prev` ends
/// with a comma or a joining word ("and", "of", "the").
///
/// ```
/// use newsprep_article::default_joiner;
/// assert!(default_joiner("received overtures", "from the Kremlin."));
/// assert!(default_joiner("between Georgia and", "Armenia."));
/// assert!(!default_joiner("It ended.", "Then it began."));
/// ```
pub fn default_joiner(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    let n = next.trim_start();
    let (Some(last), Some(first)) = (p.chars().last(), n.chars().next()) else {
        return false;
    };
    if matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | ')' | '…'
    ) {
        return false;
    }
    if first.is_lowercase() {
        return true;
    }
    if !first.is_alphanumeric() {
        return false;
    }
    if last == ',' {
        return true;
    }
    let last_word = p.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(
        last_word,
        "and"
            | "or"
            | "but"
            | "nor"
            | "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "for"
            | "with"
            | "from"
            | "by"
            | "on"
            | "at"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "than"
            | "into"
            | "between"
            | "including"
            | "said"
            | "told"
            | "says"
            | "about"
    )
}

/// Parse a scraped article with default options.
///
/// ```
/// let a = newsprep_article::parse("");
/// assert!(a.is_empty());
/// ```
pub fn parse(text: &str) -> Article {
    parse_with(text, &ParseOptions::default())
}

/// A paragraph under construction with its links (byte offsets into `text`).
#[derive(Debug, Default)]
struct Para {
    text: String,
    links: Vec<(usize, usize, Option<String>)>,
}

/// Builds one paragraph from line spans of `doc`, collapsing white space and
/// mapping the link spans that fall inside.
fn build_para(doc: &str, spans: &[(usize, usize)], links: &[RawLink]) -> Para {
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return Para::default();
    };
    let (lo, hi) = (first.0, last.1);
    if !links.iter().any(|l| l.start < hi && l.end > lo) {
        // Fast path: no links, just collapse white space.
        let mut out = String::with_capacity(hi.saturating_sub(lo));
        for &(s, e) in spans {
            // The cleaned document has only ' ' as horizontal white space.
            let line = doc.get(s..e).unwrap_or("");
            if !line.contains("  ") {
                if !out.is_empty() && !line.is_empty() {
                    out.push(' ');
                }
                out.push_str(line);
                continue;
            }
            for w in line.split(' ') {
                if w.is_empty() {
                    continue;
                }
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        return Para {
            text: out,
            links: Vec::new(),
        };
    }
    // events: (pos, link index, is_start)
    let mut events: Vec<(usize, usize, bool)> = Vec::new();
    let relevant: Vec<&RawLink> = links
        .iter()
        .filter(|l| l.start < hi && l.end > lo)
        .collect();
    for (k, l) in relevant.iter().enumerate() {
        events.push((l.start.max(lo), k, true));
        events.push((l.end.min(hi), k, false));
    }
    events.sort_by_key(|e| (e.0, !e.2));
    let mut mapped: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); relevant.len()];
    let mut ev = events.into_iter().peekable();
    let mut out = String::new();
    let mut pending_space = false;
    let mut record =
        |pos_limit: usize,
         inclusive: bool,
         out_len: usize,
         ev: &mut std::iter::Peekable<std::vec::IntoIter<(usize, usize, bool)>>| {
            while let Some(&(p, k, is_start)) = ev.peek() {
                if p < pos_limit || (inclusive && p == pos_limit) {
                    if let Some(m) = mapped.get_mut(k) {
                        if is_start {
                            m.0 = Some(out_len);
                        } else {
                            m.1 = Some(out_len);
                        }
                    }
                    ev.next();
                } else {
                    break;
                }
            }
        };
    for &(s, e) in spans {
        if !out.is_empty() {
            pending_space = true;
        }
        let Some(line) = doc.get(s..e) else { continue };
        for (off, c) in line.char_indices() {
            record(s + off, true, out.len(), &mut ev);
            if c.is_whitespace() {
                if !out.is_empty() {
                    pending_space = true;
                }
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        record(e, true, out.len(), &mut ev);
    }
    record(usize::MAX, true, out.len(), &mut ev);
    let mut para = Para {
        text: out,
        links: Vec::new(),
    };
    for (k, l) in relevant.iter().enumerate() {
        let (Some(Some(mut st)), Some(Some(mut en))) =
            (mapped.get(k).map(|m| m.0), mapped.get(k).map(|m| m.1))
        else {
            continue;
        };
        en = en.min(para.text.len());
        st = st.min(en);
        while st < en
            && para
                .text
                .get(st..)
                .map(|r| r.starts_with(' '))
                .unwrap_or(false)
        {
            st += 1;
        }
        while en > st
            && para
                .text
                .get(..en)
                .map(|r| r.ends_with(' '))
                .unwrap_or(false)
        {
            en -= 1;
        }
        if st < en && para.text.get(st..en).is_some() {
            para.links.push((st, en, l.href.clone()));
        }
    }
    para
}

/// Line spans of `doc`, trimmed; blank lines give empty spans.
fn line_spans(doc: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let ends = memchr::memchr_iter(b'\n', doc.as_bytes()).chain(std::iter::once(doc.len()));
    for end in ends {
        let line = doc.get(pos..end).unwrap_or("");
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        let s = pos + lead;
        out.push((s, s + trimmed.len()));
        pos = end + 1;
    }
    out
}

/// True when a block of lines is hard-wrapped prose (lines of similar
/// length, not ending sentences) rather than one paragraph per line.
fn looks_wrapped(doc: &str, spans: &[(usize, usize)]) -> bool {
    if spans.len() < 2 {
        return false;
    }
    let Some((_, init)) = spans.split_last() else {
        return false;
    };
    let lens: Vec<usize> = init
        .iter()
        .map(|&(s, e)| doc.get(s..e).map(|t| t.chars().count()).unwrap_or(0))
        .collect();
    let (min, max) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    let open = init
        .iter()
        .filter(|&&(s, e)| {
            !doc.get(s..e)
                .map(|t| t.ends_with(['.', '!', '?', '"', '”', ':']))
                .unwrap_or(false)
        })
        .count();
    min >= 40 && max <= 110 && max - min <= 35 && open * 2 >= init.len()
}

struct Parser<'d> {
    doc: &'d str,
    lines: Vec<(usize, usize)>,
    a: Article,
    date: Option<DateHit>,
    headline_line: Option<String>,
    header: bool,
    headline_decided: bool,
    body: Vec<usize>,
    body_blocks: usize,
    last_body_block: Option<usize>,
    block: usize,
}

impl<'d> Parser<'d> {
    fn text(&self, i: usize) -> &'d str {
        self.lines
            .get(i)
            .and_then(|&(s, e)| self.doc.get(s..e))
            .unwrap_or("")
    }

    fn next_nonempty(&self, from: usize, max_blanks: usize) -> Option<usize> {
        let mut blanks = 0;
        let mut k = from;
        while k < self.lines.len() {
            if !self.text(k).is_empty() {
                return Some(k);
            }
            blanks += 1;
            if blanks > max_blanks {
                return None;
            }
            k += 1;
        }
        None
    }

    fn note(&mut self, s: String) {
        if self.a.notes.len() < 64 {
            self.a.notes.push(s);
        }
    }

    fn take_date(&mut self, d: DateHit, line: &str) {
        if let Some(g) = d.guess {
            self.note(format!("date: {g} in {line:?}"));
        }
        match &self.date {
            Some(cur) if cur.kind >= d.kind => {
                self.note(format!(
                    "date: another date line kept out of the body: {line:?}"
                ));
            }
            _ => self.date = Some(d),
        }
    }

    /// Reads a URL that starts at byte `us` of the document on line `j`,
    /// with continuation lines. Returns the index after the last line used.
    fn take_url(&mut self, us: usize, j: usize) -> usize {
        let mut end = self.lines.get(j).map(|l| l.1).unwrap_or(us);
        let mut k = j + 1;
        while let Some(m) = self.next_nonempty(k, 1) {
            let open = self
                .doc
                .get(us..end)
                .map(|u| u.trim_end().ends_with(['-', '/', '_', '=', '?', '&', '.']))
                .unwrap_or(false);
            if is_url_continuation(self.text(m), open) {
                end = self.lines.get(m).map(|l| l.1).unwrap_or(end);
                k = m + 1;
            } else {
                break;
            }
        }
        let raw = self.doc.get(us..end).unwrap_or("").to_string();
        if self.a.url_raw.is_none() {
            self.a.url_raw = Some(raw);
        } else {
            self.note(format!(
                "trailer: another source URL kept out of the body: {raw:?}"
            ));
        }
        k
    }

    /// Handles a trailer line `i` whose marker ends at byte `off` of the line.
    fn trailer(&mut self, i: usize, off: usize) -> usize {
        let (s, _) = self.lines.get(i).copied().unwrap_or((0, 0));
        let t = self.text(i);
        let rest = t.get(off..).unwrap_or("");
        if let Some(u) = url_start(rest) {
            return self.take_url(s + off + u, i);
        }
        if let Some(k) = self.next_nonempty(i + 1, 3) {
            let next = self.text(k);
            if url_start(next) == Some(0) {
                if !rest.trim().is_empty() {
                    self.note(format!("trailer: {t:?}"));
                }
                let ks = self.lines.get(k).map(|l| l.0).unwrap_or(0);
                return self.take_url(ks, k);
            }
        }
        self.note(format!("trailer without a URL kept out of the body: {t:?}"));
        i + 1
    }

    /// True when a line is layout (so it cannot be a headline).
    fn is_layout_line(&self, t: &str) -> bool {
        trailer_marker(t).is_some()
            || related_line(t).is_some()
            || is_credit(t, true)
            || parse_date_line(t).is_some()
            || parse_byline(t).is_some()
            || layout::compound_layout(t).is_some()
            || page_words::is_junk_line(t)
    }

    fn in_header_zone(&self) -> bool {
        self.header || self.body.is_empty()
    }

    fn push_body(&mut self, i: usize) {
        self.header = false;
        if self.last_body_block != Some(self.block) {
            self.body_blocks += 1;
            self.last_body_block = Some(self.block);
        }
        self.body.push(i);
    }

    fn run(&mut self) {
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            let t = self.text(i);
            if t.is_empty() {
                self.block += 1;
                i += 1;
                continue;
            }
            // Trailer with the source URL.
            if let Some(off) = trailer_marker(t) {
                i = self.trailer(i, off);
                continue;
            }
            // A bare URL line.
            if layout::starts_with_url(t)
                && t.split_whitespace().nth(3).is_none()
                && !self.in_header_zone_strict()
            {
                let s = self.lines.get(i).map(|l| l.0).unwrap_or(0);
                let had = self.a.url_raw.is_some();
                let k = self.take_url(s, i);
                if self.next_nonempty(k, usize::MAX).is_none() && !had {
                    self.note("trailer: a bare URL at the end taken as the source URL".into());
                } else if !had {
                    let raw = self.a.url_raw.take().unwrap_or_default();
                    self.note(format!("dropped a bare URL line: {raw:?}"));
                }
                i = k;
                continue;
            }
            // Related and promo lines.
            if let Some(r) = related_line(t) {
                match r {
                    Related::Title(title) => self.a.related.push(title),
                    Related::Marker => {
                        if let Some(k) = self.next_nonempty(i + 1, 2) {
                            let next = self.text(k);
                            if headline_like(next)
                                && related_line(next).is_none()
                                && trailer_marker(next).is_none()
                            {
                                self.a.related.push(collapse(next));
                                i = k + 1;
                                continue;
                            }
                        }
                        self.note(format!("related marker without a title: {t:?}"));
                    }
                }
                i += 1;
                continue;
            }
            // Photo credit.
            if is_credit(t, self.in_header_zone()) {
                if self.a.credit.is_none() {
                    self.a.credit = Some(collapse(t));
                } else {
                    self.note(format!(
                        "credit: another credit line kept out of the body: {t:?}"
                    ));
                }
                i += 1;
                continue;
            }
            // Date line.
            if let Some(d) = parse_date_line(t) {
                self.take_date(d, t);
                i += 1;
                continue;
            }
            // Byline, in the header or the first body blocks.
            if self.header || self.body_blocks <= 2 {
                if let Some(b) = parse_byline(t) {
                    for name in b.authors {
                        if !self.a.authors.contains(&name) {
                            self.a.authors.push(name);
                        }
                    }
                    for d in b.dates {
                        self.take_date(d, t);
                    }
                    for junk in b.dropped {
                        self.note(format!("byline: dropped {junk:?}"));
                    }
                    i += 1;
                    continue;
                }
            }
            // A header line of layout parts: "5 December 2024 • 3 min read".
            if self.header || self.body_blocks <= 2 {
                if let Some((dates, dropped)) = layout::compound_layout(t) {
                    for d in dates {
                        self.take_date(d, t);
                    }
                    for junk in dropped {
                        self.note(format!("dropped page furniture: {junk:?}"));
                    }
                    i += 1;
                    continue;
                }
            }
            // A lone outlet line in the header ("Reuters").
            if self.header && page_words::is_known_outlet(t) {
                if self.a.attribution.is_none() {
                    self.a.attribution = Some(collapse(t));
                    self.note(format!("attribution: taken from an outlet line {t:?}"));
                } else {
                    self.note(format!("dropped an outlet line: {t:?}"));
                }
                i += 1;
                continue;
            }
            // Page furniture.
            if page_words::is_junk_line(t) || (self.in_header_zone() && page_words::is_role_line(t))
            {
                self.note(format!("dropped page furniture: {t:?}"));
                i += 1;
                continue;
            }
            // Headline.
            if self.header && !self.headline_decided {
                // A kicker or section label above the real headline.
                if layout::kicker_like(t) {
                    if let Some(k) = self.next_nonempty(i + 1, 2) {
                        let next = self.text(k);
                        if headline_like(next)
                            && next.split_whitespace().nth(3).is_some()
                            && !self.is_layout_line(next)
                        {
                            self.note(format!("headline: kicker or section line dropped: {t:?}"));
                            i += 1;
                            continue;
                        }
                    }
                }
                self.headline_decided = true;
                let continued = self
                    .lines
                    .get(i + 1)
                    .and_then(|&(s, e)| self.doc.get(s..e))
                    .and_then(|nx| nx.chars().next())
                    .map(char::is_lowercase)
                    .unwrap_or(false);
                if headline_like(t) && !continued {
                    let (h, attr, notes) = split_headline(t);
                    self.a.headline = Some(h);
                    self.a.attribution = attr;
                    for nt in notes {
                        self.note(nt);
                    }
                    self.headline_line = Some(t.to_string());
                    i += 1;
                    continue;
                }
                self.note("headline: none found; the first line reads as body text".into());
            }
            // The headline repeated as the first body line.
            if self.body.is_empty() {
                let same = self
                    .a
                    .headline
                    .as_deref()
                    .map(|h| loose_eq(h, t))
                    .unwrap_or(false)
                    || self
                        .headline_line
                        .as_deref()
                        .map(|h| loose_eq(h, t))
                        .unwrap_or(false);
                if same {
                    self.note("headline: repeated as the first body line; dropped".into());
                    i += 1;
                    continue;
                }
            }
            self.push_body(i);
            i += 1;
        }
    }

    /// The header before the headline is decided: bare URLs there are not trailers.
    fn in_header_zone_strict(&self) -> bool {
        self.header && !self.headline_decided
    }

    fn paragraphs(&mut self, joiner: fn(&str, &str) -> bool, links: &[RawLink]) -> Vec<Para> {
        // Groups of consecutive body lines.
        let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut prev: Option<usize> = None;
        for &i in &self.body {
            let span = self.lines.get(i).copied().unwrap_or((0, 0));
            match (prev, groups.last_mut()) {
                (Some(p), Some(g)) if p + 1 == i => g.push(span),
                _ => groups.push(vec![span]),
            }
            prev = Some(i);
        }
        let mut paras: Vec<Para> = Vec::new();
        for g in groups {
            if looks_wrapped(self.doc, &g) {
                paras.push(build_para(self.doc, &g, links));
            } else {
                for span in g {
                    paras.push(build_para(self.doc, &[span], links));
                }
            }
        }
        paras.retain(|p| !p.text.is_empty());
        let mut out: Vec<Para> = Vec::with_capacity(paras.len());
        let mut joined = 0;
        for p in paras {
            if let Some(last) = out.last_mut() {
                if joiner(&last.text, &p.text) {
                    let shift = last.text.len() + 1;
                    last.text.push(' ');
                    last.text.push_str(&p.text);
                    last.links.extend(
                        p.links
                            .into_iter()
                            .map(|(s, e, h)| (s + shift, e + shift, h)),
                    );
                    joined += 1;
                    continue;
                }
            }
            out.push(p);
        }
        if joined > 0 {
            self.note(format!(
                "paragraphs: rejoined {joined} paragraph(s) split mid-sentence"
            ));
        }
        out
    }
}

/// Parse a scraped article.
///
/// ```
/// use newsprep_article::{parse_with, ParseOptions};
/// let text = "Storm Nears Coast - BBC News\r\n\r\nMon 12 Feb 2024 14.05 GMT\r\n\r\n\
///             The storm was expected to reach the coast by\r\n\r\nlate evening.\r\n";
/// let a = parse_with(text, &ParseOptions::default());
/// assert_eq!(a.attribution.as_deref(), Some("BBC News"));
/// assert_eq!(a.published.as_deref(), Some("2024-02-12"));
/// assert_eq!(a.published_time.as_deref(), Some("14.05 GMT"));
/// assert_eq!(a.paragraphs, ["The storm was expected to reach the coast by late evening."]);
/// ```
pub fn parse_with(text: &str, opts: &ParseOptions) -> Article {
    let cleaned = scrub::clean(text);
    let mut a = Article::default();
    if cleaned.mojibake > 0 {
        a.notes.push(format!(
            "mojibake: repaired {} character(s) of UTF-8 read as Windows-1252",
            cleaned.mojibake
        ));
    }
    if cleaned.tags > 0 || cleaned.entities > 0 {
        a.notes.push(format!(
            "html: removed {} tag(s), decoded {} entit(y/ies)",
            cleaned.tags, cleaned.entities
        ));
    }
    let doc = cleaned.text.as_str();
    if doc.trim().is_empty() {
        a.notes.push("empty document".into());
        return a;
    }
    let mut p = Parser {
        doc,
        lines: line_spans(doc),
        a,
        date: None,
        headline_line: None,
        header: true,
        headline_decided: false,
        body: Vec::new(),
        body_blocks: 0,
        last_body_block: None,
        block: 0,
    };
    p.run();
    let joiner = opts.paragraph_joiner.unwrap_or(default_joiner);
    let paras = p.paragraphs(joiner, &cleaned.links);
    let mut a = std::mem::take(&mut p.a);
    if let Some(d) = p.date.take() {
        if d.kind == DateKind::Updated {
            a.notes
                .push("date: only an \"updated\" date found; used as the publication date".into());
        }
        a.published = Some(d.ymd());
        a.published_time = d.time;
    }
    for (idx, para) in paras.into_iter().enumerate() {
        for (s, e, href) in para.links {
            if let Some(t) = para.text.get(s..e) {
                a.links.push(Link {
                    text: t.to_string(),
                    href,
                    paragraph: idx,
                    start: s,
                    end: e,
                });
            }
        }
        a.paragraphs.push(para.text);
    }
    if a.headline.is_none()
        && a.published.is_none()
        && a.authors.is_empty()
        && a.credit.is_none()
        && a.url_raw.is_none()
        && a.related.is_empty()
    {
        a.notes.push(
            "layout: no headline, date, byline, credit or trailer recognised; all text taken as paragraphs"
                .into(),
        );
    }
    a
}

#[cfg(test)]
mod tests;

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
