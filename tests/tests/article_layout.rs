//! Layout keys (headline, attribution, published, credit, authors, related,
//! links, paragraphs) checked on the newsprep-article parser alone, with the
//! facade's paragraph joiner: for the seed and for every fixture in
//! `tests/fixtures/`. The full pipeline (url, sentences, entities) is checked
//! by `fixtures.rs`.

use newsprep::article::{parse_with, Article, ParseOptions};
use serde_json::{json, Map, Value};

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
    "dateline",
    "affiliation",
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
        "dateline": a.dateline.as_ref().map(|d| json!({"place": d.place, "outlet": d.outlet, "start": d.start, "end": d.end})),
        "affiliation": a.affiliation,
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

#[test]
fn seed_layout_keys() {
    let Some((text, exp)) = newsprep_tests::seed() else {
        return;
    };
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
    let all = newsprep_tests::fixtures();
    assert!(
        all.len() >= 10,
        "expected at least 10 fixtures, found {}",
        all.len()
    );
    let mut failures = Vec::new();
    for f in all {
        let a = parse(&f.text);
        let mut bad = newsprep_tests::compare_expected(&to_json(&a), &layout_only(&f.expected));
        bad.extend(check_links(&a));
        if !bad.is_empty() {
            failures.push(format!(
                "== {}\n{}\nnotes: {:?}",
                f.name,
                bad.join("\n"),
                a.notes
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
