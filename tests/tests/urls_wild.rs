// A second damaged-URL generator, written apart from `urls_damage.rs`: the
// damage seen in the wild that the first one never makes. Each kind is a
// rewrite of the whole URL string (no split into parts), driven by a small
// linear congruential generator, and every damaged URL is checked twice: on
// its own with `repair`, and placed in one of several prose contexts with
// `extract`, which must find it once and repair it to the clean URL.
//
// Kinds, each modelled on a way scraped text is known to break links:
// a space between the scheme's slashes, backslashes (Windows paths, JSON
// escaping), spaces around every dot of the host, zero-width characters and
// soft hyphens (also right after a dot), a slug word broken by the line end
// of a trailer, entities broken by an invisible character, PDF extraction
// (ligatures, breaks with indentation), quoted-printable soft breaks and
// `=3D`, `%20` where a space was, upper-case schemes and hosts, defanging
// styles of threat-intelligence feeds, full-width punctuation from CJK input,
// markdown and RSS escaping, trailers with the URL on a line of its own, and
// crawlers that turned `&` into a space.

use newsprep::url::{extract, normalize, repair, repair_with_hint};
use std::collections::BTreeMap;

/// Knuth's MMIX linear congruential generator; the high bits are used.
struct Lcg(u64);

impl Lcg {
    fn bits(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }
    fn upto(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            self.bits() as usize % n
        }
    }
    fn coin(&mut self) -> bool {
        self.bits() & 1 == 1
    }
    fn one<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.upto(xs.len())]
    }
}

/// Byte range of the host in `u` (after `://`, up to the first `/?#`).
fn host_span(u: &str) -> Option<(usize, usize)> {
    let s = u.find("://")? + 3;
    let e = u[s..].find(['/', '?', '#']).map_or(u.len(), |k| s + k);
    Some((s, e))
}

/// Byte offsets inside the path where a letter is followed by a letter,
/// with two letters of the same word on both sides.
fn inner_word_cuts(u: &str, from: usize) -> Vec<usize> {
    let b = u.as_bytes();
    let stop = u.find(['?', '#']).unwrap_or(u.len());
    (from + 2..stop.saturating_sub(2))
        .filter(|&i| b[i - 2..i + 2].iter().all(u8::is_ascii_alphabetic))
        .collect()
}

fn splice(u: &str, at: usize, what: &str) -> String {
    format!("{}{what}{}", &u[..at], &u[at..])
}

const INVISIBLE: [&str; 6] = [
    "\u{200B}", "\u{FEFF}", "\u{2060}", "\u{AD}", "\u{200C}", "\u{200D}",
];

/// How a kind's damaged URL sits in running text.
#[derive(Clone, Copy)]
enum Place {
    /// Any of the prose contexts.
    Prose,
    /// Only at the end of a trailer line (the damage spans the line end).
    Trailer,
    /// At the start of a line of an encoded body (quoted-printable).
    LineStart,
}

type Make = fn(&str, &mut Lcg) -> Option<String>;

fn slash_space(u: &str, g: &mut Lcg) -> Option<String> {
    let k = u.find("://")?;
    let gap = g.one(&[" ", " ", "  ", "\t"]);
    Some(format!("{}:/{gap}/{}", &u[..k], &u[k + 3..]))
}

fn backslashes(u: &str, g: &mut Lcg) -> Option<String> {
    let k = u.find("://")?;
    Some(match g.upto(3) {
        0 => format!("{}:\\\\{}", &u[..k], &u[k + 3..]),
        // Windows-style: every slash a backslash.
        1 if !u.contains(['?', '#']) => u.replace('/', "\\"),
        // JSON-escaped slashes all through.
        _ => u.replace('/', "\\/"),
    })
}

fn dot_spaces(u: &str, g: &mut Lcg) -> Option<String> {
    let (s, e) = host_span(u)?;
    let dot = g.one(&[" . ", " . ", " .", "  .  "]);
    Some(format!(
        "{}{}{}",
        &u[..s],
        u[s..e].replace('.', dot),
        &u[e..]
    ))
}

