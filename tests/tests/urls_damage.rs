// Damaged-URL generator over the 1,134 real news URLs in
// `news-urls/urls.txt`: every kind of damage alone and combined, repaired
// with `newsprep::url::repair`, success rates asserted as floors.
//
// The damage is modelled on what scraping does: spaces at word splits and
// around dots and slashes, breaks across lines, invisible characters, HTML
// escaping, malformed and defanged schemes, labels glued on, wrapping in
// brackets, quotes or link syntax, and the prose's punctuation after it.
// Positions are random (a seeded PRNG), so the repairer cannot rely on any
// fixed quirk of the generator.

use newsprep::url::{extract, normalize, repair, Fix};
use std::collections::BTreeMap;

/// SplitMix64: small, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn pick_str(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A URL cut into scheme ("https"), host and the rest (path, query, fragment).
struct Parts {
    scheme: String,
    host: String,
    rest: String,
}

fn parts(u: &str) -> Option<Parts> {
    let (scheme, after) = u.split_once("://")?;
    let cut = after.find(['/', '?', '#']).unwrap_or(after.len());
    Some(Parts {
        scheme: scheme.to_string(),
        host: after[..cut].to_string(),
        rest: after[cut..].to_string(),
    })
}

fn join(p: &Parts) -> String {
    format!("{}://{}{}", p.scheme, p.host, p.rest)
}

/// Byte positions `i` in `s` where s[i-1] and s[i] are ASCII letters with at
/// least two letters of the same word on each side.
fn word_split_points(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut v = Vec::new();
    for i in 2..b.len().saturating_sub(1) {
        let l = |k: usize| b.get(k).is_some_and(|c| c.is_ascii_alphabetic());
        if l(i - 2) && l(i - 1) && l(i) && l(i + 1) {
            v.push(i);
        }
    }
    v
}

fn positions_of(s: &str, c: char) -> Vec<usize> {
    s.char_indices()
        .filter(|&(_, x)| x == c)
        .map(|(i, _)| i)
        .collect()
}

fn insert_at(s: &str, i: usize, what: &str) -> String {
    format!("{}{}{}", &s[..i], what, &s[i..])
}

// --- the kinds of damage ---------------------------------------------------

/// Spaces at word splits inside the slug ("put in-quietly").
fn space_word(p: &mut Parts, r: &mut Rng) -> bool {
    let pts = word_split_points(&p.rest);
    if pts.is_empty() {
        return false;
    }
    let n = 1 + r.below(2);
    let mut chosen: Vec<usize> = (0..n).map(|_| *r.pick(&pts)).collect();
    chosen.sort_unstable();
    chosen.dedup();
    for i in chosen.into_iter().rev() {
        p.rest = insert_at(&p.rest, i, " ");
    }
    true
}

/// Spaces around dots and slashes, and "https: //".
fn space_punct(p: &mut Parts, r: &mut Rng) -> bool {
    match r.below(5) {
        0 => {
            p.scheme.push(' ');
        }
        1 => {
            let dots = positions_of(&p.host, '.');
            if dots.is_empty() {
                return false;
            }
            let i = *r.pick(&dots);
            p.host = insert_at(&p.host, i + 1, " ");
        }
        2 => {
            let dots = positions_of(&p.host, '.');
            if dots.is_empty() {
                return false;
            }
            let i = *r.pick(&dots);
            p.host = insert_at(&p.host, i, " ");
        }
        3 => {
            let sl: Vec<usize> = positions_of(&p.rest, '/')
                .into_iter()
                .filter(|&i| i + 1 < p.rest.len())
                .collect();
            if sl.is_empty() {
                return false;
            }
            let i = *r.pick(&sl);
            p.rest = insert_at(&p.rest, i + 1, " ");
        }
        _ => {
            let sl = positions_of(&p.rest, '/');
            if sl.is_empty() {
                return false;
            }
            let i = *r.pick(&sl);
            p.rest = insert_at(&p.rest, i, " ");
        }
    }
    true
}

