//! The scanner's fast lanes (the clean-URL lane, the dropped dots) against
//! the general scanner, through `repair`, `extract` and `UrlSpan::repair`:
//! on every line of `news-urls/urls.txt` with ~60 variants each, and on
//! generated URLs.

use crate::options::Options;
use crate::scan::{Ctx, Mode};
use crate::{extract_lanes, hint_words, scan_repair};
use proptest::prelude::*;

/// The length of a lower-case `https://` or `http://` at the start of `b`.
fn scheme_len(b: &[u8]) -> Option<usize> {
    if b.starts_with(b"https://") {
        Some(8)
    } else if b.starts_with(b"http://") {
        Some(7)
    } else {
        None
    }
}

/// `b[from..end]` is a plain path, byte by byte: ASCII letters and
/// digits, `-./_~`, no `.` right after a `/`.
fn plain_ref(b: &[u8], from: usize, end: usize) -> bool {
    (from..end).all(|i| {
        (b[i].is_ascii_alphanumeric() || b"-./_~".contains(&b[i]))
            && !(b[i] == b'.' && b[i - 1] == b'/')
    })
}

/// `raw` through `repair` with every fast lane on, and with all of them
/// off: the same result (url, fixes, confidence, or the same error).
fn same(raw: &str, hint: &str, opts: &Options) -> Result<(), String> {
    let words = hint_words(hint);
    let ctx = |fast_lanes| Ctx {
        mode: Mode::Raw,
        hint: &words,
        fast_lanes,
    };
    let fast = scan_repair(raw, opts, &ctx(true));
    let slow = scan_repair(raw, opts, &ctx(false));
    if fast != slow {
        return Err(format!("repair {raw:?}: fast {fast:?} != slow {slow:?}"));
    }
    // `extract` (the scanner's lanes, then `build` with the
    // normalization lane) on the URL in a sentence.
    let text = format!("See {raw} for more. Then {raw}");
    let fast_x = extract_lanes(&text, opts, &Ctx::TEXT);
    let slow_ctx = Ctx {
        mode: Mode::Text,
        hint: &[],
        fast_lanes: false,
    };
    let slow_x = extract_lanes(&text, opts, &slow_ctx);
    if fast_x != slow_x {
        return Err(format!(
            "extract {text:?}: fast {fast_x:?} != slow {slow_x:?}"
        ));
    }
    // `UrlSpan::repair` (which takes a span the finder saw to be in
    // normal form as it is) against `repair` of its raw text.
    // `UrlSpan::repair_to` too, with one `Repaired` reused throughout.
    if opts.tracking_params.is_none() {
        let mut reused = crate::Repaired::default();
        for span in crate::find_iter(&text) {
            // A span found in normal form: `http(s)://`, then (a host,
            // then) a plain path, by the book.
            let b = span.raw.as_bytes();
            let path =
                scheme_len(b).and_then(|h| Some(h + b.get(h..)?.iter().position(|&c| c == b'/')?));
            if span.normal && !path.is_some_and(|p| plain_ref(b, p, b.len())) {
                return Err(format!("span {span:?} of {text:?} is not in normal form"));
            }
            let (by_span, by_raw) = (span.repair(), crate::repair(span.raw));
            let into = span.repair_to(&mut reused).map(|()| reused.clone());
            if by_span != by_raw || into != by_raw {
                return Err(format!(
                    "span {span:?} of {text:?}: {by_span:?}, {into:?} != {by_raw:?}"
                ));
            }
        }
    }
    Ok(())
}

fn check(raw: &str) {
    let o = Options::default();
    if let Err(e) = same(raw, "", &o) {
        panic!("{e}");
    }
}

/// The shared data file `rel`: NEWSPREP_DATA (relative paths from the
/// workspace root), default `../shared/data` from the workspace root.
/// None (with a printed reason) when missing outside CI.
fn data_file(rel: &str) -> Option<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = match std::env::var_os("NEWSPREP_DATA") {
        Some(d) if std::path::Path::new(&d).is_absolute() => std::path::PathBuf::from(d),
        Some(d) => root.join(d),
        None => root.join("../shared/data"),
    };
    let p = dir.join(rel);
    if p.exists() {
        return Some(p);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(!ci, "CI=true but {} is missing", p.display());
    eprintln!("SKIP: {} is missing (set NEWSPREP_DATA)", p.display());
    None
}

