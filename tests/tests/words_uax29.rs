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

fn bounds_of<'a>(spans: impl Iterator<Item = (usize, usize)>) -> Vec<usize> {
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
