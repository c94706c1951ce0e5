/// Why a URL could not be repaired or normalized.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepairError {
    /// The text holds nothing that looks like a URL.
    NoUrl,
    /// The rebuilt text does not parse as a URL (the WHATWG parser's reason).
    Invalid(String),
}

impl std::fmt::Display for RepairError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RepairError::NoUrl => f.write_str("no URL found"),
            RepairError::Invalid(why) => write!(f, "not a URL: {why}"),
        }
    }
}

impl std::error::Error for RepairError {}
