// TEMPORARY development harness (removed before the report): runs the
// tests/ package's URL tests against this crate alone.
mod newsprep {
    pub use newsprep_url as url;
}
mod newsprep_tests {
    pub fn data_file(rel: &str) -> Option<std::path::PathBuf> {
        Some(std::path::PathBuf::from("/work/shared/data").join(rel))
    }
}
include!("../../../tests/tests/urls_damage.rs");
