//! Character-level damage folded away before the scan.
//!
//! Some damage is a matter of single characters that a URL can never hold
//! as they are: zero-width characters, full-width punctuation from CJK
//! input, PDF ligatures, quoted-printable soft breaks, backslash escapes
//! (JSON `\/`, markdown `\_`, `https:\\`), a space between the scheme's
//! slashes, spaces around every dot of a host and `%20` where a space was.
//! [`fold`] rewrites them into the text the scanner knows, and keeps the
//! map from each byte of the result back to the raw text, so that spans
//! stay spans of the caller's text, and each rewrite's [`Fix`].
//!
//! Text with none of them (nearly all text) costs one byte-table pass and
//! is scanned as it is.

use crate::fix::Fix;
use crate::scan::{Cand, Ctx, Scanner};

/// The folded text and its rewrites, in text order.
pub(crate) struct Folded {
    pub text: String,
    edits: Vec<Edit>,
}

/// One rewrite: `raw_len` bytes at `raw_at` became `new_len` at `new_at`.
struct Edit {
    new_at: usize,
    new_len: usize,
    raw_at: usize,
    raw_len: usize,
    /// How many bytes the raw text is ahead of the folded one after it.
    shift: usize,
    fix: Fix,
}

impl Folded {
    /// The raw span of the folded span `s..e`.
    pub(crate) fn raw_span(&self, s: usize, e: usize) -> (usize, usize) {
        let shift_before = |k: usize| {
            k.checked_sub(1)
                .and_then(|k| self.edits.get(k))
                .map_or(0, |ed| ed.shift)
        };
        // Start: after the rewrites that end at or before it (a deletion
        // right there included), or at the start of one that holds it.
        let k = self.edits.partition_point(|ed| ed.new_at + ed.new_len <= s);
        let rs = match self.edits.get(k) {
            Some(ed) if ed.new_at <= s => ed.raw_at,
            _ => s + shift_before(k),
        };
        // End: after the rewrites that start before it and end by it, or
        // at the end of one that holds it.
        let k = self
            .edits
            .partition_point(|ed| ed.new_at < e && ed.new_at + ed.new_len <= e);
        let re = match self.edits.get(k) {
            Some(ed) if ed.new_at < e => ed.raw_at + ed.raw_len,
            _ => e + shift_before(k),
        };
        (rs, re.max(rs))
    }

    /// The repairs the rewrites inside the raw span `s..e` made.
    pub(crate) fn fixes_in(&self, s: usize, e: usize) -> impl Iterator<Item = Fix> + '_ {
        let k = self.edits.partition_point(|ed| ed.raw_at < s);
        self.edits
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(move |ed| ed.raw_at < e)
            .map(|ed| ed.fix)
    }
}

