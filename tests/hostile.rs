//! Hostile and odd input, for the core and for the `annotate` command-line
//! tool: every input gets a sensible result (the invariants of tests/common
//! hold, nothing panics) or a clear message and a non-zero exit.

mod common;

use annotator::{annotate, OffsetUnit};
use common::{check, check_once, entities_in};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = include_str!("../www/sample.txt");

/// (text, kind) of every entity, in order.
fn ents(text: &str) -> Vec<(String, &'static str)> {
    annotate(text)
        .entities
        .iter()
        .map(|e| (e.span.slice(text).to_string(), e.kind.as_str()))
        .collect()
}

fn has(text: &str, name: &str, kind: &str) -> bool {
    ents(text).iter().any(|(t, k)| t == name && *k == kind)
}

// ---------------------------------------------------------------- core

#[test]
fn empty_and_white_space_give_nothing() {
    for t in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{2003}\u{3000}\u{2028}\u{2029}\u{85}",
        "\u{feff}",
        &" ".repeat(100_000),
    ] {
        let a = check(t).unwrap();
        assert!(
            a.entities.is_empty() && a.claims.is_empty() && a.denials.is_empty(),
            "{t:?}"
        );
    }
}

/// Ten megabytes pasted at once: two megabytes of articles (some mangled),
/// then eight of other pasted matter (plain prose, CJK, emoji, markup, blank
/// lines). The invariants hold, every copy of the article keeps its
/// entities, and the first is annotated as it is on its own. (Mostly filler so
/// that an unoptimised test build takes seconds, not minutes: a quadratic
/// step anywhere still shows.)
#[test]
fn ten_megabytes_at_once() {
    let mut text = String::with_capacity(11 << 20);
    let variants = [
        SAMPLE.to_string(),
        SAMPLE.replace('\n', "\r\n"),
        SAMPLE.replace('"', "“"),
        SAMPLE.to_uppercase(),
        SAMPLE.replace(' ', "\u{a0}"),
    ];
    let mut i = 0;
    while text.len() < 2 << 20 {
        text.push_str(&variants[i % variants.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    let filler = [
        "it was a quiet day by the river and the boats came in slowly; nobody said much. ",
        "中文新闻报道说，今天天气很好。",
        "😀👨‍👩‍👧🇬🇧 ",
        "<div class=\"x\"><script>alert(1)</script></div>\n",
        "\n\n\n",
    ];
    let mut k = 0;
    while text.len() < 10 << 20 {
        text.push_str(filler[k % filler.len()]);
        k += 1;
    }
    let a = check_once(&text).unwrap();
    let first = annotate(SAMPLE);
    let got: Vec<_> = entities_in(&a, 0, SAMPLE.len())
        .into_iter()
        .map(|(s, e, _)| (s, e))
        .collect();
    for (s, e, _) in entities_in(&first, 0, SAMPLE.len()) {
        assert!(
            got.iter().any(|&(gs, ge)| gs <= s && e <= ge),
            "{:?} lost in 10 MB",
            &SAMPLE[s..e]
        );
    }
    let copies = i / variants.len();
    assert!(
        a.entities.len() >= first.entities.len() * copies,
        "entities in every copy"
    );
}

#[test]
fn one_megabyte_line_without_spaces() {
    for t in [
        "a".repeat(1 << 20),
        "A".repeat(1 << 20),
        "Moscow".repeat(1 << 17),
        ".".repeat(1 << 20),
        "Moscow.said,denied\"".repeat(50_000),
        "é😀".repeat(1 << 17),
        "1".repeat(1 << 20),
    ] {
        check(&t).unwrap_or_else(|e| panic!("{e} on {:?}…", &t[..12]));
    }
}

#[test]
fn only_quote_marks() {
    for q in [
        "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "“”", "”“", "\"\n", "« »",
    ] {
        for n in [1, 2, 3, 1001] {
            let t = q.repeat(n);
            let a = check(&t).unwrap();
            assert!(a.entities.is_empty() && a.claims.is_empty(), "{t:?}");
        }
    }
    check(&"\"“”‘’'«»„".repeat(5000)).unwrap();
}

#[test]
fn unbalanced_quotes_lose_nothing() {
    let cases = [
        "He said: \"this quote never ends, and Moscow is in it",
        "“Moscow is cold,” she said. “And London",
        "The report ended.” A spokesperson for the Kremlin said so.",
        "\"\"\"The Foreign Office said nothing.",
        "\"One,\" he said. \"Two, three\" \"four",
        "«We deny it,» said Mr Smith.»",
    ];
    for t in cases {
        check(t).unwrap();
    }
    // An opening quote early in the sample must not swallow the rest of it.
    let t = format!("\"{SAMPLE}");
    let a = check(&t).unwrap();
    assert!(has(&t, "Moscow", "place"));
    assert!(
        a.claims.iter().all(|c| c.content.len() < t.len() / 2),
        "a stray quote mark swallowed the article"
    );
    let base = annotate(SAMPLE).entities.len();
    assert!(
        a.entities.len() + 2 >= base,
        "{} entities with a stray quote, {base} without",
        a.entities.len()
    );
}

#[test]
fn right_to_left_text() {
    let t =
        "قال المتحدث باسم الوزارة إن الاتهامات باطلة. The Kremlin denied the report from Moscow. \
             הדובר אמר כי ההאשמות שקריות.";
    check(t).unwrap();
    assert!(has(t, "Moscow", "place"));
    // Bidi controls around a name do not move its offsets.
    let t = "The \u{202e}Kremlin\u{202c} said on Monday that Moscow would respond.\u{200f}";
    check(t).unwrap();
    let a = annotate(t);
    let m = a
        .entities
        .iter()
        .find(|e| e.span.slice(t) == "Moscow")
        .expect("Moscow");
    let o = a.to_output(t, OffsetUnit::Utf16);
    let u: Vec<u16> = t.encode_utf16().collect();
    let e = o.entities.iter().find(|e| e.text == "Moscow").unwrap();
    assert_eq!(String::from_utf16(&u[e.start..e.end]).unwrap(), "Moscow");
    assert_eq!(m.span.start, t.find("Moscow").unwrap());
}

#[test]
fn zero_width_joiners_and_emoji() {
    let t =
        "👨‍👩‍👧‍👦 🏳️‍🌈 The Foreign Office said David\u{200d}Lammy met officials in Moscow.\u{200d}\u{200b}";
    check(t).unwrap();
    let o = annotate(t).to_output(t, OffsetUnit::Utf16);
    let e = o
        .entities
        .iter()
        .find(|e| e.text == "Moscow")
        .expect("Moscow found after ZWJ emoji");
    let u: Vec<u16> = t.encode_utf16().collect();
    assert_eq!(
        e.start,
        u.windows(6)
            .position(|w| w == "Moscow".encode_utf16().collect::<Vec<_>>())
            .unwrap()
    );
    check(&"\u{200d}".repeat(10_000)).unwrap();
    check(&"a\u{200d}".repeat(10_000)).unwrap();
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    check(&controls).unwrap();
    check(&controls.repeat(1000)).unwrap();
    let t = "David Lammy\0 met officials in Moscow\u{1}.\u{7}\u{1b}[31m The Kremlin\u{8}\u{8} denied it.";
    check(t).unwrap();
    assert!(has(t, "Moscow", "place"));
    // Controls between every character of a sentence: no panic, offsets still hold.
    let t: String = "The Kremlin denied it."
        .chars()
        .flat_map(|c| [c, '\0'])
        .collect();
    check(&t).unwrap();
}

/// CRLF and CR line ends give the same entities as LF.
#[test]
fn crlf_and_cr_line_ends() {
    let lf = ents(SAMPLE);
    for le in ["\r\n", "\r"] {
        let t = SAMPLE.replace('\n', le);
        check(&t).unwrap();
        assert_eq!(ents(&t), lf, "line ends {le:?}");
        let c = annotate(&t).claims.len();
        assert_eq!(
            c,
            annotate(SAMPLE).claims.len(),
            "claims with line ends {le:?}"
        );
    }
}

#[test]
fn html_script_javascript_links_and_css() {
    let t = r#"<html><head><style>body{background:url("javascript:alert(1)")}</style>
<script>document.write("<img src=x onerror=alert(1)>");</script></head>
<body><p>The Kremlin said: "<b>We deny</b> everything," in <a href="javascript:alert('Moscow')">Moscow</a>.</p>
<img src=x onerror="window.__x=1"><svg onload=alert(1)><iframe srcdoc="&lt;script&gt;"></iframe>
<!-- comment --><![CDATA[ x ]]>&amp;&lt;&#x3C;&#60;</body></html>"#;
    let a = check(t).unwrap();
    // The JSON carries the markup as data: it parses back to the same strings.
    let o = a.to_output(t, OffsetUnit::Utf16);
    let json = serde_json::to_string(&o).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    for (i, e) in o.entities.iter().enumerate() {
        assert_eq!(back["entities"][i]["text"], e.text.as_str());
    }
    assert!(o
        .entities
        .iter()
        .any(|e| e.text == "Moscow" && e.start == t.rfind(">Moscow<").unwrap() + 1));
    check(&"<script>alert(1)</script>".repeat(20_000)).unwrap();
    check(&"javascript:void(0)//".repeat(50_000)).unwrap();
}

#[test]
fn odd_unicode() {
    for t in [
        "\u{fffd}\u{fffd} Moscow",
        "ǅemal Bijedić said \"the İstanbul office is closed, all of it.\"",
        "ﬁnance Minister Ǆ",
        "e\u{301}\u{301}\u{301}\u{301} Moscow \u{301}",
        "\u{10ffff}\u{e000}\u{f8ff} London",
        "𝐓𝐡𝐞 𝐊𝐫𝐞𝐦𝐥𝐢𝐧 said it was false.",
        "ΣΟΦΙΑ said: «Η Μόσχα αρνείται».",
    ] {
        check(t).unwrap();
    }
}

/// A fuzzed run of "X denied" cues in one 743-byte sentence (CI, 2026-12-01):
/// each cue's content ran to the sentence end inside the last one's, 8.5 KB
/// of content spans in all. Nesting is capped, so output stays proportional.
#[test]
fn a_sentence_of_denial_cues_stays_proportional() {
    let t = include_str!("data/fuzz-denial-run.txt");
    let a = check(t).unwrap();
    assert!(a.claims.len() >= 4, "{} claims", a.claims.len());
}

/// Runs of cues that nest ("X denied that Y denied that ..."), a long
/// speaker whose quote holds many denials, and a quote of 300 paragraphs
/// (each part repeats the cue and speaker): spans stay proportional to the
/// text (the first, second and fifth once gave 10 to 113 times its length).
#[test]
fn nested_cues_and_a_long_speaker_stay_proportional() {
    let long_word = format!("A{}", "b".repeat(150));
    let texts = [
        format!("{}the report was true.", "Ann Lee denied that ".repeat(60)),
        format!(
            "{}the report was true.",
            "Ann Lee said that Bo Ray denied that Cy Fox rejected claims that ".repeat(30)
        ),
        format!(
            "{}the report was true.",
            "According to Ann Lee, ".repeat(80)
        ),
        format!(
            "A spokesperson for the ministry acknowledged in a statement:\n\n{}\"The end.\"",
            "\"A\n".repeat(300)
        ),
        format!(
            "{} said: \"{}\"",
            vec![long_word.as_str(); 14].join(" "),
            "We deny it. ".repeat(300)
        ),
    ];
    for t in &texts {
        let a = check(t).unwrap();
        assert!(!a.claims.is_empty(), "no claim in {t:?}");
        let covered: usize = a
            .claims
            .iter()
            .map(|c| c.content.len() + c.speaker.map_or(0, |s| s.len()))
            .chain(
                a.denials
                    .iter()
                    .map(|d| d.target.map_or(0, |s| s.len()) + d.denier.map_or(0, |s| s.len())),
            )
            .sum();
        assert!(covered <= 12 * t.len(), "{covered} bytes for {}", t.len());
    }
}

/// A fuzzed text (2026-12-01) whose quote closed with `''` inside the token
/// `a'''gy`, which then became the speaker, straddling the content.
#[test]
fn a_quote_mark_inside_a_word_splits_no_speaker() {
    let t = "O\u{fffd}ficasli in Lisbononflict.\n\n\"At the same time, the British \
             themselves, obviously, a\'\'\'gy said.";
    check(t).unwrap();
}

/// A fuzzed input (2026-12-01: NULs, stray marks, invalid UTF-8, decoded
/// lossily as the fuzzer does) that made "calling" both a claim's speaker and
/// its cue.
#[test]
fn a_speaker_never_overlaps_its_cue() {
    let t = String::from_utf8_lossy(include_bytes!("data/fuzz-speaker-is-cue.bin"));
    check(&t).unwrap();
}

// ---------------------------------------------------------------- CLI

fn cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut w = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    // Write from a thread: the tool may exit (or fill stdout) before reading all of it.
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn cli_empty_input_gives_empty_contract() {
    for input in [&b""[..], b"   \n", b"\r\n"] {
        let o = cli(&[], input);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"entities": [], "claims": [], "denials": []})
        );
    }
    let o = cli(&["--jsonl"], b"");
    assert!(o.status.success() && o.stdout.is_empty());
}

