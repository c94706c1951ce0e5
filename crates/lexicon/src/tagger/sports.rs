//! Sports copy: match results, standings and results tables, teams in a
//! match report, cricket scorecards and lines of goal scorers. A name there
//! is a team's or a player's, whatever the lexicon says of its words.

use super::text::*;

/// A match result after a team's name: a score ("Valencia 2-1", "Valencia
/// 2–1") or a results verb and a score later in the clause ("Sevilla beat
/// Valencia 2-1").
#[inline]
pub(super) fn results_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    let score_at = |i: usize| score_at(s, i);
    if byte(b, end) == b' ' && score_at(end + 1) {
        return true;
    }
    // A results table: "Arsenal 2 Derby 2", "Sheffield Wednesday 1 Leeds 0"
    // (a name may go on for a word or two before its score).
    let mut first = table_number(s, end);
    let mut e0 = end;
    for _ in 0..2 {
        if first.is_some() || byte(b, e0) != b' ' || !is_upper_at(s, e0 + 1) {
            break;
        }
        e0 = word_end(s, e0 + 1);
        first = table_number(s, e0);
    }
    if let Some(k) = first {
        let mut e = scorers_after(b, k);
        for _ in 0..3 {
            if byte(b, e) != b' ' || !is_upper_at(s, e + 1) {
                break;
            }
            e = word_end(s, e + 1);
            if table_number(s, e).is_some() {
                return true;
            }
        }
    }
    // "Paris St Germain beat Monaco 2-0": the team's name may go on for a
    // word or two before the verb.
    let mut end = end;
    for _ in 0..2 {
        match next_word_after_space(s, end) {
            Some((a, z)) if is_upper_at(s, a) && !caps_result_verb(s.get(a..z)) => end = z,
            _ => break,
        }
    }
    let Some((a, mut e)) = next_word_after_space(s, end) else {
        return false;
    };
    // "Leeds were held 0-0", "Porto have beaten Braga 2-1": the verb after
    // an auxiliary.
    let mut w = s.get(a..e);
    if matches!(w, Some("were" | "was" | "have" | "had" | "has")) {
        if let Some((a2, e2)) = next_word_after_space(s, e) {
            let v = s.get(a2..e2);
            if matches!(v, Some("held" | "beaten" | "drawn")) {
                return score_soon(s, e2);
            }
            w = v;
            e = e2;
        }
    }
    let verb = matches!(
        w,
        Some(
            "beat"
                | "beats"
                | "defeated"
                | "drew"
                | "draw"
                | "edged"
                | "thrashed"
                | "routed"
                | "downed"
                | "hammered"
                | "crushed"
                | "stunned"
                | "upset"
                | "lost"
                | "tied"
        )
    ) || caps_result_verb(w);
    verb && score_soon(s, e)
}

/// A verb of a result in a headline in capitals ("WIGAN BEAT BRADFORD
/// 42-36").
fn caps_result_verb(w: Option<&str>) -> bool {
    matches!(
        w,
        Some("BEAT" | "BEATS" | "DEFEAT" | "HOLD" | "DOWN" | "EDGE" | "ROUT" | "THRASH")
    )
}

/// A team's score in a results table right after `end`: a space, one to
/// three digits, and then a space, a comma or the end of the line. Its end.
fn table_number(s: &str, end: usize) -> Option<usize> {
    let b = s.as_bytes();
    if byte(b, end) != b' ' || !byte(b, end + 1).is_ascii_digit() {
        return None;
    }
    // One to three digits: goals, points ("Chicago 104 Miami 98"), maybe
    // with a full stop that ends the line ("Barcelona 0.").
    let mut j = end + 2;
    while j < end + 4 && byte(b, j).is_ascii_digit() {
        j += 1;
    }
    let stop = byte(b, j) == b'.' && matches!(byte(b, j + 1), b'\n' | b'\r' | 0);
    (stop || matches!(byte(b, j), b' ' | b',' | b';' | b'\n' | b'\r' | 0)).then_some(j)
}

