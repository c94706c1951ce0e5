//! Python bindings of newsprep: the `newsprep._native` extension module,
//! which the `newsprep` Python package re-exports.
//!
//! Every function mirrors a command of the `newsprep` binary and returns
//! plain dicts and lists with the fields of the command's JSON output (the
//! facade's `serde` output, converted with `pythonize`). The `*_batch` forms
//! take a list of texts, release the GIL and run the documents in parallel
//! on a private Rayon pool; [`jsonl`] renders the command's JSON Lines
//! output byte for byte.
//!
//! # Fork safety
//! A process that forks after the pool has started (multiprocessing, Spark
//! and Dask workers) copies the pool's state but not its threads. The pool
//! remembers the id of the process that built it; a batch call in any other
//! process runs sequentially instead of waiting for threads that do not
//! exist. `NEWSPREP_PARALLELISM=false` turns parallelism off everywhere, and
//! `NEWSPREP_NUM_THREADS=N` sizes the pool (read when it is built).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::borrow::Cow;
use std::sync::OnceLock;

use newsprep::jsonl::{render_line as render_jsonl_line, Command};
use newsprep::segment::Span;
use newsprep::{Pipeline, UrlOut};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;
use serde::Serialize;

mod offsets;
use offsets::Offsets;

/// The one pipeline of this process, built on first use.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::new)
}

/// The batch pool and the id of the process that built it.
struct Pool {
    pid: u32,
    pool: Option<rayon::ThreadPool>,
}

static POOL: OnceLock<Pool> = OnceLock::new();

/// Whether `NEWSPREP_PARALLELISM` allows parallel batches (default: yes).
fn parallelism_allowed() -> bool {
    match std::env::var("NEWSPREP_PARALLELISM") {
        Ok(v) => !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "0" | "false" | "off" | "no"
        ),
        Err(_) => true,
    }
}

/// The pool to run a batch on, or `None` to run it sequentially: when
/// parallelism is off, when the pool cannot start, or in a forked child of
/// the process that built the pool.
fn batch_pool() -> Option<&'static rayon::ThreadPool> {
    if !parallelism_allowed() {
        return None;
    }
    let p = POOL.get_or_init(|| {
        let mut b = rayon::ThreadPoolBuilder::new().thread_name(|i| format!("newsprep-{i}"));
        if let Some(n) = std::env::var("NEWSPREP_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
        {
            b = b.num_threads(n);
        }
        Pool {
            pid: std::process::id(),
            pool: b.build().ok(),
        }
    });
    if p.pid != std::process::id() {
        return None;
    }
    p.pool.as_ref()
}

/// Runs `f` over `texts` with the GIL released, in parallel when allowed.
fn run_batch<'a, T, F>(py: Python<'_>, texts: &'a [String], f: F) -> Vec<T>
where
    T: Send,
    F: Fn(&'a str) -> T + Sync + Send,
{
    py.detach(|| match batch_pool() {
        Some(pool) if texts.len() > 1 => {
            pool.install(|| texts.par_iter().map(|t| f(t.as_str())).collect())
        }
        _ => texts.iter().map(|t| f(t.as_str())).collect(),
    })
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

/// `obj` as text, or a `TypeError`/`ValueError` that names the function and
/// the argument.
fn text_arg<'a>(obj: &'a Bound<'_, PyAny>, func: &str, what: &str) -> PyResult<Cow<'a, str>> {
    let Ok(s) = obj.cast::<PyString>() else {
        let hint = if obj.is_instance_of::<PyBytes>() {
            " (decode bytes first, e.g. b.decode(\"utf-8\"))"
        } else {
            ""
        };
        return Err(PyTypeError::new_err(format!(
            "newsprep.{func}: {what} must be str, not {}{hint}",
            type_name(obj)
        )));
    };
    s.to_cow().map_err(|e| {
        PyValueError::new_err(format!(
            "newsprep.{func}: {what} is not valid Unicode (a lone surrogate?): {e}"
        ))
    })
}

/// The items of a list (or any iterable) of str, copied so that they can be
/// used without the GIL.
fn texts_arg(obj: &Bound<'_, PyAny>, func: &str) -> PyResult<Vec<String>> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "newsprep.{func}: texts must be a list of str, not a single {} (wrap it in a list)",
            type_name(obj)
        )));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "newsprep.{func}: texts must be a list (or iterable) of str, not {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        out.push(text_arg(&item, func, &format!("texts[{i}]"))?.into_owned());
    }
    Ok(out)
}

fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, v)?)
}

/// A URL dict whose `confidence` is the float that the JSON output shows
/// (0.9, not the f32 widened to 0.8999999761581421).
fn url_to_py<'py>(py: Python<'py>, u: &UrlOut) -> PyResult<Bound<'py, PyAny>> {
    let obj = to_py(py, u)?;
    if let Ok(d) = obj.cast::<PyDict>() {
        let shortest: f64 = u
            .confidence
            .to_string()
            .parse()
            .unwrap_or(f64::from(u.confidence));
        d.set_item("confidence", shortest)?;
    }
    Ok(obj)
}

