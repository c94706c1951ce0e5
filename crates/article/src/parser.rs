//! The line-by-line layout parser: each line is classified by kind
//! (trailer, related, credit, date, byline, headline, body).

use crate::date::{parse_date_line, DateHit, DateKind};
use crate::layout::{
    self, collapse, headline_like, is_credit, is_url_continuation, loose_eq, parse_byline,
    related_line, split_headline, trailer_marker, url_start, HeadlineSplit, Related, SuffixKind,
};
use crate::paragraphs::{self, line_spans};
use crate::{default_joiner, page_words, scrub, Article, Link, NameCheck, NameKind, ParseOptions};

struct Parser<'d> {
    doc: &'d str,
    lines: Vec<(usize, usize)>,
    a: Article,
    date: Option<DateHit>,
    headline_line: Option<String>,
    /// The headline line's possible outlet suffix, decided at the end.
    headline_split: Option<HeadlineSplit>,
    /// The credit line as written (with its label).
    credit_line: Option<String>,
    /// Outlets named by bylines and outlet lines.
    outlets: Vec<String>,
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
            let next = self.text(m);
            let so_far = self.doc.get(us..end).unwrap_or("");
            if is_url_continuation(next, open) {
                end = self.lines.get(m).map(|l| l.1).unwrap_or(end);
                k = m + 1;
            } else if m == k && layout::finishes_slug_word(so_far, next, self.doc) {
                self.note(format!(
                    "trailer: {next:?} on the next line finishes the URL's last word"
                ));
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
            // The URL opens the next line, maybe after a bracket or quote.
            let opens = url_start(next).filter(|&u| {
                next.get(..u)
                    .is_some_and(|h| h.chars().all(|c| matches!(c, '<' | '(' | '[' | '"' | '\'')))
            });
            if let Some(u) = opens {
                if !rest.trim().is_empty() {
                    self.note(format!("trailer: {t:?}"));
                }
                let ks = self.lines.get(k).map(|l| l.0).unwrap_or(0);
                return self.take_url(ks + u, k);
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

    /// Classifies every line in turn; each handler takes the line (and maybe
    /// the lines after it) and returns the index of the next line to read.
    fn run(&mut self) {
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            let t = self.text(i);
            i = if t.is_empty() {
                self.block += 1;
                i + 1
            } else if let Some(next) = self.layout_line(i, t) {
                next
            } else {
                self.body_line(i, t)
            };
        }
    }

    /// A layout line of any kind, in order of precedence; `None` when `t`
    /// is no layout line.
    fn layout_line(&mut self, i: usize, t: &'d str) -> Option<usize> {
        if self.body.is_empty() && page_words::is_editors_note(t) {
            self.note(format!("editor's note above the story: {t:?}"));
            return Some(i + 1);
        }
        if let Some(off) = trailer_marker(t) {
            return Some(self.trailer(i, off));
        }
        if let Some(k) = self.bare_url_line(i, t) {
            return Some(k);
        }
        if let Some(k) = self.topic_list(i, t) {
            return Some(k);
        }
        if let Some(k) = self.appeal(i, t) {
            return Some(k);
        }
        if let Some(k) = self.related(i, t) {
            return Some(k);
        }
        if let Some(so) = layout::signoff(t) {
            self.signoff(so, t);
            return Some(i + 1);
        }
        if is_credit(t, self.in_header_zone()) {
            return Some(self.credit(i, t));
        }
        if layout::caption_line(t) {
            self.note(format!("dropped a picture caption: {t:?}"));
            if self.a.credit.is_none() {
                if let Some(c) = layout::caption_line_credit(t) {
                    self.a.credit = Some(layout::credit_text(c));
                }
            }
            return Some(i + 1);
        }
        if !self.body.is_empty() && layout::captioned_credit(t).is_some() {
            self.note(format!("dropped a picture caption: {t:?}"));
            return Some(i + 1);
        }
        if let Some(d) = parse_date_line(t) {
            self.take_date(d, t);
            return Some(i + 1);
        }
        let near_top = self.header || self.body_blocks <= 2;
        if near_top {
            if let Some(k) = self.flattened(i, t) {
                return Some(k);
            }
            if let Some(b) = parse_byline(t) {
                // "By Jane Roe and" / "Tom Bell": a byline broken after its
                // "and" or comma goes on on the next line.
                if t.ends_with(" and") || t.ends_with(',') {
                    if let Some(k) = self.next_nonempty(i + 1, 0) {
                        let joined = format!("{t} {}", self.text(k));
                        if let Some(b2) = parse_byline(&joined) {
                            self.take_byline(b2, &joined);
                            return Some(k + 1);
                        }
                    }
                }
                self.take_byline(b, t);
                return Some(i + 1);
            }
            // "Senior Correspondent, CNN" under the byline.
            if !self.a.authors.is_empty() && self.body.is_empty() {
                if let Some((role, outlet)) = layout::role_outlet_line(t) {
                    self.note(format!("byline: dropped {role:?}"));
                    self.outlet_line(outlet);
                    return Some(i + 1);
                }
            }
            if self.headline_decided && self.body.is_empty() {
                if let Some(b) =
                    layout::parse_name_outlet_line(t).or_else(|| layout::parse_name_role_line(t))
                {
                    self.take_byline(b, t);
                    return Some(i + 1);
                }
                // "Lora Kolodny @LoraKolodny": a name and the writer's handle.
                if let Some(name) = layout::name_handle_line(t) {
                    self.note(format!("byline: a name and a handle: {t:?}"));
                    self.take_author(name, t);
                    return Some(i + 1);
                }
                // "Sarah Kaplan", then "The Washington Post" on the next line.
                if layout::name_only_line(t)
                    && self.next_nonempty(i + 1, 1).is_some_and(|k| {
                        let n = self.text(k);
                        crate::page_words::is_known_outlet(n)
                            || (n.split_whitespace().nth(5).is_none()
                                && crate::page_words::looks_like_outlet(n))
                    })
                {
                    self.note(format!("byline: a name line above the outlet: {t:?}"));
                    self.take_author(t, t);
                    return Some(i + 1);
                }
            }
            if let Some(c) = layout::compound_layout(t) {
                for d in c.dates {
                    self.take_date(d, t);
                }
                for o in c.outlets {
                    self.outlet_line(&o);
                }
                for junk in c.dropped {
                    self.note(format!("dropped page furniture: {junk:?}"));
                }
                return Some(i + 1);
            }
        }
        if self.header && crate::page_words::is_known_outlet(t) {
            self.outlet_line(t);
            return Some(i + 1);
        }
        // "By Gareth Morgan", then "BBC Wales News": the writer's outlet.
        if self.headline_decided
            && self.body.is_empty()
            && !self.a.authors.is_empty()
            && t.split_whitespace().nth(5).is_none()
            && crate::page_words::looks_like_outlet(t)
        {
            self.outlet_line(t);
            return Some(i + 1);
        }
        // "Telegram" alone between the headline block and the body names
        // where the picture came from; share buttons come in runs.
        let junk = page_words::is_junk_line(t);
        if junk && self.header_credit(i, t) && !self.junk_before(i) {
            return Some(self.credit(i, t));
        }
        if junk || (self.in_header_zone() && page_words::is_role_line(t)) {
            self.note(format!("dropped page furniture: {t:?}"));
            // "Sign up for our newsletter", then what the newsletter is.
            if page_words::is_promo_line(t) && layout::contains_ci(t, "newsletter") {
                if let Some(k) = self.next_nonempty(i + 1, 1) {
                    let x = self.text(k);
                    if page_words::is_newsletter_blurb(x) {
                        self.note(format!("dropped page furniture: {x:?}"));
                        return Some(k + 1);
                    }
                }
            }
            return Some(i + 1);
        }
        if self.header && !self.headline_decided {
            return self.headline(i, t);
        }
        if self.header_credit(i, t) {
            return Some(self.credit(i, t));
        }
        None
    }

    /// An unlabelled picture source between the headline block and the body
    /// ("Moskva News Agency"): only before any body, with no credit yet,
    /// and with a body paragraph of at least eight words next.
    fn header_credit(&self, i: usize, t: &str) -> bool {
        self.headline_decided
            && self.body.is_empty()
            && self.a.credit.is_none()
            && (layout::header_credit_like(t)
                || layout::captioned_credit(t).is_some()
                || self.source_named_later(i, t))
            && self
                .next_nonempty(i + 1, 4)
                .is_some_and(|k| self.text(k).split_whitespace().nth(7).is_some())
    }

    /// Is `t` one name shaped as an organisation's ("OVD-Info", "AT&T")
    /// that the story names again after line `i`? A picture source the
    /// story quotes; a name of one word is no byline.
    fn source_named_later(&self, i: usize, t: &str) -> bool {
        let ok = (3..=40).contains(&t.len())
            && t.starts_with(|c: char| c.is_uppercase())
            && !t.contains(|c: char| c.is_whitespace() || c.is_ascii_digit())
            && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&'))
            // The shape of an organisation's name, not a given name
            // ("Chris"): a hyphen, a dot, "&" or a capital inside.
            && t.chars().skip(1).any(|c| c.is_uppercase() || matches!(c, '-' | '.' | '&'));
        let after = self
            .lines
            .get(i + 1)
            .and_then(|&(s, _)| self.doc.get(s..))
            .unwrap_or("");
        ok && after.match_indices(t).any(|(at, _)| {
            !after
                .get(..at)
                .is_some_and(|b| b.ends_with(char::is_alphanumeric))
                && !after
                    .get(at + t.len()..)
                    .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        })
    }

    /// Is the last non-empty line before `i` page furniture?
    fn junk_before(&self, i: usize) -> bool {
        (0..i)
            .rev()
            .map(|k| self.text(k))
            .find(|x| !x.is_empty())
            .is_some_and(page_words::is_junk_line)
    }

    /// A bare URL line: the source URL at the end, else dropped.
    fn bare_url_line(&mut self, i: usize, t: &str) -> Option<usize> {
        if !layout::starts_with_url(t)
            || t.split_whitespace().nth(3).is_some()
            || self.in_header_zone_strict()
        {
            return None;
        }
        let s = self.lines.get(i).map(|l| l.0).unwrap_or(0);
        let had = self.a.url_raw.is_some();
        let k = self.take_url(s, i);
        if self.next_nonempty(k, usize::MAX).is_none() && !had {
            self.note("trailer: a bare URL at the end taken as the source URL".into());
        } else if !had {
            let raw = self.a.url_raw.take().unwrap_or_default();
            self.note(format!("dropped a bare URL line: {raw:?}"));
        }
        Some(k)
    }

    /// A list of topic tags under its heading ("Related Topics", then
    /// "Housing", "Local government"), to the end of the text or the
    /// source URL: dropped, with a note.
    fn topic_list(&mut self, i: usize, t: &str) -> Option<usize> {
        if let Some(items) = layout::topic_line(t) {
            self.note(format!("dropped a topic list: {t:?} ({items} tag(s))"));
            return Some(i + 1);
        }
        if !layout::topics_heading(t) {
            return None;
        }
        let mut k = i + 1;
        let mut items = 0;
        while k < self.lines.len() {
            let x = self.text(k);
            if x.is_empty() {
                k += 1;
                continue;
            }
            if trailer_marker(x).is_some() || layout::starts_with_url(x) {
                break;
            }
            if !layout::topic_item(x) {
                return None;
            }
            items += 1;
            k += 1;
        }
        if items == 0 {
            return None;
        }
        self.note(format!("dropped a topic list: {t:?} and {items} tag(s)"));
        Some(k)
    }

    /// The outlet's appeal to its readers after the story, from its heading
    /// ("A message from …:", "Dear readers,") to the line that closes it
    /// ("Remind me later.") or to the trailer or the end: dropped, with a
    /// note, when it asks for support and is at most 16 lines long.
    fn appeal(&mut self, i: usize, t: &str) -> Option<usize> {
        if self.body.is_empty() || !layout::appeal_heading(t) {
            return None;
        }
        let mut asks = layout::asks_for_support(t);
        let mut lines = 1;
        let mut k = i + 1;
        while k < self.lines.len() {
            let x = self.text(k);
            if x.is_empty() {
                k += 1;
                continue;
            }
            if trailer_marker(x).is_some()
                || layout::starts_with_url(x)
                || related_line(x).is_some()
            {
                break;
            }
            lines += 1;
            k += 1;
            if lines > 16 {
                return None;
            }
            if layout::appeal_close(x) {
                // "Continue", then "Remind me later.": both close it.
                while let Some(n) = self.next_nonempty(k, 1) {
                    if !layout::appeal_close(self.text(n)) {
                        break;
                    }
                    lines += 1;
                    k = n + 1;
                }
                break;
            }
            asks = asks || layout::asks_for_support(x);
        }
        if !asks {
            return None;
        }
        self.note(format!(
            "dropped a reader appeal: {lines} line(s) from {t:?}"
        ));
        Some(k)
    }

    /// Related and promo lines, with the title on the line or the next one.
    fn related(&mut self, i: usize, t: &str) -> Option<usize> {
        match related_line(t)? {
            Related::Title(title) => self.a.related.push(title),
            Related::Marker => {
                // A plural marker ("Related articles:") heads a list of
                // titles, one a line.
                let lower = t.to_lowercase();
                let most = if ["articles", "stories", "links", "reading", "news:"]
                    .iter()
                    .any(|w| lower.contains(w))
                {
                    6
                } else {
                    1
                };
                let mut at = i + 1;
                let mut taken = 0;
                while taken < most {
                    let Some(k) = self.next_nonempty(at, 2) else {
                        break;
                    };
                    let next = self.text(k);
                    if !(headline_like(next)
                        && related_line(next).is_none()
                        && trailer_marker(next).is_none())
                    {
                        break;
                    }
                    self.a.related.push(collapse(next));
                    taken += 1;
                    at = k + 1;
                }
                if taken > 0 {
                    return Some(at);
                }
                self.note(format!("related marker without a title: {t:?}"));
            }
        }
        Some(i + 1)
    }

    /// A photo credit line: its label ("Photograph:") is not kept.
    fn credit(&mut self, i: usize, t: &str) -> usize {
        if self.a.credit.is_none() {
            let c = layout::credit_text(t);
            if c != collapse(t) {
                self.note(format!("credit: {c:?} taken from {t:?}"));
            }
            self.credit_line = Some(collapse(t));
            self.a.credit = Some(c);
        } else {
            self.note(format!(
                "credit: another credit line kept out of the body: {t:?}"
            ));
        }
        i + 1
    }

    /// A desk credit or copyright line: kept out of the body; the desk's
    /// reporters are the authors when no byline named any.
    fn signoff(&mut self, so: layout::Signoff, t: &str) {
        match so {
            layout::Signoff::Desk(names) if self.a.authors.is_empty() && !names.is_empty() => {
                self.note(format!("authors from the desk credit {t:?}"));
                self.a.authors = names;
            }
            _ => self.note(format!("dropped page furniture: {t:?}")),
        }
    }

    /// One author's name from a byline line without "By".
    fn take_author(&mut self, name: &str, line: &str) {
        let b = layout::Byline {
            authors: vec![collapse(name)],
            ..Default::default()
        };
        self.take_byline(b, line);
    }

    /// Authors, affiliations, outlets and dates of a byline.
    fn take_byline(&mut self, b: layout::Byline, t: &str) {
        for name in b.authors {
            if !self.a.authors.contains(&name) {
                self.a.authors.push(name);
            }
        }
        for aff in b.affiliations {
            if self.a.affiliation.is_none() {
                self.a.affiliation = Some(aff);
            } else if self.a.affiliation.as_deref() != Some(aff.as_str()) {
                self.note(format!("byline: another affiliation {aff:?}"));
            }
        }
        for o in b.outlets {
            self.note(format!("byline: outlet {o:?}"));
            self.outlets.push(o);
        }
        for d in b.dates {
            self.take_date(d, t);
        }
        for junk in b.dropped {
            self.note(format!("byline: dropped {junk:?}"));
        }
    }

    /// A flattened header run ("By . Jane Roe . PUBLISHED: . …"): its fields
    /// are taken and the rest of the line is body text.
    fn flattened(&mut self, i: usize, t: &str) -> Option<usize> {
        let f = layout::flattened_header(t)?;
        let mut used = false;
        if let Some(by) = &f.byline {
            if let Some(b) = parse_byline(by) {
                self.take_byline(b, by);
                used = true;
            }
        }
        for d in &f.dates {
            if let Some(hit) = parse_date_line(d) {
                self.take_date(hit, d);
                used = true;
            }
        }
        if !used {
            return None;
        }
        self.note("layout: a header run flattened with \" . \" split into fields".into());
        if let Some(line) = self.lines.get_mut(i) {
            line.0 = (line.0 + f.body_start).min(line.1);
        }
        if !self.text(i).is_empty() {
            self.push_body(i);
        }
        Some(i + 1)
    }

    /// A lone outlet line in the header ("Reuters").
    fn outlet_line(&mut self, t: &str) {
        self.note(format!("attribution: outlet line {t:?}"));
        self.outlets.push(collapse(t));
    }

    /// The headline, or a kicker above it; `None` when the first line reads
    /// as body text.
    fn headline(&mut self, i: usize, t: &str) -> Option<usize> {
        // A kicker or section label above the real headline.
        if layout::kicker_like(t) {
            if let Some(k) = self.next_nonempty(i + 1, 2) {
                let next = self.text(k);
                if headline_like(next)
                    && next.split_whitespace().nth(3).is_some()
                    && !self.is_layout_line(next)
                {
                    self.note(format!("headline: kicker or section line dropped: {t:?}"));
                    return Some(i + 1);
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
            let split = split_headline(t);
            let (h, attr) = split.split();
            if let Some((suffix, SuffixKind::Outlet)) = &split.suffix {
                if !crate::page_words::is_known_outlet(suffix) {
                    self.note(format!(
                        "attribution: {suffix:?} after the headline is not a known outlet; taken as one by its shape"
                    ));
                }
                self.a.headline = Some(h);
                self.a.attribution = attr;
                if let Some(sec) = &split.section {
                    self.note(format!("headline: section {sec:?} dropped from the suffix"));
                }
            } else {
                // The full line, unless a section label ended it ("… | News").
                match (&split.suffix, &split.section) {
                    (None, Some(sec)) => {
                        self.note(format!("headline: section {sec:?} dropped from the end"));
                        self.a.headline = Some(split.head.clone());
                    }
                    _ => self.a.headline = Some(split.full.clone()),
                }
            }
            let front = self
                .a
                .headline
                .as_deref()
                .and_then(layout::section_prefix)
                .map(|(l, r)| (l.to_string(), r.to_string()));
            if let Some((label, rest)) = front {
                self.note(format!(
                    "headline: section {label:?} dropped from the front"
                ));
                self.a.headline = Some(rest);
            }
            self.headline_split = Some(split);
            self.headline_line = Some(t.to_string());
            return Some(i + 1);
        }
        self.note("headline: none found; the first line reads as body text".into());
        None
    }

    /// A body line, unless it repeats the headline.
    fn body_line(&mut self, i: usize, t: &str) -> usize {
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
                return i + 1;
            }
        }
        self.push_body(i);
        i + 1
    }

    /// The header before the headline is decided: bare URLs there are not trailers.
    fn in_header_zone_strict(&self) -> bool {
        self.header && !self.headline_decided
    }

    /// Decides a headline suffix that only may name an outlet ("- Smith",
    /// "- RBC"): it does when the document names the same outlet elsewhere
    /// (a byline, a dateline, an outlet line, the credit, the URL's host) or
    /// the caller's name check says so; else it stays in the headline.
    fn resolve_headline(
        &mut self,
        dateline_outlet: Option<&str>,
        name_kind: Option<&NameCheck>,
        body_reports: &dyn Fn(&str) -> bool,
    ) {
        let Some(split) = self.headline_split.take() else {
            return;
        };
        let Some((suffix, SuffixKind::Candidate)) = &split.suffix else {
            return;
        };
        let same = |o: &str| o.eq_ignore_ascii_case(suffix) || loose_eq(o, suffix);
        let squeezed: String = suffix
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let in_host = squeezed.len() >= 3
            && self
                .a
                .url_raw
                .as_deref()
                .and_then(|u| u.split("//").nth(1).or(Some(u)))
                .and_then(|r| r.split('/').next())
                .is_some_and(|h| h.to_ascii_lowercase().contains(&squeezed));
        // The credit names it as an agency ("Jane Roe / TASS", "AFP via
        // Getty Images"), not inside a site or handle ("kremlin.ru",
        // "t.me/kremlin_pool") or a longer name ("Kremlin Pool").
        let in_credit = self.credit_line.as_deref().is_some_and(|c| {
            c.split(['/', ',', ';', ':', '|', '(', ')'])
                .map(str::trim)
                .any(|part| {
                    part.eq_ignore_ascii_case(suffix)
                        || layout::strip_prefix_ci(part, suffix)
                            .is_some_and(|rest| layout::strip_prefix_ci(rest, " via ").is_some())
                })
        });
        let evidence = if self.outlets.iter().any(|o| same(o)) {
            Some("a byline or outlet line")
        } else if dateline_outlet.is_some_and(same) {
            Some("the dateline")
        } else if in_host {
            Some("the source URL")
        } else if in_credit {
            Some("the credit line")
        } else if name_kind.and_then(|f| f.0(suffix)) == Some(NameKind::Outlet) {
            Some("the lexicon")
        } else if body_reports(suffix) {
            Some("the body, as a source that reports,")
        } else {
            None
        };
        match evidence {
            Some(why) => {
                let (h, attr) = split.split();
                self.note(format!(
                    "attribution: {suffix:?} after the headline taken as an outlet ({why} names it)"
                ));
                self.a.headline = Some(h);
                self.a.attribution = attr;
            }
            None => self.note(format!(
                "headline: {suffix:?} kept in the headline (no evidence that it names an outlet)"
            )),
        }
    }
}

