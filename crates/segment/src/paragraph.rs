//! Paragraph repair: rejoin paragraphs that a scraper split mid-sentence.
//!
//! PLACEHOLDER rules (issue 4 refines them).

/// True when `next` continues the sentence that `prev` leaves open.
///
/// ```
/// assert!(newsprep_segment::should_join("received overtures", "from the Kremlin."));
/// assert!(!newsprep_segment::should_join("It ended.", "Then it began."));
/// ```
pub fn should_join(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    let n = next.trim_start();
    let Some(last) = p.chars().last() else {
        return false;
    };
    let Some(first) = n.chars().next() else {
        return false;
    };
    if matches!(last, '.' | '!' | '?' | ':' | '"' | '”' | '’' | ')') {
        return false;
    }
    first.is_lowercase()
}

/// Groups of consecutive input paragraphs that form one paragraph, as index ranges.
pub fn paragraph_groups<S: AsRef<str>>(paragraphs: &[S]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        match out.last_mut() {
            Some(r)
                if r.end == i
                    && paragraphs
                        .get(i - 1)
                        .map(|q| should_join(q.as_ref(), p.as_ref()))
                        .unwrap_or(false) =>
            {
                r.end = i + 1
            }
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The paragraphs with mid-sentence splits rejoined by a single space.
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
