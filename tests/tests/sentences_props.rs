//! Property tests for the sentence segmenter: nothing is lost or duplicated.
//! Every byte of the input lies in exactly one sentence or in the white
//! space between two; sentences are in order, non-empty, trimmed, on char
//! boundaries, and `text == &input[start..end]`.

use newsprep::segment::{
    repair_paragraphs, sentences, should_join, SentenceOptions, SentenceSegmenter,
};
use proptest::prelude::*;

fn check_lossless(seg: &SentenceSegmenter, input: &str) -> Result<(), TestCaseError> {
    let mut pos = 0usize;
    for s in seg.sentences(input) {
        prop_assert!(s.start >= pos, "overlap or disorder at {}", s.start);
        prop_assert!(s.start < s.end, "empty sentence at {}", s.start);
        prop_assert!(input.is_char_boundary(s.start) && input.is_char_boundary(s.end));
        prop_assert_eq!(&input[s.start..s.end], s.text);
        prop_assert_eq!(s.text.trim(), s.text, "not trimmed");
        let gap = &input[pos..s.start];
        prop_assert!(
            gap.trim().is_empty(),
            "text lost between sentences: {:?}",
            gap
        );
        pos = s.end;
    }
    prop_assert!(
        input[pos..].trim().is_empty(),
        "text lost at the end: {:?}",
        &input[pos..]
    );
    Ok(())
}

/// Pieces that exercise the rules: punctuation, abbreviations, quotes,
/// ellipses, list markers, line breaks and non-ASCII white space.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("word".to_string()),
        Just("Word".to_string()),
        Just("I".to_string()),
        Just("i".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("a.m.".to_string()),
        Just("e.g.".to_string()),
        Just("No.".to_string()),
        Just("Inc.".to_string()),
        Just("3.5".to_string()),
        Just("1.".to_string()),
        Just("a)".to_string()),
        Just("•".to_string()),
        Just("⁃".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just("..".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just(". . . .".to_string()),
        Just("…".to_string()),
        Just("!".to_string()),
        Just("?".to_string()),
        Just("?!".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("[1]".to_string()),
        Just(":)".to_string()),
        Just(" ".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{2029}".to_string()),
        Just("\u{3000}".to_string()),
        Just("é".to_string()),
        Just("Ω".to_string()),
        Just("日本".to_string()),
        Just("x@y.com".to_string()),
        Just("http://a.b/c.d".to_string()),
        "[a-zA-Z]{1,6}",
        "[0-9]{1,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn lossless_on_pieces(parts in proptest::collection::vec(piece(), 0..40)) {
        let input: String = parts.concat();
        check_lossless(&SentenceSegmenter::default(), &input)?;
    }

    #[test]
    fn lossless_on_any_string(input in "\\PC{0,200}") {
        check_lossless(&SentenceSegmenter::default(), &input)?;
    }

    #[test]
    fn lossless_with_options(parts in proptest::collection::vec(piece(), 0..30)) {
        let input: String = parts.concat();
        let mut o = SentenceOptions::default();
        o.abbreviations.push("word".into());
        o.title_abbreviations.push("Word".into());
        o.ignore_single_newlines = true;
        check_lossless(&SentenceSegmenter::new(o), &input)?;
    }

    #[test]
    fn free_fn_matches_iterator(parts in proptest::collection::vec(piece(), 0..30)) {
        let input: String = parts.concat();
        let a = sentences(&input);
        let b: Vec<_> = SentenceSegmenter::default().sentences(&input).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn repair_keeps_every_word(parts in proptest::collection::vec("[A-Za-z,.]{0,8}( [a-z]{1,5}){0,4}", 0..8)) {
        let before: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        let repaired = repair_paragraphs(&parts);
        let after: Vec<&str> = repaired.iter().flat_map(|p| p.split_whitespace()).collect();
        prop_assert_eq!(before, after);
        for w in parts.windows(2) {
            let _ = should_join(&w[0], &w[1]);
        }
    }
}
