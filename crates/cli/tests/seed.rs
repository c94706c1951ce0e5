//! The seed article through the built binary, against its expected JSON in
//! the shared data sets. It needs the workspace (the shared data and the
//! `newsprep-tests` helpers), so the package leaves it out (`exclude` in
//! Cargo.toml): the published crate's own tests are self-contained.
#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a failed test panics"
)]

mod common;
use common::bin;

use serde_json::Value;

#[test]
fn seed_article_matches_expected_json_key_by_key() {
    let Some(txt) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.txt") else {
        return;
    };
    let Some(exp) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.expected.json") else {
        return;
    };
    let out = bin()
        .arg("article")
        .arg(&txt)
        .output()
        .expect("newsprep runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<Value> = String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("output line is JSON"))
        .collect();
    assert_eq!(got.len(), 1, "one document, one line");
    let got = &got[0];
    assert_eq!(got["id"], Value::String(txt.display().to_string()));
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(&exp).expect("expected JSON readable"))
            .expect("expected JSON parses");
    let bad = newsprep_tests::compare_expected(got, &expected);
    assert!(bad.is_empty(), "seed mismatches:\n{}", bad.join("\n"));
}
