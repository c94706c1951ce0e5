//! FULL PIPELINE test: every fixture article in `tests/fixtures/` runs
//! through `newsprep::Pipeline::new().article` and must match every key of
//! its `.expected.json` (url repair, sentences and entities included), as
//! `newsprep_tests::compare_expected` compares them.
//!
//! The layout keys alone are checked by `article_layout.rs`.

use newsprep_tests::{compare_expected, fixtures};

#[test]
fn every_fixture_has_an_expectation() {
    let all = fixtures();
    assert!(
        all.len() >= 10,
        "expected at least 10 fixtures, found {}",
        all.len()
    );
    for f in all {
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
            assert!(f.expected.get(key).is_some(), "{} lacks {key:?}", f.name);
        }
    }
}

/// FULL PIPELINE: layout, url, sentences, entities.
#[test]
fn fixtures_full_pipeline() {
    let pipeline = newsprep::Pipeline::new();
    let mut failures = Vec::new();
    for f in fixtures() {
        let got = serde_json::to_value(pipeline.article(&f.text)).expect("serialisable");
        let bad = compare_expected(&got, &f.expected);
        if !bad.is_empty() {
            failures.push(format!("== {}\n{}", f.name, bad.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// FULL PIPELINE on the seed article through the library (the CLI test runs
/// it through the binary). Shared data; skipped outside CI when missing.
#[test]
fn seed_full_pipeline() {
    let Some((text, exp)) = newsprep_tests::seed() else {
        return;
    };
    let got = serde_json::to_value(newsprep::Pipeline::new().article(&text)).expect("serialisable");
    let bad = compare_expected(&got, &exp);
    assert!(bad.is_empty(), "seed mismatches:\n{}", bad.join("\n"));
}
