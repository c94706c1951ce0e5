//! The repairs, reported as data.

/// One repair made to a URL, reported as data.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Fix {
    /// White space inserted into the URL was removed (word splits, around
    /// dots and slashes, `https: //`).
    InsertedSpace,
    /// A line break inside the URL was removed.
    LineBreak,
    /// Soft hyphens or zero-width characters were removed.
    InvisibleChar,
    /// HTML entities (`&amp;`, `&#38;`) were decoded.
    HtmlEntity,
    /// A malformed scheme (`htps://`, `https;//`, `http//`) was corrected.
    MalformedScheme,
    /// A label glued to the scheme (`Source:https://`) was cut off.
    GluedLabel,
    /// A defanged URL (`hxxp`, `[.]`, `(.)`, `[dot]`, `[:]`) was refanged.
    Defanged,
    /// Enclosing brackets, quotes or angle brackets were removed.
    EnclosingBrackets,
    /// The target was taken out of markdown or HTML link syntax.
    LinkSyntax,
    /// Trailing punctuation that belongs to the prose was cut.
    TrailingPunctuation,
    /// An unbalanced closing bracket after the URL was cut.
    UnbalancedBracket,
    /// A URL written without a scheme got `https://`.
    AddedScheme,
    /// Tracking query parameters were removed.
    TrackingParams,
    /// Full-width punctuation (`．`, `／`, `：`) or a ligature (`ﬁ`) was
    /// replaced by its ASCII form.
    UnicodeForm,
    /// An escape was undone: a backslash before punctuation (JSON `\/`,
    /// markdown `\_`) or quoted-printable `=3D`.
    Escaping,
}

impl Fix {
    /// Every fix, in declaration order.
    pub const ALL: &'static [Fix] = &[
        Fix::InsertedSpace,
        Fix::LineBreak,
        Fix::InvisibleChar,
        Fix::HtmlEntity,
        Fix::MalformedScheme,
        Fix::GluedLabel,
        Fix::Defanged,
        Fix::EnclosingBrackets,
        Fix::LinkSyntax,
        Fix::TrailingPunctuation,
        Fix::UnbalancedBracket,
        Fix::AddedScheme,
        Fix::TrackingParams,
        Fix::UnicodeForm,
        Fix::Escaping,
    ];

    /// A stable snake_case name, as used in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Fix::InsertedSpace => "inserted_space",
            Fix::LineBreak => "line_break",
            Fix::InvisibleChar => "invisible_char",
            Fix::HtmlEntity => "html_entity",
            Fix::MalformedScheme => "malformed_scheme",
            Fix::GluedLabel => "glued_label",
            Fix::Defanged => "defanged",
            Fix::EnclosingBrackets => "enclosing_brackets",
            Fix::LinkSyntax => "link_syntax",
            Fix::TrailingPunctuation => "trailing_punctuation",
            Fix::UnbalancedBracket => "unbalanced_bracket",
            Fix::AddedScheme => "added_scheme",
            Fix::TrackingParams => "tracking_params",
            Fix::UnicodeForm => "unicode_form",
            Fix::Escaping => "escaping",
        }
    }
}

impl std::fmt::Display for Fix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
