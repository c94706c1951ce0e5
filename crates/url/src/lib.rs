//! Find URLs in messy scraped text, repair them, normalize them.
//!
//! PLACEHOLDER API skeleton (issue 5 fills it in).
//!
//! ```
//! let r = newsprep_url::repair("https://example.com/a-b.").unwrap();
//! assert_eq!(r.url, "https://example.com/a-b");
//! ```
//!
//! # Crate features
//! - `serde`: `Serialize` for [`Fix`], [`Repaired`] and [`UrlMatch`].
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

mod error;
pub use error::RepairError;

/// One repair made to a URL, reported as data.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Fix {
    /// White space inserted into the URL was removed.
    InsertedSpace,
    /// Trailing punctuation that belongs to the prose was cut.
    TrailingPunctuation,
    /// Tracking query parameters were removed.
    TrackingParams,
}

impl Fix {
    /// A stable snake_case name, as used in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Fix::InsertedSpace => "inserted_space",
            Fix::TrailingPunctuation => "trailing_punctuation",
            Fix::TrackingParams => "tracking_params",
        }
    }
}

/// A repaired URL and what was done to it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Repaired {
    /// The repaired, normalized URL.
    pub url: String,
    /// The repairs made, in the order they were made.
    pub fixes: Vec<Fix>,
    /// Confidence in the decision, from 0 to 1.
    pub confidence: f32,
}

/// A URL found in a text, with the repaired form.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct UrlMatch<'t> {
    /// Byte offset of the first byte of the raw URL in the text.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub raw: &'t str,
    /// The repaired, normalized URL.
    pub url: String,
    /// The repairs made.
    pub fixes: Vec<Fix>,
    /// Confidence in the decision, from 0 to 1.
    pub confidence: f32,
}

/// Find every URL in `text` and repair it.
pub fn extract(text: &str) -> Vec<UrlMatch<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(i) = text
        .get(pos..)
        .and_then(|r| r.find("http"))
        .map(|i| i + pos)
    {
        let end = text
            .get(i..)
            .and_then(|r| r.find(char::is_whitespace))
            .map(|e| e + i)
            .unwrap_or(text.len());
        if let (Some(raw), Ok(r)) = (text.get(i..end), repair(text.get(i..end).unwrap_or(""))) {
            out.push(UrlMatch {
                start: i,
                end,
                raw,
                url: r.url,
                fixes: r.fixes,
                confidence: r.confidence,
            });
        }
        pos = end.max(i + 4);
    }
    out
}

/// Repair one raw URL (which may hold inserted spaces and line breaks).
pub fn repair(raw: &str) -> Result<Repaired, RepairError> {
    repair_with_hint(raw, "")
}

/// Repair one raw URL using a hint, such as the headline of the article it
/// came from, to decide which inserted spaces to remove.
pub fn repair_with_hint(raw: &str, _hint: &str) -> Result<Repaired, RepairError> {
    let mut fixes = Vec::new();
    let mut s: String = raw.trim().to_string();
    if s.chars().any(char::is_whitespace) {
        s.retain(|c| !c.is_whitespace());
        fixes.push(Fix::InsertedSpace);
    }
    while s.ends_with(['.', ',', ';', ')']) {
        s.pop();
        if !fixes.contains(&Fix::TrailingPunctuation) {
            fixes.push(Fix::TrailingPunctuation);
        }
    }
    let url = normalize(&s)?;
    Ok(Repaired {
        url,
        fixes,
        confidence: 0.5,
    })
}

/// Parse and normalize a URL (WHATWG), removing tracking parameters.
pub fn normalize(s: &str) -> Result<String, RepairError> {
    let u = url::Url::parse(s).map_err(|e| RepairError::Invalid(e.to_string()))?;
    Ok(u.to_string())
}
