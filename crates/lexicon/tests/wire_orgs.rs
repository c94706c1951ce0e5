//! News-wire error classes (issue 18), names inside organisations, firms, clubs, teams, outlets and agencies: one test per class,
//! each with sentences written for this file in the style of wire copy.

mod common;
use common::*;

#[test]
fn names_inside_organisations() {
    // Firms named like people or places.
    assert!(none_of_kind(
        "Analysts at Goldman Sachs cut their forecast.",
        "person"
    ));
    assert!(none_of_kind(
        "Economists at Morgan Stanley expect a cut.",
        "person"
    ));
    assert!(none_of_kind(
        "The Dow Jones industrial average slipped.",
        "person"
    ));
    assert!(none_of_kind(
        "Shares of Baikal Copper jumped 4 percent.",
        "place"
    ));
    // Central banks: neither "The Bank" nor the country.
    assert!(none_of_kind(
        "The Bank of Canada kept rates on hold.",
        "place"
    ));
    // Clubs in results.
    assert!(none_of_kind(
        "Marseille beat Lyon 3-1 on Sunday night.",
        "place"
    ));
    assert!(none_of_kind("Leeds United signed a new striker.", "place"));
    assert!(none_of_kind(
        "He scored twice for FC Porto last season.",
        "place"
    ));
    // The place itself, outside such names, is still found.
    yes(
        "Heavy rain fell on Marseille on Sunday.",
        "place",
        "Marseille",
    );
}

#[test]
fn outlets_are_not_common_words() {
    // A credit rating is not an outlet.
    assert!(none_of_kind(
        "The agency kept its AA rating on the bonds.",
        "outlet"
    ));
    // A notch of a rating on a bond sheet, whatever follows it.
    assert!(none_of_kind(
        "RATINGS: AAA / AA- Delivery Date: 03/04/2026",
        "outlet"
    ));
    // Inside a hyphenated word.
    assert!(none_of_kind(
        "The trans-Atlantic alliance was tested.",
        "outlet"
    ));
    // A one-word outlet name used as a modifier.
    assert!(none_of_kind(
        "The Atlantic hurricane season starts in June.",
        "outlet"
    ));
    // Outlets in news context are kept.
    yes(
        "The minister told Reuters the plan was final.",
        "outlet",
        "Reuters",
    );
    yes("The BBC reported heavy fighting.", "outlet", "BBC");
}

#[test]
fn kinds_stay_three() {
    let e = Lexicon::builtin().tag("Analysts at Morgan Stanley in London said so.");
    assert!(e.iter().all(|x| matches!(
        x.kind,
        EntityKind::Person | EntityKind::Place | EntityKind::Outlet
    )));
}

#[test]
fn features_storms_and_groups_are_not_people_or_places() {
    assert!(none_of_kind(
        "Scientists flew over Petermann Glacier last week.",
        "person"
    ));
    assert!(none_of_kind(
        "Damage from Hurricane Katrina was still visible.",
        "person"
    ));
    assert!(none_of_kind(
        "Sunni and Shi'ite leaders met in private.",
        "person"
    ));
    assert!(none_of_kind("Serbs and Croats voted on Sunday.", "person"));
    // "the official X news agency": an adjective, not a role before a name.
    assert!(none_of_kind(
        "The official Tanjug news agency said the talks would resume.",
        "person"
    ));
}

#[test]
fn wire_lists_of_results() {
    let text = "1. Tavi Okoro (Nigeria) 2:21.04\n2. Maria Ortiz (Spain) 2:21.30\n3. Kaito Brandt (GER) 2:22.15";
    let segs: Vec<&str> = text.split('\n').collect();
    let people = people_in(&segs);
    for want in ["Tavi Okoro", "Maria Ortiz", "Kaito Brandt"] {
        assert!(people.iter().any(|p| p == want), "{want}: {people:?}");
    }
}

#[test]
fn a_feature_of_a_place_is_no_outlet() {
    assert!(none_of_kind(
        "The cyclone formed over the Bay of Bengal on Friday.",
        "outlet"
    ));
}

#[test]
fn places_inside_named_things() {
    // An organisation "<head> of <place>", and treaties named after places.
    assert!(none_of_kind(
        "Students at the University of South Carolina marched.",
        "place"
    ));
    assert!(none_of_kind("The Montreal Protocol was amended.", "place"));
    assert!(none_of_kind("The Kigali Amendment limits HFCs.", "place"));
}

