//! The scalar level, on targets without a vector level: no block search.

use super::block::Block;

/// No vector level on this target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {}

impl Level {
    #[cfg(test)]
    pub(crate) const ALL: &'static [Level] = &[];
    pub(crate) fn detect() -> Option<Level> {
        None
    }
    pub(crate) fn present(self) -> bool {
        match self {}
    }
}

/// No block search: the caller searches byte by byte from `s`.
pub(crate) fn next(_: &[u8], _: usize, level: Level, _: &mut Block) -> Result<(), usize> {
    match level {}
}