/// The end of the scorers in brackets after a side's score at `k` ("Real
/// Madrid 2 (Suker 24, Mijatovic 48) Barcelona 0"), within 120 bytes; `k`
/// when there are none.
fn scorers_after(b: &[u8], k: usize) -> usize {
    if byte(b, k) != b' ' || byte(b, k + 1) != b'(' {
        return k;
    }
    b.get(k + 2..b.len().min(k + 122))
        .and_then(|r| r.iter().position(|&c| matches!(c, b')' | b'\n')))
        .filter(|&p| byte(b, k + 2 + p) == b')')
        .map_or(k, |p| k + 3 + p)
}

/// Where the scorers in brackets that end right before `start` open (the
/// first side's, before the second side's name), within 120 bytes;
/// `start` when there are none.
fn scorers_before(b: &[u8], start: usize) -> usize {
    if start < 3 || byte(b, start - 1) != b' ' || byte(b, start - 2) != b')' {
        return start;
    }
    let lo = start.saturating_sub(122);
    b.get(lo..start - 2)
        .and_then(|r| r.iter().rposition(|&c| matches!(c, b'(' | b'\n')))
        .filter(|&p| byte(b, lo + p) == b'(')
        .map_or(start, |p| lo + p)
}

/// A win percentage in a standings row after `end`: a space and ".556",
/// "0.556" or "1.000". Its end.
fn win_percentage(s: &str, end: usize) -> Option<usize> {
    let b = s.as_bytes();
    if byte(b, end) != b' ' {
        return None;
    }
    let dot = match byte(b, end + 1) {
        b'.' => end + 1,
        b'0' | b'1' if byte(b, end + 2) == b'.' => end + 2,
        _ => return None,
    };
    let j = dot + 4;
    ((1..4).all(|k| byte(b, dot + k).is_ascii_digit())
        && matches!(byte(b, j), b' ' | b'\n' | b'\r' | 0))
    .then_some(j)
}

/// A row of a standings table after a team's name: three or more small
/// numbers or win percentages in a row ("Ajax 20 14 4 2 45 15 46", "BOSTON
/// 69 65 .515 5 1/2"), also after the team's country in brackets
/// ("Barcelona (Spain) 9 4 5 13") or after a word or two more of the
/// team's name ("Inverness Thistle 3 1 0 2").
#[inline]
pub(super) fn standings_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    let mut e = end;
    if byte(b, e) == b' ' && byte(b, e + 1) == b'(' {
        let Some(close) = b
            .get(e + 2..b.len().min(e + 40))
            .and_then(|r| r.iter().position(|&c| c == b')'))
        else {
            return false;
        };
        e = e + 2 + close + 1;
    } else {
        for _ in 0..2 {
            if byte(b, e) != b' ' || !is_upper_at(s, e + 1) {
                break;
            }
            e = word_end(s, e + 1);
        }
    }
    for _ in 0..3 {
        match table_number(s, e).or_else(|| win_percentage(s, e)) {
            Some(k) => e = k,
            None => return false,
        }
    }
    true
}

/// A fixture names the team at `ws..end`: "v" or "vs" right before it or
/// right after it ("Birmingham v Barnsley", "May 17 v Northampton"), or the
/// visitors on a line of a schedule in capitals that is only two names
/// around "AT" ("KANSAS CITY AT DETROIT"; Detroit is where they play).
pub(super) fn fixture_at(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let versus = |w: Option<&str>| matches!(w, Some("v" | "vs" | "vs."));
    let before = b.get(..ws).unwrap_or(&[]);
    let dotted_vs =
        before.ends_with(b"vs. ") && (ws == 4 || !byte(b, ws - 5).is_ascii_alphanumeric());
    if versus(prev_word(s, ws)) || dotted_vs {
        return true;
    }
    if let Some((a, z)) = next_word_after_space(s, end) {
        let z = if byte(b, z) == b'.' { z + 1 } else { z };
        if versus(s.get(a..z)) && byte(b, z) == b' ' && is_upper_at(s, z + 1) {
            return true;
        }
    }
    // The visitors open the line, and "AT" and the home side's name end it
    // within a few words (looked at a bounded way: a long line costs no
    // more).
    if !(ws == 0 || byte(b, ws - 1) == b'\n')
        || !b.get(end..).is_some_and(|r| r.starts_with(b" AT "))
    {
        return false;
    }
    let rest = b.get(end + 4..b.len().min(end + 44)).unwrap_or(&[]);
    let Some(home) = rest
        .iter()
        .position(|&c| matches!(c, b'\n' | b'\r'))
        .or((b.len() <= end + 44).then_some(rest.len()))
        .and_then(|k| s.get(end + 4..end + 4 + k))
    else {
        return false;
    };
    // The home side a team's name of one to three words in capitals ("NY
    // RANGERS", "GOLDEN STATE"), with no word of a sentence's ("BOSTON AT
    // START OF WEEK" is no schedule).
    let n = home.split(' ').count();
    (1..=3).contains(&n)
        && home.split(' ').all(|w| {
            !matches!(w, "OF" | "THE" | "IN" | "ON" | "TO" | "FOR" | "A" | "AN")
                && w.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
                && w.bytes()
                    .all(|c| c.is_ascii_uppercase() || c == b'.' || c == b'\'')
        })
}