#[test]
fn firms_that_say_things_are_not_people() {
    none_in(
        &[
            "Nvidia said sales doubled.",
            "A spokesman for Airbnb declined to comment.",
            "Gazprom said exports fell.",
        ],
        "person",
    );
}

#[test]
fn one_word_outlets_need_news_context() {
    // Outlets named by a word, an ocean or a proper adjective.
    none_in(
        &[
            "Since the last session the Nation has lost a great leader.",
            "Trade between the Atlantic and the Gulf States grew.",
            "I see the Speaker and the Vice President are laughing.",
            "The financial crisis in Mexico is a case in point.",
            "A large Hispanic population lives in the Southwest.",
        ],
        "outlet",
    );
    yes(
        "The Atlantic reported that the plan had failed.",
        "outlet",
        "Atlantic",
    );
    yes(
        "She told the Nation that the vote was rigged.",
        "outlet",
        "Nation",
    );
    yes("He wrote for The Onion for ten years.", "outlet", "Onion");
}

#[test]
fn regional_and_exile_outlets_are_known() {
    // Outlets of the Russian and Ukrainian press as wire copy cites them.
    yes(
        "The independent outlet Mediazona counted the names of the dead.",
        "outlet",
        "Mediazona",
    );
    yes(
        "The arrests were first reported by SOTA on Friday.",
        "outlet",
        "SOTA",
    );
    yes(
        "According to The Bell, the bank sold its stake.",
        "outlet",
        "Bell",
    );
    yes(
        "Suspilne reported explosions in the city overnight.",
        "outlet",
        "Suspilne",
    );
    // The same words in their plain senses are no outlets.
    none_in(
        &[
            "The bell rang at noon and the crowd went in.",
            "Shot twice in the leg, the man survived.",
            "The village council met on Monday.",
        ],
        "outlet",
    );
}

#[test]
fn team_names_in_results_are_no_people() {
    // Team names that are also listed surnames, with the score after them
    // or before them.
    assert!(none_of_kind(
        "Lyon beat Everton 2-0 in the friendly.",
        "person"
    ));
    assert!(none_of_kind(
        "The visitors drew 1-1 with Villarreal on Sunday.",
        "person"
    ));
    assert!(none_of_kind(
        "It was a 3-1 win over Fulham at home.",
        "person"
    ));
    // A person in the same sentence is still one.
    yes(
        "Coach Liam Duffy said Lyon beat Everton 2-0.",
        "person",
        "Liam Duffy",
    );
}

#[test]
fn an_article_before_a_speaker_word_makes_an_institution() {
    assert!(none_of_kind(
        "The Kremlin said the talks would go on.",
        "person"
    ));
    assert!(none_of_kind(
        "The Pentagon said it had no comment.",
        "person"
    ));
    yes(
        "The visit went well, Ravindran said on Friday.",
        "person",
        "Ravindran",
    );
}

#[test]
fn rating_agencies_are_no_people() {
    assert!(none_of_kind(
        "Fitch cut the bank's rating to BB+ on Thursday.",
        "person"
    ));
}

#[test]
fn national_news_agencies_and_older_spellings() {
    yes(
        "The official news agency IRNA said the envoy had arrived.",
        "outlet",
        "IRNA",
    );
    yes(
        "According to Bernama, the flood waters were receding.",
        "outlet",
        "Bernama",
    );
    yes(
        "Itar-Tass quoted a ministry source as saying so.",
        "outlet",
        "Itar-Tass",
    );
    yes(
        "The Syrian Arab News Agency showed the damage.",
        "outlet",
        "Syrian Arab News Agency",
    );
    // Abbreviations that name other things are no outlets.
    assert!(none_of_kind(
        "Trade across the MENA region slowed.",
        "outlet"
    ));
    assert!(none_of_kind(
        "Nobody needs a BTA to enter the country.",
        "outlet"
    ));
}