/// A no-break space or a tab at a word split of the slug: the space some
/// editors and PDF tools insert.
fn other_space(p: &mut Parts, r: &mut Rng) -> bool {
    let pts = word_split_points(&p.rest);
    if pts.is_empty() {
        return false;
    }
    let i = *r.pick(&pts);
    p.rest = insert_at(&p.rest, i, r.pick_str(&["\u{A0}", "\t"]));
    true
}

/// `%20` where an inserted space was escaped: inside a word of the path or
/// beside one of its separators (never in a URL that holds an escape or
/// names a document, whose `%20`s may be real).
fn encoded_space(p: &mut Parts, r: &mut Rng) -> bool {
    let b = p.rest.as_bytes();
    let doc = [".pdf", ".doc", ".jpg", ".png", ".xls"]
        .iter()
        .any(|x| p.rest.to_ascii_lowercase().ends_with(x));
    if doc || p.rest.contains('%') {
        return false;
    }
    let end = p.rest.find(['?', '#']).unwrap_or(b.len());
    let pts: Vec<usize> = (2..end.saturating_sub(1))
        .filter(|&i| {
            let (x, y) = (b[i - 1], b[i]);
            let sep = |c: u8| matches!(c, b'-' | b'_' | b'/');
            (x.is_ascii_alphabetic() && y.is_ascii_lowercase())
                || (sep(x) && y.is_ascii_alphanumeric())
                || (x.is_ascii_alphanumeric() && sep(y))
        })
        .collect();
    if pts.is_empty() {
        return false;
    }
    let i = *r.pick(&pts);
    p.rest = insert_at(&p.rest, i, "%20");
    true
}

fn newline(r: &mut Rng) -> &'static str {
    r.pick_str(&["\n", "\n", "\n", "\r\n", "\n  "])
}

/// A break across lines after a hyphen.
fn break_hyphen(p: &mut Parts, r: &mut Rng) -> bool {
    let hy: Vec<usize> = positions_of(&p.rest, '-')
        .into_iter()
        .filter(|&i| i + 1 < p.rest.len())
        .collect();
    if hy.is_empty() {
        return false;
    }
    let i = *r.pick(&hy);
    let nl = newline(r);
    p.rest = insert_at(&p.rest, i + 1, nl);
    true
}

/// A break across lines after a slash.
fn break_slash(p: &mut Parts, r: &mut Rng) -> bool {
    let sl: Vec<usize> = positions_of(&p.rest, '/')
        .into_iter()
        .filter(|&i| i + 1 < p.rest.len())
        .collect();
    if sl.is_empty() {
        return false;
    }
    let i = *r.pick(&sl);
    let nl = newline(r);
    p.rest = insert_at(&p.rest, i + 1, nl);
    true
}

/// A break across lines in the middle of a word.
fn break_word(p: &mut Parts, r: &mut Rng) -> bool {
    let pts = word_split_points(&p.rest);
    if pts.is_empty() {
        return false;
    }
    let i = *r.pick(&pts);
    let nl = newline(r);
    p.rest = insert_at(&p.rest, i, nl);
    true
}

/// Soft hyphens and zero-width characters between ASCII characters.
fn invisible(p: &mut Parts, r: &mut Rng) -> bool {
    let n = 1 + r.below(3);
    for _ in 0..n {
        let c = *r.pick(&[
            "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
        ]);
        let in_host = r.chance(30);
        let s = if in_host { &mut p.host } else { &mut p.rest };
        let b = s.as_bytes();
        let pts: Vec<usize> = (1..b.len())
            .filter(|&i| {
                b[i - 1].is_ascii_alphanumeric() && b[i].is_ascii() && s.is_char_boundary(i)
            })
            .collect();
        if pts.is_empty() {
            continue;
        }
        let i = *r.pick(&pts);
        *s = insert_at(s, i, c);
    }
    true
}

