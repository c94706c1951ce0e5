//! Every case of the Unicode 17.0.0 `WordBreakTest.txt` against
//! `newsprep_segment::words` (and the streaming API).

use newsprep::segment::{words, WordStream, UNICODE_VERSION};
use unicode_segmentation::UnicodeSegmentation;

/// A test line: the text and the expected boundary offsets (0 and len included).
fn parse_line(line: &str) -> Option<(String, Vec<usize>)> {
    let data = line.split('#').next()?.trim();
    if data.is_empty() {
        return None;
    }
    let mut text = String::new();
    let mut bounds = Vec::new();
    for tok in data.split_whitespace() {
        match tok {
            "÷" => bounds.push(text.len()),
            "×" => {}
            hex => {
                let cp = u32::from_str_radix(hex, 16).expect("hex code point");
                text.push(char::from_u32(cp).expect("scalar value"));
            }
        }
    }
    Some((text, bounds))
}

fn bounds_of(spans: impl Iterator<Item = (usize, usize)>) -> Vec<usize> {
    let mut v = vec![0];
    for (_, e) in spans {
        v.push(e);
    }
    v
}

#[test]
fn word_break_test_17() {
    assert_eq!(UNICODE_VERSION, (17, 0, 0));
    let Some(path) = newsprep_tests::data_file("uax29/WordBreakTest-17.0.0.txt") else {
        return;
    };
    let data = std::fs::read_to_string(&path).expect("read WordBreakTest");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (no, line) in data.lines().enumerate() {
        let Some((text, want)) = parse_line(line) else {
            continue;
        };
        cases += 1;
        let got = bounds_of(words(&text).map(|s| (s.start, s.end)));
        if got != want {
            failures.push(format!(
                "line {}: {line}\n  got {got:?} want {want:?}",
                no + 1
            ));
            continue;
        }
        // The oracle agrees too (guards the parser).
        let oracle = bounds_of(
            text.split_word_bound_indices()
                .map(|(i, s)| (i, i + s.len())),
        );
        assert_eq!(oracle, want, "unicode-segmentation on line {}", no + 1);
        // Streaming, one char at a time, gives the same boundaries.
        let mut st = WordStream::new();
        let mut sv = Vec::new();
        for c in text.chars() {
            sv.extend(
                st.push(c.encode_utf8(&mut [0; 4]))
                    .map(|s| (s.start, s.end)),
            );
        }
        sv.extend(st.finish().map(|s| (s.start, s.end)));
        assert_eq!(bounds_of(sv.into_iter()), want, "stream on line {}", no + 1);
    }
    assert_eq!(cases, 1944, "WordBreakTest-17.0.0 has 1944 cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Sequences outside the conformance file where unicode-segmentation (and so
/// this crate) reads the rules its own way: documented in `word.rs`.
#[test]
fn documented_readings_match_unicode_segmentation() {
    let cases: &[(&str, &[&str])] = &[
        // WB3c before a pending WB6/WB12: one segment.
        ("a'\u{200d}\u{1f469} x", &["a'\u{200d}\u{1f469}", " ", "x"]),
        (
            "1,234.56'\u{200d}\u{1f469}",
            &["1,234.56'\u{200d}\u{1f469}"],
        ),
        // After ZWJ + a pictograph that is also ALetter (U+24C2): split.
        ("\u{200d}\u{24c2}x", &["\u{200d}\u{24c2}", "x"]),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = words(text).map(|s| s.text).collect();
        let oracle: Vec<&str> = text.split_word_bounds().collect();
        assert_eq!(&got, want, "{text:?}");
        assert_eq!(&oracle, want, "unicode-segmentation on {text:?}");
    }
}