/// Variants of one URL that exercise every condition of the lane.
fn variants(u: &str) -> Vec<String> {
    let mut v = vec![u.to_string()];
    let Some(hs) = u.find("://").map(|i| i + 3) else {
        return v;
    };
    let he = u[hs..].find(['/', '?', '#']).map_or(u.len(), |i| hs + i);
    let (pre, host, rest) = (&u[..hs], &u[hs..he], &u[he..]);
    let q = if rest.contains('?') { '&' } else { '?' };
    let (body, frag) = rest.split_once('#').map_or((rest, ""), |(b, f)| (b, f));
    let frag = if frag.is_empty() {
        String::new()
    } else {
        format!("#{frag}")
    };
    v.push(format!("{pre}{}{rest}", host.to_ascii_uppercase()));
    v.push(format!("{pre}{}{rest}", capitalize(host)));
    v.push(format!("{}{host}{rest}", pre.to_ascii_uppercase()));
    v.push(format!("http://{host}{rest}"));
    v.push(format!("{pre}{host}:443{rest}"));
    v.push(format!("{pre}{host}:80{rest}"));
    v.push(format!("{pre}{host}:8080{rest}"));
    v.push(format!("{body}{q}utm_source=x&id=2{frag}"));
    v.push(format!("{body}{q}id=2&fbclid=abc{frag}"));
    v.push(format!("{body}{q}id=2&mc_eid=abc&x{frag}"));
    v.push(format!("{body}{q}a=1&amp;b=2{frag}"));
    v.push(format!("{body}{q}a=1&b=2{frag}"));
    v.push(format!("{body}{q}a=1&amp{frag}"));
    for p in [
        ".", ",", ")", "!", "?", ";", ":", "*", "..", ".)", "\"", "'", ">", "/", " ",
    ] {
        v.push(format!("{u}{p}"));
    }
    v.push(format!("({u})"));
    v.push(format!("<{u}>"));
    v.push(format!("Source:{u}"));
    v.push(format!("{pre}{host}/%7e{rest}"));
    v.push(format!("{pre}{host}/%7E/%2e/{rest}"));
    v.push(format!("{pre}{host}/./{}", rest.trim_start_matches('/')));
    v.push(format!("{pre}{host}/a/../{}", rest.trim_start_matches('/')));
    v.push(format!("{pre}{host}/..{rest}"));
    v.push(format!("{pre}{host}{}", rest.replacen('/', "\\", 2)));
    v.push(format!("{pre}b\u{fc}cher.{host}{rest}"));
    v.push(format!("{pre}xn--bcher-kva.{host}{rest}"));
    v.push(format!("{pre}{host}.{rest}"));
    v.push(format!("{pre}-{host}{rest}"));
    v.push(format!("{pre}{host}-{rest}"));
    v.push(format!("{pre}{host}.1{rest}"));
    v.push(format!("{pre}{host}.0x1{rest}"));
    v.push(format!("{body}#frag"));
    v.push(format!("{body}#"));
    v.push(format!("{body}?"));
    v.push(format!("{pre}{host}"));
    v.push(format!("{pre}{host}/"));
    v.push(format!("{pre}{host}?q=1"));
    v.push(format!("{pre}{host}#top"));
    v.push(format!("{pre}{host}{rest}&#38;x"));
    v.push(format!("{pre}{host}{rest}\u{2019}s"));
    v.push(format!("{pre}{host}{rest}\u{a0}"));
    v.push(format!("{pre}{host}{rest} and more"));
    v.push(format!("{pre}{host}{rest}-\nmore-words"));
    v
}

fn capitalize(h: &str) -> String {
    h.split('.')
        .map(|l| {
            let mut c = l.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(".")
}

#[test]
fn hand_cases_agree() {
    for u in [
        "https://www.example.com/2023/12/23/world/some-slug-a1b2.html",
        "http://a.b.example.co.uk/x/y-z_1.html?q=1&r=a:b@c,d;e*f!g$h+i~j#frag#more",
        "https://example.com/a//b/%E2%80%99/%zz/%",
        "https://1.2.3.4/x",
        "https://example.com/x?a=./..#../.",
        "https://example.com/.hidden/a..b/c.",
        // Hosts and rests around the window widths (16 and 32 bytes).
        "https://abcdefghij.abcdefghij.abcdefghi/x",
        "https://abcdefghij.abcdefghij.abcdefghij/x",
        "https://abcdefghij.abcdefghij.abcdefghijk/x/y",
        "https://abcdefghij.abcdefghij.abcdefghijkl.com/x",
        "https://www.example.com/abcdefghijklmnop/abcdefghijklmn/.x",
        "https://www.example.com/abcdefghijklmnop/abcdefghijklmno/.x/",
        "https://www.example.com/abcdefghijklmnopqrstuvwxyz012345/a.b/c/.d",
        "https://a.io/b",
        "https://a.io/Abc/./x",
        "https://ab.cd/ef/gh_ij~kl/mn.op/QR",
        "https://www.example.com/Path/With,Comma;and:colon=eq!",
        "https://www.example.com/a-/-b/a--b/_/~/",
        "https://a--b.example.com/x",
        "https://a.0x1f.example.com/x",
        "https://a.0X.example.com/x",
        "https://example.co1/x",
        "https://www.x0x.example/x",
        "https://0x.example.com0x/x",
        "https://example.0xab/x",
        "https://0xdeadbeef/x",
        "https://a.b-.example.com/x",
        "https://www.example.com./x",
        "https://www..example.com/x",
        "https://www.example.com/x/\u{e9}/y",
        "https://www.example.com/a%2e%2E/%2f%2E/b%2/%2?x=%2e#%2e",
        "https://www.example.com/wiki/Some_Page,_With:Parts;x=1!/y",
        "https://www.example.com/search?q=a&utm_source=b&amp;c=1#top",
        "https://www.example.com/a?x=1&#38;y#f&amp;g",
        "https://www.example.com/a,b?x=%2e&y=./..&_ga=1",
        "https://www.example.com/p&q/r",
        // At the end of a text, `&` in the path after the last whole
        // chunk of the path test.
        "https://example.com/abcdefghijklmnopqrstu/p&q/r",
        "https://www.example.com/%E2%80%99abcdefghijklmnopqrstuvwxyz/%D8%A7%D9%84/",
    ] {
        for v in variants(u) {
            check(&v);
        }
    }
}

#[test]
fn news_urls_agree() {
    let Some(p) = data_file("news-urls/urls.txt") else {
        return;
    };
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let mut n = 0;
    let (mut normal, mut lines) = (0, 0);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        for v in variants(line) {
            check(&v);
            n += 1;
        }
        let text = format!("See {line} for more.");
        normal += crate::find_iter(&text).filter(|s| s.normal).count();
        lines += 1;
    }
    assert!(n > 10_000, "{n} variants");
    // Most news URLs are found in normal form already.
    assert!(
        normal * 2 > lines,
        "{normal} of {lines} found in normal form"
    );
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9]{1,8}",
        "[a-zA-Z0-9_~-]{1,8}",
        Just("a-b".to_string()),
        Just(".".to_string()),
        Just("..".to_string()),
        Just("x.html".to_string()),
        Just("%7e".to_string()),
        Just("%2E".to_string()),
        Just("%zz".to_string()),
        Just("&amp;".to_string()),
        Just("&".to_string()),
        Just("\\".to_string()),
        Just("(x)".to_string()),
        Just("\u{e9}".to_string()),
        Just("a b".to_string()),
        Just(".x".to_string()),
        Just("a,b;c:d=e".to_string()),
        "[a-zA-Z0-9._~/-]{0,40}",
    ]
}

fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z0-9]{1,8}",
        2 => "[a-zA-Z0-9-]{1,8}",
        1 => Just("xn--bcher-kva".to_string()),
        1 => Just("XN--abc".to_string()),
        1 => Just("b\u{fc}cher".to_string()),
        1 => Just("123".to_string()),
        1 => Just("0x1f".to_string()),
        1 => Just("".to_string()),
        1 => "[a-z]{50,63}",
    ]
}

prop_compose! {
    fn url()(
        scheme in prop_oneof![
            4 => Just("https://"), 2 => Just("http://"), 1 => Just("HTTPS://"),
            1 => Just("hxxps://"), 1 => Just("ftp://"), 1 => Just("https:/"), 1 => Just("")
        ],
        labels in prop::collection::vec(label(), 1..7),
        tld in prop_oneof![4 => Just("com"), 1 => Just("co.uk"), 1 => Just("COM"), 1 => Just("1"), 1 => Just(""), 1 => Just("0xff")],
        port in prop_oneof![6 => Just(""), 1 => Just(":443"), 1 => Just(":80"), 1 => Just(":8080"), 1 => Just(":")],
        path in prop::collection::vec(piece(), 0..5),
        slash_end in any::<bool>(),
        query in prop::collection::vec(
            prop_oneof![
                Just("utm_source=x"), Just("id=2"), Just("fbclid=1"), Just("a"),
                Just(""), Just("q=a.b"), Just("utm_=1"), Just("x=%2e")
            ],
            0..4,
        ),
        has_query in any::<bool>(),
        frag in prop_oneof![4 => Just(""), 1 => Just("#top"), 1 => Just("#"), 1 => Just("#a/../b")],
        trail in prop_oneof![
            6 => Just(""), 1 => Just("."), 1 => Just(","), 1 => Just(")"), 1 => Just("!?"), 1 => Just(";"), 1 => Just(":"),
            1 => Just("*"), 1 => Just("\""), 1 => Just(" "), 1 => Just(" and more"), 1 => Just("\n")
        ],
    ) -> String {
        let mut s = format!("{scheme}{}.{tld}{port}", labels.join("."));
        if !path.is_empty() || slash_end {
            s.push('/');
        }
        s.push_str(&path.join("/"));
        if slash_end && !path.is_empty() {
            s.push('/');
        }
        if has_query {
            s.push('?');
            s.push_str(&query.join("&"));
        }
        s.push_str(frag);
        s.push_str(trail);
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn generated_urls_agree(u in url(), hint in prop_oneof![Just(""), Just("Some Headline Here")]) {
        let o = Options::default();
        prop_assert!(same(&u, hint, &o).is_ok(), "{}", same(&u, hint, &o).err().unwrap_or_default());
        let custom = Options { tracking_params: Some(vec!["id".to_string(), "q*".to_string()]) };
        prop_assert!(same(&u, hint, &custom).is_ok(), "{}", same(&u, hint, &custom).err().unwrap_or_default());
    }
}