fn zero_width(u: &str, g: &mut Lcg) -> Option<String> {
    let (s, e) = host_span(u)?;
    let c = g.one(&INVISIBLE);
    let at = if g.coin() {
        // Right after a dot of the host.
        let dots: Vec<usize> = u[s..e].match_indices('.').map(|(i, _)| s + i + 1).collect();
        *dots.get(g.upto(dots.len()))?
    } else {
        let spots: Vec<usize> = (s + 1..u.len())
            .filter(|&i| u.is_char_boundary(i))
            .collect();
        *spots.get(g.upto(spots.len()))?
    };
    Some(splice(u, at, c))
}

fn trailer_break(u: &str, g: &mut Lcg) -> Option<String> {
    if u.contains(['?', '#']) {
        return None;
    }
    let (_, e) = host_span(u)?;
    // The last word of the slug, broken inside by the line end.
    let cuts: Vec<usize> = inner_word_cuts(u, e)
        .into_iter()
        .filter(|&i| u[i..].bytes().take_while(u8::is_ascii_alphabetic).count() >= 3)
        .filter(|&i| !u[i..].contains(['/', '-', '_', '.']))
        .collect();
    let at = *cuts.get(g.upto(cuts.len()))?;
    Some(splice(u, at, g.one(&["\n", "\r\n"])))
}

fn entity_invisible(u: &str, g: &mut Lcg) -> Option<String> {
    let c = g.one(&INVISIBLE[..3]);
    if let Some(k) = u.find('&') {
        let ent = format!("&a{c}mp;");
        return Some(format!("{}{ent}{}", &u[..k], &u[k + 1..]));
    }
    // No ampersand: a slash of the path as a numeric entity.
    let (_, e) = host_span(u)?;
    let slashes: Vec<usize> = u[e..].match_indices('/').map(|(i, _)| e + i).collect();
    let k = *slashes.get(g.upto(slashes.len()))?;
    let ent = g
        .one(&["&#4{c}7;", "&#x2{c}F;", "&#{c}47;"])
        .replace("{c}", c);
    Some(format!("{}{ent}{}", &u[..k], &u[k + 1..]))
}

fn pdf_extraction(u: &str, g: &mut Lcg) -> Option<String> {
    let (_, e) = host_span(u)?;
    if g.coin() && (u[e..].contains("fi") || u[e..].contains("fl")) {
        let p = u[e..].replace("fi", "\u{FB01}").replace("fl", "\u{FB02}");
        return Some(format!("{}{p}", &u[..e]));
    }
    // A line break after a slash or hyphen, the next line indented.
    let spots: Vec<usize> = u[e..]
        .match_indices(['/', '-'])
        .map(|(i, _)| e + i + 1)
        .filter(|&i| i < u.len())
        .collect();
    let at = *spots.get(g.upto(spots.len()))?;
    Some(splice(u, at, g.one(&["\n", "\n  ", "\n    "])))
}

fn quoted_printable(u: &str, g: &mut Lcg) -> Option<String> {
    // `=` encoded, then soft breaks where an encoder makes them: lines of
    // at most 76 bytes with the `=`, the URL at the start of a line or
    // after a short label.
    let v = u.replace('=', "=3D");
    let first = 75 - g.upto(12);
    if v.len() <= first {
        // No soft break: a lone `=3D` cannot be told from a value "3D...".
        return None;
    }
    let mut out = String::new();
    let mut line = 0;
    let mut width = first;
    for (k, ch) in v.char_indices() {
        // Never inside an `=3D`.
        let in_escape = v[..k].ends_with('=') || v[..k].ends_with("=3");
        if line + ch.len_utf8() > width && !in_escape {
            out.push_str("=\n");
            line = 0;
            width = 75;
        }
        out.push(ch);
        line += ch.len_utf8();
    }
    Some(out)
}

fn pct20(u: &str, g: &mut Lcg) -> Option<String> {
    let (s, e) = host_span(u)?;
    let cuts = inner_word_cuts(u, e);
    let at = match g.upto(6) {
        0 => s,
        // At the end, an encoded trailing space.
        1 => u.len(),
        // Right after a slash of the path, before a letter.
        2 => {
            let v: Vec<usize> = u[e..]
                .match_indices('/')
                .map(|(i, _)| e + i + 1)
                .filter(|&i| u.as_bytes().get(i).is_some_and(u8::is_ascii_alphabetic))
                .collect();
            *v.get(g.upto(v.len()))?
        }
        _ if cuts.is_empty() => s,
        _ => cuts[g.upto(cuts.len())],
    };
    Some(splice(u, at, "%20"))
}

