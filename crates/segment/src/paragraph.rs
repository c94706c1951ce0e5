//! Paragraph repair: rejoin paragraphs that a scraper split mid-sentence.
//!
//! [`should_join`] decides for two neighbouring paragraphs. It joins when
//! the first is running prose left open (no terminal punctuation) and the
//! second continues it: in lower case, or in any case after a function word,
//! a comma or a dash ("... between Georgia and" + "Armenia."). It never
//! joins a heading (a short line in title case or capitals), a list item, a
//! dateline, a byline, a credit line or a label line ("Related article: ...",
//! "Photo: ...") to what follows, and never joins onto a list item.

use crate::common_words::{DEPENDENT_OPENERS, HINGE_WORDS, NUMBER_LEADS, SENTENCE_OPENERS};

/// True when `next` continues the sentence that `prev` leaves open.
///
/// ```
/// use newsprep_segment::should_join;
/// assert!(should_join("the council quietly approved the new budget", "after a long debate."));
/// assert!(should_join("The pipeline will link Georgia and", "Armenia by 2030."));
/// assert!(!should_join("It ended.", "Then it began."));
/// // After a comma, a capitalised start goes on only with evidence.
/// assert!(!should_join("The plant closed in 2019,", "The company said it would reopen."));
/// assert!(should_join("In a statement released on Monday,", "Officials said the talks would resume."));
/// assert!(should_join("Speaking to reporters, the minister said,", "\"We will not back down.\""));
/// assert!(!should_join("Markets Rally on Rate Hopes", "Stocks rose on Monday."));
/// assert!(!should_join("Related article: How the Talks Failed", "The talks began in May."));
/// assert!(!should_join("By Jane Smith", "and her colleagues wrote."));
/// ```
pub fn should_join(prev: &str, next: &str) -> bool {
    let p = prev.trim();
    let n = next.trim();
    let (Some(last), Some(first)) = (p.chars().next_back(), n.chars().next()) else {
        return false;
    };
    if ends_closed(p, last) || starts_list_item(n) {
        return false;
    }
    let lw = last_word(p);
    let hinge = ends_with_hinge(last, lw) || (first.is_ascii_digit() && NUMBER_LEADS.contains(&lw));
    // At most four words are counted: no rule looks further.
    let words = || p.split_whitespace().take(4).count();
    let join = if first.is_lowercase() {
        // A salutation like "Hi Anna," is not prose left open.
        words() >= 3 || (hinge && last != ',')
    } else if first.is_uppercase()
        || first.is_numeric()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(')
    {
        hinge && {
            let w = words();
            w >= 2
                && !(last == ',' && w <= 3)
                && (last != ',' || !first.is_uppercase() || comma_clause_goes_on(p, n))
        }
    } else {
        false
    };
    // The costly test last, only where the answer depends on it.
    join && open_prose(p)
}

/// Evidence that a capitalised `next` goes on with the clause the comma at
/// the end of `prev` left open (a quotation after "he said," needs none),
/// rather than a real paragraph break after a comma ("…the plant closed in
/// 2019," then "The company said…"): `next` opens with a name, not a sentence opener, and its first sentence is a
/// short closing fragment ("Armenia and Azerbaijan."); or the comma's own
/// sentence is a short dependent clause that still needs its main clause
/// ("In a statement on Monday,").
fn comma_clause_goes_on(prev: &str, next: &str) -> bool {
    let first_word = |s: &str| {
        s.split_whitespace().next().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
    };
    let fragment = first_word(next).is_some_and(|w| !SENTENCE_OPENERS.contains(&w.as_str())) && {
        let end = next.find(['.', '!', '?']).unwrap_or(next.len());
        next.get(..end).unwrap_or(next).split_whitespace().count() <= 6
    };
    let last = prev
        .rfind(['.', '!', '?'])
        .and_then(|i| prev.get(i + 1..))
        .unwrap_or(prev);
    let dependent = last.split_whitespace().count() <= 15
        && first_word(last).is_some_and(|w| DEPENDENT_OPENERS.contains(&w.as_str()));
    fragment || dependent
}

/// Terminal punctuation (possibly inside closing quotes or brackets).
fn ends_closed(p: &str, last: char) -> bool {
    if matches!(last, '.' | '!' | '?' | ':' | ';' | '…') {
        return true;
    }
    if matches!(last, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
        let inner = p.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
        return inner
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';'));
    }
    false
}

