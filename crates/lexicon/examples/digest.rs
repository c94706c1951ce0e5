//! Prints a digest of the tagger's output on a text file, to check that a
//! change (say, an optimisation) leaves the results unchanged.
//! `cargo run --release -p newsprep-lexicon --example digest -- FILE`
//!
//! Two ways of cutting the file, as in the benchmarks: documents (split on two
//! blank lines) cut into paragraphs (`tag_document`, as in the criterion
//! benchmark), and whole documents (`tag`, as in `newsprep bench`). For each:
//! the number of entities, of mentions, and an FNV-1a hash of every entity
//! (kind, name, id) and mention (segment, span, text, rule), and the fastest
//! of `RUNS` (default 1) runs. `MODE=p` or `MODE=d` runs only one of the two.

use std::time::{Duration, Instant};

use newsprep_lexicon::{Entity, Lexicon};

struct Fnv(u64);

impl Fnv {
    fn add(&mut self, b: &[u8]) {
        for &x in b {
            self.0 = (self.0 ^ u64::from(x)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
}

fn digest(ents: &[Entity], h: &mut Fnv) -> usize {
    let mut n = 0;
    for e in ents {
        h.add(e.kind.as_str().as_bytes());
        h.add(e.name.as_bytes());
        h.add(e.id.as_bytes());
        for m in &e.mentions {
            h.add(&(m.segment as u64).to_le_bytes());
            h.add(&(m.start as u64).to_le_bytes());
            h.add(&(m.end as u64).to_le_bytes());
            h.add(m.text.as_bytes());
            h.add(m.rule.as_str().as_bytes());
            n += 1;
        }
    }
    n
}

/// Tags every item of `docs` with `tag`, `runs` times; prints the digest and
/// the fastest run's time.
fn run<T>(name: &str, bytes: usize, docs: &[T], runs: usize, tag: impl Fn(&T) -> Vec<Entity>) {
    let mut best = Duration::MAX;
    let mut line = String::new();
    for _ in 0..runs.max(1) {
        let (mut h, mut ne, mut nm) = (Fnv(0xcbf2_9ce4_8422_2325), 0, 0);
        let t = Instant::now();
        for d in docs {
            let ents = tag(d);
            ne += ents.len();
            nm += digest(&ents, &mut h);
        }
        best = best.min(t.elapsed());
        line = format!("{name}: {ne} entities, {nm} mentions, hash {:016x}", h.0);
    }
    let mbs = bytes as f64 / best.as_secs_f64() / 1e6;
    println!("{line} ({best:?}, {mbs:.1} MB/s)");
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let lex = Lexicon::builtin();
    let mode = std::env::var("MODE").unwrap_or_default();
    let runs = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    // Split before timing, as the benchmarks do.
    if mode != "d" {
        let docs: Vec<Vec<&str>> = text
            .split("\n\n\n")
            .map(|d| d.split("\n\n").filter(|p| !p.trim().is_empty()).collect())
            .collect();
        run("paragraphs", text.len(), &docs, runs, |d| {
            lex.tag_document(d)
        });
    }
    if mode != "p" {
        let docs: Vec<&str> = text
            .split("\n\n\n")
            .filter(|d| !d.trim().is_empty())
            .collect();
        run("documents ", text.len(), &docs, runs, |d| lex.tag(d));
    }
}
