//! Bulk mode of the command-line tool: `annotate --jsonl` annotates lines on
//! every core but writes results in input order, across batch boundaries,
//! and stops at the first bad line after writing every line before it.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(input: &[u8], args: &[&str]) -> (String, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs annotate");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("annotate output");
    feeder.join().unwrap().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code(),
    )
}

/// Line `i`: a short article whose entity depends on `i`, so that a result
/// written out of order would not match its id.
fn line(i: usize) -> String {
    let place = ["Moscow", "London", "Paris"][i % 3];
    format!(
        "{{\"id\": {i}, \"text\": \"Officials met in {place} on Monday, a spokesperson said.\"}}\n"
    )
}

#[test]
fn keeps_input_order_across_batches() {
    // More lines than several batches (512), with blank lines, which give no output.
    let n = 5000;
    let input: String = (0..n)
        .map(|i| {
            if i % 1000 == 999 {
                "\n".to_string()
            } else {
                line(i)
            }
        })
        .collect();
    let (out, err, code) = run(input.as_bytes(), &["--jsonl"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    let expected: Vec<usize> = (0..n).filter(|i| i % 1000 != 999).collect();
    assert_eq!(lines.len(), expected.len());
    for (l, &i) in lines.iter().zip(&expected) {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["id"], i, "{l}");
        let place = ["Moscow", "London", "Paris"][i % 3];
        assert!(
            v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["text"] == place),
            "{l}"
        );
    }
}

#[test]
fn bad_line_in_a_later_batch_is_named_after_earlier_lines_are_written() {
    let mut input: String = (0..3000).map(line).collect();
    input.push_str("{\"id\": \"broken\", \"text\": \n");
    input.push_str(&line(3001));
    let (out, err, code) = run(input.as_bytes(), &["--jsonl"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("line 3001: invalid JSON"), "stderr: {err}");
    assert_eq!(out.lines().count(), 3000);
    assert!(out.lines().last().unwrap().starts_with("{\"id\":2999,"));
}

#[test]
fn invalid_utf8_names_its_line() {
    let mut input = line(0).into_bytes();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"caf\xe9\"}\n");
    let (out, err, code) = run(&input, &["--jsonl"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("line 2: invalid UTF-8"), "stderr: {err}");
    assert_eq!(out.lines().count(), 1);
}