/// Ends in a comma, a dash, an ampersand or a function word.
/// (`lw`: the last word of the paragraph, from [`last_word`].)
fn ends_with_hinge(last: char, lw: &str) -> bool {
    matches!(last, ',' | '-' | '–' | '—' | '&' | '/' | '(') || HINGE_WORDS.contains(&lw)
}

/// The last word of `p` when it is in lower case (else "").
fn last_word(p: &str) -> &str {
    let w = p.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if w.chars().all(char::is_lowercase) {
        w
    } else {
        ""
    }
}

/// A list item: a bullet or an enumerator ("1.", "a)", "•") first.
fn starts_list_item(s: &str) -> bool {
    let mut cs = s.chars();
    let Some(c0) = cs.next() else {
        return false;
    };
    if matches!(c0, '•' | '▪' | '‣' | '◦' | '⁃' | '●' | '■' | '·') {
        return true;
    }
    if matches!(c0, '-' | '*' | '–' | '—') && cs.clone().next() == Some(' ') {
        return true;
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let letters = usize::from(
        c0.is_ascii_alphabetic() && !s.as_bytes().get(1).is_some_and(u8::is_ascii_alphanumeric),
    );
    let k = if digits > 0 && digits <= 3 {
        digits
    } else {
        letters
    };
    k > 0
        && matches!(s.as_bytes().get(k), Some(b'.' | b')'))
        && matches!(s.as_bytes().get(k + 1), Some(b' ' | b')'))
}

/// Labels that open a line which is not prose ("Related article:", "Photo:").
const LABELS: &[&str] = &[
    "related",
    "read",
    "see",
    "photo",
    "photos",
    "image",
    "images",
    "credit",
    "source",
    "sources",
    "watch",
    "listen",
    "video",
    "caption",
    "tags",
    "topics",
    "filed",
    "more",
    "also",
    "update",
    "updated",
    "editor",
    "editing",
    "reporting",
    "note",
    "advertisement",
    "sponsored",
    "share",
];

/// Running prose that may be left open: not a heading, list item, dateline,
/// byline, credit or label line.
fn open_prose(p: &str) -> bool {
    if starts_list_item(p) {
        return false;
    }
    // No rule below looks past the 21st word: count that far, no further.
    let n = p.split_whitespace().take(21).count();
    let mut words = p.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // Bylines: "By Jane Smith", "By JANE SMITH, Associated Press".
    if (first == "By" || first == "BY") && n <= 8 {
        return false;
    }
    // Label lines: a colon within the first three words.
    if let Some(label_end) = p.split_whitespace().take(3).position(|w| w.ends_with(':')) {
        let head = if label_end == 0 {
            first.trim_end_matches(':')
        } else {
            first
        };
        if n <= 20 || LABELS.iter().any(|l| l.eq_ignore_ascii_case(head)) {
            return false;
        }
    }
    // Credit lines.
    if contains_ascii_ci(p, "getty images")
        || contains_ascii_ci(p, "ap photo")
        || p.contains('©')
        || ["photo", "image", "credit", "(photo"]
            .iter()
            .any(|l| starts_with_ascii_ci(p, l))
    {
        return false;
    }
    // Datelines: "WASHINGTON (AP) —", "LONDON, May 2 (Reuters) -".
    if n <= 6
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase())
        && (p.contains("(AP)")
            || p.contains("(Reuters)")
            || p.ends_with('—')
            || p.ends_with('-')
            || p.ends_with('–'))
    {
        return false;
    }
    let last_word = p.split_whitespace().next_back().unwrap_or("");
    let ends_fw = HINGE_WORDS.contains(&last_word);
    // Headings: mostly capitalised words or capitals, short, no lower-case
    // function word at the end (that case is prose left open).
    if !ends_fw && n <= 15 {
        let no_lower = !p.chars().any(char::is_lowercase);
        let (mut content, mut caps) = (0usize, 0usize);
        for w in p.split_whitespace() {
            let Some(c) = w.chars().next() else { continue };
            if !c.is_alphabetic() || is_hinge_any_case(w) {
                continue;
            }
            content += 1;
            caps += usize::from(c.is_uppercase());
        }
        if no_lower || (content > 0 && caps * 10 >= content * 8) {
            return false;
        }
    }
    // Short text without a verb-ish lower-case word: "December 23, 2023".
    if n <= 3 && !ends_fw && !p.chars().any(char::is_lowercase) {
        return false;
    }
    true
}

