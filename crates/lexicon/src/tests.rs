//! Unit tests on text written for them.

use super::*;

fn find<'a>(ents: &'a [Entity], name: &str) -> Option<&'a Entity> {
    ents.iter().find(|e| e.name == name)
}

fn kinds(ents: &[Entity]) -> Vec<(String, String)> {
    ents.iter()
        .map(|e| (e.kind.as_str().to_string(), e.name.clone()))
        .collect()
}

fn has(ents: &[Entity], kind: &str, name: &str) -> bool {
    ents.iter()
        .any(|e| e.kind.as_str() == kind && e.name == name)
}

fn tagged_texts(ents: &[Entity]) -> Vec<String> {
    ents.iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
        .collect()
}

#[test]
fn aliases_map_to_canonical_names() {
    let l = Lexicon::builtin();
    let e = l.tag("Officials in Kiev and Odessa met envoys from Moscow.");
    assert!(has(&e, "place", "Kyiv"), "{:?}", kinds(&e));
    assert!(has(&e, "place", "Odesa"), "{:?}", kinds(&e));
    assert!(has(&e, "place", "Moscow"), "{:?}", kinds(&e));
    let e = l.tag("The story ran in the NYT and was picked up by AFP.");
    assert!(has(&e, "outlet", "The New York Times"), "{:?}", kinds(&e));
    assert!(has(&e, "outlet", "Agence France-Presse"), "{:?}", kinds(&e));
}

