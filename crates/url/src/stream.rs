//! The candidates of a running text with its character damage folded
//! ([`crate::fold`]) as if the whole text had been folded first, found
//! without folding or searching the whole text first.
//!
//! The scan goes over the text as it is while the damage search, ahead of
//! it, finds none: up to the first rewrite the folded text is the text, so
//! every candidate whose scan read only bytes before it is the same. At the
//! first rewrite, the text is folded and the scan resumes on the folded
//! text in the state it had after the last candidate given.

use crate::fold::{Damage, Folded};
use crate::scan::{Cand, Ctx, Scanner, READ_BYTES, READ_PAIRS};

/// How far the damage search goes at a time.
const CHUNK: usize = 64 * 1024;

/// The candidates of a text, folded as needed.
pub(crate) struct Cands<'t, 'c, 'h> {
    text: &'t str,
    ctx: &'c Ctx<'h>,
    inner: Inner<'t, 'c, 'h>,
}

/// How [`Cands`] gets its candidates. The scanner is held inline (no box):
/// it is the common case.
#[allow(clippy::large_enum_variant)]
enum Inner<'t, 'c, 'h> {
    /// Scanning the text as it is, which holds no rewrite before `checked`.
    Direct {
        scan: Scanner<'t, 'c, 'h>,
        damage: Damage<'t>,
        checked: usize,
        /// A candidate whose scan read nothing from here on is safe: what
        /// it may read ends before `checked`.
        safe: usize,
    },
    /// Found in the folded text, mapped back, all at once.
    Folded(std::vec::IntoIter<Cand<'static>>),
}

impl<'t, 'c, 'h> Cands<'t, 'c, 'h> {
    pub(crate) fn new(text: &'t str, ctx: &'c Ctx<'h>) -> Self {
        Cands {
            text,
            ctx,
            inner: Inner::Direct {
                scan: Scanner::new(text, ctx),
                damage: Damage::new(text),
                checked: 0,
                safe: 0,
            },
        }
    }

    /// Where the scan has got to in the text.
    pub(crate) fn offset(&self) -> usize {
        match &self.inner {
            Inner::Direct { scan, .. } => scan.offset(),
            Inner::Folded(v) => v.as_slice().first().map_or(self.text.len(), |c| c.start),
        }
    }
}

impl<'t> Iterator for Cands<'t, '_, '_> {
    type Item = Cand<'t>;

    fn next(&mut self) -> Option<Cand<'t>> {
        let text = self.text;
        let Inner::Direct {
            scan,
            damage,
            checked,
            safe,
        } = &mut self.inner
        else {
            let Inner::Folded(v) = &mut self.inner else {
                return None;
            };
            return v.next();
        };
        let before = scan.state();
        let c = scan.next();
        let read = match &c {
            Some(c) => scan.read_to(c.end),
            None => None,
        };
        // Search on until nothing the scan read can hold a rewrite.
        while read.is_none_or(|r| r > *safe) {
            if *checked >= text.len() {
                break;
            }
            let end = match read {
                Some(r) => r.saturating_add(CHUNK),
                None => text.len(),
            };
            let end = char_end(text, end.max(*checked + CHUNK));
            match damage.first_in(*checked, end) {
                None => {
                    *checked = end;
                    *safe = safe_before(text, end);
                }
                Some(first) => {
                    let Some(f) = damage.fold_from(first, lookbehind(text, before.1)) else {
                        // No rewrite applies after all: the whole text is
                        // scanned as it is.
                        (*checked, *safe) = (text.len(), text.len());
                        break;
                    };
                    let cands = rest(&f, self.ctx, before);
                    self.inner = Inner::Folded(cands.into_iter());
                    return self.next();
                }
            }
        }
        c
    }
}