/// HTML entities: an escaped query, or escaped slashes or dots.
fn html_entity(p: &mut Parts, r: &mut Rng) -> bool {
    if p.rest.contains('&') {
        let e = *r.pick(&["&amp;", "&amp;", "&#38;", "&#x26;", "&amp;amp;"]);
        p.rest = p.rest.replace('&', e);
        return true;
    }
    match r.below(3) {
        0 => {
            let dots = positions_of(&p.host, '.');
            if dots.is_empty() {
                return false;
            }
            let i = *r.pick(&dots);
            p.host = format!("{}&#46;{}", &p.host[..i], &p.host[i + 1..]);
        }
        _ => {
            let sl = positions_of(&p.rest, '/');
            if sl.is_empty() {
                return false;
            }
            let i = *r.pick(&sl);
            let e = *r.pick(&["&#47;", "&#x2F;", "&#x2f;"]);
            p.rest = format!("{}{}{}", &p.rest[..i], e, &p.rest[i + 1..]);
        }
    }
    true
}

/// Malformed schemes. Returns the separator to use instead of "://".
fn malformed_scheme(p: &mut Parts, r: &mut Rng) -> Option<&'static str> {
    let https = p.scheme == "https";
    match r.below(7) {
        0 => Some(";//"),
        1 => Some("//"),
        2 => Some(":/"),
        3 => {
            p.scheme = if https { "htps" } else { "htp" }.to_string();
            None
        }
        4 => {
            p.scheme = if https { "ttps" } else { "ttp" }.to_string();
            None
        }
        5 => {
            p.scheme = if https { "htttps" } else { "htttp" }.to_string();
            None
        }
        _ => {
            p.scheme = p.scheme.to_uppercase();
            Some(";//")
        }
    }
}

/// Defanged forms. Returns the separator to use instead of "://".
fn defang(p: &mut Parts, r: &mut Rng) -> Option<&'static str> {
    let mut sep = None;
    if r.chance(60) {
        p.scheme = p
            .scheme
            .replace("tt", if r.chance(80) { "xx" } else { "XX" });
    }
    match r.below(4) {
        0 => sep = Some("[:]//"),
        1 => sep = Some("[://]"),
        _ => {}
    }
    let dot = *r.pick(&["[.]", "[.]", "(.)", "[dot]", "{.}"]);
    if r.chance(50) {
        p.host = p.host.replace('.', dot);
    } else if let Some(i) = p.host.rfind('.') {
        p.host = format!("{}{}{}", &p.host[..i], dot, &p.host[i + 1..]);
    }
    sep
}

const LABELS: &[&str] = &[
    "Source:",
    "URL:",
    "Link:",
    "Quelle:",
    "Source",
    "via:",
    "Original url:",
    "Read more:",
];

const CLOSERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("<", ">"),
    ("\"", "\""),
    ("'", "'"),
    ("[", "]"),
    ("\u{201C}", "\u{201D}"),
    ("\u{AB}", "\u{BB}"),
];

const TRAILING: &[&str] = &[
    ".", ",", ";", ":", "!", "?", ").", ")", "...", "]", "'.", "\"", ".)",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    SpaceWord,
    OtherSpace,
    EncodedSpace,
    SpacePunct,
    BreakHyphen,
    BreakSlash,
    BreakWord,
    Invisible,
    HtmlEntity,
    MalformedScheme,
    GluedLabel,
    Defanged,
    Enclosing,
    Markdown,
    Html,
    Trailing,
    Combined,
}

const KINDS: &[Kind] = &[
    Kind::SpaceWord,
    Kind::OtherSpace,
    Kind::EncodedSpace,
    Kind::SpacePunct,
    Kind::BreakHyphen,
    Kind::BreakSlash,
    Kind::BreakWord,
    Kind::Invisible,
    Kind::HtmlEntity,
    Kind::MalformedScheme,
    Kind::GluedLabel,
    Kind::Defanged,
    Kind::Enclosing,
    Kind::Markdown,
    Kind::Html,
    Kind::Trailing,
];

