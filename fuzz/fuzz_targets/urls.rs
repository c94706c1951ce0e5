#![no_main]
//! Every public entry point of newsprep-url on arbitrary text: no panic,
//! spans on char boundaries that slice back to `raw`, a span's repair (and
//! its `repair_to` into a reused `Repaired`) that is the repair of its raw
//! text, repaired URLs that normalize.
use libfuzzer_sys::fuzz_target;
use newsprep::url;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let found = url::find(s);
    for m in &found {
        assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
        assert_eq!(&s[m.start..m.end], m.raw);
    }
    assert!(url::find_iter(s).eq(found.iter().copied()));
    let mut reused = url::Repaired::default();
    for m in &found {
        let by_raw = url::repair(m.raw);
        assert_eq!(m.repair(), by_raw, "{m:?}");
        assert_eq!(m.repair_to(&mut reused).map(|()| reused.clone()), by_raw, "{m:?}");
    }
    for m in url::extract(s) {
        assert_eq!(&s[m.start..m.end], m.raw);
        assert!((0.0..=1.0).contains(&m.confidence));
    }
    let (a, b) = s.split_at(
        s.char_indices()
            .nth(s.chars().count() / 2)
            .map_or(0, |(i, _)| i),
    );
    if let Ok(r) = url::repair_with_hint(a, b) {
        assert!(url::normalize(&r.url).is_ok());
    }
    let _ = url::normalize(s);
});