#[test]
fn cli_rejects_invalid_utf8_with_its_offset() {
    let mut input = b"The Kremlin said ".to_vec();
    input.extend_from_slice(&[0xff, 0xfe]);
    let o = cli(&[], &input);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e = stderr(&o);
    assert!(e.contains("UTF-8") && e.contains("17"), "{e}");
}

#[test]
fn cli_jsonl_names_the_bad_line() {
    let good = br#"{"id": 1, "text": "Moscow denied it."}"#;
    let cases: [(&[u8], &str); 5] = [
        (b"{\"id\": 3, \"text\": \"unterminated}", "invalid JSON"),
        (b"not json at all", "invalid JSON"),
        (b"{\"id\": 3, \"text\": \"\xff\xfe\"}", "invalid UTF-8"),
        (b"{\"id\": 3}", "\"text\""),
        (b"[1, 2, 3]", "\"text\""),
    ];
    for (bad, what) in cases {
        // Line 3, after a good line and a blank one (blank lines count).
        let mut input = good.to_vec();
        input.extend_from_slice(b"\n\n");
        input.extend_from_slice(bad);
        input.extend_from_slice(b"\n");
        input.extend_from_slice(good);
        input.push(b'\n');
        let o = cli(&["--jsonl"], &input);
        assert_ne!(o.status.code(), Some(0), "{bad:?}");
        let e = stderr(&o);
        assert!(e.contains("line 3") && e.contains(what), "{bad:?}: {e}");
        // The good line before it was answered.
        let first = String::from_utf8_lossy(&o.stdout);
        assert!(first.starts_with("{\"id\":1,"), "{first}");
    }
}

