//! Everything that depends on the target architecture, in one place (the
//! layout of memchr's `arch` module): the portable level in [`generic`],
//! and on x86-64 a level compiled for AVX2 in `x86_64`, chosen once at run
//! time. Every level computes the same masks; the tests hold each one to
//! the plain rule machine.

pub(crate) mod generic;
#[cfg(target_arch = "x86_64")]
mod x86_64;

pub(crate) use generic::{Block, BLOCK};

/// A level: the masks of the block of a text that starts at a byte offset
/// (at most the text's length).
pub(crate) type BlockFn = fn(&[u8], usize) -> Block;

fn portable(bytes: &[u8], base: usize) -> Block {
    generic::block(bytes, base, generic::classify)
}

/// The best level this CPU runs, found on the first call and kept.
pub(crate) fn best() -> BlockFn {
    use std::sync::OnceLock;
    static BEST: OnceLock<BlockFn> = OnceLock::new();
    *BEST.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        if let Some(f) = x86_64::detect() {
            return f;
        }
        portable
    })
}

/// The masks of the block of `bytes` at `base` (at most `bytes.len()`),
/// by the best level (in tests, by the level [`force`] chose for the
/// thread).
#[inline]
pub(crate) fn block(bytes: &[u8], base: usize) -> Block {
    #[cfg(test)]
    if let Some(f) = FORCED.with(|f| f.get()) {
        return f(bytes, base);
    }
    best()(bytes, base)
}

#[cfg(test)]
thread_local! {
    static FORCED: std::cell::Cell<Option<BlockFn>> = const { std::cell::Cell::new(None) };
}

/// Makes [`block`] use `level` on this thread (`None`: the best one again).
#[cfg(test)]
pub(crate) fn force(level: Option<BlockFn>) {
    FORCED.with(|f| f.set(level));
}

/// Every level this CPU runs, by name, the portable one first (for tests).
#[cfg(test)]
pub(crate) fn levels() -> Vec<(&'static str, BlockFn)> {
    #[allow(unused_mut)]
    let mut v: Vec<(&'static str, BlockFn)> = vec![("portable", portable)];
    #[cfg(target_arch = "x86_64")]
    if let Some(f) = x86_64::detect() {
        v.push(("x86-64 avx2", f));
    }
    v
}
