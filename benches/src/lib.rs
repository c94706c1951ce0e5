//! Shared helpers for the benchmarks: corpus loading, the URL text.

use std::path::PathBuf;

/// The data directory: `NEWSPREP_DATA`, default `../shared/data` relative to
/// the workspace root.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("NEWSPREP_DATA") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"),
    }
}

/// A corpus from `news-text/NAME`, or the bundled fallback corpus (with a
/// printed reason) when the data directory is not there.
pub fn corpus(name: &str) -> (String, String) {
    let p = data_dir().join("news-text").join(name);
    match std::fs::read_to_string(&p) {
        Ok(t) => (name.to_string(), t),
        Err(e) => {
            eprintln!(
                "newsprep-benches: {} not readable ({e}); using the bundled fallback corpus",
                p.display()
            );
            let fb = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/fallback.txt");
            let t = std::fs::read_to_string(&fb).unwrap_or_default();
            ("fallback.txt".to_string(), t.repeat(200))
        }
    }
}

const TARGET: usize = 10 * 1024 * 1024;

fn urls() -> Vec<String> {
    let p = data_dir().join("news-urls/urls.txt");
    let list: Vec<String> = std::fs::read_to_string(&p)
        .map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    if list.is_empty() {
        eprintln!(
            "newsprep-benches: {} not readable; using built-in URLs",
            p.display()
        );
        return vec![
            "https://www.example.com/2023/12/23/some-story-slug-a83548".to_string(),
            "https://news.example.co.uk/world/europe-12345678".to_string(),
        ];
    }
    list
}

fn damage(u: &str, n: usize) -> String {
    match n % 3 {
        0 => match u.rfind('-') {
            Some(i) if i > 12 => format!("{}-\n{}", &u[..i], &u[i + 1..]),
            _ => u.to_string(),
        },
        1 => u
            .replacen("https://", "hxxps://", 1)
            .replacen(".com", "[.]com", 1),
        _ => match u.rfind('/') {
            Some(i) if i + 4 < u.len() && u.is_char_boundary(i + 3) => {
                format!("{} {}", &u[..i + 3], &u[i + 3..])
            }
            _ => u.to_string(),
        },
    }
}

/// The first 10 MB of `news-text/news-en.txt`, as it is: the prose of
/// [`url_text`] without the URLs put in (it has a few of its own).
pub fn prose_text() -> String {
    let (_, mut corpus) = corpus("news-en.txt");
    let mut cut = corpus.len().min(TARGET);
    while !corpus.is_char_boundary(cut) {
        cut -= 1;
    }
    corpus.truncate(cut);
    corpus
}

/// The text of the URL benchmarks: the first 10 MB of
/// `news-text/news-en.txt`; every ~2 KB, at a sentence end, one URL from
/// `news-urls/urls.txt` is inserted in a sentence of our own ("See {url}
/// for more."), one in eight of them damaged (a space inserted in the slug,
/// a defanged host, a line break after a hyphen).
pub fn url_text() -> String {
    let corpus = prose_text();
    let corpus = corpus.as_str();
    let urls = urls();
    sprinkle(corpus, |n| {
        let u = &urls[n % urls.len()];
        let u = if n % 8 == 7 {
            damage(u, n / 8)
        } else {
            u.clone()
        };
        format!("See {u} for more. ")
    })
}

/// `corpus` with `insert(n)` put in at the first sentence end after every
/// ~2 KB (`n` counts the insertions from 0).
fn sprinkle(corpus: &str, mut insert: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(corpus.len() + corpus.len() / 16);
    let (mut last, mut n, mut pos) = (0, 0, 2048);
    while pos < corpus.len() {
        let Some(i) = corpus[pos..].find(". ").map(|i| pos + i + 2) else {
            break;
        };
        out.push_str(&corpus[last..i]);
        out.push_str(&insert(n));
        n += 1;
        last = i;
        pos = i + 2048;
        while pos < corpus.len() && !corpus.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out.push_str(&corpus[last..]);
    out
}

/// Where a URL sits in the prose of [`url_text_shaped`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlShape {
    /// "Officials said {url} shows the figures."
    MidSentence,
    /// "The figures are at {url}."
    SentenceEnd,
    /// "The figures (see {url}) were released."
    Brackets,
    /// "He cited \u{201C}{url}\u{201D} on Monday."
    Quotes,
    /// "Source: {url}" on a line of its own.
    Label,
    /// "... released at" then the URL alone on the next line.
    LineEnd,
}

