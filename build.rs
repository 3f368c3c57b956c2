//! Stores the lexicons in `data/` compactly in the binary (size budget,
//! issue 7), laid out so that the first call parses nothing (page load,
//! issue 7). The word lists become one dictionary (`lexicon.bin`): every
//! distinct entry once, sorted and front-coded (one digit, the number of
//! leading bytes shared with the entry before, then the rest), ended by one
//! control byte that says which lists hold it (an index into `LISTS` of
//! `lexicon.rs`). That gzips ~1% smaller than the twelve lists front-coded
//! apart, and a lookup answers for every list at once.
//! `src/entities/lexicon.rs` reads it; `data/` stays the one to edit.

use std::{env, fs, path::Path};

/// Word lists read as sets (`src/entities/lexicon.rs`); list `i` is bit `i`
/// of the masks in `lexicon.rs`.
const WORD_LISTS: &[&str] = &[
    "common-words.txt",
    "content-words.txt",
    "countries.txt",
    "english-words.txt",
    "given-names.txt",
    "nationalities.txt",
    "org-heads.txt",
    "orgs.txt",
    "places-extra.txt",
    "places.txt",
    "surnames.txt",
    "titles.txt",
];

/// Tables read line by line, in order (`src/claims/cues.rs`, `src/denials/lexicon.rs`).
const TABLES: &[&str] = &["cues.tsv", "denials.tsv"];

fn main() {
    let out = env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build.rs");
    let (bin, rs) = dictionary();
    fs::write(Path::new(&out).join("lexicon.bin"), bin).unwrap();
    fs::write(Path::new(&out).join("lexicon.rs"), rs).unwrap();
    for name in TABLES {
        let src = read(name);
        let kept: String = src
            .split_inclusive('\n')
            .filter(|l| !l.starts_with('#'))
            .collect();
        fs::write(Path::new(&out).join(name), kept).unwrap();
    }
    fs::write(Path::new(&out).join("case_tables.rs"), case_tables()).unwrap();
}