/// A candidate found in folded text, with its raw span in the text before
/// folding and the folds' repairs added to its own.
pub(crate) fn unfold(f: &Folded, c: Cand<'_>) -> Cand<'static> {
    let (start, end) = f.raw_span(c.start, c.end);
    let mut fixes = c.fixes;
    let mut folded = false;
    for x in f.fixes_in(start, end) {
        folded = true;
        if !fixes.contains(&x) {
            fixes.push(x);
        }
    }
    Cand {
        start,
        end,
        // The raw text is the URL only when nothing in it was folded.
        normal: c.normal && !folded,
        url: std::borrow::Cow::Owned(c.url.into_owned()),
        fixes,
        ..c
    }
}

thread_local! {
    /// The last folded text's buffer, kept for the next fold on this thread:
    /// a long text folded again and again (a corpus, a benchmark) does not
    /// fault in fresh pages each time.
    static SPARE: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// Buffers above this size are not kept after their fold.
const SPARE_MAX: usize = 64 << 20;

/// An empty buffer of at least `cap` bytes, the spare one when there is one.
fn spare_buffer(cap: usize) -> String {
    let mut s = SPARE.with(std::cell::Cell::take);
    s.clear();
    s.reserve(cap);
    s
}

impl Drop for Folded {
    fn drop(&mut self) {
        let text = std::mem::take(&mut self.text);
        if text.capacity() <= SPARE_MAX {
            SPARE.with(|c| c.set(text));
        }
    }
}

/// The text with its character damage folded, or None when there is none.
///
/// One pass: [`Stops`] finds the bytes where a rewrite starts, and
/// each `://` adds the spaces and `%`s after it where one may start
/// ([`AfterScheme`]). The copy starts at the first rewrite.
pub(crate) fn fold(t: &str) -> Option<Folded> {
    let soft_breaks = SoftBreaks::new();
    let b = t.as_bytes();
    let scheme = |j: usize| b.get(j..j + 3) == Some(b"://");
    let mut f: Option<Folded> = None;
    // Raw bytes before `i` are copied or rewritten; the search goes on from
    // `k`.
    let (mut i, mut k) = (0, 0);
    let mut stops = Stops::default();
    let mut after = AfterScheme::default();
    loop {
        let n = stops.next(b, k);
        let Some(j) = n.into_iter().chain(after.next(k)).min() else {
            break;
        };
        let Some((len, out, fix)) = rewrite(t, j, &soft_breaks) else {
            if scheme(j) {
                after.add(b, j);
            }
            k = j + 1;
            continue;
        };
        // A scheme inside the rewrite (`https://https://`) counts too.
        let inner = b.get(j..j + len).unwrap_or_default();
        for q in memchr::memmem::find_iter(inner, b"://") {
            after.add(b, j + q);
        }
        let f = f.get_or_insert_with(|| Folded {
            text: spare_buffer(t.len()),
            edits: Vec::new(),
        });
        f.text.push_str(t.get(i..j).unwrap_or_default());
        let shift = (f.edits.last().map_or(0, |ed| ed.shift) + len).saturating_sub(out.len());
        f.edits.push(Edit {
            new_at: f.text.len(),
            new_len: out.len(),
            raw_at: j,
            raw_len: len,
            shift,
            fix,
        });
        f.text.push_str(out);
        (i, k) = (j + len, j + len);
    }
    let mut f = f?;
    f.text.push_str(t.get(i..).unwrap_or_default());
    Some(f)
}

/// The bytes after each `://` where [`spaced_dot`] or [`pct20`] may
/// rewrite, in order: the spaces in the run of host bytes, dots and spaces
/// after it, and the `%`s of its token (at most [`TOKEN_BACK`] bytes on).
#[derive(Default)]
struct AfterScheme {
    at: std::collections::BinaryHeap<std::cmp::Reverse<usize>>,
    /// Where the last token searched ends: the tokens of `://`s close
    /// together overlap, and each byte is searched once.
    done: usize,
}

impl AfterScheme {
    /// Adds the bytes after the `://` at `q`.
    fn add(&mut self, b: &[u8], q: usize) {
        let from = q + 3;
        let rest = b.get(from..).unwrap_or_default();
        for (k, &c) in rest.iter().enumerate() {
            match c {
                b' ' => self.at.push(std::cmp::Reverse(from + k)),
                c if label(c) || c == b'.' => {}
                _ => break,
            }
        }
        let s = from.max(self.done);
        let w = b
            .get(s..(from + TOKEN_BACK).min(b.len()))
            .unwrap_or_default();
        let n = w
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(w.len());
        for k in memchr::memchr_iter(b'%', w.get(..n).unwrap_or_default()) {
            self.at.push(std::cmp::Reverse(s + k));
        }
        self.done = s + n;
    }

    /// The first byte at or after `k`.
    fn next(&mut self, k: usize) -> Option<usize> {
        while self.at.peek().is_some_and(|x| x.0 < k) {
            self.at.pop();
        }
        self.at.peek().map(|x| x.0)
    }
}

/// The candidates of a text scanned with its character damage folded,
/// with their spans in the text as it is.
pub(crate) enum Cands<'t, 'c, 'h> {
    /// Nothing to fold: the text is scanned as it is.
    Direct(Scanner<'t, 'c, 'h>),
    /// Found in the folded text and mapped back.
    Folded(std::vec::IntoIter<Cand<'static>>),
}

impl<'t, 'c, 'h> Cands<'t, 'c, 'h> {
    pub(crate) fn new(text: &'t str, ctx: &'c Ctx<'h>) -> Self {
        match fold(text) {
            None => Cands::Direct(Scanner::new(text, ctx)),
            Some(f) => {
                let v: Vec<Cand<'static>> =
                    Scanner::new(&f.text, ctx).map(|c| unfold(&f, c)).collect();
                Cands::Folded(v.into_iter())
            }
        }
    }

    /// Where the scan has got to, as a byte offset (`len` when done).
    pub(crate) fn offset(&self, len: usize) -> usize {
        match self {
            Cands::Direct(s) => s.offset(),
            Cands::Folded(v) => v.as_slice().first().map_or(len, |c| c.start),
        }
    }
}

impl<'t> Iterator for Cands<'t, '_, '_> {
    type Item = Cand<'t>;

    fn next(&mut self) -> Option<Cand<'t>> {
        match self {
            Cands::Direct(s) => s.next(),
            Cands::Folded(v) => v.next(),
        }
    }
}

/// The search for the bytes where a rewrite may start that are not
/// spaces or `%`: `\\`, `=`, `:` and the lead bytes 0xc2, 0xe2, 0xef, one
/// `memchr3` for each kind. The next one of each kind is kept while it is
/// ahead, so that each search goes over the text once.
#[derive(Default)]
struct Stops {
    ascii: Option<Option<usize>>,
    lead: Option<Option<usize>>,
}

impl Stops {
    /// The first stop at or after `from`.
    fn next(&mut self, b: &[u8], from: usize) -> Option<usize> {
        let kind = |memo: &mut Option<Option<usize>>, (x, y, z): (u8, u8, u8)| match *memo {
            Some(n) if n.is_none_or(|n| n >= from) => n,
            _ => *memo.insert(
                memchr::memchr3(x, y, z, b.get(from..).unwrap_or_default()).map(|k| from + k),
            ),
        };
        let a = kind(&mut self.ascii, (b'\\', b'=', b':'));
        let l = kind(&mut self.lead, (0xC2, 0xE2, 0xEF));
        a.into_iter().chain(l).min()
    }
}

/// Whether the text holds a quoted-printable soft break (then `=3D` is an
/// escaped `=`), found on the first question: only a text with `=3D` asks.
type SoftBreaks = std::cell::OnceCell<bool>;

/// The longest line of quoted-printable text, the soft break's `=` included.
const QP_MAX_LINE: usize = 76;
/// The shortest line taken to end in a soft break.
const QP_MIN_LINE: usize = 60;

/// A quoted-printable soft break (`=` at a line end) after a non-space.
fn has_soft_break(b: &[u8]) -> bool {
    memchr::memchr_iter(b'=', b).any(|i| soft_break_len(b, i).is_some())
}

fn soft_break_len(b: &[u8], i: usize) -> Option<usize> {
    let prev = *b.get(i.checked_sub(1)?)?;
    if prev.is_ascii_whitespace() {
        return None;
    }
    let n = match (b.get(i + 1), b.get(i + 2)) {
        (Some(b'\n'), _) => 2,
        (Some(b'\r'), Some(b'\n')) => 3,
        _ => return None,
    };
    // Quoted-printable lines hold at most 76 bytes, and the encoder breaks
    // them near that length; the line goes on after the break. A URL that
    // ends in `=` at the end of a line is no soft break, nor is a `=` in a
    // token with an `=` that the encoder would have escaped (`page=1&`).
    // A URL's host and path hold no `=`: there a short line breaks too, and
    // so it does in a URL whose `=` are escaped.
    let line_start = memchr::memrchr(b'\n', b.get(..i)?).map_or(0, |p| p + 1);
    let len = i + 1 - line_start;
    let tok = b.get(token_start(b, i)..i).unwrap_or_default();
    let after = b.get(i + n..).unwrap_or_default();
    let after = after.get(..after.len().min(TOKEN_BACK)).unwrap_or_default();
    let after = after
        .get(
            ..after
                .iter()
                .position(u8::is_ascii_whitespace)
                .unwrap_or(after.len()),
        )
        .unwrap_or_default();
    let raw_eq = |s: &[u8]| {
        memchr::memchr_iter(b'=', s).any(|k| {
            let hex =
                |d: Option<&u8>| d.is_some_and(|d| d.is_ascii_digit() || (b'A'..=b'F').contains(d));
            !(hex(s.get(k + 1)) && hex(s.get(k + 2))) && k + 1 < s.len()
        })
    };
    if raw_eq(tok) || raw_eq(after) {
        return None;
    }
    let in_path = memchr::memmem::find(tok, b"://")
        .is_some_and(|q| !tok.get(q..).unwrap_or_default().contains(&b'?'));
    let escaped = memchr::memmem::find(tok, b"=3D").is_some()
        || memchr::memmem::find(after, b"=3D").is_some();
    (((QP_MIN_LINE..=QP_MAX_LINE).contains(&len) || in_path || escaped) && !after.is_empty())
        .then_some(n)
}

/// The rewrite at byte `i`: raw length, replacement, repair.
fn rewrite(t: &str, i: usize, soft_breaks: &SoftBreaks) -> Option<(usize, &'static str, Fix)> {
    let b = t.as_bytes();
    let rest = b.get(i..)?;
    match *rest.first()? {
        0xC2 if rest.get(1) == Some(&0xAD) => Some((2, "", Fix::InvisibleChar)),
        0xE2 => match (rest.get(1)?, rest.get(2)?) {
            (0x80, 0x8B..=0x8D) | (0x81, 0xA0) => Some((3, "", Fix::InvisibleChar)),
            (0x80, 0x89 | 0x8A | 0xAF) if narrow_space_in_url(b, i) => {
                Some((3, "", Fix::InsertedSpace))
            }
            _ => None,
        },
        0xEF => {
            let out = match (rest.get(1)?, rest.get(2)?) {
                (0xBB, 0xBF) => return Some((3, "", Fix::InvisibleChar)),
                (0xBC, 0x8E) => ".",
                (0xBC, 0x8F) => "/",
                (0xBC, 0x9A) => ":",
                (0xAC, 0x80) => "ff",
                (0xAC, 0x81) => "fi",
                (0xAC, 0x82) => "fl",
                (0xAC, 0x83) => "ffi",
                (0xAC, 0x84) => "ffl",
                _ => return None,
            };
            Some((3, out, Fix::UnicodeForm))
        }
        b'=' => {
            if let Some(n) = soft_break_len(b, i) {
                return Some((n, "", Fix::LineBreak));
            }
            (rest.starts_with(b"=3D") && *soft_breaks.get_or_init(|| has_soft_break(b)))
                .then_some((3, "=", Fix::Escaping))
        }
        b'\\' => backslash(b, i),
        b':' if rest.starts_with(b":[//]") => Some((5, "://", Fix::Defanged)),
        b':' if rest.starts_with(b"://") => doubled_scheme(b, i),
        b':' => scheme_sep(b, i),
        b'%' => pct20(b, i).then_some((3, "", Fix::InsertedSpace)),
        b' ' => spaced_dot(b, i).map(|n| (n, ".", Fix::InsertedSpace)),
        _ => None,
    }
}

/// A thin or narrow no-break space (U+2009, U+200A, U+202F) between two
/// bytes of a URL after its `://`: typesetting puts none inside a word, and
/// before punctuation or a space it is left alone.
fn narrow_space_in_url(b: &[u8], i: usize) -> bool {
    let url_byte = |c: &u8| c.is_ascii_alphanumeric() || b"/-_.%=&#~".contains(c);
    // After a `?`, only before a query with a `=`.
    let pair = || {
        let r = b.get(i + 3..).unwrap_or_default();
        r.iter()
            .take(256)
            .take_while(|c| !c.is_ascii_whitespace())
            .any(|&c| c == b'=')
    };
    i > 0
        && b.get(i - 1)
            .is_some_and(|c| url_byte(c) || *c == b'?' && pair())
        && b.get(i + 3).is_some_and(url_byte)
        && b.get(i + 4).is_some_and(|c| !c.is_ascii_whitespace())
        && {
            // The scheme within a URL's usual length: a run of narrow
            // spaces is not walked back over again and again.
            let w = b.get(i.saturating_sub(NARROW_BACK)..i).unwrap_or_default();
            let s = w
                .iter()
                .rposition(u8::is_ascii_whitespace)
                .map_or(0, |p| p + 1);
            memchr::memmem::find(w.get(s..).unwrap_or_default(), b"://").is_some()
        }
}

/// How far back from a narrow space its URL's `://` is looked for.
const NARROW_BACK: usize = 300;

/// A scheme's separator written with damage after the letters of a scheme
/// (`https:/ /`, `https:://`, `http:\n  //`, `https:&#47;&#47;`,
/// `https:%2F%2F`): a colon, perhaps doubled, then two slashes, each plain,
/// percent-encoded or an entity, with white space (one line break at most)
/// between them; folded into `://` before a host.
fn scheme_sep(b: &[u8], i: usize) -> Option<(usize, &'static str, Fix)> {
    let tail = b.get(i.checked_sub(3)?..i)?;
    let scheme = [b"ttp", b"tps", b"xxp", b"xps", b"ftp", b"htp", b"fxp"]
        .iter()
        .any(|s| tail.eq_ignore_ascii_case(&s[..]));
    if !scheme {
        return None;
    }
    let mut k = i + 1 + usize::from(b.get(i + 1) == Some(&b':'));
    let mut fix = if k > i + 1 {
        Fix::MalformedScheme
    } else {
        Fix::InsertedSpace
    };
    let (mut slashes, mut gaps, mut breaks) = (0, 0, 0);
    while slashes < 2 {
        let r = b.get(k..)?;
        let ws = match r {
            [b' ' | b'\t' | b'\r', ..] => 1,
            [b'\n', ..] => {
                breaks += 1;
                1
            }
            [0xC2, 0xA0, ..] => 2,
            [0xE2, 0x80, 0x89 | 0xAF, ..] => 3,
            _ => 0,
        };
        if ws > 0 {
            if gaps == 8 {
                return None;
            }
            gaps += 1;
            k += ws;
            continue;
        }
        let (n, f) = if r.first() == Some(&b'/') {
            (1, None)
        } else if r.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(b"%2F")) {
            (3, Some(Fix::Escaping))
        } else {
            let e = [&b"&#47;"[..], b"&#x2F;", b"&#x2f;", b"&sol;"]
                .into_iter()
                .find(|e| r.starts_with(e))?;
            (e.len(), Some(Fix::HtmlEntity))
        };
        fix = f.unwrap_or(fix);
        slashes += 1;
        k += n;
    }
    if breaks > 0 && fix == Fix::InsertedSpace {
        fix = Fix::LineBreak;
    }
    let damaged = k - i != 3 || gaps > 0;
    (damaged && breaks < 2 && b.get(k).is_some_and(u8::is_ascii_alphanumeric)).then_some((
        k - i,
        "://",
        fix,
    ))
}

/// A scheme written twice, as some feeds and CMSs leave them
/// (`https://https://www.example.org/a`, `http://http//example.org`): the
/// `://` after the first and the second scheme with its separator, folded
/// into one `://`. Only after letters (the first scheme) and before letters
/// or a digit (the host).
fn doubled_scheme(b: &[u8], i: usize) -> Option<(usize, &'static str, Fix)> {
    if !(i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphabetic)) {
        return None;
    }
    let inner = b.get(i + 3..)?;
    let lower = |k: usize| inner.get(k).map(u8::to_ascii_lowercase);
    if (lower(0), lower(1), lower(2), lower(3)) != (Some(b'h'), Some(b't'), Some(b't'), Some(b'p'))
    {
        return None;
    }
    let mut k = 4 + usize::from(lower(4) == Some(b's'));
    if inner.get(k) == Some(&b':') {
        k += 1;
    }
    let slashes = inner.get(k..)?.iter().take_while(|&&c| c == b'/').count();
    if slashes == 0 || (slashes == 1 && inner.get(k - 1) != Some(&b':')) {
        return None;
    }
    k += slashes;
    inner
        .get(k)
        .is_some_and(u8::is_ascii_alphanumeric)
        .then_some((3 + k, "://", Fix::MalformedScheme))
}

