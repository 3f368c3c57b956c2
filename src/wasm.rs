//! WebAssembly bindings: conversion only. Offsets cross the boundary as
//! UTF-16 code units so that `text.slice(start, end)` is exactly the span.

use crate::{annotate as annotate_core, OffsetUnit};
use wasm_bindgen::prelude::*;

/// The allocator: talc instead of std's dlmalloc, ~2 KB gzipped smaller
/// (size budget, issue 7). Peak wasm memory on a 1 MB text: 17.4x the input
/// against dlmalloc's 14.3x (budget 20x).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs the panic hook so that a Rust panic is logged with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The annotations of `text` as numbers (see `Annotations::to_packed`),
/// UTF-16 offsets, from which js/packed.js builds the JSON contract's
/// objects, each span's text sliced from the input: no JSON is written,
/// decoded or parsed (perf, issue 7), and no JSON writer ships in the wasm
/// (size, issue 7: 2.7 KB gzipped).
#[wasm_bindgen(js_name = annotatePacked)]
pub fn annotate_packed(text: &str) -> Vec<u32> {
    annotate_core(text).to_packed(text, OffsetUnit::Utf16)
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
