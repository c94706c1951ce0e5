//! The scalar level, on every target: what the vector levels give when
//! the CPU has none of them.

#[cfg(not(target_arch = "x86_64"))]
use super::block::{Block, HostMasks};
use crate::chars::{all_bytes, plain_byte};

/// No vector level on this target.
#[cfg(not(target_arch = "x86_64"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {}

#[cfg(not(target_arch = "x86_64"))]
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
#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn next(_: &[u8], _: usize, level: Level, _: &mut Block) -> Result<(), usize> {
    match level {}
}

#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn host_masks(_: &[u8], _: usize) -> Option<HostMasks> {
    None
}

#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn plain_path_run_at(_: Option<Level>, _: &[u8], j: usize) -> (usize, usize) {
    (j, usize::MAX)
}

/// The run of plain bytes from `j`, sixteen at a time; stops at the first
/// chunk that holds another byte (or is cut by the end of the text).
#[inline]
pub(crate) fn plain_run(bytes: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = bytes
        .get(j..j + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        if !all_bytes(chunk, plain_byte) {
            break;
        }
        j += 16;
    }
    j
}

/// The first stop of the fold from `from` where `hit` holds: the ASCII
/// stops with one `memchr3`, then the non-ASCII lead bytes before the
/// first ASCII one found.
pub(crate) fn first_fold_stop(
    bytes: &[u8],
    from: usize,
    mut hit: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let ascii = memchr::memchr3_iter(b'\\', b'=', b':', bytes.get(from..)?)
        .map(|k| from + k)
        .find(|&k| hit(k));
    let before = bytes.get(from..ascii.unwrap_or(bytes.len()))?;
    memchr::memchr3_iter(0xC2, 0xE2, 0xEF, before)
        .map(|k| from + k)
        .find(|&k| hit(k))
        .or(ascii)
}
