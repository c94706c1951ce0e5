//! Helpers for the cross-crate and data-driven tests.

use std::path::PathBuf;

/// The shared data directory: `NEWSPREP_DATA`, default `../shared/data`
/// relative to the workspace root.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("NEWSPREP_DATA") {
        Some(d) => {
            let p = PathBuf::from(d);
            if p.is_absolute() {
                p
            } else {
                // relative paths are taken from the workspace root, where CI sets them
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
            }
        }
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"),
    }
}

/// The path of `rel` under the data directory, or `None` (with a printed
/// reason) when it is missing outside CI. In CI (`CI=true`) a missing file
/// is a test failure.
pub fn data_file(rel: &str) -> Option<PathBuf> {
    let p = data_dir().join(rel);
    if p.exists() {
        return Some(p);
    }
    let in_ci = std::env::var("CI")
        .map(|v| v == "true" || v == "1")
        .unwrap_or(false);
    assert!(
        !in_ci,
        "CI=true but the shared data file {} is missing (set NEWSPREP_DATA)",
        p.display()
    );
    eprintln!(
        "SKIP: {} is missing (set NEWSPREP_DATA to the shared data directory)",
        p.display()
    );
    None
}

use serde_json::Value;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn as_str_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().map(collapse).unwrap_or_else(|| x.to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// Compares the JSON output of `newsprep article` with an expected JSON in
/// the seed's format (see `shared/data/seed/SOURCE.md`) and returns every
/// mismatch, one message each. Keys the expected JSON leaves out are not
/// compared.
pub fn compare_expected(out: &Value, exp: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let Some(exp) = exp.as_object() else {
        return vec!["expected JSON is not an object".to_string()];
    };
    for (key, want) in exp {
        match key.as_str() {
            "headline" | "attribution" | "published" | "credit" | "url" => {
                let got = out.get(key).and_then(Value::as_str).map(collapse);
                let want = want.as_str().map(collapse);
                if got != want {
                    bad.push(format!("{key}: got {got:?}, want {want:?}"));
                }
            }
            "authors" | "related" | "paragraphs" => {
                let got = out.get(key).map(as_str_list).unwrap_or_default();
                let want = as_str_list(want);
                if got != want {
                    bad.push(format!("{key}: got {got:#?}\nwant {want:#?}"));
                }
            }
            "links" | "sentences" => {
                let got: Vec<String> = out
                    .get(key)
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .map(|x| {
                                x.get("text")
                                    .and_then(Value::as_str)
                                    .map(collapse)
                                    .unwrap_or_default()
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let want = as_str_list(want);
                if got != want {
                    bad.push(format!("{key}: got {got:#?}\nwant {want:#?}"));
                }
            }
            "entities" => {
                let ents = out
                    .get("entities")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for (kind, names) in want.as_object().into_iter().flatten() {
                    for name in as_str_list(names) {
                        let found = ents.iter().any(|e| {
                            e.get("kind").and_then(Value::as_str) == Some(kind.as_str())
                                && e.get("name").and_then(Value::as_str) == Some(name.as_str())
                        });
                        if !found {
                            bad.push(format!("entities: no {kind} {name:?}"));
                        }
                    }
                }
            }
            "forbidden" => {
                let ents = out
                    .get("entities")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for f in as_str_list(want) {
                    for e in &ents {
                        let name_hit = e.get("name").and_then(Value::as_str) == Some(f.as_str());
                        let mention_hit = e
                            .get("mentions")
                            .and_then(Value::as_array)
                            .map(|ms| {
                                ms.iter().any(|m| {
                                    m.get("text").and_then(Value::as_str) == Some(f.as_str())
                                })
                            })
                            .unwrap_or(false);
                        if name_hit || mention_hit {
                            bad.push(format!(
                                "forbidden: {f:?} tagged as {}",
                                e.get("kind").unwrap_or(&Value::Null)
                            ));
                        }
                    }
                }
            }
            "mentions" => {
                let ents = out
                    .get("entities")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for (name, n) in want.as_object().into_iter().flatten() {
                    let got: usize = ents
                        .iter()
                        .filter(|e| e.get("name").and_then(Value::as_str) == Some(name.as_str()))
                        .map(|e| {
                            e.get("mentions")
                                .and_then(Value::as_array)
                                .map(Vec::len)
                                .unwrap_or(0)
                        })
                        .sum();
                    if Some(got as u64) != n.as_u64() {
                        bad.push(format!("mentions of {name:?}: got {got}, want {n}"));
                    }
                }
            }
            other => {
                // Any other key is compared for plain equality.
                if out.get(other) != Some(want) {
                    bad.push(format!("{other}: got {:?}, want {want}", out.get(other)));
                }
            }
        }
    }
    bad
}
