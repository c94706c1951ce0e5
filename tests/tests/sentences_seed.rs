//! The seed article and the fixture articles: the segmenter must give their
//! expected sentences from their expected paragraphs, and paragraph repair
//! must rejoin exactly the paragraphs that were split mid-sentence.

use newsprep::segment::{repair_paragraphs, should_join, SentenceSegmenter};
use serde_json::Value;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strs(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(collapse).collect())
        .unwrap_or_default()
}

/// Blank-line separated blocks of a raw text, trimmed, empty ones dropped.
fn blocks(raw: &str) -> Vec<String> {
    let raw = raw.replace("\r\n", "\n");
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in raw.lines() {
        if line.trim().is_empty() {
            if !cur.trim().is_empty() {
                out.push(cur.trim().to_string());
            }
            cur.clear();
        } else {
            cur.push_str(line);
            cur.push('\n');
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// Segments the expected paragraphs and compares with the expected sentences.
fn check_sentences(exp: &Value, name: &str) {
    let seg = SentenceSegmenter::default();
    let mut got = Vec::new();
    for p in strs(exp.get("paragraphs")) {
        got.extend(seg.sentences(&p).map(|s| collapse(s.text)));
    }
    let want = strs(exp.get("sentences"));
    assert_eq!(got, want, "sentences of {name}");
}

/// Every expected paragraph that the raw text holds split over blank lines
/// must come out of `repair_paragraphs` whole; returns how many were split.
fn check_repair(raw: &str, exp: &Value, name: &str) -> usize {
    let repaired: Vec<String> = repair_paragraphs(&blocks(raw))
        .iter()
        .map(|b| collapse(b))
        .collect();
    let raw_blocks: Vec<String> = blocks(raw).iter().map(|b| collapse(b)).collect();
    let mut split = 0;
    let paras = strs(exp.get("paragraphs"));
    for p in paras {
        if raw_blocks.contains(&p) {
            assert!(
                repaired.contains(&p),
                "{name}: paragraph wrongly joined: {p:?}\n{repaired:#?}"
            );
            continue;
        }
        // Split over blocks: it starts one block and ends another.
        let first_words: String = p.split(' ').take(4).collect::<Vec<_>>().join(" ");
        let starts = raw_blocks
            .iter()
            .position(|b| p.starts_with(b.as_str()) && b.starts_with(&first_words));
        if let Some(i) = starts {
            split += 1;
            assert!(
                repaired.iter().any(|r| r == &p),
                "{name}: paragraph not rejoined from block {i}: {p:?}\n{repaired:#?}"
            );
        }
    }
    split
}

#[test]
fn seed_article() {
    let Some((raw, exp)) = newsprep_tests::seed() else {
        return;
    };
    check_sentences(&exp, "seed");
    assert_eq!(
        check_repair(&raw, &exp, "seed"),
        1,
        "the seed has one split paragraph"
    );
    // No other pair of neighbouring blocks joins: headline, date, credit,
    // "Related article:" line and the URL lines stay apart.
    let b = blocks(&raw);
    let joined: Vec<usize> = (1..b.len())
        .filter(|&i| should_join(&b[i - 1], &b[i]))
        .collect();
    assert_eq!(
        joined.len(),
        1,
        "joins: {:?}",
        joined
            .iter()
            .map(|&i| (&b[i - 1], &b[i]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn fixture_articles() {
    let all = newsprep_tests::fixtures();
    let mut split = 0;
    for f in &all {
        check_sentences(&f.expected, &f.name);
        split += check_repair(&f.text, &f.expected, &f.name);
    }
    eprintln!("{} fixtures, {split} split paragraphs rejoined", all.len());
}