fn urls_to_py<'py>(py: Python<'py>, us: &[UrlOut]) -> PyResult<Bound<'py, PyList>> {
    let items = us
        .iter()
        .map(|u| url_to_py(py, u))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

fn tokens_of(text: &str, words: bool) -> Vec<Span<'_>> {
    if words {
        newsprep::segment::unicode_words(text).collect()
    } else {
        newsprep::segment::words(text).collect()
    }
}

fn article_of(text: &str, how: Offsets) -> newsprep::ArticleOutput {
    let mut out = pipeline().article(text);
    offsets::article(&mut out, how);
    out
}

fn sentences_of(text: &str, how: Offsets) -> Vec<Span<'_>> {
    let mut out = pipeline().sentences(text);
    offsets::spans(text, &mut out, how);
    out
}

fn tokens_with(text: &str, words: bool, how: Offsets) -> Vec<Span<'_>> {
    let mut out = tokens_of(text, words);
    offsets::spans(text, &mut out, how);
    out
}

fn urls_of(text: &str, how: Offsets) -> Vec<UrlOut> {
    let mut out = pipeline().urls(text);
    offsets::urls(text, &mut out, how);
    out
}

fn entities_of(text: &str, how: Offsets) -> Vec<newsprep::EntityOut> {
    let mut out = pipeline().entities(text);
    offsets::entities(text, &mut out, how);
    out
}

/// Parse one scraped article: a dict with the fields of `newsprep article`
/// (headline, attribution, published, ..., sentences, entities, notes).
/// Sentence and mention offsets index their paragraph (or the headline) as
/// a Python `str` (code points); `offsets="byte"` gives UTF-8 byte offsets.
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint"))]
fn article<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("article", offsets)?;
    let text = text_arg(text, "article", "text")?;
    let out = py.detach(|| article_of(&text, how));
    to_py(py, &out)
}

/// The sentences of a plain text: a list of {"start", "end", "text"}, with
/// `text[start:end] == sentence["text"]` (code points; `offsets="byte"`
/// gives UTF-8 byte offsets).
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint"))]
fn sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("sentences", offsets)?;
    let text = text_arg(text, "sentences", "text")?;
    let out = py.detach(|| sentences_of(&text, how));
    to_py(py, &out)
}

/// The tokens of a text: a list of {"start", "end", "text"}; with
/// `words=True` only the word-like tokens (no spaces or punctuation).
/// Offsets as in `sentences`.
#[pyfunction]
#[pyo3(signature = (text, words = false, *, offsets = "codepoint"))]
fn tokens<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    words: bool,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("tokens", offsets)?;
    let text = text_arg(text, "tokens", "text")?;
    let out = py.detach(|| tokens_with(&text, words, how));
    to_py(py, &out)
}

/// Every URL in a text, repaired: a list of {"start", "end", "raw", "url",
/// "fixes", "confidence"}. Offsets as in `sentences`.
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint"))]
fn urls<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyList>> {
    let how = Offsets::parse("urls", offsets)?;
    let text = text_arg(text, "urls", "text")?;
    let out = py.detach(|| urls_of(&text, how));
    urls_to_py(py, &out)
}

/// The entities of a text: a list of {"kind", "name", "id", "mentions"}.
/// Mention offsets as in `sentences`.
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint"))]
fn entities<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("entities", offsets)?;
    let text = text_arg(text, "entities", "text")?;
    let out = py.detach(|| entities_of(&text, how));
    to_py(py, &out)
}

/// `article` over a list of texts, in parallel without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, *, offsets = "codepoint"))]
fn article_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyList>> {
    let how = Offsets::parse("article_batch", offsets)?;
    let texts = texts_arg(texts, "article_batch")?;
    let outs = run_batch(py, &texts, |t| article_of(t, how));
    let items = outs
        .iter()
        .map(|o| to_py(py, o))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// `sentences` over a list of texts, in parallel without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, *, offsets = "codepoint"))]
fn sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("sentences_batch", offsets)?;
    let texts = texts_arg(texts, "sentences_batch")?;
    let outs = run_batch(py, &texts, |t| sentences_of(t, how));
    to_py(py, &outs)
}

/// `tokens` over a list of texts, in parallel without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, words = false, *, offsets = "codepoint"))]
fn tokens_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    words: bool,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("tokens_batch", offsets)?;
    let texts = texts_arg(texts, "tokens_batch")?;
    let outs = run_batch(py, &texts, |t| tokens_with(t, words, how));
    to_py(py, &outs)
}