#[test]
fn spans_are_byte_offsets_and_possessives_are_excluded() {
    let l = Lexicon::builtin();
    let t = "Zürich’s mayor met Volodymyr Zelensky's aides in Kyiv.";
    let e = l.tag(t);
    for ent in &e {
        for m in &ent.mentions {
            assert_eq!(t.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
    let z = find(&e, "Volodymyr Zelensky").expect("Zelensky found");
    assert_eq!(z.mentions[0].text, "Volodymyr Zelensky");
    assert!(has(&e, "place", "Zürich"), "{:?}", kinds(&e));
    assert_eq!(
        find(&e, "Zürich").map(|x| x.mentions[0].text.as_str()),
        Some("Zürich")
    );
}

#[test]
fn back_references_work_across_segments() {
    let l = Lexicon::builtin();
    let segs = [
        "Marlow Quietly Backs New Canal Plan",
        "Harbour commissioner Edwina Marlow said on Tuesday that the canal would open in May.",
        "Marlow's office declined to comment. Critics say Marlow moved too fast.",
    ];
    let e = l.tag_document(&segs);
    let m = find(&e, "Edwina Marlow").expect("person found");
    assert_eq!(m.kind, EntityKind::Person);
    assert_eq!(m.mentions.len(), 4, "{:?}", m.mentions);
    assert!(m.mentions.iter().any(|x| x.segment == 0));
    assert!(!has(&e, "place", "May"));
    assert!(!tagged_texts(&e).contains(&"Tuesday".to_string()));
}

#[test]
fn notable_surname_alone() {
    let l = Lexicon::builtin();
    let e = l.tag("Analysts doubt the Biden administration will change course.");
    assert!(has(&e, "person", "Joe Biden"), "{:?}", kinds(&e));
}

#[test]
fn common_words_are_not_names() {
    let l = Lexicon::builtin();
    let e = l.tag(
        "March was cold. Western leaders met on Monday in August. Strategic errors followed. \
         Nature is resilient, and Reading the report took hours.",
    );
    let texts = tagged_texts(&e);
    for w in [
        "March",
        "Western",
        "Monday",
        "August",
        "Strategic",
        "Nature",
        "Reading",
    ] {
        assert!(
            !texts.contains(&w.to_string()),
            "{w} tagged: {:?}",
            kinds(&e)
        );
    }
}

#[test]
fn titles_and_roles_introduce_people() {
    let l = Lexicon::builtin();
    let e = l.tag("Sen. Harriet Quimby-Vance spoke after spokesman Oleg Tarnowsky left.");
    assert!(has(&e, "person", "Harriet Quimby-Vance"), "{:?}", kinds(&e));
    assert!(has(&e, "person", "Oleg Tarnowsky"), "{:?}", kinds(&e));
    // the title is not part of the mention
    let h = find(&e, "Harriet Quimby-Vance").map(|x| x.mentions[0].text.clone());
    assert_eq!(h.as_deref(), Some("Harriet Quimby-Vance"));
}

#[test]
fn given_name_and_said_rules() {
    let l = Lexicon::builtin();
    let e = l
        .tag("Yesterday Margaret Oduya opened the fair. Later Tobiah Wrenfield said it went well.");
    assert!(has(&e, "person", "Margaret Oduya"), "{:?}", kinds(&e));
    assert!(has(&e, "person", "Tobiah Wrenfield"), "{:?}", kinds(&e));
}

#[test]
fn organisations_are_not_places_or_outlets() {
    let l = Lexicon::builtin();
    let e = l.tag("She studied at the University of Helsinki and joined Goldman Sachs, not the Federal Reserve.");
    assert!(!has(&e, "place", "Helsinki"), "{:?}", kinds(&e));
    assert!(
        !e.iter().any(|x| x.kind == EntityKind::Outlet),
        "{:?}",
        kinds(&e)
    );
    let e =
        l.tag("The Federal Reserve and Goldman Sachs warned of risks, Bloomberg News reported.");
    assert!(!has(&e, "person", "Goldman Sachs"), "{:?}", kinds(&e));
    assert!(
        !e.iter()
            .any(|x| x.kind == EntityKind::Outlet && x.name != "Bloomberg"),
        "{:?}",
        kinds(&e)
    );
}

#[test]
fn jordan_person_or_country() {
    let l = Lexicon::builtin();
    let e = l.tag("Michael Jordan scored 40 points. Later Jordan said he was tired.");
    let n = find(&e, "Michael Jordan").map(|x| x.mentions.len());
    assert_eq!(n, Some(2), "{:?}", kinds(&e));
    assert!(!has(&e, "place", "Jordan"));
    let e = l.tag("King Abdullah of Jordan met officials in Amman.");
    assert!(has(&e, "place", "Jordan"), "{:?}", kinds(&e));
}

#[test]
fn domains_in_credit_lines() {
    let l = Lexicon::builtin();
    let e = l.tag("Photo: reuters.com");
    assert!(has(&e, "outlet", "Reuters"), "{:?}", kinds(&e));
    let r = find(&e, "Reuters").map(|x| x.mentions[0].rule);
    assert_eq!(r, Some(Rule::Domain));
    // inside a URL it is not a mention
    let e = l.tag("See https://www.reuters.com/world/ for more.");
    assert!(!has(&e, "outlet", "Reuters"), "{:?}", kinds(&e));
}

#[test]
fn the_times_only_when_unambiguous() {
    let l = Lexicon::builtin();
    let e = l.tag("The New York Times reported it first. Later the Times corrected a detail.");
    let nyt = find(&e, "The New York Times").expect("NYT");
    assert_eq!(nyt.mentions.len(), 2, "{:?}", nyt.mentions);
    let e = l.tag("Later the Times corrected a detail.");
    assert!(
        e.iter().all(|x| x.kind != EntityKind::Outlet),
        "{:?}",
        kinds(&e)
    );
}

#[test]
fn georgia_by_context() {
    let l = Lexicon::builtin();
    let e = l.tag("Voters in Atlanta and Savannah, Georgia, lined up early.");
    let g = find(&e, "Georgia").expect("Georgia");
    assert_ne!(g.id, "geonames:614540", "should be the US state");
    let e = l.tag("Protesters in Tbilisi said Georgia must look west, away from Russia.");
    let g = find(&e, "Georgia").expect("Georgia");
    assert_eq!(g.id, "geonames:614540", "should be the country");
}

#[test]
fn title_case_headline() {
    let l = Lexicon::builtin();
    let e = l.tag_document(&["Storm Brings Heavy Rain To Lisbon As Markets Close"]);
    assert!(has(&e, "place", "Lisbon"), "{:?}", kinds(&e));
    let texts = tagged_texts(&e);
    for w in ["Storm", "Heavy", "Rain", "Markets", "Close"] {
        assert!(!texts.contains(&w.to_string()), "{w}: {:?}", kinds(&e));
    }
}

#[test]
fn find_iter_is_leftmost_longest() {
    let l = Lexicon::builtin();
    let t = "From Kiev to New York and the Washington Post.";
    let m: Vec<(&str, &str)> = l.find_iter(t).map(|m| (m.text, m.name)).collect();
    assert!(m.contains(&("Kiev", "Kyiv")), "{m:?}");
    assert!(m.iter().any(|x| x.0 == "New York"), "{m:?}");
    assert!(
        m.contains(&("Washington Post", "The Washington Post")),
        "{m:?}"
    );
    for x in l.find_iter(t) {
        assert_eq!(t.get(x.start..x.end), Some(x.text));
    }
}

#[test]
fn user_lexicons_with_custom_kinds() {
    let mut b = LexiconBuilder::with_builtin();
    b.add(
        EntityKind::from_name("ship"),
        "Ever Given",
        "ship:ever-given",
        &["EG"],
    );
    b.load_tsv("# kind\tname\tid\taliases\nteam\tDynamo Kyiv\tteam:dynamo\tDynamo\n")
        .expect("valid TSV");
    let l = b.build().expect("builds");
    let e = l.tag("The Ever Given blocked the canal while Dynamo played in Kyiv.");
    assert!(has(&e, "ship", "Ever Given"), "{:?}", kinds(&e));
    assert!(has(&e, "team", "Dynamo Kyiv"), "{:?}", kinds(&e));
    assert!(has(&e, "place", "Kyiv"), "{:?}", kinds(&e));
}

#[test]
fn builder_errors() {
    let mut b = LexiconBuilder::new();
    let err = b.load_tsv("place\tonly two").map(|_| ()).unwrap_err();
    assert!(matches!(err, LexiconError::Tsv { line: 1, .. }));
    let mut b = LexiconBuilder::new();
    b.add(EntityKind::Place, "", "x", &[]);
    assert_eq!(
        b.build().map(|_| ()).unwrap_err(),
        LexiconError::EmptyName { index: 0 }
    );
    // An empty lexicon tags nothing.
    let l = LexiconBuilder::new().build().expect("builds");
    assert!(l.tag("Paris and London").is_empty());
}

#[cfg(feature = "json")]
#[test]
fn json_lexicon() {
    let mut b = LexiconBuilder::new();
    b.load_json(
        r#"[{"kind":"band","name":"The Quiet Owls","id":"band:owls","aliases":["Quiet Owls"]}]"#,
    )
    .expect("valid JSON");
    let l = b.build().expect("builds");
    let e = l.tag("Tickets for Quiet Owls sold out.");
    assert!(has(&e, "band", "The Quiet Owls"));
    assert!(LexiconBuilder::new().load_json("{").is_err());
}

#[test]
fn data_version_is_set() {
    assert!(!DATA_VERSION.is_empty());
    assert!(Lexicon::builtin().len() > 100_000);
}

#[test]
fn no_panics_on_odd_input() {
    let l = Lexicon::builtin();
    for t in [
        "",
        " ",
        "'",
        "’s",
        "A",
        "U.S.",
        "…",
        "a.b.c.d.e.f.",
        "Mr.",
        "President",
        "President ",
        "Sen. ",
        "é",
        "\u{1e}",
        "The The The The The The The The The The",
        "Ab-",
        "-Ab",
        "x.com/",
        "\u{0301}Kyiv",
        "KYIV",
        "New York New York New York",
        ".com",
        "a. b",
    ] {
        let e = l.tag_document(&[t, t]);
        for ent in &e {
            for m in &ent.mentions {
                assert!(t.get(m.start..m.end).is_some());
            }
        }
        let _ = l.find_iter(t).count();
    }
}
