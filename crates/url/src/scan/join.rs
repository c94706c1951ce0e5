//! Where does the URL end? The decision at one white-space gap: join the
//! next fragment or stop, with the confidence of each kind of join.

use super::builder::View;
use super::cand::LOOKAHEAD;
use super::cand::{Ctx, Mode};
use crate::chars::{all_bytes, at, before, is_invisible, is_terminator, is_word_char, plain_byte};
use crate::fix::Fix;
use crate::words;
/// In running text without a hint: is the white space at `g` one space
/// followed by a word of the prose list ("for", "and") standing alone? Then
/// [`decide`] answers None without looking further (its first rule).
#[inline]
pub(super) fn prose_word_follows(bytes: &[u8], g: usize, ctx: &Ctx<'_>) -> bool {
    if ctx.mode != Mode::Text || !ctx.hint.is_empty() || bytes.get(g) != Some(&b' ') {
        return false;
    }
    bytes.get(g + 1..).is_some_and(prose_word_in)
}

/// Does `rest` start with a word of the prose list (ASCII letters, at most
/// 16) that white space or the end of the text follows? Byte by byte.
pub(super) fn prose_word_in(rest: &[u8]) -> bool {
    let n = rest
        .iter()
        .take(17)
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len().min(17));
    let ends = match rest.get(n) {
        None => true,
        Some(&b) => b < 0x80 && (b as char).is_whitespace(),
    };
    n > 0 && ends && rest.get(..n).is_some_and(words::is_prose_bytes)
}

// ---------------------------------------------------------------------------
// Where does the URL end? The join decision at one whitespace gap.

#[derive(Clone, Copy)]
pub(super) struct Frag<'t> {
    pub(super) text: &'t str,
    /// Without trailing sentence punctuation, quotes and closing brackets.
    pub(super) core: &'t str,
}

pub(super) fn fragment(t: &str, j: usize) -> Frag<'_> {
    let rest = t.get(j..).unwrap_or("");
    let rb = rest.as_bytes();
    let mut end = 0;
    // Sixteen bytes at a time while they are ASCII above the space (none
    // ends the fragment), then byte by byte.
    while let Some(c) = rb
        .get(end..end + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        if end + 16 > LOOKAHEAD || !all_bytes(c, |b| (b > b' ') & (b < 0x80)) {
            break;
        }
        end += 16;
    }
    loop {
        match rb.get(end) {
            Some(&b) if b < 0x80 => {
                if end > LOOKAHEAD || (b as char).is_whitespace() {
                    break;
                }
                end += 1;
            }
            Some(_) => match rest.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if end <= LOOKAHEAD && !c.is_whitespace() => end += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    let text = rest.get(..end).unwrap_or("");
    let core = text.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '"' | '*'
        ) || is_terminator(c)
    });
    Frag { text, core }
}

/// Does the fragment carry marks of a URL: inner connectors (`-`, `/`, `=`,
/// ...), a final slash, digits or a file extension?
pub(super) fn urlish(core: &str) -> bool {
    if core.bytes().all(|b| b.is_ascii_alphabetic()) {
        // A plain word: none of the marks below.
        return false;
    }
    if core.ends_with(['/', '-', '_']) || core.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let inner = core.trim_matches(|c: char| !c.is_alphanumeric());
    if inner.bytes().any(|b| {
        matches!(
            b,
            b'-' | b'_' | b'/' | b'=' | b'&' | b'%' | b'+' | b'?' | b'.' | b'~'
        )
    }) {
        return true;
    }
    core.rsplit_once('.')
        .is_some_and(|(_, ext)| words::is_extension(ext))
}

/// An ASCII word with a capital first letter and no other capital.
#[inline]
pub(super) fn ascii_title(b: &[u8]) -> bool {
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.len() > 1
        && !b.iter().skip(1).any(u8::is_ascii_uppercase)
}

/// Does `s` hold an upper-case letter?
pub(super) fn has_upper(s: &str) -> bool {
    if s.is_ascii() {
        s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        s.chars().any(char::is_uppercase)
    }
}