/// Applies `kinds` (in a sensible order: inner damage, then the scheme, then
/// what is written around the URL). None when a kind does not apply.
fn damage(u: &str, kinds: &[Kind], r: &mut Rng) -> Option<String> {
    let mut p = parts(u)?;
    let mut sep: Option<&str> = None;
    for k in kinds {
        let ok = match k {
            Kind::SpaceWord => space_word(&mut p, r),
            Kind::OtherSpace => other_space(&mut p, r),
            Kind::EncodedSpace => encoded_space(&mut p, r),
            Kind::SpacePunct => space_punct(&mut p, r),
            Kind::BreakHyphen => break_hyphen(&mut p, r),
            Kind::BreakSlash => break_slash(&mut p, r),
            Kind::BreakWord => break_word(&mut p, r),
            Kind::Invisible => invisible(&mut p, r),
            Kind::HtmlEntity => html_entity(&mut p, r),
            Kind::MalformedScheme => {
                sep = malformed_scheme(&mut p, r).or(sep);
                true
            }
            Kind::Defanged => {
                sep = defang(&mut p, r).or(sep);
                true
            }
            _ => true,
        };
        if !ok {
            return None;
        }
    }
    let body = match sep {
        Some(s) => {
            let space = p.scheme.ends_with(' ');
            let scheme = p.scheme.trim_end();
            format!(
                "{}{}{}{}{}",
                scheme,
                if space { " " } else { "" },
                s,
                p.host,
                p.rest
            )
        }
        None => join(&p),
    };
    let mut out = body;
    for k in kinds {
        match k {
            Kind::GluedLabel => out = format!("{}{}", r.pick(LABELS), out),
            Kind::Enclosing => {
                let (o, c) = *r.pick(CLOSERS);
                out = format!("{o}{out}{c}");
            }
            Kind::Markdown => {
                let text = *r.pick(&["the report", "here", "Reuters", "this story"]);
                out = format!("[{text}]({out})");
            }
            Kind::Html => {
                let q = *r.pick(&["\"", "'"]);
                out = format!("<a href={q}{out}{q}>the report</a>");
            }
            Kind::Trailing => out.push_str(r.pick_str(TRAILING)),
            _ => {}
        }
    }
    Some(out)
}

/// Two or three kinds that can go together.
fn combination(r: &mut Rng) -> Vec<Kind> {
    let inner = [
        Kind::SpaceWord,
        Kind::SpacePunct,
        Kind::BreakHyphen,
        Kind::BreakSlash,
        Kind::BreakWord,
        Kind::Invisible,
        Kind::HtmlEntity,
    ];
    let scheme = [Kind::MalformedScheme, Kind::Defanged, Kind::GluedLabel];
    let outer = [Kind::Enclosing, Kind::Markdown, Kind::Html, Kind::Trailing];
    let mut v = vec![*r.pick(&inner)];
    if r.chance(50) {
        let second = *r.pick(&inner);
        if second != v[0] {
            v.push(second);
        }
    }
    if r.chance(60) {
        v.push(*r.pick(&scheme));
    }
    if r.chance(60) || v.len() < 2 {
        v.push(*r.pick(&outer));
    }
    v
}

fn urls() -> Option<Vec<String>> {
    let p = newsprep_tests::data_file("news-urls/urls.txt")?;
    let text = std::fs::read_to_string(p).ok()?;
    Some(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .filter(|l| !ends_in_punctuation(l))
            .map(String::from)
            .collect(),
    )
}

/// Deliberate limitation: a URL whose last character is sentence
/// punctuation (two in the list end in ".") cannot be told from a URL
/// followed by a full stop; the repairer always cuts it. Those URLs are left
/// out of the exact-repair counts and checked on their own below.
fn ends_in_punctuation(u: &str) -> bool {
    u.ends_with(['.', ',', ';', ':', '!', '?'])
}

