//! News-wire error classes (issue 18), sports pages: standings with win
//! percentages, schedules, fixtures and cricket reports without a dashed
//! score. Each text is written for this file in the style of wire copy.

mod common;
use common::*;

#[test]
fn standings_rows_with_win_percentages_name_clubs() {
    let table = "HOCKEY - NORTH AMERICAN LEAGUE STANDINGS.\n\
                 DENVER 2025-11-03\n\
                 W L PCT GB\n\
                 PORTLAND 41 22 .651 -\n\
                 SACRAMENTO 38 25 .603 3\n\
                 Omaha 30 33 0.476 11 1/2\n\
                 Salt Lake City 12 51 .190 29";
    for club in ["PORTLAND", "SACRAMENTO", "Omaha", "Salt Lake City"] {
        no(table, "place", club);
    }
    // The dateline, with its year, stays a place.
    yes(table, "place", "DENVER");
}

#[test]
fn a_team_named_with_more_words_in_a_standings_row() {
    // The town is the first word of the club's name.
    no("Hamilton Academical 6 3 2 1 9 7 11", "place", "Hamilton");
    no("Greenock Thistle 6 4 1 1 12 6 13", "place", "Greenock");
    // The same names in a sentence are places.
    yes(
        "Police in Hamilton and Greenock made arrests.",
        "place",
        "Greenock",
    );
}

#[test]
fn a_schedule_line_names_visitors_and_venue() {
    let schedule = "BASKETBALL - WEEKEND SCHEDULE.\n\
                    CHICAGO 2025-12-12\n\
                    SATURDAY, DECEMBER 13\n\
                    BOSTON AT ATLANTA\n\
                    SAN ANTONIO AT MIAMI";
    // The visitors are a club; where they play is a place.
    no(schedule, "place", "BOSTON");
    no(schedule, "place", "SAN ANTONIO");
    yes(schedule, "place", "ATLANTA");
    yes(schedule, "place", "MIAMI");
    // A headline with "AT" and more words is no schedule line.
    yes("STORMS HIT BOSTON AT START OF WEEK", "place", "BOSTON");
    yes("BOSTON AT START OF WEEK OF STORMS", "place", "BOSTON");
}

#[test]
fn fixtures_with_v_or_vs_name_teams() {
    no(
        "Postponed: Swindon v Carlisle, Exeter v Lincoln",
        "place",
        "Swindon",
    );
    no(
        "Postponed: Swindon v Carlisle, Exeter v Lincoln",
        "place",
        "Lincoln",
    );
    no("June 9-12 v Hampshire (four days)", "place", "Hampshire");
    no(
        "Game 4: Friday @ 7:00PM vs. Phoenix MERCURY",
        "place",
        "Phoenix",
    );
    // A multiword city that names a team is skipped whole: no person is
    // made of its last word and the club's name.
    none_in(
        &["Game 2: Sunday @ 1:00PM vs. Los Angeles SPARKS"],
        "person",
    );
    // A national side is its country.
    yes("Friendly: England v Brazil at Wembley", "place", "Brazil");
}

#[test]
fn cricket_scores_make_a_report_sports_copy() {
    // No dashed score: the runs and wickets are "N for M".
    let story = "CRICKET - KENT CLOSE IN ON VICTORY.\n\
                 CANTERBURY 2025-07-19\n\
                 Sussex were bowled out for 201 on Friday after left-armer Tom Pryce \
                 took five for 42 in the morning session.\n\
                 Kent replied with 310 for six at the close, a first innings lead of 109, \
                 and Essex reached 188 for three against Durham at Chelmsford.";
    for side in ["Sussex", "Kent", "Essex", "Durham"] {
        no(story, "place", side);
    }
    yes(story, "place", "CANTERBURY");
    yes(story, "place", "Chelmsford");
    // Without the scores the counties are places.
    yes(
        "Heavy rain flooded parts of Kent and Essex overnight.",
        "place",
        "Essex",
    );
}

#[test]
fn sides_in_a_list_or_opening_a_line_in_a_cricket_report() {
    let story = "CRICKET - LANCASHIRE GO TOP.\n\
                 MANCHESTER 2025-08-02\n\
                 Lancashire took eight for 61 on the last morning to win by an innings, \
                 their sixth championship win.\n\
                 Title rivals Durham, Somerset and Hampshire were all held up by rain.\n\
                 Somerset, however, closed on 240 for four to lead by 90 runs.";
    // A list of sides is no "town, county" pair.
    no(story, "place", "Durham");
    // A side opening a line before a comma is no dateline.
    no(story, "place", "Somerset");
    yes(story, "place", "MANCHESTER");
    // A real pair of places stays.
    yes("The match was moved to Ilford, Essex.", "place", "Ilford");
}