/// Does the fragment read as prose?
pub(super) fn is_prose(f: &Frag<'_>, path: &str) -> bool {
    let core = f.core.trim_start_matches(is_invisible);
    if core.is_empty() {
        return true;
    }
    if urlish(core) {
        return false;
    }
    let letters = if core.is_ascii() {
        core.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\'')
    } else {
        core.chars().all(|c| c.is_alphabetic() || c == '\'')
    };
    if letters {
        // `core` without every trailing "'s".
        let mut word = core;
        while let Some(w) = word.strip_suffix("'s") {
            word = w;
        }
        if words::is_prose_word(core) || (word.len() < core.len() && words::is_prose_word(word)) {
            return true;
        }
    }
    // A capitalised word ("Officials") unless the URL has capitals itself.
    let title = if core.is_ascii() {
        ascii_title(core.as_bytes())
    } else {
        let mut cs = core.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| !c.is_uppercase())
    };
    title && !has_upper(path)
}

/// Does the fragment end a sentence ("excluded.")?
pub(super) fn ends_sentence(f: &Frag<'_>) -> bool {
    let t = f
        .text
        .trim_end_matches(|c: char| matches!(c, ')' | ']' | '}' | '\'' | '"') || is_terminator(c));
    t.ends_with(['.', '!', '?', ',', ';', ':']) && !urlish(f.core)
}

pub(super) fn last_word(s: &str) -> String {
    let tail: String = s.chars().rev().take_while(|&c| is_word_char(c)).collect();
    tail.chars().rev().flat_map(char::to_lowercase).collect()
}

pub(super) fn first_word(s: &str) -> String {
    s.chars()
        .skip_while(|&c| is_invisible(c))
        .take_while(|&c| is_word_char(c))
        .flat_map(char::to_lowercase)
        .collect()
}

pub(super) fn hint_join(b: View<'_>, f: &Frag<'_>, hint: &[String]) -> bool {
    if hint.is_empty() {
        return false;
    }
    let a = last_word(b.path());
    let z = first_word(f.text);
    if a.is_empty() || z.is_empty() {
        return false;
    }
    let joined = format!("{a}{z}");
    if hint.contains(&joined) {
        return true;
    }
    // Several words of the fragment's slug are headline words.
    let hits = f
        .core
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() > 2)
        .filter(|w| {
            let lw = w.to_lowercase();
            hint.contains(&lw)
        })
        .count();
    hits >= 2
}

/// Do the fragments from `j` to the end of the line (Text) or of the input
/// (Raw) read as the rest of a URL? None of them may read as prose; in
/// running text one of them must carry marks of a URL, and the last may not
/// end a sentence.
pub(super) fn tail_ok(t: &str, j: usize, ctx: &Ctx<'_>, path: &str) -> bool {
    tail_from(t, j, fragment(t, j), false, ctx, path)
}

/// [`tail_ok`] with the fragment at `j`, `f`, already cut; `seen`: [`decide`]
/// saw that `f` is not empty, starts with neither an opener nor a
/// terminator, and does not read as prose, so those tests are not made
/// again for it.
pub(super) fn tail_from<'t>(
    t: &'t str,
    mut j: usize,
    mut f: Frag<'t>,
    mut seen: bool,
    ctx: &Ctx<'_>,
    path: &str,
) -> bool {
    let text_mode = ctx.mode == Mode::Text;
    let mut any_urlish = false;
    let stop = j + LOOKAHEAD;
    for _ in 0..8 {
        if !seen
            && (f.text.is_empty()
                || f.text
                    .starts_with(|c: char| is_opener(c) || is_terminator(c))
                || is_prose(&f, path))
        {
            return false;
        }
        seen = false;
        any_urlish |= urlish(f.core);
        let e = j + f.text.len();
        let last = match gap(t, e) {
            None => true,
            Some((k, nl)) => at(t, k).is_none() || nl >= 2 || (nl == 1 && text_mode),
        };
        if last {
            if text_mode && ends_sentence(&f) {
                return false;
            }
            return any_urlish || !text_mode;
        }
        // Sentence punctuation before more text ends the URL.
        if f.text.len() != f.core.len() && !f.core.ends_with('/') {
            return false;
        }
        j = gap(t, e).map_or(e, |(k, _)| k);
        if j > stop {
            return false;
        }
        f = fragment(t, j);
    }
    false
}

