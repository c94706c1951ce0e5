//! Prints every mention of documents separated by a line holding only U+001E:
//! `doc<TAB>kind<TAB>start<TAB>end<TAB>rule<TAB>name` with byte offsets into the
//! document (segments are its lines).
//! `cargo run --release -p newsprep-lexicon --example spans -- FILE`

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let lex = newsprep_lexicon::Lexicon::builtin();
    for (d, doc) in text.split("\u{1e}\n").enumerate() {
        let mut segs = Vec::new();
        let mut offs = Vec::new();
        let mut pos = 0;
        for line in doc.split('\n') {
            segs.push(line);
            offs.push(pos);
            pos += line.len() + 1;
        }
        for e in lex.tag_document(&segs) {
            for m in &e.mentions {
                let base = offs.get(m.segment).copied().unwrap_or(0);
                println!(
                    "{d}\t{}\t{}\t{}\t{}\t{}",
                    e.kind.as_str(),
                    base + m.start,
                    base + m.end,
                    m.rule.as_str(),
                    e.name
                );
            }
        }
    }
}
