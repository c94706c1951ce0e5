//! Layout keys (headline, attribution, published, credit, authors, related,
//! links, paragraphs) checked on the newsprep-article parser alone, with the
//! facade's paragraph joiner: for the seed and for every fixture in
//! `tests/fixtures/`. The full pipeline (url, sentences, entities) is checked
//! by `fixtures.rs`.

use newsprep::article::{parse_with, Article, ParseOptions};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The keys this test compares.
const LAYOUT_KEYS: &[&str] = &[
    "headline",
    "attribution",
    "published",
    "published_time",
    "credit",
    "authors",
    "related",
    "links",
    "paragraphs",
];

fn parse(text: &str) -> Article {
    let opts = ParseOptions::new().with_paragraph_joiner(newsprep::segment::should_join);
    parse_with(text, &opts)
}

fn to_json(a: &Article) -> Value {
    json!({
        "headline": a.headline,
        "attribution": a.attribution,
        "published": a.published,
        "published_time": a.published_time,
        "credit": a.credit,
        "authors": a.authors,
        "related": a.related,
        "links": a.links.iter().map(|l| json!({"text": l.text, "href": l.href, "paragraph": l.paragraph})).collect::<Vec<_>>(),
        "paragraphs": a.paragraphs,
    })
}

fn layout_only(exp: &Value) -> Value {
    let mut m = Map::new();
    for k in LAYOUT_KEYS {
        if let Some(v) = exp.get(*k) {
            m.insert((*k).to_string(), v.clone());
        }
    }
    Value::Object(m)
}

fn check_links(a: &Article) -> Vec<String> {
    let mut bad = Vec::new();
    for l in &a.links {
        match a
            .paragraphs
            .get(l.paragraph)
            .and_then(|p| p.get(l.start..l.end))
        {
            Some(t) if t == l.text => {}
            other => bad.push(format!(
                "link {l:?} does not match its paragraph: {other:?}"
            )),
        }
    }
    bad
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

#[test]
fn seed_layout_keys() {
    let Some(txt) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.txt") else {
        return;
    };
    let Some(exp) = newsprep_tests::data_file("seed/000_78734ee19ce696a8.expected.json") else {
        return;
    };
    let text = std::fs::read_to_string(txt).unwrap();
    let exp: Value = serde_json::from_str(&std::fs::read_to_string(exp).unwrap()).unwrap();
    let a = parse(&text);
    let mut bad = newsprep_tests::compare_expected(&to_json(&a), &layout_only(&exp));
    bad.extend(check_links(&a));
    // The seed's source URL is found (repairing it is newsprep-url's job).
    assert!(a
        .url_raw
        .as_deref()
        .unwrap_or("")
        .contains("themoscowtimes.com"));
    assert!(
        bad.is_empty(),
        "seed layout mismatches:\n{}",
        bad.join("\n")
    );
}

#[test]
fn fixtures_layout_keys() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "txt").unwrap_or(false))
        .collect();
    names.sort();
    assert!(
        names.len() >= 10,
        "expected at least 10 fixtures, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for txt in names {
        let exp_path = txt.with_extension("expected.json");
        let text = std::fs::read_to_string(&txt).unwrap();
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&exp_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
        let a = parse(&text);
        let mut bad = newsprep_tests::compare_expected(&to_json(&a), &layout_only(&exp));
        bad.extend(check_links(&a));
        if !bad.is_empty() {
            failures.push(format!(
                "== {}\n{}\nnotes: {:?}",
                txt.file_name().unwrap().to_string_lossy(),
                bad.join("\n"),
                a.notes
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