/// The label after the last dot (all of `host` when it has none).
#[inline]
pub(super) fn last_label(host: &str) -> &str {
    match host.as_bytes().iter().rposition(|&b| b == b'.') {
        Some(p) => host.get(p + 1..).unwrap_or(""),
        None => host,
    }
}

/// An opening bracket or quote: `([{<"'`.
#[inline]
pub(super) fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'')
}

/// Does the host hold an empty label between two dots (`..`)?
#[inline]
pub(super) fn has_empty_label(host: &str) -> bool {
    host.as_bytes().windows(2).any(|w| w == b"..")
}

/// The fix that bridging a white-space gap makes: a line break when the gap
/// held one (`nl` counts them), else an inserted space.
pub(super) fn gap_fix(nl: usize) -> Fix {
    if nl == 1 {
        Fix::LineBreak
    } else {
        Fix::InsertedSpace
    }
}

/// Confidence of a join the headline hint confirms.
pub(super) const HINT_CONF: f32 = 0.95;
/// A fragment that starts with `/`, or a URL that ends in a connector
/// (`-_+%~`).
pub(super) const CONNECTOR_CONF: f32 = 0.9;
/// A fragment that starts with a URL separator (`?=%_~`, `.ext`, `-`).
pub(super) const SEPARATOR_CONF: f32 = 0.85;
/// A fragment that reads as part of a URL (after `/`, `=`, `&`, or alone
/// on its line).
pub(super) const URLISH_CONF: f32 = 0.8;
/// The fragments up to the end of the line (or input) read as a URL's.
pub(super) const TAIL_CONF: f32 = 0.75;
/// [`TAIL_CONF`] in running text, after a letter or digit.
pub(super) const TEXT_TAIL_CONF: f32 = 0.7;
/// In raw mode, after a `.` or `?` that may end a sentence.
pub(super) const AFTER_PUNCT_CONF: f32 = 0.6;
/// One plain word alone at the end of a line, after a slug.
pub(super) const LONE_WORD_CONF: f32 = 0.55;
/// In raw mode, a single lower-case word that ends the input.
pub(super) const RAW_LAST_WORD_CONF: f32 = 0.5;

