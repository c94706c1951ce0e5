use super::builder::*;
use super::cand::*;
use super::fast::*;
use super::host::*;
use super::join::*;
use super::path::*;
use super::starts::*;
use super::triggers::*;
use super::*;
use crate::arch;
use crate::chars::plain_byte;
use crate::chars::*;

/// Every candidate with its rebuilt URL, fixes and confidence.
fn all(t: &str, mode: Mode, fast_lanes: bool) -> Vec<String> {
    let ctx = Ctx {
        mode,
        hint: &[],
        fast_lanes,
    };
    Scanner::new(t, &ctx)
        .map(|c| {
            format!(
                "{}..{} {} {:?} {:?} {} {}",
                c.start, c.end, c.url, c.scheme, c.fixes, c.conf, c.target
            )
        })
        .collect()
}

fn same(t: &str) {
    for mode in [Mode::Text, Mode::Raw] {
        assert_eq!(all(t, mode, true), all(t, mode, false), "{mode:?} {t:?}");
    }
}

#[test]
fn userinfo_end_at_the_edge_of_its_window() {
    // `@` around the 128th char, after host bytes and after chars of
    // one to four bytes: the `@` pre-test must not cut the window.
    for (lead, fill) in [
        ("", "a"),
        ("", "\u{e9}"),
        ("", "\u{1d4b3}"),
        ("ab.c", "\u{1d4b3}"),
    ] {
        for k in 120..136 {
            let t = format!("{lead}{}@x.com/ rest", fill.repeat(k));
            assert_eq!(
                userinfo_end(&t, 0),
                userinfo_end_chars(&t, 0),
                "{lead:?} {fill:?} {k}"
            );
        }
    }
}

#[test]
fn plain_byte_is_the_plain_class() {
    for b in 0..=255u8 {
        assert_eq!(plain_byte(b), crate::chars::tests::plain_class(b), "{b:#x}");
    }
}

#[test]
fn fast_lanes_agree_with_the_general_scanner() {
    for t in [
        "See https://www.example.com/2023/12/23/some-story-slug-a83548 for more. ",
        // A scheme whose letters the previous candidate took.
        "\nhttp://0.a/ \nhttp://0.\nhttp://0.a/ \nhttp://0.\nhttp://0.a/ \nhttp://0.",
        "See https://example.com/a-b. Then https://example.com/c, and https://example.com/d!",
        "Read https://example.com/news/a-b c-d-e and https://example.com/x/ today",
        "url: https://x.org/some-long-sl ug-here\n\nNext.",
        "https://example.com/a-\nlong-story and more",
        "https://example.com/a?b=1&c=2&amp;d=3 x",
        "href= https://example.com/a \"https://example.com/b\" (https://example.com/c)",
        // Opening brackets and quotes right before the scheme.
        "(see https://x.org/a-b) (https://x.org/a.) [https://x.org/a](https://y.org/b) x",
        "\u{201c}https://x.org/a\u{201d} \u{2018}https://x.org/b.\u{2019} {https://x.org/c} (https://x.org/d]",
        "x(https://x.org/a) [x](https://y.org/b) ](https://y.org/c) (https://x.org/e)) ((https://x.org/f",
        "(https://x.org/a-b\n(https://x.org/c d) [https://x.org/e f-g] \u{201c}https://x.org/h i\u{201d}",
        "(https://x.org/a)",
        "x https://exa-.com/a https://-a.com/b https://a..com/c https://a.com/ https://a.com",
        "https://a.com/\u{201d} https://a.com/x\u{2014}y https://a.com/x\u{a0}y https://a.com/x\u{200b}y",
        "The U.S. and e.g. No.1 said.It was 3.5 per cent. www. example. com/x and www.c.org/w.",
        "see https://a.com/x/ Officials said https://a.com/Y Officials said",
        "https://a.com/x?utm_source=y. https://a.com/x* https://a.com/x:",
        "It rose 3.5% to $21.41, or 1.428.000; see 2.1 and Figure 2.2). 10.0.0.1 and 10.0.0.1/x.",
        "The U.S. Senate, the L.I.T. and I.E. the rest. U.S.A.gov e.g. 1.5.com mail.utexas.edu",
        "Ted.Bockius@x.org Mary.Ellen went to Stanford.EDU and News.Com, x.y.z-a 3.5-4 a_1.2",
        "v1.5[.]com 1.5(x) 1.5{ 1.5& 9to5mac.com 192.168.0.1:80 1.2.3.4.5 999.1.1.1 .5.3 x.5é",
        "$21.41, 3.5% 12.5&#46;com 1.25[.]com 12.34.56 1234.5 1.25(x) 99.9-a 1.2.3.4 at 8.8.8.8.",
        "10.0.0.1/x 1.2.3.45 255.255.255.255 a1.2.3.4 0.5_x 2.5é 7.75\n1.5",
        // Schemes cut at the start of the text, and near-misses of
        // "http" and "https".
        "ttps://a.com/x",
        "tps://a.com/x",
        "https://a.com/x htps://a.com/x hxtps://a.com/y httpss://a.com/z xhttp://a.com/w",
    ] {
        same(t);
    }
}

