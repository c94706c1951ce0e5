//! The headline line and its outlet suffix.

use super::*;
use crate::page_words::{is_function_word, is_not_outlet_suffix, is_role_line, looks_like_outlet};

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

const SUFFIX_SEPS: &[&str] = &[" | ", " - ", " — ", " – ", " -- ", " :: ", " : ", " ― "];

fn last_sep(s: &str) -> Option<(usize, &'static str)> {
    SUFFIX_SEPS
        .iter()
        .filter_map(|sep| s.rfind(sep).map(|p| (p, *sep)))
        .max_by_key(|(p, _)| *p)
}

/// How strongly a headline suffix reads as an outlet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SuffixKind {
    /// A known outlet, a domain or an outlet-shaped name ("BBC News").
    Outlet,
    /// A short capitalised name ("Smith", "Unions", "RBC"): an outlet only
    /// with evidence elsewhere in the document.
    Candidate,
}

/// Decides whether a headline suffix may name an outlet.
fn suffix_kind(suffix: &str, head: &str) -> Option<SuffixKind> {
    let s = suffix.trim();
    if s.is_empty() || head.split_whitespace().count() < 2 || is_not_outlet_suffix(s) {
        return None;
    }
    if is_known_outlet(s) || is_domain(s) {
        return Some(SuffixKind::Outlet);
    }
    if s.ends_with(['.', '?', '!', ':', ',', ';']) {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 5 || words.iter().any(|w| is_function_word(w)) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
            || matches!(*w, "of" | "and" | "&")
    });
    if !capitalised || s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // "BBC News", "Kyiv Post" (a generic outlet word alone, "- Media",
    // is no name); "Forbes Russia" (a known outlet and its edition);
    // "The Insider" (a titled name that is no plural group: "The Greens").
    let last = words.last().copied().unwrap_or("");
    let edition = words.len() >= 2
        && words
            .get(..words.len() - 1)
            .is_some_and(|w| is_known_outlet(&w.join(" ")));
    let titled = words.len() >= 2
        && words.first() == Some(&"The")
        && (!last.ends_with('s') || looks_like_outlet(last));
    if (words.len() >= 2 && looks_like_outlet(s) && !is_role_line(s)) || edition || titled {
        return Some(SuffixKind::Outlet);
    }
    (words.len() <= 4).then_some(SuffixKind::Candidate)
}

/// A headline line with its possible outlet suffix.
#[derive(Debug, Clone)]
pub(crate) struct HeadlineSplit {
    /// The whole line, white space collapsed.
    pub full: String,
    /// The headline without the suffix (and without a section before it).
    pub head: String,
    /// The suffix after the last separator, when it may name an outlet.
    pub suffix: Option<(String, SuffixKind)>,
    /// A section dropped with the suffix ("World news").
    pub section: Option<String>,
}

impl HeadlineSplit {
    /// The headline and attribution when the suffix is taken as an outlet.
    pub fn split(&self) -> (String, Option<String>) {
        match &self.suffix {
            Some((s, _)) => (self.head.clone(), Some(s.clone())),
            None => (self.full.clone(), None),
        }
    }
}

/// A headline that ends in a known outlet in brackets: "Count Delayed After
/// Power Cut (AP)". Only a known outlet: "(Video)" and "(Part 2)" stay.
fn bracketed_outlet(full: &str) -> Option<HeadlineSplit> {
    let inner = full.strip_suffix(')')?;
    let p = inner.rfind(" (")?;
    let suffix = inner.get(p + 2..)?.trim();
    let head = inner.get(..p)?.trim();
    (head.split_whitespace().count() >= 2 && is_known_outlet(suffix)).then(|| HeadlineSplit {
        full: full.to_string(),
        head: head.to_string(),
        suffix: Some((suffix.to_string(), SuffixKind::Outlet)),
        section: None,
    })
}

