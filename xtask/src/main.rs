//! Project tasks: regenerate committed data from the shared sources.
//!
//! `cargo run -p xtask -- <task> [args]`:
//! - `lexicon [--data DIR]`: regenerate `crates/lexicon/data/` from `DIR/lexicons`.
//! - `corpus --mb N --out FILE`: a JSON Lines corpus of scraped-looking articles.
//! - `wordbreak`: regenerate the segment crate's Word_Break tables.
//! - `words`: regenerate each crate's `common_words.rs` from `data/words/`.
//! - `modgraph CRATE_SRC...`: each crate's module graph; exit 1 on a cycle.

mod corpus;
mod lexicon;
mod lexicon_agencies;
mod lexicon_outlets;
mod lexicon_people;
mod lexicon_supplement;
mod modgraph;
mod wordbreak;
mod words;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("corpus") => corpus::run(&args[1..]),
        Some("lexicon") => lexicon::run(&args[1..]),
        Some("modgraph") => modgraph::run(&args[1..]),
        Some("wordbreak") => wordbreak::run(&args[1..]),
        Some("words") => words::run(&args[1..]),
        _ => Err(
            "usage: cargo run -p xtask -- <corpus|lexicon|modgraph|wordbreak|words> [args]"
                .to_string(),
        ),
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(2);
    }
}
