//! The entity tagger on the NER evaluation sets (shared data `ner-eval/`):
//! asserts the measured figures as floors (exact spans; see
//! `newsprep::eval::entities` for the scoring).

use newsprep::eval::entities;
use serde_json::Value;

fn get(v: &Value, set: &str, kind: &str, f: &str) -> f64 {
    v["sets"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["name"] == set))
        .and_then(|s| s[kind][f].as_f64())
        .unwrap_or(0.0)
}

#[test]
fn ner_eval_floors() {
    let Some(_) = newsprep_tests::data_file("ner-eval/uner_pud_news.jsonl") else {
        return;
    };
    let v = entities::run(&newsprep_tests::data_dir()).expect("evaluation runs");
    print!("{}", entities::table(&v));
    println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    // Floors: the figures reached when last raised, rounded down (issue 18;
    // gmb-news is noisy, tool-bootstrapped wire text: titles sit inside its
    // person spans, so its person figures stay low by construction).
    let floors: &[(&str, &str, &str, f64)] = &[
        ("uner-pud", "person", "f1", 0.86),
        ("uner-pud", "place", "f1", 0.76),
        // One of uner-pud's 17 outlet-flagged mentions is "Canadian Blood
        // Services (CBS)", flagged by its surface; the tagger rightly leaves
        // that CBS out, so precision stands at 11/12 and recall at 11/17.
        ("uner-pud", "outlet", "p", 0.91),
        ("uner-pud", "outlet", "r", 0.64),
        ("gum-wikinews", "person", "f1", 0.76),
        ("gum-wikinews", "place", "f1", 0.76),
        ("gum-wikinews", "outlet", "p", 0.92),
        ("gum-wikinews", "outlet", "r", 0.84),
        ("gmb-news", "person", "f1", 0.41),
        ("gmb-news", "place", "f1", 0.81),
    ];
    let mut bad = Vec::new();
    for (set, kind, f, floor) in floors {
        let got = get(&v, set, kind, f);
        if got < *floor {
            bad.push(format!("{set} {kind} {f}: {got:.3} < floor {floor}"));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
