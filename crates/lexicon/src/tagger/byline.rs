//! Bylines and desk credits: a reporter's byline on its own line right
//! before a wire dateline ("Jane Roe" then "LONDON 2025-01-02"), and every
//! name of a byline's "By" or a credit's "Reporting by …" is a person's,
//! whatever its words name elsewhere.

use super::text::*;
use super::*;

impl Doc<'_> {
    /// Tags segment `si` as a byline when it is only a name of two or three
    /// words and the next segment opens with a dateline. Returns whether it
    /// did; the segment needs no other pass then.
    pub fn byline(&mut self, si: u32, s: &str, next: Option<&str>) -> bool {
        let line = s.trim_end_matches([' ', '\t', '\r']);
        if !(5..=40).contains(&line.len()) || !next.is_some_and(opens_with_dateline) {
            return false;
        }
        let n = line.split(' ').count();
        if !(2..=3).contains(&n) {
            return false;
        }
        let bad = W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_ORG_TAIL | W_DEMONYM | W_MONTH;
        let last = n - 1;
        let ok = line.split(' ').enumerate().all(|(k, w)| {
            // "Robert G. Kitson": an initial inside the name.
            if k > 0 && k < last && w.len() == 2 && w.ends_with('.') {
                return is_upper_at(w, 0);
            }
            let f = self.flags(w);
            name_word(w) && f & bad == 0 && (f & W_COMMON == 0 || f & (W_GIVEN | W_SURNAME) != 0)
        });
        if !ok {
            return false;
        }
        let t = self.dyn_person(line);
        self.push(si, 0, line.len(), t, Rule::NameShape, false);
        true
    }

    /// "Editing by Chizu Nomiyama", "Additional reporting by …": a desk
    /// credit's "by" right before the name (`pw` is the word before it).
    pub(super) fn credit_by_before(&self, s: &str, ws: usize, pw: Option<&str>) -> bool {
        pw == Some("by")
            && ws >= 3
            && prev_word(s, ws - 3).is_some_and(|w| {
                [
                    "reporting",
                    "editing",
                    "writing",
                    "photographs",
                    "photos",
                    "graphics",
                ]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
            })
    }

    /// "By Tarik Oyelaran and Mishka Ranchi", "Reporting by A in London and
    /// B in Singapore": the next name of a byline or a desk credit, after
    /// "and" (`pw`), when the mention before it is the credit's person (or
    /// that person's place after "in") in segment `si`; also after a person
    /// named after a title or a role and their place ("writers A in Lagos
    /// and B in Accra").
    pub(super) fn credit_and_before(&self, si: u32, s: &str, ws: usize, pw: Option<&str>) -> bool {
        if pw != Some("and") || ws < 5 {
            return false;
        }
        let found = &self.b.found;
        let kind = |f: &Found| match f.target {
            Target::Dyn(_) => Some(K_PERSON),
            Target::Lex(i) => self.lex.entry(i).map(|e| e.kind),
            Target::Place(_) => Some(K_PLACE),
        };
        let mut k = found.len();
        let mut end = ws - 5;
        let mut placed = false;
        for _ in 0..2 {
            k = match k.checked_sub(1) {
                Some(k) => k,
                None => return false,
            };
            let Some(f) = found.get(k) else {
                return false;
            };
            if f.seg != si || f.end != end {
                return false;
            }
            let before = prev_word(s, f.start);
            match kind(f) {
                Some(K_PLACE) if before == Some("in") => {
                    end = f.start.saturating_sub(4);
                    placed = true;
                }
                Some(K_PERSON) => {
                    let credit = before == Some("by")
                        || (before == Some("By")
                            && (f.start == 3 || byte(s.as_bytes(), f.start - 4) == b'\n'));
                    // "writers A in Lagos and B in Accra": a person after a
                    // title or a role, and their place.
                    return credit || (placed && f.rule == Rule::Title);
                }
                _ => return false,
            }
        }
        false
    }

    /// The whole name of a desk credit or a byline at `ws` ("Reporting by
    /// Mishka Ranchi in Singapore", "By A and Mishka Ranchi"): up to three
    /// capitalised words before " in ", " and ", a comma, a semicolon, a
    /// closing bracket or the line's end (a byline's "By" opens its line and
    /// its names end it), whatever they name elsewhere, unless a word is a
    /// title's, a role's, an organisation's, a month's or a weekday's.
    /// Returns its end.
    pub(super) fn credit_name(
        &self,
        si: u32,
        s: &str,
        ws: usize,
        pw: Option<&str>,
    ) -> Option<usize> {
        let b = s.as_bytes();
        // "By Jane Roe" on a line of its own (or before "and" and the next name).
        let byline = pw == Some("By") && (ws == 3 || byte(b, ws - 4) == b'\n');
        let credit = match pw {
            Some("by") => self.credit_by_before(s, ws, pw),
            Some("and") => self.credit_and_before(si, s, ws, pw),
            _ => byline,
        };
        if !credit {
            return None;
        }
        let mut e = word_end(s, ws);
        for _ in 0..2 {
            match next_word_after_space(s, e) {
                Some((a, z)) if is_upper_at(s, a) => e = z,
                _ => break,
            }
        }
        let rest = s.get(e..).unwrap_or("");
        let line_end = rest.is_empty() || matches!(byte(b, e), b'\n' | b'\r');
        let ends = if byline {
            line_end || rest.starts_with(" and ")
        } else {
            line_end
                || matches!(byte(b, e), b',' | b';' | b')')
                || rest.starts_with(" in ")
                || rest.starts_with(" and ")
        };
        if !ends {
            return None;
        }
        let bad = W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_ORG_TAIL;
        s.get(ws..e)?
            .split(' ')
            .all(|w| self.flags(w) & bad == 0)
            .then_some(e)
    }
}

/// A word of a person's name: a capital, then letters (apostrophes and
/// hyphens inside), not all in capitals ("McNulty", "O'Neill").
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let mut lower = 0;
    for c in chars {
        if c.is_lowercase() {
            lower += 1;
        } else if !(c.is_uppercase() || c == '\'' || c == '’' || c == '-') {
            return false;
        }
    }
    first.is_uppercase() && lower >= 1
}

/// A wire dateline opens `s`: one to four words in capitals (or places
/// joined by '/'), then a comma, a bracket, a dash or a year ("LONDON
/// 2025-01-02", "NEW YORK, May 2", "PARIS (Reuters) -", "KYIV/MOSCOW -").
fn opens_with_dateline(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut words = 0;
    loop {
        let a = i;
        while matches!(byte(b, i), b'A'..=b'Z' | b'.' | b'\'' | b'-') {
            i += 1;
        }
        if i < a + 2 || !byte(b, a).is_ascii_uppercase() {
            return false;
        }
        words += 1;
        match byte(b, i) {
            b'/' if words < 4 => i += 1,
            b' ' if words < 4 && byte(b, i + 1).is_ascii_uppercase() && byte(b, i + 2) != b' ' => {
                i += 1
            }
            _ => break,
        }
    }
    let rest = b.get(i..).unwrap_or(&[]);
    rest.starts_with(b",")
        || rest.starts_with(b" (")
        || rest.starts_with(b" -")
        || rest.starts_with(" —".as_bytes())
        || (rest.first() == Some(&b' ') && (1..=4).all(|k| byte(b, i + k).is_ascii_digit()))
}
