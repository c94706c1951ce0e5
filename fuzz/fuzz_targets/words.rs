//! Differential fuzz target: `newsprep::segment::words` / `unicode_words`
//! / `WordStream` against unicode-segmentation.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsprep::segment::{unicode_words, words, WordStream};
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    // The first byte picks a chunk size for the streaming check.
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let got: Vec<(usize, &str)> = words(s).map(|w| (w.start, w.text)).collect();
    let want: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
    assert_eq!(got, want, "words differ on {s:?}");

    let gw: Vec<(usize, &str)> = unicode_words(s).map(|w| (w.start, w.text)).collect();
    let ww: Vec<(usize, &str)> = s.unicode_word_indices().collect();
    assert_eq!(gw, ww, "unicode_words differ on {s:?}");

    let chars: Vec<char> = s.chars().collect();
    let mut stream = WordStream::new();
    let mut streamed: Vec<(usize, String)> = Vec::new();
    for chunk in chars.chunks(usize::from(k % 16) + 1) {
        let c: String = chunk.iter().collect();
        streamed.extend(stream.push(&c).map(|w| (w.start, w.text.to_string())));
    }
    streamed.extend(stream.finish().map(|w| (w.start, w.text.to_string())));
    let want_owned: Vec<(usize, String)> = want.iter().map(|(i, t)| (*i, t.to_string())).collect();
    assert_eq!(streamed, want_owned, "stream differs on {s:?}");
});
