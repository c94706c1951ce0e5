//! Person, place and outlet precision, recall and F1
//! of the embedded lexicon's tagger on the NER evaluation sets in
//! `DATA/ner-eval` (UNER English-PUD news sentences, GUM Wikinews documents
//! and the noisy GMB news-wire groups), exact spans.
//!
//! Scoring (as in `ner-eval/SOURCE.md`): gold PER spans against predicted
//! person mentions, gold LOC against place mentions, gold ORG spans flagged
//! `"outlet": true` against outlet mentions; a prediction counts only when its
//! start and end (Unicode code point offsets) equal a gold span's. Documents
//! are tagged as one document each, split into segments at line breaks.
//!
//! ```no_run
//! let figures = newsprep::eval::entities::run(std::path::Path::new("../shared/data"))?;
//! print!("{}", newsprep::eval::entities::table(&figures));
//! # Ok::<(), newsprep::eval::EvalError>(())
//! ```

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use super::{parse, read, EvalError, Prf};
use crate::lexicon::{EntityKind, Lexicon};
use serde_json::{json, Value};

const SETS: &[(&str, &str)] = &[
    ("uner-pud", "ner-eval/uner_pud_news.jsonl"),
    ("gum-wikinews", "ner-eval/gum_wikinews.jsonl"),
    // Noisy, tool-bootstrapped news wire (see ner-eval/SOURCE.md): for
    // finding error classes, not exact gold.
    ("gmb-news", "ner-eval/gmb_news.jsonl"),
];

const KINDS: &[(&str, &str)] = &[("person", "PER"), ("place", "LOC"), ("outlet", "ORG")];

type Span = (usize, usize);

/// Byte offset → code point offset.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut map = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, _) in text.char_indices() {
        if let Some(x) = map.get_mut(b) {
            *x = n;
        }
        n += 1;
    }
    if let Some(x) = map.get_mut(text.len()) {
        *x = n;
    }
    map
}

/// Predicted spans per kind (in code points) for one text.
fn predict(lex: &Lexicon, text: &str) -> [HashSet<Span>; 3] {
    let mut segs: Vec<&str> = Vec::new();
    let mut offs: Vec<usize> = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        segs.push(line);
        offs.push(pos);
        pos += line.len() + 1;
    }
    let cmap = char_offsets(text);
    let mut out: [HashSet<Span>; 3] = Default::default();
    for e in lex.tag_document(&segs) {
        let k = match e.kind {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Outlet => 2,
            _ => continue,
        };
        for m in &e.mentions {
            let base = offs.get(m.segment).copied().unwrap_or(0);
            let (a, b) = (base + m.start, base + m.end);
            if let (Some(&ca), Some(&cb), Some(set)) = (cmap.get(a), cmap.get(b), out.get_mut(k)) {
                set.insert((ca, cb));
            }
        }
    }
    out
}

/// The JSON figures of one kind: rounded to three places, with the counts.
fn figures(s: &Prf) -> Value {
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    json!({
        "p": round(s.precision()), "r": round(s.recall()), "f1": round(s.f1()),
        "tp": s.correct, "pred": s.predicted, "gold": s.gold,
    })
}

/// Runs the evaluation on `data` (the shared data directory): per set, the
/// documents and per kind the figures and counts.
pub fn run(data: &Path) -> Result<Value, EvalError> {
    let lex = Lexicon::builtin();
    let mut sets = Vec::new();
    for (name, rel) in SETS {
        let path = data.join(rel);
        let text = read(&path)?;
        let mut counts = [Prf::default(); 3]; // per kind
        let mut docs = 0;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let row = parse(line, &path, Some(n + 1))?;
            let t = row
                .get("text")
                .and_then(Value::as_str)
                .ok_or_else(|| EvalError::new(format!("{}:{}: no text", path.display(), n + 1)))?;
            docs += 1;
            let mut gold: [HashSet<Span>; 3] = Default::default();
            for e in row
                .get("entities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let (Some(a), Some(b), Some(ty)) = (
                    e.get("start").and_then(Value::as_u64),
                    e.get("end").and_then(Value::as_u64),
                    e.get("type").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let outlet = e.get("outlet").and_then(Value::as_bool).unwrap_or(false);
                for (k, (_, gty)) in KINDS.iter().enumerate() {
                    if ty == *gty && (k != 2 || outlet) {
                        if let Some(g) = gold.get_mut(k) {
                            g.insert((a as usize, b as usize));
                        }
                    }
                }
            }
            let pred = predict(lex, t);
            for k in 0..3 {
                let (Some(p), Some(g), Some(c)) = (pred.get(k), gold.get(k), counts.get_mut(k))
                else {
                    continue;
                };
                c.add(p.intersection(g).count(), p.len(), g.len());
            }
        }
        let mut set = json!({"name": name, "docs": docs});
        for (k, (kind, _)) in KINDS.iter().enumerate() {
            if let (Some(c), Some(obj)) = (counts.get(k), set.as_object_mut()) {
                obj.insert((*kind).to_string(), figures(c));
            }
        }
        sets.push(set);
    }
    Ok(json!({
        "lexicon_data_version": crate::lexicon::DATA_VERSION,
        "sets": sets,
    }))
}

/// The figures of [`run`] as a Markdown table.
pub fn table(v: &Value) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| set | person P / R / F1 | place P / R / F1 | outlet P / R / F1 |"
    );
    let _ = writeln!(out, "|---|---|---|---|");
    for s in v
        .get("sets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let cell = |k: &str| {
            let g = |f: &str| {
                s.get(k)
                    .and_then(|x| x.get(f))
                    .and_then(Value::as_f64)
                    .unwrap_or(0.0)
            };
            format!("{:.3} / {:.3} / {:.3}", g("p"), g("r"), g("f1"))
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            s.get("name").and_then(Value::as_str).unwrap_or("?"),
            cell("person"),
            cell("place"),
            cell("outlet")
        );
    }
    out
}
