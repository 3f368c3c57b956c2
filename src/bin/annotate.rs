//! `annotate`: the command-line face of the annotator.
//!
//! ```text
//! annotate [FILE]                 annotate a whole file (or stdin), print the JSON contract
//! annotate --jsonl [FILE]         one {"id","text"} per line in, one result per line out
//! --offsets utf16|utf8|codepoints offset unit (default utf16)
//! ```

use annotator::{annotate, OffsetUnit};
use rayon::prelude::*;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: annotate [--jsonl] [--offsets utf16|utf8|codepoints] [--pretty] [FILE|-]

Annotates a news article: entities, claims (who said what) and denials.
  FILE            the article (UTF-8 text); stdin when absent or -
  --jsonl         read lines {\"id\": ..., \"text\": ...}, write one result line per input line
  --offsets UNIT  offsets in utf16 (default, JavaScript), utf8 (bytes) or codepoints (Python)
  --pretty        indent the JSON (whole-file mode)";

struct Args {
    jsonl: bool,
    pretty: bool,
    unit: OffsetUnit,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        jsonl: false,
        pretty: false,
        unit: OffsetUnit::Utf16,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => a.jsonl = true,
            "--pretty" => a.pretty = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--offsets" => {
                let v = it
                    .next()
                    .ok_or("--offsets needs a value: utf16, utf8 or codepoints")?;
                a.unit = v.parse()?;
            }
            s if s.starts_with("--offsets=") => a.unit = s["--offsets=".len()..].parse()?,
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            s => {
                if a.file.replace(s.to_string()).is_some() {
                    return Err("more than one input file given".into());
                }
            }
        }
    }
    Ok(a)
}

fn open_input(file: &Option<String>) -> Result<Box<dyn Read>, String> {
    match file.as_deref() {
        None | Some("-") => Ok(Box::new(io::stdin().lock())),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("cannot open {path}: {e}")),
    }
}

/// A batch of input lines is at most this many lines and about this many
/// bytes: memory stays bounded (two batches and one batch of output) however
/// long the input is.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 2 << 20;

/// Reads the next batch of `(line number, bytes)`; empty at the end of input.
fn read_batch(
    reader: &mut impl BufRead,
    lineno: &mut usize,
) -> Result<Vec<(usize, Vec<u8>)>, String> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut buf = Vec::new();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("read error: {e}"))?;
        if n == 0 {
            break;
        }
        *lineno += 1;
        bytes += n;
        batch.push((*lineno, buf));
    }
    Ok(batch)
}

/// Annotates one input line into its output line (with the newline); `None`
/// for a blank line.
fn annotate_line(lineno: usize, buf: &[u8], unit: OffsetUnit) -> Result<Option<Vec<u8>>, String> {
    let line = std::str::from_utf8(buf)
        .map_err(|e| format!("line {lineno}: invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("line {lineno}: invalid JSON: {e}"))?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or_else(|| format!("line {lineno}: expected an object with a string \"text\""))?;
    let id = v.get("id").unwrap_or(&serde_json::Value::Null);
    // `{"id":..., "entities":...}`: the id, then the contract without its
    // opening brace, from the library's own writer (`write_json`, byte for
    // byte serde_json's; an `Output` and serde made a third of the run; perf,
    // issue 7).
    let mut json = b"{\"id\":".to_vec();
    serde_json::to_writer(&mut json, id).map_err(|e| e.to_string())?;
    json.push(b',');
    let mut first = true;
    annotate(text).write_json(text, unit, &mut |s| {
        let s = if first {
            first = false;
            s.strip_prefix('{').unwrap_or(s)
        } else {
            s
        };
        json.extend_from_slice(s.as_bytes());
    });
    json.push(b'\n');
    Ok(Some(json))
}

/// Bulk mode: every core annotates (rayon, one line per task) while the
/// output keeps the input's order. Input is read in batches; the next batch
/// is read while the current one is annotated. The first bad line stops the
/// run after every line before it has been written.
fn run_jsonl(input: Box<dyn Read>, unit: OffsetUnit) -> Result<(), String> {
    let mut reader = io::BufReader::with_capacity(1 << 16, input);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut lineno = 0usize;
    let mut next = read_batch(&mut reader, &mut lineno);
    loop {
        let batch = std::mem::replace(&mut next, Ok(Vec::new()))?;
        if batch.is_empty() {
            break;
        }
        let results = std::thread::scope(|s| {
            let work = s.spawn(|| {
                batch
                    .par_iter()
                    .map(|(no, buf)| annotate_line(*no, buf, unit))
                    .collect::<Vec<_>>()
            });
            next = read_batch(&mut reader, &mut lineno);
            work.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
        });
        for r in results {
            if let Some(out) = r? {
                w.write_all(&out).map_err(|e| format!("write error: {e}"))?;
            }
        }
    }
    w.flush().map_err(|e| format!("write error: {e}"))
}

fn run_whole(mut input: Box<dyn Read>, unit: OffsetUnit, pretty: bool) -> Result<(), String> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("read error: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "input is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let a = annotate(&text);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    if pretty {
        serde_json::to_writer_pretty(&mut w, &a.to_output(&text, unit))
            .map_err(|e| e.to_string())?;
    } else {
        // The library's writer, in pieces: no `Output` held beside the JSON.
        let mut err = None;
        a.write_json(&text, unit, &mut |s| {
            if err.is_none() {
                err = w.write_all(s.as_bytes()).err();
            }
        });
        if let Some(e) = err {
            return Err(format!("write error: {e}"));
        }
    }
    w.write_all(b"\n")
        .and_then(|_| w.flush())
        .map_err(|e| format!("write error: {e}"))
}

fn main() -> ExitCode {
    let result = parse_args().and_then(|a| {
        let input = open_input(&a.file)?;
        if a.jsonl {
            run_jsonl(input, a.unit)
        } else {
            run_whole(input, a.unit, a.pretty)
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(2)
        }
    }
}
