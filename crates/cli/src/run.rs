//! Running a document command over files or JSON Lines, in parallel, with
//! the output in input order and memory bounded by a few batches.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
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
    bytes: Vec<u8>,
}

/// What rendering one item gave: the output line, whether it failed, and
/// the input size.
struct Rendered {
    json: String,
    failed: bool,
    bytes: usize,
}

const BATCH_BYTES: usize = 4 << 20;
const BATCH_ITEMS: usize = 4096;

fn render(cmd: Command, p: &Pipeline, item: &Item, decoding: &jsonl::Decoding) -> Rendered {
    let r = match (&item.file_id, item.line) {
        (Some(path), _) => {
            jsonl::render_bytes_with(p, cmd, &Value::String(path.clone()), &item.bytes, decoding)
        }
        (None, line) => jsonl::render_line_with(p, cmd, line.unwrap_or(0), &item.bytes, decoding),
    };
    Rendered {
        json: r.json,
        failed: r.failed,
        bytes: item.bytes.len(),
    }
}

/// Reads JSON Lines from `r` into batches; ends the lines at `\n` and drops
/// one `\r` before it. A final line without `\n` counts; an empty remainder
/// after the last `\n` does not.
fn read_jsonl(mut r: impl BufRead, tx: SyncSender<Vec<Item>>) -> anyhow::Result<()> {
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

fn progress_bar(args: &DocArgs, total: Option<u64>) -> ProgressBar {
    let draw =
        args.progress == Progress::Auto && std::io::IsTerminal::is_terminal(&std::io::stderr());
    if !draw {
        return ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
    }
    let pb = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let style = if total.is_some() {
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg}",
        )
    } else {
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} {msg}")
    };
    if let Ok(s) = style {
        pb.set_style(s);
    }
    pb
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
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("starting worker threads")?;
    let mut decoding = jsonl::Decoding::new().with_lossy(args.lossy);
    if let Some(label) = &args.encoding {
        decoding = decoding
            .with_encoding_label(label)
            .with_context(|| format!("unknown encoding {label:?} (give a WHATWG label such as \"windows-1252\", \"latin1\", \"utf-16le\")"))?;
    }
    let pipeline = Pipeline::new();

    let total: Option<u64> = if files.iter().any(|f| f.as_os_str() == "-") {
        None
    } else {
        files
            .iter()
            .map(|f| std::fs::metadata(f).ok().map(|m| m.len()))
            .sum()
    };
    let pb = progress_bar(args, total);
    let started = Instant::now();

    let (tx, rx) = sync_channel::<Vec<Item>>(2);
    let jsonl = args.jsonl;
    let reader_files = files.clone();
    let reader = std::thread::spawn(move || -> (bool, anyhow::Result<()>) {
        let mut io_failed = false;
        for path in &reader_files {
            let r = open(path).and_then(|mut f| {
                if jsonl {
                    read_jsonl(BufReader::with_capacity(1 << 16, f), tx.clone())
                } else {
                    let mut bytes = Vec::new();
                    f.read_to_end(&mut bytes)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    let _ = tx.send(vec![Item {
                        line: None,
                        file_id: Some(path.display().to_string()),
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
    let writer = std::thread::spawn(move || write_out(wrx));

    let (mut docs, mut errors, mut bytes) = (0u64, 0u64, 0u64);
    for batch in rx {
        let rendered: Vec<Rendered> = pool.install(|| {
            batch
                .par_iter()
                .map(|it| render(job, &pipeline, it, &decoding))
                .collect()
        });
        docs += rendered.len() as u64;
        errors += rendered.iter().filter(|r| r.failed).count() as u64;
        let b: u64 = rendered.iter().map(|r| r.bytes as u64).sum();
        bytes += b;
        pb.inc(b);
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        pb.set_message(format!(
            "{docs} docs, {:.0} docs/s, {:.1} MB/s, {errors} errors",
            docs as f64 / secs,
            bytes as f64 / 1e6 / secs
        ));
        if wtx.send(rendered).is_err() {
            break;
        }
    }
    drop(wtx);
    pb.finish_and_clear();
    let write_result = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
    let (io_failed, _) = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    write_result?;

    if args.jsonl || files.len() > 1 {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let _ = writeln!(
            std::io::stderr(),
            "newsprep: {docs} documents, {errors} errors, {:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} documents/s)",
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

fn write_out(rx: Receiver<Vec<Rendered>>) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, stdout.lock());
    for batch in rx {
        for r in batch {
            w.write_all(r.json.as_bytes())?;
            w.write_all(b"\n")?;
        }
    }
    w.flush()?;
    Ok(())
}
