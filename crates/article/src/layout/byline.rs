//! Bylines: authors, their affiliations, agencies and dates.

use super::*;
use crate::date::{parse_date_line, DateHit};
use crate::page_words::{
    is_junk_line, is_role_line, is_role_word, is_weekday, junk_phrase_at, looks_like_outlet,
};

/// A parsed byline.
#[derive(Debug, Default)]
pub(crate) struct Byline {
    pub authors: Vec<String>,
    pub dates: Vec<DateHit>,
    /// Pieces dropped as furniture or roles.
    pub dropped: Vec<String>,
    /// Outlets and agencies named in the byline ("Reuters", "Associated Press").
    pub outlets: Vec<String>,
    /// Affiliations after an author ("For Mailonline" gives "Mailonline").
    pub affiliations: Vec<String>,
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

/// The affiliation in a byline tail "For Mailonline", "for The Daily
/// Telegraph": one to five capitalised words after "for".
fn affiliation(tail: &[&str]) -> Option<String> {
    let (lead, rest) = tail.split_first()?;
    if !lead.eq_ignore_ascii_case("for") || rest.is_empty() || rest.len() > 5 {
        return None;
    }
    let ok = rest.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(*w, "of" | "and" | "the" | "&")
    });
    ok.then(|| rest.join(" "))
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
        // "Daily Mail Reporter", "Reuters Staff": a role, not an outlet.
        // "AFP Staff Writer": the role may take two words.
        let staff = (1..words.len()).any(|k| {
            let rest = words.get(k..).unwrap_or(&[]);
            (rest.len() == 1 && rest.first().is_some_and(|w| is_role_word(w))
                || rest.len() > 1 && is_role_line(&rest.join(" ")))
                && words.get(..k).is_some_and(|o| {
                    is_known_outlet(&o.join(" ")) || looks_like_outlet(&o.join(" "))
                })
        });
        if staff {
            b.dropped.push(piece.to_string());
            continue;
        }
        // A name and then a known outlet with no comma between: "MARIA
        // LOPEZ Associated Press", "Jane Roe Reuters".
        let name_then_outlet = (2..=3).find(|&k| {
            words.len() > k
                && words.get(..k).is_some_and(|n| {
                    n.iter().all(|w| {
                        name_word_ok(w)
                            && !["for", "at", "in", "of", "and", "with", "from"]
                                .iter()
                                .any(|c| c.eq_ignore_ascii_case(w))
                    }) && n.first().is_some_and(|f| !PARTICLES.contains(f))
                })
                && is_known_outlet(&words.get(k..).unwrap_or(&[]).join(" "))
        });
        if let Some(k) = name_then_outlet {
            let name = words.get(..k).unwrap_or(&[]).join(" ");
            if !b.authors.contains(&name) {
                b.authors.push(name);
            }
            b.outlets.push(words.get(k..).unwrap_or(&[]).join(" "));
            continue;
        }
        let has_affiliation =
            (2..words.len()).any(|k| affiliation(words.get(k..).unwrap_or(&[])).is_some());
        if is_known_outlet(piece)
            || (!has_affiliation
                && looks_like_outlet(piece)
                && (words.len() >= 3 || words.first() == Some(&"The")))
        {
            b.outlets.push(piece.to_string());
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
                || ((lead.eq_ignore_ascii_case("in") || lead.eq_ignore_ascii_case("at"))
                    && rest.len() <= 4
                    && rest.iter().skip(1).all(|w| name_word_ok(w)))
                || (lead.eq_ignore_ascii_case("for") && affiliation(rest).is_some())
            {
                cut = k;
                break;
            }
        }
        let name_words = words.get(..cut).unwrap_or(&[]);
        if cut < words.len() {
            let tail = words.get(cut..).unwrap_or(&[]);
            match affiliation(tail) {
                Some(aff) => b.affiliations.push(aff),
                None => b.dropped.push(tail.join(" ")),
            }
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
    let by_first = |s: &str| BY_PREFIXES.iter().any(|p| strip_prefix_ci(s, p).is_some());
    // Each separator starts with one of four bytes: look only there.
    let b = t.as_bytes();
    let has_prefix = by_first(t)
        || memchr::memchr3_iter(b'|', b'-', 0xE2, b)
            .chain(memchr::memchr_iter(0xC2, b))
            .any(|i| {
                let rest = t.get(i..).and_then(|r| {
                    ["| ", "• ", "· ", "— ", "– ", "- ", "|"]
                        .iter()
                        .find_map(|sep| r.strip_prefix(sep))
                });
                rest.is_some_and(|r| by_first(r.trim_start()))
            });
    // "Posted on March 12, 2024 by Jane Roe": a date, then the names.
    if !has_prefix {
        return dated_byline(t);
    }
    // A line that opens in lower case ("by the council.") and ends a
    // sentence is prose that a stray break left at a line start.
    if t.starts_with(|c: char| c.is_lowercase()) && t.trim_end().ends_with('.') {
        return None;
    }
    // "By Jane Roe (AP)": the outlet in brackets after the names.
    let mut bracketed = None;
    let t = match t
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once(" ("))
    {
        Some((head, inner)) if is_known_outlet(inner) || looks_like_outlet(inner) => {
            bracketed = Some(inner);
            head
        }
        _ => t,
    };
    let mut parts: Vec<&str> = vec![t];
    for sep in [" | ", " • ", " · ", " — ", " – ", " - ", " / ", "|"] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let mut b = Byline::default();
    b.outlets.extend(bracketed.map(str::to_string));
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
            // "By Jane Roe, March 12, 2024", "By Jane Roe on March 12, 2024".
            let (names, date) = names_then_date(rest);
            b.dates.extend(date);
            if !names_into(names, &mut b) {
                return None;
            }
        } else if let Some(d) = parse_date_line(p) {
            b.dates.push(d);
        } else if is_known_outlet(p) || (looks_like_outlet(p) && !is_role_line(p)) {
            b.outlets.push(p.to_string());
        } else if is_junk_line(p)
            || is_role_line(p)
            || other_credit(p)
            || (!p.contains(' ') && p.contains('@'))
        {
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
    (saw_by && (!b.authors.is_empty() || !b.dropped.is_empty() || !b.outlets.is_empty()))
        .then_some(b)
}