impl UrlShape {
    /// Every shape, in table order.
    pub const ALL: [UrlShape; 6] = [
        UrlShape::MidSentence,
        UrlShape::SentenceEnd,
        UrlShape::Brackets,
        UrlShape::Quotes,
        UrlShape::Label,
        UrlShape::LineEnd,
    ];

    /// A short name for the tables.
    pub fn name(self) -> &'static str {
        match self {
            UrlShape::MidSentence => "mid-sentence",
            UrlShape::SentenceEnd => "sentence-end",
            UrlShape::Brackets => "brackets",
            UrlShape::Quotes => "quotes",
            UrlShape::Label => "label",
            UrlShape::LineEnd => "line-end",
        }
    }

    fn wrap(self, u: &str) -> String {
        match self {
            UrlShape::MidSentence => format!("Officials said {u} shows the figures. "),
            UrlShape::SentenceEnd => format!("The figures are at {u}. "),
            UrlShape::Brackets => format!("The figures (see {u}) were released. "),
            UrlShape::Quotes => format!("He cited \u{201C}{u}\u{201D} on Monday. "),
            UrlShape::Label => format!("\nSource: {u}\n"),
            UrlShape::LineEnd => format!("The figures were released at\n{u}\n"),
        }
    }
}

/// [`url_text`] with every URL in one `shape` of context, all clean: about
/// 4 MB of `news-text/news-en.txt` with a URL every ~2 KB at a sentence
/// end. The text for the per-shape speed table.
pub fn url_text_shaped(shape: UrlShape) -> String {
    let mut corpus = prose_text();
    let mut cut = corpus.len().min(4 * 1024 * 1024);
    while !corpus.is_char_boundary(cut) {
        cut -= 1;
    }
    corpus.truncate(cut);
    let urls = urls();
    sprinkle(&corpus, |n| shape.wrap(&urls[n % urls.len()]))
}

/// One pass of a URL function over a text: the number of URLs it gives.
pub type UrlPass = Box<dyn Fn(&str) -> usize>;

/// A row of the URL benchmarks: its name, its pass, and whether it repairs
/// each candidate `find` gives (every such row gives the same count).
pub struct UrlRow {
    pub name: &'static str,
    pub repairs_each: bool,
    pub pass: UrlPass,
}

/// The row that the others are compared with: linkify's default finder.
pub const URL_BASELINE: &str = "linkify LinkFinder";

