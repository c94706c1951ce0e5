//! Rosters in sports copy: squads, line-ups, scorers' lines and results
//! lists, where a name is a player's and a place in brackets after it is the
//! player's club or nation.

use super::text::*;

/// "Scorers : Shearer ( 12th ) , Figo 45": a player's name on a line of
/// goal scorers, before the minute. The line starts with the label; the
/// capitalised words from `ws` (at most three) are followed by a number or
/// a bracketed number.
#[inline]
pub(super) fn scorer_at(s: &str, ws: usize) -> bool {
    // The minute after the name first (prose after a comma fails here).
    let mut e = word_end(s, ws);
    for _ in 0..3 {
        match next_word_after_space(s, e) {
            Some((a, z)) if is_upper_at(s, a) => e = z,
            _ => break,
        }
    }
    let rest = s.get(e..).unwrap_or("").trim_start_matches(' ');
    let rest = rest
        .strip_prefix('(')
        .map_or(rest, |r| r.trim_start_matches(' '));
    if !rest.bytes().next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    // The line's start, within 300 bytes (a scorers' line is short).
    let from = (ws.saturating_sub(300)..=ws)
        .find(|&k| s.is_char_boundary(k))
        .unwrap_or(ws);
    let line_start = match s.get(from..ws).and_then(|h| h.rfind('\n')) {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line = s.get(line_start..).unwrap_or("");
    ["Scorers", "Goalscorers", "Scorer", "Goals"]
        .iter()
        .find_map(|l| line.strip_prefix(l))
        .is_some_and(|r| r.trim_start_matches(' ').starts_with(':'))
}

/// "Goalkeepers: Tomas Vaclik (Sevilla), Jiri Pavlenka (Werder Bremen)": a
/// club in brackets right after a player's name, on a squad line (one with a
/// position label and a colon before the name). The line is read back at
/// most 2,000 bytes.
pub(super) fn squad_club(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    if ws < 3
        || byte(b, ws - 1) != b'('
        || byte(b, ws - 2) != b' '
        || !byte(b, ws - 3).is_ascii_alphabetic()
        // "(Sevilla)", or with the club's country "(Barcelona, Spain)".
        || !(byte(b, end) == b')' || (byte(b, end) == b',' && byte(b, end + 1) == b' '))
    {
        return false;
    }
    squad_line(s, ws)
}

/// Whether the line around `ws` is a squad's, after a label of players
/// ("Defenders:", "Midfielders - ") within 2,000 bytes before.
pub(super) fn squad_line(s: &str, ws: usize) -> bool {
    let from = ws.saturating_sub(2000);
    let Some(before) = s.get(from..ws).or_else(|| {
        // `from` inside a character: start at the next boundary.
        (from..ws)
            .find(|&k| s.is_char_boundary(k))
            .and_then(|k| s.get(k..ws))
    }) else {
        return false;
    };
    let line = before.rsplit('\n').next().unwrap_or(before);
    const LABELS: &[&str] = &[
        "Goalkeepers:",
        "Goalkeeper:",
        "Defenders:",
        "Midfielders:",
        "Forwards:",
        "Strikers:",
        "Squad:",
        "Substitutes:",
        "Reserves:",
    ];
    // ("Defenders:" or "Defenders - ".)
    LABELS.iter().any(|l| {
        line.contains(l)
            || l.strip_suffix(':').is_some_and(|w| {
                line.starts_with(w) && line.get(w.len()..).is_some_and(|r| r.starts_with(" -"))
            })
    })
}

impl super::Doc<'_> {
    /// A player's whole name as an item of a roster line ([`roster_item`]),
    /// whatever its words name elsewhere ("Walter Little", "Vitor Baia"),
    /// unless a word is a title's, a role's or an organisation's. Returns
    /// the name's end.
    /// A segment's roster lines are looked for once, at its first item.
    pub(super) fn roster_name(&mut self, si: u32, s: &str, ws: usize) -> Option<usize> {
        let b = s.as_bytes();
        if ws < 2 || byte(b, ws - 1) != b' ' || !matches!(byte(b, ws - 2), b',' | b'-' | b':') {
            return None;
        }
        if self.rosters.0 != si {
            self.rosters = (si, has_roster_line(s));
        }
        if !self.rosters.1 {
            return None;
        }
        let end = roster_item(s, ws)?;
        // (A word such as "Little" or "Grand" may end a name; not start it.)
        let bad = super::W_MONTH
            | super::W_WEEKDAY
            | super::W_DEMONYM
            | super::W_TITLE
            | super::W_ROLE
            | super::W_ORG_HEAD
            | super::W_ORG_TAIL;
        let words = s.get(ws..end)?.split([' ', '-']).filter(|w| !w.is_empty());
        for (k, w) in words.enumerate() {
            let f = self.flags(w);
            if f & bad != 0 || (k == 0 && f & super::W_STOP != 0) || !is_upper_at(w, 0) {
                return None;
            }
        }
        Some(end)
    }

    /// Whether a '(' stands within `within` bytes after `from` in segment
    /// `si`. Each '(' is searched for once per segment: a pass over the
    /// segment at most, however many words ask.
    pub(super) fn paren_near(&mut self, si: u32, s: &str, from: usize, within: usize) -> bool {
        let (seg, at) = self.paren;
        let at = if seg == si && at >= from {
            at
        } else {
            let found = s
                .as_bytes()
                .get(from..)
                .and_then(|r| memchr::memchr(b'(', r))
                .map_or(usize::MAX, |k| from + k);
            self.paren = (si, found);
            found
        };
        at != usize::MAX && at - from <= within
    }

    /// "6. Adem Hacini (Algeria) 1:45.64", "beat Jan Kroslak (Slovakia)":
    /// two to four name words and the player's nation in brackets (or, on a
    /// squad's line, the player's club) are a player, whatever else the
    /// words name. Returns the name's end.
    pub(super) fn player_with_nation(&self, s: &str, ws: usize, we: usize) -> Option<usize> {
        let (end, n) = self.name_run(s, ws, we);
        // (Or a club in brackets on a squad's line: "Rui Costa (Porto)".)
        if !(2..=4).contains(&n)
            || !(self.nation_in_brackets_after(s, end)
                || (byte(s.as_bytes(), end) == b' '
                    && byte(s.as_bytes(), end + 1) == b'('
                    && squad_line(s, ws)))
        {
            return None;
        }
        let bad = super::W_NEVER
            | super::W_TITLE
            | super::W_ROLE
            | super::W_ORG_HEAD
            | super::W_ORG_TAIL
            | super::W_DEMONYM;
        let words = s.get(ws..end)?.split([' ', '-']).filter(|w| !w.is_empty());
        for (k, w) in words.enumerate() {
            let f = self.flags(w);
            let common = f & super::W_COMMON != 0 && f & (super::W_SURNAME | super::W_GIVEN) == 0;
            if f & bad != 0 || (common && k > 0) || (common && is_particle(w)) {
                return None;
            }
        }
        Some(end)
    }

    /// "Jack Pierce (U.S.) 13.60", "beat Ana Silva (Brazil) 6-4": a
    /// country in brackets right after a name on a results line names the
    /// player's nation, so the name is a player's, not a club's.
    pub(super) fn nation_in_brackets_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        if byte(b, end) != b' ' || byte(b, end + 1) != b'(' {
            return false;
        }
        let inner = s.get(end + 2..).unwrap_or("");
        let Some(close) = inner.get(..inner.len().min(40)).and_then(|t| t.find(')')) else {
            return false;
        };
        let name = inner.get(..close).unwrap_or("");
        if name.is_empty() || !is_upper_at(name, 0) {
            return false;
        }
        self.lex.cands_of(self.key_head(name)).any(|c| {
            self.lex
                .entry(c.entry)
                .is_some_and(|e| e.class == super::Class::Country)
        })
    }
}