/// The names of a byline and the date after them: "Jane Roe, March 12,
/// 2024" and "Jane Roe on March 12, 2024" give "Jane Roe" and the date.
fn names_then_date(s: &str) -> (&str, Option<crate::date::DateHit>) {
    for (k, sep) in s
        .match_indices(", ")
        .chain(s.match_indices(" on "))
        .collect::<Vec<_>>()
    {
        if let Some(d) = s.get(k + sep.len()..).and_then(parse_date_line) {
            return (s.get(..k).unwrap_or(s), Some(d));
        }
    }
    (s, None)
}

/// A byline that gives the date first: "Posted on March 12, 2024 by Jane
/// Roe", "Published 12 March 2024 by Jane Roe and Tom Ode".
fn dated_byline(t: &str) -> Option<Byline> {
    // A date has digits; most lines that reach here are prose without.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let k = [" by ", " By ", " BY "]
        .iter()
        .filter_map(|p| t.rfind(p))
        .max()?;
    let date = parse_date_line(t.get(..k)?)?;
    let mut b = Byline::default();
    if !names_into(t.get(k + 4..)?, &mut b)
        || (b.authors.is_empty() && b.dropped.is_empty() && b.outlets.is_empty())
    {
        return None;
    }
    b.dates.push(date);
    Some(b)
}

