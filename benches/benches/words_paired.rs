//! The word rows of the `words` bench timed in alternation, as
//! `urls_paired` does for URLs: round after round, each function makes one
//! pass over the corpus, in an order shuffled anew each round, so that the
//! ratio of two functions within a round is measured under the same load
//! (this machine is shared, and criterion times one row after another).
//! Prints per function the median and the minimum time of a pass and the
//! median of its per-round ratio to the reference ASCII byte-class scan
//! ([`newsprep_benches::ascii_class_runs`]; 0.5x: half its speed).
//!
//! `cargo bench -p newsprep-benches --bench words_paired [-- ROUNDS]`
//! (21 rounds by default), on news-en.txt and news-en-unicode.txt.

use newsprep_benches::{median, median_f};
use std::hint::black_box;
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

type Pass = fn(&str) -> usize;

const ROWS: &[(&str, Pass)] = &[
    ("reference: ASCII byte-class runs", |t| {
        newsprep_benches::ascii_class_runs(t)
    }),
    ("newsprep words", |t| newsprep::segment::words(t).count()),
    ("newsprep WordStream 4 KB chunks", |t| {
        newsprep_benches::stream_words(t, 4096)
    }),
    ("unicode-segmentation split_word_bounds", |t| {
        t.split_word_bounds().count()
    }),
];

fn main() {
    let rounds = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(21)
        .max(1);
    for file in ["news-en.txt", "news-en-unicode.txt"] {
        let (name, text) = newsprep_benches::corpus(file);
        let counts: Vec<usize> = ROWS.iter().map(|(_, f)| f(&text)).collect();
        let mut times = vec![Vec::with_capacity(rounds); ROWS.len()];
        let mut order: Vec<usize> = (0..ROWS.len()).collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..rounds {
            for j in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(j, (seed % (j as u64 + 1)) as usize);
            }
            for &k in &order {
                let (_, f) = ROWS[k];
                let t0 = Instant::now();
                assert_eq!(f(black_box(&text)), counts[k]);
                times[k].push(t0.elapsed());
            }
        }
        println!("{name}: {} bytes, {rounds} rounds", text.len());
        println!(
            "{:<40} {:>10} {:>10} {:>10} {:>14}",
            "function", "median", "min", "MB/s(min)", "vs reference"
        );
        for (k, (row, _)) in ROWS.iter().enumerate() {
            let ratios: Vec<f64> = times[0]
                .iter()
                .zip(&times[k])
                .map(|(r, m)| r.as_secs_f64() / m.as_secs_f64())
                .collect();
            let min = times[k].iter().min().copied().unwrap_or_default();
            println!(
                "{:<40} {:>7.2} ms {:>7.2} ms {:>10.0} {:>13.2}x",
                row,
                median(&times[k]).as_secs_f64() * 1e3,
                min.as_secs_f64() * 1e3,
                text.len() as f64 / min.as_secs_f64() / 1e6,
                median_f(&ratios)
            );
        }
    }
}
