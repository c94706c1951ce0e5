//! The [`Article`] model and a parser for news articles as scrapers leave them.
//!
//! PLACEHOLDER API skeleton (issue 7 fills in the parser).
//!
//! # Crate features
//! - `serde`: `Serialize`/`Deserialize` for [`Article`] and [`Link`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

/// An inline link kept from an HTML remnant (`<a href>` or `<u>`).
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
    /// The photo or image credit line.
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
    /// What the parser guessed or could not recognise.
    pub notes: Vec<String>,
}

/// Options for [`parse_with`].
#[non_exhaustive]
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Decides whether paragraph `next` continues the sentence left open by
    /// `prev`; the parser rejoins such paragraphs. `None` uses a built-in rule
    /// (join when `prev` has no terminal punctuation and `next` starts lower-case).
    pub paragraph_joiner: Option<fn(&str, &str) -> bool>,
}

/// Parse a scraped article with default options.
pub fn parse(text: &str) -> Article {
    parse_with(text, &ParseOptions::default())
}

/// Parse a scraped article.
pub fn parse_with(text: &str, _opts: &ParseOptions) -> Article {
    let mut a = Article::default();
    let mut blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
    a.headline = blocks.next().map(str::to_string);
    a.paragraphs = blocks.map(str::to_string).collect();
    a
}
