//! CI floors for the sentence segmenter, computed by the same code as
//! `newsprep eval sentences`: all 48 English Golden Rules, UD English EWT
//! F1 >= 0.92 and UD English GUM F1 >= 0.98 (test+dev, boundaries counted on
//! non-space positions).

use newsprep::eval::sentences;

#[test]
fn sentence_floors() {
    let Some(_) = newsprep_tests::data_file("golden-rules-en/golden_rules_en.json") else {
        return;
    };
    let Some(_) = newsprep_tests::data_file("ud-en-sentences/ewt-test.jsonl") else {
        return;
    };
    let v = sentences::run(&newsprep_tests::data_dir()).expect("evaluation runs");
    print!("{}", sentences::table(&v));
    let gr = &v["golden_rules"];
    assert_eq!(gr["total"].as_u64(), Some(48));
    assert_eq!(
        gr["passed"].as_u64(),
        Some(48),
        "failed Golden Rules: {}",
        gr["failed"]
    );
    let f1 = |name: &str| {
        v["corpora"]
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == name))
            .and_then(|c| c["f1"].as_f64())
            .unwrap_or(0.0)
    };
    assert!(f1("ud-ewt") >= 0.92, "UD EWT F1 {} < 0.92", f1("ud-ewt"));
    assert!(f1("ud-gum") >= 0.98, "UD GUM F1 {} < 0.98", f1("ud-gum"));
}
