//! WebAssembly bindings: conversion only. Offsets cross the boundary as
//! UTF-16 code units so that `text.slice(start, end)` is exactly the span.

use crate::{annotate as annotate_core, OffsetUnit};
use wasm_bindgen::prelude::*;

/// The allocator: talc instead of std's dlmalloc, ~2 KB gzipped smaller
/// (size budget, issue 7). Peak wasm memory on a 1 MB text: 17.4x the input
/// against dlmalloc's 14.3x (budget 20x).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string (js-sys's takes a Rust `&str`).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

/// Installs the panic hook so that a Rust panic is logged with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates `text` and returns the JSON contract as a plain JS object, with
/// UTF-16 offsets. Throws an `Error` if the result cannot be converted.
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsError> {
    // The JSON in 64 KB pieces handed to JS as they are written (the wasm's
    // memory never holds all of it), joined and parsed there: the same plain
    // object serde-wasm-bindgen built, with less code in the wasm (size
    // budget, issue 7). Chars beyond ASCII come escaped, so that JS decodes
    // and parses one-byte strings (perf, issue 7).
    let parts = js_sys::Array::new();
    annotate_core(text).write_json_as(text, OffsetUnit::Utf16, true, &mut |s| {
        parts.push(&JsValue::from_str(s));
    });
    json_parse(&parts.join("")).map_err(|_| JsError::new("annotate: the result is no JSON"))
}

/// The annotations of `text` as numbers (see `Annotations::to_packed`),
/// UTF-16 offsets, from which js/index.js builds the same objects as
/// [`annotate`] without JSON (perf, issue 7).
#[wasm_bindgen(js_name = annotatePacked)]
pub fn annotate_packed(text: &str) -> Vec<u32> {
    annotate_core(text).to_packed(text, OffsetUnit::Utf16)
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
