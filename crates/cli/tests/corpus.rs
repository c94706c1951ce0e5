//! Corpus runs: nothing lost, order kept, bad lines in place, the same output
//! whatever the thread count.
#![allow(clippy::expect_used, clippy::indexing_slicing, reason = "tests panic")]

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// A deterministic generated corpus of scraped-article JSON Lines with bad
/// lines mixed in; returns the input and the 1-based numbers of bad lines.
fn corpus(n: usize) -> (Vec<u8>, Vec<usize>) {
    let heads = [
        "Council Votes on Budget",
        "Flood Waters Recede",
        "Team Wins Final",
        "Talks Resume in Geneva",
    ];
    let outlets = ["Reuters", "AP", "BBC", "NYT"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for i in 0..n {
        let r = next();
        let line_no = i + 1;
        match r % 23 {
            0 => {
                out.extend_from_slice(b"{not json at all\n");
                bad.push(line_no);
            }
            1 => {
                out.extend_from_slice(format!("{{\"id\": {i}, \"text\": \"bad ").as_bytes());
                out.push(0xFF);
                out.extend_from_slice(b"\"}\n");
                bad.push(line_no);
            }
            2 => {
                out.extend_from_slice(format!("{{\"id\": {i}}}\n").as_bytes());
                bad.push(line_no);
            }
            _ => {
                let h = heads[(r >> 8) as usize % heads.len()];
                let o = outlets[(r >> 16) as usize % outlets.len()];
                let day = 1 + (r >> 24) % 28;
                let body =
                    "Officials said the plan would take effect next week. Critics disagreed.\n\n"
                        .repeat(1 + (r >> 32) as usize % 4);
                let text = format!("{h} - {o}\n\nMarch {day}, 2024\n\n{body}Original url:\nhttps://example.com/news/{i}-story\n");
                let line = serde_json::json!({"id": format!("doc-{i}"), "text": text});
                out.extend_from_slice(line.to_string().as_bytes());
                out.push(b'\n');
            }
        }
    }
    (out, bad)
}

fn run(threads: &str, input: &[u8]) -> (Option<i32>, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsprep"))
        .args([
            "article",
            "--jsonl",
            "--progress",
            "never",
            "--threads",
            threads,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsprep starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let data = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("newsprep runs");
    feeder.join().expect("feeder");
    (
        out.status.code(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn corpus_run_loses_nothing_and_keeps_order() {
    let n = 3000;
    let (input, bad) = corpus(n);
    assert!(!bad.is_empty());
    let (code, out1, err1) = run("1", &input);
    assert_eq!(code, Some(1), "bad lines make exit 1; stderr: {err1}");
    let text = String::from_utf8(out1.clone()).expect("UTF-8 output");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), n, "output lines = input lines");
    for (i, v) in lines.iter().enumerate() {
        let line_no = i + 1;
        if bad.contains(&line_no) {
            assert_eq!(v["line"], line_no as u64, "{v}");
            assert!(v["error"].is_string());
        } else {
            assert_eq!(v["id"], format!("doc-{i}"), "order kept");
            assert!(v["headline"].is_string(), "{v}");
            assert!(v.get("error").is_none());
        }
    }
    assert!(
        err1.contains(&format!("{n} documents")),
        "one-line summary on stderr: {err1}"
    );
    assert!(err1.contains(&format!("{} errors", bad.len())), "{err1}");
    let (code2, out2, _) = run("2", &input);
    assert_eq!(code2, Some(1));
    assert!(out1 == out2, "the same output with 1 and 2 threads");
}
