// TEMPORARY development harness (removed before the report).
mod newsprep {
    pub use newsprep_url as url;
}
mod newsprep_tests {
    pub fn data_file(rel: &str) -> Option<std::path::PathBuf> {
        Some(std::path::PathBuf::from("/work/shared/data").join(rel))
    }
}
include!("../../../tests/tests/urls_fixtures.rs");
