#![no_main]
//! The embedded lexicon's tagger and raw matcher on arbitrary text: no panic,
//! and every mention's offsets slice its segment to its text.
use libfuzzer_sys::fuzz_target;
use newsprep::lexicon::Lexicon;

fuzz_target!(
    // The embedded lexicon is built once before the first input, so that its
    // start-up is not timed as part of one.
    init: {
        let _ = Lexicon::builtin();
    },
    |data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let lex = Lexicon::builtin();
        let segs: Vec<&str> = s.split('\n').collect();
        for e in lex.tag_document(&segs) {
            for m in &e.mentions {
                assert_eq!(segs[m.segment].get(m.start..m.end), Some(m.text.as_str()));
            }
        }
        for m in lex.find_iter(s) {
            assert_eq!(s.get(m.start..m.end), Some(m.text));
        }
    }
    }
);