/// `w` lower-cased is a hinge word ("The", "AND" count as "the", "and").
fn is_hinge_any_case(w: &str) -> bool {
    if w.is_ascii() {
        w.len() <= 16 && HINGE_WORDS.iter().any(|h| h.eq_ignore_ascii_case(w))
    } else {
        HINGE_WORDS.contains(&w.to_lowercase().as_str())
    }
}

/// `hay` contains the ASCII `needle`, ignoring ASCII case.
fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// `hay` starts with the ASCII `prefix`, ignoring ASCII case.
fn starts_with_ascii_ci(hay: &str, prefix: &str) -> bool {
    hay.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Groups of consecutive input paragraphs that form one paragraph, as index ranges.
///
/// ```
/// let paras = ["The deal links Georgia and", "Armenia.", "Next Steps", "Talks go on."];
/// assert_eq!(newsprep_segment::paragraph_groups(&paras), vec![0..2, 2..3, 3..4]);
/// ```
pub fn paragraph_groups<S: AsRef<str>>(paragraphs: &[S]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut prev: Option<&str> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        let p = p.as_ref();
        let join = prev.is_some_and(|q| should_join(q, p));
        match out.last_mut() {
            Some(r) if join => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
        prev = Some(p);
    }
    out
}

/// The paragraphs with mid-sentence splits rejoined by a single space.
///
/// ```
/// let paras = ["The council approved the budget", "after a long debate.", "Next Steps"];
/// assert_eq!(
///     newsprep_segment::repair_paragraphs(&paras),
///     ["The council approved the budget after a long debate.", "Next Steps"]
/// );
/// ```
pub fn repair_paragraphs<S: AsRef<str>>(paragraphs: &[S]) -> Vec<String> {
    paragraph_groups(paragraphs)
        .into_iter()
        .map(|r| {
            paragraphs
                .get(r)
                .unwrap_or(&[])
                .iter()
                .map(|p| p.as_ref().trim())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_open_prose() {
        assert!(should_join(
            "the agency said it had received a formal",
            "request on Friday."
        ));
        assert!(should_join("Talks between Georgia and", "Armenia resumed."));
        assert!(should_join("Prices rose in", "2023 across the region."));
        // A number after a word that leads to one.
        assert!(should_join(
            "The currency has since strengthened to around",
            "88 per dollar."
        ));
        assert!(should_join(
            "Turnout in the first round was nearly",
            "60%, officials said."
        ));
        assert!(should_join(
            "The minister, who spoke to reporters,",
            "Declined to comment."
        ));
        assert!(should_join(
            "Shares of the company fell sharply after the",
            "announcement."
        ));
    }

    #[test]
    fn never_joins_structure() {
        assert!(!should_join("It ended.", "then more"));
        assert!(!should_join("He said: \"We are done.\"", "and left"));
        assert!(!should_join("Markets Rally on Rate Hopes", "Stocks rose."));
        assert!(!should_join("MARKETS RALLY", "stocks rose"));
        assert!(!should_join("WASHINGTON (AP) —", "The president said."));
        assert!(!should_join("By Jane Smith and", "Tom Lee"));
        assert!(!should_join(
            "Related article: Why the Talks Failed",
            "The talks began."
        ));
        assert!(!should_join(
            "Photo: Jane Doe / Reuters",
            "The talks began."
        ));
        assert!(!should_join("• Prices rose for the", "third month"));
        assert!(!should_join("We found three causes", "1. Weather"));
        assert!(!should_join("December 23, 2023", "The report came out."));
        assert!(!should_join("Hi Anna,", "Thanks for the note."));
        assert!(!should_join("news.example.com", "Officials said."));
        assert!(!should_join("", "and more"));
    }

    #[test]
    fn groups() {
        let p = [
            "A story that was split across",
            "two lines.",
            "Headline Here",
            "Body text.",
        ];
        assert_eq!(paragraph_groups(&p), vec![0..2, 2..3, 3..4]);
        assert_eq!(
            repair_paragraphs(&p)[0],
            "A story that was split across two lines."
        );
        let empty: [&str; 0] = [];
        assert!(paragraph_groups(&empty).is_empty());
    }
}
