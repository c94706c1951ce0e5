//! The functions of the `urls` bench ([`newsprep_benches::url_rows`]),
//! timed in alternation: round after round, each function makes one pass
//! over the text, in an order shuffled anew each round. On a shared
//! machine, load comes and goes over seconds; criterion times one function
//! after another, so a swing can land on one row and not on the next. Here
//! every round holds one pass of each, so the ratio of two functions within
//! a round is measured under the same load, and the median of those ratios
//! is what to quote.
//!
//! `cargo bench -p newsprep-benches --bench urls_paired [-- ROUNDS [PASSES
//! [BYTES]]] [prose]` (31 rounds of 1 pass by default). The text is
//! [`newsprep_benches::url_text`], or its first `BYTES` (say 1000000, which
//! stays in a core's cache between the finding and the repairs; the whole
//! 11 MB does not); with `prose`, the same news text without the URLs put
//! in ([`newsprep_benches::prose_text`]), where the cost is that of the
//! scan alone. Prints, per function, the median and the minimum time
//! of a pass, and the median of its per-round ratio to linkify's default
//! finder (above 1: faster than linkify).
//!
//! With one pass per round, each function starts with the caches and
//! branch predictors the others left, as a finder inside a pipeline does;
//! with several (say 10), all but the first pass run warm, as in criterion.
//! The order is shuffled because the function before matters: in a fixed
//! rotation each function nearly always ran after the same one, and
//! `find` then `repair` after linkify configured without schemes (the
//! slowest row) measured 0.8x where it measures 1.0x otherwise.

use newsprep_benches::{median, median_f};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    // `[ROUNDS [PASSES [BYTES]]]`, after cargo's own `--bench`.
    let nums: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let rounds = nums.first().copied().unwrap_or(31).max(1);
    let passes = nums.get(1).copied().unwrap_or(1).max(1);
    let prose = std::env::args().any(|a| a == "prose");
    let mut text = if prose {
        newsprep_benches::prose_text()
    } else {
        newsprep_benches::url_text()
    };
    if let Some(&bytes) = nums.get(2) {
        let mut cut = bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    let runs = newsprep_benches::url_rows();
    let base = runs
        .iter()
        .position(|r| r.name == newsprep_benches::URL_BASELINE)
        .expect("url_rows holds the baseline row");
    // Counts first (and a warm-up pass): every function's count is the
    // same in every round.
    let counts: Vec<usize> = runs.iter().map(|r| (r.pass)(&text)).collect();
    let mut times = vec![Vec::with_capacity(rounds); runs.len()];
    let n = runs.len();
    // Each round runs the functions in a new order (a fixed sequence of
    // shuffles), so that no function always runs after the same one: the
    // one before leaves the caches and branch predictors as it used them.
    let mut order: Vec<usize> = (0..n).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..rounds {
        for j in (1..n).rev() {
            // xorshift64, then a position from 0 to j.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(j, (seed % (j as u64 + 1)) as usize);
        }
        for &k in &order {
            let Some(r) = runs.get(k) else { continue };
            let t0 = Instant::now();
            for _ in 0..passes {
                assert_eq!((r.pass)(black_box(&text)), counts[k]);
            }
            times[k].push(t0.elapsed() / passes as u32);
        }
    }
    println!(
        "{} bytes, {rounds} rounds of {passes} pass(es) per function",
        text.len()
    );
    println!(
        "{:<44} {:>10} {:>10} {:>14}",
        "function", "median", "min", "vs linkify"
    );
    for (k, r) in runs.iter().enumerate() {
        let ratios: Vec<f64> = times[base]
            .iter()
            .zip(&times[k])
            .map(|(l, m)| l.as_secs_f64() / m.as_secs_f64())
            .collect();
        println!(
            "{:<44} {:>7.3} ms {:>7.3} ms {:>13.2}x",
            r.name,
            ms(median(&times[k])),
            ms(times[k].iter().min().copied().unwrap_or_default()),
            median_f(&ratios)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
