//! Offsets that index Python strings: Python slices `str` by code points,
//! the library reports UTF-8 byte offsets. The conversion runs once per text
//! over every offset that refers to it (sorted, one walk over the text), and
//! not at all for ASCII text, where the two are the same.

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;

use newsprep::segment::Span;
use newsprep::{ArticleOutput, EntityOut, UrlOut};

/// Which offsets a function returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offsets {
    /// Code points: `text[start:end]` in Python (the default).
    CodePoint,
    /// UTF-8 bytes: `text.encode()[start:end]`, as the command reports them.
    Byte,
}

impl Offsets {
    /// The `offsets=` argument: "codepoint" (or "char") or "byte".
    pub fn parse(func: &str, name: &str) -> PyResult<Offsets> {
        match name {
            "codepoint" | "char" => Ok(Offsets::CodePoint),
            "byte" | "utf8" => Ok(Offsets::Byte),
            _ => Err(PyValueError::new_err(format!(
                "newsprep.{func}: offsets must be \"codepoint\" or \"byte\", not {name:?}"
            ))),
        }
    }
}

/// Rewrites the byte offsets in `offs` (all into `text`) as code point
/// offsets. An offset past the end or inside a character maps to the count
/// of characters that start before it.
pub fn to_code_points(text: &str, offs: &mut [&mut usize]) {
    if offs.is_empty() || text.is_ascii() {
        return;
    }
    let mut sorted: Vec<usize> = offs.iter().map(|o| **o).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut mapped = Vec::with_capacity(sorted.len());
    let mut pending = sorted.iter().peekable();
    let mut count = 0;
    for (b, _) in text.char_indices() {
        while let Some(&&off) = pending.peek() {
            if off > b {
                break;
            }
            mapped.push(count);
            pending.next();
        }
        count += 1;
    }
    // At or past the end (or inside the last character): every character.
    mapped.extend(pending.map(|_| count));
    for o in offs.iter_mut() {
        if let Ok(i) = sorted.binary_search(o) {
            if let Some(&m) = mapped.get(i) {
                **o = m;
            }
        }
    }
}

/// Spans of `text`, in place.
pub fn spans(text: &str, spans: &mut [Span<'_>], how: Offsets) {
    if how == Offsets::CodePoint {
        let mut offs: Vec<&mut usize> = spans
            .iter_mut()
            .flat_map(|s| [&mut s.start, &mut s.end])
            .collect();
        to_code_points(text, &mut offs);
    }
}

/// URLs found in `text`, in place.
pub fn urls(text: &str, urls: &mut [UrlOut], how: Offsets) {
    if how == Offsets::CodePoint {
        let mut offs: Vec<&mut usize> = urls
            .iter_mut()
            .flat_map(|u| [&mut u.start, &mut u.end])
            .collect();
        to_code_points(text, &mut offs);
    }
}

/// Entities of a plain `text`, in place.
pub fn entities(text: &str, ents: &mut [EntityOut], how: Offsets) {
    if how == Offsets::CodePoint {
        let mut offs: Vec<&mut usize> = ents
            .iter_mut()
            .flat_map(|e| e.mentions.iter_mut())
            .flat_map(|m| [&mut m.start, &mut m.end])
            .collect();
        to_code_points(text, &mut offs);
    }
}

/// An article's offsets, in place: sentences and entity mentions refer to
/// their paragraph (or, for a mention with no paragraph, the headline).
pub fn article(a: &mut ArticleOutput, how: Offsets) {
    if how == Offsets::Byte {
        return;
    }
    let headline = a.headline.clone().unwrap_or_default();
    let paragraphs = &a.paragraphs;
    let segment = |p: Option<usize>| -> &str {
        match p {
            None => headline.as_str(),
            Some(i) => paragraphs.get(i).map_or("", String::as_str),
        }
    };
    // One pass per segment over every offset that refers to it.
    let mut by_segment: Vec<(Option<usize>, Vec<&mut usize>)> = Vec::new();
    for s in a.sentences.iter_mut() {
        group(&mut by_segment, Some(s.paragraph), &mut s.start);
        group(&mut by_segment, Some(s.paragraph), &mut s.end);
    }
    for e in a.entities.iter_mut() {
        for m in e.mentions.iter_mut() {
            group(&mut by_segment, m.paragraph, &mut m.start);
            group(&mut by_segment, m.paragraph, &mut m.end);
        }
    }
    for (seg, mut offs) in by_segment {
        to_code_points(segment(seg), &mut offs);
    }
}

/// Adds `o` to the offsets of segment `seg`.
fn group<'a>(
    groups: &mut Vec<(Option<usize>, Vec<&'a mut usize>)>,
    seg: Option<usize>,
    o: &'a mut usize,
) {
    match groups.iter_mut().find(|(s, _)| *s == seg) {
        Some((_, v)) => v.push(o),
        None => groups.push((seg, vec![o])),
    }
}
