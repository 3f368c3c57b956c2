//! Native throughput of `annotate(text).to_output(text, Utf16)`, the work the
//! wasm binding and the command-line tool do before serialising.
//!
//! ```text
//! cargo bench --bench annotate          # figures in MB/s (criterion's "thrpt")
//! ```
//!
//! Texts: the sample article (www/sample.txt), one 5,000-word article, the
//! ~1 MB corpus annotated one article per call, and 100 KB / 1 MB texts in one
//! call each (the scaling check). All but the sample come from
//! `scripts/bench-corpus.mjs` (generated with a fixed seed into target/bench/;
//! this bench runs it when the files are missing). Under `cargo test
//! --all-targets` (no `--bench` argument) only the sample runs, once.

use annotator::{annotate, OffsetUnit};
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads target/bench/NAME, generating the corpus files first if needed.
fn corpus_file(name: &str) -> String {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root().join("target"), PathBuf::from)
        .join("bench");
    let path = dir.join(name);
    if !path.exists() {
        let status = std::process::Command::new("node")
            .arg(root().join("scripts/bench-corpus.mjs"))
            .arg(&dir)
            .status()
            .expect("the corpus is made by node scripts/bench-corpus.mjs: is node installed?");
        assert!(status.success(), "scripts/bench-corpus.mjs failed");
    }
    read(&path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn run(text: &str) -> usize {
    let out = annotate(text).to_output(text, OffsetUnit::Utf16);
    out.entities.len() + out.claims.len() + out.denials.len()
}

fn one<M: criterion::measurement::Measurement>(
    g: &mut BenchmarkGroup<'_, M>,
    name: &str,
    text: &str,
) {
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function(name, |b| b.iter(|| run(black_box(text))));
}

fn benches(c: &mut Criterion) {
    let sample = read(&root().join("www/sample.txt"));
    let full = std::env::args().any(|a| a == "--bench");
    let mut g = c.benchmark_group("annotate");
    one(&mut g, "sample article", &sample);
    if !full {
        return;
    }
    one(
        &mut g,
        "5000-word article",
        &corpus_file("article-5000w.txt"),
    );

    // The corpus, one call per article (articles are separated by blank lines
    // in corpus.txt; corpus.jsonl keeps them apart exactly).
    let articles: Vec<String> = corpus_file("corpus.jsonl")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus.jsonl line");
            v["text"].as_str().expect("text").to_string()
        })
        .collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function(format!("corpus, {} articles", articles.len()), |b| {
        b.iter(|| articles.iter().map(|a| run(black_box(a))).sum::<usize>())
    });
    g.finish();

    // Each phase of the pipeline on the corpus, to point at the slow module.
    phases(c, &articles, bytes);

    // Scaling: one call on the whole text; ms per MB should stay flat.
    let mut g = c.benchmark_group("scale");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, file) in [("100KB", "scale-100k.txt"), ("1MB", "scale-1m.txt")] {
        one(&mut g, name, &corpus_file(file));
    }
    g.finish();
}

/// The pipeline of `annotate` split into its phases, each timed over the
/// corpus on inputs prepared by the phases before it.
fn phases(c: &mut Criterion, articles: &[String], bytes: usize) {
    use annotator::{claims, denials, entities, text::Doc, Annotations};
    let docs: Vec<Doc> = articles.iter().map(|a| Doc::new(a)).collect();
    let ents: Vec<_> = docs.iter().map(entities::find).collect();
    let cls: Vec<_> = docs
        .iter()
        .zip(&ents)
        .map(|(d, e)| claims::find(d, e))
        .collect();
    let dens: Vec<_> = docs
        .iter()
        .zip(&ents)
        .zip(&cls)
        .map(|((d, e), c)| denials::find(d, e, c))
        .collect();
    let mut g = c.benchmark_group("phase");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.bench_function("text::Doc::new", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| Doc::new(black_box(a)).tokens.len())
                .sum::<usize>()
        })
    });
    g.bench_function("entities::find", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| entities::find(black_box(d)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("claims::find", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&ents)
                .map(|(d, e)| claims::find(black_box(d), e).len())
                .sum::<usize>()
        })
    });
    g.bench_function("denials::find", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&ents)
                .zip(&cls)
                .map(|((d, e), c)| denials::find(black_box(d), e, c).len())
                .sum::<usize>()
        })
    });
    g.bench_function("normalize + to_output", |b| {
        b.iter(|| {
            let mut n = 0;
            for (k, a) in articles.iter().enumerate() {
                let mut an = Annotations {
                    entities: ents[k].clone(),
                    claims: cls[k].clone(),
                    denials: dens[k].clone(),
                };
                an.normalize();
                n += an.to_output(a, OffsetUnit::Utf16).entities.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(annotate_benches, benches);
criterion_main!(annotate_benches);
