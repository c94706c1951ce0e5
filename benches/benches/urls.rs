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
//! `cargo bench -p newsprep-benches --bench urls`. The corpus is the first
//! 10 MB of `news-text/news-en.txt`; every ~2 KB, at a sentence end, one URL
//! from `news-urls/urls.txt` is inserted in a sentence of our own ("See
//! {url} for more."), one in eight of them damaged (a space inserted in the
//! slug, a defanged host, a line break after a hyphen). Match counts are
//! asserted inside the timed loop.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use linkify::{LinkFinder, LinkKind};
use std::hint::black_box;
use std::time::Duration;

const TARGET: usize = 10 * 1024 * 1024;

fn urls() -> Vec<String> {
    let p = newsprep_benches::data_dir().join("news-urls/urls.txt");
    let list: Vec<String> = std::fs::read_to_string(&p)
        .map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    if list.is_empty() {
        eprintln!(
            "newsprep-benches: {} not readable; using built-in URLs",
            p.display()
        );
        return vec![
            "https://www.example.com/2023/12/23/some-story-slug-a83548".to_string(),
            "https://news.example.co.uk/world/europe-12345678".to_string(),
        ];
    }
    list
}

fn damage(u: &str, n: usize) -> String {
    match n % 3 {
        0 => match u.rfind('-') {
            Some(i) if i > 12 => format!("{}-\n{}", &u[..i], &u[i + 1..]),
            _ => u.to_string(),
        },
        1 => u
            .replacen("https://", "hxxps://", 1)
            .replacen(".com", "[.]com", 1),
        _ => match u.rfind('/') {
            Some(i) if i + 4 < u.len() && u.is_char_boundary(i + 3) => {
                format!("{} {}", &u[..i + 3], &u[i + 3..])
            }
            _ => u.to_string(),
        },
    }
}

fn build_text() -> String {
    let (_, corpus) = newsprep_benches::corpus("news-en.txt");
    let mut cut = corpus.len().min(TARGET);
    while !corpus.is_char_boundary(cut) {
        cut -= 1;
    }
    let corpus = &corpus[..cut];
    let urls = urls();
    let mut out = String::with_capacity(corpus.len() + corpus.len() / 16);
    let mut last = 0;
    let mut n = 0;
    let mut pos = 2048;
    while pos < corpus.len() {
        let Some(i) = corpus[pos..].find(". ").map(|i| pos + i + 2) else {
            break;
        };
        out.push_str(&corpus[last..i]);
        let u = &urls[n % urls.len()];
        let u = if n % 8 == 7 {
            damage(u, n / 8)
        } else {
            u.clone()
        };
        out.push_str(&format!("See {u} for more. "));
        n += 1;
        last = i;
        pos = i + 2048;
        while pos < corpus.len() && !corpus.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out.push_str(&corpus[last..]);
    out
}

fn bench(c: &mut Criterion) {
    let text = build_text();
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