/// At the whitespace at `i`: join the next fragment? Returns where to go on,
/// the confidence of the join and the fix it makes.
pub(super) fn decide(t: &str, i: usize, b: View<'_>, ctx: &Ctx<'_>) -> Option<(usize, f32, Fix)> {
    let (j, nl) = gap(t, i)?;
    if nl >= 2 {
        return None;
    }
    let fix = gap_fix(nl);
    let text_mode = ctx.mode == Mode::Text;
    let f = fragment(t, j);
    if closes_enclosure(t, b.start, j, &f, nl, b.path()) {
        return Some((j, URLISH_CONF, fix));
    }
    // "…/page? id=7": a query with a `=` after a gap at its `?`.
    if b.last() == Some('?')
        && f.core.contains('=')
        && f.core.starts_with(|c: char| c.is_ascii_alphanumeric())
        && f.core.bytes().all(|c| plain_byte(c) || c == b'&')
    {
        return Some((j, URLISH_CONF, fix));
    }
    // The common case in running text, a plain word of the prose list
    // ("for", "and"): every rule below ends in None for it (without a hint,
    // a word of letters is never urlish and reads as prose).
    let alpha_word = !f.text.is_empty() && f.text.bytes().all(|c| c.is_ascii_alphabetic());
    if nl == 1 && b.path_start.is_some() && lone_tail(t, j, &f) {
        return Some((j, LONE_TAIL_CONF, fix));
    }
    if text_mode && ctx.hint.is_empty() && alpha_word && words::is_prose_word(f.text) {
        return None;
    }
    let mut cs = f.text.chars();
    let c0 = cs.next()?;
    let c1 = cs.next();
    if is_terminator(c0) || is_opener(c0) {
        return None;
    }
    // A list marker ("1.", "2)") on the next line.
    if nl == 1 && f.core.bytes().all(|x| x.is_ascii_digit()) && f.text.len() > f.core.len() {
        return None;
    }
    let path = b.path();
    let in_path = b.path_start.is_some();
    let f_end = j + f.text.len();
    // The fragment starts with a URL connector.
    let c1_word = c1.is_some_and(|c| c.is_alphanumeric() || c == '%');
    // Another URL, or a comment marker, starts a new token: a scheme, also
    // a damaged or defanged one ("hxxps[:]//", "https:/"), or "www.".
    let starts_url = {
        let letters = f.text.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = f.text.get(letters..).unwrap_or("");
        (3..=6).contains(&letters)
            && ["://", "[:]", "[://]", ":/", "(:)"]
                .iter()
                .any(|m| after.starts_with(m))
            || f.text
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("www.") || p.eq_ignore_ascii_case("hxxp"))
    };
    if f.text.starts_with("//") || (starts_url && !b.out.ends_with("://")) {
        return None;
    }
    match c0 {
        '/' => {
            if c1.is_some() || !text_mode || line_ends_after(t, f_end) {
                return Some((j, CONNECTOR_CONF, fix));
            }
            return gap(t, f_end)
                .filter(|&(_, n)| n == 0)
                .and_then(|(k, _)| tail_ok(t, k, ctx, path).then_some((j, URLISH_CONF, fix)));
        }
        '?' | '=' | '%' | '_' | '~' if c1_word => return Some((j, SEPARATOR_CONF, fix)),
        '#' | '&' if c1_word && (!text_mode || nl == 1) => return Some((j, URLISH_CONF, fix)),
        // "?id=1 &ref=2": another parameter of the query after a space.
        '&' if c1_word && b.out.contains('?') && f.core.contains('=') => {
            return Some((j, URLISH_CONF, fix))
        }
        '.' if c1_word => {
            let ext = first_word(f.text.get(1..).unwrap_or(""));
            if !text_mode || words::is_extension(&ext) || !in_path || path_marks(f.core) {
                return Some((j, SEPARATOR_CONF, fix));
            }
            return None;
        }
        '-' if c1_word && in_path => return Some((j, SEPARATOR_CONF, fix)),
        _ => {}
    }
    if !in_path {
        return None;
    }
    if !(c0.is_alphanumeric() || is_invisible(c0)) {
        return None;
    }
    if hint_join(b, &f, ctx.hint) {
        return Some((j, HINT_CONF, fix));
    }
    let last = b.last()?;
    // A single lower-case word ends the input: in Raw mode it is taken.
    let plain_lower = || {
        f.core.len() == f.text.len()
            && (f.text.bytes().all(|c| c.is_ascii_lowercase())
                || (!f.text.is_ascii()
                    && f.text.chars().all(|c| c.is_lowercase() || is_invisible(c))))
    };
    if !text_mode
        && plain_lower()
        && at(t, gap(t, f_end).map_or(f_end, |(k, _)| k)).is_none()
        && last != '.'
    {
        return Some((j, RAW_LAST_WORD_CONF, fix));
    }
    if is_prose(&f, path) {
        return None;
    }
    // A path whose last segment ends in a file extension ("….html") is
    // whole: a word after it is prose, not the rest of a word of its slug
    // (unless the fragment goes on with the extension: "….htm l").
    let file_done = || {
        path.rsplit('/')
            .next()
            .and_then(|seg| seg.rsplit_once('.'))
            .is_some_and(|(_, ext)| {
                let letters = f.core.bytes().take_while(u8::is_ascii_alphabetic).count();
                words::is_extension(ext)
                    && !extension_rest(
                        ext.as_bytes(),
                        f.core.as_bytes().get(..letters).unwrap_or(b""),
                    )
            })
    };
    // One plain word alone at the end of a line, after a slug.
    if text_mode
        && plain_lower()
        && ((last == '/' && nl == 1)
            || (last.is_alphanumeric() && path.bytes().any(|b| b == b'-' || b == b'_')))
        && line_ends_after(t, f_end)
        && !file_done()
    {
        return Some((j, LONE_WORD_CONF, fix));
    }
    if slug_like(f.core) {
        return Some((j, URLISH_CONF, fix));
    }
    // Asked only where it counts: a line break before the fragment, and
    // nothing after it on its line.
    let alone_on_line = || nl == 1 && line_ends_after(t, f_end);
    match last {
        '-' | '_' | '+' | '%' | '~' => Some((j, CONNECTOR_CONF, fix)),
        '=' | '&' => {
            if text_mode && !tail_from(t, j, f, true, ctx, path) {
                return None;
            }
            Some((j, URLISH_CONF, fix))
        }
        '/' | '#' => {
            if nl == 1 && (urlish(f.core) || alone_on_line()) {
                return Some((j, URLISH_CONF, fix));
            }
            // "…/2024/05/ flood-relief-plan.html": a slug with a file
            // extension after the slash, whatever follows it.
            let slug_file = f.core.rsplit_once('.').is_some_and(|(stem, ext)| {
                words::is_extension(ext) && stem.contains(['-', '_']) && !stem.contains(' ')
            });
            if slug_file {
                return Some((j, URLISH_CONF, fix));
            }
            tail_from(t, j, f, true, ctx, path).then_some((j, TAIL_CONF, fix))
        }
        '.' | '?' | ':' | ',' | ';' | '!' => {
            // Most likely the end of a sentence.
            if text_mode {
                return None;
            }
            if last == '.' && words::is_extension(&first_word(f.text)) {
                return Some((j, SEPARATOR_CONF, fix));
            }
            (matches!(last, '.' | '?') && tail_from(t, j, f, true, ctx, path)).then_some((
                j,
                AFTER_PUNCT_CONF,
                fix,
            ))
        }
        c if c.is_alphanumeric() => {
            if nl == 1 && urlish(f.core) {
                return Some((j, URLISH_CONF, fix));
            }
            if file_done() {
                return None;
            }
            if nl == 1 && alone_on_line() {
                return Some((j, URLISH_CONF, fix));
            }
            if continues_path(path, f.core) {
                return Some((j, TEXT_TAIL_CONF, fix));
            }
            let conf = if text_mode { TEXT_TAIL_CONF } else { TAIL_CONF };
            tail_from(t, j, f, true, ctx, path).then_some((j, conf, fix))
        }
        _ => None,
    }
}