/// A player's shirt number before the name at `ws` on a line-up ("New
/// Zealand - 15 - Tana Umaga, 14 - Jonah Lomu", "9 - Hakan Sukur (17 -
/// Orhan Cikirikci 76th)"): a number and a dash right before it, and
/// another within the line around it.
pub(super) fn shirt_number_before(s: &str, ws: usize) -> bool {
    let b = s.as_bytes();
    if ws < 2 || byte(b, ws - 1) != b' ' || !shirt_marker(b, ws - 2) {
        return false;
    }
    // Another marker on the line within 200 bytes either way.
    let lo = ws.saturating_sub(200);
    let hi = b.len().min(ws + 200);
    let before = b.get(lo..ws - 2).unwrap_or(&[]);
    let from = memchr::memrchr(b'\n', before).map_or(lo, |p| lo + p + 1);
    let after = b.get(ws..hi).unwrap_or(&[]);
    let to = memchr::memchr(b'\n', after).map_or(hi, |p| ws + p);
    memchr::memchr_iter(b'-', b.get(from..to).unwrap_or(&[]))
        .any(|d| from + d != ws - 2 && byte(b, from + d + 1) == b' ' && shirt_marker(b, from + d))
}

/// The dash at `d` follows a shirt number of one or two digits (and maybe a
/// space) that opens a line-up's item: at the line's start, after a bracket,
/// or after ", ", "; ", a team's ": " or a team's " - ".
fn shirt_marker(b: &[u8], d: usize) -> bool {
    let mut k = d;
    if byte(b, k.wrapping_sub(1)) == b' ' {
        k -= 1;
    }
    let digits = b
        .get(..k)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let start = k - digits;
    (1..=2).contains(&digits)
        && (start == 0
            || matches!(byte(b, start - 1), b'(' | b'\n')
            || (byte(b, start - 1) == b' '
                && matches!(byte(b, start.wrapping_sub(2)), b',' | b';' | b':' | b'-')))
}

