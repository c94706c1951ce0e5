//! The `wordbreak` task (not yet written).

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("the wordbreak task is not written yet".to_string())
}
