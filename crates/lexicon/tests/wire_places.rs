//! News-wire error classes (issue 18), datelines, lines in capitals, sentence-start places, place prepositions and disambiguation: one test per class,
//! each with sentences written for this file in the style of wire copy.

mod common;
use common::*;

#[test]
fn datelines_in_capitals() {
    yes(
        "LISBON 2025-11-03 - Ministers met overnight.",
        "place",
        "LISBON",
    );
    yes(
        "CAIRO (AP) - The border crossing reopened.",
        "place",
        "CAIRO",
    );
    yes("LIMA, Peru — Protesters gathered again.", "place", "LIMA");
    yes(
        "LOS ANGELES, Oct 4 (Reuters) - Fires spread.",
        "place",
        "LOS ANGELES",
    );
    // A dateline that opens a later line: after a headline, a byline or a
    // date line in the same text.
    yes(
        "Rail union calls off strike\n\nBERLIN (Reuters) - The union agreed to talks.",
        "place",
        "BERLIN",
    );
    yes(
        "By Lena Ortiz\nMarch 4, 2024\nHANOI, March 4 (Xinhua) -- Exports rose.",
        "place",
        "HANOI",
    );
    // The wire credit in brackets is the agency, whatever else its name is
    // (a county in China is called Xinhua too).
    yes(
        "By Lena Ortiz\nMarch 4, 2024\nHANOI, March 4 (Xinhua) -- Exports rose.",
        "outlet",
        "Xinhua",
    );
    no("BEIJING (Xinhua) -- Exports rose.", "place", "Xinhua");
    yes(
        "KYIV, Ukraine (Xinhua) -- Exports rose.",
        "outlet",
        "Xinhua",
    );
    no("KYIV, Ukraine (Xinhua) -- Exports rose.", "place", "Xinhua");
    // A state or a country between the place and the credit is a place.
    yes(
        "SAN JUAN, Puerto Rico (AP) — The grid failed again.",
        "place",
        "Puerto Rico",
    );
    // A line in capitals without a dateline's mark is no dateline.
    assert!(none_of_kind(
        "He spoke.\nNOTE: figures are provisional.",
        "place"
    ));
    // Capitals that are no place, and no dateline mark.
    assert!(none_of_kind("BREAKING - Markets fell sharply.", "place"));
    assert!(none_of_kind("THE END of an era.", "place"));
}

#[test]
fn a_dateline_town_the_lexicon_does_not_list() {
    // A town in capitals, a comma, a listed state or country, a date.
    let story =
        "SKIING - DOWNHILL RESULTS.\nKVITFJELLUR, Norway 2025-03-01\nThe race was shortened.";
    yes(story, "place", "KVITFJELLUR");
    yes(story, "place", "Norway");
    yes(
        "BROKEN BOW, Nebraska (AP) - Crews cleared the roads.",
        "place",
        "BROKEN BOW",
    );
    // A state's dotted abbreviation in a dateline line in capitals.
    yes("TRENTON, N.J. 2025-02-11", "place", "N.J.");
    yes("U.S. STOCKS SLIP AS N.Y. TRADERS SELL", "place", "U.S.");
    // A line in capitals without a listed state after the comma says nothing.
    assert!(none_of_kind("THE END, My Friend", "place"));
}

#[test]
fn city_names_written_without_their_accents() {
    yes("A police official in Liege said.", "place", "Liege");
    yes("Officials in Malmo said.", "place", "Malmo");
    yes("Fighting near Lodz eased.", "place", "Lodz");
}

#[test]
fn regions_of_the_world() {
    yes(
        "The West Indies vice-captain was jeered as he walked out.",
        "place",
        "West Indies",
    );
    yes("Trade in the Far East slowed.", "place", "Far East");
}

