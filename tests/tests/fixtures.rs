//! FULL PIPELINE test: every fixture article in `tests/fixtures/` runs
//! through `newsprep::Pipeline::new().article` and must match every key of
//! its `.expected.json` (url repair, sentences and entities included), as
//! `newsprep_tests::compare_expected` compares them.
//!
//! The layout keys alone are checked by `article_layout.rs`.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "txt").unwrap_or(false))
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_has_an_expectation() {
    let names = fixtures();
    assert!(
        names.len() >= 10,
        "expected at least 10 fixtures, found {}",
        names.len()
    );
    for txt in names {
        let exp = txt.with_extension("expected.json");
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&exp).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
        for key in [
            "headline",
            "attribution",
            "published",
            "credit",
            "authors",
            "url",
            "related",
            "links",
            "paragraphs",
        ] {
            assert!(v.get(key).is_some(), "{} lacks {key:?}", exp.display());
        }
    }
}

/// FULL PIPELINE: layout, url, sentences, entities.
#[test]
fn fixtures_full_pipeline() {
    let pipeline = newsprep::Pipeline::new();
    let mut failures = Vec::new();
    for txt in fixtures() {
        let exp_path = txt.with_extension("expected.json");
        let text = std::fs::read_to_string(&txt).unwrap();
        let exp: Value =
            serde_json::from_str(&std::fs::read_to_string(&exp_path).unwrap()).unwrap();
        let out = pipeline.article(&text);
        let got = serde_json::to_value(&out).unwrap();
        let bad = newsprep_tests::compare_expected(&got, &exp);
        if !bad.is_empty() {
            failures.push(format!(
                "== {}\n{}",
                txt.file_name().unwrap().to_string_lossy(),
                bad.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// FULL PIPELINE on the seed article (shared data; skipped outside CI when missing).
#[test]
fn seed_full_pipeline() {
    let Some(txt) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.txt") else {
        return;
    };
    let Some(exp) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.expected.json") else {
        return;
    };
    let text = std::fs::read_to_string(txt).unwrap();
    let exp: Value = serde_json::from_str(&std::fs::read_to_string(exp).unwrap()).unwrap();
    let got = serde_json::to_value(newsprep::Pipeline::new().article(&text)).unwrap();
    let bad = newsprep_tests::compare_expected(&got, &exp);
    assert!(bad.is_empty(), "seed mismatches:\n{}", bad.join("\n"));
}
