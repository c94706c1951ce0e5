//! Helpers shared by the news-wire class tests (`wire_*.rs`): the
//! (kind, mention) pairs the built-in lexicon tags in a text.

#![allow(dead_code)]

pub use newsprep_lexicon::{Entity, EntityKind, Lexicon};

/// The (kind, mention text) pairs tagged in `text`.
pub fn tags(text: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = Lexicon::builtin()
        .tag(text)
        .iter()
        .flat_map(|e: &Entity| {
            e.mentions
                .iter()
                .map(|m| (e.kind.as_str().to_string(), m.text.clone()))
        })
        .collect();
    v.sort();
    v
}

/// The texts of the person mentions the built-in lexicon tags in a
/// document of several segments.
pub fn people_in(segments: &[&str]) -> Vec<String> {
    Lexicon::builtin()
        .tag_document(segments)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.into_iter().map(|m| m.text))
        .collect()
}

pub fn has(text: &str, kind: &str, mention: &str) -> bool {
    tags(text).iter().any(|(k, m)| k == kind && m == mention)
}

/// Asserts that no text of `texts` has a mention of `kind`.
#[track_caller]
pub fn none_in(texts: &[&str], kind: &str) {
    for text in texts {
        assert!(none_of_kind(text, kind), "{text:?}: {:?}", tags(text));
    }
}

pub fn none_of_kind(text: &str, kind: &str) -> bool {
    tags(text).iter().all(|(k, _)| k != kind)
}

#[track_caller]
pub fn yes(text: &str, kind: &str, mention: &str) {
    assert!(
        has(text, kind, mention),
        "{text:?}: want {kind} {mention:?}, got {:?}",
        tags(text)
    );
}

#[track_caller]
pub fn no(text: &str, kind: &str, mention: &str) {
    assert!(
        !has(text, kind, mention),
        "{text:?}: unwanted {kind} {mention:?}"
    );
}

/// The id of the place entity with a mention `text` in `doc`.
pub fn place_id(doc: &str, text: &str) -> Option<String> {
    Lexicon::builtin()
        .tag(doc)
        .into_iter()
        .find(|e| e.kind == EntityKind::Place && e.mentions.iter().any(|m| m.text == text))
        .map(|e| e.id)
}
