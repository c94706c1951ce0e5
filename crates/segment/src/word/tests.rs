//! Unit tests of the word segmenter: the fast paths and every arch level
//! against the plain rule machine.

use super::*;

fn segs(t: &str) -> Vec<&str> {
    words(t).map(|s| s.text).collect()
}

fn slow_segs(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let e = slow_end(t, i);
        assert!(e > i, "no progress at {i} in {t:?}");
        out.push(&t[i..e]);
        i = e;
    }
    out
}

#[test]
fn ascii_basics() {
    assert_eq!(segs("Don't panic."), ["Don't", " ", "panic", "."]);
    assert_eq!(
        segs("U.S. 1,000.50 a_b"),
        ["U.S", ".", " ", "1,000.50", " ", "a_b"]
    );
    assert_eq!(
        segs("a:b 1:2 a,b 1;2"),
        ["a:b", " ", "1", ":", "2", " ", "a", ",", "b", " ", "1;2"]
    );
    assert_eq!(
        segs("a.1 1.a a..b"),
        ["a", ".", "1", " ", "1", ".", "a", " ", "a", ".", ".", "b"]
    );
    assert_eq!(
        segs("x\r\n\r\ry\n\t  z"),
        ["x", "\r\n", "\r", "\r", "y", "\n", "\t", "  ", "z"]
    );
    assert_eq!(segs("end."), ["end", "."]);
    assert_eq!(segs(""), Vec::<&str>::new());
}

#[test]
fn unicode_cases() {
    assert_eq!(segs("naïve café"), ["naïve", " ", "café"]);
    assert_eq!(segs("it’s"), ["it’s"]);
    assert_eq!(segs("a\u{301}.b"), ["a\u{301}.b"]);
    assert_eq!(segs("a.\u{301}b"), ["a.\u{301}b"]);
    assert_eq!(segs(" \u{301} "), [" \u{301}", " "]);
    assert_eq!(segs("  \u{3000}x"), ["  \u{3000}", "x"]);
    assert_eq!(segs("👩\u{200d}💻!"), ["👩\u{200d}💻", "!"]);
    assert_eq!(segs("🇫🇷🇩🇪🇮"), ["🇫🇷", "🇩🇪", "🇮"]);
    assert_eq!(segs("カタカナ漢字"), ["カタカナ", "漢", "字"]);
    assert_eq!(segs("שׁ\"ב א'"), ["שׁ\"ב", " ", "א'"]);
    assert_eq!(segs("!\u{301}\u{200d}"), ["!\u{301}\u{200d}"]);
    assert_eq!(segs("\n\u{301}"), ["\n", "\u{301}"]);
}

#[test]
fn fast_path_agrees_with_machine() {
    let cases = [
        "The U.S. economy grew 2.5% in Q3, officials said; 'quotes' \"too\".",
        "l'été à Zürich, 3,5 km — «ok» it’s 10:30 a_b_1 _x",
        "a'\u{200d}😀 a.\u{200d}😀 x \u{200d}😀 1.\u{301}2 \r\n\u{301}",
        "שָׁלוֹם \"א\"ב\" 1٫5 ١٢٣ ＡＢＣ ｶﾀｶﾅ",
    ];
    for t in cases {
        assert_eq!(segs(t), slow_segs(t), "{t:?}");
    }
}

#[test]
fn word_like() {
    assert!(is_word_like("abc"));
    assert!(is_word_like("漢"));
    assert!(is_word_like("²"));
    assert!(!is_word_like("—"));
    assert!(!is_word_like("  "));
    let w: Vec<&str> = unicode_words("a, b! ١٢").map(|s| s.text).collect();
    assert_eq!(w, ["a", "b", "١٢"]);
}