/// The positions a trigger search must stop at: every slash, and every
/// dot that [`dot_rejected`] keeps, from `from` on.
fn kept(b: &[u8], from: usize) -> Vec<usize> {
    (from..b.len())
        .filter(|&i| b[i] == b'/' || (b[i] == b'.' && !dot_rejected(b, i)))
        .collect()
}

/// The positions the trigger search of running text stops at and the
/// scanner keeps, from `from` on, the same at every vector level this
/// CPU has (and with none).
fn stops(b: &[u8], from: usize) -> Vec<usize> {
    let first = stops_at(Triggers::new(&Ctx::TEXT), b, from);
    let levels = arch::Level::ALL.iter().copied().map(Some);
    for level in std::iter::once(None).chain(levels) {
        if level.is_none_or(|l| l.present()) {
            let v = stops_at(Triggers::at_level(level), b, from);
            assert_eq!(v, first, "{level:?} {from} {b:?}");
        }
    }
    first
}

fn stops_at(mut tr: Triggers, b: &[u8], from: usize) -> Vec<usize> {
    let mut v = Vec::new();
    let mut pos = from;
    while let Some(i) = tr.find(b, pos) {
        assert!(i >= pos && (b[i] == b'.' || b[i] == b'/'), "{i} {b:?}");
        if b[i] == b'/' || !dot_rejected(b, i) {
            v.push(i);
        }
        pos = i + 1;
    }
    v
}

#[test]
fn plain_run_is_the_plain_class() {
    // Every byte value at every position, after plain bytes, in texts
    // shorter than a chunk, of one chunk, and ending in a partial one,
    // from starts inside the first chunk and inside the last.
    for b in 0..=255u8 {
        for len in [20, 32, 33, 70] {
            for at in 0..len {
                let mut v = vec![b'a'; len];
                v[at] = b;
                for j in [0, 1, 5, 31, 40, 64, 69].into_iter().filter(|&j| j < len) {
                    let run = plain_end(&v, j);
                    let want = if plain_byte(b) || at < j { len } else { at };
                    assert_eq!(run, want, "{b:#x} at {at} of {len} from {j}");
                }
            }
        }
    }
}

#[test]
fn trigger_search_keeps_every_trigger_at_block_edges() {
    // A kept dot or a slash at every offset around the block edges, in
    // texts of every length around them.
    for len in 0..280 {
        for at in 0..len {
            for (c, n) in [
                (b'.', b'a'),
                (b'/', b' '),
                (b'.', 0xc3),
                (b'.', b')'),
                (b'.', b' '),
            ] {
                let mut b = vec![b'x'; len];
                b[at] = c;
                if at + 1 < len {
                    b[at + 1] = n;
                }
                if n == 0xc3 && at + 2 < len {
                    b[at + 2] = 0xa9;
                }
                for from in [0, at.saturating_sub(1), at, at + 1] {
                    assert_eq!(stops(&b, from), kept(&b, from), "{len} {at} {from}");
                }
            }
            let mut w = vec![b' '; len];
            if at >= 3 {
                w[at - 3..at].copy_from_slice(b"wwW");
                w[at] = b'.';
                assert_eq!(stops(&w, 0), kept(&w, 0), "www {len} {at}");
            }
        }
    }
}

#[test]
fn trigger_search_keeps_numbers_and_www_at_block_edges() {
    // Dots in numbers (which `decimal_dot` may drop) and after `w`s,
    // at every offset around the block edges: every one `dot_rejected`
    // keeps is found.
    let pats: &[&str] = &[
        "1.2",
        "12.34",
        "1.234",
        "1.2.3",
        "1.2.3.4",
        "255.255.255.255",
        "9.99%",
        "1.2&",
        "1.2[",
        "1.2(",
        "1.2{",
        "1.2-",
        "1.2_",
        "1.2\u{e9}",
        "1.1a",
        "a1.23",
        ".1.2",
        "1.2..",
        "1.23.",
        "1.123.12",
        "1.12.1",
        "255.255.255.25",
        "ww.",
        "w.",
        "www.",
        "xwww.",
        "www.\n",
        "W.W.",
    ];
    for pat in pats {
        for len in 0..200 {
            for at in 0..len {
                let mut b = vec![b' '; len];
                let p = pat.as_bytes();
                if at + p.len() > len {
                    continue;
                }
                b[at..at + p.len()].copy_from_slice(p);
                assert_eq!(stops(&b, 0), kept(&b, 0), "{pat:?} {len} {at}");
            }
        }
    }
}