/// A score within the next few words after `e`, before the clause ends.
fn score_soon(s: &str, e: usize) -> bool {
    let b = s.as_bytes();
    let mut i = e;
    while i < e + 48 {
        match byte(b, i) {
            b'.' | b';' | b'\n' | 0 => return false,
            x if x.is_ascii_digit() && !byte(b, i.wrapping_sub(1)).is_ascii_alphanumeric() => {
                return score_at(s, i);
            }
            _ => i += 1,
        }
    }
    false
}

/// A match score ("3-1", "2–0", "10-12") starts at `i`.
fn score_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let mut j = i;
    while byte(b, j).is_ascii_digit() && j < i + 2 {
        j += 1;
    }
    if j == i {
        return false;
    }
    let k = if byte(b, j) == b'-' {
        j + 1
    } else if s.get(j..).is_some_and(|t| t.starts_with('–')) {
        j + 3
    } else {
        return false;
    };
    byte(b, k).is_ascii_digit()
        && (!byte(b, k + 1).is_ascii_digit() || !byte(b, k + 2).is_ascii_digit())
}

/// A result before the name at `start`: a score and then "with", "against",
/// "over", "to" or "by" right before it ("drew 1-1 with Everton", "a 2-0 win
/// over Leeds", "lost 3-1 to Porto").
#[inline]
pub(super) fn results_before(s: &str, start: usize) -> bool {
    let b = s.as_bytes();
    // The second side of a results table: "… Chelsea 1 Leeds 0", also after
    // the first side's scorers ("Bochum 2 (Wosz 89th) Hansa Rostock 0").
    let st = scorers_before(b, start);
    if st >= 3 && byte(b, st - 1) == b' ' && byte(b, st - 2).is_ascii_digit() {
        let mut d = st - 2;
        while d > 0 && st - d < 4 && byte(b, d - 1).is_ascii_digit() {
            d -= 1;
        }
        if d >= 2 && byte(b, d - 1) == b' ' && byte(b, d - 2).is_ascii_alphabetic() {
            // The side's name may have up to three words ("Kansas City 1").
            let mut end = word_end(s, start);
            for _ in 0..3 {
                if table_number(s, end).is_some() {
                    return true;
                }
                if !(byte(b, end) == b' ' && is_upper_at(s, end + 1)) {
                    break;
                }
                end = word_end(s, end + 1);
            }
        }
    }
    let Some(k) = start.checked_sub(1).filter(|&k| byte(b, k) == b' ') else {
        return false;
    };
    // The word before: one of five short lower-case words, tested on its
    // bytes before any search.
    let pw = match start.checked_sub(2).map(|e| byte(b, e)) {
        Some(b'h' | b'r' | b'o' | b't' | b'y') => s.get(..k).and_then(|h| h.rsplit(' ').next()),
        _ => None,
    };
    let Some(pw) = pw else {
        return false;
    };
    if !matches!(pw, "with" | "against" | "over" | "to" | "by") {
        return false;
    }
    // A score among the three words before it.
    let head = s.get(..k - pw.len()).unwrap_or("");
    head.trim_end()
        .rsplit(' ')
        .take(3)
        .any(|w| w.find(|c: char| c.is_ascii_digit()) == Some(0) && score_at(w, 0))
}

