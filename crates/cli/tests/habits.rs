//! The command's habits on a terminal and at the edges of its input and
//! output: quiet runs, thread caps, closed descriptors, completions and the
//! man page, error records that name their file.
#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a failed test panics"
)]

mod common;
use common::{bin, stderr, temp_dir};

use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs the binary through `sh` so that a test can close its descriptors.
fn sh(script: &str, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_newsprep"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

#[test]
fn summary_counts_in_the_singular_and_quiet_silences_it() {
    let dir = temp_dir("summary");
    let input = dir.join("one.jsonl");
    std::fs::write(&input, "{\"id\": 1, \"text\": \"One line.\"}\n").expect("write");
    let out = bin()
        .args(["sentences", "--jsonl"])
        .arg(&input)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 document,") && err.contains("0 errors"),
        "{err}"
    );
    assert!(err.contains(" MB") && !err.contains("MiB"), "{err}");

    let quiet = bin()
        .args(["sentences", "--jsonl", "-q"])
        .arg(&input)
        .output()
        .expect("runs");
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(stderr(&quiet), "", "quiet prints nothing on success");
    assert_eq!(quiet.stdout, out.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn threads_short_flag_and_cap() {
    let out = sh("printf 'A text. Two.' | \"$0\" sentences -j 1", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Far beyond the cores: capped with a warning, and the run finishes.
    let out = sh(
        "printf 'A text. Two.' | \"$0\" sentences --threads 20000",
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: --threads 20000"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(v["sentences"].as_array().map(Vec::len), Some(2));
    let out = sh("printf 'x' | \"$0\" sentences -j 0", &[]);
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(target_os = "linux")]
#[test]
fn closed_stdout_is_an_io_error() {
    let out = sh("printf 'Some text.' | \"$0\" sentences >&-", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("standard output is closed"),
        "{}",
        stderr(&out)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn closed_stdin_is_an_io_error_not_an_empty_document() {
    // A shell's </dev/null is an empty input, not a closed one.
    let out = sh("\"$0\" sentences </dev/null >/dev/null", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = sh("\"$0\" sentences <&-", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("standard input is closed"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = bin().args(["completions", shell]).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("newsprep") && text.contains("sentences"),
            "{shell}"
        );
    }
    let out = bin().arg("man").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH newsprep"),
        "{page}"
    );
    assert!(page.contains("article"));
}

#[test]
fn bench_and_eval_help_name_their_data() {
    for cmd in ["bench", "eval"] {
        let out = bin().args([cmd, "--help"]).output().expect("runs");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("NEWSPREP_DATA"), "{cmd}: {help}");
        assert!(help.contains("not part of the package"), "{cmd}: {help}");
    }
}

#[test]
fn error_records_of_several_jsonl_files_name_the_file() {
    let dir = temp_dir("multi");
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    std::fs::write(&a, "{\"id\": 1, \"text\": \"Fine.\"}\nnot json\n").expect("write");
    std::fs::write(&b, "{\"id\": 2}\n{\"id\": 3, \"text\": \"Fine.\"}\n").expect("write");
    let out = bin()
        .args(["sentences", "--jsonl"])
        .arg(&a)
        .arg(&b)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let got: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(got.len(), 4);
    assert!(got[0].get("file").is_none(), "good lines keep their shape");
    assert_eq!(got[1]["file"], a.display().to_string());
    assert_eq!(got[1]["line"], 2);
    assert_eq!(got[2]["file"], b.display().to_string());
    assert_eq!(got[2]["line"], 1);
    assert_eq!(got[2]["id"], 2);
    // One file: the record has no "file" (the line number is enough).
    let one = bin()
        .args(["sentences", "--jsonl"])
        .arg(&a)
        .output()
        .expect("runs");
    let rec: Value = serde_json::from_str(
        String::from_utf8_lossy(&one.stdout)
            .lines()
            .nth(1)
            .expect("two lines"),
    )
    .expect("JSON");
    assert!(rec.get("file").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A document past the streaming size (1 MiB) is written as it is rendered;
/// its line is byte for byte what the library renders in memory.
#[test]
fn large_documents_stream_the_same_bytes() {
    use newsprep::jsonl::{self, Command as Job, Decoding};
    let dir = temp_dir("stream");
    let para = "Officials in Zürich said on Friday (see https://www.example.org/a b) that \
                Dr. Ana Reyes, 54, would lead the talks. \u{201c}It\u{2019}s time,\u{201d} she said.\n\n";
    let text = para.repeat((3 << 20) / para.len());
    let file = dir.join("big.txt");
    std::fs::write(&file, &text).expect("write");
    let id = serde_json::Value::String(file.display().to_string());
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let jsonl_file = dir.join("big.jsonl");
    std::fs::write(&jsonl_file, format!("{line}\n{{\"id\": 2}}\n")).expect("write");
    let p = newsprep::Pipeline::new();
    let d = Decoding::new();
    for (name, job) in [
        ("tokens", Job::Tokens { words_only: false }),
        ("sentences", Job::Sentences),
        ("urls", Job::Urls),
    ] {
        let out = bin().arg(name).arg(&file).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let want = jsonl::render_bytes_with(&p, job, &id, text.as_bytes(), &d).json + "\n";
        assert!(out.stdout == want.as_bytes(), "{name}: file output differs");

        let out = bin()
            .args([name, "--jsonl"])
            .arg(&jsonl_file)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: the second line is an error record"
        );
        let want = jsonl::render_line_with(&p, job, 1, line.as_bytes(), &d).json
            + "\n"
            + &jsonl::render_line_with(&p, job, 2, b"{\"id\": 2}", &d).json
            + "\n";
        assert!(
            out.stdout == want.as_bytes(),
            "{name}: JSONL output differs"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