/// A backslash that escapes URL punctuation (JSON `\/`, markdown `\_`) or
/// stands for a slash of the scheme (`https:\\`).
fn backslash(b: &[u8], i: usize) -> Option<(usize, &'static str, Fix)> {
    let next = *b.get(i + 1)?;
    let after_scheme =
        i > 1 && b.get(i - 1) == Some(&b':') && b.get(i - 2).is_some_and(u8::is_ascii_alphabetic);
    if after_scheme && next == b'\\' {
        return Some((2, "//", Fix::MalformedScheme));
    }
    if next != b'\\' && !next.is_ascii_whitespace() {
        // `https:\\host\a\b`: every backslash of the token is a slash
        // once its scheme was written with them.
        let s = token_start(b, i);
        let tok = b.get(s..i).unwrap_or_default();
        if memchr::memmem::find(tok, b":\\\\").is_some() {
            return Some((1, "/", Fix::MalformedScheme));
        }
    }
    let out = match next {
        b'/' => "/",
        b'_' => "_",
        b'.' => ".",
        b'-' => "-",
        b'~' => "~",
        b'#' => "#",
        b'&' => "&",
        b'=' => "=",
        b'<' => "<",
        b'>' => ">",
        b'(' => "(",
        b')' => ")",
        b'[' => "[",
        b']' => "]",
        b'*' => "*",
        _ => return None,
    };
    Some((2, out, Fix::Escaping))
}

