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
//! ```

use serde::Serialize;
use serde_json::Value;

use crate::{segment, EntityOut, Pipeline, UrlOut};

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

#[derive(Serialize)]
struct Out<'a, T: Serialize> {
    id: &'a Value,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct ErrOut<'a> {
    id: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    error: &'a str,
}

#[derive(Serialize)]
struct Sentences<'t> {
    sentences: Vec<segment::Span<'t>>,
}
#[derive(Serialize)]
struct Tokens<'t> {
    tokens: Vec<segment::Span<'t>>,
}
#[derive(Serialize)]
struct Urls {
    urls: Vec<UrlOut>,
}
#[derive(Serialize)]
struct Entities {
    entities: Vec<EntityOut>,
}

fn body(p: &Pipeline, cmd: Command, id: &Value, text: &str) -> serde_json::Result<String> {
    match cmd {
        Command::Article => serde_json::to_string(&Out {
            id,
            body: p.article(text),
        }),
        Command::Sentences => serde_json::to_string(&Out {
            id,
            body: Sentences {
                sentences: p.sentences(text),
            },
        }),
        Command::Tokens { words_only } => {
            let tokens = if words_only {
                segment::unicode_words(text).collect()
            } else {
                segment::words(text).collect()
            };
            serde_json::to_string(&Out {
                id,
                body: Tokens { tokens },
            })
        }
        Command::Urls => serde_json::to_string(&Out {
            id,
            body: Urls { urls: p.urls(text) },
        }),
        Command::Entities => serde_json::to_string(&Out {
            id,
            body: Entities {
                entities: p.entities(text),
            },
        }),
    }
}

/// An error record: `{"id", "line" (when given), "error"}`.
pub fn render_error(id: &Value, line: Option<usize>, error: &str) -> Rendered {
    let json = serde_json::to_string(&ErrOut { id, line, error })
        .unwrap_or_else(|_| "{\"id\":null,\"error\":\"unprintable error\"}".to_string());
    Rendered { json, failed: true }
}

/// The output object for one document with this `id`.
pub fn render_document(p: &Pipeline, cmd: Command, id: &Value, text: &str) -> Rendered {
    match body(p, cmd, id, text) {
        Ok(json) => Rendered {
            json,
            failed: false,
        },
        Err(e) => render_error(id, None, &format!("output not serialisable: {e}")),
    }
}

/// The output object for a document given as bytes (a whole file, say):
/// an error record when they are not UTF-8.
pub fn render_bytes(p: &Pipeline, cmd: Command, id: &Value, bytes: &[u8]) -> Rendered {
    match std::str::from_utf8(bytes) {
        Ok(text) => render_document(p, cmd, id, text),
        Err(e) => render_error(
            id,
            None,
            &format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        ),
    }
}

/// The output line for one JSON Lines input line (without its line end):
/// `{"id": …, …}` for `{"id": any, "text": string}`, else an error record
/// with the 1-based `line` number and the `id` when it is known.
pub fn render_line(p: &Pipeline, cmd: Command, line: usize, bytes: &[u8]) -> Rendered {
    let fail = |id: &Value, msg: &str| render_error(id, Some(line), msg);
    let raw = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            return fail(
                &Value::Null,
                &format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )
        }
    };
    let Value::Object(mut obj) = (match serde_json::from_str::<Value>(raw) {
        Ok(v) => v,
        Err(e) => return fail(&Value::Null, &format!("not JSON: {e}")),
    }) else {
        return fail(&Value::Null, "not a JSON object");
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    match obj.get("text") {
        Some(Value::String(text)) => match body(p, cmd, &id, text) {
            Ok(json) => Rendered {
                json,
                failed: false,
            },
            Err(e) => fail(&id, &format!("output not serialisable: {e}")),
        },
        Some(_) => fail(&id, "\"text\" is not a string"),
        None => fail(&id, "no \"text\" field"),
    }
}
