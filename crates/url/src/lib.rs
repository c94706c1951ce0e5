//! Find URLs in messy scraped text, repair the damage scraping did to them,
//! and normalize them.
//!
//! Scraped news text breaks URLs in many ways: spaces inserted at word
//! splits (`…/put in-quietly-…`) or around dots and slashes
//! (`www. example. com`, `https: //`), line breaks inside the URL, soft
//! hyphens and zero-width characters, HTML entities, malformed schemes
//! (`htps://`, `https;//`, `http//`), labels glued to the scheme
//! (`Source:https://`), defanged forms (`hxxp`, `[.]`, `(.)`, `[dot]`,
//! `[:]`), enclosing brackets and quotes, markdown and HTML link syntax,
//! trailing punctuation. This crate finds URLs in such text ([`find`],
//! [`extract`]), rebuilds each one ([`repair`], [`repair_with_hint`]) and
//! reports every repair as data ([`Fix`]) with a confidence.
//!
//! ```
//! let r = newsprep_url::repair("Source:hxxps://www.example[.]com/news/some-long-\nstory-slug.").unwrap();
//! assert_eq!(r.url, "https://www.example.com/news/some-long-story-slug");
//! let names: Vec<&str> = r.fixes.iter().map(|f| f.as_str()).collect();
//! assert!(names.contains(&"defanged") && names.contains(&"line_break"));
//! ```
//!
//! Deciding where a URL ends is the heart of the crate. A URL in the middle
//! of a sentence never swallows the prose after it; fragments after inserted
//! spaces are joined when the evidence says they belong to the URL: the
//! slug's shape, a hint such as the article's headline, small word lists,
//! and where the line ends.
//!
//! ```
//! use newsprep_url::extract;
//! let text = "Read https://example.com/news/a-b-c and tell us. Also see www.example.co.uk/x.";
//! let urls: Vec<String> = extract(text).into_iter().map(|m| m.url).collect();
//! assert_eq!(urls, ["https://example.com/news/a-b-c", "https://www.example.co.uk/x"]);
//!
//! // The headline tells that "put in" was "putin".
//! let raw = "https://example.com/2023/12/23/put in-quietly-signaling-cease fire-talks";
//! let r = newsprep_url::repair_with_hint(raw, "Putin Quietly Signaling Ceasefire Talks").unwrap();
//! assert_eq!(r.url, "https://example.com/2023/12/23/putin-quietly-signaling-ceasefire-talks");
//! ```
//!
//! [`normalize()`] parses with the `url` crate (the WHATWG URL Standard):
//! lower-case host, IDN to punycode, default port dropped; and it removes
//! tracking parameters ([`DEFAULT_TRACKING_PARAMS`], configurable through
//! [`Options`]), keeping the order of the others.
//!
//! ```
//! let u = newsprep_url::normalize("HTTPS://Example.COM:443/a?utm_source=x&id=7&fbclid=y#top").unwrap();
//! assert_eq!(u, "https://example.com/a?id=7#top");
//! ```
//!
//! # Untrusted input
//! Every function takes any `&str`, never panics and runs in time linear in
//! the input.
//!
//! # Speed and `unsafe`
//! On x86-64 CPUs with AVX2, detected at run time, the search for URL
//! triggers and the test of a clean URL's path use vector code; elsewhere
//! the `memchr` crate and byte loops do. All of it lives in one `arch` module. The vector code is safe
//! Rust (`bytemuck` turns byte arrays into vectors); the only `unsafe` is
//! the call into it, right after the CPU was seen to have the feature.
//! [`UrlSpan::repair`] returns a span the finder saw in normal form as it
//! is, with the result [`repair`] gives on its raw text.
//!
//! # Crate features
//! - `serde`: `Serialize` and `Deserialize` for [`Fix`], [`Repaired`], [`UrlMatch`] and [`UrlSpan`].
// `unsafe` is denied everywhere but the calls into the vector code in
// `arch`.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)]

