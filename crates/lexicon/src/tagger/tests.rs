//! The fast tests of the tagger's helpers agree with the word lists and the
//! character-level versions.

use super::text::*;
use super::*;
use crate::common_words;

#[test]
fn word_lists_match_their_fast_tests() {
    for w in common_words::SAID_AFTER {
        assert!(is_said_after(w), "{w}");
    }
    for w in common_words::SAID_BEFORE {
        assert!(is_said_before(w), "{w}");
    }
    for w in ["sag", "Said", "saidx", "", "laugh"] {
        assert!(!is_said_after(w) && !is_said_before(w), "{w}");
    }
    for p in common_words::PARTICLES {
        let up = p.to_uppercase();
        let cap = format!("{}{}", &up[..1], &p[1..]);
        for v in [p.to_string(), up, cap] {
            assert_eq!(is_particle(&v), v.len() <= 4, "{v}");
        }
    }
    for w in AREA_NOUNS {
        let b = w.as_bytes();
        assert!(area_noun_start(b[0], b[1]), "{w}");
    }
    for w in ["vo", "vann", "ibnx", "Smith", "", "é"] {
        assert!(!is_particle(w), "{w}");
    }
    for w in ["Mr", "Mrs", "vs", "Ft", "Capt"] {
        assert!(is_abbrev(w), "{w}");
    }
    for w in ["mat", "Mister", "M", "Cap", "No1"] {
        assert!(!is_abbrev(w), "{w}");
    }
}

/// The SWAR test against a byte-by-byte one, every byte in every lane.
#[test]
fn interesting_bytes() {
    for lane in 0..8 {
        for x in 0..=255u8 {
            let mut a = [b'a'; 8];
            a[lane] = x;
            let m = interesting(u64::from_le_bytes(a));
            let want = x.is_ascii_uppercase() || x == b'.' || x >= 0x80;
            assert_eq!(m != 0, want, "{x:#x} in lane {lane}");
            if want {
                assert_eq!(m.trailing_zeros() / 8, lane as u32);
            }
        }
    }
}

/// The byte-level text tests against their `char`-level versions.
#[test]
fn byte_and_char_versions_agree() {
    let texts = [
        "He said. The cat. Mr. Smith met U.S. officials; Then \"Why\" (Yes) [No] {x} *Bold*",
        "\nNew line. A. B. Capt. Kirk! Ok? Fine: so; |Pipe| vs. Them",
        "Ünïcödé wörds. Then Éric said “Hi” — ok. • Bullet. Straße Ação",
        "x",
        "",
        " ",
        "..",
        "A",
        "ab cd ef",
        "one  two",
        "end.",
    ];
    for t in texts {
        for i in 0..=t.len() {
            if !t.is_char_boundary(i) {
                continue;
            }
            assert_eq!(
                sentence_initial(t, i),
                sentence_initial_slow(t, i),
                "{t:?} at {i}"
            );
            assert_eq!(prev_word(t, i), prev_word_slow(t, i), "{t:?} at {i}");
        }
        assert_eq!(title_mode(t), title_mode_slow(t), "{t:?}");
    }
    for t in [
        "Putin Signals Openness to Talks With the West",
        "Putin signals openness to talks with the west",
        "A Very Long Title With Many Words And Some Lower case words here and there",
    ] {
        assert_eq!(title_mode(t), title_mode_slow(t), "{t:?}");
    }
}

proptest::proptest! {
    /// Headline case: the byte loop over ASCII text agrees with the
    /// character-level test on any mix of short and long, capitalised and
    /// lower-case words, skipped words and separators.
    #[test]
    fn title_mode_ascii_matches_chars(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Putin", "Signals", "talks", "with", "the", "West", "UN", "a", "2024",
                "From", "about", "over", "x9", "Abcd", "abcde", "upon", "Into",
            ]),
            0..40,
        ),
        seps in proptest::collection::vec(
            proptest::sample::select(vec![" ", "  ", ", ", "-", ". ", "'", "\n", ":"]),
            0..40,
        ),
    ) {
        let mut t = String::new();
        for (k, w) in words.iter().enumerate() {
            t.push_str(w);
            t.push_str(seps.get(k).copied().unwrap_or(" "));
        }
        proptest::prop_assert_eq!(title_mode(&t), title_mode_slow(&t), "{:?}", t);
    }
}

/// One word-table slot stays 24 bytes (memory).
#[test]
fn word_info_stays_small() {
    assert!(std::mem::size_of::<WordInfo>() <= 16);
}

/// The firm flag of the word table lets through every word at which the
/// search of the firm list can succeed: it is tested on every prefix of
/// every firm's name (any other word starts none) and on other words.
#[test]
fn firm_flag_covers_the_firm_search() {
    let plain = |first: &str| {
        crate::orgs::FIRMS.iter().any(|f| {
            f.starts_with(first)
                && f.as_bytes()
                    .get(first.len())
                    .is_none_or(|c| matches!(c, b' ' | b'-'))
        })
    };
    let lex = crate::Lexicon::builtin();
    let empty = crate::LexiconBuilder::new().build().unwrap();
    for inner in [&lex.inner, &empty.inner] {
        let flagged = |w: &str| inner.word(w).is_some_and(|i| i.extra & X_FIRM != 0);
        let mut n = 0;
        for f in crate::orgs::FIRMS {
            for (i, _) in f.char_indices().skip(1).chain([(f.len(), ' ')]) {
                let p = &f[..i];
                if p.contains(' ') {
                    continue;
                }
                assert_eq!(flagged(p), plain(p), "{p:?}");
                n += usize::from(plain(p));
            }
        }
        assert!(n > 50);
        for w in [
            "Morgan", "Dow", "Hewlett", "Smith", "Boein", "Goldmans", "Paris",
        ] {
            assert_eq!(flagged(w), plain(w), "{w:?}");
        }
    }
}
