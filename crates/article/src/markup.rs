//! Light markup left in scraped text after the HTML is gone: Markdown links,
//! images and strong emphasis (`[text](https://…)`, `![alt](…)`, `**x**`),
//! as some extractors write them, and WordPress shortcodes (`[caption …]…
//! [/caption]`, `[embed]…[/embed]`). Links are kept as link spans; pictures,
//! captions and embeds are not body text and are removed, and counted.

use crate::scrub::{Cleaned, RawLink};

/// What [`strip`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Stripped {
    /// Markdown links and emphasis marks unwrapped.
    pub marks: usize,
    /// Markdown images and shortcode blocks removed.
    pub removed: usize,
}

/// Shortcodes whose whole block (up to the closing `[/name]`) is not body
/// text: a picture caption, an embedded post or player.
const BLOCK_SHORTCODES: &[&str] = &[
    "caption",
    "embed",
    "gallery",
    "video",
    "audio",
    "playlist",
    "tweet",
    "youtube",
    "instagram",
    "facebook",
    "twitter",
    "soundcloud",
    "vimeo",
];

/// The longest link text and target taken as Markdown.
const MAX_LINK_TEXT: usize = 300;
const MAX_TARGET: usize = 2048;

/// Removes light markup from the cleaned text, moving its link spans.
pub(crate) fn strip(c: &mut Cleaned) -> Stripped {
    let t = c.text.as_str();
    let mut done = Stripped::default();
    // Nearly every document has none: one search each, then nothing.
    let has_link = memchr::memmem::find(t.as_bytes(), b"](").is_some();
    let has_strong = memchr::memmem::find(t.as_bytes(), b"**").is_some();
    let has_shortcode = memchr::memchr_iter(b'[', t.as_bytes())
        .any(|k| t.get(k..).and_then(shortcode_block).is_some());
    if !(has_link || has_strong || has_shortcode) {
        return done;
    }
    let mut out = String::with_capacity(t.len());
    // (offset in `t`, offset in `out`) at each edit, for the old link spans.
    let mut map: Vec<(usize, usize)> = Vec::new();
    let mut links = Vec::new();
    let mut i = 0;
    let b = t.as_bytes();
    while i < b.len() {
        let Some(k) = memchr::memchr3(b'[', b'!', b'*', b.get(i..).unwrap_or_default()) else {
            break;
        };
        let at = i + k;
        out.push_str(t.get(i..at).unwrap_or(""));
        let rest = t.get(at..).unwrap_or("");
        // A run of asterisks other than two ("***", "*****NOTE*****") is
        // kept as written.
        let stars = rest.bytes().take_while(|&c| c == b'*').count();
        if stars > 2 {
            out.push_str(rest.get(..stars).unwrap_or(""));
            i = at + stars;
            continue;
        }
        let edit = shortcode_block(rest)
            .map(|n| (n, None))
            .or_else(|| image(rest).map(|n| (n, None)))
            .or_else(|| link(rest).map(|(n, text, href)| (n, Some((text, Some(href))))))
            .or_else(|| strong(rest).map(|(n, inner)| (n, Some((inner, None)))));
        match edit {
            Some((n, kept)) => {
                map.push((at, out.len()));
                match kept {
                    Some((text, href)) => {
                        done.marks += 1;
                        let start = out.len();
                        out.push_str(text);
                        if let Some(href) = href {
                            links.push(RawLink {
                                start,
                                end: out.len(),
                                href: Some(href.to_string()),
                            });
                        }
                    }
                    None => done.removed += 1,
                }
                i = at + n;
                map.push((i, out.len()));
            }
            None => {
                out.push_str(rest.get(..1).unwrap_or(""));
                i = at + 1;
            }
        }
    }
    out.push_str(t.get(i..).unwrap_or(""));
    if done == Stripped::default() {
        return done;
    }
    // An old span's offset moves by the shift of the last edit point at or
    // before it; a point inside a removed block goes to where it was.
    let moved = |p: usize| {
        let k = map.partition_point(|&(old, _)| old <= p);
        match k.checked_sub(1).and_then(|k| map.get(k)) {
            Some(&(old, new)) => new + (p - old),
            None => p,
        }
    };
    for l in &mut c.links {
        l.start = moved(l.start).min(out.len());
        l.end = moved(l.end).min(out.len()).max(l.start);
    }
    c.links.extend(links);
    c.links.sort_by_key(|l| l.start);
    c.text = out;
    done
}

