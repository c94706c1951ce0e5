//! The [`Article`] model and a parser for news articles as scrapers leave
//! them: plain text with a headline (maybe with an outlet suffix), a date
//! line, a byline, a photo credit, body paragraphs with HTML remnants,
//! "Related article:" promos and a trailer naming the source URL.
//!
//! ```
//! use newsprep_article::parse;
//!
//! let text = "Mayor Opens New Bridge | Reuters\n\nDec. 5, 2024\n\nBy Ana Ruiz and Tom Bell\n\n\
//!             Photo: City Hall\n\nThe mayor opened the <a href=\"https://x.example/b\">bridge</a> \
//!             on Sunday.\n\nRead more: Bridges of the River\n\nSource: https://example.com/news/\nbridge-a1\n";
//! let a = parse(text);
//! assert_eq!(a.headline.as_deref(), Some("Mayor Opens New Bridge"));
//! assert_eq!(a.attribution.as_deref(), Some("Reuters"));
//! assert_eq!(a.published.as_deref(), Some("2024-12-05"));
//! assert_eq!(a.authors, ["Ana Ruiz", "Tom Bell"]);
//! assert_eq!(a.credit.as_deref(), Some("City Hall"));
//! assert_eq!(a.paragraphs, ["The mayor opened the bridge on Sunday."]);
//! assert_eq!(a.related, ["Bridges of the River"]);
//! assert_eq!(a.url_raw.as_deref(), Some("https://example.com/news/\nbridge-a1"));
//! let l = &a.links[0];
//! assert_eq!((l.text.as_str(), l.href.as_deref()), ("bridge", Some("https://x.example/b")));
//! assert_eq!(&a.paragraphs[l.paragraph][l.start..l.end], "bridge");
//! ```
//!
//! The parser never fails and never panics: on a layout it does not
//! recognise it still gives paragraphs, and [`Article::notes`] records what
//! it guessed or dropped.
//!
//! # Crate features
//! - `serde`: `Serialize`/`Deserialize` for [`Article`] and [`Link`].
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod common_words;
mod date;
mod entities;
mod layout;
mod markup;
mod page_words;
mod paragraphs;
mod parser;
mod scrub;

/// An inline link kept from an HTML remnant (`<a href>` or `<u>`).
///
/// `&article.paragraphs[link.paragraph][link.start..link.end] == link.text`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The anchor text, as it stands in the paragraph.
    pub text: String,
    /// The link target, when the remnant had one.
    pub href: Option<String>,
    /// Index of the paragraph (in [`Article::paragraphs`]) that holds it.
    pub paragraph: usize,
    /// Byte offset of the anchor text in that paragraph.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// A parsed article. Every field is optional: absent values are `None` or empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline, without an outlet suffix.
    pub headline: Option<String>,
    /// The outlet credited in a headline suffix, as written ("NYT").
    pub attribution: Option<String>,
    /// Publication date, "YYYY-MM-DD".
    pub published: Option<String>,
    /// Publication time as written next to the date ("14.05 GMT"), when given.
    pub published_time: Option<String>,
    /// Authors from a byline.
    pub authors: Vec<String>,
    /// The photo or image credit line, as written.
    pub credit: Option<String>,
    /// The source URL as found in a trailer ("Original url: …"), not yet repaired:
    /// it may hold inserted spaces and line breaks.
    pub url_raw: Option<String>,
    /// Clean body paragraphs.
    pub paragraphs: Vec<String>,
    /// Titles from "Related article:"-style lines.
    pub related: Vec<String>,
    /// Inline links from HTML remnants.
    pub links: Vec<Link>,
    /// What the parser guessed, dropped or could not recognise.
    pub notes: Vec<String>,
    /// The wire dateline that opens the first paragraph ("WASHINGTON (AP) —"),
    /// which stays in the paragraph text.
    pub dateline: Option<Dateline>,
    /// The authors' affiliation from the byline ("By Jane Roe For Mailonline"
    /// gives "Mailonline").
    pub affiliation: Option<String>,
}

/// A wire dateline at the start of the first paragraph: "WASHINGTON (AP) —",
/// "LONDON, May 2 (Reuters) -", "(CNN) --", "KYIV, Ukraine —".
///
/// `start..end` are byte offsets into `paragraphs[0]`; `end` is where the
/// story itself starts, after the dash and its space.
///
/// ```
/// let a = newsprep_article::parse("Vote Passes\n\nWASHINGTON (AP) — The vote passed.\n");
/// let d = a.dateline.unwrap();
/// assert_eq!(d.place.as_deref(), Some("WASHINGTON"));
/// assert_eq!(d.outlet.as_deref(), Some("AP"));
/// assert_eq!(&a.paragraphs[0][d.end..], "The vote passed.");
/// assert_eq!(a.attribution.as_deref(), Some("AP"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The place as written ("WASHINGTON", "KYIV, Ukraine"), without a date.
    pub place: Option<String>,
    /// The outlet in brackets ("AP", "Reuters", "CNN").
    pub outlet: Option<String>,
    /// Byte offset of the dateline in the first paragraph (always 0).
    pub start: usize,
    /// Byte offset where the story starts after the dateline's dash.
    pub end: usize,
}

/// What an outside lexicon knows a name to be; see [`ParseOptions::name_check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NameKind {
    /// A news outlet or agency.
    Outlet,
    /// A person.
    Person,
    /// A place.
    Place,
}