/// Does the fragment `f` after a gap end the URL and close the bracket or
/// quote that opens right before its start? `<https://example.com/a-` then
/// `b>`: the line broke inside the enclosure, or a space was inserted in
/// it (`“https://example.com/lem on-tree”`). A bracket `(` (not a
/// markdown link's) only across a space.
pub(super) fn closes_enclosure(
    t: &str,
    start: usize,
    j: usize,
    f: &Frag<'_>,
    nl: usize,
    path: &str,
) -> bool {
    let close = match before(t, start) {
        Some('(') if nl == 0 => ')',
        // "(see https://example.com/a-b c-d) said": a bracket opened a few
        // words before, on the same line and still open.
        _ if nl == 0
            && f.text.as_bytes().get(f.core.len()) == Some(&b')')
            && opened_before(t, start) =>
        {
            ')'
        }
        Some('<') => '>',
        Some('"') => '"',
        Some('\u{201C}') => '\u{201D}',
        Some('(') if t.get(..start).is_some_and(|s| s.ends_with("](")) => ')',
        _ => return false,
    };
    // "(https://example.com/a, 2019)": the comma ended the URL.
    if path.ends_with([',', ';', ':', '!', '?'])
        || (path.ends_with('.') && !words::is_extension(f.core))
    {
        return false;
    }
    // A quote may close a few fragments on, after more inserted spaces;
    // none of them is a prose word.
    let (mut j, mut f) = (j, *f);
    for _ in 0..3 {
        if f.core.is_empty()
            || !f.core.bytes().all(|c| plain_byte(c) || c == b'&')
            || is_prose(&f, path)
        {
            return false;
        }
        if f.text
            .get(f.core.len()..)
            .is_some_and(|r| r.starts_with(close))
        {
            return true;
        }
        match gap(t, j + f.text.len()) {
            Some((k, 0))
                if matches!(close, '"' | '\u{201D}')
                    && f.text.len() == f.core.len()
                    && f.core.bytes().any(|c| c.is_ascii_alphanumeric()) =>
            {
                (j, f) = (k, fragment(t, k))
            }
            _ => return false,
        }
    }
    false
}