mod arch;
mod chars;
mod common_words;
mod error;
mod fix;
mod fold;
#[cfg(test)]
mod lane_tests;
mod normalize;
mod options;
mod scan;
mod tracking;
mod words;

pub use error::RepairError;
pub use fix::Fix;
pub use options::Options;
pub use tracking::DEFAULT_TRACKING_PARAMS;

use scan::{Cand, Ctx, Mode, SchemeKind};

/// A repaired URL and what was done to it.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Repaired {
    /// The repaired, normalized URL.
    pub url: String,
    /// The repairs made.
    pub fixes: Vec<Fix>,
    /// Confidence in the decision, from 0 to 1.
    pub confidence: f32,
}

/// A URL found in a text, with the repaired form.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UrlMatch<'t> {
    /// Byte offset of the first byte of the raw URL in the text.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// `&text[start..end]`, including the spaces and line breaks it absorbed.
    pub raw: &'t str,
    /// The repaired, normalized URL.
    pub url: String,
    /// The repairs made.
    pub fixes: Vec<Fix>,
    /// Confidence in the decision, from 0 to 1.
    pub confidence: f32,
}

/// A URL candidate in a text, not repaired: see [`find`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UrlSpan<'t> {
    /// Byte offset of the first byte of the raw URL in the text.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub raw: &'t str,
    /// The scanner's fast lane found `raw` in normal form:
    /// [`UrlSpan::repair`] returns it as it is.
    #[cfg_attr(feature = "serde", serde(skip))]
    normal: bool,
}

impl UrlSpan<'_> {
    /// [`repair`] for this candidate, with what [`find`] learned about it:
    /// a clean `http(s)` URL that the finder saw to be in normal form
    /// already (a lower-case host, a path of letters, digits and `-._~/`,
    /// no query) is returned as it is, without a second look. The result
    /// is always the one `repair(span.raw)` gives.
    ///
    /// ```
    /// let text = "See https://example.com/news/a-b-c for more.";
    /// let span = newsprep_url::find(text)[0];
    /// let r = span.repair().unwrap();
    /// assert_eq!(r, newsprep_url::repair(span.raw).unwrap());
    /// assert_eq!(r.url, "https://example.com/news/a-b-c");
    /// ```
    pub fn repair(&self) -> Result<Repaired, RepairError> {
        if self.normal {
            return Ok(Repaired {
                url: self.raw.to_owned(),
                fixes: Vec::new(),
                confidence: 1.0,
            });
        }
        repair(self.raw)
    }

    /// [`UrlSpan::repair`] into `out`, reusing its buffers: the URL's
    /// `String` and the fixes' `Vec` keep their capacity from one call to
    /// the next, so a loop over many candidates allocates nothing for the
    /// URLs the finder saw in normal form (most of them, in news text). On
    /// success `out` holds what `repair` returns; on an error it is left
    /// empty (no URL, no fix, confidence 0).
    ///
    /// ```
    /// let text = "See https://example.com/a-b and hxxps://example[.]org/c today.";
    /// let mut r = newsprep_url::Repaired::default();
    /// let mut urls = Vec::new();
    /// for span in newsprep_url::find_iter(text) {
    ///     if span.repair_to(&mut r).is_ok() {
    ///         assert_eq!(r, span.repair().unwrap());
    ///         urls.push(r.url.clone());
    ///     }
    /// }
    /// assert_eq!(urls, ["https://example.com/a-b", "https://example.org/c"]);
    /// ```
    pub fn repair_to(&self, out: &mut Repaired) -> Result<(), RepairError> {
        out.url.clear();
        out.fixes.clear();
        out.confidence = 0.0;
        if self.normal {
            out.url.push_str(self.raw);
            out.confidence = 1.0;
            return Ok(());
        }
        // Copied, not moved in: `out` keeps its buffers for the next call.
        let r = repair(self.raw)?;
        out.url.push_str(&r.url);
        out.fixes.extend_from_slice(&r.fixes);
        out.confidence = r.confidence;
        Ok(())
    }
}

