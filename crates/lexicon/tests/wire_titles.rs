//! News-wire error classes (issue 18), title words of modern wire style
//! before a name. Each text is written for this file in the style of wire
//! copy.

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
