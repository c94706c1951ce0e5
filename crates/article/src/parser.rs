//! The line-by-line layout parser: each line is classified by kind
//! (trailer, related, credit, date, byline, headline, body).

use crate::date::{parse_date_line, DateHit, DateKind};
use crate::layout::{
    self, collapse, headline_like, is_credit, is_url_continuation, loose_eq, parse_byline,
    related_line, split_headline, trailer_marker, url_start, Related,
};
use crate::paragraphs::{self, line_spans};
use crate::{default_joiner, normalize, words, Article, Link, ParseOptions};

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
            || words::is_junk_line(t)
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
            if self.header && words::is_known_outlet(t) {
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
            if words::is_junk_line(t) || (self.in_header_zone() && words::is_role_line(t)) {
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
}

/// Parses a scraped article (see [`crate::parse_with`]).
pub(crate) fn parse(text: &str, opts: &ParseOptions) -> Article {
    let cleaned = normalize::clean(text);
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
    let mut para_notes = Vec::new();
    let paras = paragraphs::build(
        p.doc,
        &p.lines,
        &p.body,
        joiner,
        &cleaned.links,
        &mut para_notes,
    );
    for n in para_notes {
        p.note(n);
    }
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
