//! The JSON output of the `newsprep` command, as a library: one JSON object
//! per document, and the JSON Lines contract (`{"id", "text"}` in, one line
//! out per line in, error records in place of bad lines).
//!
//! The command, the Python module and any other front end render through
//! this module, so that they agree byte for byte.
//!
//! ```
//! use newsprep::jsonl::{render_line, Command};
//! use newsprep::Pipeline;
//!
//! let p = Pipeline::new();
//! let ok = render_line(&p, Command::Sentences, 1, br#"{"id": 7, "text": "One. Two."}"#);
//! assert!(!ok.failed);
//! assert!(ok.json.starts_with(r#"{"id":7,"sentences":["#));
//! let bad = render_line(&p, Command::Sentences, 2, b"not json");
//! assert!(bad.failed);
//! assert!(bad.json.starts_with(r#"{"id":null,"line":2,"error":"not JSON"#));
//! // Ids come back exactly as written, however large.
//! let big = render_line(&p, Command::Sentences, 3, br#"{"id": 1e400, "text": "One."}"#);
//! assert!(big.json.starts_with(r#"{"id":1e400,"#));
//! ```

use std::borrow::Cow;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::{segment, EntityOut, Pipeline, UrlOut};

pub use encoding_rs::Encoding;

/// The document commands.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `newsprep article`: [`Pipeline::article`].
    Article,
    /// `newsprep sentences`: [`Pipeline::sentences`].
    Sentences,
    /// `newsprep tokens`: every UAX #29 segment, or only the word-like ones.
    Tokens {
        /// Keep only word-like segments (`--words`).
        words_only: bool,
    },
    /// `newsprep urls`: [`Pipeline::urls`].
    Urls,
    /// `newsprep entities`: [`Pipeline::entities`].
    Entities,
}

impl Command {
    /// The command of this name ("article", "sentences", "tokens", "urls",
    /// "entities"); `words_only` applies to "tokens".
    pub fn from_name(name: &str, words_only: bool) -> Option<Command> {
        Some(match name {
            "article" => Command::Article,
            "sentences" => Command::Sentences,
            "tokens" => Command::Tokens { words_only },
            "urls" => Command::Urls,
            "entities" => Command::Entities,
            _ => return None,
        })
    }
}

/// One rendered output line (without its `\n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The JSON object.
    pub json: String,
    /// True when it is an error record.
    pub failed: bool,
}

/// How input bytes are decoded; see [`decode`] and [`render_line_with`].
#[non_exhaustive]
#[derive(Debug, Clone, Copy, Default)]
pub struct Decoding {
    /// Decode every document with this encoding instead of sniffing
    /// (`--encoding LABEL`).
    pub encoding: Option<&'static Encoding>,
    /// JSON Lines: replace bytes that are not UTF-8 with U+FFFD instead of
    /// giving an error record (`--lossy`).
    pub lossy: bool,
}

impl Decoding {
    /// Sniffing (BOM, UTF-8, then Windows-1252), no lossy JSON Lines.
    pub fn new() -> Self {
        Self::default()
    }

    /// Forces the encoding named by a WHATWG label ("latin1",
    /// "windows-1252", "utf-16le", …); `None` for an unknown label.
    ///
    /// ```
    /// use newsprep::jsonl::Decoding;
    /// assert!(Decoding::new().with_encoding_label("latin1").is_some());
    /// assert!(Decoding::new().with_encoding_label("klingon").is_none());
    /// ```
    pub fn with_encoding_label(mut self, label: &str) -> Option<Self> {
        self.encoding = Some(Encoding::for_label(label.trim().as_bytes())?);
        Some(self)
    }

    /// Sets [`Decoding::lossy`].
    pub fn with_lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }
}

/// Decodes a document's bytes, never failing: `forced` when given; else the
/// encoding a byte order mark names; else UTF-8, with every byte that is not
/// part of valid UTF-8 read as Windows-1252 (which covers Latin-1 files and
/// Latin-1 bytes mixed into UTF-8). The note says what was done, `None` for
/// plain UTF-8.
///
/// ```
/// use newsprep::jsonl::decode;
/// let (text, note) = decode(b"Price: \xA310", None);
/// assert_eq!(text, "Price: £10");
/// assert!(note.unwrap().contains("Windows-1252"));
/// assert_eq!(decode("naïve".as_bytes(), None), ("naïve".into(), None));
/// ```
pub fn decode<'b>(
    bytes: &'b [u8],
    forced: Option<&'static Encoding>,
) -> (Cow<'b, str>, Option<String>) {
    if let Some(enc) = forced {
        let (text, had_errors) = enc.decode_with_bom_removal(bytes);
        let mut note = format!("encoding: decoded as {} (as asked)", enc.name());
        if had_errors {
            note.push_str("; bytes it cannot decode replaced with U+FFFD");
        }
        return (text, Some(note));
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or(&[]);
        if enc != encoding_rs::UTF_8 {
            let (text, _) = enc.decode_without_bom_handling(rest);
            let note = format!("encoding: {} (byte order mark)", enc.name());
            return (text, Some(note));
        }
        let (text, note) = decode(rest, None);
        return (text, note);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(e) => {
            let first = e.valid_up_to();
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            let mut bad = 0usize;
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                let inv = chunk.invalid();
                if !inv.is_empty() {
                    bad += inv.len();
                    let (t, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(inv);
                    out.push_str(&t);
                }
            }
            let note = format!(
                "encoding: {bad} byte(s) that are not UTF-8 (the first at byte {first}) read as Windows-1252"
            );
            (Cow::Owned(out), Some(note))
        }
    }
}