#[test]
fn stream_matches_whole_text() {
    let text = "He said: \"It's 3.5 km.\" Then—🇫🇷 a.\u{301}b \r\n x";
    for size in 1..8 {
        let mut st = WordStream::new();
        let mut got = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        for piece in chars.chunks(size) {
            let s: String = piece.iter().collect();
            got.extend(st.push(&s).map(|w| (w.start, w.end)));
        }
        got.extend(st.finish().map(|w| (w.start, w.end)));
        let want: Vec<_> = words(text).map(|w| (w.start, w.end)).collect();
        assert_eq!(got, want, "chunk size {size}");
    }
}

#[test]
fn swar_word_bytes() {
    for b in 0..=255u8 {
        let is_word = b.is_ascii_alphanumeric() || b == b'_';
        for p in 0..8 {
            let mut chunk = *b"aZ09_xyz";
            chunk.rotate_left(p % 5);
            chunk[p] = b;
            let want = if is_word { 8 } else { p };
            let got = word_bytes8(&chunk, 0);
            assert_eq!(got, Some(want), "byte {b:#x} at {p}");
        }
    }
    assert_eq!(word_bytes8(b"abcdefg", 0), None);
    assert_eq!(word_bytes8(b"abcdefgh", 1), None);
}

#[test]
fn table_version() {
    assert_eq!(UNICODE_VERSION, (17, 0, 0));
    assert_eq!(props('a' as u32) & CLASS_MASK, wb::ALETTER);
    assert_eq!(props(0x1F600) & EP_BIT, EP_BIT);
    assert_eq!(props(0x200D) & CLASS_MASK, wb::ZWJ);
}

/// Segments of `t` by `words` forced to one arch level.
fn level_segs(t: &str, level: arch::BlockFn) -> Vec<&str> {
    arch::force(Some(level));
    let v = words(t).map(|s| s.text).collect();
    arch::force(None);
    v
}

/// A small deterministic generator (xorshift), so that failures repeat.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

/// Pieces that put every ASCII rule next to every other and next to
/// non-ASCII characters of the classes that change an ASCII decision.
const PIECES: &[&str] = &[
    "a", "Z", "q", "7", "0", "_", " ", "  ", ".", "'", ":", ",", ";", "\"", "-", "!", "\r", "\n",
    "\r\n", "\t", "\u{0B}", "é", "ß", "ж", "\u{301}", "\u{200D}", "\u{AD}", "’", "\u{2024}",
    "\u{3000}", "\u{A0}", "😀", "🇫", "🇷", "א", "ア", "漢", "١", "\u{FE0F}", "\u{85}", "word",
    "1,000", "U.S.", "it's", "3.5", "a_b", "   ",
];

#[test]
fn every_level_agrees_with_the_machine_on_generated_text() {
    let levels = arch::levels();
    let mut g = Gen(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        // Mostly ASCII, sometimes long runs, so that segments cross blocks
        // and texts end at every offset of a block.
        let mut t = String::new();
        let parts = 1 + (g.next() % 90) as usize;
        for _ in 0..parts {
            if g.next().is_multiple_of(4) {
                t.push_str(g.pick(&PIECES[..20]));
            } else if g.next().is_multiple_of(40) {
                let n = (g.next() % 150) as usize;
                t.push_str(&g.pick(&["x", " ", "9", "_"]).repeat(n));
            } else {
                t.push_str(g.pick(PIECES));
            }
        }
        let want = slow_segs(&t);
        for &(name, level) in &levels {
            assert_eq!(
                level_segs(&t, level),
                want,
                "level {name}, round {round}, {t:?}"
            );
        }
    }
}

#[test]
fn every_level_agrees_at_block_edges() {
    // A decision that needs the bytes on both sides of a 64-byte block
    // edge, at every offset around it.
    let levels = arch::levels();
    let tails = [
        "a.b",
        "1,2",
        "a'b",
        "\r\n",
        "  ",
        "ab",
        "a.\u{301}b",
        "a\u{301}.b",
        "x’y",
    ];
    for pad in 55..70 {
        for tail in tails {
            for head in ["", "a", "1", " "] {
                let t = format!("{head}{}{tail} z", "w".repeat(pad));
                let want = slow_segs(&t);
                for &(name, level) in &levels {
                    assert_eq!(level_segs(&t, level), want, "level {name}: {t:?}");
                }
            }
        }
    }
}

