//! The kinds of entities.

use std::fmt;
use std::sync::Arc;

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

    /// The kind named by `s`: the three built-in names, or a custom kind.
    pub fn from_name(s: &str) -> EntityKind {
        crate::data::custom_kind(s)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