/// A caller's check of a name (a headline suffix such as "RBC"): what it
/// names, if known. Cheap to clone.
#[derive(Clone)]
pub struct NameCheck(pub std::sync::Arc<NameCheckFn>);

/// The function behind a [`NameCheck`].
pub type NameCheckFn = dyn Fn(&str) -> Option<NameKind> + Send + Sync;

impl std::fmt::Debug for NameCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NameCheck(..)")
    }
}

impl Article {
    /// True when nothing was found at all (an empty document).
    pub fn is_empty(&self) -> bool {
        self.headline.is_none()
            && self.published.is_none()
            && self.authors.is_empty()
            && self.credit.is_none()
            && self.url_raw.is_none()
            && self.paragraphs.is_empty()
            && self.related.is_empty()
    }
}

/// Options for [`parse_with`].
#[non_exhaustive]
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Decides whether paragraph `next` continues the sentence left open by
    /// `prev`; the parser rejoins such paragraphs. `None` uses a built-in rule
    /// (join when `prev` has no terminal punctuation and `next` starts
    /// lower-case, or `prev` ends with a comma or a word such as "and").
    pub paragraph_joiner: Option<fn(&str, &str) -> bool>,
    /// Tells what a name is. A headline suffix that only may be an outlet
    /// ("- RBC", "- Smith") is taken as the attribution when the document
    /// names it as an outlet elsewhere or this check says
    /// [`NameKind::Outlet`]; otherwise it stays in the headline.
    pub name_check: Option<NameCheck>,
}

impl ParseOptions {
    /// Default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`ParseOptions::paragraph_joiner`].
    ///
    /// ```
    /// use newsprep_article::{parse_with, ParseOptions};
    /// let never = |_: &str, _: &str| false;
    /// let a = parse_with("Title\n\nIt was\n\nsplit.", &ParseOptions::new().with_paragraph_joiner(never));
    /// assert_eq!(a.paragraphs, ["It was", "split."]);
    /// ```
    pub fn with_paragraph_joiner(mut self, f: fn(&str, &str) -> bool) -> Self {
        self.paragraph_joiner = Some(f);
        self
    }

    /// Sets [`ParseOptions::name_check`].
    ///
    /// ```
    /// use newsprep_article::{parse_with, NameCheck, NameKind, ParseOptions};
    /// use std::sync::Arc;
    /// let text = "Rates Will Rise Again - Smith\n\nThe bank said so.";
    /// assert_eq!(parse_with(text, &ParseOptions::new()).attribution, None);
    /// let check = NameCheck(Arc::new(|s: &str| (s == "Smith").then_some(NameKind::Outlet)));
    /// let a = parse_with(text, &ParseOptions::new().with_name_check(check));
    /// assert_eq!(a.attribution.as_deref(), Some("Smith"));
    /// ```
    pub fn with_name_check(mut self, check: NameCheck) -> Self {
        self.name_check = Some(check);
        self
    }
}

/// The built-in paragraph joiner: `next` continues `prev` when `prev` has no
/// terminal punctuation and `next` starts lower-case, or when `prev` ends
/// with a comma or a joining word ("and", "of", "the").
///
/// ```
/// use newsprep_article::default_joiner;
/// assert!(default_joiner("received overtures", "from the Kremlin."));
/// assert!(default_joiner("between Georgia and", "Armenia."));
/// assert!(!default_joiner("It ended.", "Then it began."));
/// ```
pub fn default_joiner(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    let n = next.trim_start();
    let (Some(last), Some(first)) = (p.chars().last(), n.chars().next()) else {
        return false;
    };
    if matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | ')' | '…'
    ) {
        return false;
    }
    if first.is_lowercase() {
        return true;
    }
    if !first.is_alphanumeric() {
        return false;
    }
    if last == ',' {
        return true;
    }
    let last_word = p.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(
        last_word,
        "and"
            | "or"
            | "but"
            | "nor"
            | "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "for"
            | "with"
            | "from"
            | "by"
            | "on"
            | "at"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "than"
            | "into"
            | "between"
            | "including"
            | "said"
            | "told"
            | "says"
            | "about"
    )
}

/// Parse a scraped article with default options.
///
/// ```
/// let a = newsprep_article::parse("");
/// assert!(a.is_empty());
/// ```
pub fn parse(text: &str) -> Article {
    parse_with(text, &ParseOptions::default())
}

/// Parse a scraped article.
///
/// ```
/// use newsprep_article::{parse_with, ParseOptions};
/// let text = "Storm Nears Coast - BBC News\r\n\r\nMon 12 Feb 2024 14.05 GMT\r\n\r\n\
///             The storm was expected to reach the coast by\r\n\r\nlate evening.\r\n";
/// let a = parse_with(text, &ParseOptions::default());
/// assert_eq!(a.attribution.as_deref(), Some("BBC News"));
/// assert_eq!(a.published.as_deref(), Some("2024-02-12"));
/// assert_eq!(a.published_time.as_deref(), Some("14.05 GMT"));
/// assert_eq!(a.paragraphs, ["The storm was expected to reach the coast by late evening."]);
/// ```
pub fn parse_with(text: &str, opts: &ParseOptions) -> Article {
    parser::parse(text, opts)
}

#[cfg(test)]
mod tests;

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
