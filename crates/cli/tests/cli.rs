//! The command-line contract, through the built binary.
#![allow(clippy::expect_used, clippy::panic, reason = "a failed test panics")]

mod common;
use common::{bin, run_with_stdin};

use std::process::{Output, Stdio};

use serde_json::Value;

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("output line is not JSON ({e}): {l}"))
        })
        .collect()
}

#[test]
fn article_output_has_every_contract_field() {
    let out = run_with_stdin(
        &["article"],
        b"Storm Hits Coast - Reuters\n\nJune 2, 2024\n\nWaves rose high.\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let v = &lines(&out)[0];
    for k in [
        "id",
        "headline",
        "attribution",
        "published",
        "authors",
        "credit",
        "url",
        "paragraphs",
        "related",
        "links",
        "sentences",
        "entities",
    ] {
        assert!(v.get(k).is_some(), "missing field {k} in {v}");
    }
    assert_eq!(v["id"], "-");
}

#[test]
fn jsonl_gives_one_line_per_input_line_in_order_with_errors_in_place() {
    let input = concat!(
        "{\"id\": 7, \"text\": \"One. Two.\"}\n",
        "this is not json\n",
        "{\"id\": {\"k\": [1, 2]}, \"text\": \"\"}\n",
        "{\"id\": \"no-text\"}\n",
        "{\"id\": \"num\", \"text\": 12}\r\n",
        "\n",
        "{\"text\": \"No id here.\"}"
    );
    let out = run_with_stdin(&["sentences", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "some lines failed, so exit 1");
    let got = lines(&out);
    assert_eq!(got.len(), 7, "exactly one output line per input line");
    assert_eq!(got[0]["id"], 7);
    assert_eq!(got[0]["sentences"].as_array().map(Vec::len), Some(2));
    assert_eq!(got[1]["line"], 2);
    assert!(got[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not JSON")));
    assert_eq!(got[2]["id"], serde_json::json!({"k": [1, 2]}));
    assert_eq!(
        got[2]["sentences"],
        serde_json::json!([]),
        "an empty text is not an error"
    );
    assert_eq!(got[3]["id"], "no-text");
    assert_eq!(got[3]["line"], 4);
    assert!(got[3]["error"].is_string());
    assert_eq!(got[4]["id"], "num");
    assert!(got[4]["error"].is_string());
    assert_eq!(got[5]["line"], 6);
    assert!(
        got[5]["error"].is_string(),
        "an empty line is not a JSON document"
    );
    assert_eq!(got[6]["id"], Value::Null);
    assert_eq!(got[6]["sentences"].as_array().map(Vec::len), Some(1));
}

#[test]
fn jsonl_invalid_utf8_line_is_an_error_record() {
    let mut input = b"{\"id\":1,\"text\":\"ok\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\":2,\"text\":\"bad \xff byte\"}\n");
    input.extend_from_slice(b"{\"id\":3,\"text\":\"fine\"}\n");
    let out = run_with_stdin(&["tokens", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1]["line"], 2);
    assert!(got[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("UTF-8")));
    assert_eq!(got[2]["id"], 3);
}

#[test]
fn all_good_jsonl_exits_zero() {
    let out = run_with_stdin(
        &["entities", "--jsonl"],
        b"{\"id\":\"a\",\"text\":\"Hello.\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn tokens_concatenate_to_the_input_and_words_filters() {
    let text = "Zürich’s 3.5% rise—“wow”… 東京 e.g. can't\r\nstop 👍🏽!";
    let out = run_with_stdin(&["tokens"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v = &lines(&out)[0];
    let toks = v["tokens"].as_array().expect("tokens array");
    let mut joined = String::new();
    let mut pos = 0;
    for t in toks {
        let (s, e) = (
            t["start"].as_u64().expect("start") as usize,
            t["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(s, pos, "segments are contiguous");
        assert_eq!(&text[s..e], t["text"].as_str().expect("text"));
        joined.push_str(t["text"].as_str().expect("text"));
        pos = e;
    }
    assert_eq!(joined, text);
    let out = run_with_stdin(&["tokens", "--words"], text.as_bytes());
    let words: Vec<String> = lines(&out)[0]["tokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .map(|t| t["text"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        words.iter().all(|w| w.chars().any(char::is_alphanumeric)),
        "{words:?}"
    );
    assert!(words.contains(&"can't".to_string()), "{words:?}");
}

#[test]
fn urls_command_reports_spans_and_fixes() {
    let text = "Read it at https://example.com/a-story?utm_source=x, then sleep.";
    let out = run_with_stdin(&["urls"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v = &lines(&out)[0];
    let urls = v["urls"].as_array().expect("urls array");
    assert_eq!(urls.len(), 1, "{v}");
    let u = &urls[0];
    let (s, e) = (
        u["start"].as_u64().expect("start") as usize,
        u["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&text[s..e], u["raw"].as_str().expect("raw"));
    assert_eq!(u["url"], "https://example.com/a-story");
    assert!(u["fixes"].is_array());
}

#[test]
fn no_arguments_prints_help_and_never_waits() {
    let out = bin().stdin(Stdio::null()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("Usage: newsprep"), "{all}");
}

#[test]
fn missing_file_is_an_io_error_with_exit_2() {
    let out = bin()
        .args(["sentences", "/nonexistent/newsprep-test-file"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open"));
}

#[test]
fn bad_flag_is_a_usage_error() {
    let out = bin()
        .args(["sentences", "--no-such-flag"])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn each_file_is_one_document() {
    let dir = std::env::temp_dir().join(format!("newsprep-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "First file. Two sentences.").expect("write");
    std::fs::write(&b, b"bad \xff utf8").expect("write");
    let out = bin()
        .arg("sentences")
        .arg(&a)
        .arg(&b)
        .output()
        .expect("runs");
    // A file that is not UTF-8 is decoded (its stray byte read as
    // Windows-1252), never rejected.
    assert_eq!(out.status.code(), Some(0), "a non-UTF-8 file is decoded");
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["id"], a.display().to_string());
    assert_eq!(got[0]["sentences"].as_array().map(Vec::len), Some(2));
    assert_eq!(got[1]["id"], b.display().to_string());
    assert_eq!(got[1]["sentences"][0]["text"], "bad \u{ff} utf8");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bench_json_has_the_documented_shape() {
    let dir = std::env::temp_dir().join(format!("newsprep-bench-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let corpus = dir.join("c.txt");
    std::fs::write(
        &corpus,
        "A Title\n\nSome text here. More text.\n\n\nAnother Doc\n\nWords and words.\n".repeat(50),
    )
    .expect("write");
    let out = bin()
        .args(["bench", "--json", "--runs", "1", "--corpus"])
        .arg(&corpus)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert!(v["corpus"].is_string());
    assert!(v["bytes"].as_u64().is_some_and(|b| b > 0));
    let stages = v["stages"].as_array().expect("stages");
    let names: Vec<&str> = stages.iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(
        names,
        ["tokens", "sentences", "urls", "entities", "article"]
    );
    for s in stages {
        assert!(s["mb_per_s"].as_f64().is_some_and(|x| x > 0.0), "{s}");
        assert!(
            s.get("baseline").is_some()
                && s.get("baseline_mb_per_s").is_some()
                && s.get("ratio").is_some()
        );
    }
    assert!(stages[0]["baseline"].is_string() && stages[0]["ratio"].as_f64().is_some());
    assert!(stages[1]["baseline"].is_null());
    let _ = std::fs::remove_dir_all(&dir);
}