#[test]
fn ipv4_needs_four_labels() {
    for (h, want) in [
        ("1.2.3.4", true),
        ("255.0.10.99", true),
        ("1.2.3", false),
        ("1.2.3.4.5", false),
        ("3.5", false),
        ("256.1.1.1", false),
        ("1..3.4", false),
        ("1.2.3.", false),
        ("a.b.c.d", false),
    ] {
        assert_eq!(is_ipv4(h), want, "{h}");
    }
}

#[test]
fn scheme_prefixes() {
    for (_, canonical, _) in SCHEMES {
        assert_eq!(scheme_prefix(canonical), format!("{canonical}://"));
    }
}

#[test]
fn scheme_spellings_end_in_p_or_s() {
    // `try_slash` rejects a letter run that ends otherwise at once.
    for (spelling, _, _) in SCHEMES {
        assert!(spelling.ends_with(['p', 's']), "{spelling}");
    }
}

#[test]
fn plain_end_is_the_plain_class() {
    // Every byte value at every position, after plain bytes, in texts
    // of lengths around the 32-byte chunks.
    for len in [1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70] {
        for at in 0..len {
            for b in 0..=255u8 {
                let mut v = vec![b'a'; len];
                v[at] = b;
                let want = if crate::chars::tests::plain_class(b) {
                    len
                } else {
                    at
                };
                assert_eq!(plain_end(&v, 0), want, "{len} {at} {b:#x}");
                assert_eq!(plain_end(&v, at), want, "{len} {at} {b:#x}");
            }
        }
        assert_eq!(plain_end(&vec![b'/'; len], len), len);
    }
}

/// The char-by-char forms the byte code replaced.
fn userinfo_end_chars(t: &str, i: usize) -> Option<usize> {
    let s = t.get(i..)?;
    for (n, c) in s.char_indices().take(128) {
        match c {
            '@' => return if n > 0 { Some(i + n + 1) } else { None },
            '/' | '?' | '#' | '[' | ']' | '"' | '\'' | '<' | '>' | '(' | ')' => return None,
            c if c.is_whitespace() || is_terminator(c) => return None,
            _ => {}
        }
    }
    None
}

/// The builder's raw ends, kept one per char as they were before the
/// run map: the model the builder must agree with.
#[derive(Default)]
struct Ends {
    out: String,
    ends: Vec<usize>,
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
    #[test]
    fn builder_ends_match_one_end_per_char(
        ops in proptest::collection::vec(
            (0u8..5, "[a-z.é&]{0,4}", 0usize..40),
            0..40,
        ),
    ) {
        let start = 7;
        let mut b = Builder::new(start);
        let mut m = Ends::default();
        let mut raw = start;
        for (op, s, skip) in &ops {
            match op {
                0 => {
                    // Copied as it is from the raw text.
                    raw += skip % 3;
                    b.push_raw(s, raw);
                    for c in s.chars() {
                        raw += c.len_utf8();
                        m.out.push(c);
                        m.ends.push(raw);
                    }
                }
                1 => {
                    // Chars that all end at one raw position.
                    raw += skip;
                    b.push_str(s, raw);
                    for c in s.chars() {
                        m.out.push(c);
                        m.ends.push(raw);
                    }
                }
                2 => {
                    let c = s.chars().next().unwrap_or('x');
                    raw += skip;
                    b.push(c, raw);
                    m.out.push(c);
                    m.ends.push(raw);
                }
                3 => {
                    for _ in 0..skip % 4 {
                        proptest::prop_assert_eq!(b.pop(), m.out.pop());
                        m.ends.pop();
                    }
                }
                _ => {
                    raw += skip;
                    b.set_last_end(raw);
                    if let Some(e) = m.ends.last_mut() {
                        *e = raw;
                    }
                }
            }
            proptest::prop_assert_eq!(&b.out, &m.out);
            proptest::prop_assert_eq!(b.end(), m.ends.last().copied().unwrap_or(start));
        }
    }