/// `WordBreakTest-17.0.0.txt` from the shared data, when it is there.
fn word_break_test() -> Option<String> {
    let dir = match std::env::var_os("NEWSPREP_DATA") {
        Some(d) => std::path::PathBuf::from(d),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    };
    std::fs::read_to_string(dir.join("uax29/WordBreakTest-17.0.0.txt")).ok()
}

#[test]
fn every_level_passes_word_break_test() {
    let Some(data) = word_break_test() else {
        eprintln!("WordBreakTest-17.0.0.txt not found: set NEWSPREP_DATA");
        return;
    };
    let levels = arch::levels();
    let mut cases = 0;
    for line in data.lines() {
        let spec = line.split('#').next().unwrap_or("").trim();
        if spec.is_empty() {
            continue;
        }
        let mut text = String::new();
        let mut want = Vec::new();
        for tok in spec.split_whitespace() {
            match tok {
                "÷" => want.push(text.len()),
                "×" => {}
                hex => text.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap()),
            }
        }
        cases += 1;
        let mut machine = vec![0];
        machine.extend(slow_segs(&text).iter().scan(0, |e, s| {
            *e += s.len();
            Some(*e)
        }));
        assert_eq!(machine, want, "machine: {line}");
        for &(name, level) in &levels {
            let mut got = vec![0];
            got.extend(level_segs(&text, level).iter().scan(0, |e, s| {
                *e += s.len();
                Some(*e)
            }));
            assert_eq!(got, want, "level {name}: {line}");
        }
    }
    assert!(cases > 1800, "only {cases} cases read");
}

#[test]
fn ascii_classes_of_the_levels_match_the_tables() {
    // The levels classify ASCII bytes by hand; the tables are the source.
    for b in 0u8..128 {
        let c = props(u32::from(b)) & CLASS_MASK;
        let chunk = [b; arch::BLOCK];
        let got = arch::generic::classify(&chunk);
        let bit = |m: u64| m == u64::MAX;
        assert_eq!(bit(got.alpha), c == wb::ALETTER, "{b:#x}");
        assert_eq!(bit(got.digit), c == wb::NUMERIC, "{b:#x}");
        assert_eq!(
            bit(got.word),
            matches!(c, wb::ALETTER | wb::NUMERIC | wb::ENL),
            "{b:#x}"
        );
        assert_eq!(bit(got.space), c == wb::WSEG, "{b:#x}");
        assert_eq!(
            bit(got.mid_letter),
            matches!(c, wb::MIDLETTER | wb::MIDNUMLET | wb::SQ),
            "{b:#x}"
        );
        assert_eq!(
            bit(got.mid_num),
            matches!(c, wb::MIDNUM | wb::MIDNUMLET | wb::SQ),
            "{b:#x}"
        );
        assert_eq!(bit(got.cr), c == wb::CR, "{b:#x}");
        assert_eq!(bit(got.lf), c == wb::LF, "{b:#x}");
        assert_eq!(got.high, 0);
        // Every other ASCII class joins nothing on the ASCII path.
        assert!(matches!(
            c,
            wb::OTHER
                | wb::NEWLINE
                | wb::DQ
                | wb::ALETTER
                | wb::NUMERIC
                | wb::ENL
                | wb::WSEG
                | wb::MIDLETTER
                | wb::MIDNUMLET
                | wb::SQ
                | wb::MIDNUM
                | wb::CR
                | wb::LF
        ));
    }
    for &(name, level) in &arch::levels() {
        // Every level gives the same masks on every byte value.
        let mut all: Vec<u8> = (0..=255u8).collect();
        all.extend((0..=255u8).rev().step_by(3));
        for base in 0..=all.len() {
            assert_eq!(
                level(&all, base),
                arch::generic::block(&all, base, arch::generic::classify),
                "level {name} at {base}"
            );
        }
    }
}

