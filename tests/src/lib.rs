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

/// The seed article's text and its expected JSON, from the shared data
/// (`None`, with a printed reason, outside CI when the data is missing).
pub fn seed() -> Option<(String, Value)> {
    let txt = data_file("seed/000_78734ee19ce696a8.txt")?;
    let exp = data_file("seed/000_78734ee19ce696a8.expected.json")?;
    let text = std::fs::read_to_string(&txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
    let exp = std::fs::read_to_string(&exp).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
    let exp = serde_json::from_str(&exp).unwrap_or_else(|e| panic!("seed expected JSON: {e}"));
    Some((text, exp))
}

/// One fixture article of `tests/fixtures/`: its file name, text and
/// expected JSON.
pub struct Fixture {
    /// The file name of the text, as `03_html_links_ap_photo.txt`.
    pub name: String,
    /// The article text.
    pub text: String,
    /// The `.expected.json` beside it.
    pub expected: Value,
}

/// Every fixture article, sorted by name. Panics when the folder or a
/// fixture cannot be read: they are part of the repository.
pub fn fixtures() -> Vec<Fixture> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|txt| {
            let exp_path = txt.with_extension("expected.json");
            // Fixtures may be in any encoding the command reads (one is
            // Windows-1252): decode them as `newsprep article` does.
            let bytes = std::fs::read(&txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            let text = newsprep::jsonl::decode(&bytes, None).0.into_owned();
            let exp = std::fs::read_to_string(&exp_path)
                .unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
            let expected = serde_json::from_str(&exp)
                .unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
            let name = txt
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Fixture {
                name,
                text,
                expected,
            }
        })
        .collect()
}

/// The workspace README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
