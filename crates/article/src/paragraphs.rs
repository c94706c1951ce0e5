//! Paragraphs from body lines: hard-wrapped blocks, list items, and
//! paragraphs split mid-sentence rejoined.

use crate::common_words::{DEPENDENT_OPENERS, SENTENCE_OPENERS};
use crate::scrub::RawLink;

/// A paragraph under construction with its links (byte offsets into `text`).
#[derive(Debug, Default)]
pub(crate) struct Para {
    pub(crate) text: String,
    pub(crate) links: Vec<(usize, usize, Option<String>)>,
}

/// Builds one paragraph from line spans of `doc`, collapsing white space and
/// mapping the link spans that fall inside.
fn build_para(doc: &str, spans: &[(usize, usize)], links: &[RawLink]) -> Para {
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return Para::default();
    };
    let (lo, hi) = (first.0, last.1);
    if !links.iter().any(|l| l.start < hi && l.end > lo) {
        // Fast path: no links, just collapse white space.
        let mut out = String::with_capacity(hi.saturating_sub(lo));
        for &(s, e) in spans {
            // The cleaned document has only ' ' as horizontal white space.
            let line = doc.get(s..e).unwrap_or("");
            if memchr::memmem::find(line.as_bytes(), b"  ").is_none() {
                if !out.is_empty() && !line.is_empty() {
                    out.push(' ');
                }
                out.push_str(line);
                continue;
            }
            for w in line.split(' ') {
                if w.is_empty() {
                    continue;
                }
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        return Para {
            text: out,
            links: Vec::new(),
        };
    }
    // events: (pos, link index, is_start)
    let mut events: Vec<(usize, usize, bool)> = Vec::new();
    let relevant: Vec<&RawLink> = links
        .iter()
        .filter(|l| l.start < hi && l.end > lo)
        .collect();
    for (k, l) in relevant.iter().enumerate() {
        events.push((l.start.max(lo), k, true));
        events.push((l.end.min(hi), k, false));
    }
    events.sort_by_key(|e| (e.0, !e.2));
    let mut mapped: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); relevant.len()];
    let mut ev = events.into_iter().peekable();
    let mut out = String::new();
    let mut pending_space = false;
    let mut record =
        |pos_limit: usize,
         inclusive: bool,
         out_len: usize,
         ev: &mut std::iter::Peekable<std::vec::IntoIter<(usize, usize, bool)>>| {
            while let Some(&(p, k, is_start)) = ev.peek() {
                if p < pos_limit || (inclusive && p == pos_limit) {
                    if let Some(m) = mapped.get_mut(k) {
                        if is_start {
                            m.0 = Some(out_len);
                        } else {
                            m.1 = Some(out_len);
                        }
                    }
                    ev.next();
                } else {
                    break;
                }
            }
        };
    for &(s, e) in spans {
        if !out.is_empty() {
            pending_space = true;
        }
        let Some(line) = doc.get(s..e) else { continue };
        for (off, c) in line.char_indices() {
            record(s + off, true, out.len(), &mut ev);
            if c.is_whitespace() {
                if !out.is_empty() {
                    pending_space = true;
                }
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        record(e, true, out.len(), &mut ev);
    }
    record(usize::MAX, true, out.len(), &mut ev);
    let mut para = Para {
        text: out,
        links: Vec::new(),
    };
    for (k, l) in relevant.iter().enumerate() {
        let (Some(Some(mut st)), Some(Some(mut en))) =
            (mapped.get(k).map(|m| m.0), mapped.get(k).map(|m| m.1))
        else {
            continue;
        };
        en = en.min(para.text.len());
        st = st.min(en);
        while st < en
            && para
                .text
                .get(st..)
                .map(|r| r.starts_with(' '))
                .unwrap_or(false)
        {
            st += 1;
        }
        while en > st
            && para
                .text
                .get(..en)
                .map(|r| r.ends_with(' '))
                .unwrap_or(false)
        {
            en -= 1;
        }
        if st < en && para.text.get(st..en).is_some() {
            para.links.push((st, en, l.href.clone()));
        }
    }
    para
}

/// Line spans of `doc`, trimmed; blank lines give empty spans.
pub(crate) fn line_spans(doc: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let ends = memchr::memchr_iter(b'\n', doc.as_bytes()).chain(std::iter::once(doc.len()));
    for end in ends {
        let line = doc.get(pos..end).unwrap_or("");
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        let s = pos + lead;
        out.push((s, s + trimmed.len()));
        pos = end + 1;
    }
    out
}

/// True when a block of lines is hard-wrapped prose (lines of similar
/// length, not ending sentences) rather than one paragraph per line.
fn looks_wrapped(doc: &str, spans: &[(usize, usize)]) -> bool {
    if spans.len() < 2 {
        return false;
    }
    let Some((_, init)) = spans.split_last() else {
        return false;
    };
    let lens: Vec<usize> = init
        .iter()
        .map(|&(s, e)| doc.get(s..e).map(|t| t.chars().count()).unwrap_or(0))
        .collect();
    let (min, max) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    let open = init
        .iter()
        .filter(|&&(s, e)| {
            !doc.get(s..e)
                .map(|t| t.ends_with(['.', '!', '?', '"', '”', ':']))
                .unwrap_or(false)
        })
        .count();
    min >= 40 && max <= 110 && max - min <= 35 && open * 2 >= init.len()
}

/// The paragraphs of the body lines `body` (indices into `lines`, spans of
/// `doc`): consecutive lines form a block, a hard-wrapped block is one
/// paragraph, and a paragraph that `joiner` says continues its predecessor
/// is rejoined to it. Notes go to `notes`.
pub(crate) fn build(
    doc: &str,
    lines: &[(usize, usize)],
    body: &[usize],
    joiner: fn(&str, &str) -> bool,
    links: &[RawLink],
    notes: &mut Vec<String>,
) -> Vec<Para> {
    // Groups of consecutive body lines.
    let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in body {
        let span = lines.get(i).copied().unwrap_or((0, 0));
        match (prev, groups.last_mut()) {
            (Some(p), Some(g)) if p + 1 == i => g.push(span),
            _ => groups.push(vec![span]),
        }
        prev = Some(i);
    }
    let mut paras: Vec<Para> = Vec::new();
    for g in groups {
        let has_items = g
            .iter()
            .any(|&(s, e)| doc.get(s..e).is_some_and(is_list_item));
        if !has_items && looks_wrapped(doc, &g) {
            paras.push(build_para(doc, &g, links));
        } else {
            for span in g {
                paras.push(build_para(doc, &[span], links));
            }
        }
    }
    paras.retain(|p| !p.text.is_empty());
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut joined = 0;
    for p in paras {
        if let Some(last) = out.last_mut() {
            if join_allowed(&last.text, &p.text) && joiner(&last.text, &p.text) {
                let shift = last.text.len() + 1;
                last.text.push(' ');
                last.text.push_str(&p.text);
                last.links.extend(
                    p.links
                        .into_iter()
                        .map(|(s, e, h)| (s + shift, e + shift, h)),
                );
                joined += 1;
                continue;
            }
        }
        out.push(p);
    }
    if joined > 0 {
        notes.push(format!(
            "paragraphs: rejoined {joined} paragraph(s) split mid-sentence"
        ));
    }
    out
}

/// A list item: "- item", "• item", "* item", "1. item", "2) item".
pub(crate) fn is_list_item(t: &str) -> bool {
    let t = t.trim_start();
    // Every bullet starts with one of these bytes, every number with a digit.
    match t.as_bytes().first() {
        Some(b'-' | b'*' | b'+' | 0xC2 | 0xE2) => {}
        Some(b) if b.is_ascii_digit() => {}
        _ => return false,
    }
    for bullet in ["- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "◦ ", "‣ ", "+ "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return rest.chars().next().is_some_and(|c| !c.is_whitespace());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t.get(digits..)
            .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
        && t.get(digits + 2..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
}

/// True when the paragraph break between `prev` and `next` may be a split
/// inside a sentence: never before or after a list item (unless the item
/// goes on in lower case), and after a comma a capitalised start only with
/// evidence that the clause goes on (a short closing fragment such as
/// "Armenia and Azerbaijan." that does not open with a sentence word).
fn join_allowed(prev: &str, next: &str) -> bool {
    let first = next.chars().next();
    if is_list_item(next) {
        return false;
    }
    if is_list_item(prev) {
        return first.is_some_and(char::is_lowercase);
    }
    if prev.trim_end().ends_with(',') && first.is_some_and(char::is_uppercase) {
        return clause_goes_on(next) || clause_is_dependent(prev);
    }
    true
}

/// Evidence that a capitalised `next` finishes the clause a comma left
/// open: its first word is a name, not a sentence opener, and its first
/// sentence is a short fragment.
fn clause_goes_on(next: &str) -> bool {
    let Some(w) = next.split_whitespace().next() else {
        return false;
    };
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if SENTENCE_OPENERS.contains(&w.as_str()) {
        return false;
    }
    let end = next.find(['.', '!', '?']).unwrap_or(next.len());
    let words = next.get(..end).unwrap_or(next).split_whitespace().count();
    words <= 6
}

/// Evidence in `prev` that the clause goes on: its last sentence is a short
/// dependent clause or phrase ("In a statement on Monday,") that still
/// needs its main clause.
fn clause_is_dependent(prev: &str) -> bool {
    let last = prev
        .rfind(['.', '!', '?'])
        .and_then(|i| prev.get(i + 1..))
        .unwrap_or(prev);
    let words: Vec<&str> = last.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = first
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    words.len() <= 15 && DEPENDENT_OPENERS.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items() {
        assert!(is_list_item("- Bread and milk"));
        assert!(is_list_item("• Water"));
        assert!(is_list_item("1. Stay indoors"));
        assert!(!is_list_item("-5 degrees"));
        assert!(!is_list_item("2024. The year"));
        assert!(!is_list_item("1. e4 e5"));
    }

    #[test]
    fn comma_then_capital() {
        assert!(!join_allowed(
            "the plant closed in 2019,",
            "The company said it would reopen."
        ));
        assert!(join_allowed(
            "talks between Georgia,",
            "Armenia and Azerbaijan."
        ));
        assert!(!join_allowed("- Bread", "- Milk"));
        assert!(join_allowed("- Bread and", "milk for the week"));
        assert!(!join_allowed("It said:", "- Milk"));
    }
}