#[test]
fn headlines_in_capitals() {
    yes("CANADA AND MEXICO SIGN WATER DEAL", "place", "CANADA");
    yes("CANADA AND MEXICO SIGN WATER DEAL", "place", "MEXICO");
    yes(
        "FLOODS HIT SAO PAULO AS RAINS PERSIST",
        "place",
        "SAO PAULO",
    );
    // Months and common words are no places, nor people.
    assert!(none_of_kind("MAY DAY RALLIES DRAW CROWDS", "place"));
    assert!(none_of_kind("CANADA AND MEXICO SIGN WATER DEAL", "person"));
    // A headline in capitals at the top of a text of several lines keeps
    // its own reading; so does a common-word country there.
    let story = "RUGBY - JAPAN HOLD FIJI IN TOKYO.\nTOKYO 2025-09-14\nThe hosts drew 20-20 after a late try.";
    yes(story, "place", "JAPAN");
    yes(story, "place", "FIJI");
    yes(story, "place", "TOKYO");
    // Its desk's slug before the dash is no dateline, even when a town
    // bears the word.
    no(story, "place", "RUGBY");
}

#[test]
fn sentence_start_places_that_are_common_words() {
    yes(
        "Turkey said it would reopen the consulate.",
        "place",
        "Turkey",
    );
    yes(
        "China's central bank cut its lending rate.",
        "place",
        "China",
    );
    yes("Japan’s trade surplus narrowed in June.", "place", "Japan");
    // A common word at a sentence start without such evidence stays a word.
    no(
        "Turkey sandwiches were served at the lunch.",
        "place",
        "Turkey",
    );
}

#[test]
fn common_word_cities_after_a_place_preposition() {
    yes(
        "Roads were closed in Nice and Split after the storm.",
        "place",
        "Nice",
    );
    yes(
        "Roads were closed in Nice and Split after the storm.",
        "place",
        "Split",
    );
    // Not after a preposition: a word.
    no("It was a Nice surprise, she said.", "place", "Nice");
}

#[test]
fn one_mention_of_the_united_states_does_not_move_a_big_city() {
    let id = |text: &str| {
        Lexicon::builtin()
            .tag(text)
            .into_iter()
            .find(|e| e.kind == EntityKind::Place && e.name == "Paris")
            .map(|e| e.id)
    };
    let plain = id("Ministers met in Paris on Monday.");
    assert!(plain.is_some());
    assert_eq!(
        id("Ministers met in Paris on Monday with envoys from the United States."),
        plain
    );
}

#[test]
fn coordinated_places_share_their_preposition() {
    // "Hebron" is also a surname: after "in Jericho and" it is a place.
    yes(
        "Officials in Jericho and Hebron said the curfew ended.",
        "place",
        "Hebron",
    );
}

#[test]
fn a_few_american_places_do_not_move_a_world_city_to_a_us_town() {
    // Athens in Greece and in Georgia (US); Paris in France and in Texas.
    let greece = Some("geonames:264371".to_string());
    assert_eq!(
        place_id(
            "Crowds marched in Athens on Sunday while officials in Washington and Boston watched, and the United States urged calm.",
            "Athens"
        ),
        greece
    );
    // A country is never moved to a town of its name.
    assert_eq!(
        place_id(
            "Officials in Havana and Santiago de Cuba said Venezuela would send oil.",
            "Venezuela"
        ),
        Some("geonames:3625428".to_string())
    );
    assert_eq!(
        place_id(
            "Officials in Dallas, Houston and Austin said Mexico would reopen the crossing.",
            "Mexico"
        ),
        Some("geonames:3996063".to_string())
    );
    let france = Some("geonames:2988507".to_string());
    assert_eq!(
        place_id(
            "Police in Paris held two men. The United States embassy and consulates in Chicago and Houston were told.",
            "Paris"
        ),
        france
    );
}