#[test]
fn a_national_side_is_its_country_a_club_is_no_place() {
    // A side named by its country is the country, in a report and in a
    // result (as in the CoNLL and OntoNotes schemes).
    yes(
        "Norway won a corner in the 71st minute but could not find the net.",
        "place",
        "Norway",
    );
    yes(
        "The second came for Croatia, a header from close range after 20 minutes of pressure, as the striker pounced.",
        "place",
        "Croatia",
    );
    yes(
        "Portugal beat Estonia 3-0 in their qualifier on Wednesday.",
        "place",
        "Estonia",
    );
    // The nations of the United Kingdom field sides as countries do.
    yes(
        "Wales beat Scotland by two tries in Cardiff on Saturday.",
        "place",
        "Scotland",
    );
    // A club named by its city is no place; nor a firm named by a country.
    assert!(none_of_kind(
        "Bordeaux beat Nantes 2-0 to go top of the table.",
        "place"
    ));
    no("He flew home on Air France via Lyon.", "place", "France");
}

#[test]
fn clubs_named_after_towns_in_sports_copy() {
    // A report with scores and match words: the counties and towns are
    // sides, the venue after "at" and the dateline are places.
    let story = "CRICKET - DEVON SURGE CLEAR AT THE TOP.\n\
                 TAUNTON 2025-06-14\n\
                 Devon took five wickets for 41 runs as Cornwall collapsed at Taunton.\n\
                 Norfolk reached 288-6 after their opening pair put on 120, while Suffolk \
                 were all out for 190 in their second innings.\n\
                 Scores: Devon 301 (T. Marsh 88), Cornwall 140-9.";
    for side in ["Cornwall", "Norfolk", "Suffolk"] {
        no(story, "place", side);
    }
    yes(story, "place", "TAUNTON");
    yes(story, "place", "Taunton");
    // The same names in a story without scores are places.
    yes(
        "Flooding closed roads across Cornwall and Norfolk on Tuesday.",
        "place",
        "Norfolk",
    );
}

#[test]
fn clubs_in_squads_tables_and_coded_firm_names() {
    // A squad line names each player's club and the club's country.
    let squad = "Squad:\nDefenders - Rui Lemos (Bordeaux, France), Tiago Vaz (Braga):";
    no(squad, "place", "Bordeaux");
    yes(squad, "place", "France");
    // A row of a standings table after a club and its country.
    let table = "Group B\nNantes (France) 9 6 3 15\nGhent (Belgium) 9 4 5 13";
    no(table, "place", "Nantes");
    yes(table, "place", "Belgium");
    // A standings row of a club named with its town and a club word.
    let league = "Standings:\nHapoel Tielt 12 8 0 4 18 9 24\nValencia 15 6 2 7 23 22 20";
    assert!(none_of_kind(league, "place"));
    assert!(none_of_kind(league, "person"));
    // The second side of a result, named in two words, is neither a place
    // nor an outlet of that name.
    let result = "Results on Friday:\nTorino 4 Kansas City 1";
    no(result, "place", "Kansas City");
    no(result, "outlet", "Kansas City");
    // A town's name before a hyphen and a letter code is a firm's.
    no(
        "Analysts ruled out Tielt-X Resources as a bidder.",
        "place",
        "Tielt",
    );
    assert!(none_of_kind(
        "Both sources said Tielt-X had until Friday.",
        "person"
    ));
    // Two places joined by a hyphen stay places.
    yes(
        "The Austria-Hungary border was redrawn.",
        "place",
        "Austria",
    );
}

#[test]
fn a_wire_desk_is_no_place() {
    // The sign-off of a wire story names its desk, not a place.
    let story = "Shares closed higher on the day.\n-- Lisbon Newsroom +351 21 555 0199";
    no(story, "place", "Lisbon");
    no(
        "Contact the Reuters Nairobi Bureau for details.",
        "place",
        "Nairobi",
    );
    // The place before a lower-case "bureau" stays.
    yes("She runs the paper's Nairobi bureau.", "place", "Nairobi");
}

#[test]
fn outlet_names_that_are_words_or_name_ends() {
    // A one-word outlet that is a common word says nothing in capitals.
    assert!(none_of_kind("I SEE HIM EVERY TIME I GO THERE", "outlet"));
    assert!(none_of_kind("II. FINANCIAL STATEMENTS AND NOTES", "outlet"));
    // The end of a longer name is not an outlet.
    assert!(none_of_kind(
        "Boats crossed to the port of San Juan del Norte at dawn.",
        "outlet"
    ));
    // An outlet's own article stays ("la Repubblica").
    yes(
        "The interview ran in la Repubblica on Sunday.",
        "outlet",
        "Repubblica",
    );
}

