//! The entity tagger on the seed article: every expected entity with its kind
//! and canonical name, none of the forbidden words, exact mention counts. The
//! segments (headline, then paragraphs) come from the seed's expected JSON,
//! read from the shared data at test time.

use newsprep::lexicon::Lexicon;
use serde_json::Value;

#[test]
fn seed_entities() {
    let Some((_, exp)) = newsprep_tests::seed() else {
        return;
    };
    let mut segs: Vec<&str> = vec![exp["headline"].as_str().expect("headline")];
    segs.extend(
        exp["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .filter_map(Value::as_str),
    );
    let ents = Lexicon::builtin().tag_document(&segs);
    let mut bad = Vec::new();
    for (kind, names) in exp["entities"].as_object().expect("entities") {
        for name in names
            .as_array()
            .expect("names")
            .iter()
            .filter_map(Value::as_str)
        {
            if !ents
                .iter()
                .any(|e| e.kind.as_str() == kind && e.name == name)
            {
                bad.push(format!("missing {kind} {name}"));
            }
        }
    }
    for f in exp["forbidden"]
        .as_array()
        .expect("forbidden")
        .iter()
        .filter_map(Value::as_str)
    {
        for e in &ents {
            if e.name == f || e.mentions.iter().any(|m| m.text == f) {
                bad.push(format!("forbidden {f} tagged as {}", e.kind.as_str()));
            }
        }
    }
    for (name, n) in exp["mentions"].as_object().expect("mentions") {
        let got: usize = ents
            .iter()
            .filter(|e| &e.name == name)
            .map(|e| e.mentions.len())
            .sum();
        if Some(got as u64) != n.as_u64() {
            bad.push(format!("{name}: {got} mentions, want {n}"));
        }
    }
    // Offsets are byte offsets into the segments.
    for e in &ents {
        for m in &e.mentions {
            assert_eq!(segs[m.segment].get(m.start..m.end), Some(m.text.as_str()));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
