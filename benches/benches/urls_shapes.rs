//! URL finding per context shape (mid-sentence, sentence end, brackets,
//! quotes, after a label, at a line end): `newsprep extract` and `find`
//! beside linkify's default finder and linkify set to find bare domains too,
//! on [`newsprep_benches::url_text_shaped`] (~4 MB, a clean URL every ~2
//! KB). Issue 20's targets: per shape, `extract` at least 2x linkify with
//! bare domains, `find` at least 1x linkify's default.
//!
//! `cargo bench -p newsprep-benches --bench urls_shapes -- --warm-up-time 1
//! --measurement-time 3`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsprep_benches::{url_text_shaped, UrlShape};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let default = linkify::LinkFinder::new();
    let mut bare = linkify::LinkFinder::new();
    bare.kinds(&[linkify::LinkKind::Url])
        .url_must_have_scheme(false);
    for shape in UrlShape::ALL {
        let text = url_text_shaped(shape);
        let text = text.as_str();
        let mut g = c.benchmark_group(format!("url-shapes/{}", shape.name()));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_function("newsprep extract", |b| {
            b.iter(|| newsprep::url::extract(black_box(text)).len())
        });
        g.bench_function("newsprep find", |b| {
            b.iter(|| newsprep::url::find(black_box(text)).len())
        });
        g.bench_function("linkify default", |b| {
            b.iter(|| default.links(black_box(text)).count())
        });
        g.bench_function("linkify bare domains", |b| {
            b.iter(|| bare.links(black_box(text)).count())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
