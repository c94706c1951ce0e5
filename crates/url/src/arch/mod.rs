//! Architecture-specific code, behind one interface in the shape of the
//! `memchr` crate's: a scalar level that every target has, and an x86-64
//! level (AVX2) chosen at run time. The rest of the crate calls only the
//! functions here and holds no `cfg(target_arch)`.
//!
//! Two accelerators: the trigger search ([`next_block`]) and the path test
//! of the clean-URL lane shared by `find` and `repair`
//! ([`plain_path_run`]).

mod block;
#[cfg(not(target_arch = "x86_64"))]
mod scalar;
#[cfg(target_arch = "x86_64")]
mod x86_64;

pub(crate) use block::Block;
#[cfg(not(target_arch = "x86_64"))]
pub(crate) use scalar::Level;
#[cfg(target_arch = "x86_64")]
pub(crate) use x86_64::Level;

/// The first block from `s` on that holds a trigger, written to `out`
/// (`Ok`); `Err(tail)` when there is none before `tail`, from where the
/// caller searches byte by byte.
#[inline]
pub(crate) fn next_block(
    bytes: &[u8],
    s: usize,
    level: Level,
    out: &mut Block,
) -> Result<(), usize> {
    #[cfg(target_arch = "x86_64")]
    return x86_64::next(bytes, s, level, out);
    #[cfg(not(target_arch = "x86_64"))]
    scalar::next(bytes, s, level, out)
}

/// The vector part of a path's run from `j`: `(end of the plain run so
/// far, first byte off a normal path or usize::MAX)`; `(j, usize::MAX)`
/// without a vector level. The caller goes on byte by byte.
#[inline]
pub(crate) fn plain_path_run(bytes: &[u8], j: usize) -> (usize, usize) {
    #[cfg(target_arch = "x86_64")]
    return x86_64::plain_path_run(bytes, j);
    #[cfg(not(target_arch = "x86_64"))]
    (j, usize::MAX)
}