/// Is a round bracket open before `start`: a `(` at most 40 bytes back on
/// the same line, with no `)` after it?
fn opened_before(t: &str, start: usize) -> bool {
    let b = t.as_bytes();
    let window = b.get(start.saturating_sub(40)..start).unwrap_or_default();
    memchr::memrchr3(b'(', b')', b'\n', window).is_some_and(|k| window.get(k) == Some(&b'('))
}

/// Is the fragment the rest of a slug, never prose: lower-case letters and
/// digits with at least three inner `-`, `_` or `/`, and a digit, a slash
/// or a fourth connector ("tail/news/a-b", "promise-80tb-hard-drives";
/// not "state-of-the-art")?
pub(super) fn slug_like(core: &str) -> bool {
    let b = core.as_bytes();
    let seps = b.iter().filter(|c| matches!(c, b'-' | b'_' | b'/')).count();
    b.len() >= 12
        && seps >= 3
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'-' | b'_' | b'/')
        })
        && (seps >= 4 || b.iter().any(|c| c.is_ascii_digit() || *c == b'/'))
}

/// Is `core`, after a gap inside a word of the path, the rest of that
/// word by its own marks, whatever follows it? A space inserted inside a
/// slug mid-sentence (`…/immune-res ponses-20191115/ has`) leaves a
/// fragment prose never holds:
/// - the rest of a file extension (`….h` then `tml`);
/// - inner slashes, or a slash and a query or a file ([`path_marks`]);
/// - more of a hash after a hash (`…=36febeba61a32f5c9` then `4f98d8f5`);
/// - a word that ends the segment with `/` (`…/zeitphilosophi` then `e/`);
/// - a slug's file name (`…/hea` then `ring-34.html`; not `report.pdf`);
/// - a query's next parameter (`?ope` then `n&ccm=000`);
/// - the rest of a slug joined by the slug's own separator with an id of
///   five digits or more, in lower case or in a path with capitals itself
///   (`…/immune-res` then `ponses-20191115`; not `state-of-the-art`,
///   `mid-2024`).
///
/// Never after a segment that is a whole file name already (`….htm`).
pub(super) fn continues_path(path: &str, core: &str) -> bool {
    let cb = core.as_bytes();
    if !cb.first().is_some_and(u8::is_ascii_alphanumeric) || !core.is_ascii() {
        return false;
    }
    // A word of letters (the common case: prose after a clean URL) only as
    // the rest of an extension: `.h` + `tml` (the path's last bytes).
    if cb.iter().all(u8::is_ascii_alphabetic) {
        let pb = path.as_bytes();
        let tail = pb.get(pb.len().saturating_sub(8)..).unwrap_or_default();
        return memchr::memrchr(b'.', tail)
            .is_some_and(|k| extension_rest(tail.get(k + 1..).unwrap_or_default(), cb));
    }
    let seg = path.rsplit('/').next().unwrap_or("");
    let word = |c: &u8| c.is_ascii_alphanumeric();
    // A segment that ends in a letter or digit, and not in a file name
    // already (`…/c_1125597921.htm` ends the URL).
    let complete = seg
        .rsplit_once('.')
        .is_some_and(|(_, ext)| words::is_extension(ext));
    if complete
        || !seg
            .bytes()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    let slug = |w: &[u8]| {
        w.iter()
            .any(|&c| c == b'-' || c == b'_' || c.is_ascii_digit())
    };
    // A hash goes on (`…=36febeba61a32f5c9` then `4f98d8f59efb32e`).
    if path_marks(core) || (id_like(cb) && seg.bytes().any(|c| c.is_ascii_digit())) {
        return true;
    }
    // `e/`: the end of a segment.
    if let Some(stem) = core.strip_suffix('/') {
        return !stem.is_empty() && stem.bytes().all(|c| word(&c) || c == b'-' || c == b'_');
    }
    // `ring-34.html`, `ailable.html`: a file name that is a slug itself or
    // ends a slug (`…/python-is-now-av`); not `report.pdf` after
    // `…/item/4471236`.
    if let Some((stem, ext)) = core.rsplit_once('.') {
        let seg_slug = seg.bytes().filter(|&c| c == b'-' || c == b'_').count() >= 2;
        return words::is_extension(ext)
            && stem
                .bytes()
                .all(|c| word(&c) || matches!(c, b'-' | b'_' | b',' | b'.'))
            && (slug(stem.as_bytes()) || seg_slug);
    }
    // `n&ccm=000`: the query goes on.
    if path.contains('?') {
        return cb.contains(&b'=')
            && cb
                .iter()
                .all(|&c| word(&c) || matches!(c, b'=' | b'&' | b'-' | b'_' | b'%' | b'+' | b'.'));
    }
    // `ponses-20191115`, `hrauber-werkzeug-co,82197/5`: the slug's
    // separator, in the segment and in the fragment, and an id.
    let sep = if seg.contains('-') {
        b'-'
    } else if seg.contains('_') {
        b'_'
    } else {
        return false;
    };
    let cased = seg.bytes().any(|c| c.is_ascii_uppercase());
    // A number of five or more digits after a letter or separator: article
    // ids and dates (`-20191115`); compounds of prose (`mid-2024`,
    // `10-year-old`, `state-of-the-art`) hold none.
    let id = cb
        .split(|c| !c.is_ascii_digit())
        .skip(1)
        .any(|run| run.len() >= 5);
    id && cb.contains(&sep)
        && cb.iter().all(|&c| {
            matches!(c, b'-' | b'_' | b'/' | b',' | b'.')
                || c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || (cased && c.is_ascii_uppercase())
        })
}

