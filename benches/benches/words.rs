//! Word tokenizers on the news corpora, one criterion group per corpus, all
//! peers in the same group: newsprep `words`/`unicode_words`,
//! unicode-segmentation `split_word_bounds`/`unicode_words`, icu_segmenter 2
//! `WordSegmenter::new_for_non_complex_scripts` (rule-based, no dictionary
//! or LSTM, compiled data) and regex `\w+`; newsprep `WordStream` fed 4 KB
//! chunks; and the reference row, a plain two-class ASCII byte scan
//! ([`newsprep_benches::ascii_class_runs`]) that no exact tokenizer beats by
//! much.
//!
//! `cargo bench -p newsprep-benches --bench words` (HTML report in
//! `target/criterion/report/`). The count of every peer is asserted inside
//! the timed loop.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::WordSegmenter;
use newsprep::segment::{unicode_words, words};
use std::hint::black_box;
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

fn bench_corpus(c: &mut Criterion, file: &str) {
    let (name, text) = newsprep_benches::corpus(file);
    let text = text.as_str();

    // Reference counts, and the exactness check on the whole corpus.
    let n_bounds = text.split_word_bounds().count();
    let n_words = text.unicode_words().count();
    assert!(
        words(text)
            .map(|s| (s.start, s.text))
            .eq(text.split_word_bound_indices()),
        "newsprep words differ from split_word_bound_indices on {name}"
    );
    assert_eq!(unicode_words(text).count(), n_words);
    let icu = WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default());
    let n_icu = icu.segment_str(text).count();
    let re = regex::Regex::new(r"\w+").expect("regex");
    let n_re = re.find_iter(text).count();
    let n_runs = newsprep_benches::ascii_class_runs(text);
    eprintln!(
        "{name}: {} bytes, {n_bounds} segments, {n_words} word-like, icu {n_icu} breakpoints, regex {n_re} matches, {n_runs} ASCII class runs",
        text.len()
    );

    let mut g = c.benchmark_group(format!("words/{name}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));

    g.bench_function("newsprep words", |b| {
        b.iter(|| {
            let n = words(black_box(text)).count();
            assert_eq!(n, n_bounds);
            black_box(n)
        })
    });
    g.bench_function("newsprep WordStream 4 KB chunks", |b| {
        b.iter(|| {
            let n = newsprep_benches::stream_words(black_box(text), 4096);
            assert_eq!(n, n_bounds);
            black_box(n)
        })
    });
    g.bench_function("reference: ASCII byte-class runs", |b| {
        b.iter(|| {
            let n = newsprep_benches::ascii_class_runs(black_box(text));
            assert_eq!(n, n_runs);
            black_box(n)
        })
    });
    g.bench_function("unicode-segmentation split_word_bounds", |b| {
        b.iter(|| {
            let n = black_box(text).split_word_bounds().count();
            assert_eq!(n, n_bounds);
            black_box(n)
        })
    });
    g.bench_function("newsprep unicode_words", |b| {
        b.iter(|| {
            let n = unicode_words(black_box(text)).count();
            assert_eq!(n, n_words);
            black_box(n)
        })
    });
    g.bench_function("unicode-segmentation unicode_words", |b| {
        b.iter(|| {
            let n = black_box(text).unicode_words().count();
            assert_eq!(n, n_words);
            black_box(n)
        })
    });
    g.bench_function("icu_segmenter non-complex", |b| {
        b.iter(|| {
            let n = icu.segment_str(black_box(text)).count();
            assert_eq!(n, n_icu);
            black_box(n)
        })
    });
    g.bench_function(r"regex \w+", |b| {
        b.iter(|| {
            let n = re.find_iter(black_box(text)).count();
            assert_eq!(n, n_re);
            black_box(n)
        })
    });
    g.finish();
}

fn news_en(c: &mut Criterion) {
    bench_corpus(c, "news-en.txt");
}

fn news_en_unicode(c: &mut Criterion) {
    bench_corpus(c, "news-en-unicode.txt");
}

criterion_group!(benches, news_en, news_en_unicode);
criterion_main!(benches);