#[derive(Serialize)]
struct Out<'a, T: Serialize> {
    id: &'a RawValue,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct ErrOut<'a> {
    id: &'a RawValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    error: &'a str,
}

/// A sequence serialized as it is iterated, never collected: the spans of
/// a large document go to the writer one by one.
struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I> Lazy<I> {
    fn new(items: I) -> Self {
        Lazy(std::cell::RefCell::new(Some(items)))
    }
}

impl<I> Serialize for Lazy<I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.borrow_mut().take().into_iter().flatten())
    }
}

#[derive(Serialize)]
#[serde(bound(serialize = "Lazy<I>: Serialize"))]
struct Sentences<I> {
    sentences: Lazy<I>,
}
#[derive(Serialize)]
#[serde(bound(serialize = "Lazy<I>: Serialize"))]
struct Tokens<I> {
    tokens: Lazy<I>,
}
#[derive(Serialize)]
struct Urls {
    urls: Vec<UrlOut>,
}
#[derive(Serialize)]
struct Entities {
    entities: Vec<EntityOut>,
}

/// The JSON `null`, as a raw value.
fn null() -> &'static RawValue {
    static NULL: std::sync::OnceLock<Box<RawValue>> = std::sync::OnceLock::new();
    // The default raw value is `null`.
    NULL.get_or_init(Box::default)
}

/// A `Value` as a raw value (for the callers that give a `Value` id).
fn raw_of(id: &Value) -> Box<RawValue> {
    serde_json::value::to_raw_value(id).unwrap_or_else(|_| null().to_owned())
}

/// Writes the output object of one document to `w`, without its `\n`.
fn write_body<W: Write>(
    p: &Pipeline,
    cmd: Command,
    id: &RawValue,
    text: &str,
    note: Option<String>,
    w: W,
) -> serde_json::Result<()> {
    match cmd {
        Command::Article => {
            let mut a = p.article(text);
            if let Some(n) = note {
                a.notes.insert(0, n);
            }
            serde_json::to_writer(w, &Out { id, body: a })
        }
        Command::Sentences => serde_json::to_writer(
            w,
            &Out {
                id,
                body: Sentences {
                    sentences: Lazy::new(p.segmenter().sentences(text)),
                },
            },
        ),
        Command::Tokens { words_only: true } => serde_json::to_writer(
            w,
            &Out {
                id,
                body: Tokens {
                    tokens: Lazy::new(segment::unicode_words(text)),
                },
            },
        ),
        Command::Tokens { words_only: false } => serde_json::to_writer(
            w,
            &Out {
                id,
                body: Tokens {
                    tokens: Lazy::new(segment::words(text)),
                },
            },
        ),
        Command::Urls => serde_json::to_writer(
            w,
            &Out {
                id,
                body: Urls { urls: p.urls(text) },
            },
        ),
        Command::Entities => serde_json::to_writer(
            w,
            &Out {
                id,
                body: Entities {
                    entities: p.entities(text),
                },
            },
        ),
    }
}

/// The output object of one document as a string.
fn body(
    p: &Pipeline,
    cmd: Command,
    id: &RawValue,
    text: &str,
    note: Option<String>,
) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(text.len() / 2 + 64);
    write_body(p, cmd, id, text, note, &mut out)?;
    // serde_json writes UTF-8 only.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn error_raw(id: &RawValue, line: Option<usize>, error: &str) -> Rendered {
    let json = serde_json::to_string(&ErrOut { id, line, error })
        .unwrap_or_else(|_| "{\"id\":null,\"error\":\"unprintable error\"}".to_string());
    Rendered { json, failed: true }
}

fn document_raw(
    p: &Pipeline,
    cmd: Command,
    id: &RawValue,
    text: &str,
    note: Option<String>,
    line: Option<usize>,
) -> Rendered {
    match body(p, cmd, id, text, note) {
        Ok(json) => Rendered {
            json,
            failed: false,
        },
        Err(e) => error_raw(id, line, &format!("output not serialisable: {e}")),
    }
}