#[test]
fn a_result_in_a_headline_in_capitals_names_clubs() {
    let story = "SOCCER - GRONINGEN BEAT UTRECHT 3-1 IN CUP.\nAMSTERDAM 2025-03-02\n";
    no(story, "place", "GRONINGEN");
    no(story, "place", "UTRECHT");
    yes(story, "place", "AMSTERDAM");
    // Without a score the names are places.
    yes("FLOODS HIT GRONINGEN AND UTRECHT", "place", "UTRECHT");
}

#[test]
fn names_after_shirt_numbers_on_a_line_up() {
    let teams = "Teams:\n\
                 Freedonia: 1 - Tiberiu Vakarel; 2 - Ognyan Slatev; 5 - Duro Kettle \
                 (14 - Savo Mirkel 62); 9 - Brannoc Hult.\n\
                 Sylvania - 15 - Ikaika Paulo, 14 - Sione Vaka, 3 - Penitoa Lomani";
    for name in [
        "Tiberiu Vakarel",
        "Ognyan Slatev",
        "Duro Kettle",
        "Savo Mirkel",
        "Brannoc Hult",
        "Ikaika Paulo",
        "Sione Vaka",
        "Penitoa Lomani",
    ] {
        yes(teams, "person", name);
    }
    // A dash after a date in an itinerary is no line-up.
    let trip = "Wed. Sept. 27 - Paris Thur. Sept. 28 - Paris (Versailles)";
    none_in(&[trip], "person");
    yes(trip, "place", "Paris");
}

#[test]
fn clubs_and_players_on_a_squad_line() {
    let squad = "Squad:\n\
                 Midfielders - Tiago Marvao (Braga), Rui Falcao (Porto), Paulo Bento (Oviedo, Spain)";
    // A club in brackets after a player is no place, whether the lexicon
    // has it as a city or as its district.
    no(squad, "place", "Braga");
    no(squad, "place", "Porto");
    // A player whose whole name is a small place's is the player.
    yes(squad, "person", "Paulo Bento");
    no(squad, "place", "Paulo Bento");
    // The club's country stays a place.
    yes(squad, "place", "Spain");
    // Outside a squad the same brackets say nothing of clubs.
    yes("The plant near Porto (Portugal) closed.", "place", "Porto");
}

#[test]
fn sides_around_scorers_in_brackets() {
    let results = "Results of league matches on Saturday:\n\
                   Groningen 2 (Vlaar 12, Kessel 77) Utrecht 1 (Mertens 50).\n\
                   Tilburg 0 Eindhoven 0.";
    for side in ["Groningen", "Utrecht", "Tilburg", "Eindhoven"] {
        no(results, "place", side);
    }
    yes(results, "person", "Kessel");
}

#[test]
fn names_listed_after_a_roster_label() {
    let squad = "Squad:\n\
                 Defenders - Tovah Kingston, Ilie Radovan, Marek Little, Oyelola Brandon\n\
                 Freedonia - Kofi Perth, Sione Vaka, Brannoc Hult (captain)";
    for name in [
        "Tovah Kingston",
        "Ilie Radovan",
        "Marek Little",
        "Oyelola Brandon",
        "Kofi Perth",
        "Sione Vaka",
        "Brannoc Hult",
    ] {
        yes(squad, "person", name);
    }
    no(squad, "place", "Kingston");
    no(squad, "place", "Perth");
    // A list in prose, with no label of title-case words, is read as usual.
    yes(
        "Rain fell in Kingston, Perth, Leeds and Hull on Friday.",
        "place",
        "Kingston",
    );
    // Nor is a sentence before a colon a label.
    yes(
        "Flights were cut to three cities: Kingston, Perth, Hull.",
        "place",
        "Perth",
    );
}

#[test]
fn a_given_name_alone_in_a_match_report_is_a_team() {
    let report = "The striker scored twice against Chelsea on Sunday.";
    none_in(&[report], "person");
    // Outside a match a given name alone stays a person's.
    yes("The award went to Chelsea on Sunday.", "person", "Chelsea");
}