#[test]
fn datelines_with_slashes_and_colons_and_people_in_capitals() {
    for (text, place) in [
        ("LISBON/MADRID (Reuters) - Talks resumed.", "LISBON"),
        ("LISBON/MADRID (Reuters) - Talks resumed.", "MADRID"),
        (
            "NAIROBI: Heavy rains cut roads across the north.",
            "NAIROBI",
        ),
    ] {
        yes(text, "place", place);
    }
    // A label's colon is no dateline.
    no("DATE: Tuesday, 4 March", "place", "DATE");
    yes("ZELENSKY HOSTS SUMMIT IN KYIV", "person", "ZELENSKY");
    // A common word in capitals is no person ("MAY", "BUSH").
    no("MAY FACES REVOLT OVER DEAL", "person", "MAY");
}

#[test]
fn curly_apostrophes_in_place_names() {
    yes(
        "Cocoa exports from Côte d\u{2019}Ivoire rose.",
        "place",
        "Côte d\u{2019}Ivoire",
    );
    yes(
        "Officials of the People\u{2019}s Republic of China met.",
        "place",
        "People\u{2019}s Republic of China",
    );
    yes("Brazil\u{2019}s exports fell.", "place", "Brazil");
}

#[test]
fn a_place_after_a_preposition_is_no_speaker() {
    // "in X said": X is where, not who.
    none_in(
        &[
            "Officials in Somaliland said the talks would resume.",
            "Aid workers in Kurdistan said supplies were short.",
        ],
        "person",
    );
}

#[test]
fn sentence_start_place_confirmed_by_the_document() {
    let text = "Turkey maintains close ties with both sides. Talks in Turkey resume on Monday.";
    let n = Lexicon::builtin()
        .tag(text)
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.name.contains("Turkey"))
        .map(|e| e.mentions.len())
        .sum::<usize>();
    assert_eq!(n, 2, "{:?}", tags(text));
    // Alone, with no other evidence, it stays a word.
    no(
        "Turkey maintains close ties with both sides.",
        "place",
        "Turkey",
    );
}

#[test]
fn a_common_word_place_inside_a_longer_name() {
    // A region or city named by a common word, next to another capitalised
    // word, is a word of a longer name: an event, a delta, a day.
    for (text, word) in [
        ("Oil output fell after the first Gulf War ended.", "Gulf"),
        ("Gunmen in the Niger Delta seized four workers.", "Delta"),
        ("Crowds marked Earth Day in the capital.", "Earth"),
        ("The Northwest Passage was free of ice.", "Northwest"),
    ] {
        no(text, "place", word);
    }
    // Alone, or before a sentence's first word, it stays a place.
    yes(
        "Floods hit Delta on Monday, officials said.",
        "place",
        "Delta",
    );
    yes(
        "The firm is based in Randolph, Mass. Cara Lindqvist runs it.",
        "place",
        "Mass.",
    );
}

#[test]
fn a_small_town_named_by_a_proper_adjective() {
    // "Olympic", "Atlantic", "Baltic": small towns by those names exist, but
    // outside "in …" the word is the adjective.
    for (text, word) in [
        ("The Olympic torch reached the port on Tuesday.", "Olympic"),
        (
            "It was the busiest Atlantic hurricane season on record.",
            "Atlantic",
        ),
    ] {
        no(text, "place", word);
    }
    // Town names ending in "-an" are left to the other rules.
    yes(
        "Gunmen seized a school in the town of Beslan.",
        "place",
        "Beslan",
    );
}

#[test]
fn a_common_word_country_before_and_another_country() {
    yes(
        "Chile and Peru signed a trade pact on Monday.",
        "place",
        "Chile",
    );
    no(
        "Turkey and stuffing were served at the dinner.",
        "place",
        "Turkey",
    );
}

