//! Sentence segmenters on the news corpora, one criterion group per corpus:
//! newsprep `SentenceSegmenter` against the `sentencex` crate (English), in
//! the same run.
//!
//! `cargo bench -p newsprep-benches --bench sentences` (HTML report in
//! `target/criterion/report/`). The sentence count of each is asserted
//! inside the timed loop.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsprep::segment::SentenceSegmenter;
use std::hint::black_box;
use std::time::Duration;

fn bench_corpus(c: &mut Criterion, file: &str, with_peer: bool) {
    let (name, text) = newsprep_benches::corpus(file);
    let text = text.as_str();
    let seg = SentenceSegmenter::default();
    let n_ours = seg.sentences(text).count();
    let n_sx = sentencex::segment("en", text).len();
    // Losslessness on the whole corpus: only white space between sentences.
    let mut pos = 0;
    for s in seg.sentences(text) {
        assert!(
            text[pos..s.start].trim().is_empty(),
            "text lost before byte {} of {name}",
            s.start
        );
        pos = s.end;
    }
    assert!(
        text[pos..].trim().is_empty(),
        "text lost at the end of {name}"
    );
    eprintln!(
        "{name}: {} bytes, newsprep {n_ours} sentences, sentencex {n_sx}",
        text.len()
    );

    let mut g = c.benchmark_group(format!("sentences/{name}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));

    g.bench_function("newsprep", |b| {
        b.iter(|| {
            let n = seg.sentences(black_box(text)).count();
            assert_eq!(n, n_ours);
            black_box(n)
        })
    });
    if with_peer {
        g.bench_function("sentencex", |b| {
            b.iter(|| {
                let n = sentencex::segment("en", black_box(text)).len();
                assert_eq!(n, n_sx);
                black_box(n)
            })
        });
    }
    g.finish();
}

fn sentences(c: &mut Criterion) {
    bench_corpus(c, "news-en.txt", true);
    bench_corpus(c, "news-en-unicode.txt", false);
}

criterion_group!(benches, sentences);
criterion_main!(benches);