/// The candidates of the folded text from the scanner state `at` (raw
/// positions before the first rewrite), mapped back to the raw text.
fn rest(f: &Folded, ctx: &Ctx<'_>, (pos, floor): (usize, usize)) -> Vec<Cand<'static>> {
    let base = f.base();
    Scanner::resume(&f.text, ctx, (pos - base, floor - base))
        .map(|c| crate::fold::unfold(f, c))
        .collect()
}

/// How far before the end of the last candidate (`floor`) the scanner may
/// look: the white space before it, then [`LOOK_BACK`] bytes; where the
/// folded text may start. (The start of the text is the start: the
/// scanner takes the first byte for one with nothing before it.)
fn lookbehind(t: &str, floor: usize) -> usize {
    let head = t.get(..floor).unwrap_or("");
    let ws = head.trim_end_matches(char::is_whitespace).len();
    let mut k = ws.saturating_sub(LOOK_BACK);
    while !t.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// Bytes before a candidate the scanner may read, white space before it
/// aside: a glued label, `href="`, `&colon;`, white space before a scheme.
const LOOK_BACK: usize = 64;

/// `i`, or the next char boundary after it, at most the text's length.
fn char_end(t: &str, mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while !t.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest position from which what the scanner may read
/// ([`Scanner::read_to`]) ends before `end`: [`READ_BYTES`] before it, and
/// before the last [`READ_PAIRS`] runs of white space with their tokens
/// (and the run `end` cuts). The text's length when `end` is its end.
fn safe_before(t: &str, end: usize) -> usize {
    if end >= t.len() {
        return t.len();
    }
    let head = t.get(..end).unwrap_or("");
    let mut runs = 0;
    let mut last_ws = None;
    for (i, c) in head.char_indices().rev() {
        let ws = c.is_whitespace();
        if last_ws != Some(ws) {
            runs += 1;
            last_ws = Some(ws);
            // The run `end` cuts, then pairs of runs, then the run the
            // position is in.
            if runs > 2 * READ_PAIRS + 2 {
                return i.min(end.saturating_sub(READ_BYTES));
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The candidates as the whole text folded first gives them.
    fn eager(text: &str) -> Vec<Cand<'static>> {
        match crate::fold::fold(text) {
            None => Scanner::new(text, &Ctx::TEXT)
                .map(|c| Cand {
                    url: c.url.into_owned().into(),
                    ..c
                })
                .collect(),
            Some(f) => rest(&f, &Ctx::TEXT, (0, 0)),
        }
    }

    fn key(c: &Cand<'_>) -> String {
        format!(
            "{}..{} {} {:?} {} {} {}",
            c.start, c.end, c.url, c.fixes, c.conf, c.normal, c.target
        )
    }

    fn same(text: &str) -> Result<(), TestCaseError> {
        let want: Vec<String> = eager(text).iter().map(key).collect();
        let got: Vec<String> = Cands::new(text, &Ctx::TEXT).map(|c| key(&c)).collect();
        prop_assert_eq!(got, want);
        Ok(())
    }

    const PIECES: &[&str] = &[
        "The minister said on Monday that the plan would go ahead. ",
        "See https://www.example.com/news/a-long-story-slug for more. ",
        "Read example.co.uk/world/x and www.example.org/a-b today. ",
        "https://www.example.com/news/a-long-\nstory ",
        "(see https://example.org/a-b-c) ",
        "\n\n",
        "                                        ",
        "//foo/bar-baz/qux ",
        "https://a. b. c. d. e-",
        "U.S. 3.5 per cent ",
        "word ",
        "https://a.org/x)https://b.org/y ",
        "[a](https://b.org/c)(https://d.org/e)\"https://f.org/g\" ",
        "x.org/a)  href=\"https://e.org/f\" ",
        "https://a.org/x1.Source:https://b.org/y ",
    ];

    const DAMAGE: &[&str] = &[
        "basic\u{AD}ally ",
        "https:/ /www.example.de/a/b ",
        "https://www . example . de/path ",
        "www.example.\u{200B}com/x ",
        "https:\\/\\/example.com\\/a ",
        "a\u{FF0E}org\u{FF0F}x ",
        "https://example.com/fl%20ood-victims ",
        "&a\u{2060}mp; ",
        "\u{200B}",
        "\u{AD}https://b.org/x ",
        "x:[//]example[.]com ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Damage anywhere in a text of a few chunks, or none: the same
        /// candidates as the text folded first.
        #[test]
        fn lazy_fold_is_the_eager_one(
            parts in proptest::collection::vec(0..PIECES.len(), 1..60),
            repeat in 1usize..40,
            damage in proptest::collection::vec((0..DAMAGE.len(), 0.0f64..1.0), 0..3),
        ) {
            let unit: String = parts.iter().map(|&p| PIECES[p]).collect();
            let mut text = unit.repeat(repeat * 64 * 1024 / unit.len().max(1) / 8 + 1);
            for (d, at) in damage {
                let mut i = (text.len() as f64 * at) as usize;
                while !text.is_char_boundary(i) {
                    i += 1;
                }
                text.insert_str(i, DAMAGE[d]);
            }
            same(&text)?;
        }
    }

    #[test]
    fn damage_at_chunk_edges() {
        let unit = PIECES.concat();
        let base = unit.repeat(3 * CHUNK / unit.len() + 2);
        for d in DAMAGE {
            for at in [0, 5, CHUNK - 300, CHUNK - 3, CHUNK + 7, 2 * CHUNK + 100]
                .into_iter()
                .chain((0..unit.len()).step_by(7).map(|k| 2 * CHUNK + k))
            {
                let mut text = base.clone();
                let mut i = at.min(text.len());
                while !text.is_char_boundary(i) {
                    i += 1;
                }
                text.insert_str(i, d);
                same(&text).unwrap();
            }
        }
        same(&base).unwrap();
        same("").unwrap();
        // Candidates that touch, so that the scan resumes where the next
        // one looks before the last one's end.
        for unit in &PIECES[11..] {
            let base = unit.repeat(3 * CHUNK / unit.len() + 2);
            for k in 0..8 {
                let mut text = base.clone();
                text.insert(2 * CHUNK + k * 1000, '\u{AD}');
                same(&text).unwrap();
            }
        }
    }
}