#[test]
fn facilities_and_features_named_by_their_last_word() {
    for (text, place) in [
        (
            "Flights at Kestrel Airport were cancelled after the storm.",
            "Kestrel Airport",
        ),
        (
            "Crowds filled Liberation Square on Sunday evening.",
            "Liberation Square",
        ),
        (
            "The match at Harrowgate Stadium ended in a draw.",
            "Harrowgate Stadium",
        ),
        (
            "Start-ups in Silicon Valley raised less money this year.",
            "Silicon Valley",
        ),
        (
            "Shares on Wall Street fell sharply on Monday.",
            "Wall Street",
        ),
        (
            "The ice of the Brandt Glacier is thinning, the team said.",
            "Brandt Glacier",
        ),
        (
            "Work on Kestrel Airport's new runway starts in May.",
            "Kestrel Airport",
        ),
    ] {
        yes(text, "place", place);
    }
    // Not when the name goes on, is a firm's or club's, or is a person's.
    none_in(
        &[
            "Kestrel Airport Holdings said profits rose.",
            "Crystal Palace beat Everton 2-1 on Saturday.",
            "The Catholic Church said it would review the case.",
        ],
        "place",
    );
    yes(
        "Homeland Security Secretary Tom Ridge said the alert was lowered.",
        "person",
        "Tom Ridge",
    );
}

#[test]
fn english_counties_and_sentence_start_countries_before_a_verb() {
    yes(
        "Police in Somerset closed the road on Monday.",
        "place",
        "Somerset",
    );
    no(
        "Police in Somerset closed the road on Monday.",
        "person",
        "Somerset",
    );
    yes(
        "Japan began the talks on Friday in the capital.",
        "place",
        "Japan",
    );
    yes(
        "Turkey has closed its airspace to the jets.",
        "place",
        "Turkey",
    );
    no(
        "Turkey sandwiches were served at the dinner.",
        "place",
        "Turkey",
    );
}

#[test]
fn canonical_names_as_the_news_spells_them() {
    let names = |text: &str| -> Vec<String> {
        Lexicon::builtin()
            .tag(text)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| e.name)
            .collect()
    };
    // A region without its "Oblast"; the current English spelling of a
    // Ukrainian town.
    for (text, want) in [
        (
            "Drones struck a depot in the Kursk region on Monday.",
            "Kursk",
        ),
        (
            "Troops withdrew from Avdiivka after months of fighting.",
            "Avdiivka",
        ),
        (
            "Officials in St. Petersburg said the bridge had reopened.",
            "St. Petersburg",
        ),
    ] {
        assert!(
            names(text).iter().any(|n| n == want),
            "{text:?}: {:?}",
            names(text)
        );
    }
}

#[test]
fn oil_benchmarks_are_no_places() {
    no(
        "Brent crude futures fell 20 cents to $72.89 a barrel.",
        "place",
        "Brent",
    );
    no(
        "Russia's Urals blend traded below the price cap.",
        "place",
        "Urals",
    );
}

#[test]
fn places_named_by_an_area_noun_after_them() {
    // A district, province or area that no list knows, named by the noun
    // after it.
    yes(
        "Gunmen attacked a checkpoint in the Torwali district overnight.",
        "place",
        "Torwali",
    );
    yes(
        "Aid convoys reached Zarghun province on Friday.",
        "place",
        "Zarghun",
    );
    yes(
        "Police closed roads across the Vellmoor area after the storm.",
        "place",
        "Vellmoor",
    );
    yes(
        "Vineyards in the Haute-Vienne region lost half their crop.",
        "place",
        "Haute-Vienne",
    );
    // A proper adjective, a common word or an acronym before the noun is no
    // place's name.
    no(
        "Oil revenue from the Kurdish region will be shared.",
        "place",
        "Kurdish",
    );
    no("Nurses in the NHS area met on Monday.", "place", "NHS");
    assert!(none_of_kind(
        "Prices rose in the Border district after the bridge closed.",
        "place"
    ));
}

