//! Start-up cost of the embedded lexicon: builds it once and exits.
//!
//! ```text
//! cargo build --release -p newsprep-lexicon --example startup
//! hyperfine -N target/release/examples/startup
//! /usr/bin/time -f %M target/release/examples/startup
//! ```

fn main() {
    let lex = newsprep_lexicon::Lexicon::builtin();
    println!("{}", lex.len());
}