#[test]
fn final_full_stop_is_cut() {
    let Some(p) = newsprep_tests::data_file("news-urls/urls.txt") else {
        return;
    };
    let text = std::fs::read_to_string(p).unwrap();
    for u in text
        .lines()
        .map(str::trim)
        .filter(|l| ends_in_punctuation(l))
    {
        let r = repair(u).unwrap();
        assert_eq!(
            r.url,
            normalize(u.trim_end_matches(['.', ',', ';', ':', '!', '?'])).unwrap()
        );
        assert!(r.fixes.contains(&Fix::TrailingPunctuation));
    }
}

#[derive(Default)]
struct Tally {
    total: usize,
    ok: usize,
    text_total: usize,
    text_ok: usize,
    /// Mid-sentence, with prose after the URL.
    mid_total: usize,
    mid_ok: usize,
    fails: Vec<String>,
}

#[test]
fn damaged_urls_are_repaired() {
    let Some(urls) = urls() else { return };
    let mut r = Rng(0x5EED_0000_0000_0005);
    let mut by_kind: BTreeMap<Kind, Tally> = BTreeMap::new();
    for u in &urls {
        let want = normalize(u).expect("the list holds valid URLs");
        let mut jobs: Vec<(Kind, Vec<Kind>)> = KINDS.iter().map(|&k| (k, vec![k])).collect();
        for _ in 0..3 {
            jobs.push((Kind::Combined, combination(&mut r)));
        }
        for (kind, ks) in jobs {
            let Some(d) = damage(u, &ks, &mut r) else {
                continue;
            };
            let t = by_kind.entry(kind).or_default();
            t.total += 1;
            let got = repair(&d).map(|x| x.url);
            if got.as_deref() == Ok(want.as_str()) {
                t.ok += 1;
            } else if t.fails.len() < 8 {
                t.fails.push(format!(
                    "{ks:?}\n   damaged: {d:?}\n   got:     {got:?}\n   want:    {want}"
                ));
            }
            // The same damaged URL at the end of a trailer line, in a text.
            let text = format!(
                "Some closing words of the story.\n\nOriginal url: {d}\n\nNext story begins here."
            );
            // Mid-sentence, prose after it: the gap's fragment must read as
            // a URL's by itself.
            let mid = format!("Officials said {d} has the details of the plan.");
            t.mid_total += 1;
            let found = extract(&mid);
            if found.len() == 1 && found[0].url == want {
                t.mid_ok += 1;
            }
            t.text_total += 1;
            let found = extract(&text);
            if found.len() == 1 && found[0].url == want {
                t.text_ok += 1;
            } else if t.fails.len() < 12 {
                let got: Vec<&str> = found.iter().map(|m| m.url.as_str()).collect();
                t.fails.push(format!(
                    "TEXT {ks:?}\n   damaged: {d:?}\n   got:     {got:?}\n   want:    {want}"
                ));
            }
        }
    }
    let (mut all, mut ok, mut all_t, mut ok_t, mut all_m, mut ok_m) = (0, 0, 0, 0, 0, 0);
    let mut bad = Vec::new();
    for (k, t) in &by_kind {
        let rate = t.ok as f64 / t.total.max(1) as f64;
        let rate_t = t.text_ok as f64 / t.text_total.max(1) as f64;
        println!(
            "{:<16} repair {:>4}/{:<4} {:>6.2}%   in text {:>6.2}%   mid-sentence {:>6.2}%",
            format!("{k:?}"),
            t.ok,
            t.total,
            100.0 * rate,
            100.0 * rate_t,
            100.0 * t.mid_ok as f64 / t.mid_total.max(1) as f64
        );
        all_m += t.mid_total;
        ok_m += t.mid_ok;
        all += t.total;
        ok += t.ok;
        all_t += t.text_total;
        ok_t += t.text_ok;
        if rate < 0.98 || rate_t < 0.95 {
            bad.push(format!(
                "{k:?}: {:.2}% / {:.2}%",
                100.0 * rate,
                100.0 * rate_t
            ));
        }
        for f in &t.fails {
            println!("  FAIL {f}");
        }
    }
    let rate = ok as f64 / all as f64;
    let rate_t = ok_t as f64 / all_t as f64;
    println!(
        "overall repair {ok}/{all} = {:.2}%   in text {ok_t}/{all_t} = {:.2}%",
        100.0 * rate,
        100.0 * rate_t
    );
    assert!(
        rate >= 0.995,
        "overall repair rate {:.2}% < 99.5%",
        100.0 * rate
    );
    assert!(
        rate_t >= 0.97,
        "overall in-text rate {:.2}% < 97%",
        100.0 * rate_t
    );
    let rate_m = ok_m as f64 / all_m.max(1) as f64;
    println!(
        "overall mid-sentence {ok_m}/{all_m} = {:.2}%",
        100.0 * rate_m
    );
    assert!(
        rate_m >= 0.90,
        "overall mid-sentence rate {:.2}% < 90%",
        100.0 * rate_m
    );
    assert!(
        bad.is_empty(),
        "kinds under their floor (98% repair, 95% in text): {bad:?}"
    );
}