/// An error record: `{"id", "line" (when given), "error"}`.
pub fn render_error(id: &Value, line: Option<usize>, error: &str) -> Rendered {
    error_raw(&raw_of(id), line, error)
}

/// The output object for one document with this `id`.
pub fn render_document(p: &Pipeline, cmd: Command, id: &Value, text: &str) -> Rendered {
    document_raw(p, cmd, &raw_of(id), text, None, None)
}

/// The output object for a document given as bytes (a whole file, say),
/// decoded by [`decode`]: a document that is not UTF-8 is read as
/// Windows-1252, with a note in the article's `notes`.
pub fn render_bytes(p: &Pipeline, cmd: Command, id: &Value, bytes: &[u8]) -> Rendered {
    render_bytes_with(p, cmd, id, bytes, &Decoding::default())
}

/// [`render_bytes`] with a forced encoding.
pub fn render_bytes_with(
    p: &Pipeline,
    cmd: Command,
    id: &Value,
    bytes: &[u8],
    decoding: &Decoding,
) -> Rendered {
    let (text, note) = decode(bytes, decoding.encoding);
    document_raw(p, cmd, &raw_of(id), &text, note, None)
}

/// The fields of a JSON Lines input line, borrowed as written.
#[derive(Deserialize)]
struct LineIn<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
}

/// Reads `{"id", "text"}` from a line; `Err` is the error message.
fn read_line(raw: &str) -> Result<LineIn<'_>, String> {
    if raw.trim_start().starts_with('{') {
        serde_json::from_str::<LineIn>(raw).map_err(|e| format!("not JSON: {e}"))
    } else {
        match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
            Ok(_) => Err("not a JSON object".to_string()),
            Err(e) => Err(format!("not JSON: {e}")),
        }
    }
}

/// The output line for one JSON Lines input line (without its line end):
/// `{"id": …, …}` for `{"id": any, "text": string}`, else an error record
/// with the 1-based `line` number and the `id` when it is known. The id is
/// echoed exactly as written (`1e400`, integers beyond 64 bits). A line
/// that is not UTF-8 is an error record.
pub fn render_line(p: &Pipeline, cmd: Command, line: usize, bytes: &[u8]) -> Rendered {
    render_line_with(p, cmd, line, bytes, &Decoding::default())
}

/// [`render_line`] with options: with [`Decoding::lossy`], bytes that are
/// not UTF-8 are replaced with U+FFFD (noted in an article's `notes`)
/// instead of giving an error record. A UTF-8 byte order mark at the start
/// of the line is skipped.
///
/// ```
/// use newsprep::jsonl::{render_line_with, Command, Decoding};
/// use newsprep::Pipeline;
/// let p = Pipeline::new();
/// let line = b"{\"id\": \"a\", \"text\": \"Caf\xE9 opens.\"}";
/// let strict = render_line_with(&p, Command::Sentences, 1, line, &Decoding::new());
/// assert!(strict.failed && strict.json.starts_with(r#"{"id":"a","line":1,"error":"invalid UTF-8"#));
/// let lossy = render_line_with(&p, Command::Sentences, 1, line, &Decoding::new().with_lossy(true));
/// assert!(!lossy.failed);
/// ```
pub fn render_line_with(
    p: &Pipeline,
    cmd: Command,
    line: usize,
    bytes: &[u8],
    decoding: &Decoding,
) -> Rendered {
    read_document(line, bytes, decoding, |doc| match doc {
        Ok((id, text, note)) => document_raw(p, cmd, id, text, note, Some(line)),
        Err(record) => record,
    })
}

/// A document read from a JSON Lines line: its id, text and decoding note.
type LineDoc<'a> = (&'a RawValue, &'a str, Option<String>);

/// Reads the document of one JSON Lines line and hands it to `then`, or
/// the line's error record when it holds none.
fn read_document<R>(
    line: usize,
    bytes: &[u8],
    decoding: &Decoding,
    then: impl FnOnce(Result<LineDoc<'_>, Rendered>) -> R,
) -> R {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(enc) = decoding.encoding {
        // A forced encoding decodes the whole line before JSON is read.
        let (text, note) = decode(bytes, Some(enc));
        return read_json_text(line, &text, note, then);
    }
    let (raw, note): (Cow<str>, Option<String>) = match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(e) => {
            let lossy = String::from_utf8_lossy(bytes);
            let msg = format!("invalid UTF-8 at byte {}", e.valid_up_to());
            if !decoding.lossy {
                // Keep the id when it can be read as written.
                let id = read_line(&lossy)
                    .ok()
                    .and_then(|l| l.id)
                    .filter(|r| !r.get().contains('\u{FFFD}'))
                    .map(|r| r.to_owned());
                return then(Err(error_raw(
                    id.as_deref().unwrap_or(null()),
                    Some(line),
                    &msg,
                )));
            }
            let note = format!("encoding: {msg}; bytes that are not UTF-8 replaced with U+FFFD");
            (lossy, Some(note))
        }
    };
    read_json_text(line, &raw, note, then)
}

