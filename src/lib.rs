//! An article annotator: marks **entities** (people, organisations, places,
//! dates, amounts), **claims** (who said what) and **denials** (who denies
//! what, and which claim) in the text of a news article.
//!
//! The core is plain Rust with no JavaScript dependency; `src/wasm.rs` is a
//! thin binding that converts the result once at the boundary.
//!
//! ```
//! let text = "Moscow denied the report, the Kremlin said.";
//! let a = annotator::annotate(text);
//! let json = a.to_output(text, annotator::OffsetUnit::Utf16);
//! assert!(json.entities.iter().all(|e| text.get(e.start..e.end).is_some()));
//! ```
#![warn(missing_docs)]

mod case;
pub mod claims;
pub mod denials;
pub mod entities;
mod hash;
mod model;
mod output;
mod pat;
mod sort;
mod span;
mod swar;
pub mod text;
mod varint;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod wordlist;

pub use model::{
    Annotations, Claim, ClaimKind, CueClass, Denial, Entity, EntityKind, MAX_SPEAKER_BYTES,
};
pub use output::{ClaimOut, DenialOut, EntityOut, Output, SpanOut};
pub use span::{OffsetMap, OffsetUnit, Span};

/// Annotates `text`: entities, then claims (which use the entities for
/// speakers), then denials (which use both). Spans are byte ranges on char
/// boundaries; the result is sorted and deterministic.
pub fn annotate(text: &str) -> Annotations {
    let doc = text::Doc::new(text);
    let entities = entities::find(&doc);
    let claims = claims::find(&doc, &entities);
    let denials = denials::find(&doc, &entities, &claims);
    let mut a = Annotations {
        entities,
        claims,
        denials,
    };
    a.normalize();
    a
}