#[test]
fn airlines_named_after_places() {
    no(
        "Air Portugal and Air Kenya cut flights to the coast.",
        "place",
        "Portugal",
    );
    no(
        "Air Portugal cut flights to the coast.",
        "place",
        "Portugal",
    );
    yes("Air Portugal cut flights to Lisbon.", "place", "Lisbon");
}

#[test]
fn a_city_before_a_sports_role_is_the_club() {
    no(
        "Lisbon coach Rui Barros praised his defence.",
        "place",
        "Lisbon",
    );
    no("Two Marseille fans were arrested.", "place", "Marseille");
    yes(
        "Lisbon coach Rui Barros praised his defence.",
        "person",
        "Rui Barros",
    );
    // The city itself stays a place.
    yes("The mayor of Lisbon opened the bridge.", "place", "Lisbon");
}

#[test]
fn an_outlet_named_by_a_common_word_opens_a_sentence_when_it_reports() {
    yes(
        "Politico reported the memo on Tuesday.",
        "outlet",
        "Politico",
    );
    yes("Politico first reported the plan.", "outlet", "Politico");
    yes(
        "The Times reported that talks had stalled.",
        "outlet",
        "Times",
    );
    // Without a verb only an outlet does, the word stays a word.
    no("Time will tell whether the plan works.", "outlet", "Time");
    no("People said they were afraid.", "outlet", "People");
}

#[test]
fn an_outlets_name_used_for_something_else() {
    no(
        "Japan's benchmark Nikkei index fell 2%.",
        "outlet",
        "Nikkei",
    );
    no("Nikkei 225 futures rose overnight.", "outlet", "Nikkei");
    yes("The Nikkei reported the merger.", "outlet", "Nikkei");
    no(
        "Donors are screened by Canadian Blood Services (CBS).",
        "outlet",
        "CBS",
    );
    yes(
        "The Korean Central News Agency (KCNA) said so.",
        "outlet",
        "KCNA",
    );
    // "the Post" names the document's Post; "the Post Office" does not.
    let both = "The Washington Post said the Post Office would close branches.";
    yes(both, "outlet", "Washington Post");
    no(both, "outlet", "Post");
    // A firm's name that starts with an outlet's.
    no(
        "Bloomberg Philanthropies gave $10 million.",
        "outlet",
        "Bloomberg",
    );
    no("Reuters Ventures led the round.", "outlet", "Reuters");
    // The same after ", or ".
    no(
        "Andhra Pradesh, or AP, opened a new capital.",
        "outlet",
        "AP",
    );
    yes(
        "Its reporter told the AP, or Associated Press.",
        "outlet",
        "AP",
    );
    // The head of a building's, a body's or a product's name.
    no("The CNN Center in Atlanta was sold.", "outlet", "CNN");
    no(
        "Reuters Institute researchers found trust fell.",
        "outlet",
        "Reuters",
    );
    no("The BBC Proms opened on Friday.", "outlet", "BBC");
}

#[test]
fn clubs_in_results_after_an_auxiliary() {
    no("Leeds were held 0-0 at home on Saturday.", "place", "Leeds");
    no("Porto have beaten Braga 2-1 in the cup.", "place", "Porto");
    yes("Leeds was a wool town in 1850.", "place", "Leeds");
}

#[test]
fn the_last_word_of_a_longer_name_is_no_speaker() {
    none_in(
        &[
            "The United Nations says aid is on its way to the coast.",
            "Earlier this week, the United Nations warned of floods.",
            "The Red Cross says 40 people were hurt in the blast.",
            "The Southern Shipping Bureau says two vessels were boarded.",
            "The Family Channel said the film drew a record audience.",
        ],
        "person",
    );
    // A title, a demonym or a sentence's first word before the name leaves
    // the speaker rule as it was.
    yes(
        "President Bush said the talks would go on.",
        "person",
        "Bush",
    );
    yes("But Fenwick said the deal was fair.", "person", "Fenwick");
    yes(
        "The forward, Brazilian Okafor, said he was ready.",
        "person",
        "Okafor",
    );
}

