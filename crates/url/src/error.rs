/// Why a URL could not be repaired.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepairError {
    /// The text holds nothing that can be made into a URL.
    Invalid(String),
}

impl std::fmt::Display for RepairError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RepairError::Invalid(why) => write!(f, "not a URL: {why}"),
        }
    }
}

impl std::error::Error for RepairError {}