/// [`read_document`] for a line already decoded to `raw`.
fn read_json_text<R>(
    line: usize,
    raw: &str,
    note: Option<String>,
    then: impl FnOnce(Result<LineDoc<'_>, Rendered>) -> R,
) -> R {
    let fail = |id: &RawValue, msg: &str| Err(error_raw(id, Some(line), msg));
    let parsed = match read_line(raw) {
        Ok(l) => l,
        Err(msg) => return then(fail(null(), &msg)),
    };
    let id = parsed.id.unwrap_or(null());
    let Some(text) = parsed.text else {
        return then(fail(id, "no \"text\" field"));
    };
    match serde_json::from_str::<Cow<str>>(text.get()) {
        Ok(text) => then(Ok((id, &text, note))),
        Err(_) => then(fail(id, "\"text\" is not a string")),
    }
}

/// Writes one document's output line, `\n` included, straight to `w`:
/// the sentences and tokens of a large document go out as they are found,
/// so memory stays a small multiple of the input (the whole `tokens`
/// output of a text is about fifteen times its size). An output that
/// cannot be serialised after part of it was written (it never happens
/// with this crate's types) is an `InvalidData` error.
fn stream_document<W: Write>(
    p: &Pipeline,
    cmd: Command,
    id: &RawValue,
    text: &str,
    note: Option<String>,
    mut w: W,
) -> io::Result<()> {
    write_body(p, cmd, id, text, note, &mut w).map_err(|e| match e.io_error_kind() {
        Some(kind) => io::Error::new(kind, e),
        None => io::Error::new(io::ErrorKind::InvalidData, e),
    })?;
    w.write_all(b"\n")
}

/// [`render_bytes_with`], written to `w` with its `\n` as it is made (see
/// [`write_line_with`]); a document given as bytes is always decoded, so
/// it never gives an error record.
///
/// ```
/// use newsprep::jsonl::{write_bytes_with, Command, Decoding};
/// use newsprep::Pipeline;
/// let mut out = Vec::new();
/// let id = serde_json::Value::from("a.txt");
/// write_bytes_with(&Pipeline::new(), Command::Tokens { words_only: true },
///     &id, b"Two words", &Decoding::new(), &mut out).unwrap();
/// assert!(out.starts_with(br#"{"id":"a.txt","tokens":[{"start":0,"end":3,"text":"Two"}"#));
/// assert!(out.ends_with(b"]}\n"));
/// ```
pub fn write_bytes_with<W: Write>(
    p: &Pipeline,
    cmd: Command,
    id: &Value,
    bytes: &[u8],
    decoding: &Decoding,
    w: W,
) -> io::Result<()> {
    let (text, note) = decode(bytes, decoding.encoding);
    stream_document(p, cmd, &raw_of(id), &text, note, w)
}

/// [`render_line_with`] for a line whose document is written to `w` as it
/// is made, `\n` included, never held whole in memory: a line with a very
/// large text needs memory of about its own size. A line that holds no
/// document is not written: its error record comes back (`Some`), for the
/// caller to write as it likes. Written or returned, the bytes are those
/// of `render_line_with`.
///
/// ```
/// use newsprep::jsonl::{write_line_with, Command, Decoding};
/// use newsprep::Pipeline;
/// let (p, d) = (Pipeline::new(), Decoding::new());
/// let mut out = Vec::new();
/// let ok = write_line_with(&p, Command::Sentences, 1, br#"{"id": 1, "text": "One."}"#, &d, &mut out);
/// assert!(ok.unwrap().is_none());
/// assert_eq!(out, b"{\"id\":1,\"sentences\":[{\"start\":0,\"end\":4,\"text\":\"One.\"}]}\n");
/// let bad = write_line_with(&p, Command::Sentences, 2, b"[]", &d, &mut out).unwrap();
/// assert!(bad.is_some_and(|r| r.failed));
/// ```
pub fn write_line_with<W: Write>(
    p: &Pipeline,
    cmd: Command,
    line: usize,
    bytes: &[u8],
    decoding: &Decoding,
    w: W,
) -> io::Result<Option<Rendered>> {
    read_document(line, bytes, decoding, |doc| match doc {
        Ok((id, text, note)) => stream_document(p, cmd, id, text, note, w).map(|()| None),
        Err(record) => Ok(Some(record)),
    })
}