#[test]
fn places_in_romance_word_order() {
    // The head word first, then particles and names: the whole is the place.
    yes(
        "Thousands marched to the Plaza de la Independencia on Sunday.",
        "place",
        "Plaza de la Independencia",
    );
    yes(
        "The cabinet met at the Palazzo Chigi before the vote.",
        "place",
        "Palazzo Chigi",
    );
    yes(
        "Trains from Gare de Lyon were cancelled by the strike.",
        "place",
        "Gare de Lyon",
    );
    yes(
        "The minister spoke outside the Quai d'Orsay on Tuesday.",
        "place",
        "Quai d'Orsay",
    );
    // A head that is an English word too needs its particle.
    assert!(none_of_kind(
        "Via Twitter, the mayor thanked the volunteers.",
        "place"
    ));
    no(
        "The Place de la Bastille filled up by noon.",
        "place",
        "Bastille",
    );
}

#[test]
fn natural_features_named_after_lake_mount_or_cape() {
    // English feature words before one or two names: the whole is a place,
    // and the name after the head is no country or person of its own.
    yes(
        "Herders near Lake Kivotu said the water had receded.",
        "place",
        "Lake Kivotu",
    );
    yes(
        "Two climbers were rescued on Mount Kenya overnight.",
        "place",
        "Mount Kenya",
    );
    no(
        "Two climbers were rescued on Mount Kenya overnight.",
        "place",
        "Kenya",
    );
    yes(
        "A research ship left Cape Tarvo for the ice shelf.",
        "place",
        "Cape Tarvo",
    );
    yes(
        "Survey teams reached the summit of Mount St. Orlan last week.",
        "place",
        "Mount St. Orlan",
    );
    // A common word after the name ends it; a head cut by a paragraph break
    // after "St." names nothing.
    no(
        "He called the City of Lake Marvo Building Department twice.",
        "place",
        "Lake Marvo Building",
    );
    no(
        "The trail ends at Mount St.\n\nOrlan is far.",
        "place",
        "Mount St",
    );
    // A lake's level is no name.
    assert!(none_of_kind("Lake levels fell for a third year.", "place"));
}

#[test]
fn a_country_after_a_firm_or_a_sport_is_an_organisation() {
    // A firm's national unit and a sport's national body are no places.
    none_in(
        &[
            "A spokeswoman for Toyota Canada said output would resume.",
            "Staff at Samsung Germany were told of the cuts.",
            "Cricket Australia named a new captain on Monday.",
            "The appeal by Athletics Kenya was rejected.",
            "A warning from Environment Canada covered the coast.",
            "Figures from Statistics Norway showed slower growth.",
        ],
        "place",
    );
    // The country alone, after a preposition, stays a place.
    yes(
        "Toyota said sales in Canada fell in May.",
        "place",
        "Canada",
    );
}

#[test]
fn features_whose_names_hold_an_adjective() {
    // An adjective that is never a name alone is a word of a feature's name.
    yes(
        "Pilgrims filled the Grand Mosque at dawn.",
        "place",
        "Grand Mosque",
    );
    yes(
        "Flights left Harbin International Airport late.",
        "place",
        "Harbin International Airport",
    );
    yes(
        "Snow fell along the East Coast overnight.",
        "place",
        "East Coast",
    );
    // Not before a word that goes on with an organisation's name.
    no(
        "Rangers of the National Park Service closed the trail.",
        "place",
        "National Park",
    );
}

#[test]
fn us_counties_and_capitalised_provinces() {
    yes(
        "Deputies in Tarrant County searched the river.",
        "place",
        "Tarrant County",
    );
    yes(
        "Floods hit villages in Zabul Province this week.",
        "place",
        "Zabul Province",
    );
    // Not inside a longer name.
    no(
        "The Tarrant County Sheriff's Office said the search ended.",
        "place",
        "Tarrant County",
    );
}

#[test]
fn us_state_abbreviations_after_a_city_or_a_party() {
    yes("The plant in Dover, Del., will close.", "place", "Del.");
    yes(
        "Snow closed roads around Buffalo, N.Y., on Friday.",
        "place",
        "N.Y.",
    );
    yes("Sen. Jo Marsh, D-Vt., voted against it.", "place", "Vt.");
}

