#![no_main]
//! Fuzz the article layout parser: it must never panic, and its links must
//! point into its paragraphs.
use libfuzzer_sys::fuzz_target;
use newsprep::article::{parse_with, ParseOptions};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for opts in [
        ParseOptions::new(),
        ParseOptions::new().with_paragraph_joiner(newsprep::segment::should_join),
    ] {
        let a = parse_with(&text, &opts);
        for l in &a.links {
            let p = &a.paragraphs[l.paragraph];
            assert_eq!(&p[l.start..l.end], l.text);
        }
        for p in &a.paragraphs {
            assert!(!p.is_empty());
        }
    }
});
