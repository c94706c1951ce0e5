//! The `newsprep` command: articles, sentences, tokens, URLs and entities
//! from scraped news text, as JSON Lines.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use newsprep::eval;
use newsprep::jsonl::Command as Job;

mod bench;
mod run;

/// Turn news articles, as scrapers leave them, into clean structured data.
///
/// Each FILE is one document; with no FILE, or `-`, standard input is read.
/// Output is one JSON object per document, one per line (JSON Lines).
/// Offsets are UTF-8 byte offsets.
#[derive(Debug, Parser)]
#[command(name = "newsprep", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse scraped articles: headline, date, credit, source URL, body,
    /// related lines, links, sentences, entities.
    Article(DocArgs),
    /// Split texts into sentences.
    Sentences(DocArgs),
    /// Split texts into UAX #29 word-boundary segments.
    Tokens {
        #[command(flatten)]
        doc: DocArgs,
        /// Keep only the word-like segments (letters, digits, ideographs).
        #[arg(long)]
        words: bool,
    },
    /// Find and repair URLs in texts.
    Urls(DocArgs),
    /// Tag people, places and news outlets.
    Entities(DocArgs),
    /// Time each stage on a corpus and print MB/s (one core).
    ///
    /// Reads a news text corpus: by default news-text/news-en.txt under the
    /// data directory ($NEWSPREP_DATA, else ../shared/data), which is not
    /// part of the package: give any plain-text file with --corpus (documents
    /// separated by two blank lines).
    Bench(bench::BenchArgs),
    /// Measure accuracy on the shared evaluation sets.
    ///
    /// Reads public evaluation sets that are not part of the package, from
    /// the data directory (--data, else $NEWSPREP_DATA, else ../shared/data):
    /// for `sentences`, golden-rules-en/ and ud-en-sentences/; for
    /// `entities`, ner-eval/. Each folder's SOURCE.md in the newsprep
    /// repository's shared data says where the files come from.
    Eval {
        /// What to evaluate.
        #[arg(value_enum)]
        what: EvalWhat,
        /// The shared data directory (default: $NEWSPREP_DATA, else ../shared/data).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Print the figures as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script to standard output.
    ///
    /// For example: `newsprep completions bash >
    /// ~/.local/share/bash-completion/completions/newsprep`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output.
    ///
    /// For example: `newsprep man > ~/.local/share/man/man1/newsprep.1`.
    Man,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum EvalWhat {
    Sentences,
    Entities,
}

/// When to show progress on standard error.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Progress {
    /// A bar when standard error is a terminal and standard output is not,
    /// for JSON Lines or several files (not for one document).
    Auto,
    /// Always: a bar on a terminal (suspended while output is written), a
    /// plain status line every few seconds otherwise (for logs).
    Always,
    /// Never.
    Never,
}

/// Input and run options shared by the document commands.
#[derive(Debug, Args, Clone)]
pub struct DocArgs {
    /// Input files, one document each; `-` or none reads standard input.
    pub files: Vec<PathBuf>,
    /// The input is JSON Lines: each line {"id": any, "text": string}; the
    /// output has one line per input line, in order, with the same "id".
    #[arg(long)]
    pub jsonl: bool,
    /// Worker threads (default: all cores; at most four per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Progress on standard error.
    #[arg(long, value_enum, default_value_t = Progress::Auto)]
    pub progress: Progress,
    /// No progress and no summary on standard error (errors still print).
    #[arg(short, long)]
    pub quiet: bool,
    /// Decode FILEs and standard input with this encoding (a WHATWG label:
    /// "latin1", "windows-1252", "utf-16le", …). By default a byte order
    /// mark decides, else UTF-8, with bytes that are not UTF-8 read as
    /// Windows-1252 (and a note in an article's "notes").
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// With --jsonl: replace bytes that are not UTF-8 with U+FFFD instead of
    /// giving the line an error record.
    #[arg(long)]
    pub lossy: bool,
}

/// The shared data directory: `--data`, else `$NEWSPREP_DATA`, else `../shared/data`.
pub fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("NEWSPREP_DATA").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("../shared/data"))
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .map(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            .unwrap_or(false)
    })
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    match run_cli(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "newsprep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run_cli(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut cmd, "newsprep", &mut out);
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Article(a) => run::documents(Job::Article, &a),
        Command::Sentences(a) => run::documents(Job::Sentences, &a),
        Command::Tokens { doc, words } => run::documents(Job::Tokens { words_only: words }, &doc),
        Command::Urls(a) => run::documents(Job::Urls, &a),
        Command::Entities(a) => run::documents(Job::Entities, &a),
        Command::Bench(b) => bench::run(&b),
        Command::Eval { what, data, json } => {
            let dir = data_dir(data);
            if !dir.is_dir() {
                anyhow::bail!(
                    "data directory {} not found (use --data DIR or set NEWSPREP_DATA)",
                    dir.display()
                );
            }
            let v = match what {
                EvalWhat::Sentences => eval::sentences::run(&dir)?,
                EvalWhat::Entities => eval::entities::run(&dir)?,
            };
            if json {
                println!("{}", serde_json::to_string(&v)?);
            } else {
                print!(
                    "{}",
                    match what {
                        EvalWhat::Sentences => eval::sentences::table(&v),
                        EvalWhat::Entities => eval::entities::table(&v),
                    }
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// True when standard input is a terminal (nothing piped in).
pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}