/// Words of a match report; a name in a team's place in a sentence with one
/// of them is a team ("Tunisia won a penalty kick in the 33rd minute").
/// Words with other common senses ("goal", "penalty") are not among them.
const MATCH_WORDS: &[&str] = &[
    "scored",
    "scoring",
    "minute",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "half-time",
    "halftime",
    "possession",
    "equaliser",
    "equalizer",
    "header",
    "innings",
    "wicket",
    "wickets",
    "touchdown",
    "quarter-final",
    "semi-final",
    "quarterfinal",
    "semifinal",
];

/// The name `[ws, end)` stands where a team does in a match report: after
/// "for", "against" or "beat", or before a verb of play, in a sentence
/// with a match word ("win over", "lost to" need a score: see
/// [`results_before`]).
#[inline]
pub(super) fn team_in_match(s: &str, ws: usize, end: usize) -> bool {
    let before = prev_word(s, ws)
        .is_some_and(|w| matches!(w, "for" | "against" | "beat" | "beating" | "vs" | "v"));
    let after = word_after_space(s, end).is_some_and(|w| {
        matches!(
            w,
            "won"
                | "lost"
                | "drew"
                | "beat"
                | "led"
                | "scored"
                | "had"
                | "equalised"
                | "equalized"
                | "levelled"
                | "leveled"
                | "conceded"
                | "dominated"
                | "advanced"
                | "qualified"
        )
    });
    if !(before || after) {
        return false;
    }
    // The sentence around the name: from the last ". " before it to the
    // first ". " after it, at most 300 bytes each way (a text without full
    // stops stays linear), read word by word over its bytes.
    let b = s.as_bytes();
    let floor = ws.saturating_sub(300);
    let mut from = ws;
    while from > floor.max(1) && !(byte(b, from - 2) == b'.' && byte(b, from - 1) == b' ') {
        from -= 1;
    }
    let stop = end.saturating_add(300).min(b.len());
    let mut word = from;
    let mut i = from;
    while i <= stop {
        let c = byte(b, i);
        if c.is_ascii_alphanumeric() || c == b'-' {
            i += 1;
            continue;
        }
        if i - word >= 6 && s.get(word..i).is_some_and(|w| MATCH_WORDS.contains(&w)) {
            return true;
        }
        if i >= end && (c == 0 || (c == b'.' && byte(b, i + 1) == b' ')) {
            return false;
        }
        i += 1;
        word = i;
    }
    false
}

/// "c Jayasuriya b Vaas 45", "st Moin b Saqlain": a fielder's or a bowler's
/// name in a cricket scorecard, after a lone "c", "b" or "st" and before the
/// runs on the same line.
#[inline]
pub(super) fn scorecard_before(s: &str, ws: usize, pw: Option<&str>) -> bool {
    let Some(p) = pw.filter(|p| matches!(*p, "c" | "b" | "st")) else {
        return false;
    };
    let b = s.as_bytes();
    let k = ws.saturating_sub(p.len() + 1);
    if k > 0 && !matches!(byte(b, k - 1), b' ' | b'\n') {
        return false;
    }
    // The rest of the line is names, the scorecard's letters and then the
    // runs: no other lower-case word.
    let rest = s.get(ws..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    for t in line.split(' ').take(8) {
        if t.bytes().next().is_some_and(|c| c.is_ascii_digit()) {
            return t.bytes().all(|c| c.is_ascii_digit());
        }
        if !(matches!(t, "b" | "c" | "st" | "lbw" | "and") || is_upper_at(t, 0)) {
            return false;
        }
    }
    false
}

/// "Doull 8-1-60-0", "Harris 9.4-0-42-5": a bowler's figures (overs,
/// maidens, runs, wickets) right after the name, on the line or the next.
#[inline]
pub(super) fn bowling_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if !matches!(byte(b, end), b' ' | b'\n') || !byte(b, end + 1).is_ascii_digit() {
        return false;
    }
    let mut i = end + 1;
    let mut parts = 0;
    loop {
        let a = i;
        while byte(b, i).is_ascii_digit() || (byte(b, i) == b'.' && parts == 0) {
            i += 1;
        }
        if i == a || i > a + 4 {
            return false;
        }
        parts += 1;
        if parts == 4 {
            return !byte(b, i).is_ascii_alphanumeric() && byte(b, i) != b'-';
        }
        if byte(b, i) != b'-' {
            return false;
        }
        i += 1;
    }
}