#[test]
fn a_home_town_after_an_age() {
    // "Name, age, of Town": the town is a place, not a surname.
    yes(
        "The driver, Niamh Brennan, 27, of Galway, was unhurt.",
        "place",
        "Galway",
    );
    no(
        "The driver, Niamh Brennan, 27, of Galway, was unhurt.",
        "person",
        "Galway",
    );
}

#[test]
fn a_place_after_town_of_or_city_of() {
    // A place named like a person, after "the town of" or "the city of".
    yes(
        "Troops pulled back from the West Bank town of Jericho.",
        "place",
        "Jericho",
    );
    no(
        "Troops pulled back from the West Bank town of Jericho.",
        "person",
        "Jericho",
    );
    yes(
        "Police were stoned in the town of Stirling overnight.",
        "place",
        "Stirling",
    );
}

#[test]
fn a_region_of_the_place_before_it() {
    // "Russia's X region": X is a region of the place named before it,
    // whether or not the lexicon knows it.
    for (text, name) in [
        (
            "Fires spread in Siberia\u{2019}s Zabaikalsky region on Monday.",
            "Zabaikalsky",
        ),
        (
            "Floods hit Russia's Tuvanskaya region overnight.",
            "Tuvanskaya",
        ),
        (
            "Shelling hit Ukraine's Sumshchyna region again.",
            "Sumshchyna",
        ),
    ] {
        yes(text, "place", name);
        no(text, "person", name);
    }
}

#[test]
fn model_designations_are_no_names() {
    // "Su-24", "Tu-95", "MiG-31", "US-75": a model's or a road's number.
    for text in [
        "Ukrainian Su-24 bombers fired the missiles.",
        "Russian Tu-95 bombers and MiG-31 jets took off.",
        "Take US-75 south from the city.",
        "Two Ka-52 helicopters were lost.",
    ] {
        for w in ["Su", "Tu", "MiG", "US", "Ka"] {
            no(text, "person", w);
            no(text, "place", w);
        }
    }
}

#[test]
fn other_demonyms_of_a_country_are_no_places() {
    // The adjective of a country in its other customary forms, even where a
    // town shares it.
    none_in(
        &[
            "Argentine Economy Minister Luis Caputo met investors.",
            "The Ecuadorian navy seized the boat.",
            "Kyrgyz and Tajik border guards exchanged fire.",
            "An Azeri delegation arrived on Monday.",
        ],
        "place",
    );
    // The country's own name still is.
    yes("Envoys of Argentina met in Geneva.", "place", "Argentina");
}

#[test]
fn a_dated_list_item_starts_a_sentence() {
    // "This day in history" lists: the word after "1911 - " opens a
    // sentence, so a capitalised preposition is no given name.
    let list = "1911 - In Portugal, a new constitution was adopted.\n\
                1962 - In Algeria, the first elections were held.";
    none_in(&[list], "person");
    yes(list, "place", "Portugal");
    yes(list, "place", "Algeria");
}

#[test]
fn a_short_sentence_with_three_names_is_no_headline() {
    // Few long words: three-letter verbs in lower case ("met", "won") say
    // the line is a sentence, so a given name that is also a word ("Mark",
    // "Will") still opens a name.
    yes("He met Mark Jones on Friday.", "person", "Mark Jones");
    yes("On Monday, Will Carter won.", "person", "Will Carter");
    // A headline in title case keeps its stricter reading.
    none_in(&["Fair Oaks Man Who Was Freed Sues Police"], "place");
}

#[test]
fn a_state_or_country_after_a_comma_says_which_place() {
    // A city that shares its name with a bigger one elsewhere.
    let us = "Officials in Reading, Pennsylvania, said the plant would close.";
    let gb = "Officials in Reading, England, said the plant would close.";
    assert!(place_id(us, "Reading").is_some());
    assert!(place_id(gb, "Reading").is_some());
    assert_ne!(place_id(us, "Reading"), place_id(gb, "Reading"));
    // A common word that is a city's name, with its state after it.
    yes(
        "Plans by Mobile, Alabama, were approved.",
        "place",
        "Mobile",
    );
}