fn upper_case(u: &str, g: &mut Lcg) -> Option<String> {
    let (_, e) = host_span(u)?;
    if g.coin() {
        let k = u.find("://")?;
        Some(format!("{}{}", u[..k].to_ascii_uppercase(), &u[k..]))
    } else {
        Some(format!("{}{}", u[..e].to_ascii_uppercase(), &u[e..]))
    }
}

fn defanged(u: &str, g: &mut Lcg) -> Option<String> {
    let (s, e) = host_span(u)?;
    let scheme = &u[..s - 3];
    let x = scheme.replacen("tt", g.one(&["xx", "XX", "xx"]), 1);
    let sep = g.one(&["[:]//", "://", "[://]", ":[//]"]);
    let dot = g.one(&["[.]", "(.)", "[dot]", "{.}", "[.]"]);
    let host = &u[s..e];
    let host = if g.coin() {
        host.replace('.', dot)
    } else {
        // Only the last dot, as many feeds do.
        match host.rfind('.') {
            Some(k) => format!("{}{dot}{}", &host[..k], &host[k + 1..]),
            None => host.to_string(),
        }
    };
    Some(format!("{x}{sep}{host}{}", &u[e..]))
}

fn full_width(u: &str, g: &mut Lcg) -> Option<String> {
    let (s, e) = host_span(u)?;
    let host = u[s..e].replace('.', "\u{FF0E}");
    let colon = if g.coin() { "\u{FF1A}" } else { ":" };
    let rest = if g.coin() {
        u[e..].replace('/', "\u{FF0F}")
    } else {
        u[e..].to_string()
    };
    let slashes = if g.coin() { "\u{FF0F}\u{FF0F}" } else { "//" };
    Some(format!("{}{colon}{slashes}{host}{rest}", &u[..s - 3]))
}

fn escaped(u: &str, g: &mut Lcg) -> Option<String> {
    match g.upto(4) {
        0 => {
            if !u.contains('_') {
                return None;
            }
            Some(u.replace('_', "\\_"))
        }
        1 => Some(format!("&lt;{u}&gt;")),
        2 => Some(format!("[{}]({u})", g.one(&["link", "here", "the report"]))),
        _ => Some(format!("\\<{u}\\>")),
    }
}

fn two_lines(u: &str, g: &mut Lcg) -> Option<String> {
    let (_, e) = host_span(u)?;
    if g.coin() {
        // The break right after a slash of the path.
        let slashes: Vec<usize> = u[e..]
            .match_indices('/')
            .map(|(i, _)| e + i + 1)
            .filter(|&i| i < u.len())
            .collect();
        let at = *slashes.get(g.upto(slashes.len()))?;
        Some(splice(u, at, "\n"))
    } else {
        // The break between host and path.
        if e >= u.len() {
            return None;
        }
        Some(splice(u, e, "\n"))
    }
}

fn amp_space(u: &str, _: &mut Lcg) -> Option<String> {
    let q = u.find('?')?;
    if u.contains('#') || !u[q..].contains('&') {
        return None;
    }
    // Only `key=value&key=value` is recoverable: a valueless flag
    // (`?open&x=1`) cannot be told from a key split by a space.
    let tail = &u[q + 1..];
    let ok = tail
        .split('&')
        .all(|kv| kv.split_once('=').is_some_and(|(k, _)| !k.is_empty()));
    if !ok {
        return None;
    }
    Some(format!("{}?{}", &u[..q], tail.replace('&', " ")))
}

/// The scheme written twice by a feed or CMS: `https://https://host/…`,
/// `http://http//host/…`, in either case.
fn doubled_scheme(u: &str, g: &mut Lcg) -> Option<String> {
    let k = u.find("://")?;
    let scheme = &u[..k];
    let inner = match g.upto(3) {
        0 => format!("{scheme}://"),
        1 => format!("{scheme}//"),
        _ => format!("{}://", scheme.to_ascii_uppercase()),
    };
    Some(format!("{scheme}://{inner}{}", &u[k + 3..]))
}