/// Find URL candidates in `text`, with byte spans: URLs with a scheme
/// (damaged ones included), `www.` hosts and bare domains whose suffix is on
/// the public suffix list (`example.co.uk/news`). E-mail addresses are not
/// URLs. Spans leave out enclosing brackets, quotes and trailing
/// punctuation, and take in the spaces and line breaks the URL absorbed.
///
/// ```
/// let text = "Mail me@example.com or see (example.co.uk/a) and hxxp://bad[.]example.net.";
/// let found: Vec<&str> = newsprep_url::find(text).into_iter().map(|s| s.raw).collect();
/// assert_eq!(found, ["example.co.uk/a", "hxxp://bad[.]example.net"]);
/// ```
pub fn find(text: &str) -> Vec<UrlSpan<'_>> {
    find_iter(text).collect()
}

/// The scanner settings of [`find`] and [`find_iter`], as a static so that
/// an iterator can borrow them for as long as the text.
static TEXT: Ctx<'static> = Ctx::TEXT;

/// [`find`] as an iterator: the candidates one at a time, in text order,
/// with no vector. Repairing each one as it comes, while its bytes are
/// still in cache, is cheaper than [`find`] then [`repair`] on the list.
///
/// ```
/// let text = "See https://example.com/a-b and www.example.org/c for more.";
/// let mut it = newsprep_url::find_iter(text);
/// assert_eq!(it.next().map(|s| s.raw), Some("https://example.com/a-b"));
/// assert_eq!(it.next().map(|s| (s.start, s.end)), Some((32, 49)));
/// assert_eq!(it.next(), None);
///
/// let urls: Vec<String> = newsprep_url::find_iter(text)
///     .filter_map(|s| newsprep_url::repair(s.raw).ok())
///     .map(|r| r.url)
///     .collect();
/// assert_eq!(urls, ["https://example.com/a-b", "https://www.example.org/c"]);
/// ```
pub fn find_iter(text: &str) -> FindIter<'_> {
    FindIter {
        text,
        inner: fold::Cands::new(text, &TEXT),
    }
}

/// The iterator of [`find_iter`].
pub struct FindIter<'t> {
    text: &'t str,
    inner: fold::Cands<'t, 'static, 'static>,
}

/// The span of candidate `c` in `text`.
fn span<'t>(text: &'t str, c: &Cand<'_>) -> Option<UrlSpan<'t>> {
    let raw = text.get(c.start..c.end)?;
    Some(UrlSpan {
        start: c.start,
        end: c.end,
        raw,
        normal: c.normal,
    })
}

impl<'t> Iterator for FindIter<'t> {
    type Item = UrlSpan<'t>;

    fn next(&mut self) -> Option<UrlSpan<'t>> {
        loop {
            let c = self.inner.next()?;
            if let Some(sp) = span(self.text, &c) {
                return Some(sp);
            }
        }
    }
}

impl std::iter::FusedIterator for FindIter<'_> {}

impl std::fmt::Debug for FindIter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let offset = self.inner.offset(self.text.len());
        f.debug_struct("FindIter")
            .field("len", &self.text.len())
            .field("offset", &offset)
            .finish()
    }
}

/// Find every URL in `text` and repair it (see [`find`] and [`repair`]).
/// Candidates that do not parse as URLs after repair are left out.
pub fn extract(text: &str) -> Vec<UrlMatch<'_>> {
    extract_with(text, &Options::default())
}

/// [`extract`] with options.
pub fn extract_with<'t>(text: &'t str, opts: &Options) -> Vec<UrlMatch<'t>> {
    extract_lanes(text, opts, &Ctx::TEXT)
}

