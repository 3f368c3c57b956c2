//! Stores the lexicons in `data/` compactly in the binary (size budget,
//! issue 7): comment lines dropped, and the one-entry-a-line word lists
//! sorted and front-coded (each line: one digit, the number of leading bytes
//! shared with the entry before, then the rest), which gzips ~20% smaller.
//! `src/entities/lexicon.rs` decodes them; `data/` stays the one to edit.

use std::{env, fs, path::Path};

/// Word lists read as sets (`src/entities/lexicon.rs`).
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
    for name in WORD_LISTS {
        let src = read(name);
        let mut words: Vec<&str> = src
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut coded = String::new();
        let mut prev = "";
        for w in words {
            let mut n = prev
                .bytes()
                .zip(w.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(9);
            while !w.is_char_boundary(n) {
                n -= 1;
            }
            coded.push(char::from(b'0' + n as u8));
            coded.push_str(&w[n..]);
            coded.push('\n');
            prev = w;
        }
        fs::write(Path::new(&out).join(name), coded).unwrap();
    }
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