/// Is `ext` then `rest` a file extension (`h` + `tml`)? Both letters.
fn extension_rest(ext: &[u8], rest: &[u8]) -> bool {
    let mut buf = [0u8; 8];
    let n = ext.len() + rest.len();
    if ext.is_empty() || n > buf.len() || !ext.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    for (d, c) in buf.iter_mut().zip(ext.iter().chain(rest)) {
        *d = *c;
    }
    buf.get(..n)
        .and_then(|w| std::str::from_utf8(w).ok())
        .is_some_and(words::is_extension)
}

/// Does `core` hold the marks of a path that prose never has: two inner
/// slashes (`br/modules/news`), one with a query or a file after it
/// (`ews/news_lang.php?ArtNr=3`), a word, a slash and an id
/// (`ticles/318674`), or a query (`li-gegen?locale=en`)? Not `and/or`,
/// `24/7`, `km/h`.
pub(super) fn path_marks(core: &str) -> bool {
    let b = core.as_bytes();
    // `…?locale=en`: a query.
    let query = || {
        core.split_once('?')
            .is_some_and(|(a, q)| !a.is_empty() && q.contains('='))
    };
    let inner = b
        .windows(3)
        .filter(|w| w.get(1) == Some(&b'/') && w.first().is_some_and(u8::is_ascii_alphanumeric))
        .count();
    if inner >= 2 || query() {
        return true;
    }
    let file = || {
        core.rsplit_once('.')
            .is_some_and(|(_, ext)| words::is_extension(ext.split(['?', '#']).next().unwrap_or("")))
    };
    // `…/ar ticles/318674`: a word, a slash and an id (not `24/7`).
    let id_after = || {
        core.split_once('/')
            .is_some_and(|(a, z)| a.bytes().any(|c| c.is_ascii_alphabetic()) && digit_run(z, 3))
    };
    inner == 1 && (b.contains(&b'=') || b.contains(&b'?') || file() || id_after())
}

