//! newsprep turns news articles, as scrapers leave them, into clean
//! structured data.
//!
//! This crate is the facade: it re-exports the four job crates as modules
//! ([`url`], [`segment`], [`lexicon`], [`article`]) and adds the [`Pipeline`]
//! that composes them: parse the layout, repair the source URL with the
//! headline as a hint, split sentences, tag entities.
//!
//! ```
//! use newsprep::Pipeline;
//!
//! let text = "Mayor Opens New Bridge - Reuters\n\nMarch 3, 2024\n\n\
//!             The mayor opened the bridge on Sunday. Crowds cheered.\n";
//! let out = Pipeline::new().article(text);
//! assert_eq!(out.headline.as_deref(), Some("Mayor Opens New Bridge"));
//! assert_eq!(out.attribution.as_deref(), Some("Reuters"));
//! assert_eq!(out.published.as_deref(), Some("2024-03-03"));
//! assert_eq!(out.sentences.len(), 2);
//! ```
//!
//! # Crate features
//! - `serde`: `Serialize` and `Deserialize` for every output type here,
//!   and the `serde` feature of each job crate: what the command writes,
//!   a Rust program can read back.
//! - `idna-unicode-rs` (default): `newsprep-url`'s feature of that name.
//! - `jsonl`: the [`jsonl`] module, the command's JSON output as a library
//!   (adds `serde_json`).
//! - `eval`: the [`eval`] module, accuracy on the shared evaluation sets as
//!   `newsprep eval` measures it (adds `serde_json`).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub use newsprep_article as article;
pub use newsprep_lexicon as lexicon;
pub use newsprep_segment as segment;
pub use newsprep_url as url;

#[cfg(feature = "eval")]
#[cfg_attr(docsrs, doc(cfg(feature = "eval")))]
pub mod eval;
#[cfg(feature = "jsonl")]
#[cfg_attr(docsrs, doc(cfg(feature = "jsonl")))]
pub mod jsonl;
mod pipeline;

/// This crate's README examples, run as doctests (the workspace README's
/// run in the unpublished `newsprep-tests` crate: a package holds only its
/// own files).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use pipeline::{
    ArticleOutput, EntityMentionOut, EntityOut, LinkOut, Pipeline, PipelineBuilder, SentenceOut,
    UrlOut,
};
