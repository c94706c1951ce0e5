//! Every Unicode scalar value, in contexts that exercise each Word_Break
//! rule, segmented by `newsprep_segment::words` and by unicode-segmentation:
//! a difference in the property tables of the two (Word_Break,
//! Extended_Pictographic, Alphabetic, Number) shows up here.

use newsprep::segment::{unicode_words, words};
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn every_code_point_in_context() {
    let mut s = String::new();
    let mut bad = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        s.clear();
        // letter/mid/letter, digit/mid/digit, the char twice, after ZWJ,
        // before Extend, Hebrew context, Katakana and ExtendNumLet context,
        // after space, after a regional indicator.
        for part in [
            "a",
            "\u{0}",
            "a ",
            "1",
            "\u{0}",
            "1 ",
            "\u{0}",
            "\u{0}",
            " \u{200d}",
            "\u{0}",
            "x \u{0}",
            "\u{301}\u{0}",
            "\u{0}\u{5d0}",
            "\"",
            "\u{0}",
            "\u{5d0}",
            " \u{30a2}",
            "\u{0}",
            "_",
            "\u{0}",
            "\u{30a2}",
            "  ",
            "\u{0}",
            " \u{1f1eb}",
            "\u{0}",
            "\u{1f1f7}",
            ".",
        ] {
            if part == "\u{0}" {
                s.push(c);
            } else {
                s.push_str(part);
            }
        }
        let got: Vec<(usize, &str)> = words(&s).map(|w| (w.start, w.text)).collect();
        let want: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
        let gw: Vec<(usize, &str)> = unicode_words(&s).map(|w| (w.start, w.text)).collect();
        let ww: Vec<(usize, &str)> = s.unicode_word_indices().collect();
        if got != want || gw != ww {
            bad.push(format!("U+{cp:04X}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} code points differ: {}",
        bad.len(),
        bad.join(" ")
    );
}
