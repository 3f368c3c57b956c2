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
}

fn read(name: &str) -> String {
    fs::read_to_string(Path::new("data").join(name)).unwrap()
}
