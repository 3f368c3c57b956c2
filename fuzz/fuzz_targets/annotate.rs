//! Fuzz target: `annotate` on any UTF-8 text (and on the lossy decoding of
//! any bytes) must not panic and must keep every invariant of
//! tests/common/mod.rs (spans inside the text and on char boundaries, every
//! offset unit slicing to the span's text, proportional output, valid
//! references, deterministic output).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => String::from_utf8_lossy(data),
    };
    if let Err(e) = common::check(&text) {
        panic!("invariant broken: {e}\ntext: {text:?}");
    }
});
