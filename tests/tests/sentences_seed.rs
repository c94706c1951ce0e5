//! The seed article and the fixture articles: the segmenter must give their
//! expected sentences from their expected paragraphs, and paragraph repair
//! must rejoin exactly the paragraphs that were split mid-sentence.

use newsprep::segment::{repair_paragraphs, should_join, SentenceSegmenter};
use serde_json::Value;
use std::path::Path;

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
    for p in strs(exp.get("paragraphs")) {
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
    let Some(dir) = newsprep_tests::data_file("seed") else {
        return;
    };
    let exp: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("000_78734ee19ce696a8.expected.json"))
            .expect("expected json"),
    )
    .expect("json");
    check_sentences(&exp, "seed");
    let raw = std::fs::read_to_string(dir.join("000_78734ee19ce696a8.txt")).expect("seed text");
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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut names: Vec<_> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    names.sort();
    let mut split = 0;
    for path in &names {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let exp: Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        check_sentences(&exp, &name);
        let raw_path = path.to_string_lossy().replace(".expected.json", ".txt");
        if let Ok(raw) = std::fs::read_to_string(&raw_path) {
            split += check_repair(&raw, &exp, &name);
        }
    }
    eprintln!(
        "{} fixtures, {split} split paragraphs rejoined",
        names.len()
    );
}