/// Is the byte a letter, digit or `-` of a host label?
fn label(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-'
}

/// How far back from a `%` or `\\` its token is looked at.
const TOKEN_BACK: usize = 2048;

/// The start of the run of non-space bytes that ends at `i`, at most
/// [`TOKEN_BACK`] bytes before it.
fn token_start(b: &[u8], i: usize) -> usize {
    let floor = i.saturating_sub(TOKEN_BACK);
    let mut s = i;
    while s > floor && b.get(s - 1).is_some_and(|c| !c.is_ascii_whitespace()) {
        s -= 1;
    }
    s
}

/// Spaces before a dot of a host, perhaps after it too (`www . example .
/// de`, `example .com`), where the host follows `://`: the length of the
/// spaces and dot, which become one dot.
fn spaced_dot(b: &[u8], i: usize) -> Option<usize> {
    let gap = |k: usize| {
        b.get(k..)
            .map_or(0, |r| r.iter().take_while(|&&c| c == b' ').count())
    };
    let pre = gap(i);
    if b.get(i + pre) != Some(&b'.') {
        return None;
    }
    let n = pre + 1 + gap(i + pre + 1);
    if !b.get(i + n).is_some_and(u8::is_ascii_alphanumeric)
        || !b.get(i.wrapping_sub(1)).is_some_and(|&c| label(c))
    {
        return None;
    }
    // Walk back over labels and dots with spaces around them.
    let mut s = i;
    loop {
        while s > 0 && b.get(s - 1).is_some_and(|&c| label(c)) {
            s -= 1;
        }
        let mut k = s;
        while k > 0 && b.get(k - 1) == Some(&b' ') {
            k -= 1;
        }
        if k > 0 && b.get(k - 1) == Some(&b'.') {
            k -= 1;
            while k > 0 && b.get(k - 1) == Some(&b' ') {
                k -= 1;
            }
            if k < s && k > 0 && b.get(k - 1).is_some_and(|&c| label(c)) {
                s = k;
                continue;
            }
        }
        break;
    }
    (s >= 3 && b.get(s - 3..s) == Some(b"://")).then_some(n)
}

