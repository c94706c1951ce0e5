//! URL finding on ~10 MB of news text with URLs sprinkled in, all in one
//! criterion group: the rows of [`newsprep_benches::url_rows`] (`find`
//! then `repair`, its one-pass and span forms, `extract`, `find` alone,
//! and linkify's finder two ways). Issue 5's speed target: `find` plus
//! `repair` at least as fast as linkify's default finder.
//!
//! `cargo bench -p newsprep-benches --bench urls`. The text is
//! [`newsprep_benches::url_text`]. Match counts are asserted inside the
//! timed loop. `--bench urls_paired` times the same functions in
//! alternation, for ratios that the machine's load swings do not skew.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let text = newsprep_benches::url_text();
    let text = text.as_str();
    // A span's repair is its raw text's, by either method.
    let mut reused = newsprep::url::Repaired::default();
    for s in newsprep::url::find(text) {
        let by_raw = newsprep::url::repair(s.raw);
        assert_eq!(s.repair(), by_raw, "{s:?}");
        let into = s.repair_to(&mut reused).map(|()| reused.clone());
        assert_eq!(into, by_raw, "{s:?}");
    }
    let rows = newsprep_benches::url_rows();
    let counts: Vec<usize> = rows.iter().map(|r| (r.pass)(text)).collect();
    let summary: Vec<String> = rows
        .iter()
        .zip(&counts)
        .map(|(r, n)| format!("{} {n}", r.name))
        .collect();
    eprintln!("{} bytes: {}", text.len(), summary.join(", "));
    // Every row that repairs each candidate gives the same count.
    let repaired: Vec<usize> = rows
        .iter()
        .zip(&counts)
        .filter(|(r, _)| r.repairs_each)
        .map(|(_, &n)| n)
        .collect();
    assert!(
        repaired.len() == 5 && repaired.windows(2).all(|w| w[0] == w[1]),
        "{summary:?}"
    );

    let mut g = c.benchmark_group("urls/news-en+urls");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    for (r, &n) in rows.iter().zip(&counts) {
        g.bench_function(r.name, |b| {
            b.iter(|| assert_eq!((r.pass)(black_box(text)), n))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