/// `[name …]…[/name]` for a block shortcode: its length. An opening tag
/// without its closing one (`[gallery ids="1,2"]`) is removed alone.
fn shortcode_block(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let name_len = inner.bytes().take_while(u8::is_ascii_alphabetic).count();
    let name = inner.get(..name_len)?;
    if !BLOCK_SHORTCODES
        .iter()
        .any(|n| n.eq_ignore_ascii_case(name))
    {
        return None;
    }
    let after = inner.get(name_len..)?;
    if !after.starts_with([']', ' ']) {
        return None;
    }
    let open = 1 + name_len + after.find(']')? + 1;
    let tag = s.get(..open)?;
    // Attributes are `key="value"` pairs: "[caption of the photo]" is prose.
    if tag.contains('\n') || (after.starts_with(' ') && !tag.contains('=')) {
        return None;
    }
    let close = format!("[/{name}]");
    Some(match s.get(open..)?.find(&close) {
        Some(p) => open + p + close.len(),
        None => open,
    })
}

/// `![alt](target)`: its length.
fn image(s: &str) -> Option<usize> {
    let (n, _, _) = link(s.strip_prefix('!')?)?;
    Some(n + 1)
}

/// `[text](target)` with a web or relative target and no line break: its
/// length, text and target.
fn link(s: &str) -> Option<(usize, &str, &str)> {
    let inner = s.strip_prefix('[')?;
    let close = inner.get(..MAX_LINK_TEXT.min(inner.len()))?.find("](")?;
    let text = inner.get(..close)?;
    if text.contains(['\n', '[']) {
        return None;
    }
    let target_from = 1 + close + 2;
    let rest = s.get(target_from..)?;
    let end = rest.get(..MAX_TARGET.min(rest.len()))?.find(')')?;
    let href = rest.get(..end)?;
    let web = ["http://", "https://", "/", "www.", "mailto:"]
        .iter()
        .any(|p| href.starts_with(p));
    (web && !href.contains(char::is_whitespace)).then_some((target_from + end + 1, text, href))
}

/// `**x**` on one line, x not opening or closing with a space: its length
/// and x.
fn strong(s: &str) -> Option<(usize, &str)> {
    let inner = s.strip_prefix("**")?;
    let end = inner.find("**")?;
    let x = inner.get(..end)?;
    let ok = !x.is_empty()
        && !x.contains('\n')
        && !x.starts_with('*')
        && !x.ends_with('*')
        && inner.as_bytes().get(end + 2) != Some(&b'*')
        && !x.starts_with(char::is_whitespace)
        && !x.ends_with(char::is_whitespace);
    ok.then_some((end + 4, x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> (String, Vec<(String, Option<String>)>, Stripped) {
        let mut c = Cleaned {
            text: t.to_string(),
            ..Cleaned::default()
        };
        let s = strip(&mut c);
        let links = c
            .links
            .iter()
            .map(|l| {
                (
                    c.text.get(l.start..l.end).unwrap_or("").to_string(),
                    l.href.clone(),
                )
            })
            .collect();
        (c.text, links, s)
    }

    #[test]
    fn markdown_links_images_and_strong() {
        let (t, links, s) =
            run("Islanders said **supplies** were low, says [the paper](https://example.org/a).");
        assert_eq!(t, "Islanders said supplies were low, says the paper.");
        assert_eq!(
            links,
            [(
                "the paper".to_string(),
                Some("https://example.org/a".to_string())
            )]
        );
        assert_eq!(
            s,
            Stripped {
                marks: 2,
                removed: 0
            }
        );
        let (t, _, s) = run("Before ![A pier](https://example.org/p.jpg) after");
        assert_eq!(t, "Before  after");
        assert_eq!(s.removed, 1);
    }

    #[test]
    fn shortcodes() {
        let (t, _, s) = run(
            "A\n\n[caption id=\"a_1\" width=\"800\"] The damaged pier[/caption]\n\nB [gallery ids=\"1,2\"] C",
        );
        assert_eq!(t, "A\n\n\n\nB  C");
        assert_eq!(s.removed, 2);
    }

    #[test]
    fn prose_brackets_stay() {
        for t in [
            "He said [the plan] (which failed) was new.",
            "Prices rose 2** in a footnote",
            "a ** b ** c",
            "[1] See (https://example.org)",
            "x [caption of the photo] y",
            "*****NOTE***** read this",
            "and ***Revocation*** of the order",
            "**a***",
        ] {
            assert_eq!(run(t).0, t);
        }
    }

    #[test]
    fn old_link_spans_move() {
        let mut c = Cleaned {
            text: "**Big** news at the port today".to_string(),
            links: vec![RawLink {
                start: 16,
                end: 24,
                href: None,
            }],
            ..Cleaned::default()
        };
        strip(&mut c);
        assert_eq!(c.text, "Big news at the port today");
        let l = c.links.first().unwrap();
        assert_eq!(c.text.get(l.start..l.end), Some("the port"));
    }
}