/// An item of a roster line: a name at `ws`, after ", ", " - " or ": " (the
/// caller has seen those bytes), on a line that opens with a label
/// ([`roster_label`]). The item ends at a comma, a semicolon, a bracket or
/// the line's end: returns that end. The line is read back at most 300
/// bytes.
fn roster_item(s: &str, ws: usize) -> Option<usize> {
    let b = s.as_bytes();
    // The item's end: up to four capitalised words, then a comma, a
    // semicolon, a bracket or the line's end.
    let mut e = word_end(s, ws);
    for _ in 0..3 {
        match next_word_after_space(s, e) {
            Some((a, z)) if is_upper_at(s, a) => e = z,
            _ => break,
        }
    }
    let stop = byte(b, e) == b'.' && matches!(byte(b, e + 1), b'\n' | b'\r' | 0);
    if !(stop
        || matches!(byte(b, e), b',' | b';' | b'\n' | b'\r' | 0)
        || s.get(e..).is_some_and(|r| r.starts_with(" (")))
    {
        return None;
    }
    let lo = ws.saturating_sub(300);
    let from = match memchr::memrchr(b'\n', b.get(lo..ws).unwrap_or(&[])) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let label_end = roster_label(s, from)?;
    (label_end + 2 <= ws).then_some(e)
}

/// Whether some line of `s` is a roster line ([`roster_label`]): a look at
/// the start of each line.
pub(super) fn has_roster_line(s: &str) -> bool {
    let b = s.as_bytes();
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', b).map(|p| p + 1))
        .any(|from| roster_label(s, from).is_some())
}

/// The line that starts at `from` is a roster line: it opens with a label of
/// one to three words in title case before " - " or ": " ("Defenders -",
/// "West Indies -", "Tries:") and lists three names or more after it
/// ("Defenders - Dan Petrescu, Daniel Prodan, Tibor Selymes"). Returns where
/// the label ends. The line is read on at most 400 bytes.
fn roster_label(s: &str, from: usize) -> Option<usize> {
    let b = s.as_bytes();
    let head = b.get(from..b.len().min(from + 40))?;
    let k = memchr::memchr2_iter(b'-', b':', head).find_map(|p| {
        let spaced = byte(head, p + 1) == b' ';
        match byte(head, p) {
            b'-' if spaced && p > 0 && byte(head, p - 1) == b' ' => Some(p - 1),
            b':' if spaced => Some(p),
            _ => None,
        }
    })?;
    let label = s.get(from..from + k)?;
    let n = label.split(' ').count();
    let title_words = label.split(' ').all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    });
    if !(1..=3).contains(&n) || !title_words {
        return None;
    }
    // A list: two more items or more after the label.
    let line = b.get(from + k..b.len().min(from + 400))?;
    let line = line.get(..memchr::memchr(b'\n', line).unwrap_or(line.len()))?;
    let items = memchr::memchr_iter(b',', line)
        .filter(|&p| byte(line, p + 1) == b' ' && byte(line, p + 2).is_ascii_uppercase())
        .take(2)
        .count();
    (items >= 2).then_some(from + k)
}