#[test]
fn cli_jsonl_takes_crlf_lines_and_odd_text() {
    let lines = [
        serde_json::json!({"id": "a", "text": "The Kremlin said Moscow was calm.\r\nLondon disagreed."}),
        serde_json::json!({"id": "b", "text": ""}),
        serde_json::json!({"id": "c", "text": "\u{0}\u{1}<script>alert(1)</script> 😀 in Moscow"}),
        serde_json::json!({"id": null, "text": "\"\"\"“"}),
    ];
    let input: String = lines.iter().map(|l| l.to_string() + "\r\n").collect();
    for unit in ["utf16", "utf8", "codepoints"] {
        let o = cli(&["--jsonl", "--offsets", unit], input.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let out: Vec<serde_json::Value> = String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(out.len(), lines.len());
        for (l, r) in lines.iter().zip(&out) {
            assert_eq!(l["id"], r["id"]);
            let text = l["text"].as_str().unwrap();
            for e in r["entities"].as_array().unwrap() {
                let (s, en) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                let got: String = match unit {
                    "utf16" => {
                        String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[s..en]).unwrap()
                    }
                    "utf8" => text[s..en].to_string(),
                    _ => text.chars().skip(s).take(en - s).collect(),
                };
                assert_eq!(got, e["text"].as_str().unwrap(), "{unit}");
            }
        }
        let c = &out[2]["entities"];
        assert!(
            c.as_array().unwrap().iter().any(|e| e["text"] == "Moscow"),
            "{c}"
        );
    }
}

