//! A reporter's byline on its own line right before a wire dateline
//! ("Jane Roe" then "LONDON 2025-01-02"): the line is a person's name, whatever
//! its words name elsewhere.

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
