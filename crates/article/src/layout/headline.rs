//! The headline line and its outlet suffix.

use super::*;
use crate::words::{is_function_word, is_known_outlet, is_not_outlet_suffix, looks_like_outlet};

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