const KINDS: &[(&str, Make, Place)] = &[
    ("slash_space", slash_space, Place::Prose),
    ("backslashes", backslashes, Place::Prose),
    ("dot_spaces", dot_spaces, Place::Prose),
    ("zero_width", zero_width, Place::Prose),
    ("trailer_break", trailer_break, Place::Trailer),
    ("entity_invisible", entity_invisible, Place::Prose),
    ("pdf_extraction", pdf_extraction, Place::Trailer),
    ("quoted_printable", quoted_printable, Place::LineStart),
    ("pct20", pct20, Place::Prose),
    ("upper_case", upper_case, Place::Prose),
    ("defanged", defanged, Place::Prose),
    ("full_width", full_width, Place::Prose),
    ("escaped", escaped, Place::Prose),
    ("two_lines", two_lines, Place::Trailer),
    ("amp_space", amp_space, Place::Trailer),
    ("doubled_scheme", doubled_scheme, Place::Prose),
];

/// The damaged URL in running text, by `Place`.
fn in_text(d: &str, place: Place, g: &mut Lcg) -> String {
    match place {
        Place::Trailer => {
            let label = g.one(&["Source: ", "Originally published at ", "Read more: ", ""]);
            let after = g.one(&["\n\nMore from our desk", "\nMore from our desk", ""]);
            format!("The council will meet again in May.\n\n{label}{d}{after}")
        }
        Place::LineStart => format!("The council will meet again in May.\n{d}\nMore from our desk"),
        Place::Prose => {
            let frame = g.one(&[
                "Details are at {} for subscribers.",
                "The report ({}) was published on Monday.",
                "Read it here: {}.",
                "He pointed to \u{201C}{}\u{201D} as evidence.",
                "Source: {}\nAll rights reserved.",
                "The full ruling is online at\n{}\nand runs to 40 pages.",
                "See {}, the agency said.",
            ]);
            frame.replace("{}", d)
        }
    }
}

fn news_urls() -> Option<Vec<String>> {
    let p = newsprep_tests::data_file("news-urls/urls.txt")?;
    let text = std::fs::read_to_string(p).ok()?;
    Some(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.ends_with(['.', ',', ';', ':', '!', '?']))
            .map(String::from)
            .collect(),
    )
}

#[derive(Default)]
struct Count {
    n: usize,
    repaired: usize,
    found: usize,
    misses: Vec<String>,
}

#[test]
fn wild_damage_is_repaired() {
    let Some(urls) = news_urls() else { return };
    let mut g = Lcg(0x0000_DDBA_11C0_FFEE);
    let mut by: BTreeMap<&str, Count> = BTreeMap::new();
    for u in &urls {
        let want = normalize(u).expect("the list holds valid URLs");
        for &(name, make, place) in KINDS {
            let Some(d) = make(u, &mut g) else { continue };
            let c = by.entry(name).or_default();
            c.n += 1;
            let got = repair(&d).map(|r| r.url);
            if got.as_deref() == Ok(want.as_str()) {
                c.repaired += 1;
            } else if c.misses.len() < 6 {
                c.misses.push(format!(
                    "repair {d:?}\n      got  {got:?}\n      want {want}"
                ));
            }
            let text = in_text(&d, place, &mut g);
            let found: Vec<String> = extract(&text).into_iter().map(|m| m.url).collect();
            if found.len() == 1 && found[0] == want {
                c.found += 1;
            } else if c.misses.len() < 10 {
                c.misses.push(format!(
                    "extract {text:?}\n      got  {found:?}\n      want {want}"
                ));
            }
        }
    }
    let (mut n, mut ok) = (0, 0);
    let mut under = Vec::new();
    for (name, c) in &by {
        let r = c.repaired as f64 / c.n as f64;
        let f = c.found as f64 / c.n as f64;
        println!(
            "{name:<18} {:>5} cases  repair {:>6.2}%  in text {:>6.2}%",
            c.n,
            100.0 * r,
            100.0 * f
        );
        for m in &c.misses {
            println!("    MISS {m}");
        }
        n += 2 * c.n;
        ok += c.repaired + c.found;
        if r < 0.98 || f < 0.98 {
            under.push(format!("{name} {:.2}% / {:.2}%", 100.0 * r, 100.0 * f));
        }
    }
    let all = ok as f64 / n as f64;
    println!("overall {ok}/{n} = {:.2}%", 100.0 * all);
    assert!(all >= 0.995, "overall {:.2}% < 99.5%", 100.0 * all);
    assert!(under.is_empty(), "kinds under 98%: {under:?}");
}

