//! URL finding on ~10 MB of news text with URLs sprinkled in, all in one
//! criterion group:
//! - `newsprep find+repair`: [`newsprep::url::find`], then
//!   [`newsprep::url::repair`] on each candidate's raw text, as a user of the
//!   public API would call them (repair also normalizes: it returns the
//!   normalized URL). This is what issue 5's speed target measures.
//! - `newsprep find_iter+repair`: the same with [`newsprep::url::find_iter`],
//!   repairing each candidate as it comes.
//! - `newsprep find+span.repair`, `newsprep find_iter+span.repair`: the
//!   same with [`newsprep::url::UrlSpan::repair`], which gives the result of
//!   `repair(span.raw)` (asserted below) and returns a candidate the finder
//!   saw in normal form as it is.
//! - `newsprep find_iter+span.repair_to`: the same with
//!   [`newsprep::url::UrlSpan::repair_to`] into one `Repaired` kept across
//!   the loop (the URL's `String` is reused: no allocation for a URL in
//!   normal form), as a throughput-minded caller would write it.
//! - `newsprep extract`: the same work in one pass (find + repair +
//!   normalize, no second scan of each candidate).
//! - `newsprep find`: candidates only.
//! - linkify's `LinkFinder` with its defaults (URLs with a scheme, and
//!   e-mail addresses), and configured for URLs without a scheme too (the
//!   closer match to what `find` does).
//!
//! `cargo bench -p newsprep-benches --bench urls`. The text is
//! [`newsprep_benches::url_text`]. Match counts are asserted inside the
//! timed loop. `--bench urls_paired` times the same functions in
//! alternation, for ratios that the machine's load swings do not skew.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use linkify::{LinkFinder, LinkKind};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let text = newsprep_benches::url_text();
    let text = text.as_str();
    let n_extract = newsprep::url::extract(text).len();
    let n_find = newsprep::url::find(text).len();
    let find_repair = |text: &str| {
        newsprep::url::find(text)
            .iter()
            .filter(|s| newsprep::url::repair(s.raw).is_ok())
            .count()
    };
    let n_find_repair = find_repair(text);
    let find_iter_repair = |text: &str| {
        newsprep::url::find_iter(text)
            .filter(|s| newsprep::url::repair(s.raw).is_ok())
            .count()
    };
    assert_eq!(find_iter_repair(text), n_find_repair);
    let find_span_repair = |text: &str| {
        newsprep::url::find(text)
            .iter()
            .filter(|s| s.repair().is_ok())
            .count()
    };
    let find_iter_span_repair = |text: &str| {
        newsprep::url::find_iter(text)
            .filter(|s| s.repair().is_ok())
            .count()
    };
    let find_iter_span_repair_to = |text: &str| {
        let mut r = newsprep::url::Repaired::default();
        newsprep::url::find_iter(text)
            .filter(|s| s.repair_to(&mut r).is_ok())
            .count()
    };
    // The span's repair is the raw text's, by either method.
    let mut reused = newsprep::url::Repaired::default();
    for s in newsprep::url::find(text) {
        let by_raw = newsprep::url::repair(s.raw);
        assert_eq!(s.repair(), by_raw, "{s:?}");
        let into = s.repair_to(&mut reused).map(|()| reused.clone());
        assert_eq!(into, by_raw, "{s:?}");
    }
    assert_eq!(find_span_repair(text), n_find_repair);
    assert_eq!(find_iter_span_repair(text), n_find_repair);
    assert_eq!(find_iter_span_repair_to(text), n_find_repair);
    let finder = LinkFinder::new();
    let n_linkify = finder.links(text).count();
    let mut urls_only = LinkFinder::new();
    urls_only
        .kinds(&[LinkKind::Url])
        .url_must_have_scheme(false);
    let n_linkify_fuzzy = urls_only.links(text).count();
    eprintln!(
        "{} bytes: newsprep extract {n_extract}, find {n_find}, find+repair {n_find_repair}; linkify {n_linkify}, linkify without scheme {n_linkify_fuzzy}",
        text.len()
    );

    let mut g = c.benchmark_group("urls/news-en+urls");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("newsprep find+repair", |b| {
        b.iter(|| assert_eq!(find_repair(black_box(text)), n_find_repair))
    });
    g.bench_function("newsprep find_iter+repair", |b| {
        b.iter(|| assert_eq!(find_iter_repair(black_box(text)), n_find_repair))
    });
    g.bench_function("newsprep find+span.repair", |b| {
        b.iter(|| assert_eq!(find_span_repair(black_box(text)), n_find_repair))
    });
    g.bench_function("newsprep find_iter+span.repair", |b| {
        b.iter(|| assert_eq!(find_iter_span_repair(black_box(text)), n_find_repair))
    });
    g.bench_function("newsprep find_iter+span.repair_to", |b| {
        b.iter(|| assert_eq!(find_iter_span_repair_to(black_box(text)), n_find_repair))
    });
    g.bench_function("newsprep extract (find+repair+normalize)", |b| {
        b.iter(|| assert_eq!(newsprep::url::extract(black_box(text)).len(), n_extract))
    });
    g.bench_function("newsprep find", |b| {
        b.iter(|| assert_eq!(newsprep::url::find(black_box(text)).len(), n_find))
    });
    g.bench_function("linkify LinkFinder", |b| {
        b.iter(|| assert_eq!(finder.links(black_box(text)).count(), n_linkify))
    });
    g.bench_function("linkify LinkFinder (urls, no scheme needed)", |b| {
        b.iter(|| assert_eq!(urls_only.links(black_box(text)).count(), n_linkify_fuzzy))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