    #[test]
    fn byte_helpers_match_the_char_forms(
        t in r#"([a-zA-Z0-9.@/?#:\-_ \n"'<>()\[\]]|é|É|\u{a0}|\u{2014}|\u{201c}){0,40}"#,
    ) {
        for i in 0..=t.len() {
            if t.is_char_boundary(i) {
                proptest::prop_assert_eq!(userinfo_end(&t, i), userinfo_end_chars(&t, i));
            }
        }
        for host in t.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '_')) {
            proptest::prop_assert_eq!(has_empty_label(host), host.contains(".."));
            proptest::prop_assert_eq!(last_label(host), host.rsplit('.').next().unwrap_or(""));
        }
    }
}

#[test]
fn suffix_and_host_checks() {
    for (host, labels, bare) in [
        ("example.com", 1, true),
        ("Example.COM", 1, false),
        ("EXAMPLE.COM", 1, true),
        ("example.Com", 1, false),
        ("bbc.co.uk", 2, true),
        ("co.uk", 0, false),
        ("x.co.uk.", 2, false),
        ("m\u{fc}nchen.de", 1, true),
        ("M\u{dc}NCHEN.DE", 1, true),
        ("1.2.3.4", 0, true),
        ("1.2.3.400", 0, false),
        ("a..com", 1, false),
        ("-a.com", 1, false),
        ("a-.com", 1, false),
        ("a_b.com", 1, false),
        ("com", 0, false),
        ("", 0, false),
    ] {
        assert_eq!(suffix_labels(host), labels, "{host}");
        assert_eq!(bare_host_ok(host), bare, "{host}");
    }
    let long = format!("{}.com", "a".repeat(MAX_HOST));
    assert_eq!(suffix_labels(&long), 0);
    assert_eq!(suffix_labels("bbc.co.uk"), 2);
}

