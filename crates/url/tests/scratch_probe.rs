// TEMPORARY probe (removed before the report).
#[test]
fn probe() {
    for t in [
        "https://example.com/a-b — the report said",
        "https://example.com/a-b… more",
        "Original url: https://www.example.com/2023/12/23/some-story-a83548\nRelated: How it began",
        "Original url:\n\nhttps://www.example.com/2023/12/23/put in-quietly-signaling",
        "see https://example.com/a_b_c .",
        "see https://example.com/page?id=5 & more",
        "Photo: https://example.com/img/a-b.jpg (AP)",
        "hxxp://evil[.]example[.]com/payload.exe",
        "example[.]com and test(.)org",
        "https://example.com/a-b\n- bullet item",
        "https://example.com/a-b\n1. first item",
    ] {
        let m: Vec<(&str, String, Vec<&str>, f32)> = newsprep_url::extract(t)
            .into_iter()
            .map(|m| (m.raw, m.url, m.fixes.iter().map(|f| f.as_str()).collect(), m.confidence))
            .collect();
        println!("{t:?}\n   -> {m:?}");
    }
    for (raw, hint) in [
        ("https://www.example.com/2023/12/23/put in-quietly-signaling\n\nRelated: x", "Putin Quietly Signaling"),
        (" https://www.example.com/news/ukraine-cease fire ", ""),
        ("https://www.example.com/news/ukraine-cease fire", "Ukraine ceasefire"),
    ] {
        println!("{raw:?} -> {:?}", newsprep_url::repair_with_hint(raw, hint));
    }
}
