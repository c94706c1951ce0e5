//! The candidate and the scanner's settings, shared by every step of the
//! scan.

use crate::fix::Fix;
use std::borrow::Cow;

/// How much the scanner trusts that it is looking at a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Running text: a URL must earn every fragment it absorbs.
    Text,
    /// The caller says the text is one URL: fragments are joined unless they
    /// read as prose.
    Raw,
}

/// Scanner settings for one call.
pub(crate) struct Ctx<'h> {
    pub mode: Mode,
    /// Lower-case words of the hint (headline), for joining split words.
    pub hint: &'h [String],
    /// Use the fast lanes ([`fast_scheme`](crate::scan::fast::fast_scheme), [`dot_rejected`](crate::scan::triggers::dot_rejected)); off only in
    /// the tests that check them against the general scanner.
    pub fast_lanes: bool,
}

impl Ctx<'static> {
    /// Running text, no hint, fast lanes on: what `find` and `extract` scan with.
    pub const TEXT: Ctx<'static> = Ctx {
        mode: Mode::Text,
        hint: &[],
        fast_lanes: true,
    };
}

/// How the candidate names its scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemeKind {
    /// `https://...` (repaired if it was damaged).
    Full,
    /// `//host/...`
    Relative,
    /// `www.example.com/...`, `example.co.uk/...`
    None,
}

/// One candidate: its raw span and the URL rebuilt from it.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'t> {
    pub start: usize,
    pub end: usize,
    /// Borrowed from the text when the raw URL needed no change.
    pub url: Cow<'t, str>,
    pub scheme: SchemeKind,
    pub fixes: Vec<Fix>,
    pub conf: f32,
    /// The target of markdown or HTML link syntax.
    pub target: bool,
    /// Found by the fast lane in normal form: `url` is the normalized URL,
    /// with a lower-case `http(s)` scheme, a host in normal form, and a
    /// path of [`crate::chars::path_byte`]s with no `.` right after a `/` (so no
    /// query, fragment, entity or dot segment).
    pub normal: bool,
}

/// Longest host we accept (RFC 1035).
pub(super) const MAX_HOST: usize = 253;
/// How far a fragment or a line tail is looked at when deciding a join.
pub(super) const LOOKAHEAD: usize = 512;

/// Scheme spellings: written form, canonical scheme, repair (None = clean).
/// Longest first so that the longest matching suffix of a letter run wins.
pub(super) const SCHEMES: &[(&str, &str, Option<Fix>)] = &[
    ("hxxxps", "https", Some(Fix::Defanged)),
    ("htttps", "https", Some(Fix::MalformedScheme)),
    ("hhttps", "https", Some(Fix::MalformedScheme)),
    ("httpss", "https", Some(Fix::MalformedScheme)),
    ("hxxps", "https", Some(Fix::Defanged)),
    ("hxxxp", "http", Some(Fix::Defanged)),
    ("htttp", "http", Some(Fix::MalformedScheme)),
    ("hhttp", "http", Some(Fix::MalformedScheme)),
    ("https", "https", None),
    ("hxxp", "http", Some(Fix::Defanged)),
    ("http", "http", None),
    ("htps", "https", Some(Fix::MalformedScheme)),
    ("ttps", "https", Some(Fix::MalformedScheme)),
    ("htp", "http", Some(Fix::MalformedScheme)),
    ("ttp", "http", Some(Fix::MalformedScheme)),
    ("ftp", "ftp", None),
    ("fxp", "ftp", Some(Fix::Defanged)),
];
