//! Byte spans over the input text, and the one conversion to the offsets other
//! languages speak (UTF-16 code units for JavaScript, code points for Python).

use serde::Serialize;

/// A half-open byte range `[start, end)` into the annotated text.
///
/// Invariant: `start <= end` and both lie on `char` boundaries of the text the
/// span was made from. Every span the crate hands out keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). Panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span shrunk so that it neither starts nor ends with white space.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// The unit offsets are reported in outside Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` takes. The default.
    #[default]
    Utf16,
    /// UTF-8 bytes: what Rust's `str` indexing takes.
    Utf8,
    /// Unicode scalar values: what Python's `str` indexing takes.
    Codepoints,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            "utf8" | "utf-8" | "bytes" => Ok(OffsetUnit::Utf8),
            "codepoints" | "chars" => Ok(OffsetUnit::Codepoints),
            other => Err(format!(
                "unknown offset unit {other:?}: use utf16, utf8 or codepoints"
            )),
        }
    }
}

/// Converts byte offsets of one text to another unit in O(1) per offset,
/// after one pass over the text to build a prefix table.
pub struct OffsetMap {
    unit: OffsetUnit,
    /// For every byte offset that is a char boundary (and the end), the
    /// offset in `unit`; entries inside a char are never read.
    table: Vec<u32>,
}

impl OffsetMap {
    /// Builds the table for `text` (one pass; nothing for [`OffsetUnit::Utf8`]).
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut table = Vec::new();
        if unit != OffsetUnit::Utf8 {
            // A byte loop (perf, issue 7): a char's units are counted at its
            // first byte (a 4-byte char is 2 UTF-16 units, the others 1);
            // continuation bytes add none, and their entries are never read.
            let utf16 = unit == OffsetUnit::Utf16;
            table = Vec::with_capacity(text.len() + 1);
            let mut n: u32 = 0;
            for &b in text.as_bytes() {
                table.push(n);
                if b & 0xc0 != 0x80 {
                    n += 1 + u32::from(utf16 && b >= 0xf0);
                }
            }
            table.push(n);
        }
        OffsetMap { unit, table }
    }

    /// The offset, in this map's unit, of byte offset `byte` (a char boundary).
    pub fn get(&self, byte: usize) -> usize {
        match self.unit {
            OffsetUnit::Utf8 => byte,
            _ => self.table[byte] as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_astral_chars_twice() {
        let text = "a😀é中\r\nb";
        let m = OffsetMap::new(text, OffsetUnit::Utf16);
        let b = text.find('b').unwrap();
        assert_eq!(m.get(b), 1 + 2 + 1 + 1 + 2);
        let c = OffsetMap::new(text, OffsetUnit::Codepoints);
        assert_eq!(c.get(b), 6);
        assert_eq!(OffsetMap::new(text, OffsetUnit::Utf8).get(b), b);
    }

    #[test]
    fn trim_drops_surrounding_space() {
        let t = "  hi there \n";
        assert_eq!(Span::new(0, t.len()).trim(t).slice(t), "hi there");
        assert!(Span::new(0, 2).trim(t).is_empty());
    }
}
