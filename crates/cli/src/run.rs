//! Running a document command over files or JSON Lines, in parallel, with
//! the output in input order and memory bounded by a few batches.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsprep::jsonl::{self, Command};
use newsprep::Pipeline;
use rayon::prelude::*;
use serde_json::Value;

use crate::{DocArgs, Progress};

/// One unit of input: a JSON Lines line or a whole file.
struct Item {
    /// 1-based line number in JSON Lines mode.
    line: Option<usize>,
    /// The id for file input (the path); JSON Lines ids come from the line.
    file_id: Option<String>,
    /// The JSON Lines file the line is from, when there are several: error
    /// records then name it.
    source: Option<Arc<str>>,
    bytes: Vec<u8>,
}

/// What a worker made of one item: its output line, or the item itself
/// when it is large enough to be written as it is rendered.
enum Rendered {
    /// The output line and whether it is an error record.
    Line { json: String, failed: bool },
    /// Left to the writer (see [`STREAM_BYTES`]).
    Stream(Item),
}

const BATCH_BYTES: usize = 4 << 20;
const BATCH_ITEMS: usize = 4096;
/// Documents from this size on are rendered by the writer straight into
/// the output, in order, instead of into a string by a worker: an output
/// line can be many times its input (`tokens`: about fifteen), and memory
/// should stay a small multiple of the input whatever the command.
const STREAM_BYTES: usize = 1 << 20;

/// The job's settings, shared by the workers and the writer.
struct Job {
    cmd: Command,
    pipeline: Pipeline,
    decoding: jsonl::Decoding,
}

impl Job {
    fn render(&self, item: Item) -> Rendered {
        if item.bytes.len() >= STREAM_BYTES {
            return Rendered::Stream(item);
        }
        let r = match (&item.file_id, item.line) {
            (Some(path), _) => jsonl::render_bytes_with(
                &self.pipeline,
                self.cmd,
                &Value::String(path.clone()),
                &item.bytes,
                &self.decoding,
            ),
            (None, line) => jsonl::render_line_with(
                &self.pipeline,
                self.cmd,
                line.unwrap_or(0),
                &item.bytes,
                &self.decoding,
            ),
        };
        Rendered::Line {
            json: with_file(r.json, r.failed, &item),
            failed: r.failed,
        }
    }

    /// Writes a large item's output line to `w` as it is rendered; true
    /// when it is an error record.
    fn stream(&self, item: &Item, w: &mut impl Write) -> std::io::Result<bool> {
        match (&item.file_id, item.line) {
            (Some(path), _) => {
                let id = Value::String(path.clone());
                jsonl::write_bytes_with(
                    &self.pipeline,
                    self.cmd,
                    &id,
                    &item.bytes,
                    &self.decoding,
                    w,
                )?;
                Ok(false)
            }
            (None, line) => {
                let line = line.unwrap_or(0);
                match jsonl::write_line_with(
                    &self.pipeline,
                    self.cmd,
                    line,
                    &item.bytes,
                    &self.decoding,
                    &mut *w,
                )? {
                    None => Ok(false),
                    Some(r) => {
                        w.write_all(with_file(r.json, true, item).as_bytes())?;
                        w.write_all(b"\n")?;
                        Ok(true)
                    }
                }
            }
        }
    }
}

/// An error record of a line from one of several files names the file.
fn with_file(json: String, failed: bool, item: &Item) -> String {
    match (failed, &item.source, json.strip_prefix('{')) {
        (true, Some(file), Some(rest)) => {
            // An error record is a JSON object: the file goes first.
            let name = serde_json::to_string(&**file).unwrap_or_else(|_| "null".to_string());
            format!("{{\"file\":{name},{rest}")
        }
        _ => json,
    }
}

/// Reads JSON Lines from `r` into batches; ends the lines at `\n` and drops
/// one `\r` before it. A final line without `\n` counts; an empty remainder
/// after the last `\n` does not.
fn read_jsonl(
    mut r: impl BufRead,
    source: Option<Arc<str>>,
    tx: SyncSender<Vec<Item>>,
) -> anyhow::Result<()> {
    let mut batch = Vec::new();
    let mut size = 0;
    let mut line = 0;
    loop {
        let mut buf = Vec::new();
        let n = r.read_until(b'\n', &mut buf).context("reading input")?;
        if n == 0 {
            break;
        }
        line += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        size += buf.len();
        batch.push(Item {
            line: Some(line),
            file_id: None,
            source: source.clone(),
            bytes: buf,
        });
        if size >= BATCH_BYTES || batch.len() >= BATCH_ITEMS {
            if tx.send(std::mem::take(&mut batch)).is_err() {
                return Ok(());
            }
            size = 0;
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
    Ok(())
}

fn open(path: &PathBuf) -> anyhow::Result<Box<dyn Read + Send>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(std::io::stdin()))
    } else {
        Ok(Box::new(File::open(path).with_context(|| {
            format!("cannot open {}", path.display())
        })?))
    }
}

