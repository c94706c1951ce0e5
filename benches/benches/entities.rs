//! Entity tagging throughput on `news-en.txt`: the embedded lexicon's tagger
//! (all rules, documents split into paragraphs) against two leftmost-longest
//! matchers over the same names with word-boundary checks, aho-corasick's
//! `find_iter` and daachorse's double-array `leftmost_find_iter`, in the same
//! criterion group, `Throughput::Bytes`.
//!
//! `cargo bench -p newsprep-benches --bench entities`
//!
//! The setup also prints the one-time build costs (the embedded lexicon's
//! tables and the aho-corasick automaton) to stderr.
//!
//! Criterion prints MiB/s: the 150 MB/s is 143 MiB/s. On this shared
//! machine wall-clock times vary by ±30 %; for before/after comparisons of
//! the tagger, count instructions instead (`valgrind --tool=callgrind
//! --toggle-collect='newsprep_lexicon::Lexicon::tag_document'` on
//! `cargo run --release -p newsprep-lexicon --example digest -- news-en.txt`,
//! which also prints a hash of every mention to check that the output is
//! unchanged).

use std::hint::black_box;
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use daachorse::{DoubleArrayAhoCorasickBuilder, MatchKind as DaaMatchKind};
use newsprep::lexicon::Lexicon;

fn is_word_byte_at(t: &str, i: usize) -> bool {
    t.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn is_word_byte_before(t: &str, i: usize) -> bool {
    t.get(..i)
        .and_then(|r| r.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

fn bench(c: &mut Criterion) {
    let (name, text) = newsprep_benches::corpus("news-en.txt");
    // Documents are separated by two blank lines, paragraphs by one.
    let docs: Vec<Vec<&str>> = text
        .split("\n\n\n")
        .map(|d| d.split("\n\n").filter(|p| !p.trim().is_empty()).collect())
        .collect();

    let t = Instant::now();
    let lex = Lexicon::builtin();
    eprintln!(
        "entities: embedded lexicon built in {:?} ({} entries, data {})",
        t.elapsed(),
        lex.len(),
        newsprep::lexicon::DATA_VERSION
    );
    let names: Vec<&str> = lex.names().into_iter().map(|(n, _)| n).collect();
    let t = Instant::now();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("aho-corasick builds");
    eprintln!(
        "entities: aho-corasick over {} names built in {:?} ({} bytes of heap)",
        names.len(),
        t.elapsed(),
        ac.memory_usage()
    );

    // daachorse refuses duplicate patterns: each name once.
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    let t = Instant::now();
    let daa = DoubleArrayAhoCorasickBuilder::new()
        .match_kind(DaaMatchKind::LeftmostLongest)
        .build::<_, _, u32>(&unique)
        .expect("daachorse builds");
    eprintln!(
        "entities: daachorse over {} names built in {:?} ({} bytes of heap)",
        unique.len(),
        t.elapsed(),
        daa.heap_bytes()
    );

    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function(format!("newsprep-lexicon tag_document/{name}"), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                n += lex
                    .tag_document(black_box(d))
                    .iter()
                    .map(|e| e.mentions.len())
                    .sum::<usize>();
            }
            assert!(n > 0);
            n
        })
    });
    g.bench_function(format!("aho-corasick leftmost-longest/{name}"), |b| {
        b.iter(|| {
            let t = black_box(text.as_str());
            let n = ac
                .find_iter(t)
                .filter(|m| !is_word_byte_before(t, m.start()) && !is_word_byte_at(t, m.end()))
                .count();
            assert!(n > 0);
            n
        })
    });
    g.bench_function(format!("daachorse leftmost-longest/{name}"), |b| {
        b.iter(|| {
            let t = black_box(text.as_str());
            let n = daa
                .leftmost_find_iter(t)
                .filter(|m| !is_word_byte_before(t, m.start()) && !is_word_byte_at(t, m.end()))
                .count();
            assert!(n > 0);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
