//! Cross-crate invariants of the pipeline output, on generated scraped text:
//! no panic, and every offset points at the text it claims.

use newsprep::Pipeline;
use proptest::prelude::*;

fn check(p: &Pipeline, text: &str) {
    let out = p.article(text);
    for s in &out.sentences {
        let para = out
            .paragraphs
            .get(s.paragraph)
            .unwrap_or_else(|| panic!("sentence paragraph {} out of range", s.paragraph));
        assert_eq!(
            para.get(s.start..s.end),
            Some(s.text.as_str()),
            "sentence offsets in {para:?}"
        );
    }
    for e in &out.entities {
        assert!(
            ["person", "place", "outlet"].contains(&e.kind.as_str()),
            "kind {}",
            e.kind
        );
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            let seg = match m.paragraph {
                None => out.headline.as_deref().unwrap_or(""),
                Some(i) => out
                    .paragraphs
                    .get(i)
                    .map(String::as_str)
                    .unwrap_or_else(|| panic!("mention paragraph {i} out of range")),
            };
            assert_eq!(
                seg.get(m.start..m.end),
                Some(m.text.as_str()),
                "mention offsets"
            );
        }
    }
    for l in &out.links {
        assert!(
            l.paragraph < out.paragraphs.len(),
            "link paragraph in range"
        );
        assert!(
            out.paragraphs[l.paragraph].contains(&l.text),
            "link text {:?} in its paragraph",
            l.text
        );
    }
    if let Some(d) = &out.published {
        assert_eq!(d.len(), 10, "YYYY-MM-DD: {d}");
    }
    for u in p.urls(text) {
        assert_eq!(text.get(u.start..u.end), Some(u.raw.as_str()));
    }
    for e in p.entities(text) {
        for m in &e.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
    let sents = p.sentences(text);
    for w in sents.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "sentences in order, not overlapping"
        );
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Leaders Meet in Paris - Reuters\n".to_string()),
        Just("President Emmanuel Macron met Joe Biden in Washington on Monday.".to_string()),
        Just("December 3, 2024".to_string()),
        Just("Photo: AP Photo/Staff".to_string()),
        Just("Related article: A Look Back".to_string()),
        Just("The <a href=\"https://x.org/a\">report</a> said &amp; more".to_string()),
        Just("Original url:\nhttps://www.example.com/a b-c".to_string()),
        Just("U.S. officials said... \"no,\" then left.".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("  \n".to_string()),
        Just("Kyiv’s mayor — Vitali Klitschko — spoke.".to_string()),
        "[a-zA-Z .,'\"!?()\n-]{0,40}",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn pipeline_output_is_consistent(parts in proptest::collection::vec(piece(), 0..14)) {
        let p = Pipeline::new();
        check(&p, &parts.concat());
    }
}

#[test]
fn empty_and_degenerate_documents() {
    let p = Pipeline::new();
    for t in [
        "",
        " ",
        "\n\n\n",
        "\u{feff}",
        "Only A Headline",
        "<b></b>",
        "&amp;",
        "Original url:",
        "http://",
        "\u{200b}\r\n\r\n",
    ] {
        check(&p, t);
    }
}