/// A slug word broken at the line end is joined with the headline's help
/// even when the fragment alone would be too weak evidence.
#[test]
fn headline_joins_a_broken_trailer() {
    let raw = "https://example.com/2024/05/flood-victims-rehou\nsed";
    let r = repair_with_hint(raw, "Flood victims rehoused after storm").unwrap();
    assert_eq!(r.url, "https://example.com/2024/05/flood-victims-rehoused");
}

/// Stock tickers and wire codes look like bare domains; none is a URL, or
/// each gets a confidence below a real bare domain's.
#[test]
fn tickers_are_not_urls() {
    let real = extract("Shares are listed, says washingtonpost.com today.");
    assert_eq!(real.len(), 1);
    let floor = real[0].confidence;
    for text in [
        "Shares of Xyzcorp (XYZ.MW) fell 3%.",
        "ABC.TO rose while 1234.HK slipped and ABCD4.SA was flat.",
        "Vodafone (VOD.L) and Berkshire (BRK.B) led the index.",
        "Reuters codes: BMW.DE, SAP.DE, 7203.T and NESN.S moved.",
        "The stock (RIO.AX) closed higher; see also AAPL.O and MSFT.OQ.",
    ] {
        for m in extract(text) {
            assert!(
                m.confidence < floor,
                "{text:?}: ticker {:?} reported at {} (real domain {floor})",
                m.raw,
                m.confidence
            );
        }
    }
}

/// A query whose `&` became spaces: glued back only when `key=value`
/// pairs follow, never across prose.
#[test]
fn ampersand_turned_space() {
    let r = repair("https://example.com/quote.aspx?ticker=ABC.N target=/stocks/quote").unwrap();
    assert_eq!(
        r.url,
        "https://example.com/quote.aspx?ticker=ABC.N&target=/stocks/quote"
    );
    let found: Vec<String> = extract("See https://example.com/q?id=4 for more on this story.")
        .into_iter()
        .map(|m| m.url)
        .collect();
    assert_eq!(found, ["https://example.com/q?id=4"]);
}

/// A slug broken at a line end is joined only with a lone lower-case word
/// on the next line; a line of prose after a URL stays prose.
#[test]
fn broken_trailer_needs_a_lone_fragment() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    assert_eq!(
        urls("Source: https://example.com/news/flood-victims-rehou\nsed\n\nNext story."),
        ["https://example.com/news/flood-victims-rehoused"]
    );
    assert_eq!(
        urls("Source: https://example.com/news/flood-victims\nand more prose follows here."),
        ["https://example.com/news/flood-victims"]
    );
    assert_eq!(
        urls("Source: https://example.com/news/flood-victims\nThe End\n"),
        ["https://example.com/news/flood-victims"]
    );
}

/// What `find` gives for folded damage repairs as `repair` of its raw
/// text, through every form of span repair.
#[test]
fn spans_of_folded_text_repair_alike() {
    let text = "See https:\\\\example.com/a-b and https://www . example . org/c-d \
                and https://example.net/x\u{200B}y now. Also https:/ /example.com/q?a=1 b=2";
    let mut out = newsprep::url::Repaired::default();
    let spans = newsprep::url::find(text);
    assert_eq!(spans.len(), 4, "{spans:?}");
    for s in spans {
        let by_raw = repair(s.raw);
        assert_eq!(s.repair(), by_raw, "{s:?}");
        assert_eq!(s.repair_to(&mut out).map(|()| out.clone()), by_raw);
        assert!(by_raw.unwrap().url.starts_with("https://"));
    }
}