/// [`extract_with`] scanning with `ctx`.
fn extract_lanes<'t>(text: &'t str, opts: &Options, ctx: &Ctx<'_>) -> Vec<UrlMatch<'t>> {
    let mut out = Vec::new();
    for c in fold::Cands::new(text, ctx) {
        let (start, end) = (c.start, c.end);
        if let (Some(raw), Ok(r)) = (text.get(start..end), build(c, opts)) {
            if out
                .last()
                .is_some_and(|p: &UrlMatch<'_>| link_twice(text, p, start, &r.url))
            {
                continue;
            }
            out.push(UrlMatch {
                start,
                end,
                raw,
                url: r.url,
                fixes: r.fixes,
                confidence: r.confidence,
            });
        }
    }
    out
}

/// Is the URL `url` at `start` the same link as the match `p` just before
/// it, written twice in one link's syntax: `[url](url)`, `<url|url>`?
fn link_twice(text: &str, p: &UrlMatch<'_>, start: usize, url: &str) -> bool {
    let bare = |u: &str| {
        let u = u.split_once("://").map_or(u, |(_, r)| r);
        u.strip_prefix("www.")
            .unwrap_or(u)
            .trim_end_matches('/')
            .to_string()
    };
    matches!(text.get(p.end..start), Some("](" | "|")) && bare(&p.url) == bare(url)
}

/// Repair one raw URL, which may hold inserted spaces, line breaks and any
/// of the damage listed in [`Fix`]. When `raw` holds more than one URL, the
/// target of markdown or HTML link syntax wins, then the first.
///
/// ```
/// let r = newsprep_url::repair("<https://example.com/a-b>.").unwrap();
/// assert_eq!(r.url, "https://example.com/a-b");
/// assert!(newsprep_url::repair("no url here").is_err());
/// ```
pub fn repair(raw: &str) -> Result<Repaired, RepairError> {
    repair_with(raw, "", &Options::default())
}

/// Repair one raw URL using a hint, such as the headline of the article it
/// came from, to decide which fragments after inserted spaces belong to it.
pub fn repair_with_hint(raw: &str, hint: &str) -> Result<Repaired, RepairError> {
    repair_with(raw, hint, &Options::default())
}

/// [`repair_with_hint`] with options.
pub fn repair_with(raw: &str, hint: &str, opts: &Options) -> Result<Repaired, RepairError> {
    let words = hint_words(hint);
    let ctx = Ctx {
        mode: Mode::Raw,
        hint: &words,
        fast_lanes: true,
    };
    scan_repair(raw, opts, &ctx)
}

/// [`repair_with`]: the scanner with `ctx`, then [`build`].
fn scan_repair(raw: &str, opts: &Options, ctx: &Ctx<'_>) -> Result<Repaired, RepairError> {
    let folded = fold::fold(raw);
    let mut best: Option<Cand<'_>> = None;
    for c in scan::Scanner::new(folded.as_ref().map_or(raw, |f| &f.text), ctx) {
        if c.target {
            best = Some(c);
            break;
        }
        if best.is_none() {
            best = Some(c);
        }
    }
    if let Some(f) = &folded {
        best = best.map(|c| fold::unfold(f, c));
    }
    match best {
        Some(c) => build(c, opts),
        None => Err(RepairError::NoUrl),
    }
}

/// Parse and normalize a URL (WHATWG, through the `url` crate): lower-case
/// host, IDN to punycode, default port dropped, tracking parameters removed
/// ([`DEFAULT_TRACKING_PARAMS`]), the order of the other parameters kept.
/// `s` must be an absolute URL; use [`repair`] for damaged or scheme-less
/// ones.
pub fn normalize(s: &str) -> Result<String, RepairError> {
    normalize_with(s, &Options::default())
}

/// [`normalize()`] with options.
pub fn normalize_with(s: &str, opts: &Options) -> Result<String, RepairError> {
    normalize::normalize_inner(s, opts).map(|(u, _)| u)
}

/// The repaired URL of a candidate: normalized, with its fixes and
/// confidence.
fn build(c: Cand<'_>, opts: &Options) -> Result<Repaired, RepairError> {
    if c.normal {
        // The fast lane saw a URL in normal form: no query, nothing to
        // normalize.
        return Ok(Repaired {
            url: c.url.into_owned(),
            fixes: c.fixes,
            confidence: c.conf.clamp(0.0, 1.0),
        });
    }
    let prefix = match c.scheme {
        SchemeKind::Full => "",
        SchemeKind::Relative => "https:",
        SchemeKind::None => "https://",
    };
    let (url, removed) = normalize::normalize_inner(&with_prefix(prefix, &c.url), opts)?;
    let mut fixes = c.fixes;
    if removed {
        fixes.push(Fix::TrackingParams);
    }
    Ok(Repaired {
        url,
        fixes,
        confidence: c.conf.clamp(0.0, 1.0),
    })
}

/// `prefix` then `s`, in one allocation.
fn with_prefix(prefix: &str, s: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + s.len());
    out.push_str(prefix);
    out.push_str(s);
    out
}

