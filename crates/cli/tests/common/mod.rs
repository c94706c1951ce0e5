//! Helpers shared by the command's integration tests (each test file uses
//! some of them).
#![allow(
    dead_code,
    clippy::expect_used,
    reason = "not every test file uses every helper; a failed test panics"
)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The built `newsprep` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsprep"))
}

/// Runs the binary with `args`, `input` on its standard input.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsprep binary starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let data = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("newsprep runs");
    feeder.join().expect("stdin writer");
    out
}

/// A fresh directory for one test's files.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsprep-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The standard error of a run, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
