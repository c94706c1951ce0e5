//! Helpers for the cross-crate and data-driven tests.

use std::path::PathBuf;

/// The shared data directory: `NEWSPREP_DATA`, default `../shared/data`
/// relative to the workspace root.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("NEWSPREP_DATA") {
        Some(d) => {
            let p = PathBuf::from(d);
            if p.is_absolute() {
                p
            } else {
                // relative paths are taken from the workspace root, where CI sets them
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
            }
        }
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"),
    }
}

/// The path of `rel` under the data directory, or `None` (with a printed
/// reason) when it is missing outside CI. In CI (`CI=true`) a missing file
/// is a test failure.
pub fn data_file(rel: &str) -> Option<PathBuf> {
    let p = data_dir().join(rel);
    if p.exists() {
        return Some(p);
    }
    let in_ci = std::env::var("CI")
        .map(|v| v == "true" || v == "1")
        .unwrap_or(false);
    assert!(
        !in_ci,
        "CI=true but the shared data file {} is missing (set NEWSPREP_DATA)",
        p.display()
    );
    eprintln!(
        "SKIP: {} is missing (set NEWSPREP_DATA to the shared data directory)",
        p.display()
    );
    None
}