#[test]
fn football_clubs_named_after_their_city() {
    for (text, word) in [
        (
            "Paris Saint-Germain signed the striker for 60 million euros.",
            "Paris",
        ),
        (
            "Bayern Munich confirmed the transfer on its website.",
            "Munich",
        ),
        (
            "Ajax Amsterdam appointed a new coach on Tuesday.",
            "Amsterdam",
        ),
    ] {
        no(text, "place", word);
    }
}

#[test]
fn an_outlet_named_by_a_common_word_before_a_news_noun_and_a_verb() {
    yes(
        "The Sun newspaper said the singer had married.",
        "outlet",
        "Sun",
    );
    yes(
        "The Times newspaper reported that the tax would rise.",
        "outlet",
        "Times",
    );
    // Without the verb, the word stays a word.
    no("The Sun paper mill closed.", "outlet", "Sun");
}

#[test]
fn a_notable_surname_inside_a_firms_name() {
    no(
        "India's Adani Group denied the allegations on Thursday.",
        "person",
        "Adani",
    );
}

#[test]
fn teams_in_a_results_table_are_no_places_or_people() {
    for text in [
        "Premier league: Arsenal 2 Derby 2 Chelsea 1 Leeds 0",
        "Sheffield Wednesday 1 Leeds 0",
        "Chelsea 3 Newcastle 1",
    ] {
        assert!(
            none_of_kind(text, "place") && none_of_kind(text, "person"),
            "{text:?}: {:?}",
            tags(text)
        );
    }
    // Numbers in prose are no table.
    yes(
        "He lived in Paris for 2 years and in Leeds for 3 years.",
        "place",
        "Leeds",
    );
}

#[test]
fn a_one_word_place_heading_an_organisations_name() {
    no(
        "She went on to the Centre for Social Evolution at the university.",
        "place",
        "Centre",
    );
}

#[test]
fn carmakers_and_electronics_firms_named_like_people() {
    none_in(
        &[
            "Nissan and Honda said on Monday they would work toward a merger.",
            "Mobile phone maker Sony Ericsson signed an $88 million sponsorship deal.",
        ],
        "person",
    );
    // The person named in full stays a person on later mentions.
    yes(
        "Ontario Premier Doug Ford met mayors on Monday. Ford said the deal was fair.",
        "person",
        "Doug Ford",
    );
}

#[test]
fn a_club_after_a_role_word_is_no_person() {
    let text = "Liverpool host Manchester City on Sunday, while the champions rest.";
    assert!(none_of_kind(text, "person"), "{text:?}: {:?}", tags(text));
    // A surname that is also a feature's last word stays in the name.
    yes(
        "Director Michael Bay said the film was finished.",
        "person",
        "Michael Bay",
    );
}

#[test]
fn a_town_in_a_standings_row_is_a_club() {
    // A row of played, won, drawn, lost and points after a town's name.
    no("Ajax 21 15 3 3 48 17 48", "place", "Ajax");
    no("Arnhem 21 9 6 6 30 28 33", "place", "Arnhem");
    // A country in a medal table stays a place.
    yes("Norway 4 2 3 9", "place", "Norway");
}

#[test]
fn clubs_in_brackets_on_a_squad_line() {
    // A city in brackets after a player on a line with a position label is
    // the player's club; the players stay people.
    let squad = "Defenders: Marek Zelenka (Leverkusen), Pavel Horak (Marseille).";
    no(squad, "place", "Leverkusen");
    no(squad, "place", "Marseille");
    yes(squad, "person", "Marek Zelenka");
    // Elsewhere a city or a country in brackets stays a place.
    yes(
        "Irena Voss (Leipzig) won the regional prize.",
        "place",
        "Leipzig",
    );
    yes("3. Maria Ortiz (Spain) 2:21.04", "place", "Spain");
}

#[test]
fn a_name_ending_in_a_company_word_is_no_person() {
    // "AG", "Plc", "Mining" after a name make it a firm's, even before "said".
    none_in(
        &[
            "Voest AG said net profit rose.",
            "Halvorsen Plc said it would cut jobs.",
            "Ostrander Mining said output would fall.",
        ],
        "person",
    );
}

