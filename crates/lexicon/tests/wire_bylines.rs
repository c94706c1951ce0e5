//! News-wire error classes (issue 18), a reporter's byline on its own line
//! before the dateline. Each text is written for this file in the style of
//! wire copy.

mod common;
use common::*;

#[test]
fn a_name_line_before_a_dateline_is_the_reporter() {
    // Unknown given names, and surnames that are places' names.
    for story in [
        "Copper slips on demand worries.\nTovah Kingston\nLAGOS 2025-01-02\nCopper fell.",
        "Copper slips on demand worries.\nVathana Sokha\nPHNOM PENH, Jan 2 (Reuters) - Copper fell.",
        "Copper slips on demand worries.\nOyelola Brandon\nACCRA - Copper fell.",
        "Copper slips on demand worries.\nZhyldyz Osh\nBISHKEK/ALMATY - Copper fell.",
    ] {
        let name = story.lines().nth(1).unwrap_or("");
        yes(story, "person", name);
    }
    // An initial inside the name.
    yes(
        "Copper slips.\nMishka E. Perth\nJOHANNESBURG 2025-01-02\nCopper fell.",
        "person",
        "Mishka E. Perth",
    );
    no(
        "Copper slips.\nMishka E. Perth\nJOHANNESBURG 2025-01-02\nCopper fell.",
        "place",
        "Perth",
    );
}

#[test]
fn a_headline_or_a_place_before_a_dateline_is_no_byline() {
    // Common words: a headline in title case.
    none_in(
        &["Markets Rally\nLONDON 2025-01-02\nShares rose."],
        "person",
    );
    none_in(
        &["Stocks Slip Again\nTOKYO 2025-01-02\nShares fell."],
        "person",
    );
    // A name line with no dateline after it is read as usual.
    yes(
        "Tovah Kingston\nThe report was published on Friday.",
        "place",
        "Kingston",
    );
}

#[test]
fn every_name_of_a_credit_or_a_byline() {
    let story = "Copper slips on demand worries\n\
                 By Tovah Kingston and Mishka Ranchi\n\
                 LONDON, March 3 (Reuters) - Copper fell on Tuesday.\n\
                 (Reporting by Tovah Kingston in London and Mishka Ranchi in Singapore; \
                 Editing by Oyelola Brandon and Zhyldyz Osh)";
    for name in [
        "Tovah Kingston",
        "Mishka Ranchi",
        "Oyelola Brandon",
        "Zhyldyz Osh",
    ] {
        yes(story, "person", name);
    }
    for place in ["Ranchi", "Osh", "Kingston"] {
        no(story, "place", place);
    }
    yes(story, "place", "Singapore");
    // A person named after a title and their place, then "and" and the next
    // person and place.
    let trip = "Reporter Tovah Kingston in Lagos and Mishka Ranchi in Accra filed the story.";
    yes(trip, "person", "Mishka Ranchi");
    no(trip, "place", "Ranchi");
    yes(trip, "place", "Accra");
    // "and" after a place of a sentence is no credit.
    yes(
        "Flights to London and Kingston were cut.",
        "place",
        "Kingston",
    );
}