/// Does `s` hold a run of at least `n` digits?
fn digit_run(s: &str, n: usize) -> bool {
    s.as_bytes()
        .split(|c| !c.is_ascii_digit())
        .any(|r| r.len() >= n)
}

/// A run of letters and digits that reads as an id or a hash
/// (`4f98d8f59efb32e`): six or more, and at least four runs of letters
/// and digits in turn. Not `MH17`, `1990s`, `3pm`.
fn id_like(b: &[u8]) -> bool {
    if b.len() < 6 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let turns = b
        .windows(2)
        .filter(|w| w.first().map(u8::is_ascii_digit) != w.get(1).map(u8::is_ascii_digit))
        .count();
    turns >= 3
}

/// Confidence of a join of a [`lone_tail`].
pub(super) const LONE_TAIL_CONF: f32 = 0.6;

/// Longest fragment [`lone_tail`] takes.
pub(super) const LONE_TAIL_MAX: usize = 32;

/// Is the fragment `f` at `j` the rest of a URL that a line end broke: one
/// word of lower-case letters, no punctuation, alone on its line after a
/// line the URL ends? A trailer such as `Source:
/// https://example.com/flood-victims-rehou` then `sed`. Prose lines hold
/// more than one word.
pub(super) fn lone_tail(t: &str, j: usize, f: &Frag<'_>) -> bool {
    let w = f.text;
    if w.is_empty() || w.len() > LONE_TAIL_MAX || f.core.len() != w.len() {
        return false;
    }
    if !w.chars().all(|c| c.is_lowercase()) {
        return false;
    }
    line_ends_after(t, j + w.len())
}

/// A stock ticker or wire code written like a bare domain: `XYZ.MW`,
/// `ABC.TO`, `1234.HK`, `ABCD4.SA`, `VOD.L`, `BRK.B`. An upper-case symbol
/// of one to six letters and digits, then an exchange code of one or two
/// upper-case letters; real domains are written in lower case.
pub(super) fn ticker_like(host: &str) -> bool {
    let Some((sym, code)) = host.split_once('.') else {
        return false;
    };
    let sym_ok = (1..=6).contains(&sym.len())
        && sym
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let code_ok = (1..=2).contains(&code.len()) && code.bytes().all(|c| c.is_ascii_uppercase());
    sym_ok && code_ok
}

/// Confidence of a bare host in a raw URL that reads as a ticker: below any
/// real domain's.
pub(super) const TICKER_CONF: f32 = 0.3;

/// Is position `e` at the end of its line (only spaces before a line break
/// or the end of the text)?
pub(super) fn line_ends_after(t: &str, e: usize) -> bool {
    match gap(t, e) {
        None => at(t, e).is_none(),
        Some((k, nl)) => nl >= 1 || at(t, k).is_none(),
    }
}

/// Whitespace from `i`: the position after it and the number of line
/// breaks in it. None when there is no whitespace at `i`.
pub(super) fn gap(t: &str, i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut nl = 0;
    while let Some(c) = at(t, j) {
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            nl += 1;
        } else if !c.is_whitespace() {
            break;
        }
        j += c.len_utf8();
        if j - i > LOOKAHEAD {
            nl = nl.max(2);
        }
    }
    if j == i {
        None
    } else {
        Some((j, nl))
    }
}
