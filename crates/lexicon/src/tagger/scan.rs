//! The per-segment pass: a fast skip to the bytes that may start a name
//! (capitals, bytes beyond ASCII, dots of host names) and, for lexicons with
//! lower-case keys, a word-by-word pass.

use super::sports::{fixture_at, results_after, standings_after};
use super::text::*;
use super::*;

impl Doc<'_> {
    /// Tags one segment.
    pub fn segment(&mut self, si: u32, s: &str) {
        let b = s.as_bytes();
        let title = title_mode(s);
        let mut force_at = usize::MAX;
        let check_lower = !self.lex.lower_bits.is_empty();
        let start = self.dateline(si, s);
        if caps_mode(s) {
            self.caps_line(si, s, start);
            return;
        }
        if !check_lower {
            self.segment_fast(si, s, title, start);
            return;
        }
        let mut i = start;
        // One tight pass over the bytes: lower-case words are skipped with a
        // table check per byte; capitalised words go to `cap_word`.
        while let Some(&x) = b.get(i) {
            if x >= 0x80 {
                let Some(c) = char_at(s, i) else { break };
                if !is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
                let ws = i;
                let we = word_end(s, ws);
                i = if c.is_uppercase() {
                    let e = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if e <= ws {
                        we.max(ws + 1)
                    } else {
                        e
                    }
                } else {
                    we
                };
                continue;
            }
            match class(x) {
                0 => i += 1,
                2 => {
                    let d = self.line_dateline(si, s, i);
                    if d > i {
                        i = d;
                        continue;
                    }
                    let ws = i;
                    let we = word_end(s, ws);
                    i = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if i <= ws {
                        i = we.max(ws + 1);
                    }
                }
                _ => {
                    let ws = i;
                    if check_lower
                        && self.lex.lower_maybe_bytes(x, byte(b, i + 1))
                        && self.lower_word(si, s, ws, &mut i)
                    {
                        continue;
                    }
                    i += 1;
                    while let Some(&y) = b.get(i) {
                        if y < 0x80 && class(y) != 0 {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    if byte(b, i) >= 0x80 {
                        i = word_end(s, i);
                    }
                    // Host names in a credit line: "reuters.com".
                    if byte(b, i) == b'.' && is_word_at(s, i + 1) {
                        if let Some((e, ent)) = self.domain_at(s, ws) {
                            self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                            i = e;
                        }
                    }
                }
            }
        }
    }

    /// The pass for lexicons without lower-case keys (the embedded one): eight
    /// bytes at a time, stopping only at capitals, non-ASCII bytes and dots.
    #[inline(never)]
    pub(super) fn segment_fast(&mut self, si: u32, s: &str, title: bool, start: usize) {
        let b = s.as_bytes();
        let n = b.len();
        let mut force_at = usize::MAX;
        // The run of host bytes `[run.0, run.1)` walked back over at the last
        // dot, and the last run start tried as a host name.
        let mut run = (0usize, usize::MAX);
        let mut tried = usize::MAX;
        let mut i = start;
        while i < n {
            // Skip uninteresting bytes, sixteen then eight at a time.
            'skip: {
                while let Some(chunk) = b.get(i..i + 16) {
                    let (lo, hi) = chunk.split_at(8);
                    let m = interesting(load8(lo));
                    if m != 0 {
                        i += (m.trailing_zeros() / 8) as usize;
                        break 'skip;
                    }
                    let m = interesting(load8(hi));
                    if m != 0 {
                        i += 8 + (m.trailing_zeros() / 8) as usize;
                        break 'skip;
                    }
                    i += 16;
                }
                while let Some(chunk) = b.get(i..i + 8) {
                    let m = interesting(load8(chunk));
                    if m == 0 {
                        i += 8;
                    } else {
                        i += (m.trailing_zeros() / 8) as usize;
                        break;
                    }
                }
            }
            let Some(&x) = b.get(i) else { break };
            if x.is_ascii_uppercase() {
                if i > 0 && is_word_before(s, i) {
                    i += 1;
                    continue;
                }
                if i > 0 && matches!(byte(b, i - 1), b'\n' | b' ') {
                    let d = self.line_dateline(si, s, i);
                    if d > i {
                        i = d;
                        continue;
                    }
                }
                let ws = i;
                let we = word_end(s, ws);
                i = self.cap_word(si, s, ws, we, title, &mut force_at);
                if i <= ws {
                    i = we.max(ws + 1);
                }
            } else if x == b'.' {
                // Host names in a credit line: "reuters.com".
                if i > 0 && byte(b, i - 1).is_ascii_alphanumeric() && is_word_at(s, i + 1) {
                    // The start of the run of host bytes, walking back no
                    // further than the last dot's walk.
                    let mut ws = i;
                    while ws > 0
                        && matches!(byte(b, ws - 1), b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.')
                    {
                        if ws == run.1 {
                            ws = run.0;
                            break;
                        }
                        ws -= 1;
                    }
                    run = (ws, i);
                    if ws != tried && !is_word_before(s, ws) && !byte(b, ws).is_ascii_uppercase() {
                        // Each run is tried once, not once per dot.
                        tried = ws;
                        if let Some((e, ent)) = self.domain_at(s, ws) {
                            self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                            i = e;
                            continue;
                        }
                    }
                }
                i += 1;
            } else if x >= 0x80 {
                let Some(c) = char_at(s, i) else {
                    i += 1;
                    continue;
                };
                if c.is_uppercase() && !is_word_before(s, i) {
                    let ws = i;
                    let we = word_end(s, ws);
                    i = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if i <= ws {
                        i = we.max(ws + 1);
                    }
                } else {
                    i += c.len_utf8();
                }
            } else {
                i += 1;
            }
        }
    }

    /// A dateline that opens a later line of the segment (a headline, then
    /// "LONDON (Reuters) - …"), at the capital `i`: tagged as at a
    /// segment's start. Returns where the pass goes on (`i` when none).
    #[inline]
    fn line_dateline(&mut self, si: u32, s: &str, i: usize) -> usize {
        let b = s.as_bytes();
        if !is_upper_at(s, i + 1) {
            return i;
        }
        let mut j = i;
        while j > 0 && byte(b, j - 1) == b' ' {
            j -= 1;
        }
        if j == 0 || byte(b, j - 1) != b'\n' {
            return i;
        }
        self.dateline_at(si, s, i)
    }

    /// A lower-case word at `ws` that may start a key (user or curated
    /// lower-case names such as "dpa"); on a match, records it, moves `i` past
    /// it and returns true.
    pub(super) fn lower_word(&mut self, si: u32, s: &str, ws: usize, i: &mut usize) -> bool {
        let we = word_end(s, ws);
        let w = s.get(ws..we).unwrap_or("");
        let Some(wi) = self.lex.word(w).copied() else {
            return false;
        };
        if wi.maxtok == 0 {
            return false;
        }
        let Some((dend, head, _)) = self.longest(s, ws, we, &wi) else {
            return false;
        };
        let Some(c) = self.lex.cands_of(head).next() else {
            return false;
        };
        let rule = if c.how == How::Surname {
            Rule::Surname
        } else {
            Rule::Lexicon
        };
        let entry = c.entry;
        self.push(si, ws, dend, Target::Lex(entry), rule, false);
        *i = dend;
        true
    }

    /// An outlet's host name at `ws` ("reuters.com", "CBC.ca", "en.wikinews.org").
    ///
    /// The host is scanned once, and only its suffixes no longer than the
    /// longest known host name are looked up, so that a call costs time
    /// linear in the host's length. Callers try each run of host bytes once,
    /// from its start: a host never starts right after '.', '-' or a word.
    pub(super) fn domain_at(&self, s: &str, ws: usize) -> Option<(usize, u32)> {
        if self.lex.domains.is_empty() {
            return None;
        }
        let b = s.as_bytes();
        if matches!(char_before(s, ws), Some('/' | '@' | '.' | ':' | '-')) {
            return None;
        }
        let mut e = ws;
        while e < b.len() && (alnum(byte(b, e)) || matches!(byte(b, e), b'.' | b'-')) {
            e += 1;
        }
        if byte(b, e) == b'/' || byte(b, e) == b'@' {
            return None; // part of a URL or address
        }
        while e > ws && matches!(byte(b, e - 1), b'.' | b'-') {
            e -= 1;
        }
        let host = b.get(ws..e)?;
        // Candidates, longest first: the host without "www.", then the part
        // after each '.' while a '.' remains.
        let last_dot = ws + host.iter().rposition(|&x| x == b'.')?;
        let www = host
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"www."));
        let mut a = if www { ws + 4 } else { ws };
        let max = self.lex.domain_max;
        let mut buf = String::new();
        loop {
            if e - a <= max {
                buf.clear();
                buf.push_str(s.get(a..e)?);
                buf.make_ascii_lowercase();
                if let Some(&i) = self.lex.domains.get(buf.as_str()) {
                    return Some((e, i));
                }
            }
            // The next candidate: after the first '.' at or after `a`, and at
            // or after the first '.' of the last `max` bytes.
            let from = a.max(e.saturating_sub(max + 1));
            let dot = from + b.get(from..e)?.iter().position(|&x| x == b'.')?;
            if dot >= last_dot {
                return None;
            }
            a = dot + 1;
        }
    }
    /// A wire dateline at the start of the segment, in capitals ("MADRID
    /// 2024-05-02 -", "PARIS (Reuters) -", "KYIV, Ukraine —", "NEW YORK,
    /// May 3", "LONDON/NEW YORK (Reuters) -", "KENYA: …"): each place is
    /// looked up in title case, more strictly than in running text (only a
    /// place, and only before a dateline's mark). Returns where the pass over
    /// the segment starts.
    pub(super) fn dateline(&mut self, si: u32, s: &str) -> usize {
        self.dateline_at(si, s, 0)
    }

    /// [`Doc::dateline`] for the line that starts at `from`: returns where
    /// the pass over the line starts (`from` when no dateline opens it).
    fn dateline_at(&mut self, si: u32, s: &str, from: usize) -> usize {
        let b = s.as_bytes();
        let a = from
            + b.get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|x| matches!(x, b' ' | b'\t'))
                .count();
        // Up to three places joined by slashes ("MOSCOW/KYIV").
        let mut places: [(usize, usize, u32); 3] = [(0, 0, 0); 3];
        let mut common = false;
        let mut n = 0;
        let mut at = a;
        while n < places.len() {
            let Some((e, entry, c)) = self.dateline_place(s, at) else {
                if n == 0 {
                    return self.unlisted_dateline_place(si, s, a).unwrap_or(a);
                }
                return a;
            };
            common |= c;
            if let Some(slot) = places.get_mut(n) {
                *slot = (at, e, entry);
            }
            n += 1;
            if byte(b, e) != b'/' {
                break;
            }
            at = e + 1;
        }
        let Some(&(_, e, _)) = places.get(n.wrapping_sub(1)) else {
            return a;
        };
        let rest = s.get(e..).unwrap_or("");
        let dash = rest.starts_with(" -") || rest.starts_with(" —") || rest.starts_with(" –");
        let mark = rest.starts_with(',')
            // "KABUL: …", not "DATE: …": a label's colon names no common word.
            || (rest.starts_with(": ") && !common)
            || rest.starts_with(" (")
            // "NICE - Police said", not "RUGBY - JAPAN HOLD FIJI": a common
            // word before a dash in a headline in capitals is its desk's slug.
            || (dash && !(common && caps_mode(s)))
            // "MADRID 2024-05-02", not a standings row ("BOSTON 69 65 .515").
            || (rest.starts_with(' ') && (1..=4).all(|k| byte(b, e + k).is_ascii_digit()));
        if !mark {
            return a;
        }
        for &(ps, pe, entry) in places.get(..n).unwrap_or(&[]) {
            self.push(si, ps, pe, Target::Lex(entry), Rule::Lexicon, false);
        }
        self.dateline_outlet(si, s, e).unwrap_or(e)
    }

    /// The wire credit in brackets after a dateline's places and date
    /// ("BEIJING, March 4 (Xinhua) --", "PARIS (AFP) -"): an outlet when the
    /// lexicon has one by that name, whatever else the name may be (a town
    /// called Xinhua). Returns the end of the closing bracket.
    fn dateline_outlet(&mut self, si: u32, s: &str, e: usize) -> Option<usize> {
        // (Both searches look a bounded way ahead: a text of many datelines
        // stays linear.)
        let rest = s.as_bytes().get(e..)?;
        let open = rest
            .get(..rest.len().min(26))?
            .windows(2)
            .position(|w| w == b" (")?;
        // Between the places and the bracket: nothing, or a date (", May 3",
        // ", Oct. 4, 2024"), which names nothing; a state or a country
        // (", Puerto Rico") is left to the pass over the words.
        let between = s.get(e..e + open)?;
        let date = between.starts_with(',')
            && between.bytes().any(|c| c.is_ascii_digit())
            && between.split([' ', ',']).all(|w| {
                w.is_empty()
                    || w.bytes().all(|c| c.is_ascii_digit())
                    || self.flags(w.trim_end_matches('.')) & W_MONTH != 0
            });
        if !(between.is_empty() || date) {
            return None;
        }
        let a = e + open + 2;
        let near = s.as_bytes().get(a..)?;
        let close = near
            .get(..near.len().min(42))?
            .iter()
            .position(|&c| c == b')')?;
        let z = a + close;
        let name = s.get(a..z)?;
        if !(2..=40).contains(&name.len()) || !is_upper_at(s, a) {
            return None;
        }
        let after = s.get(z + 1..)?;
        if !(after.starts_with(" -")
            || after.starts_with(" \u{2014}")
            || after.starts_with(" \u{2013}"))
        {
            return None;
        }
        let head = self.lex.lookup(name, !name.contains(' '));
        let entry = self
            .lex
            .cands_of(head)
            .find(|c| {
                self.lex
                    .entry(c.entry)
                    .is_some_and(|en| en.class == Class::Outlet)
            })?
            .entry;
        self.push(si, a, z, Target::Lex(entry), Rule::Lexicon, false);
        Some(z + 1)
    }

    /// "VAIL, Colorado 1996-12-07", "AL-AIN, United Arab Emirates": a town
    /// the lexicon does not list, in capitals at a line's start, then a
    /// comma and a listed state or country, then a date or the line's end.
    /// Pushes the town and returns its end.
    fn unlisted_dateline_place(&mut self, si: u32, s: &str, a: usize) -> Option<usize> {
        let b = s.as_bytes();
        if !is_upper_at(s, a) || !is_upper_at(s, a + 1) {
            return None;
        }
        // Up to three words of capitals, hyphens and apostrophes.
        let mut e = a;
        let mut words = 0;
        while words < 3 {
            let z = e + b
                .get(e..)?
                .iter()
                .take_while(|c| c.is_ascii_uppercase() || matches!(c, b'-' | b'\''))
                .count();
            if z < e + 2 {
                return None;
            }
            e = z;
            words += 1;
            if !(byte(b, e) == b' ' && is_upper_at(s, e + 1) && is_upper_at(s, e + 2)) {
                break;
            }
            e += 1;
        }
        if byte(b, e) != b',' || byte(b, e + 1) != b' ' {
            return None;
        }
        // The state or country: words up to a digit, a dash or the end.
        // (At most 60 bytes ahead, on this line: a text of many such lines
        // stays linear.)
        let rest = s.get(e + 2..)?;
        let mut cut = rest.len().min(60);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let rest = rest.get(..cut)?;
        let rest = rest.split('\n').next().unwrap_or(rest);
        let stop = rest
            .find(|c: char| c.is_ascii_digit() || matches!(c, '-' | '(' | '\u{2014}' | '\u{2013}'))
            .unwrap_or(rest.len());
        let region = rest.get(..stop)?.trim_end();
        if region.is_empty() || region.len() > 40 || !is_upper_at(region, 0) {
            return None;
        }
        let state = self
            .lex
            .cands_of(self.lex.lookup(region, !region.contains(' ')))
            .any(|c| {
                self.lex
                    .entry(c.entry)
                    .is_some_and(|en| matches!(en.class, Class::Country | Class::Region))
            });
        if !state {
            return None;
        }
        let mut name = String::new();
        for (k, w) in s.get(a..e)?.split(' ').enumerate() {
            if k > 0 {
                name.push(' ');
            }
            push_title_case(&mut name, w);
        }
        let t = self.dyn_place(&name);
        self.push(si, a, e, t, Rule::Lexicon, false);
        Some(e)
    }

    /// The place named by up to four words in capitals at `a` (each of two
    /// letters or more), looked up in title case: its end, its entry and
    /// whether it is also a common word.
    fn dateline_place(&self, s: &str, a: usize) -> Option<(usize, u32, bool)> {
        let b = s.as_bytes();
        if !is_upper_at(s, a) || !is_upper_at(s, a + 1) {
            return None;
        }
        let caps_end = |from: usize| {
            from + s
                .get(from..)
                .unwrap_or("")
                .find(|c: char| !(c.is_uppercase() || c == '.' || c == '\'' || c == '-'))
                .unwrap_or(s.len().saturating_sub(from))
        };
        let mut e = a;
        for k in 0..4 {
            let we = caps_end(e);
            if we < e + 2 || byte(b, we - 1) == b'-' {
                if k == 0 {
                    return None;
                }
                e -= 1; // back before the space
                break;
            }
            e = we;
            if byte(b, e) != b' ' || !is_upper_at(s, e + 1) || k == 3 {
                break;
            }
            e += 1;
        }
        let caps = s.get(a..e)?;
        let mut key = String::with_capacity(caps.len());
        for (k, w) in caps.split(' ').enumerate() {
            if k > 0 {
                key.push(' ');
            }
            let lower = w.to_lowercase();
            if k > 0
                && matches!(
                    lower.as_str(),
                    "de" | "da" | "do" | "of" | "la" | "el" | "al"
                )
            {
                key.push_str(&lower);
                continue;
            }
            let mut up = true;
            for c in lower.chars() {
                if up {
                    key.extend(c.to_uppercase());
                } else {
                    key.push(c);
                }
                up = matches!(c, '-' | '\'' | '.');
            }
        }
        let head = self.lex.lookup(&key, !key.contains(' '));
        let mut best: Option<(f32, u32)> = None;
        for c in self.lex.cands_of(head) {
            let Some(en) = self.lex.entry(c.entry) else {
                continue;
            };
            if en.kind != K_PLACE || en.class == Class::Town {
                continue;
            }
            let sc = self.lex.place_score(c.entry, c.how);
            if best.is_none_or(|(bs, _)| sc > bs) {
                best = Some((sc, c.entry));
            }
        }
        let common = self.flags(&key) & W_COMMON != 0;
        best.map(|(_, entry)| (e, entry, common))
    }

    /// A line in capitals (a headline, "CHINA SAYS IT WILL ACT"): capitals
    /// say nothing, so words are looked up as written and in title case,
    /// and only places (countries, regions, cities of 100,000 or more) and
    /// outlets written in capitals ("BBC") are taken.
    pub(super) fn caps_line(&mut self, si: u32, s: &str, from: usize) {
        let b = s.as_bytes();
        let mut i = from;
        let mut key = String::new();
        while let Some((ws, we)) = next_word(s, i) {
            i = we.max(ws + 1);
            // "N.J.", "U.S.": letters with full stops, looked up whole.
            if we == ws + 1 && byte(b, we) == b'.' && byte(b, we + 1).is_ascii_uppercase() {
                let mut z = we + 1;
                while byte(b, z).is_ascii_uppercase() && byte(b, z + 1) == b'.' && z < ws + 8 {
                    z += 2;
                }
                if let Some(entry) = s.get(ws..z).and_then(|k| self.caps_pick(k, true)) {
                    self.push(si, ws, z, Target::Lex(entry), Rule::Lexicon, false);
                    i = z;
                    continue;
                }
            }
            // The run of up to three words in capitals from here.
            let mut ends = vec![we];
            while ends.len() < 3 {
                let Some((a, z)) = ends.last().and_then(|&e| next_word_after_space(s, e)) else {
                    break;
                };
                if !is_upper_at(s, a) {
                    break;
                }
                ends.push(z);
            }
            let mut taken = false;
            for &end in ends.iter().rev() {
                let Some(raw) = s.get(ws..end) else { continue };
                let dotted = if byte(b, end) == b'.' {
                    s.get(ws..end + 1)
                } else {
                    None
                };
                key.clear();
                for (j, w) in raw.split(' ').enumerate() {
                    if j > 0 {
                        key.push(' ');
                    }
                    push_title_case(&mut key, w);
                }
                // "EVERY TIME", "FINANCIAL": an outlet's one-word name that is
                // a common word says nothing in capitals.
                let common_one = !raw.contains(' ') && self.flags(&key) & W_COMMON != 0;
                let exact = [dotted, Some(raw)]
                    .into_iter()
                    .flatten()
                    .find_map(|r| self.caps_pick(r, true).map(|t| (t, r.len())))
                    .filter(|&(e, _)| {
                        !(common_one
                            && self
                                .lex
                                .entry(e)
                                .is_some_and(|en| en.class == Class::Outlet))
                    });
                let hit = exact.or_else(|| {
                    let f = self.flags(&key);
                    if f & W_NEVER != 0 {
                        return None;
                    }
                    let e = self.caps_pick(&key, false)?;
                    // "NICE WORK": a common word only for a country, a region
                    // or a city of a million; never for a person ("MAY").
                    let en = self.lex.entry(e)?;
                    let big = !matches!(en.class, Class::City | Class::Notable)
                        || (en.class == Class::City && en.pop >= 1_000_000);
                    (f & W_COMMON == 0 || big).then_some((e, raw.len()))
                });
                if let Some((entry, len)) = hit {
                    // "BOSTON 69 65 .515 5 1/2", "KANSAS CITY AT DETROIT",
                    // "WIGAN BEAT BRADFORD 42-36": a city's or a region's
                    // name in a standings row, a schedule or a result is a
                    // club's.
                    let club = self
                        .lex
                        .entry(entry)
                        .is_some_and(|en| en.kind == K_PLACE && en.class != Class::Country)
                        && (standings_after(s, ws + len)
                            || fixture_at(s, ws, ws + len)
                            || results_after(s, ws + len));
                    if club {
                        i = ws + len;
                        taken = true;
                        break;
                    }
                    self.push(si, ws, ws + len, Target::Lex(entry), Rule::Lexicon, false);
                    i = ws + len;
                    taken = true;
                    break;
                }
            }
            // "BECKER BEATS AGASSI": a word no key names may still be the
            // surname of the document's person (resolved at the end).
            if !taken && we >= ws + 3 {
                self.push_loose(si, ws, we);
            }
        }
    }

    /// The entry a key names in a line in capitals: a place (country, region,
    /// city of 100,000 or more) or, for a key as written, an outlet.
    fn caps_pick(&self, key: &str, as_written: bool) -> Option<u32> {
        let head = self.key_head(key);
        let mut best: Option<(f32, u32)> = None;
        for c in self.lex.cands_of(head) {
            let Some(e) = self.lex.entry(c.entry) else {
                continue;
            };
            let sc = match e.class {
                Class::Country | Class::Region => 100.0 + self.lex.place_score(c.entry, c.how),
                Class::City if e.pop >= 100_000 => 100.0 + self.lex.place_score(c.entry, c.how),
                Class::Outlet if as_written && e.curated => 500.0,
                // "PUTIN MEETS XI": a notable person's name or surname.
                Class::Notable if !as_written && key.len() >= 4 => 50.0,
                _ => continue,
            };
            if best.is_none_or(|(bs, _)| sc > bs) {
                best = Some((sc, c.entry));
            }
        }
        best.map(|x| x.1)
    }
}