/// The word lists as one front-coded dictionary (`lexicon.bin`) and what
/// reads it needs to know (`lexicon.rs`): the number of entries and of their
/// bytes, the distinct list masks the end bytes index, and one bit constant
/// per list (`places.txt` -> `PLACES`).
fn dictionary() -> (Vec<u8>, String) {
    let mut lists: std::collections::BTreeMap<String, u16> = Default::default();
    for (i, name) in WORD_LISTS.iter().enumerate() {
        for w in read(name).lines().map(str::trim) {
            if !w.is_empty() && !w.starts_with('#') {
                *lists.entry(w.to_string()).or_default() |= 1 << i;
            }
        }
    }
    let mut masks: Vec<u16> = lists.values().copied().collect();
    masks.sort_unstable();
    masks.dedup();
    // End bytes 1..=31: below every byte of a word (checked below) and of
    // the digits.
    assert!(
        masks.len() < 32,
        "too many list combinations for one end byte"
    );
    let (mut bin, mut bytes, mut prev) = (Vec::new(), 0, "");
    for (w, mask) in &lists {
        assert!(w.bytes().all(|b| b >= 0x20) && w.len() < 256);
        let mut n = prev
            .bytes()
            .zip(w.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(9);
        while !w.is_char_boundary(n) {
            n -= 1;
        }
        bin.push(b'0' + n as u8);
        bin.extend_from_slice(&w.as_bytes()[n..]);
        bin.push(1 + masks.binary_search(mask).unwrap() as u8);
        bytes += w.len();
        prev = w;
    }
    assert!(bytes < 1 << 18, "entries too long for 18-bit offsets");
    let mut rs = format!(
        "pub(crate) static CODED: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/lexicon.bin\"));\n\
         pub(crate) const ENTRIES: usize = {};\n\
         pub(crate) const BYTES: usize = {bytes};\n\
         pub(crate) static LISTS: [u16; {}] = {masks:?};\n",
        lists.len(),
        masks.len()
    );
    for (i, name) in WORD_LISTS.iter().enumerate() {
        let id = name
            .trim_end_matches(".txt")
            .replace('-', "_")
            .to_uppercase();
        rs.push_str(&format!("pub(crate) const {id}: u16 = 1 << {i};\n"));
    }
    (bin, rs)
}

/// Unicode case mapping tables for `src/case.rs`, taken from this
/// toolchain's own `to_lowercase`/`to_uppercase` (the same Unicode version as
/// the target's `core`): runs of characters with the same offset to their
/// mapping, ~10x smaller than the standard library's tables of pairs that
/// every `to_lowercase` pulls into the wasm (size budget, issue 7).
/// `src/case.rs` tests every character against the standard library.
fn case_tables() -> String {
    let chars = || (0..=0x10FFFFu32).filter_map(char::from_u32);
    let mut out = String::new();
    for (name, map) in [
        (
            "LOWER",
            (|c: char| c.to_lowercase().collect()) as fn(char) -> Vec<char>,
        ),
        ("UPPER", |c: char| c.to_uppercase().collect()),
    ] {
        // Runs: (start, length, step 1 or 2, offset), packed in a u64.
        let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
        let mut multi: Vec<u32> = Vec::new();
        for c in chars() {
            let m = map(c);
            if m.len() > 1 {
                multi.push(c as u32);
                for k in 0..3 {
                    multi.push(m.get(k).map_or(0, |&x| x as u32));
                }
                continue;
            }
            if m[0] == c {
                continue;
            }
            let (c, d) = (c as u32, m[0] as i64 - c as i64);
            match runs.last_mut() {
                Some(r) if r.3 == d && c == r.0 + r.1 * r.2 => r.1 += 1,
                Some(r) if r.3 == d && r.1 == 1 && c == r.0 + 2 => {
                    r.2 = 2;
                    r.1 = 2;
                }
                _ => runs.push((c, 1, 1, d)),
            }
        }
        out.push_str(&format!(
            "pub(crate) static {name}: [u64; {}] = [",
            runs.len()
        ));
        for (start, len, step, d) in runs {
            assert!(len < 1 << 11 && (-(1 << 29)..1 << 29).contains(&d));
            let packed = start as u64
                | (len as u64) << 21
                | ((step - 1) as u64) << 32
                | ((d + (1 << 29)) as u64) << 33;
            out.push_str(&format!("{packed:#x},"));
        }
        out.push_str("];\n");
        out.push_str(&format!(
            "pub(crate) static {name}_MULTI: [u32; {}] = {multi:?};\n",
            multi.len()
        ));
    }
    // What `str::to_lowercase` needs to map 'Σ' at the end of a word: for
    // each character, 1 when it is case-ignorable (skipped), 2 when cased,
    // 0 otherwise; found by asking `to_lowercase` itself. Stored as LEB128
    // numbers, one per change of class: (distance from the last change) << 2 | class.
    let ends_final = |s: String| s.to_lowercase().ends_with('ς');
    let mut bytes: Vec<u8> = Vec::new();
    let (mut at, mut class) = (0u32, 0u32);
    for c in chars() {
        let cls = match (ends_final(format!("A{c}Σ")), ends_final(format!("{c}Σ"))) {
            (true, false) => 1,
            (true, true) => 2,
            (false, false) => 0,
            (false, true) => panic!("unexpected sigma context for {c:?}"),
        };
        if cls != class {
            let mut v = (c as u32 - at) << 2 | cls;
            loop {
                let b = (v & 0x7f) as u8;
                v >>= 7;
                if v == 0 {
                    bytes.push(b);
                    break;
                }
                bytes.push(b | 0x80);
            }
            at = c as u32;
            class = cls;
        }
    }
    out.push_str(&format!(
        "pub(crate) static SIGMA_CONTEXT: [u8; {}] = {bytes:?};\n",
        bytes.len()
    ));
    out
}

fn read(name: &str) -> String {
    fs::read_to_string(Path::new("data").join(name)).unwrap()
}
