//! The whole pipeline (`Pipeline::article`) on news-en.txt cut into its
//! documents, one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsprep::Pipeline;
use std::hint::black_box;
use std::time::Duration;

fn article(c: &mut Criterion) {
    let (name, text) = newsprep_benches::corpus("news-en.txt");
    let docs: Vec<&str> = text
        .split("\n\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let p = Pipeline::new();
    let mut g = c.benchmark_group(format!("pipeline/{name}"));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    g.bench_function("newsprep article", |b| {
        b.iter(|| {
            let paragraphs: usize = docs
                .iter()
                .map(|d| black_box(p.article(d)).paragraphs.len())
                .sum();
            assert!(paragraphs >= docs.len(), "every document has a paragraph");
            paragraphs
        })
    });
    g.finish();
}

/// News-sized documents (5 to 10 KB, as scraped articles are): the whole
/// pipeline beside the layout parser alone, in the same run.
fn article_news_sized(c: &mut Criterion) {
    let (name, text) = newsprep_benches::corpus("news-en.txt");
    let docs: Vec<&str> = text
        .split("\n\n\n")
        .filter(|d| (5000..=10000).contains(&d.len()))
        .collect();
    if docs.is_empty() {
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let p = Pipeline::new();
    let opts = newsprep::article::ParseOptions::new()
        .with_paragraph_joiner(newsprep::segment::should_join);
    let mut g = c.benchmark_group(format!("pipeline/{name} 5-10 KB docs"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("newsprep article", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(p.article(d)).paragraphs.len())
                .sum::<usize>()
        })
    });
    g.bench_function("article layout parse only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    black_box(newsprep::article::parse_with(d, &opts))
                        .paragraphs
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, article, article_news_sized);
criterion_main!(benches);