/// "B. Young c Moin Khan b Waqar 5", "R. Kennedy not out 7": a batsman's
/// line of a scorecard after the name ending at `end`.
#[inline]
pub(super) fn dismissal_after(s: &str, end: usize) -> bool {
    let rest = s.get(end..).unwrap_or("");
    [
        " c ", " b ", " lbw ", " st ", " run out", " not out", " retired",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// Words of sports copy beyond [`MATCH_WORDS`], for the document-level
/// test of [`sports_copy`].
const SPORT_WORDS: &[&str] = &[
    "goals",
    "inning",
    "homer",
    "batsman",
    "bowler",
    "seeded",
    "qualifier",
    "rebounds",
    "goalscorer",
    "championship",
    "overs",
    "birdie",
    "birdies",
    "standings",
    "Standings",
    "bowled",
    "batting",
    "stumps",
    "spinner",
    "seamer",
    "playoff",
    "playoffs",
    "Attendance",
];

/// Whether a document is sports copy: two scores or more ("2-1",
/// "4-38", not a date's "1996-08-30") and two different words of a match
/// report ("scored", "halftime", "wickets", "seeded", …). The words are
/// read only when the scores are there.
fn sports_copy(segments: &[&str]) -> bool {
    let mut scores = 0;
    'segs: for s in segments {
        let b = s.as_bytes();
        for d in memchr::memchr_iter(b'-', b) {
            if score_dash(b, d) {
                scores += 1;
                if scores >= 2 {
                    break 'segs;
                }
            }
        }
    }
    if scores < 2 {
        // Cricket's scores: "took four for 38", "closed on 429 for seven".
        let finder = memchr::memmem::Finder::new(b" for ");
        'cricket: for s in segments {
            let b = s.as_bytes();
            for k in finder.find_iter(b) {
                if cricket_score(s, k) {
                    scores += 1;
                    if scores >= 2 {
                        break 'cricket;
                    }
                }
            }
        }
    }
    if scores < 2 {
        return false;
    }
    let mut seen = 0u64;
    let mut note = |w: &[u8]| {
        if (4..=13).contains(&w.len()) {
            if let Some(i) = MATCH_WORDS
                .iter()
                .chain(SPORT_WORDS)
                .position(|m| m.as_bytes() == w)
            {
                seen |= 1 << i.min(63);
            }
        }
        seen.count_ones() >= 2
    };
    for s in segments {
        // Runs of ASCII letters and hyphens: "half-time" whole, then
        // "first-innings" by its parts.
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !byte(b, i).is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let a = i;
            while byte(b, i).is_ascii_alphabetic() || byte(b, i) == b'-' {
                i += 1;
            }
            let run = b.get(a..i).unwrap_or(&[]);
            if run.len() < 4 {
                continue;
            }
            if note(run) {
                return true;
            }
            if run.contains(&b'-') {
                for part in run.split(|&c| c == b'-') {
                    if note(part) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// A cricket score around the " for " at `k`: runs and wickets, each one
/// to three digits or a number word ("four for 38", "133 for five").
fn cricket_score(s: &str, k: usize) -> bool {
    // (Cheap first: a digit or the last letter of a number word before, a
    // digit or the first letter of one after.)
    let b = s.as_bytes();
    if !matches!(
        byte(b, k.wrapping_sub(1)),
        b'0'..=b'9' | b'e' | b'o' | b'r' | b'x' | b'n' | b't'
    ) || !matches!(
        byte(b, k + 5),
        b'0'..=b'9' | b'o' | b't' | b'f' | b's' | b'e' | b'n'
    ) {
        return false;
    }
    let number = |w: Option<&str>| {
        w.is_some_and(|w| {
            (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                )
        })
    };
    let after = next_word_after_space(s, k + 4).and_then(|(a, z)| s.get(a..z));
    number(prev_word(s, k + 1)) && number(after)
}

/// The dash at `d` joins two numbers of one to three digits, with no other
/// digit or dash around them.
fn score_dash(b: &[u8], d: usize) -> bool {
    let left = b
        .get(..d)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let right = b
        .get(d + 1..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let open = d == left || !matches!(byte(b, d - left - 1), b'-' | b'/' | b'.' | b':' | b',');
    (1..=3).contains(&left)
        && (1..=3).contains(&right)
        && open
        && !matches!(byte(b, d + right + 1), b'-' | b'/')
}

impl super::Doc<'_> {
    /// In sports copy, a city's or a region's name is a club's ("Surrey
    /// closed on 429", "joined Newcastle"), unless it opens its line (a
    /// dateline, a venue's "Hove: Sussex 363") or follows a place
    /// preposition ("at Headingley", "in Birmingham"). Countries stay: a
    /// side named by its country is the country.
    pub(super) fn drop_clubs_in_sports_copy(&mut self, segments: &[&str]) {
        let lex = self.lex;
        let is_place = |f: &super::Found| matches!(f.target, super::Target::Lex(i) if lex.entry(i).is_some_and(|e| e.kind == super::K_PLACE));
        // The places a club's name may stand for, found first: the document
        // is read for scores only when there is one.
        let found = &self.b.found;
        let mut drop: Vec<usize> = Vec::new();
        for (k, f) in found.iter().enumerate() {
            let candidate = f.rule == super::Rule::Lexicon
                && matches!(f.target, super::Target::Lex(i) if lex.entry(i).is_some_and(|e| {
                    // (Not a continent, a sea or another place of no country.)
                    e.kind == super::K_PLACE && e.class != super::Class::Country && e.cc != [0, 0]
                }));
            if !candidate {
                continue;
            }
            let s = segments.get(f.seg as usize).copied().unwrap_or("");
            let b = s.as_bytes();
            // "Fort Worth, Texas", "Edgbaston, Birmingham": two places joined
            // by a comma name a place.
            let next = found
                .get(k + 1)
                .filter(|g| g.seg == f.seg && g.start == f.end + 2 && is_place(g));
            let prev = k
                .checked_sub(1)
                .and_then(|j| found.get(j))
                .filter(|g| g.seg == f.seg && g.end + 2 == f.start && is_place(g));
            // (Not a list: "rivals Essex, Derbyshire and Surrey".)
            let listed = |e: usize| matches!(word_after_space(s, e), Some("and" | "or"));
            let paired = (next.is_some_and(|g| !listed(g.end)) && byte(b, f.end) == b',')
                || (prev.is_some_and(|g| byte(b, g.end) == b',') && !listed(f.end));
            // A dateline ("TAUNTON 2025-06-14", "LEEDS, England") or a
            // venue's label ("Hove: Sussex 363") at the start of its line.
            // (Not a row of a table: "Valencia 15 6 2 7 23 22 20".)
            let year_after = byte(b, f.end) == b' '
                && (1..=4).all(|k| byte(b, f.end + k).is_ascii_digit())
                && !byte(b, f.end + 5).is_ascii_digit();
            // ("Essex, however, look certain": no dateline.)
            let line_start = (f.start == 0 || byte(b, f.start - 1) == b'\n')
                && (byte(b, f.end) == b':'
                    || (byte(b, f.end) == b',' && is_upper_at(s, f.end + 2))
                    || year_after);
            // "in Baghdad", "At Leeds", "the town of Basra".
            let pw = prev_word(s, f.start);
            let prep = pw.is_some_and(|w| {
                let lower = w.to_ascii_lowercase();
                is_loc_prep(Some(lower.as_str()))
                    || (lower == "of"
                        && prev_word(s, f.start.saturating_sub(w.len() + 1))
                            .is_some_and(is_settlement_noun))
            });
            // "Somalia's Gedo region": a place's noun after it.
            let area = word_after_space(s, f.end).is_some_and(is_area_noun);
            if !(paired || line_start || prep || area) {
                drop.push(k);
            }
        }
        if drop.is_empty() || !sports_copy(segments) {
            return;
        }
        for k in drop {
            if let Some(f) = self.b.found.get_mut(k) {
                // An entry that does not exist: dropped when grouping.
                f.target = super::Target::Lex(super::NONE);
            }
        }
    }
}
