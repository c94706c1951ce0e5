//! An outlet's appeal to its readers after the story ("A message from the
//! paper:", "Dear readers,", then a few paragraphs asking for support, then
//! "Remind me later."): page furniture that a scraper keeps as paragraphs.

use super::contains_ci;

/// How an appeal block is headed (compared case-insensitively, on a short
/// line, without its closing punctuation).
const HEADINGS: &[&str] = &[
    "a message from ",
    "a message to our readers",
    "a note to our readers",
    "a note to readers",
    "a note from the editor",
    "a letter from the editor",
    "dear reader",
    "dear readers",
    "dear friends",
    "support independent journalism",
    "support our journalism",
    "support us",
    "before you go",
    "we have a small favour to ask",
    "we have a small favor to ask",
    "help us keep ",
];

/// True when `t` heads an appeal block: a short line of one of the forms in
/// `HEADINGS`.
pub(crate) fn appeal_heading(t: &str) -> bool {
    let h = t.trim().trim_end_matches([':', ',', '!', '.', '…', ' ']);
    if h.len() > 160 || h.split_whitespace().nth(10).is_some() {
        return false;
    }
    HEADINGS.iter().any(|m| {
        if m.ends_with(' ') {
            h.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m))
        } else {
            h.eq_ignore_ascii_case(m)
        }
    })
}

/// The line a reader clicks to close the appeal ("Remind me later.",
/// "Continue", "Maybe later", "No thanks"): the block ends with it.
pub(crate) fn appeal_close(t: &str) -> bool {
    let h = t.trim().trim_end_matches(['.', '!', ' ', '>', '›', '»']);
    [
        "remind me later",
        "continue",
        "maybe later",
        "not now",
        "no thanks",
        "close",
        "dismiss",
    ]
    .iter()
    .any(|m| h.eq_ignore_ascii_case(m))
}

/// The words an appeal cannot do without: asking for money or support.
const ASKS: &[&str] = &[
    "support",
    "donat",
    "contribut",
    "subscri",
    "membership",
    "gift",
    "chip in",
    "your help",
    "help us",
    "readers like you",
];

/// True when `t` asks the reader for support ("please support us monthly").
pub(crate) fn asks_for_support(t: &str) -> bool {
    ASKS.iter().any(|w| contains_ci(t, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        assert!(appeal_heading("A Message from The Daily Ledger:"));
        assert!(appeal_heading("Dear readers,"));
        assert!(appeal_heading("Before you go..."));
        assert!(appeal_heading("Support independent journalism!"));
        assert!(!appeal_heading(
            "A message from the president was read aloud at the rally."
        ));
        assert!(!appeal_heading("Dear Prudence is a song."));
        assert!(!appeal_heading("Support for the plan fell to 40%."));
    }

    #[test]
    fn closes_and_asks() {
        assert!(appeal_close("Remind me later."));
        assert!(appeal_close("Continue"));
        assert!(!appeal_close("Continue reading the report"));
        assert!(asks_for_support("Please SUPPORT us from just $2 a month."));
        assert!(asks_for_support("Every contribution counts."));
        assert!(!asks_for_support(
            "The minister said the talks would go on."
        ));
    }
}
