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

/// Bounds how deeply spans nest: fed spans in start order, it admits each
/// unless `max` spans already admitted cover its start, so no byte is ever
/// covered by more than `max` admitted spans. It keeps at most `max` ends.
pub struct DepthCap {
    max: usize,
    open: Vec<usize>,
}

impl DepthCap {
    pub fn new(max: usize) -> DepthCap {
        DepthCap {
            max,
            open: Vec::with_capacity(max),
        }
    }

    /// True (and `s` counted) when fewer than `max` admitted spans cover
    /// `s.start`; spans must come in order of start.
    pub fn admit(&mut self, s: Span) -> bool {
        self.open.retain(|&end| end > s.start);
        if self.open.len() >= self.max {
            return false;
        }
        self.open.push(s.end);
        true
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

/// Converts byte offsets of one text to another unit, after one pass over
/// the text that notes where its characters beyond ASCII end.
pub struct OffsetMap {
    unit: OffsetUnit,
    /// For each character beyond ASCII, in order: the byte offset where it
    /// ends, and how many more bytes than units the text has up to there.
    /// Empty for [`OffsetUnit::Utf8`] and for ASCII text: news is mostly
    /// ASCII, and a table of every byte was four bytes of memory and a
    /// tenth of the output's time per byte of text (perf, issue 7).
    marks: Vec<(u32, u32)>,
    /// How many marks the last offset asked for was past: offsets come
    /// mostly in text order, so the next answer is there or a step on.
    hint: std::cell::Cell<usize>,
}

impl OffsetMap {
    /// Builds the marks for `text` (one pass; nothing for [`OffsetUnit::Utf8`]).
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut marks = Vec::new();
        if unit != OffsetUnit::Utf8 {
            // A char of n bytes is one unit (two UTF-16 units when 4 bytes).
            let utf16 = unit == OffsetUnit::Utf16;
            let mut extra: u32 = 0;
            // Eight bytes at a time while all are ASCII; no indexing, so no
            // panic site (each one is data in the wasm; size budget).
            for (k, w) in text.as_bytes().chunks(8).enumerate() {
                if w.iter().all(|&c| c < 0x80) {
                    continue;
                }
                for (j, &c) in w.iter().enumerate() {
                    // A char's first byte beyond ASCII: its length from it.
                    if c >= 0xc0 {
                        let n = if c >= 0xf0 {
                            4
                        } else if c >= 0xe0 {
                            3
                        } else {
                            2
                        };
                        extra += n - 1 - u32::from(utf16 && n == 4);
                        marks.push(((k * 8 + j) as u32 + n, extra));
                    }
                }
            }
        }
        OffsetMap {
            unit,
            marks,
            hint: Default::default(),
        }
    }

    /// The offset, in this map's unit, of byte offset `byte` (a char boundary).
    pub fn get(&self, byte: usize) -> usize {
        match self.unit {
            OffsetUnit::Utf8 => byte,
            _ => {
                // i = the number of chars beyond ASCII that end by `byte`.
                let m = &self.marks;
                let past = |x: &(u32, u32)| x.0 as usize <= byte;
                let at = |i: usize| i.checked_sub(1).and_then(|k| m.get(k));
                let mut i = self.hint.get();
                if i > m.len() || at(i).is_some_and(|x| !past(x)) {
                    i = m.partition_point(past);
                } else if m.get(i).is_some_and(past) {
                    i += 1;
                    if m.get(i).is_some_and(past) {
                        i = m.partition_point(past);
                    }
                }
                self.hint.set(i);
                byte - at(i).map_or(0, |x| x.1 as usize)
            }
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

    proptest::proptest! {
        #[test]
        fn every_char_boundary_maps_to_its_unit_count(s in "([a-z ]{0,12}\\PC{0,3}){0,12}") {
            for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoints, OffsetUnit::Utf8] {
                let m = OffsetMap::new(&s, unit);
                let mut units = 0;
                let mut all = Vec::new();
                for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
                    proptest::prop_assert_eq!(m.get(i), units);
                    all.push((i, units));
                    units += match unit {
                        OffsetUnit::Utf16 => c.len_utf16(),
                        OffsetUnit::Codepoints => 1,
                        OffsetUnit::Utf8 => c.len_utf8(),
                    };
                }
                // Asked out of order: backwards, and by odd jumps.
                for &(i, u) in all.iter().rev().chain(all.iter().step_by(3)) {
                    proptest::prop_assert_eq!(m.get(i), u);
                }
            }
        }
    }

    #[test]
    fn trim_drops_surrounding_space() {
        let t = "  hi there \n";
        assert_eq!(Span::new(0, t.len()).trim(t).slice(t), "hi there");
        assert!(Span::new(0, 2).trim(t).is_empty());
    }
}
