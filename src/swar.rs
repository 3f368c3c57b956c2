//! Eight bytes at a time: the tests that find, in one `u64`, whether any of
//! its bytes is below a bound or equal to a byte (the JSON writer's runs to
//! escape, the quote scans' marks; perf, issue 7).

/// Eight bytes with `b` in each.
pub const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The high bit of every byte.
const HI: u64 = splat(0x80);

/// Non-zero when a byte of `v` is below `n` (at most 0x80): exact as to
/// whether one is, though bytes after the first such one may be marked too.
/// `below(x ^ splat(c), 1)` finds a byte equal to `c`.
pub fn below(v: u64, n: u8) -> u64 {
    v.wrapping_sub(splat(n)) & !v & HI
}

/// The eight bytes of `b` from `i`, little-endian, if there are eight.
pub fn load(b: &[u8], i: usize) -> Option<u64> {
    let w = b.get(i..i + 8)?;
    let mut x = [0u8; 8];
    x.copy_from_slice(w);
    Some(u64::from_le_bytes(x))
}