/// A credit for the pictures or the video beside the writer's ("Photos by
/// Tom Bell", "Video: Ann Lee"): not the text's author.
fn other_credit(p: &str) -> bool {
    [
        "photos by ",
        "photo by ",
        "photographs by ",
        "pictures by ",
        "video by ",
        "illustrations by ",
        "graphics by ",
        "photos:",
        "video:",
    ]
    .iter()
    .any(|l| strip_prefix_ci(p, l).is_some())
}

/// A writer's job that ends a byline's role ("editor", "Correspondent").
fn is_job_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    [
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "columnist",
        "critic",
        "journalist",
    ]
    .iter()
    .any(|j| j.eq_ignore_ascii_case(w))
}

/// A job and an outlet on the line after a byline ("Senior Correspondent,
/// CNN"): the outlet, and the job to drop.
pub(crate) fn role_outlet_line(t: &str) -> Option<(&str, &str)> {
    let (role, outlet) = t.rsplit_once(", ")?;
    let outlet = outlet.trim();
    let words: Vec<&str> = role.split_whitespace().collect();
    let job = words.last().is_some_and(|w| is_job_word(w));
    ((is_role_line(role) || (job && words.len() <= 4)) && is_known_outlet(outlet))
        .then_some((role.trim(), outlet))
}

/// A person's name and a social-media handle ("Lora Kolodny @LoraKolodny"):
/// the name.
pub(crate) fn name_handle_line(t: &str) -> Option<&str> {
    let (name, handle) = t.trim().rsplit_once(' ')?;
    let ok = handle.len() > 2
        && handle.starts_with('@')
        && handle
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (ok && name_only_line(name)).then_some(name.trim())
}

/// A line that is only a person's name: two or three name words and
/// nothing else ("Sarah Kaplan"). The caller asks for more evidence.
pub(crate) fn name_only_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && t.len() <= 40
        && words
            .iter()
            .all(|w| name_word_ok(w) && !w.ends_with('.') && !is_role_word(w))
        && words.first().is_some_and(|f| !PARTICLES.contains(f))
        && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// A byline without "By" that names the writer's job: "Heather Stewart
/// Economics editor", "Tom Ode, Chief political correspondent": two or
/// three name words, then at most four words ending in a writer's job.
/// Only asked for lines after the headline.
pub(crate) fn parse_name_role_line(t: &str) -> Option<Byline> {
    if t.len() > 100 || t.ends_with(['.', '!', '?']) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !words.last().is_some_and(|w| is_job_word(w)) {
        return None;
    }
    // Two name words first: most names have two, and a desk word often
    // stands before the job ("Transport correspondent").
    (2..=3).find_map(|k| {
        let (name, role) = (words.get(..k)?, words.get(k..)?);
        let name_ok = name
            .iter()
            .all(|w| name_word_ok(w.trim_end_matches(',')) && !is_role_word(w))
            && name
                .first()
                .is_some_and(|f| !PARTICLES.contains(f) && !f.eq_ignore_ascii_case("by"));
        (name_ok && (1..=4).contains(&role.len())).then(|| {
            let mut b = Byline::default();
            b.authors
                .push(name.join(" ").trim_end_matches(',').to_string());
            b.dropped.push(role.join(" "));
            b
        })
    })
}

/// A byline without "By": "Jane Roe | Reuters", "Jane Roe and Tom Bell, AP":
/// personal names, then a known outlet after " | ", " - " or a comma.
/// Only asked for lines after the headline.
pub(crate) fn parse_name_outlet_line(t: &str) -> Option<Byline> {
    if t.len() > 150 {
        return None;
    }
    let (names, outlet) = [" | ", " - ", " — ", ", "]
        .iter()
        .filter_map(|sep| t.rsplit_once(sep))
        .find(|(_, o)| is_known_outlet(o.trim()))?;
    let mut b = Byline::default();
    if !names_into(names, &mut b) || b.authors.is_empty() || !b.outlets.is_empty() {
        return None;
    }
    b.outlets.push(outlet.trim().to_string());
    Some(b)
}
