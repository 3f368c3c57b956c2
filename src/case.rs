//! Unicode case mapping, exactly as the standard library's `to_lowercase`
//! and `to_uppercase` (of `str` and of `char`), from compact tables that
//! `build.rs` derives from the standard library itself: its own tables of
//! (character, mapping) pairs were ~9 KB of the gzipped wasm (size budget,
//! issue 7). The tests compare every character with the standard library.
//!
//! `w.lowercase()` / `w.uppercase()` in place of `w.to_lowercase()` /
//! `w.to_uppercase()` (with `use crate::case::Case;`); one `to_lowercase`
//! left anywhere in the library brings the standard tables back (a test
//! below looks for them in `src/`).

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// Case mapping for `str` (a `String`) and `char` (an iterator of chars).
pub trait Case {
    /// What a mapping returns.
    type Out;
    /// As the standard `to_lowercase`.
    fn lowercase(&self) -> Self::Out;
    /// As the standard `to_uppercase`.
    fn uppercase(&self) -> Self::Out;
}

impl Case for str {
    type Out = String;

    fn lowercase(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if c == 'Σ' {
                out.push(final_sigma(self, i));
            } else {
                out.extend(map(c, &LOWER, &LOWER_MULTI));
            }
        }
        out
    }

    fn uppercase(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_uppercase();
        }
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_uppercase());
            } else {
                out.extend(map(c, &UPPER, &UPPER_MULTI));
            }
        }
        out
    }
}

impl Case for char {
    type Out = Mapped;

    fn lowercase(&self) -> Mapped {
        map(*self, &LOWER, &LOWER_MULTI)
    }

    fn uppercase(&self) -> Mapped {
        map(*self, &UPPER, &UPPER_MULTI)
    }
}

/// The one to three characters a character maps to, as `ToLowercase`.
#[derive(Debug, Clone)]
pub struct Mapped {
    chars: [char; 3],
    at: u8,
    len: u8,
}

impl Iterator for Mapped {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let c = *self
            .chars
            .get(usize::from(self.at))
            .filter(|_| self.at < self.len)?;
        self.at += 1;
        Some(c)
    }
}

