//! The functions of the `urls` bench, timed in alternation: round after
//! round, each function makes one pass over the text, in the same order.
//! On a shared machine, load comes and goes over seconds; criterion times
//! one function after another, so a swing can land on one row and not on
//! the next. Here every round holds one pass of each, so the ratio of two
//! functions within a round is measured under the same load, and the
//! median of those ratios is what to quote.
//!
//! `cargo bench -p newsprep-benches --bench urls_paired [-- ROUNDS [PASSES
//! [BYTES]]]` (31 rounds of 1 pass by default). The text is
//! [`newsprep_benches::url_text`], or its first `BYTES` (say 1000000, which
//! stays in a core's cache between the finding and the repairs; the whole
//! 11 MB does not). Prints, per function, the median and the
//! minimum time of a pass, and the median of its per-round ratio to
//! linkify's default finder (above 1: faster than linkify).
//!
//! With one pass per round, each function starts with the caches and
//! branch predictors the others left, as a finder inside a pipeline does;
//! with several (say 10), all but the first pass run warm, as in criterion.

use linkify::LinkFinder;
use newsprep::url;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// One pass of a function over the text: the number of URLs it gives.
type Pass = Box<dyn Fn(&str) -> usize>;

fn main() {
    // `[ROUNDS [PASSES [BYTES]]]`, after cargo's own `--bench`.
    let nums: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let rounds = nums.first().copied().unwrap_or(31).max(1);
    let passes = nums.get(1).copied().unwrap_or(1).max(1);
    let mut text = newsprep_benches::url_text();
    if let Some(&bytes) = nums.get(2) {
        let mut cut = bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    let finder = LinkFinder::new();
    let runs: Vec<(&str, Pass)> = vec![
        (
            "linkify LinkFinder",
            Box::new(move |t| finder.links(t).count()),
        ),
        (
            "newsprep find+repair",
            Box::new(|t| {
                url::find(t)
                    .iter()
                    .filter(|s| url::repair(s.raw).is_ok())
                    .count()
            }),
        ),
        (
            "newsprep find_iter+span.repair",
            Box::new(|t| url::find_iter(t).filter(|s| s.repair().is_ok()).count()),
        ),
        (
            "newsprep find_iter+span.repair_to",
            Box::new(|t| {
                let mut r = url::Repaired::default();
                url::find_iter(t)
                    .filter(|s| s.repair_to(&mut r).is_ok())
                    .count()
            }),
        ),
        ("newsprep extract", Box::new(|t| url::extract(t).len())),
        ("newsprep find", Box::new(|t| url::find(t).len())),
    ];
    // Counts first (and a warm-up pass): every function's count is the
    // same in every round.
    let counts: Vec<usize> = runs.iter().map(|(_, f)| f(&text)).collect();
    let mut times = vec![Vec::with_capacity(rounds); runs.len()];
    let n = runs.len();
    for round in 0..rounds {
        // Each round starts one function later, so that no function always
        // runs after the same one.
        for k in (0..n).map(|j| (j + round) % n) {
            let Some((_, f)) = runs.get(k) else { continue };
            let t0 = Instant::now();
            for _ in 0..passes {
                assert_eq!(f(black_box(&text)), counts[k]);
            }
            times[k].push(t0.elapsed() / passes as u32);
        }
    }
    println!(
        "{} bytes, {rounds} rounds of {passes} pass(es) per function",
        text.len()
    );
    println!(
        "{:<36} {:>10} {:>10} {:>14}",
        "function", "median", "min", "vs linkify"
    );
    for (k, (name, _)) in runs.iter().enumerate() {
        let ratios: Vec<f64> = times[0]
            .iter()
            .zip(&times[k])
            .map(|(l, m)| l.as_secs_f64() / m.as_secs_f64())
            .collect();
        println!(
            "{:<36} {:>7.3} ms {:>7.3} ms {:>13.2}x",
            name,
            ms(median(&times[k])),
            ms(times[k].iter().min().copied().unwrap_or_default()),
            median_f(&ratios)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(v: &[Duration]) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn median_f(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}
