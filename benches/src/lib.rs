//! Shared helpers for the criterion benchmarks: corpus loading.

use std::path::PathBuf;

/// The data directory: `NEWSPREP_DATA`, default `../shared/data` relative to
/// the workspace root.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("NEWSPREP_DATA") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"),
    }
}

/// A corpus from `news-text/NAME`, or the bundled fallback corpus (with a
/// printed reason) when the data directory is not there.
pub fn corpus(name: &str) -> (String, String) {
    let p = data_dir().join("news-text").join(name);
    match std::fs::read_to_string(&p) {
        Ok(t) => (name.to_string(), t),
        Err(e) => {
            eprintln!(
                "newsprep-benches: {} not readable ({e}); using the bundled fallback corpus",
                p.display()
            );
            let fb = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/fallback.txt");
            let t = std::fs::read_to_string(&fb).unwrap_or_default();
            ("fallback.txt".to_string(), t.repeat(200))
        }
    }
}