#[test]
fn every_level_gives_the_portable_masks_on_generated_bytes() {
    // Bytes that the ASCII rules treat apart, next to each other in every
    // order: letters, digits, '_', the mid characters, spaces, CR, LF,
    // other ASCII, and lead, continuation and invalid high bytes.
    const ALPHABET: &[u8] = b"aZz0 9_'.:,; \r\n!\0@`{/\xc3\xa9\x80\xff\xe2";
    let mut g = Gen(0x9E37_79B9_7F4A_7C15);
    for _ in 0..400 {
        let len = (g.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| ALPHABET[(g.next() % ALPHABET.len() as u64) as usize])
            .collect();
        for &(name, level) in &arch::levels() {
            for base in 0..=bytes.len() {
                assert_eq!(
                    level(&bytes, base),
                    arch::generic::block(&bytes, base, arch::generic::classify),
                    "level {name} at {base} of {bytes:?}"
                );
            }
        }
    }
}

#[test]
fn stream_agrees_on_generated_text_in_small_chunks() {
    let mut g = Gen(0x2545_F491_4F6C_DD1D);
    for round in 0..1500 {
        let mut t = String::new();
        for _ in 0..1 + g.next() % 40 {
            t.push_str(g.pick(PIECES));
        }
        let want: Vec<_> = words(&t).map(|s| (s.start, s.end)).collect();
        let size = 1 + (g.next() % 9) as usize;
        let chars: Vec<char> = t.chars().collect();
        for &(name, level) in &arch::levels() {
            arch::force(Some(level));
            let mut st = WordStream::new();
            let mut got = Vec::new();
            for piece in chars.chunks(size) {
                let s: String = piece.iter().collect();
                got.extend(st.push(&s).map(|w| (w.start, w.end)));
            }
            got.extend(st.finish().map(|w| (w.start, w.end)));
            arch::force(None);
            assert_eq!(
                got, want,
                "level {name}, round {round}, chunks of {size}: {t:?}"
            );
        }
    }
}

#[test]
fn stream_taken_in_part_gives_the_rest_later() {
    // Dropping the iterator of a push before its end keeps the segments
    // not taken for the next call.
    let text = "It's 3.5 km, she said. Then: done";
    let want: Vec<_> = words(text).map(|s| (s.start, s.end)).collect();
    let mut st = WordStream::new();
    let mut got = Vec::new();
    for piece in [&text[..10], &text[10..25], &text[25..]] {
        got.extend(st.push(piece).take(2).map(|w| (w.start, w.end)));
    }
    got.extend(st.finish().map(|w| (w.start, w.end)));
    assert_eq!(got, want);
}

#[test]
fn stream_in_chunks_of_many_sizes_taken_in_part() {
    // Chunks of 1 to 48 bytes, each push taken in part: the segments, in
    // order, are those of `words`, and `offset` is where the next one starts.
    let mut g = Gen(0x9E37_79B9_7F4A_7C15);
    for round in 0..600 {
        let mut t = String::new();
        for _ in 0..1 + g.next() % 60 {
            t.push_str(g.pick(PIECES));
            if g.next().is_multiple_of(3) {
                t.push(' ');
            }
        }
        let want: Vec<_> = words(&t).map(|s| (s.start, s.end)).collect();
        let mut st = WordStream::new();
        let mut got: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        while at < t.len() {
            let mut end = (at + 1 + (g.next() % 48) as usize).min(t.len());
            while !t.is_char_boundary(end) {
                end += 1;
            }
            let take = (g.next() % 6) as usize;
            got.extend(st.push(&t[at..end]).take(take).map(|w| (w.start, w.end)));
            let next = want.get(got.len()).map_or(t.len(), |w| w.0);
            assert_eq!(
                st.offset(),
                next,
                "round {round}: offset after {:?}",
                &t[..end]
            );
            at = end;
        }
        got.extend(st.finish().map(|w| (w.start, w.end)));
        assert_eq!(got, want, "round {round}: {t:?}");
    }
}
