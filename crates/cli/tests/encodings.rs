//! Input that is not plain UTF-8: Windows-1252 and Latin-1 files, byte
//! order marks, `--encoding`, and the JSON Lines edges (a BOM before the
//! first line, ids echoed exactly as written, `--lossy`).
#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "a failed test panics"
)]

mod common;
use common::{bin, run_with_stdin, temp_dir};

use std::process::Output;

use serde_json::Value;

fn stdout_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}

fn json(line: &str) -> Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

fn notes(v: &Value) -> Vec<String> {
    v["notes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The Windows-1252 fixture in tests/fixtures, written in that encoding.
/// A Windows-1252 article file written for the test (the crate's tests
/// use nothing outside the package): `\xA3` is "£", `\x93`/`\x94` and
/// `\x92` curly quotes and an apostrophe.
fn cp1252_fixture() -> std::path::PathBuf {
    let dir = temp_dir("cp1252");
    let path = dir.join("cp1252.txt");
    let bytes: &[u8] = b"Ferry Fares Rise Again - Harbour Times\n\nMarch 4, 2024\n\n\
        A single crossing now costs \xA34.20, up from \xA33.80, the operator said on Monday.\n\n\
        \x93We had no choice,\x94 a spokeswoman said. \x93Fuel costs went up and they haven\x92t come down.\x94\n";
    std::fs::write(&path, bytes).expect("write the fixture");
    path
}

#[test]
fn windows_1252_file_is_decoded_with_a_note() {
    let path = cp1252_fixture();
    let bytes = std::fs::read(&path).expect("fixture exists");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must not be UTF-8"
    );
    let out = bin()
        .args(["article"])
        .arg(&path)
        .output()
        .expect("newsprep runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    let v = json(&lines[0]);
    let paras = v["paragraphs"].to_string();
    assert!(paras.contains("£"), "{paras}");
    assert!(paras.contains("’") || paras.contains("“"), "{paras}");
    assert!(
        notes(&v).iter().any(|n| n.contains("Windows-1252")),
        "{:?}",
        notes(&v)
    );
}

#[test]
fn latin1_byte_in_utf8_stdin_is_not_rejected() {
    let text = b"Fares Rise Again\n\nA ticket now costs \xA34, up from \xc2\xa33.50 last year.\n";
    let out = run_with_stdin(&["article"], text);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&stdout_lines(&out)[0]);
    assert_eq!(
        v["paragraphs"][0],
        "A ticket now costs £4, up from £3.50 last year."
    );
    assert!(notes(&v)
        .iter()
        .any(|n| n.contains("1 byte(s) that are not UTF-8")));
}

#[test]
fn encoding_flag_forces_a_decoder() {
    // "é" in Latin-1 is 0xE9; "Ã©" would be the UTF-8 reading of C3 A9.
    let text = b"Caf\xe9 Reopens\n\nThe caf\xe9 reopened on Monday.\n";
    let out = run_with_stdin(&["article", "--encoding", "latin1"], text);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&stdout_lines(&out)[0]);
    assert_eq!(v["headline"], "Café Reopens");
    assert!(notes(&v).iter().any(|n| n.contains("windows-1252")));
    let bad = run_with_stdin(&["article", "--encoding", "no-such-code"], text);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown encoding"));
}

#[test]
fn utf16_file_with_bom_is_decoded() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Storm Nears\n\nThe storm neared the coast.\n".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let out = run_with_stdin(&["article"], &bytes);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&stdout_lines(&out)[0]);
    assert_eq!(v["headline"], "Storm Nears");
    assert_eq!(v["paragraphs"][0], "The storm neared the coast.");
}

#[test]
fn jsonl_bom_is_skipped() {
    let input = b"\xEF\xBB\xBF{\"id\":\"x1\",\"text\":\"One. Two.\"}\n{\"id\":\"x2\",\"text\":\"Three.\"}\n";
    let out = run_with_stdin(&["sentences", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(0));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with(r#"{"id":"x1","#), "{}", lines[0]);
}

#[test]
fn jsonl_ids_are_echoed_exactly_as_written() {
    let ids = [
        "18446744073709551616123",
        "-98765432109876543210",
        "1e400",
        "1.50",
        "0.1000000000000000000001",
        "\"a\\u00e9\"",
        "[1, {\"k\": null}]",
        "null",
    ];
    let mut input = Vec::new();
    for id in ids {
        input.extend_from_slice(format!("{{\"id\": {id}, \"text\": \"Hi.\"}}\n").as_bytes());
    }
    input.extend_from_slice(b"{\"text\": \"No id.\"}\n");
    let out = run_with_stdin(&["sentences", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(0));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), ids.len() + 1);
    for (id, line) in ids.iter().zip(&lines) {
        let want = format!("{{\"id\":{id},");
        assert!(line.starts_with(&want), "{line} should start with {want}");
    }
    assert!(lines[ids.len()].starts_with(r#"{"id":null,"#));
}

#[test]
fn jsonl_invalid_bytes_keep_the_id_and_lossy_accepts_them() {
    let input = b"{\"id\": 123456789012345678901234567890, \"text\": \"Caf\xe9.\"}\n";
    let strict = run_with_stdin(&["article", "--jsonl"], input);
    assert_eq!(strict.status.code(), Some(1));
    let line = &stdout_lines(&strict)[0];
    assert!(
        line.starts_with(r#"{"id":123456789012345678901234567890,"line":1,"error":"invalid UTF-8"#),
        "{line}"
    );
    let lossy = run_with_stdin(&["article", "--jsonl", "--lossy"], input);
    assert_eq!(lossy.status.code(), Some(0));
    let line = &stdout_lines(&lossy)[0];
    assert!(line.starts_with(r#"{"id":123456789012345678901234567890,"#));
    let v = json(line);
    assert_eq!(v["paragraphs"][0], "Caf\u{FFFD}.");
    assert!(notes(&v).iter().any(|n| n.contains("U+FFFD")));
    // An id that is itself broken cannot be echoed.
    let broken_id = b"{\"id\": \"k\xff\", \"text\": \"x\"}\n";
    let out = run_with_stdin(&["article", "--jsonl"], broken_id);
    assert!(stdout_lines(&out)[0].starts_with(r#"{"id":null,"line":1,"#));
}

#[test]
fn jsonl_non_objects_and_bad_text_are_error_records() {
    let input = b"[1, \"x\"]\n{\"id\": 5, \"text\": 7}\n{\"id\": 6}\n{oops\n";
    let out = run_with_stdin(&["sentences", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 4);
    assert!(lines[0].contains("not a JSON object"));
    assert!(lines[1].starts_with(r#"{"id":5,"line":2,"error":"\"text\" is not a string""#));
    assert!(lines[2].starts_with(r#"{"id":6,"line":3,"error":"no \"text\" field""#));
    assert!(lines[3].contains("not JSON"));
}
