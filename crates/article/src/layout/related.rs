//! "Related article:"-style promo lines.

use super::*;

const RELATED: &[&str] = &[
    "related article",
    "related articles",
    "related story",
    "related stories",
    "related content",
    "related coverage",
    "related reading",
    "related news",
    "related link",
    "related links",
    "related post",
    "related posts",
    "related video",
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "also see",
    "more on this story",
    "more on this",
    "recommended reading",
    "recommended",
    "further reading",
    "you may also like",
    "you might also like",
    "also on",
    "more from",
    "don't miss",
    "must read",
    // Only with its colon (see `related_line`): "MORE: How to keep cool".
    "more",
];

/// What a related line gives.
pub(crate) enum Related {
    /// The title on the same line.
    Title(String),
    /// A marker alone; the title may be on the next line.
    Marker,
}

/// A "Related article: …"-style line.
pub(crate) fn related_line(t: &str) -> Option<Related> {
    let mut best: Option<&str> = None;
    let f = first_lower(t);
    for m in RELATED {
        if !may_start(m, f) {
            continue;
        }
        if let Some(rest) = strip_prefix_ci(t, m) {
            let r = rest.trim_start();
            if (r.is_empty()
                || r.starts_with([':', '|', '»', '›', '>'])
                || r.starts_with("- ")
                || r.starts_with("— "))
                && best.map(|b| m.len() > b.len()).unwrap_or(true)
            {
                best = Some(m);
            }
        }
    }
    let m = best?;
    let rest = t.get(m.len()..)?.trim_start();
    if m == "more" && !rest.starts_with(':') {
        return None;
    }
    let title = rest
        .trim_start_matches([':', '|', '»', '›', '>', '-', '—'])
        .trim();
    if title.is_empty() {
        // "Related" alone must at least end the marker cleanly.
        Some(Related::Marker)
    } else if rest.starts_with(':')
        || (rest.starts_with(['|', '»', '›', '>', '-', '—']) && reads_as_title(title))
    {
        Some(Related::Title(collapse(title)))
    } else {
        None
    }
}

/// After a weak separator ("Related - …", "See also | …") the rest must read
/// as a title, not as prose that a stray line break left at a line start:
/// it opens with a capital, a digit, a quote or a link, and it does not end
/// a sentence with a full stop (headlines do not).
fn reads_as_title(title: &str) -> bool {
    let opens = title.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '<' | '[')
    }) || title.starts_with("http");
    let ends_sentence = title.ends_with('.') && !title.ends_with("..");
    opens && !ends_sentence
}

/// A heading over a list of topic tags at the end of a page ("Related
/// Topics", "Tags:", "Explore more on these topics").
pub(crate) fn topics_heading(t: &str) -> bool {
    let h = t.trim().trim_end_matches(':').trim_end();
    [
        "related topics",
        "topics",
        "tags",
        "related tags",
        "related links",
        "related internet links",
        "external links",
        "more on these topics",
        "explore more on these topics",
        "filed under",
        "categories",
    ]
    .iter()
    .any(|m| h.eq_ignore_ascii_case(m))
}

/// One tag of such a list: a short name, no sentence ("Housing", "Local
/// government", "Climate change").
pub(crate) fn topic_item(t: &str) -> bool {
    let t = t.trim();
    t.split_whitespace().nth(5).is_none()
        && !t.ends_with(['.', '!', '?', '"', '”', ':', ','])
        && t.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// A list of topic tags on one line after its label ("Read more about:
/// Peskov , Ukraine war", "Tags: Housing | Local government"): the number
/// of tags, or `None`.
pub(crate) fn topic_line(t: &str) -> Option<usize> {
    let (label, items) = t.split_once(':')?;
    let label = label.trim();
    let labelled = topics_heading(label)
        || ["read more about", "more about", "topic", "tag", "keywords"]
            .iter()
            .any(|m| label.eq_ignore_ascii_case(m));
    if !labelled {
        return None;
    }
    let mut n = 0;
    for item in items.split([',', '|', ';', '·']) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if !topic_item(item) {
            return None;
        }
        n += 1;
    }
    (n > 0).then_some(n)
}
