//! The options of the `_with` functions.

/// Options for [`extract_with`](crate::extract_with), [`repair_with`](crate::repair_with) and [`normalize_with`](crate::normalize_with).
///
/// ```
/// let mut o = newsprep_url::Options::default();
/// o.tracking_params = Some(vec!["ref".to_string(), "utm_*".to_string()]);
/// let u = newsprep_url::normalize_with("https://example.com/?ref=tw&fbclid=1", &o).unwrap();
/// assert_eq!(u, "https://example.com/?fbclid=1");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The query parameters to remove; an entry ending in `*` is a prefix.
    /// `None` (the default) means [`DEFAULT_TRACKING_PARAMS`](crate::DEFAULT_TRACKING_PARAMS); `Some(vec![])`
    /// removes none.
    pub tracking_params: Option<Vec<String>>,
}