/// File extensions of documents, whose names may hold spaces.
const DOCUMENTS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "txt", "csv", "zip", "jpg",
    "jpeg", "png", "gif", "mp3", "mp4",
];

/// `%20` inside a URL where a space was inserted: right after `://`,
/// inside the host, or inside a word of the path.
fn pct20(b: &[u8], i: usize) -> bool {
    if b.get(i..i + 3) != Some(b"%20") {
        return false;
    }
    let s = token_start(b, i);
    let tok = b.get(s..i).unwrap_or_default();
    let Some(k) = memchr::memmem::find(tok, b"://") else {
        return false;
    };
    let host = tok.get(k + 3..).unwrap_or_default();
    if !host.contains(&b'/') {
        // After `://` or inside the host.
        return host.iter().all(|&c| label(c) || c == b'.');
    }
    let after = b.get(i + 3..).unwrap_or_default();
    // Trailing (`story%20`) or leading a segment (`/%20news`): an encoded
    // space a URL does not start or end a segment with.
    let closes = |c: Option<&u8>| {
        c.is_none_or(|&c| c.is_ascii_whitespace() || matches!(c, b')' | b']' | b'>' | b'"'))
    };
    let quote = ["\u{201D}", "\u{2019}", "\u{BB}"]
        .iter()
        .any(|q| after.starts_with(q.as_bytes()));
    let ends = quote
        || closes(after.first())
        || (after.first().is_some_and(|c| b".,;:!?".contains(c)) && closes(after.get(1)));
    // Another `%20` in the token: the spaces may be real.
    let word_end = after
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(after.len());
    let more = memchr::memmem::find(tok, b"%20").is_some()
        || memchr::memmem::find(after.get(..word_end).unwrap_or_default(), b"%20").is_some();
    if ends || host.last() == Some(&b'/') {
        return !more;
    }
    let seg_start = host.iter().rposition(|&c| c == b'/').map_or(0, |p| p + 1);
    let seg = host.get(seg_start..).unwrap_or_default();
    let seg_rest = after
        .iter()
        .take_while(|&&c| !c.is_ascii_whitespace() && !matches!(c, b'/' | b'?' | b'#'))
        .count();
    let tail = after.get(..seg_rest).unwrap_or_default();
    // A document's name may hold spaces (`Annual%20Report.pdf`), and a
    // name with two or more of them (`a%20b%20c`) has real ones.
    let document = tail
        .iter()
        .rposition(|&c| c == b'.')
        .and_then(|d| std::str::from_utf8(tail.get(d + 1..)?).ok())
        .is_some_and(|ext| DOCUMENTS.iter().any(|x| x.eq_ignore_ascii_case(ext)));
    if document || more {
        return false;
    }
    let (p, n) = (seg.last().copied(), after.first().copied());
    let sep = |c: Option<u8>| c.is_some_and(|c| b"-_/.,=&;?#".contains(&c));
    let lower = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_lowercase());
    let digit = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_digit());
    // An encoded space is a space between words (`Local%20News`,
    // `Chernobyl-15%20years`). Inserted, it lands anywhere: next to a
    // separator (`news%20/`, `game%20-streaming`, `tochter-%20pubertaet`),
    // inside a word (`fl%20ood`, `S%20undays`), between two digits
    // (`202%201`) or inside one escaped character (`%E8%94%20%A1`).
    sep(p)
        || sep(n)
        || (p.is_some_and(|c| c.is_ascii_alphabetic()) && lower(n))
        || (digit(p) && digit(n))
        || (escaped_byte(seg, 0x80) && escaped_continuation(after))
}

