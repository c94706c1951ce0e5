//! The masks the vector levels hand back.

/// The trigger bits of the `len` bytes from `base` (`len` is 128, or 64
/// for the last block): bit `k` is set when the byte at `base + k` is a
/// slash, or a dot followed by `)` or a byte from `0` up (a digit, a
/// letter, `]`, `}`, a non-ASCII byte, ...) or preceded by `w` or `W` (a
/// superset of the dots `dot_rejected` keeps).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Block {
    pub(crate) base: usize,
    pub(crate) len: usize,
    pub(crate) bits: u128,
}
