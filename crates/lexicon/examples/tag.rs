//! Tags a text file: paragraphs (blank-line separated) are the segments.
//! `cargo run --release -p newsprep-lexicon --example tag -- FILE`
//! Prints the build time of the embedded lexicon, then one line per entity.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let t = Instant::now();
    let lex = newsprep_lexicon::Lexicon::builtin();
    eprintln!("built {} entries in {:?}", lex.len(), t.elapsed());
    // Documents are separated by two blank lines, paragraphs by one.
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = Instant::now();
    let mut ents = Vec::new();
    let mut n = 0;
    for doc in std::iter::repeat_n(text.as_str(), repeat).flat_map(|t| t.split("\n\n\n")) {
        let segs: Vec<&str> = doc
            .split("\n\n")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let e = lex.tag_document(&segs);
        n += e.iter().map(|e| e.mentions.len()).sum::<usize>();
        if ents.is_empty() {
            ents = e;
        }
    }
    eprintln!(
        "tagged {} bytes in {:?}: {n} mentions",
        text.len(),
        t.elapsed()
    );
    for e in ents.iter().take(400) {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}@{}:{}[{}]", m.text, m.segment, m.start, m.rule.as_str()))
            .collect();
        println!(
            "{}\t{}\t{}\t{}",
            e.kind.as_str(),
            e.name,
            e.id,
            ms.join(" ")
        );
    }
}