/// Damage seen in scraped text that neither generator makes: a scheme
/// without its slashes, a label broken inside ("ww w.", "example.c om", a
/// hyphen at a line end), a query parameter after a space, and a slug with
/// a file extension after "/ " in running text.
#[test]
fn labels_and_schemes_broken_inside() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for (text, want) in [
        (
            "Source: https:www.example.org/news/a-b",
            "https://www.example.org/news/a-b",
        ),
        (
            "See https://ww w.example.org/a now",
            "https://www.example.org/a",
        ),
        (
            "See https://www.example.c om/news/a-b now",
            "https://www.example.com/news/a-b",
        ),
        (
            "See https://www.exam-\nple.org/news/a-b",
            "https://www.exam-ple.org/news/a-b",
        ),
        (
            "See https://www.example.org/page?id=1 &ref=2 now",
            "https://www.example.org/page?id=1&ref=2",
        ),
        (
            "Read it at https://www.example.org/2024/05/ flood-relief-plan.html today.",
            "https://www.example.org/2024/05/flood-relief-plan.html",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // Prose after a URL stays prose.
    assert_eq!(
        urls("Visit https://example.com and more."),
        ["https://example.com/"]
    );
    assert_eq!(
        urls("See https://www.example.org/a/ and then go home."),
        ["https://www.example.org/a/"]
    );
}

/// The scheme's separator and the host broken by any kind of gap: a
/// no-break or thin space, a line break with the next line indented, a
/// doubled colon, entity or percent-encoded slashes; the scheme word split
/// by a gap; a host label split where the part before the gap is no host,
/// or before the path.
#[test]
fn separators_and_hosts_broken_by_any_gap() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    let want = "http://www.riverside-news.net/local/park-reopens";
    for text in [
        "See http:://www.riverside-news.net/local/park-reopens now",
        "See http:/\u{a0}/www.riverside-news.net/local/park-reopens now",
        "See http:/\u{202f}/www.riverside-news.net/local/park-reopens now",
        "Source: http:/\n  /www.riverside-news.net/local/park-reopens",
        "Source: http:\r\n    //www.riverside-news.net/local/park-reopens",
        "See http:\u{2009}//www.riverside-news.net/local/park-reopens now",
        "See http:&#47;&#47;www.riverside-news.net/local/park-reopens now",
        "See http:&sol;&sol;www.riverside-news.net/local/park-reopens now",
        "See http:%2F%2Fwww.riverside-news.net/local/park-reopens now",
        "See ht tp://www.riverside-news.net/local/park-reopens now",
        "Source: htt\n  p://www.riverside-news.net/local/park-reopens",
        "See http://www.river\u{a0}side-news.net/local/park-reopens now",
        "Source: http://www.riverside-ne\n    ws.net/local/park-reopens",
        "See http://www.riv erside-news.net/local/park-reopens now",
        "See http://www.riverside-news.ne t/local/park-reopens now",
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    for (text, want) in [
        (
            "Source: https://city\u{2009}hall-updates.org/budget/2025",
            "https://cityhall-updates.org/budget/2025",
        ),
        (
            "See https://www.harbour.co m/ferry-times today",
            "https://www.harbour.com/ferry-times",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // Not a scheme: prose with a colon and slashes stays prose, and two
    // URLs on two lines stay two.
    assert!(urls("The steps: / / then more.").is_empty());
    assert_eq!(
        urls("Links:\nhttps://www.example.org\nexample.com/news/a-b"),
        ["https://www.example.org/", "https://example.com/news/a-b"]
    );
}

/// A quoted-printable soft break on a short line inside a URL's host or
/// path (which hold no `=`), or in a URL whose `=` are escaped as `=3D`;
/// a dot spelled out after a defanged scheme; a thin or narrow no-break
/// space inside a URL's path.
#[test]
fn soft_breaks_spelled_dots_and_narrow_spaces() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for (text, want) in [
        (
            "Hello,\nhttps://www.lakeshore-ga=\nzette.com/sport/regatta-results\nBye",
            "https://www.lakeshore-gazette.com/sport/regatta-results",
        ),
        (
            "Hello,\nhttps://www.lakeshore-gazette.com/sport/rega=\ntta-results\nBye",
            "https://www.lakeshore-gazette.com/sport/regatta-results",
        ),
        (
            "Hello,\nhttps://lakeshore.com/find?area=3Dnorth&ye=\nar=3D2024\nBye",
            "https://lakeshore.com/find?area=north&year=2024",
        ),
        (
            "Found at hxxps[:]//lakeshore-gazette dot com/sport/regatta-results today",
            "https://lakeshore-gazette.com/sport/regatta-results",
        ),
        (
            "Found at hxxp://www dot lakeshore-gazette dot co dot uk/sport today",
            "http://www.lakeshore-gazette.co.uk/sport",
        ),
        (
            "Voir https://lakeshore.fr/sport/r\u{202f}egatta-results demain.",
            "https://lakeshore.fr/sport/regatta-results",
        ),
        (
            "Voir https://lakeshore.fr/sport/\u{2009}regatta-results demain.",
            "https://lakeshore.fr/sport/regatta-results",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // A URL that ends in `=` at a line end, a spelled "dot" in prose after
    // a complete host, and French spacing before punctuation stay as they
    // are.
    assert_eq!(
        urls("Try https://lakeshore.com/find?area=\nThen call us."),
        ["https://lakeshore.com/find?area="]
    );
    assert_eq!(
        urls("See https://lakeshore.com dot matrix printers."),
        ["https://lakeshore.com/"]
    );
    assert_eq!(
        urls("Voir https://lakeshore.fr/sport\u{202f}: demain\u{202f}!"),
        ["https://lakeshore.fr/sport"]
    );
}

/// A line break inside a URL enclosed in angle brackets, quotes or a
/// markdown link target: the next line's fragment closes the enclosure.
#[test]
fn line_break_inside_an_enclosure() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    let want = "https://www.hillside-herald.org/2023/vote-count-2041";
    for text in [
        "Source: <https://www.hillside-herald.org/2023/vote-count-20\n41>",
        "Source: \"https://www.hillside-herald.org/2023/vote-count-2041\n\"",
        "Source: \u{201C}https://www.hillside-herald.org/2023/vote-co\nunt-2041\u{201D}",
        "See [the count](https://www.hillside-herald.org/2023/vote-\ncount-2041).",
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // Prose on the next line is not taken, nor a fragment outside any
    // enclosure.
    assert_eq!(
        urls("He wrote \"https://www.hillside-herald.org/2023/a\nis wrong\"."),
        ["https://www.hillside-herald.org/2023/a"]
    );
    assert_eq!(
        urls("(see https://www.hillside-herald.org/2023/a\nlater this week)"),
        ["https://www.hillside-herald.org/2023/a"]
    );
}

/// A gap right after the `?` of a query, before its first `key=value`.
#[test]
fn gap_after_the_question_mark() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for text in [
        "See https://www.hillside-herald.org/search? term=flood&page=2 now",
        "Source: https://www.hillside-herald.org/search?\n  term=flood&page=2",
    ] {
        assert_eq!(
            urls(text),
            ["https://www.hillside-herald.org/search?term=flood&page=2"],
            "{text:?}"
        );
    }
    // A question after a URL is not a query.
    assert_eq!(
        urls("Is it https://www.hillside-herald.org/search? Nobody knows."),
        ["https://www.hillside-herald.org/search"]
    );
}

/// A scheme whose separator is percent-encoded, as a redirect parameter
/// leaves it, standing alone in the text; inside another URL's query it
/// stays part of that URL.
#[test]
fn percent_encoded_separator() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    assert_eq!(
        urls("Link: https%3A%2F%2Fwww.hillside-herald.org/2023/vote-count today"),
        ["https://www.hillside-herald.org/2023/vote-count"]
    );
    assert_eq!(
        urls("Link: https://go.example.net/r?u=https%3A%2F%2Fwww.hillside-herald.org today"),
        ["https://go.example.net/r?u=https%3A%2F%2Fwww.hillside-herald.org"]
    );
}

/// A chat app's link `<url|label>`: the URL ends at the bar.
#[test]
fn chat_link_label() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for text in [
        "New post <https://www.hillside-herald.org/2023/vote-count|the count> is up",
        "<https://www.hillside-herald.org/2023/vote-count|hillside-herald.org/2023/vote-count>",
    ] {
        assert_eq!(
            urls(text),
            ["https://www.hillside-herald.org/2023/vote-count"],
            "{text:?}"
        );
    }
}

/// A link whose text is its own URL is one URL.
#[test]
fn link_written_twice_is_one() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    assert_eq!(
        urls("Source: [https://www.hillside-herald.org/a-b](https://www.hillside-herald.org/a-b)."),
        ["https://www.hillside-herald.org/a-b"]
    );
    // Two different links stay two.
    assert_eq!(
        urls("[https://www.hillside-herald.org/a](https://www.hillside-herald.org/b)"),
        [
            "https://www.hillside-herald.org/a",
            "https://www.hillside-herald.org/b"
        ]
    );
}

