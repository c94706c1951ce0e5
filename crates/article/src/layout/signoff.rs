//! Sign-off lines at the end of wire copy: the desk's credits ("(Reporting
//! by Jane Roe in London; Editing by Tom Ode)") and copyright notices
//! ("Copyright 2024 The Agency. All rights reserved.", "© 2024 Agency").
//! Neither is body text.

use super::*;

/// What a sign-off line gives.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Signoff {
    /// A desk credit; the names of its reporters and writers (not its
    /// editors), in order.
    Desk(Vec<String>),
    /// A copyright notice.
    Copyright,
}

/// The roles of a desk credit's pieces, and whether the piece names an
/// author of the text.
const DESK_ROLES: &[(&str, bool)] = &[
    ("reporting by", true),
    ("additional reporting by", true),
    ("writing by", true),
    ("written by", true),
    ("compiled by", true),
    ("editing by", false),
    ("edited by", false),
    ("graphics by", false),
    ("produced by", false),
];

/// A sign-off line, or None.
pub(crate) fn signoff(t: &str) -> Option<Signoff> {
    let t = t.trim();
    if t.len() > 300 {
        return None;
    }
    if is_copyright(t) {
        return Some(Signoff::Copyright);
    }
    if is_contributors(t) {
        return Some(Signoff::Desk(Vec::new()));
    }
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t)
        .trim()
        .trim_end_matches('.');
    let mut authors = Vec::new();
    for piece in inner.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (names, author) = DESK_ROLES
            .iter()
            .find_map(|(role, author)| strip_prefix_ci(piece, role).map(|n| (n, *author)))?;
        if author {
            authors.extend(parse_byline(&format!("By {}", names.trim()))?.authors);
        }
    }
    // One piece alone ("Reporting by Jane Roe") needs its brackets: without
    // them it may be a byline at the top, which the byline reader takes.
    (inner.contains(';') || inner.len() < t.len()).then_some(Signoff::Desk(authors))
}

/// "Copyright 2024 The Agency. All rights reserved.", "© 2024 Agency",
/// "(c) 2024 Agency": the mark and a year first, or "All rights reserved"
/// at the end.
fn is_copyright(t: &str) -> bool {
    let rest = ["©", "(c)", "(C)", "copyright"]
        .iter()
        .find_map(|m| strip_prefix_ci(t, m));
    let year_first = rest.is_some_and(|r| {
        r.split_whitespace().take(3).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        })
    });
    let reserved = ends_with_ci(t.trim_end_matches('.'), "all rights reserved");
    (year_first && t.split_whitespace().count() <= 12)
        || (reserved && t.split_whitespace().count() <= 16)
}

/// "Associated Press writer Jane Roe contributed to this report.",
/// "(Additional writers contributed reporting.)", "Contributing: Jane Roe":
/// the desk's thanks to its contributors, who are not the text's authors.
fn is_contributors(t: &str) -> bool {
    // Every form below has this piece of a word ("contributed",
    // "Contributing:", "Contributors:").
    if !t.contains("ontribut") && !t.contains("ONTRIBUT") {
        return false;
    }
    let core = t
        .trim_start_matches('(')
        .trim_end_matches([')', '.', ' '])
        .trim_end_matches('.');
    let thanks = [
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "contributed to this reporting",
    ]
    .iter()
    .any(|e| ends_with_ci(core, e));
    // "Associated Press writer Ana Ribeiro contributed from Sao Paulo.",
    // "AP writer Jane Roe in Rome contributed.": a staff word, then the verb.
    let lower = core.to_ascii_lowercase();
    let staff = ["writer", "reporter", "correspondent", "journalist"]
        .iter()
        .any(|w| lower.contains(w));
    // What follows "contributed from" is a place, and ends the line.
    let place_after = lower.find(" contributed from ").is_some_and(|k| {
        let rest = core.get(k + " contributed from ".len()..).unwrap_or("");
        let words: Vec<&str> = rest.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || *w == "and")
    });
    let from = staff && (place_after || lower.ends_with(" contributed"));
    let thanks = thanks || from;
    let labelled = ["contributing:", "contributors:"]
        .iter()
        .any(|l| strip_prefix_ci(core, l).is_some());
    (thanks || labelled) && t.split_whitespace().nth(25).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_credits() {
        assert_eq!(
            signoff("(Reporting by Ann Lee in London; Editing by Tom Ode)"),
            Some(Signoff::Desk(vec!["Ann Lee".to_string()]))
        );
        assert_eq!(
            signoff("Reporting by Ann Lee and Sam Roy; Additional reporting by Eva Kim; Editing by Tom Ode"),
            Some(Signoff::Desk(vec!["Ann Lee".into(), "Sam Roy".into(), "Eva Kim".into()]))
        );
        assert_eq!(signoff("(Editing by Tom Ode)"), Some(Signoff::Desk(vec![])));
        assert_eq!(signoff("Reporting by Ann Lee"), None);
        assert_eq!(signoff("(Reporting by the council showed a rise)"), None);
        assert_eq!(signoff("Reporting by staff was thin; nobody came"), None);
    }

    #[test]
    fn contributor_lines() {
        for t in [
            "Associated Press writer Ana Ribeiro contributed from Sao Paulo.",
            "AP writers Jane Roe in Rome and Sam Poe contributed.",
            "Jane Roe contributed to this report.",
        ] {
            assert!(is_contributors(t), "{t}");
        }
        for t in [
            "The donor contributed from his own funds.",
            "Writers contributed from all over the world to the anthology, which sold well.",
        ] {
            assert!(!is_contributors(t), "{t}");
        }
    }

    #[test]
    fn copyright_notices() {
        for t in [
            "Copyright 2024 The Associated Press. All rights reserved.",
            "© 2024 Reuters",
            "(c) 2024 Agency Ltd",
            "All rights reserved.",
        ] {
            assert_eq!(signoff(t), Some(Signoff::Copyright), "{t}");
        }
        for t in [
            "Copyright law was changed in 2019 after a long campaign by authors and publishers who said it was unfair.",
            "The firm said all rights were reserved.",
        ] {
            assert_eq!(signoff(t), None, "{t}");
        }
    }
}