/// How progress is shown: a bar on a terminal, plain status lines for logs,
/// or nothing.
enum Shown {
    Bar(ProgressBar),
    Lines { last: Instant },
    Nothing,
}

/// What progress to show for this run. `auto` draws a bar only when it
/// cannot mix with the output (standard output is not the terminal) and
/// there is more than one document to wait for.
fn progress(args: &DocArgs, many: bool, total: Option<u64>) -> Shown {
    let err_tty = std::io::stderr().is_terminal();
    let out_tty = std::io::stdout().is_terminal();
    let show = match (args.quiet, args.progress) {
        (true, _) | (_, Progress::Never) => false,
        (_, Progress::Auto) => err_tty && !out_tty && many,
        (_, Progress::Always) => true,
    };
    if !show {
        return Shown::Nothing;
    }
    if !err_tty {
        return Shown::Lines {
            last: Instant::now(),
        };
    }
    let pb = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let style = if total.is_some() {
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {percent}% {msg}")
    } else {
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
    };
    if let Ok(s) = style {
        pb.set_style(s);
    }
    Shown::Bar(pb)
}

/// "1 document", "2 documents".
fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The worker count: `--threads`, at most four per core (more only adds
/// switching: every stage is CPU-bound), else every core.
fn threads(args: &DocArgs) -> anyhow::Result<Option<usize>> {
    let Some(n) = args.threads else {
        return Ok(None);
    };
    anyhow::ensure!(n > 0, "--threads must be at least 1");
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    let cap = cores * 4;
    if n > cap {
        let _ = writeln!(
            std::io::stderr(),
            "newsprep: warning: --threads {n} is more than four per core; using {cap}"
        );
        return Ok(Some(cap));
    }
    Ok(Some(n))
}

/// An error when standard input or output was a closed descriptor.
///
/// Rust's runtime reopens a standard descriptor that is closed at start-up
/// on `/dev/null`, read-write, so a closed input would read as one empty
/// document and a closed output would swallow everything with exit status 0.
/// A shell's `</dev/null` or `>/dev/null` opens it read-only or write-only,
/// so the read-write `/dev/null` tells the two apart (only `1<>/dev/null`
/// is taken for a closed descriptor too).
fn check_open(reads_stdin: bool) -> anyhow::Result<()> {
    if reads_stdin && closed_at_start(0) {
        anyhow::bail!("standard input is closed");
    }
    if closed_at_start(1) {
        anyhow::bail!("standard output is closed");
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn closed_at_start(fd: u8) -> bool {
    let is_null = std::fs::read_link(format!("/proc/self/fd/{fd}"))
        .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    is_null
        && std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).is_ok_and(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
                .is_some_and(|flags| flags & 0o3 == 0o2)
        })
}

#[cfg(not(target_os = "linux"))]
fn closed_at_start(_fd: u8) -> bool {
    false
}

/// Runs `job` over the documents that `args` names and writes JSON Lines to
/// standard output.
pub fn documents(job: Command, args: &DocArgs) -> anyhow::Result<ExitCode> {
    let mut files = args.files.clone();
    if files.is_empty() {
        if crate::stdin_is_terminal() {
            anyhow::bail!("no input: give FILEs, `-` to read the terminal, or pipe text in (see `newsprep --help`)");
        }
        files.push(PathBuf::from("-"));
    }
    check_open(files.iter().any(|f| f.as_os_str() == "-"))?;
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads(args)? {
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("starting worker threads")?;
    let mut decoding = jsonl::Decoding::new().with_lossy(args.lossy);
    if let Some(label) = &args.encoding {
        decoding = decoding
            .with_encoding_label(label)
            .with_context(|| format!("unknown encoding {label:?} (give a WHATWG label such as \"windows-1252\", \"latin1\", \"utf-16le\")"))?;
    }
    let job = Arc::new(Job {
        cmd: job,
        pipeline: Pipeline::new(),
        decoding,
    });

    let total: Option<u64> = if files.iter().any(|f| f.as_os_str() == "-") {
        None
    } else {
        files
            .iter()
            .map(|f| std::fs::metadata(f).ok().map(|m| m.len()))
            .sum()
    };
    let many = args.jsonl || files.len() > 1;
    let mut shown = progress(args, many, total);
    let started = Instant::now();

    let (tx, rx) = sync_channel::<Vec<Item>>(2);
    let jsonl = args.jsonl;
    let reader_files = files.clone();
    let several = files.len() > 1;
    let reader = std::thread::spawn(move || -> (bool, anyhow::Result<()>) {
        let mut io_failed = false;
        for path in &reader_files {
            let r = open(path).and_then(|mut f| {
                if jsonl {
                    let source = several.then(|| Arc::from(path.display().to_string()));
                    read_jsonl(BufReader::with_capacity(1 << 16, f), source, tx.clone())
                } else {
                    let mut bytes = Vec::new();
                    f.read_to_end(&mut bytes)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    let _ = tx.send(vec![Item {
                        line: None,
                        file_id: Some(path.display().to_string()),
                        source: None,
                        bytes,
                    }]);
                    Ok(())
                }
            });
            if let Err(e) = r {
                let _ = writeln!(std::io::stderr(), "newsprep: error: {e:#}");
                io_failed = true;
            }
        }
        (io_failed, Ok(()))
    });

    let (wtx, wrx) = sync_channel::<Vec<Rendered>>(2);
    let bar = match &shown {
        Shown::Bar(pb) => Some(pb.clone()),
        _ => None,
    };
    let writer_job = Arc::clone(&job);
    let writer = std::thread::spawn(move || write_out(wrx, &writer_job, bar));

    let (mut docs, mut errors, mut bytes) = (0u64, 0u64, 0u64);
    for batch in rx {
        let b: u64 = batch.iter().map(|it| it.bytes.len() as u64).sum();
        let rendered: Vec<Rendered> =
            pool.install(|| batch.into_par_iter().map(|it| job.render(it)).collect());
        docs += rendered.len() as u64;
        errors += rendered
            .iter()
            .filter(|r| matches!(r, Rendered::Line { failed: true, .. }))
            .count() as u64;
        bytes += b;
        let status = || {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            format!(
                "{}, {:.1} MB, {:.1} MB/s, {}",
                plural(docs, "document"),
                bytes as f64 / 1e6,
                bytes as f64 / 1e6 / secs,
                plural(errors, "error")
            )
        };
        match &mut shown {
            Shown::Bar(pb) => {
                pb.inc(b);
                pb.set_message(status());
            }
            Shown::Lines { last } if last.elapsed().as_secs() >= 5 => {
                *last = Instant::now();
                let _ = writeln!(std::io::stderr(), "newsprep: {}", status());
            }
            _ => {}
        }
        if wtx.send(rendered).is_err() {
            break;
        }
    }
    drop(wtx);
    if let Shown::Bar(pb) = &shown {
        pb.finish_and_clear();
    }
    let write_result = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
    let (io_failed, _) = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    errors += write_result?;

    if many && !args.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let _ = writeln!(
            std::io::stderr(),
            "newsprep: {}, {}, {:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} documents/s)",
            plural(docs, "document"),
            plural(errors, "error"),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs,
            docs as f64 / secs
        );
    }
    Ok(if io_failed {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes the rendered batches in order, rendering the large items itself
/// straight into the output; returns how many of those were error records.
/// With a bar on the terminal, each batch is written and flushed while the
/// bar is hidden, so that bar frames never mix with the output.
fn write_out(
    rx: Receiver<Vec<Rendered>>,
    job: &Job,
    bar: Option<ProgressBar>,
) -> anyhow::Result<u64> {
    let stdout = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = 0u64;
    let mut write_batch = |w: &mut BufWriter<_>, batch: Vec<Rendered>| -> std::io::Result<()> {
        for r in batch {
            match r {
                Rendered::Line { json, .. } => {
                    w.write_all(json.as_bytes())?;
                    w.write_all(b"\n")?;
                }
                Rendered::Stream(item) => failed += u64::from(job.stream(&item, w)?),
            }
        }
        Ok(())
    };
    for batch in rx {
        match &bar {
            Some(pb) => pb.suspend(|| write_batch(&mut w, batch).and_then(|()| w.flush()))?,
            None => write_batch(&mut w, batch)?,
        }
    }
    w.flush()?;
    Ok(failed)
}
