use super::*;

fn names(ents: &[Entity]) -> Vec<(String, String)> {
    ents.iter().map(|e| (e.kind.as_str().to_string(), e.name.clone())).collect()
}

#[test]
fn basic_places_and_aliases() {
    let l = Lexicon::builtin();
    let e = l.tag("Officials in Kiev and Moscow met.");
    let n = names(&e);
    assert!(n.contains(&("place".into(), "Kyiv".into())), "{n:?}");
    assert!(n.contains(&("place".into(), "Moscow".into())), "{n:?}");
}
