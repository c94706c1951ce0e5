//! Architecture-specific code, behind one interface in the shape of the
//! `memchr` crate's: a scalar level that every target has, and an x86-64
//! level (AVX2) chosen at run time. The rest of the crate calls only the
//! functions here and holds no `cfg(target_arch)`.
//!
//! Three accelerators: the trigger search ([`next_block`]), the clean-URL
//! lane shared by `find` and `repair` (its host and path tests,
//! [`host_masks`] and [`plain_path_run`]), and the fold's search for
//! character damage ([`first_fold_stop`]).

mod block;
#[cfg(not(target_arch = "x86_64"))]
mod scalar;
#[cfg(target_arch = "x86_64")]
mod x86_64;

pub(crate) use block::{Block, HostMasks};
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

/// The [`HostMasks`] of the 32 bytes from `j`; None when fewer than 32
/// bytes are left or the CPU has no vector level.
#[inline]
pub(crate) fn host_masks(bytes: &[u8], j: usize) -> Option<HostMasks> {
    #[cfg(target_arch = "x86_64")]
    return x86_64::host_masks(bytes, j);
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (bytes, j);
        None
    }
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

/// The first stop of the fold (a byte `\\`, `=`, `:`, 0xc2, 0xe2 or 0xef)
/// at or after `from` where `hit` holds: `Ok(k)`, or `Err(k)` when there is
/// none before `k`, from where the caller searches (`Err(from)` without a
/// vector level).
pub(crate) fn first_fold_stop(
    bytes: &[u8],
    from: usize,
    hit: &mut dyn FnMut(usize) -> bool,
) -> Result<usize, usize> {
    #[cfg(target_arch = "x86_64")]
    return x86_64::first_fold_stop(bytes, from, hit);
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (bytes, hit);
        Err(from)
    }
}