/// The lower-case words of a hint.
fn hint_words(hint: &str) -> Vec<String> {
    hint.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(64)
        .map(str::to_lowercase)
        .collect()
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    /// The repaired URLs `extract` finds in `t`.
    fn urls(t: &str) -> Vec<String> {
        extract(t).into_iter().map(|m| m.url).collect()
    }

    fn url(raw: &str) -> String {
        repair(raw)
            .map(|r| r.url)
            .unwrap_or_else(|e| format!("ERR {e}"))
    }

    #[test]
    fn damage_kinds() {
        let want = "https://www.example.com/news/a-long-story";
        for raw in [
            "https://www.example.com/news/a-long-story",
            "https://www.example.com/news/a-lo ng-story",
            "https:// www. example. com/news/a-long-story",
            "https: //www.example.com /news/ a-long-story",
            "https://www.example.com/news/a-\nlong-story",
            "https://www.example.com/news/\nа-long-story"
                .replace('а', "a")
                .as_str(),
            "https://www.exam\u{AD}ple.com/news/a-lo\u{200B}ng-story",
            "https&#58;//www.example.com&#47;news/a-long-story",
            "https;//www.example.com/news/a-long-story",
            "htps://www.example.com/news/a-long-story",
            "http//www.example.com/news/a-long-story"
                .replace("http/", "https:/")
                .as_str(),
            "Source:https://www.example.com/news/a-long-story",
            "hxxps[://]www[.]example(.)com/news/a-long-story",
            "hXXps://www[dot]example[.]com/news/a-long-story",
            "(https://www.example.com/news/a-long-story).",
            "<https://www.example.com/news/a-long-story>",
            "“https://www.example.com/news/a-long-story”",
            "[the story](https://www.example.com/news/a-long-story)",
            "<a href=\"https://www.example.com/news/a-long-story\">x</a>",
            "https://www.example.com/news/a-long-story?utm_source=tw&fbclid=1",
            "https://www.example.com/news/a-long-story&utm_source=rss&amp;utm_medium=feed",
            "www.example.com/news/a-long-story",
        ] {
            assert_eq!(url(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn www_split_by_a_space_without_a_scheme() {
        // In running text, the space may fall inside "www" itself.
        for t in [
            "Details at ww w.example.com/news/a-long-story today.",
            "Details at w ww.example.com/news/a-long-story today.",
            "(ww w.example.com/news/a-long-story)",
        ] {
            assert_eq!(
                urls(t),
                ["https://www.example.com/news/a-long-story"],
                "{t:?}"
            );
        }
        // Not when the part before the space is inside a longer word.
        assert_eq!(
            urls("I saw w.example.com/news today."),
            ["https://w.example.com/news"]
        );
    }

    #[test]
    fn tracking_glued_to_the_path() {
        // Only when every pair after the '&' is a tracking parameter.
        assert_eq!(
            normalize("https://x.org/a-story-1&utm_source=rss").unwrap(),
            "https://x.org/a-story-1"
        );
        assert_eq!(
            normalize("https://x.org/a&b=1&utm_source=rss").unwrap(),
            "https://x.org/a&b=1&utm_source=rss"
        );
        assert_eq!(
            normalize("https://x.org/tom&jerry").unwrap(),
            "https://x.org/tom&jerry"
        );
    }

    #[test]
    fn ends_of_urls() {
        fn found(t: &str) -> Vec<&str> {
            find(t).into_iter().map(|s| s.raw).collect()
        }
        assert_eq!(
            found("See https://x.org/a-b-c, then go."),
            ["https://x.org/a-b-c"]
        );
        assert_eq!(
            found("(https://en.wikipedia.org/wiki/Foo_(bar))"),
            ["https://en.wikipedia.org/wiki/Foo_(bar)"]
        );
        assert_eq!(found("Visit https://x.org/ today"), ["https://x.org/"]);
        assert_eq!(found("Mail a.b@example.com now"), Vec::<&str>::new());
        assert_eq!(
            found("The U.S. and e.g. No.1 said.It was 3.5 per cent."),
            Vec::<&str>::new()
        );
        assert_eq!(
            found("https://a.org/x-y https://b.org/z www.c.org/w"),
            ["https://a.org/x-y", "https://b.org/z", "www.c.org/w"]
        );
        assert_eq!(
            found("url: https://x.org/some-long-sl ug-here\n\nNext."),
            ["https://x.org/some-long-sl ug-here"]
        );
    }

    #[test]
    fn a_space_inside_a_word_mid_sentence() {
        // Prose follows the URL, so the fragment after the gap must carry
        // the marks of a path by itself.
        for (text, want) in [
            (
                "Officials said https://news.example.org/storm-damage-re port-20240315/ has the list.",
                "https://news.example.org/storm-damage-report-20240315/",
            ),
            (
                "Officials said https://news.example.org/a/harbour-repa irs/ has the list.",
                "https://news.example.org/a/harbour-repairs/",
            ),
            (
                "Officials said https://news.example.org/city-budget-h earing-2024.html has the list.",
                "https://news.example.org/city-budget-hearing-2024.html",
            ),
            (
                "Officials said https://news.example.org/budget-plan.h tml has the list.",
                "https://news.example.org/budget-plan.html",
            ),
            (
                "Officials said https://news.example.org/city-budget-av ailable.html has the list.",
                "https://news.example.org/city-budget-available.html",
            ),
            (
                "Officials said https://news.example.org/ar ticles/318674 has the list.",
                "https://news.example.org/articles/318674",
            ),
            (
                "Officials said https://news.example.org/storm-ca use-damage,82197/5 has the list.",
                "https://news.example.org/storm-cause-damage,82197/5",
            ),
            (
                "Officials said https://news.example.org/world-eur ope-50473792 has the list.",
                "https://news.example.org/world-europe-50473792",
            ),
            (
                "Officials said https://news.example.org/ol li-gegen-amira?locale=en has the list.",
                "https://news.example.org/olli-gegen-amira?locale=en",
            ),
            (
                "Officials said https://news.example.org/show.php?sec=lo cal&id=7 has the list.",
                "https://news.example.org/show.php?sec=local&id=7",
            ),
            (
                "Officials said https://news.example.org/n ews/2024/item.php?id=7 has the list.",
                "https://news.example.org/news/2024/item.php?id=7",
            ),
            (
                "Officials said https://news.example.org/doc?h=3fa9c2b71 e04d8a6 has the list.",
                "https://news.example.org/doc?h=3fa9c2b71e04d8a6",
            ),
            (
                "Officials said https://news.example.org/a/b\u{A0}c/plan.pdf has the list.",
                "https://news.example.org/a/bc/plan.pdf",
            ),
        ] {
            assert_eq!(urls(text), [want], "{text}");
        }
        // A clean URL before a compound, a number or a file name of prose
        // keeps its end.
        for follow in [
            "ten-year-old",
            "state-of-the-art",
            "mid-2024",
            "10-year-old",
            "e-mail",
            "COVID-19",
            "and/or",
            "24/7",
            "report.pdf",
        ] {
            for url in [
                "https://news.example.org/harbour-repairs-begin",
                "https://news.example.org/2024/05/harbour-repairs.html",
                "https://news.example.org/item/4471236",
            ] {
                // A file name after a slug ends the slug's word
                // (`…/now-av ailable.html`): joined by design.
                if follow == "report.pdf" && url.ends_with("-begin") {
                    continue;
                }
                let text = format!("See {url} {follow} plans.");
                assert_eq!(urls(&text), [url], "{text}");
            }
        }
        // A path that ends in a file name is whole: a lone word after it at
        // the end of a line, or on the next line, is prose; the rest of its
        // extension is not.
        for (text, want) in [
            (
                "Read https://news.example.org/2024/05/harbour-repairs_77.html ok",
                "https://news.example.org/2024/05/harbour-repairs_77.html",
            ),
            (
                "Source: https://news.example.org/us/article/harbour-repairs-1484.php\nMaya",
                "https://news.example.org/us/article/harbour-repairs-1484.php",
            ),
            (
                "Source: https://news.example.org/us/harbour-repairs-1484.htm l",
                "https://news.example.org/us/harbour-repairs-1484.html",
            ),
            (
                "Source: https://news.example.org/us/harbour-repairs-1484.htm\tl?ref=rss\nNext.",
                "https://news.example.org/us/harbour-repairs-1484.html?ref=rss",
            ),
        ] {
            assert_eq!(urls(text), [want], "{text}");
        }
    }

    #[test]
    fn spaces_inside_a_quoted_url() {
        for text in [
            "He cited \u{201C}https://news.example.org/lem on-tree-guide\u{201D} in the post.",
            "He cited \u{201C}https://news.example.org/lem on-tree-gu ide\u{201D} in the post.",
            "He cited \"https://news.example.org/lem on-tree-guide\" in the post.",
        ] {
            assert_eq!(
                urls(text),
                ["https://news.example.org/lemon-tree-guide"],
                "{text}"
            );
        }
        // A word of prose inside the quotes is not the URL's.
        assert_eq!(
            urls("He wrote \u{201C}https://news.example.org/guide today\u{201D} in the post."),
            ["https://news.example.org/guide"]
        );
        assert_eq!(
            urls("He wrote \"https://news.example.org/guide and more\" in the post."),
            ["https://news.example.org/guide"]
        );
    }

    #[test]
    fn a_space_inside_a_url_in_brackets() {
        // The bracket opened a few words before the URL.
        assert_eq!(
            urls("The council (see https://news.example.org/harbour-repa irs) met."),
            ["https://news.example.org/harbour-repairs"]
        );
        // Sentence punctuation ends the URL before a bracket closes.
        assert_eq!(
            urls("The plan (https://news.example.org/harbour-repairs, 2019) passed."),
            ["https://news.example.org/harbour-repairs"]
        );
        assert_eq!(
            urls("The plan (see https://news.example.org/harbour-repairs Monday) passed."),
            ["https://news.example.org/harbour-repairs"]
        );
        assert_eq!(
            urls("The plan (see https://news.example.org/harbour-repairs online) passed."),
            ["https://news.example.org/harbour-repairs"]
        );
    }

    #[test]
    fn confidence_and_fixes() {
        let clean = repair("https://example.com/a").unwrap();
        assert!(clean.fixes.is_empty() && clean.confidence > 0.99);
        let joined = repair("https://example.com/a-b c-d").unwrap();
        assert_eq!(joined.fixes, [Fix::InsertedSpace]);
        assert!(joined.confidence < 0.95);
        assert_eq!(repair(""), Err(RepairError::NoUrl));
        for f in Fix::ALL {
            assert!(f
                .as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_'));
        }
    }
}