/// The functions of the URL benchmarks (`urls` in criterion, `urls_paired`
/// in alternation), each with its row name, in the order they print:
/// - `newsprep find+repair`: [`newsprep::url::find`], then
///   [`newsprep::url::repair`] on each candidate's raw text (repair also
///   normalizes: it returns the normalized URL);
/// - `newsprep find_iter+repair`: the same with
///   [`newsprep::url::find_iter`], repairing each candidate as it comes;
/// - `newsprep find+span.repair`, `newsprep find_iter+span.repair`: the
///   same with [`newsprep::url::UrlSpan::repair`], which gives the result of
///   `repair(span.raw)` and returns a candidate the finder saw in normal
///   form as it is;
/// - `newsprep find_iter+span.repair_to`: with
///   [`newsprep::url::UrlSpan::repair_to`] into one `Repaired` kept across
///   the loop (no allocation for a URL in normal form);
/// - `newsprep extract`: find, repair and normalize in one pass;
/// - `newsprep find`: candidates only;
/// - linkify's `LinkFinder` with its defaults (URLs with a scheme, and
///   e-mail addresses), and configured for URLs without a scheme too (the
///   closer match to what `find` does).
///
/// Every row of newsprep that repairs gives the same count: the same
/// candidates, the same repairs (`urls` asserts it).
pub fn url_rows() -> Vec<UrlRow> {
    use newsprep::url;
    fn row(name: &'static str, repairs_each: bool, pass: UrlPass) -> UrlRow {
        UrlRow {
            name,
            repairs_each,
            pass,
        }
    }
    let finder = linkify::LinkFinder::new();
    let mut urls_only = linkify::LinkFinder::new();
    urls_only
        .kinds(&[linkify::LinkKind::Url])
        .url_must_have_scheme(false);
    vec![
        row(
            "newsprep find+repair",
            true,
            Box::new(|t| {
                url::find(t)
                    .iter()
                    .filter(|s| url::repair(s.raw).is_ok())
                    .count()
            }),
        ),
        row(
            "newsprep find_iter+repair",
            true,
            Box::new(|t| {
                url::find_iter(t)
                    .filter(|s| url::repair(s.raw).is_ok())
                    .count()
            }),
        ),
        row(
            "newsprep find+span.repair",
            true,
            Box::new(|t| url::find(t).iter().filter(|s| s.repair().is_ok()).count()),
        ),
        row(
            "newsprep find_iter+span.repair",
            true,
            Box::new(|t| url::find_iter(t).filter(|s| s.repair().is_ok()).count()),
        ),
        row(
            "newsprep find_iter+span.repair_to",
            true,
            Box::new(|t| {
                let mut r = url::Repaired::default();
                url::find_iter(t)
                    .filter(|s| s.repair_to(&mut r).is_ok())
                    .count()
            }),
        ),
        row(
            "newsprep extract (find+repair+normalize)",
            false,
            Box::new(|t| url::extract(t).len()),
        ),
        row("newsprep find", false, Box::new(|t| url::find(t).len())),
        row(
            URL_BASELINE,
            false,
            Box::new(move |t| finder.links(t).count()),
        ),
        row(
            "linkify LinkFinder (urls, no scheme needed)",
            false,
            Box::new(move |t| urls_only.links(t).count()),
        ),
    ]
}

/// Class of each byte for [`ascii_class_runs`]: 1 for an ASCII letter,
/// digit or `_`, else 0.
static ASCII_WORD_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] = 1;
        }
        b += 1;
    }
    t
};

/// The reference scan of the word benchmarks: every byte is looked up in a
/// two-class table (ASCII letter/digit/`_` or not) and the runs of one class
/// are counted. It knows no UAX #29 rule and no UTF-8, so it gives the speed
/// of one plain table pass over the bytes that yields segments, which an
/// exact tokenizer can approach but not pass by much.
///
/// ```
/// // "Don", "'", "t", " ", "panic", "."
/// assert_eq!(newsprep_benches::ascii_class_runs("Don't panic."), 6);
/// assert_eq!(newsprep_benches::ascii_class_runs(""), 0);
/// ```
pub fn ascii_class_runs(text: &str) -> usize {
    let mut runs = 0;
    let mut prev = 2u8;
    for &b in text.as_bytes() {
        let c = ASCII_WORD_CLASS[usize::from(b)];
        runs += usize::from(c != prev);
        prev = c;
    }
    runs
}

/// Feeds `text` to a [`newsprep::segment::WordStream`] in chunks of about
/// `chunk` bytes (cut on char boundaries) and returns the number of
/// segments, as [`newsprep::segment::words`] counts them on the whole text.
///
/// ```
/// let t = "It's 3.5 km, she said.";
/// assert_eq!(
///     newsprep_benches::stream_words(t, 4),
///     newsprep::segment::words(t).count()
/// );
/// ```
pub fn stream_words(text: &str, chunk: usize) -> usize {
    let mut stream = newsprep::segment::WordStream::new();
    let mut n = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = chunk.max(1).min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (head, tail) = rest.split_at(cut);
        n += stream.push(head).count();
        rest = tail;
    }
    n + stream.finish().count()
}

/// The median of `v` (the upper one of an even count).
pub fn median(v: &[std::time::Duration]) -> std::time::Duration {
    let mut v = v.to_vec();
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// The median of `v` (the upper one of an even count); NaN when empty.
pub fn median_f(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}
