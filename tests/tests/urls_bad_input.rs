// Bad input for the URL crate: pathological 10 MB lines (correctness only;
// the time is measured by the `urls` bench), properties on random text, and
// the seed article's source URL.

use newsprep::url::{extract, find, normalize, repair, repair_with_hint};
use proptest::prelude::*;

const MB10: usize = 10 * 1024 * 1024;

fn line_of(unit: &str) -> String {
    unit.repeat(MB10 / unit.len())
}

#[test]
fn ten_megabyte_lines_return() {
    for unit in [
        ".", "/", "[", "]", "(", ")", "[.]", "a.", "a/", "//", "://", "http://", "www.", "a-",
        "&amp;", "\u{200B}",
    ] {
        let line = line_of(unit);
        let found = find(&line);
        for s in &found {
            assert_eq!(&line[s.start..s.end], s.raw);
        }
        let _ = extract(&line);
        let _ = repair(&line);
        let _ = normalize(&line);
    }
    // One URL, ten megabytes long: found whole.
    let long = format!("see https://example.com/{} now", "a-b".repeat(MB10 / 3));
    let found = find(&long);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].raw.len(), long.len() - "see ".len() - " now".len());
    // Ten megabytes of fragments after a URL: the join look-ahead is bounded.
    let frags = format!("https://example.com/a-b {}", "c-d ".repeat(MB10 / 4));
    let _ = extract(&frags);
    let _ = repair(&frags);
}

#[test]
fn seed_source_url() {
    let Some((txt, exp)) = newsprep_tests::seed() else {
        return;
    };
    let raw = txt.rsplit_once("Original url:").unwrap().1;
    let headline = exp["headline"].as_str().unwrap();
    let r = repair_with_hint(raw, headline).unwrap();
    assert_eq!(r.url, exp["url"].as_str().unwrap());
    assert!(r.confidence > 0.5);
    // Without the hint the slug's shape is enough.
    assert_eq!(repair(raw).unwrap().url, exp["url"].as_str().unwrap());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_char_boundaries_in_order(s in "[a-z.:/ \\[\\]()<>\"'&;#?=_\\-\u{AD}\u{200B}é\n]{0,80}") {
        let found = find(&s);
        let mut last = 0;
        for m in &found {
            prop_assert!(m.start >= last && m.start < m.end && m.end <= s.len());
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            prop_assert_eq!(&s[m.start..m.end], m.raw);
            last = m.end;
        }
        for m in extract(&s) {
            prop_assert_eq!(&s[m.start..m.end], m.raw);
        }
        let _ = repair(&s);
    }

    #[test]
    fn any_text_is_safe(s in "\\PC{0,200}") {
        let _ = find(&s);
        let _ = extract(&s);
        let _ = repair(&s);
        let _ = repair_with_hint(&s, &s);
        let _ = normalize(&s);
    }

    #[test]
    fn repaired_urls_are_fixed_points(s in "(https?://)?(www\\.)?[a-z]{1,8}\\.(com|org|de|co\\.uk)(/[a-z0-9\\-]{1,12}){0,3}") {
        if let Ok(r) = repair(&s) {
            let again = repair(&r.url).unwrap();
            prop_assert_eq!(again.url, r.url);
        }
    }
}