/// `c` through `runs` (built by `build.rs`: start, length, step 1 or 2 and
/// offset packed in a u64, sorted by start) or `multi` (character and its
/// mapping of two or three, 0-padded, sorted).
fn map(c: char, runs: &[u64], multi: &[u32]) -> Mapped {
    let u = c as u32;
    let mut out = Mapped {
        chars: [c, '\0', '\0'],
        at: 0,
        len: 1,
    };
    let i = runs.partition_point(|&r| (r & 0x1F_FFFF) as u32 <= u);
    if i > 0 {
        let r = runs[i - 1];
        let start = (r & 0x1F_FFFF) as u32;
        let (len, step) = ((r >> 21 & 0x7FF) as u32, (r >> 32 & 1) as u32 + 1);
        let off = u - start;
        if off.is_multiple_of(step) && off / step < len {
            let m = (i64::from(u) + (r >> 33) as i64 - (1 << 29)) as u32;
            out.chars[0] = char::from_u32(m).unwrap_or(c);
            return out;
        }
    }
    let n = multi.len() / 4;
    let k = {
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if multi[4 * mid] < u {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    if k < n && multi[4 * k] == u {
        let e = &multi[4 * k + 1..4 * k + 4];
        let ch = |x: u32| char::from_u32(x).unwrap_or('\0');
        out.chars = [ch(e[0]), ch(e[1]), ch(e[2])];
        out.len = if e[2] != 0 { 3 } else { 2 };
    }
    out
}

/// 'ς' for a 'Σ' at byte `i` of `s` that ends a word, else 'σ' (Unicode's
/// Final_Sigma, as `str::to_lowercase`).
fn final_sigma(s: &str, i: usize) -> char {
    // The first character that is not case-ignorable is cased.
    fn cased_after_ignorable(mut it: impl Iterator<Item = char>) -> bool {
        it.find_map(|c| Some(sigma_context(c)).filter(|&k| k != 1)) == Some(2)
    }
    if cased_after_ignorable(s[..i].chars().rev())
        && !cased_after_ignorable(s[i + 'Σ'.len_utf8()..].chars())
    {
        'ς'
    } else {
        'σ'
    }
}

/// 1 for a case-ignorable character, 2 for a cased one, else 0.
fn sigma_context(c: char) -> u32 {
    // One number per change of class: distance from the last change << 2 | class.
    let (mut at, mut class) = (0u32, 0u32);
    for v in crate::varint::decode(&SIGMA_CONTEXT) {
        if at + (v >> 2) > c as u32 {
            break;
        }
        at += v >> 2;
        class = v & 3;
    }
    class
}

#[cfg(test)]
mod tests {
    use super::Case;

    fn all() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn every_char_maps_as_the_standard_library() {
        for c in all() {
            assert!(c.lowercase().eq(c.to_lowercase()), "lower {c:?}");
            assert!(c.uppercase().eq(c.to_uppercase()), "upper {c:?}");
        }
    }

    #[test]
    fn strings_map_as_the_standard_library() {
        // Every character once, in runs of 16, with and without ASCII.
        let v: Vec<char> = all().collect();
        for ch in v.chunks(16) {
            let s: String = ch.iter().collect();
            assert_eq!(s.lowercase(), s.to_lowercase());
            assert_eq!(s.uppercase(), s.to_uppercase());
            let s = format!("Ab{s}Q");
            assert_eq!(s.lowercase(), s.to_lowercase());
        }
    }

    /// The class `str::to_lowercase` gives `c` around a 'Σ' (as `build.rs`).
    fn std_class(c: char) -> u32 {
        let fin = |s: String| s.to_lowercase().ends_with('ς');
        match (fin(format!("A{c}Σ")), fin(format!("{c}Σ"))) {
            (true, false) => 1,
            (true, true) => 2,
            _ => 0,
        }
    }

    #[test]
    fn sigma_context_as_the_standard_library() {
        // Every character of the BMP, and both sides of every change of
        // class above it (plus a sample; the scan is slow on the last planes).
        let mut prev: Option<(char, u32)> = None;
        for c in all() {
            let k = std_class(c);
            let change = prev.is_some_and(|(_, pk)| pk != k);
            if (c as u32) < 0x10000 || change || (c as u32).is_multiple_of(97) {
                assert_eq!(super::sigma_context(c), k, "{c:?}");
                if let Some((p, pk)) = prev.filter(|_| change) {
                    assert_eq!(super::sigma_context(p), pk, "{p:?}");
                }
            }
            prev = Some((c, k));
        }
    }

    #[test]
    fn final_sigma_as_the_standard_library() {
        // Σ before and after characters of each class, with ignorable marks between.
        for c in [
            'a',
            'Ω',
            'ǅ',
            'ⓐ',
            '\'',
            '.',
            '\u{301}',
            '\u{ad}',
            'ʰ',
            ' ',
            '1',
            '中',
            '\u{1d400}',
            '\u{e0001}',
        ] {
            for s in [
                format!("{c}Σ"),
                format!("Σ{c}"),
                format!("A{c}Σ"),
                format!("AΣ{c}"),
                format!("AΣ{c}b"),
                format!("A\u{301}{c}Σ'"),
                format!("ΑΣ.{c}"),
            ] {
                assert_eq!(s.lowercase(), s.to_lowercase(), "{s:?}");
            }
        }
        for s in [
            "ΣΑΣ",
            "Σ",
            "ΑΣ",
            "ΑΣ Α",
            "ΑΣ'",
            "ΑΣ'Α",
            "ὈΔΥΣΣΕΎΣ",
            "a.Σ",
            "aΣ\u{301}",
        ] {
            assert_eq!(s.lowercase(), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn the_library_uses_these_mappings_only() {
        // `to_lowercase`/`to_uppercase` anywhere in the library would bring
        // the standard tables back into the wasm.
        fn walk(dir: &std::path::Path, bad: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    if p.file_name().is_some_and(|n| n != "bin") {
                        walk(&p, bad);
                    }
                } else if p.extension().is_some_and(|x| x == "rs")
                    // case.rs itself; test-only files (modules under #[cfg(test)]).
                    && !["case.rs", "tests.rs", "vs_regex.rs"].iter().any(|f| p.ends_with(f))
                {
                    let src = std::fs::read_to_string(&p).unwrap();
                    // Test modules (at the end of a file) may compare with std.
                    let lib = src.split("#[cfg(test)]").next().unwrap_or("");
                    for (n, line) in lib.lines().enumerate() {
                        let code = line.split("//").next().unwrap_or("");
                        if code.contains("to_lowercase") || code.contains("to_uppercase") {
                            bad.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
                        }
                    }
                }
            }
        }
        let mut bad = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut bad,
        );
        assert!(
            bad.is_empty(),
            "use crate::case::Case (.lowercase()/.uppercase()):\n{}",
            bad.join("\n")
        );
    }
}
