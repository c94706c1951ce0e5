//! `newsprep bench`: times each stage on a corpus, one core, median of
//! several runs after a warm-up, with a peer timed in the same process
//! where the binary has one.

use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, ValueEnum};
use newsprep::Pipeline;
use serde::Serialize;

/// Options of `newsprep bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// The corpus (default: $NEWSPREP_DATA/news-text/news-en.txt). Documents
    /// in it are separated by two blank lines.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Timed runs per stage (the median is reported).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Only these stages (repeatable; default all).
    #[arg(long, value_enum)]
    stage: Vec<Stage>,
    /// The per-document stages (entities, article) take only documents of
    /// at least this many bytes; the MB/s count only those documents.
    #[arg(long, value_name = "BYTES")]
    min_doc_bytes: Option<usize>,
    /// ... and of at most this many bytes (news articles: 5000 to 10000).
    #[arg(long, value_name = "BYTES")]
    max_doc_bytes: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Stage {
    Tokens,
    Sentences,
    Urls,
    Entities,
    Article,
}

#[derive(Debug, Serialize)]
struct StageResult {
    name: &'static str,
    mb_per_s: f64,
    /// Items per run (tokens, sentences, URLs, mentions, articles).
    items: u64,
    items_per_s: f64,
    baseline: Option<&'static str>,
    baseline_mb_per_s: Option<f64>,
    ratio: Option<f64>,
}

#[derive(Debug, Serialize)]
struct Report {
    corpus: String,
    bytes: usize,
    runs: usize,
    stages: Vec<StageResult>,
}

/// Median seconds of `runs` timed calls after one warm-up call, and the
/// item count the function returned.
fn time(runs: usize, mut f: impl FnMut() -> u64) -> (f64, u64) {
    let items = black_box(f());
    let mut secs: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .collect();
    secs.sort_by(f64::total_cmp);
    (secs.get(secs.len() / 2).copied().unwrap_or(f64::NAN), items)
}

fn stage(
    name: &'static str,
    bytes: usize,
    runs: usize,
    f: impl FnMut() -> u64,
    baseline: Option<(&'static str, &mut dyn FnMut() -> u64)>,
) -> StageResult {
    let mb = bytes as f64 / 1e6;
    let (s, items) = time(runs, f);
    let (bname, bmbps) = match baseline {
        Some((bn, bf)) => {
            let (bs, _) = time(runs, bf);
            (Some(bn), Some(mb / bs))
        }
        None => (None, None),
    };
    StageResult {
        name,
        mb_per_s: mb / s,
        items,
        items_per_s: items as f64 / s,
        baseline: bname,
        baseline_mb_per_s: bmbps,
        ratio: bmbps.map(|b| (mb / s) / b),
    }
}

/// Runs the benchmark.
pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let path = match &args.corpus {
        Some(p) => p.clone(),
        None => crate::data_dir(None).join("news-text/news-en.txt"),
    };
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "cannot read the corpus {} (use --corpus FILE or set NEWSPREP_DATA)",
            path.display()
        )
    })?;
    let bytes = text.len();
    let stages: Vec<Stage> = if args.stage.is_empty() {
        vec![
            Stage::Tokens,
            Stage::Sentences,
            Stage::Urls,
            Stage::Entities,
            Stage::Article,
        ]
    } else {
        args.stage.clone()
    };
    let p = Pipeline::new();
    let (lo, hi) = (
        args.min_doc_bytes.unwrap_or(0),
        args.max_doc_bytes.unwrap_or(usize::MAX),
    );
    let docs: Vec<&str> = text
        .split("\n\n\n")
        .filter(|d| !d.trim().is_empty() && (lo..=hi).contains(&d.len()))
        .collect();
    let doc_bytes: usize = docs.iter().map(|d| d.len()).sum();
    let runs = args.runs;
    let mut out = Vec::new();
    for st in stages {
        let t = text.as_str();
        let r = match st {
            Stage::Tokens => {
                let mut peer = || {
                    unicode_segmentation::UnicodeSegmentation::split_word_bounds(t).count() as u64
                };
                stage(
                    "tokens",
                    bytes,
                    runs,
                    || newsprep::segment::words(t).count() as u64,
                    Some(("unicode-segmentation split_word_bounds", &mut peer)),
                )
            }
            Stage::Sentences => stage(
                "sentences",
                bytes,
                runs,
                || p.segmenter().sentences(t).count() as u64,
                None,
            ),
            Stage::Urls => stage(
                "urls",
                bytes,
                runs,
                || newsprep::url::extract(t).len() as u64,
                None,
            ),
            Stage::Entities => stage(
                "entities",
                doc_bytes,
                runs,
                || {
                    docs.iter()
                        .map(|d| {
                            p.lexicon()
                                .tag(d)
                                .iter()
                                .map(|e| e.mentions.len() as u64)
                                .sum::<u64>()
                        })
                        .sum()
                },
                None,
            ),
            Stage::Article => stage(
                "article",
                doc_bytes,
                runs,
                || {
                    docs.iter()
                        .map(|d| black_box(p.article(d)).paragraphs.len().min(1) as u64)
                        .sum()
                },
                None,
            ),
        };
        out.push(r);
    }
    let report = Report {
        corpus: path.display().to_string(),
        bytes,
        runs,
        stages: out,
    };
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        println!(
            "corpus {} ({:.1} MB), median of {} runs, one core",
            report.corpus,
            bytes as f64 / 1e6,
            runs
        );
        println!(
            "{:<10} {:>10} {:>14}  {:<40} {:>10} {:>7}",
            "stage", "MB/s", "items/s", "baseline", "MB/s", "ratio"
        );
        for s in &report.stages {
            println!(
                "{:<10} {:>10.1} {:>14.0}  {:<40} {:>10} {:>7}",
                s.name,
                s.mb_per_s,
                s.items_per_s,
                s.baseline.unwrap_or("-"),
                s.baseline_mb_per_s
                    .map(|b| format!("{b:.1}"))
                    .unwrap_or_else(|| "-".into()),
                s.ratio
                    .map(|r| format!("{r:.2}x"))
                    .unwrap_or_else(|| "-".into()),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
