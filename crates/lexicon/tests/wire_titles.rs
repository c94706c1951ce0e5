//! News-wire error classes (issue 18), titles before a name and roles in
//! apposition after it. Each text is written for this file in the style of
//! wire copy.

mod common;
use common::*;

#[test]
fn chair_is_a_title_before_a_name() {
    // An agency's chair, named after the agency's short name.
    yes(
        "Agency Chair Tovah Kingston said rates would hold.",
        "person",
        "Tovah Kingston",
    );
    no(
        "Agency Chair Tovah Kingston said rates would hold.",
        "place",
        "Kingston",
    );
    // A chair as furniture is no title.
    none_in(&["He left the chair by the window."], "person");
}

#[test]
fn a_role_in_apposition_after_a_one_word_name() {
    for (text, name) in [
        (
            "Traders watched Okorafor, chief of the bank's markets desk.",
            "Okorafor",
        ),
        (
            "The plan was backed by Vantongeren, a senior adviser to the king.",
            "Vantongeren",
        ),
        ("Brannocsen, 54, was released on Friday.", "Brannocsen"),
    ] {
        yes(text, "person", name);
    }
    // The whole name when a capitalised word comes before it.
    yes(
        "Ilie Vantongeren, leader of the Farmers Front, spoke.",
        "person",
        "Ilie Vantongeren",
    );
    // A firm with its own role words is no person; nor is a place after
    // "of", or the end of a hyphenated name.
    none_in(
        &["Zentrix, the firm's chief supplier, cut prices."],
        "person",
    );
    no(
        "Alexander Gordon of Dunmorrow, author of a history, died.",
        "person",
        "Dunmorrow",
    );
    no(
        "Khaled Al-Vantongeren, editor of the paper, spoke.",
        "person",
        "Vantongeren",
    );
}

#[test]
fn a_peoples_noun_before_a_name() {
    // The noun is no part of the name, and the name is read alone.
    yes(
        "He met Englishman Mark Jones on Friday.",
        "person",
        "Mark Jones",
    );
    yes(
        "Forward Tomas Varga and Briton Zvone Whitaker scored.",
        "person",
        "Zvone Whitaker",
    );
    // A surname in "-ić" written without its accent, after an unknown
    // given name.
    yes(
        "The coach picked Zvone Brkljacic.",
        "person",
        "Zvone Brkljacic",
    );
}

#[test]
fn a_notables_name_goes_on_with_bin() {
    let text = "Sheikh Tamim bin Hamad Al Thani met the delegation in Doha.";
    yes(text, "person", "Tamim bin Hamad Al Thani");
    no(text, "person", "Tamim");
}
