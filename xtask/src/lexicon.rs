//! The `lexicon` task (not yet written).

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("the lexicon task is not written yet".to_string())
}
