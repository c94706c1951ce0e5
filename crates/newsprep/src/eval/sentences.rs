//! The sentence segmenter against the English
//! Golden Rules and the UD English EWT and GUM sentence annotations.
//!
//! Scoring (the same as the issue's baseline table): for every document, the
//! sentence ends are mapped to the number of non-white-space characters
//! before them; the end of the document is not counted. Precision, recall
//! and F1 are micro-averaged over the test and dev splits of a corpus.
//! A Golden Rule passes when the sentence list, each trimmed and empty ones
//! dropped, equals the expected list.
//!
//! Set `NEWSPREP_EVAL_SHOW=1` to print every wrong boundary on stderr.
//!
//! ```no_run
//! let figures = newsprep::eval::sentences::run(std::path::Path::new("../shared/data"))?;
//! print!("{}", newsprep::eval::sentences::table(&figures));
//! # Ok::<(), newsprep::eval::EvalError>(())
//! ```

use super::{parse, read, EvalError, Prf};
use crate::segment::SentenceSegmenter;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// Runs the evaluation on the shared data directory `data`: the Golden
/// Rules passed and failed, and per corpus the counts with precision,
/// recall and F1.
pub fn run(data: &Path) -> Result<Value, EvalError> {
    let seg = SentenceSegmenter::default();
    let show = std::env::var_os("NEWSPREP_EVAL_SHOW").is_some_and(|v| v != "0");
    let gr = golden_rules(
        &seg,
        &data.join("golden-rules-en/golden_rules_en.json"),
        show,
    )?;
    let mut corpora = Vec::new();
    for (name, prefix) in [("ud-ewt", "ewt"), ("ud-gum", "gum")] {
        let files = ["test", "dev"]
            .map(|split| data.join(format!("ud-en-sentences/{prefix}-{split}.jsonl")));
        corpora.push(score_corpus(&seg, name, &files, show)?);
    }
    Ok(json!({ "golden_rules": gr, "corpora": corpora }))
}

fn golden_rules(seg: &SentenceSegmenter, path: &Path, show: bool) -> Result<Value, EvalError> {
    let cases = parse(&read(path)?, path, None)?;
    let cases = cases.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut passed = 0usize;
    let mut failed = Vec::new();
    for c in cases {
        let text = c.get("text").and_then(Value::as_str).unwrap_or("");
        let want: Vec<&str> = c
            .get("sentences")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let got: Vec<&str> = seg
            .sentences(text)
            .map(|s| s.text.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if got == want {
            passed += 1;
        } else {
            let name = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            if show {
                eprintln!("golden rule failed: {name}\n  got  {got:?}\n  want {want:?}");
            }
            failed.push(name);
        }
    }
    Ok(json!({ "passed": passed, "total": cases.len(), "failed": failed }))
}

/// Byte offset -> number of non-white-space chars before it (at char starts
/// and at the end).
fn nonspace_index(text: &str) -> Vec<usize> {
    let mut idx = vec![0usize; text.len() + 1];
    let mut n = 0usize;
    for (b, c) in text.char_indices() {
        if let Some(slot) = idx.get_mut(b) {
            *slot = n;
        }
        if !c.is_whitespace() {
            n += 1;
        }
    }
    if let Some(last) = idx.last_mut() {
        *last = n;
    }
    idx
}

fn score_corpus(
    seg: &SentenceSegmenter,
    name: &str,
    files: &[std::path::PathBuf],
    show: bool,
) -> Result<Value, EvalError> {
    let (mut score, mut docs) = (Prf::default(), 0usize);
    for f in files {
        let src = read(f)?;
        for (ln, line) in src.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v = parse(line, f, Some(ln + 1))?;
            let text = v.get("text").and_then(Value::as_str).unwrap_or("");
            let starts: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect();
            let idx = nonspace_index(text);
            let total = idx.last().copied().unwrap_or(0);
            let at = |b: usize| idx.get(b).copied().unwrap_or(total);
            let keep = |e: &usize| *e != 0 && *e != total;
            let gold: BTreeSet<usize> = v
                .get("sentence_offsets")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|o| o.get(1).and_then(Value::as_u64))
                        .filter_map(|cp| usize::try_from(cp).ok())
                        .map(|cp| at(starts.get(cp).copied().unwrap_or(text.len())))
                        .filter(keep)
                        .collect()
                })
                .unwrap_or_default();
            let pred: BTreeSet<usize> = seg
                .sentences(text)
                .map(|s| at(s.end))
                .filter(keep)
                .collect();
            score.add(gold.intersection(&pred).count(), pred.len(), gold.len());
            docs += 1;
            if show {
                // byte offset of the k-th non-space char boundary, for context
                let byte_of = |k: usize| idx.iter().position(|&x| x == k).unwrap_or(text.len());
                for (kind, set, other) in [("missed", &gold, &pred), ("extra", &pred, &gold)] {
                    for &e in set.difference(other) {
                        let b = byte_of(e);
                        let lo = text.floor_char_boundary_compat(b.saturating_sub(60));
                        let hi = text.floor_char_boundary_compat((b + 40).min(text.len()));
                        eprintln!(
                            "{name} {kind}: {:?} | {:?}",
                            text.get(lo..b).unwrap_or(""),
                            text.get(b..hi).unwrap_or("")
                        );
                    }
                }
            }
        }
    }
    Ok(json!({
        "name": name, "precision": score.precision(), "recall": score.recall(),
        "f1": score.f1(), "documents": docs, "boundaries": score.gold,
        "predicted": score.predicted, "correct": score.correct,
    }))
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// The figures of [`run`] as a table for a terminal.
pub fn table(v: &Value) -> String {
    let mut out = String::new();
    let gr = &v["golden_rules"];
    let _ = writeln!(
        out,
        "Golden Rules (en): {}/{} passed",
        gr["passed"].as_u64().unwrap_or(0),
        gr["total"].as_u64().unwrap_or(0)
    );
    if let Some(failed) = gr["failed"].as_array() {
        for f in failed {
            let _ = writeln!(out, "  failed: {}", f.as_str().unwrap_or("?"));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<8} {:>6} {:>10} {:>9} {:>7} {:>7}",
        "corpus", "docs", "precision", "recall", "F1", "gold"
    );
    for c in v["corpora"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let _ = writeln!(
            out,
            "{:<8} {:>6} {:>10.4} {:>9.4} {:>7.4} {:>7}",
            c["name"].as_str().unwrap_or("?"),
            c["documents"].as_u64().unwrap_or(0),
            c["precision"].as_f64().unwrap_or(0.0),
            c["recall"].as_f64().unwrap_or(0.0),
            c["f1"].as_f64().unwrap_or(0.0),
            c["boundaries"].as_u64().unwrap_or(0),
        );
    }
    let _ = writeln!(
        out,
        "(boundaries counted on non-space positions, document ends excluded; UD test+dev)"
    );
    out
}