/// A line break right after a fragment's `#`, a thin space after a
/// query's `?`, a soft break in a query whose `=` are escaped on the next
/// line, and a break before a query inside angle brackets.
#[test]
fn breaks_around_query_and_fragment_marks() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for (text, want) in [
        (
            "Source: https://www.hillside-herald.org/2023/vote-count/#\n  reply-5521",
            "https://www.hillside-herald.org/2023/vote-count/#reply-5521",
        ),
        (
            "See https://www.hillside-herald.org/view.php?\u{2009}story=5521 now",
            "https://www.hillside-herald.org/view.php?story=5521",
        ),
        (
            "Hi,\nhttps://www.hillside-herald.org/view.php?sto=\nry=3D5521\nBye",
            "https://www.hillside-herald.org/view.php?story=5521",
        ),
        (
            "Source: <https://www.hillside-herald.org/view.php\n?story=5521&page=2>",
            "https://www.hillside-herald.org/view.php?story=5521&page=2",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // French spacing around a question after a URL stays prose.
    assert_eq!(
        urls("Vu https://www.hillside-herald.org/a\u{202f}?\u{202f}Non."),
        ["https://www.hillside-herald.org/a"]
    );
}

/// A space (plain or no-break) inside a path in running text, before the
/// rest of a slug that no prose word looks like, or before the rest of a
/// URL that closes the bracket opened right before it.
#[test]
fn space_inside_a_slug_in_running_text() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for (text, want) in [
        (
            "He said https://www.hillside-herald.org/local/ council-votes-on-2024-budget was wrong.",
            "https://www.hillside-herald.org/local/council-votes-on-2024-budget",
        ),
        (
            "He said https://www.hillside-herald.org/lo\u{a0}cal/council/votes-on-budget was wrong.",
            "https://www.hillside-herald.org/local/council/votes-on-budget",
        ),
        (
            "The story (https://www.hillside-herald.org/local/council-vo tes) ran on Monday.",
            "https://www.hillside-herald.org/local/council-votes",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
    // Hyphenated prose and a closing remark in brackets stay prose.
    assert_eq!(
        urls("See https://www.hillside-herald.org/local/ for state-of-the-art coverage."),
        ["https://www.hillside-herald.org/local/"]
    );
    assert_eq!(
        urls("See https://www.hillside-herald.org/local/ state-of-the-art coverage."),
        ["https://www.hillside-herald.org/local/"]
    );
    assert_eq!(
        urls("(see https://www.hillside-herald.org/local/a here)"),
        ["https://www.hillside-herald.org/local/a"]
    );
}

/// A line break inside a query: after its `?` before any `key=value`
/// pairs, and after a `=` in a URL whose other `=` show the text is no
/// quoted-printable (a raw `page=2&`), or on a line too short for an
/// encoder's soft break.
#[test]
fn line_break_inside_a_query() {
    let urls = |t: &str| -> Vec<String> { extract(t).into_iter().map(|m| m.url).collect() };
    for (text, want) in [
        (
            "Source: https://www.hillside-herald.org/view.php?\nsec:id=5521&page=2",
            "https://www.hillside-herald.org/view.php?sec:id=5521&page=2",
        ),
        (
            "Hi,\nhttps://www.hillside-herald.org/2023/view.php?story=\n5521&page=2\nBye",
            "https://www.hillside-herald.org/2023/view.php?story=5521&page=2",
        ),
        (
            "Source: https://www.hillside-herald.org/view.php?story=\n5521",
            "https://www.hillside-herald.org/view.php?story=5521",
        ),
    ] {
        assert_eq!(urls(text), [want], "{text:?}");
    }
}
