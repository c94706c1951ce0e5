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

criterion_group!(benches, article);
criterion_main!(benches);
