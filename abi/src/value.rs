//! The value word: small ints are tagged (low bit 1, 63-bit payload shifted
//! left by one); everything else is an 8-aligned pointer to an object. The
//! word 0 is never a value: it signals a pending exception.

/// The tag bit set in every small int.
pub const SMALL_TAG: u64 = 1;
/// How far a small int's payload is shifted left in its word.
pub const SMALL_SHIFT: u32 = 1;
/// Largest payload a small int can hold.
pub const SMALL_MAX: i64 = (1 << 62) - 1;
/// Smallest payload a small int can hold.
pub const SMALL_MIN: i64 = -(1 << 62);
/// The word iteration entry points return when an iterator is exhausted:
/// neither a small int (low bit 0) nor an object pointer (never allocated).
pub const ITER_STOP: u64 = 2;

/// The word of the small int `i`, which must lie in `SMALL_MIN..=SMALL_MAX`.
#[inline]
pub const fn tag_small(i: i64) -> u64 {
    ((i << SMALL_SHIFT) as u64) | SMALL_TAG
}