/// Does `s` end in an escaped byte (`%E8`) of at least `min`?
fn escaped_byte(s: &[u8], min: u8) -> bool {
    let n = s.len();
    n >= 3
        && s.get(n - 3) == Some(&b'%')
        && s.get(n - 2..)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .is_some_and(|v| v >= min)
}

/// Does `s` start with an escaped UTF-8 continuation byte (`%80` to `%BF`)?
fn escaped_continuation(s: &[u8]) -> bool {
    s.first() == Some(&b'%')
        && s.get(1..3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .is_some_and(|v| (0x80..0xC0).contains(&v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(t: &str) -> String {
        fold(t).map_or_else(|| t.to_string(), |f| f.text.clone())
    }

    /// The plain fold: a rewrite tried at every byte, start to end. [`fold`]
    /// only tries the [`Stops`] and the bytes after a `://`; both
    /// must give the same text and edits.
    /// An edit as (folded at, folded length, raw at, raw length, fix).
    type PlainEdit = (usize, usize, usize, usize, Fix);

    fn fold_plain(t: &str) -> (String, Vec<PlainEdit>) {
        let b = t.as_bytes();
        let soft_breaks =
            SoftBreaks::from(memchr::memmem::find(b, b"=3D").is_some() && has_soft_break(b));
        let (mut out, mut edits, mut i) = (String::new(), Vec::new(), 0);
        while i < b.len() {
            if let Some((len, rep, fix)) = rewrite(t, i, &soft_breaks) {
                edits.push((out.len(), rep.len(), i, len, fix));
                out.push_str(rep);
                i += len;
            } else {
                let n = t
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
                out.push_str(t.get(i..i + n).unwrap_or_default());
                i += n;
            }
        }
        (out, edits)
    }

    proptest::proptest! {
        #[test]
        fn stops_fold_as_the_plain_loop(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "https://", "http:/ /", "https:\\\\", "www", " . ", " .", ". ", "  ", " ", ".",
                "example", "org", "de", "/", "\\", "\\/", "\\_", "=", "=3D", "=\n", "\n", "%20",
                "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{AD}", "\u{FF0E}", "\u{FF0F}", "\u{FB01}",
                "\u{201C}", "\u{2014}", ":", ":[//]", "a", "news-story", "&amp;", "&a\u{2060}mp;", "é",
            ]), 0..40)
        ) {
            let t: String = parts.concat();
            let (want, edits) = fold_plain(&t);
            match fold(&t) {
                None => proptest::prop_assert!(edits.is_empty(), "{t:?}"),
                Some(f) => {
                    proptest::prop_assert_eq!(&f.text, &want, "{:?}", t);
                    let got: Vec<_> = f
                        .edits
                        .iter()
                        .map(|e| (e.new_at, e.new_len, e.raw_at, e.raw_len, e.fix))
                        .collect();
                    proptest::prop_assert_eq!(got, edits, "{:?}", t);
                }
            }
        }
    }

    proptest::proptest! {
        /// The fold's stop search against the book, from one byte to the
        /// next stop and on.
        #[test]
        fn fold_stops_agree(
            bytes in proptest::collection::vec(proptest::sample::select(vec![
                b'a', b' ', b'\\', b'=', b':', 0xC2, 0xE2, 0xEF, 0xC3, 0x3C, 0x5D, 0xEC,
            ]), 0..400),
            steps in proptest::collection::vec(0usize..40, 0..20),
        ) {
            let mut stops = Stops::default();
            let mut from = 0;
            for step in steps {
                let every = (from..bytes.len())
                    .find(|&k| matches!(bytes[k], b'\\' | b'=' | b':' | 0xC2 | 0xE2 | 0xEF));
                proptest::prop_assert_eq!(stops.next(&bytes, from), every);
                from += step;
            }
        }
    }

    /// Tokens and hosts around [`TOKEN_BACK`] bytes long, where the search
    /// after a `://` ends.
    #[test]
    fn long_tokens_fold_as_the_plain_loop() {
        for n in (2030..2060).chain([0, 1, 300]) {
            let pad = "a".repeat(n);
            for t in [
                format!("x https://a.org/{pad}b%20c d %20e"),
                format!("https://{pad} . org/x%20y"),
                format!("https:/ /w{pad}.x%20 . de/a%20b"),
                format!("https://https://{pad} .org/a\\/b%20c"),
            ] {
                let want = fold_plain(&t);
                let got = fold(&t).map(|f| {
                    let e = f.edits.iter();
                    let e = e.map(|e| (e.new_at, e.new_len, e.raw_at, e.raw_len, e.fix));
                    (f.text.clone(), e.collect::<Vec<_>>())
                });
                assert_eq!(got.unwrap_or_else(|| (t.clone(), Vec::new())), want, "{n}");
            }
        }
    }

    #[test]
    fn a_reused_buffer_folds_as_a_fresh_one() {
        let long = "x\u{200B}y ".repeat(2000);
        let short = "see https://www\u{200B}.example.com/a";
        let fresh = std::thread::spawn(move || folded(short))
            .join()
            .unwrap_or_default();
        // The spare buffer holds the long text's fold when the short one runs.
        let _ = folded(&long);
        assert_eq!(folded(short), fresh);
        assert_eq!(folded(short), fresh);
    }

    #[test]
    fn folds_each_kind() {
        assert_eq!(folded("https:/ /a.org/x"), "https://a.org/x");
        assert_eq!(folded("https:\\\\a.org/x"), "https://a.org/x");
        assert_eq!(folded("https:\\/\\/a.org\\/x"), "https://a.org/x");
        assert_eq!(folded("https://www . a . de/x"), "https://www.a.de/x");
        assert_eq!(folded("a.\u{200B}org &a\u{2060}mp;"), "a.org &amp;");
        assert_eq!(folded("x/\u{FB01}nance"), "x/finance");
        assert_eq!(folded("a\u{FF0E}org\u{FF0F}x"), "a.org/x");
        assert_eq!(
            folded("https://a.org/some-long-path-of-a-news-story?a=3Db&c=\n=3Dd"),
            "https://a.org/some-long-path-of-a-news-story?a=b&c=d"
        );
        assert_eq!(
            folded("https://a.org/fl%20ood-victims"),
            "https://a.org/flood-victims"
        );
        assert_eq!(folded("https://%20a.org/x"), "https://a.org/x");
        // `%20` where a space was inserted next to a separator, inside a
        // word, between digits or inside one escaped character.
        for (damaged, clean) in [
            ("https://a.org/news%20/world", "https://a.org/news/world"),
            (
                "https://a.org/game%20-streaming-plan",
                "https://a.org/game-streaming-plan",
            ),
            (
                "https://a.org/tochter-%20pubertaet",
                "https://a.org/tochter-pubertaet",
            ),
            (
                "https://a.org/Mail-S%20undays-war",
                "https://a.org/Mail-Sundays-war",
            ),
            (
                "https://a.org/2021/202%201_11_info",
                "https://a.org/2021/2021_11_info",
            ),
            (
                "https://a.org/item/%E8%94%20%A1%E5",
                "https://a.org/item/%E8%94%A1%E5",
            ),
            (
                "https://a.org/detail.php%20?id=7",
                "https://a.org/detail.php?id=7",
            ),
            (
                "https://a.org/list/?%20letter=M",
                "https://a.org/list/?letter=M",
            ),
            (
                "https://a.org/f%C3%BCr.html%20 and",
                "https://a.org/f%C3%BCr.html and",
            ),
        ] {
            assert_eq!(folded(damaged), clean, "{damaged}");
        }
        // Real encoded spaces stay: between words, in a document's name,
        // and in a name with more than one.
        for clean in [
            "https://a.org/Craft-Supplies/Woodworking%20Supplies/",
            "https://a.org/ia/Chernobyl-15%20years.htm",
            "https://a.org/files/Annual-%20Report.pdf",
            "https://a.org/Local%20news%20today/",
            "https://a.org/q?slug=Palestinians%20Abbas",
        ] {
            assert_eq!(folded(clean), clean);
        }
        assert_eq!(folded("a_b\\_c"), "a_b_c");
        assert_eq!(
            folded("https:\\\\a.org\\x\\y z\\w"),
            "https://a.org/x/y z\\w"
        );
        assert_eq!(
            folded("https://a .org/x and www. b .de"),
            "https://a.org/x and www. b .de"
        );
        assert_eq!(
            folded("(https://a.org/news%20) and /%20x"),
            "(https://a.org/news) and /%20x"
        );
        assert_eq!(folded("https://https://www.a.org/x"), "https://www.a.org/x");
        assert_eq!(folded("http://http//a.org/x"), "http://a.org/x");
        assert_eq!(folded("https://HTTPS://a.org/x"), "https://a.org/x");
    }

    #[test]
    fn leaves_prose_and_clean_urls() {
        for t in [
            "The end . Next one starts here: 1 + 1 = 2.",
            "https://a.org/my%20file.pdf and a=3D without soft breaks",
            "C:\\Users\\me is a path",
            "Ratio: 3 / 4 of them",
            "https://httpbin.org/get and https://http.cat/200",
        ] {
            assert!(fold(t).is_none(), "{t:?}");
        }
    }

    #[test]
    fn spans_map_back() {
        let t = "See https:/ /a\u{200B}.org/x now";
        let f = fold(t).unwrap();
        let s = f.text.find("https").unwrap();
        let e = f.text.find(" now").unwrap();
        let (rs, re) = f.raw_span(s, e);
        assert_eq!(&t[rs..re], "https:/ /a\u{200B}.org/x");
        let fixes: Vec<Fix> = f.fixes_in(rs, re).collect();
        assert_eq!(fixes, [Fix::InsertedSpace, Fix::InvisibleChar]);
    }
}
