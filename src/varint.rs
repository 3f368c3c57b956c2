//! LEB128 varints, the form of the compact tables built into the wasm: the
//! `\w` ranges of `pat/word.rs` and the sigma classes of `case.rs` (size
//! budget, issue 7).

/// The unsigned LEB128 numbers in `bytes`, in order (7 bits a byte, low
/// first, high bit set on all but the last byte of a number).
pub fn decode(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut it = bytes.iter();
    std::iter::from_fn(move || {
        let (mut n, mut shift) = (0u32, 0);
        loop {
            let b = *it.next()?;
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                return Some(n);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_one_and_several_byte_numbers() {
        let v: Vec<u32> = super::decode(&[0, 0x7f, 0x80, 0x01, 0xE5, 0x8E, 0x26]).collect();
        assert_eq!(v, [0, 127, 128, 624_485]);
        // A number cut off at the end is not returned.
        assert_eq!(super::decode(&[5, 0x80]).collect::<Vec<_>>(), [5]);
    }
}