#[test]
fn clean_urls_are_left_as_they_were() {
    let Some(urls) = urls() else { return };
    let mut changed = Vec::new();
    for u in &urls {
        let want = normalize(u).unwrap();
        let r = repair(u).unwrap();
        assert_eq!(r.url, want, "clean URL changed: {u}");
        let repairs: Vec<&Fix> = r
            .fixes
            .iter()
            .filter(|f| **f != Fix::TrackingParams)
            .collect();
        assert!(
            repairs.is_empty(),
            "clean URL reported repairs {repairs:?}: {u}"
        );
        assert!(
            r.confidence >= 0.99,
            "clean URL with low confidence {}: {u}",
            r.confidence
        );
        if want != *u {
            changed.push((u.clone(), want));
        }
    }
    // Only WHATWG serialization changes a clean URL (IDN host to punycode,
    // non-ASCII path percent-encoded, tracking parameters removed).
    for (u, w) in &changed {
        println!("normalized: {u}\n        ->  {w}");
        assert!(
            !u.is_ascii() || w.len() < u.len(),
            "unexpected change {u} -> {w}"
        );
    }
}

/// Prose written for this test, around a clean URL.
const SENTENCES: &[&str] = &[
    "According to {} the officials said on Tuesday that talks would resume.",
    "The full report at {} and the appendix were published together.",
    "See {} for the details of the agreement.",
    "Read {} before the vote, a spokesman said.",
    "The ministry ({}) did not respond to requests for comment.",
    "It was first reported by {}, which cited three sources.",
    "The link {} - shared widely online - was later removed.",
    "Visit {}. The site lists every candidate.",
    "Data: {}\nthe figures were revised twice in March.",
    "Source: {}\nOfficials declined to comment.",
    "Readers can find it at {} today-only offers excluded.",
    "\"{}\" was the address in the leaked memo.",
    "Posted at {}: the minister's statement in full.",
    "The archive at {}/ holds older copies.",
];

#[test]
fn clean_url_mid_sentence_never_swallows_prose() {
    let Some(urls) = urls() else { return };
    let mut bad = Vec::new();
    for (n, u) in urls.iter().enumerate() {
        for (k, s) in SENTENCES.iter().enumerate() {
            if (n + k) % 3 != 0 {
                continue;
            }
            let text = s.replace("{}", u);
            let mut want_raw = u.clone();
            if s.contains("{}/") {
                want_raw.push('/');
                if u.ends_with('/') {
                    continue;
                }
            }
            let found = extract(&text);
            let ok = found.len() == 1
                && found[0].raw == want_raw
                && found[0].url == normalize(&want_raw).unwrap();
            if !ok && bad.len() < 20 {
                let got: Vec<(&str, &str)> =
                    found.iter().map(|m| (m.raw, m.url.as_str())).collect();
                bad.push(format!("{text:?}\n   got {got:?}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "URLs swallowed prose or were cut:\n{}",
        bad.join("\n")
    );
}