#[test]
fn link_syntax_before_the_url() {
    for (t, target) in [
        ("<a href=\"https://a.com/x\">y</a>", true),
        ("<a HREF='https://a.com/x'>y</a>", true),
        ("<a Href=https://a.com/x>y</a>", true),
        ("<a href= \"https://a.com/x\">y</a>", false),
        ("[y](https://a.com/x)", true),
        ("<a hreff https://a.com/x", false),
        ("éhref=\"https://a.com/x\"", true),
        ("éé=\"https://a.com/x\"", false),
        // The eight bytes before the URL do not start on a char
        // boundary: not seen as link syntax (as before).
        ("ééhref=https://a.com/x", false),
        ("\u{2014}ref=\"https://a.com/x\"", false),
    ] {
        for mode in [Mode::Text, Mode::Raw] {
            let ctx = Ctx {
                mode,
                hint: &[],
                fast_lanes: false,
            };
            let got = Scanner::new(t, &ctx).next().map(|c| c.target);
            assert_eq!(got, Some(target), "{t:?} {mode:?}");
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
    /// Runs of dots between letters and digits, and numbers with dots
    /// (decimals, versions, dates, IPv4 addresses), bounded by
    /// anything: the fast lanes for dots (`dot_rejected`, with its
    /// decimal numbers, and the run lane) answer as `try_dot` does.
    #[test]
    fn dot_fast_lanes_are_exact(
        runs in proptest::collection::vec(
            proptest::prop_oneof![
                (
                    "([ ,;:!?(\\[{&@/_=#$%+~-]|é|\n|)",
                    "([A-Za-z0-9]{1,4}\\.){1,4}[A-Za-z0-9]{1,4}\\.?",
                    "([ ,;:!?)\\]}&@/_=#$%+~.-]|é|\n|\\[\\.\\]|)",
                ),
                (
                    "([ ,;:!?(\\[{&@/_=#$%+~.a-]|é|\n|)",
                    "[0-9]{1,4}(\\.[0-9]{1,4}){0,4}|([12]?[0-9]{1,2}\\.){3}[0-9]{1,3}",
                    "([ ,;:!?)\\]}&@/_=#$%+~.x-]|é|\n|\\[\\.\\]|&#46;com|\\.com|[a-z]{1,3}|)",
                ),
            ],
            1..6,
        ),
    ) {
        let t: String = runs.iter().map(|(a, b, c)| format!("{a}{b}{c}")).collect();
        proptest::prop_assert_eq!(all(&t, Mode::Text, true), all(&t, Mode::Text, false), "{:?}", t);
        // Each dot the fast lanes drop is one `try_dot` rejects on its
        // own, not only one whose run another dot finds.
        let b = t.as_bytes();
        for i in memchr::memchr_iter(b'.', b) {
            if dot_rejected(b, i) {
                proptest::prop_assert!(try_dot(&t, i, i, 0, &Ctx::TEXT).is_err(), "{} {:?}", i, t);
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
    /// The host test answers as the label loop does.
    #[test]
    fn host_end_is_the_label_loop(
        host in "[a-zA-Z0-9.-]{0,34}",
        end in "(/|:|\\?| |\\.|-|é|_|)",
        pad in 0usize..40,
        at in 0usize..3,
    ) {
        let s = format!("{}{host}{end}{}", "x".repeat(at), "/".repeat(pad));
        let b = s.as_bytes();
        let got = host_end(b, at);
        proptest::prop_assert_eq!(got.map(|(k, _)| k), host_labels_end(b, at), "{:?}", s);
        if let Some((k, true)) = got {
            // Normal: lower-case, no `--`, a last label of letters.
            let h = &s[at..k];
            let last = h.rsplit('.').next().unwrap_or("");
            proptest::prop_assert!(
                !h.bytes().any(|c| c.is_ascii_uppercase())
                    && !h.contains("--")
                    && !last.is_empty()
                    && last.bytes().all(|c| c.is_ascii_lowercase()),
                "{:?}", h
            );
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
    /// The byte version of `plausible_host` answers as the plain
    /// reading of its rule does.
    #[test]
    fn plausible_host_is_its_rule(run in "[0-9aAzZ.é]{0,16}|([0-9]{1,3}\\.){2,4}[0-9]{1,3}\\.?") {
        let trimmed = run.trim_end_matches('.');
        let last = trimmed.rsplit('.').next().unwrap_or("");
        let want = if last.bytes().all(|b| b.is_ascii_digit()) {
            is_ipv4(trimmed)
        } else if last.is_ascii() {
            last.len() >= 2
                && last.bytes().all(|b| b.is_ascii_alphabetic())
                && (last.bytes().all(|b| b.is_ascii_lowercase())
                    || !trimmed.bytes().any(|b| b.is_ascii_lowercase()))
        } else {
            true
        };
        proptest::prop_assert_eq!(plausible_host(&run), want, "{:?}", run);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
    #[test]
    fn trigger_search_keeps_every_trigger(
        t in r#"([a-zA-Z0-9 ./wW()\]}\n\t"',:\-]|\u{e9}|\u{201d}|\. |www\. |https://a\.b/c){0,300}"#,
        from in 0usize..400,
    ) {
        let b = t.as_bytes();
        let from = from.min(b.len());
        proptest::prop_assert_eq!(stops(b, from), kept(b, from));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
    #[test]
    fn fast_lanes_are_exact(
        pre in "(|[a-z]{1,6}| |\\(|\"|:|href=|\\n|www\\.|www)",
        url in "https?://[a-zA-Z0-9.-]{1,10}(/[a-zA-Z0-9._~=%&;:,!*?#-]{0,16}){0,3}",
        post in "([ .,;:!?*)\\]\"'/&-]|\\n|\\n\\n|\\u{201d}|\\u{a0}|[a-zA-Z0-9]{1,6}|the|for){0,6}",
    ) {
        // Long enough that the block search of the triggers is used.
        let t = format!("{pre}{url}{post} {pre}{url}").repeat(4);
        for mode in [Mode::Text, Mode::Raw] {
            proptest::prop_assert_eq!(all(&t, mode, true), all(&t, mode, false), "{:?}", t);
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
    /// The measure of a clean URL's path: the run of plain bytes and its
    /// first byte off a normal path, by the book.
    #[test]
    fn plain_path_runs_agree(
        t in "([a-z0-9/._~-]|[A-Z]|/\\.|[,;:!?*%=&+]|[ \n\"<>(){}]|\u{e9}|\u{201d}){0,300}",
    ) {
        let b = t.as_bytes();
        let path_ok = |i: usize| {
            crate::chars::path_byte(b[i]) && !(b[i] == b'.' && b[i - 1] == b'/')
        };
        for j in 1..b.len() {
            let k = (j..b.len()).find(|&i| !crate::chars::tests::plain_class(b[i])).unwrap_or(b.len());
            let odd = (j..k).find(|&i| !path_ok(i)).unwrap_or(k);
            proptest::prop_assert_eq!(plain_path_end(b, j, true), (k, odd), "{:?} {}", t, j);
        }
    }
}

#[test]
fn a_url_on_the_next_line_is_never_joined_even_damaged() {
    for next in [
        "hxxps[:]//evil[.]example[.]com/x",
        "hxxp://evil.example.com/x",
        "https:/ /www.example.net/b",
        "http[:]//example.org/a",
    ] {
        let t = format!("https://example.com/a?x=1&y=2\n{next}");
        let urls = crate::extract(&t);
        assert_eq!(urls.len(), 2, "{t:?}: {urls:?}");
        assert_eq!(urls[0].url, "https://example.com/a?x=1&y=2", "{t:?}");
    }
}