/// `urls` over a list of texts, in parallel without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, *, offsets = "codepoint"))]
fn urls_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyList>> {
    let how = Offsets::parse("urls_batch", offsets)?;
    let texts = texts_arg(texts, "urls_batch")?;
    let outs = run_batch(py, &texts, |t| urls_of(t, how));
    let items = outs
        .iter()
        .map(|us| urls_to_py(py, us))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// `entities` over a list of texts, in parallel without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, *, offsets = "codepoint"))]
fn entities_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let how = Offsets::parse("entities_batch", offsets)?;
    let texts = texts_arg(texts, "entities_batch")?;
    let outs = run_batch(py, &texts, |t| entities_of(t, how));
    to_py(py, &outs)
}

/// One input line as bytes, without one trailing "\n" and one "\r" before it.
fn line_arg(obj: &Bound<'_, PyAny>, i: usize) -> PyResult<Vec<u8>> {
    let mut bytes = if let Ok(b) = obj.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else if let Ok(s) = obj.cast::<PyString>() {
        match s.to_cow() {
            Ok(text) => text.into_owned().into_bytes(),
            // A lone surrogate: its bytes are not UTF-8, so the line gives
            // one error record, as invalid bytes do in the command.
            Err(_) => obj
                .call_method1("encode", ("utf-8", "surrogatepass"))?
                .cast::<PyBytes>()?
                .as_bytes()
                .to_vec(),
        }
    } else if let Ok(b) = obj.cast::<PyByteArray>() {
        b.to_vec()
    } else {
        return Err(PyTypeError::new_err(format!(
            "newsprep.jsonl: lines[{i}] must be str, bytes or bytearray, not {}",
            type_name(obj)
        )));
    };
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    Ok(bytes)
}

/// Runs a command over JSON Lines input, as `newsprep COMMAND --jsonl`
/// does: each input line (str or bytes, `{"id": ..., "text": ...}`) gives
/// exactly one output line (str, without "\n"), in order; a bad line gives
/// `{"id", "line", "error"}`, with `line` counted from `first_line`.
#[pyfunction]
#[pyo3(signature = (lines, command = "article", words = false, first_line = 1))]
fn jsonl(
    py: Python<'_>,
    lines: &Bound<'_, PyAny>,
    command: &str,
    words: bool,
    first_line: usize,
) -> PyResult<Vec<String>> {
    let job = Command::from_name(command, words).ok_or_else(|| {
        PyValueError::new_err(format!(
            "newsprep.jsonl: unknown command {command:?} (one of article, sentences, tokens, urls, entities)"
        ))
    })?;
    if lines.is_instance_of::<PyString>() || lines.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "newsprep.jsonl: lines must be a list of lines, not a single str or bytes (use text.splitlines())",
        ));
    }
    let iter = lines.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "newsprep.jsonl: lines must be a list (or iterable) of str or bytes, not {}",
            type_name(lines)
        ))
    })?;
    let mut input = Vec::with_capacity(lines.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        input.push(line_arg(&item?, i)?);
    }
    Ok(py.detach(|| {
        let render = |(i, b): (usize, &Vec<u8>)| {
            render_jsonl_line(pipeline(), job, first_line.saturating_add(i), b).json
        };
        match batch_pool() {
            Some(pool) if input.len() > 1 => {
                pool.install(|| input.par_iter().enumerate().map(render).collect())
            }
            _ => input.iter().enumerate().map(render).collect(),
        }
    }))
}

/// Whether a batch call made now would run in parallel: false when
/// `NEWSPREP_PARALLELISM` turns it off, or in a process forked after the
/// pool started.
#[pyfunction]
fn parallelism() -> bool {
    if !parallelism_allowed() {
        return false;
    }
    match POOL.get() {
        Some(p) => p.pid == std::process::id() && p.pool.is_some(),
        None => true,
    }
}

/// The number of threads of the batch pool in this process (1 when batch
/// calls run sequentially).
#[pyfunction]
fn num_threads() -> usize {
    match batch_pool() {
        Some(p) => p.current_num_threads(),
        None => 1,
    }
}

/// The `newsprep._native` module.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("LEXICON_DATA_VERSION", newsprep::lexicon::DATA_VERSION)?;
    m.add_function(wrap_pyfunction!(article, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(tokens, m)?)?;
    m.add_function(wrap_pyfunction!(urls, m)?)?;
    m.add_function(wrap_pyfunction!(entities, m)?)?;
    m.add_function(wrap_pyfunction!(article_batch, m)?)?;
    m.add_function(wrap_pyfunction!(sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tokens_batch, m)?)?;
    m.add_function(wrap_pyfunction!(urls_batch, m)?)?;
    m.add_function(wrap_pyfunction!(entities_batch, m)?)?;
    m.add_function(wrap_pyfunction!(jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(parallelism, m)?)?;
    m.add_function(wrap_pyfunction!(num_threads, m)?)?;
    Ok(())
}
