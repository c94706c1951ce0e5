//! Fuzzes the sentence segmenter and paragraph repair: no panic, and no text
//! lost or duplicated (only white space between sentences).
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsprep::segment::{repair_paragraphs, should_join, SentenceOptions, SentenceSegmenter};

fn check(seg: &SentenceSegmenter, s: &str) {
    let mut pos = 0;
    for sent in seg.sentences(s) {
        assert!(sent.start >= pos && sent.start < sent.end);
        assert_eq!(&s[sent.start..sent.end], sent.text);
        assert_eq!(sent.text.trim(), sent.text);
        assert!(s[pos..sent.start].trim().is_empty(), "text lost");
        pos = sent.end;
    }
    assert!(s[pos..].trim().is_empty(), "text lost at the end");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        check(&SentenceSegmenter::default(), s);
        let mut o = SentenceOptions::default();
        o.ignore_single_newlines = true;
        o.abbreviations.push("abc".into());
        check(&SentenceSegmenter::new(o), s);
        let paras: Vec<&str> = s.split("\n\n").collect();
        for w in paras.windows(2) {
            let _ = should_join(w[0], w[1]);
        }
        let _ = repair_paragraphs(&paras);
    }
});