#[test]
fn cli_jsonl_one_megabyte_line() {
    let text = "Moscow".repeat(1 << 17) + " The Kremlin denied it.";
    let line = serde_json::json!({"id": 1, "text": text}).to_string() + "\n";
    let o = cli(&["--jsonl"], line.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], 1);
}

#[test]
fn cli_bad_arguments_say_so() {
    for (args, what) in [
        (&["--offsets", "utf32"][..], "unknown offset unit"),
        (&["--offsets"][..], "--offsets needs a value"),
        (&["--frobnicate"][..], "unknown option"),
        (&["/nonexistent/article.txt"][..], "cannot open"),
        (&["a.txt", "b.txt"][..], "more than one"),
    ] {
        let o = cli(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(what), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn cli_whole_file_with_nul_crlf_and_html() {
    let text = "<p>The Kremlin\0 said:\r\n\"We deny everything,\" in Moscow.</p>\r";
    let o = cli(&["-"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let u: Vec<u16> = text.encode_utf16().collect();
    for e in v["entities"].as_array().unwrap() {
        let (s, en) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&u[s..en]).unwrap(),
            e["text"].as_str().unwrap()
        );
    }
}

// ------------------------------------------- regressions found by the tests
// Each input below once broke an invariant; the name says where.

/// entities/names.rs looked at the word after "of" without a bounds check.
#[test]
fn regression_name_ending_in_of_at_text_end() {
    for t in [
        "According to the Ministry of",
        "Ministry of",
        "The Bank of",
        "Bank of\n",
        "Ministry of ",
    ] {
        check(t).unwrap();
    }
}

/// entities joined capitalised words across lone-CR line ends.
#[test]
fn regression_names_across_cr_line_ends() {
    let t = "Picture: Alamy\r\rBy Kit Heren\r\rThe UK said so.";
    assert!(
        !ents(t).iter().any(|(e, _)| e.contains('\r')),
        "{:?}",
        ents(t)
    );
}

/// U+2028 and U+2029 did not end a paragraph, so a quote left open on one
/// "line" paired with a mark lines later.
#[test]
fn regression_unicode_line_separators_end_paragraphs() {
    let lf = ents(SAMPLE);
    for le in ["\u{2028}", "\u{2029}", "\u{85}"] {
        let t = SAMPLE.replace('\n', le);
        check(&t).unwrap();
        assert_eq!(ents(&t), lf, "line ends {le:?}");
    }
}

/// denials: a target ran to the sentence end for every cue (quadratic output).
#[test]
fn regression_many_denials_in_one_long_sentence() {
    let t = "Moscow.said,denied\"".repeat(20_000);
    check(&t).unwrap();
}

/// Found by `any_prefix_keeps_b_entities`: the "th" of "11th Mar" counted as
/// the word "th" seen in lower case, so a sentence-initial "Th..." fragment
/// later in the article was taken for a plain word and lost its mark.
#[test]
fn regression_ordinal_suffix_is_no_lower_case_word() {
    let alone = "Prices rose on Friday. Th";
    let after = "The talks opened on 11th Mar, 2025.\n\nPrices rose on Friday. Th";
    assert!(has(alone, "Th", "organization"), "{:?}", ents(alone));
    assert!(has(after, "Th", "organization"), "{:?}", ents(after));
}

/// Found by the CI fuzz run: a capitalised word joined to a lower-case one by
/// a non-breaking hyphen (U+2011, three bytes) was cut one byte after the
/// head, inside the hyphen, and panicked. Both hyphens type the head alike.
#[test]
fn regression_non_breaking_hyphen_compound() {
    for t in [
        "Russia\u{2011}s",
        "A Russian\u{2011}backed group.",
        "Al\u{2011}based",
    ] {
        check(t).unwrap();
    }
    let plain = "The Russian-backed group said so.";
    let nb = plain.replace('-', "\u{2011}");
    assert_eq!(ents(plain), ents(&nb));
    assert!(has(&nb, "Russian", "nationality"), "{:?}", ents(&nb));
}

/// A poll as the last token of the text ("... leads in the polls" with no
/// full stop) read the token after it, past the end, and panicked.
#[test]
fn regression_poll_at_the_end_of_the_text() {
    for t in [
        "Ann Ode leads in the polls",
        "In the polls",
        "in polls",
        "In the polls,",
    ] {
        check(t).unwrap();
    }
    let a = annotate("Ann Ode leads Tom Ames by nine points in the polls");
    assert_eq!(a.claims.len(), 1);
}

/// The string literals of a Rust source: the sentences its tests are
/// written on (escapes `\"`, `\n`, `\\` undone; raw strings skipped).
fn literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('u') => s.push('\u{fffd}'),
                    Some(e) => s.push(e),
                    None => break,
                },
                _ => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

/// Every rule's own examples (the sentences of the claims and denials unit
/// tests and of the entity rules' tests) cut before each character that is no letter or digit, and from it
/// on: a text can end, or start, where a rule reads on. Found the poll rule
/// reading past the end of "... leads in the polls" (see above).
#[test]
fn rule_examples_cut_anywhere() {
    let mut n = 0;
    for src in [
        include_str!("../src/claims/tests.rs"),
        include_str!("../src/denials/tests.rs"),
        include_str!("entities_rules.rs"),
    ] {
        for lit in literals(src).iter().filter(|l| l.contains(' ')) {
            for (i, c) in lit.char_indices() {
                if !c.is_alphanumeric() {
                    check_once(&lit[..i])
                        .map_err(|e| format!("{:?}: {e}", &lit[..i]))
                        .unwrap();
                    check_once(&lit[i..])
                        .map_err(|e| format!("{:?}: {e}", &lit[i..]))
                        .unwrap();
                    n += 2;
                }
            }
        }
    }
    assert!(n > 1000, "only {n} cuts: are the unit tests still there?");
}