#[test]
fn three_digit_scores_in_a_results_table() {
    // Basketball scores run to three digits: the teams are no places.
    assert!(none_of_kind("Denver 112 Portland 104", "place"));
    assert!(none_of_kind("Phoenix 99 Sacramento 101", "place"));
}

#[test]
fn a_place_before_a_capitalised_plural_names_a_team_or_a_firm() {
    // A team's nickname, an airline's or a treaty's plural after the place.
    none_in(
        &[
            "The Denver Broncos signed a new quarterback.",
            "Passengers on Zambia Airways were stranded.",
            "Talks on the Lisbon Accords resumed.",
        ],
        "place",
    );
    // A feature's plural stays the place's ("the Golan Heights").
    yes(
        "Troops patrolled the Golan Heights on Monday.",
        "place",
        "Golan Heights",
    );
}

#[test]
fn more_agencies_and_papers_by_name() {
    yes(
        "The Middle East News Agency said the border reopened.",
        "outlet",
        "Middle East News Agency",
    );
    yes(
        "The Herald Sun reported the arrest on Friday.",
        "outlet",
        "Herald Sun",
    );
    // A firm named after a word and a surname is no person.
    assert!(none_of_kind("Time Warner said its profit rose.", "person"));
}

#[test]
fn a_states_name_or_a_lower_case_phrase_is_no_outlet() {
    // Other names of small papers that read as something else in news text.
    none_in(
        &[
            "Officials say the Islamic Republic will not give up enrichment.",
            "The Christian Democratic Union leader spoke in Berlin.",
        ],
        "outlet",
    );
}

#[test]
fn a_name_after_an_ampersand_is_a_firms() {
    // "X & Co", "Crum & Forster": the name after "&" is a firm's word.
    none_in(
        &[
            "Analysts at Wertheim Schroder & Co said the bid was low.",
            "A spokeswoman for Crum & Forster said jobs would go.",
            "Berkshire Hathaway's chairman bought more shares.",
        ],
        "person",
    );
    // Two people joined by "&" stay people.
    yes("Thanks again, Steve & Anne", "person", "Anne");
}

#[test]
fn north_american_league_teams_named_after_their_city() {
    none_in(
        &[
            "The Chicago Bulls beat the Utah Jazz on Tuesday.",
            "Fans of the Detroit Lions booed the call.",
            "Paris St Germain beat Lille 2-0 at home.",
        ],
        "place",
    );
    // The city alone stays a place.
    yes("A heat wave hit Chicago on Tuesday.", "place", "Chicago");
}

#[test]
fn energy_firms_pipelines_and_benchmarks() {
    // Trading houses and state oil firms are no people and no places.
    none_in(
        &[
            "Traders at Gunvor and Mercuria said demand was weak.",
            "The state oil firm Pemex said output fell.",
        ],
        "place",
    );
    none_in(
        &[
            "Traders at Gunvor and Mercuria said demand was weak.",
            "Petrobras says its new platform is running.",
        ],
        "person",
    );
    // A place inside a pipeline's, a refinery's or a benchmark's name.
    none_in(
        &[
            "Exports through the Druzhba Pipeline resumed, while the Baltic Pipeline \
             Consortium stayed shut.",
        ],
        "place",
    );
    no(
        "U.S. West Texas Intermediate crude fell 2% to $71.20.",
        "place",
        "Texas",
    );
    yes(
        "Exports from Kazakhstan through the Caspian Pipeline Consortium fell.",
        "place",
        "Kazakhstan",
    );
}

#[test]
fn a_second_employer_after_at_is_no_person() {
    // "at X and Y": Y is a second firm, not a person named by a surname.
    none_in(
        &["Analysts at Jefferies and Bernstein raised their targets."],
        "person",
    );
    // A given name there is still a person.
    yes(
        "Thanks to the staff, from Julie and Janice to the cooks.",
        "person",
        "Janice",
    );
}

#[test]
fn an_outlets_medium_is_part_of_its_mention() {
    // "Bloomberg Television", "Reuters TV": the mention runs to the medium.
    yes(
        "The chief executive told Bloomberg Television on Monday.",
        "outlet",
        "Bloomberg Television",
    );
    yes(
        "He told Reuters TV that the plant would close.",
        "outlet",
        "Reuters TV",
    );
}
