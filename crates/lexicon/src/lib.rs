//! Embedded lexicons of people, places and news outlets, and a tagger.
//!
//! PLACEHOLDER API skeleton (issue 6 fills it in).
//!
//! # Crate features
//! - `serde`: `Serialize` for [`Entity`], [`Mention`], [`EntityKind`], [`Rule`].
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

use std::sync::{Arc, OnceLock};

/// Version of the embedded data.
pub const DATA_VERSION: &str = "0.0.0-placeholder";

/// What an entity is.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// A news outlet.
    Outlet,
    /// A kind defined by a user lexicon.
    Custom(Arc<str>),
}

impl EntityKind {
    /// "person", "place", "outlet" or the custom name.
    pub fn as_str(&self) -> &str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Outlet => "outlet",
            EntityKind::Custom(s) => s,
        }
    }
}

/// The rule that found a mention.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The canonical name or an alias in the lexicon.
    Lexicon,
    /// A reference back to an entity named earlier in the document (a surname).
    BackReference,
}

impl Rule {
    /// A stable snake_case name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Rule::Lexicon => "lexicon",
            Rule::BackReference => "back_reference",
        }
    }
}

/// One mention of an entity in a document segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the segment (in the slice given to [`Lexicon::tag_document`]).
    pub segment: usize,
    /// Byte offset into that segment.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// The rule that found it.
    pub rule: Rule,
}

/// An entity of a document with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Its kind.
    pub kind: EntityKind,
    /// Its canonical name.
    pub name: String,
    /// Its id ("geonames:…", "person:…", "outlet:…").
    pub id: String,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone)]
struct Entry {
    kind: EntityKind,
    name: String,
    id: String,
}

/// A compiled lexicon; cheap to clone, shareable across threads.
#[derive(Debug, Clone)]
pub struct Lexicon {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    entries: Vec<Entry>,
    aliases: Vec<(String, usize)>,
}

/// Builds a [`Lexicon`].
#[derive(Debug, Clone, Default)]
pub struct LexiconBuilder {
    entries: Vec<Entry>,
    aliases: Vec<(String, usize)>,
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds an entry with its aliases.
    pub fn add(&mut self, kind: EntityKind, name: &str, id: &str, aliases: &[&str]) -> &mut Self {
        let i = self.entries.len();
        self.entries.push(Entry {
            kind,
            name: name.to_string(),
            id: id.to_string(),
        });
        self.aliases.push((name.to_string(), i));
        for a in aliases {
            self.aliases.push((a.to_string(), i));
        }
        self
    }
    /// The lexicon.
    pub fn build(&self) -> Lexicon {
        Lexicon {
            inner: Arc::new(Inner {
                entries: self.entries.clone(),
                aliases: self.aliases.clone(),
            }),
        }
    }
}

impl Lexicon {
    /// The embedded lexicon, built once.
    pub fn builtin() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| LexiconBuilder::new().build())
    }

    /// Tag one text.
    pub fn tag(&self, text: &str) -> Vec<Entity> {
        self.tag_document(&[text])
    }

    /// Tag a document given as segments (say, a headline then paragraphs).
    pub fn tag_document(&self, segments: &[&str]) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        for (si, seg) in segments.iter().enumerate() {
            for (alias, ei) in &self.inner.aliases {
                let Some(e) = self.inner.entries.get(*ei) else {
                    continue;
                };
                for (start, m) in seg.match_indices(alias.as_str()) {
                    let mention = Mention {
                        segment: si,
                        start,
                        end: start + m.len(),
                        text: m.to_string(),
                        rule: Rule::Lexicon,
                    };
                    match out.iter_mut().find(|x| x.id == e.id) {
                        Some(x) => x.mentions.push(mention),
                        None => out.push(Entity {
                            kind: e.kind.clone(),
                            name: e.name.clone(),
                            id: e.id.clone(),
                            mentions: vec![mention],
                        }),
                    }
                }
            }
        }
        out
    }
}