/// Parses a scraped article (see [`crate::parse_with`]).
pub(crate) fn parse(text: &str, opts: &ParseOptions) -> Article {
    let mut cleaned = scrub::clean(text);
    let markup = crate::markup::strip(&mut cleaned);
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
    if markup.marks > 0 || markup.removed > 0 {
        a.notes.push(format!(
            "markup: unwrapped {} Markdown link(s) and emphasis mark(s), removed {} image(s), caption(s) and embed(s)",
            markup.marks, markup.removed
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
        headline_split: None,
        credit_line: None,
        outlets: Vec::new(),
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
    let dateline = paras
        .first()
        .and_then(|first| layout::find_dateline(&first.text));
    p.resolve_headline(
        dateline.as_ref().and_then(|d| d.outlet.as_deref()),
        opts.name_check.as_ref(),
        &|name| {
            paras
                .iter()
                .any(|q| layout::reports_as_outlet(&q.text, name))
        },
    );
    if p.a.attribution.is_none() {
        let from_byline = p.outlets.first().cloned();
        let from_dateline = dateline.as_ref().and_then(|d| d.outlet.clone());
        if let Some(o) = from_byline.or(from_dateline) {
            p.note(format!("attribution: {o:?} from the byline or dateline"));
            p.a.attribution = Some(o);
        }
    }
    p.a.dateline = dateline;
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
        && a.dateline.is_none()
    {
        a.notes.push(
            "layout: no headline, date, byline, credit or trailer recognised; all text taken as paragraphs"
                .into(),
        );
    }
    a
}
