//! Architecture-specific code, behind one interface in the shape of the
//! `memchr` crate's: a scalar level that every target has, and an x86-64
//! level (AVX2) chosen at run time. The rest of the crate calls only the
//! functions here and holds no `cfg(target_arch)`.
//!
//! Two accelerators: the trigger search ([`next_block`]), and
//! the clean-URL lane shared by `find` and `repair` ([`host_masks`],
//! [`plain_run`], [`plain_path_run`]).

mod block;
mod scalar;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(not(target_arch = "x86_64"))]
pub(crate) use scalar::Level;
#[cfg(target_arch = "x86_64")]
pub(crate) use x86_64::Level;

pub(crate) use block::{Block, HostMasks};

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

/// The [`HostMasks`] of the 32 bytes from `j`; None when fewer than 32
/// bytes are left or the CPU has no vector level.
#[inline]
pub(crate) fn host_masks(bytes: &[u8], j: usize) -> Option<HostMasks> {
    #[cfg(target_arch = "x86_64")]
    return x86_64::host_masks(bytes, j);
    #[cfg(not(target_arch = "x86_64"))]
    scalar::host_masks(bytes, j)
}

/// The end of the run of [`plain_byte`]s from `j`, or a point before it
/// from where the caller goes on byte by byte: 32 bytes at a time with
/// AVX2, then 16 at a time on every target.
///
/// [`plain_byte`]: crate::chars::plain_byte
#[inline]
pub(crate) fn plain_run(bytes: &[u8], j: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    let j = x86_64::plain_run(bytes, j);
    scalar::plain_run(bytes, j)
}

/// The vector part of a path's run: `(end of the plain run so far, first
/// byte off a normal path or usize::MAX)`; `(j, usize::MAX)` without a
/// vector level.
#[inline]
pub(crate) fn plain_path_run(bytes: &[u8], j: usize) -> (usize, usize) {
    plain_path_run_at(Level::detect(), bytes, j)
}

/// [`plain_path_run`] at `level` (None: nothing looked at).
#[inline]
pub(crate) fn plain_path_run_at(level: Option<Level>, bytes: &[u8], j: usize) -> (usize, usize) {
    #[cfg(target_arch = "x86_64")]
    return x86_64::plain_path_run_at(level, bytes, j);
    #[cfg(not(target_arch = "x86_64"))]
    scalar::plain_path_run_at(level, bytes, j)
}

/// The first stop of the fold at or after `from` (a byte `\`, `=`, `:`,
/// 0xc2, 0xe2 or 0xef) where `hit` holds: one pass over the text, 128
/// bytes at a time with AVX2, else two `memchr3` searches.
pub(crate) fn first_fold_stop(
    bytes: &[u8],
    from: usize,
    mut hit: impl FnMut(usize) -> bool,
) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    let from = match x86_64::first_fold_stop(bytes, from, &mut hit) {
        Ok(k) => return Some(k),
        Err(rest) => rest,
    };
    scalar::first_fold_stop(bytes, from, hit)
}

/// [`first_fold_stop`] at the scalar level, for the tests.
#[cfg(test)]
pub(crate) use scalar::first_fold_stop as scalar_first_fold_stop;
