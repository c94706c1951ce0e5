//! The end of a candidate: trailing punctuation, enclosing brackets and
//! link syntax, and the confidence of a URL without a scheme.

use super::builder::Builder;
use super::cand::{Cand, SchemeKind};
use crate::chars::before;
use crate::fix::Fix;
use std::borrow::Cow;
/// What the chars `o` before a URL and `c` after it make of it: enclosing
/// brackets or quotes, or a closing bracket that belongs to the prose.
pub(super) fn enclosing((o, c): (char, char)) -> Option<Fix> {
    let pair = matches!(
        (o, c),
        ('(', ')')
            | ('[', ']')
            | ('{', '}')
            | ('<', '>')
            | ('"', '"')
            | ('\'', '\'')
            | ('\u{201C}', '\u{201D}')
            | ('\u{2018}', '\u{2019}')
            | ('\u{00AB}', '\u{00BB}')
    );
    if pair {
        Some(Fix::EnclosingBrackets)
    } else {
        matches!(c, ')' | ']' | '}').then_some(Fix::UnbalancedBracket)
    }
}

pub(super) fn finish(t: &str, mut b: Builder, kind: SchemeKind) -> Option<Cand<'static>> {
    // Trailing punctuation of the prose.
    let keep_from = b.path_start.unwrap_or(b.out.len());
    let mut trimmed = false;
    while b.out.len() > keep_from {
        let Some(c) = b.last() else { break };
        let path = b.path();
        let odd = |q: char| path.chars().filter(|&x| x == q).count() % 2 == 1;
        let cut = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '*' => true,
            '\'' => odd('\''),
            '"' => odd('"'),
            _ => false,
        };
        if !cut {
            break;
        }
        b.pop();
        trimmed = true;
    }
    let end = b.end();
    if trimmed
        && t.get(end..)
            .is_some_and(|r| !r.trim_start().is_empty() || kind != SchemeKind::None)
    {
        b.fix(Fix::TrailingPunctuation);
    }
    // What encloses the URL.
    let pre = t.get(..b.start).unwrap_or("");
    let post = t.get(end..).unwrap_or("");
    let mut target = false;
    let pre_trim = pre.trim_end();
    // The last eight bytes before the URL (none when they do not start on
    // a char boundary).
    let tail = pre_trim
        .get(pre_trim.len().saturating_sub(8)..)
        .unwrap_or("")
        .as_bytes();
    let href = |p: &[u8]| {
        tail.len() >= p.len()
            && tail
                .get(tail.len() - p.len()..)
                .is_some_and(|x| x.eq_ignore_ascii_case(p))
    };
    if pre.ends_with("](") || href(b"href=\"") || href(b"href='") || href(b"href=") {
        b.fix(Fix::LinkSyntax);
        target = true;
    } else if let Some(f) = before(t, b.start)
        .zip(post.chars().next())
        .and_then(enclosing)
    {
        b.fix(f);
    }
    if kind == SchemeKind::None {
        b.fix(Fix::AddedScheme);
    }
    let mut conf = b.conf;
    if kind == SchemeKind::None {
        let www = b
            .out
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."));
        conf *= if www {
            0.9
        } else if b.path_start.is_some() {
            0.85
        } else {
            0.75
        };
    }
    Some(Cand {
        start: b.start,
        end,
        url: Cow::Owned(b.out),
        scheme: kind,
        fixes: b.fixes,
        conf,
        target,
        normal: false,
    })
}