/// Finds a headline's outlet suffix (" - NYT", " | Reuters", " (AP)").
pub(crate) fn split_headline(line: &str) -> HeadlineSplit {
    let full = collapse(line);
    let none = |full: String| HeadlineSplit {
        head: full.clone(),
        full,
        suffix: None,
        section: None,
    };
    let Some((p, sep)) = last_sep(&full) else {
        return bracketed_outlet(&full).unwrap_or_else(|| none(full));
    };
    let head = full.get(..p).unwrap_or("").trim();
    let suffix = full.get(p + sep.len()..).unwrap_or("").trim();
    // "Police arrest suspect | News": a section label, not an outlet.
    if sep.trim() == "|"
        && is_label(suffix, SECTIONS_AFTER)
        && head.split_whitespace().nth(2).is_some()
    {
        return HeadlineSplit {
            head: head.to_string(),
            section: Some(suffix.to_string()),
            suffix: None,
            full,
        };
    }
    let Some(kind) = suffix_kind(suffix, head) else {
        return none(full);
    };
    let mut head = head.to_string();
    let mut section = None;
    // "Title | World news | The Guardian": drop the section too.
    if sep.trim() == "|" {
        if let Some(q) = head.rfind(" | ") {
            let sec = head.get(q + 3..).unwrap_or("").trim().to_string();
            let n = sec.split_whitespace().count();
            if (1..=3).contains(&n)
                && head
                    .get(..q)
                    .map(|h| h.split_whitespace().count() >= 2)
                    .unwrap_or(false)
            {
                section = Some(sec);
                head.truncate(q);
            }
        }
    }
    HeadlineSplit {
        suffix: Some((suffix.to_string(), kind)),
        full,
        head,
        section,
    }
}

/// A section label before the headline and a pipe ("Opinion | Why the plan
/// will fail"): the label and the headline after it.
pub(crate) fn section_prefix(h: &str) -> Option<(&str, &str)> {
    let (label, rest) = h.split_once(" | ")?;
    (is_label(label, SECTIONS_BEFORE) && rest.split_whitespace().nth(2).is_some())
        .then(|| (label.trim(), rest.trim()))
}

/// Section labels that stand before a headline and a pipe.
const SECTIONS_BEFORE: &[&str] = &[
    "opinion",
    "analysis",
    "comment",
    "editorial",
    "review",
    "explainer",
    "live",
    "video",
    "watch",
    "podcast",
    "letters",
    "obituary",
    "interview",
    "exclusive",
    "breaking",
    "fact check",
    "news analysis",
];

/// Section labels that stand after a headline and a pipe ("… | News",
/// "… | World news"): dropped by [`split_headline`], never an outlet.
const SECTIONS_AFTER: &[&str] = &[
    "news",
    "world",
    "world news",
    "us news",
    "uk news",
    "politics",
    "business",
    "sport",
    "sports",
    "opinion",
    "local",
    "local news",
    "national",
    "entertainment",
    "tech",
    "technology",
    "health",
    "science",
    "lifestyle",
    "culture",
];

/// `label` is one of `labels`, ignoring ASCII case and outer spaces.
fn is_label(label: &str, labels: &[&str]) -> bool {
    labels.iter().any(|k| k.eq_ignore_ascii_case(label.trim()))
}

/// Verbs after a name that mark it as a news source rather than a speaker
/// ("Faridaily reported", "RTVI wrote"): speakers say, outlets report.
const REPORT_VERBS: &[&str] = &[
    "reported",
    "reports",
    "wrote",
    "writes",
    "published",
    "has reported",
    "has learned",
    "learned",
    "revealed",
    "obtained",
];

/// Nouns after a name that make it an outlet ("the Faridaily channel").
const OUTLET_NOUNS: &[&str] = &[
    "newspaper",
    "outlet",
    "channel",
    "news agency",
    "agency reported",
    "website",
    "news site",
    "magazine",
    "correspondent",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "editor",
    "investigation",
];

/// True when a body paragraph treats `name` as a news source: "Faridaily
/// reported", "told Faridaily", "the Faridaily newspaper", "according to a
/// Faridaily report". Used as evidence for a headline suffix that may be an
/// outlet or a speaker ("… - Smith": a speaker says, and is not told).
pub(crate) fn reports_as_outlet(para: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    para.match_indices(name).any(|(at, _)| {
        let raw_before = para.get(..at).unwrap_or("");
        let before = raw_before.trim_end();
        let after = para.get(at + name.len()..).unwrap_or("");
        // A whole word: no letter right before or after.
        let bounded = !raw_before.ends_with(char::is_alphanumeric)
            && !after.starts_with(char::is_alphanumeric);
        if !bounded {
            return false;
        }
        let after = after
            .trim_start_matches(['’', '\'', 's'])
            .trim_start_matches(['’', '\''])
            .trim_start();
        let lower_before = before.to_lowercase();
        // "wrote to the board" is a letter, not a report.
        REPORT_VERBS.iter().chain(OUTLET_NOUNS).any(|w| {
            strip_prefix_ci(after, w).is_some_and(|r| {
                !r.starts_with(char::is_alphanumeric) && !r.trim_start().starts_with("to ")
            })
        }) || [
            "told",
            "according to a",
            "according to an",
            "cited by",
            "quoted by",
            "interview with",
        ]
        .iter()
        .any(|w| lower_before.ends_with(w))
    })
}
