//! Denial-of-service guard: one megabyte of each input shape that once made
//! the tagger super-linear (runs of host-name bytes with many dots, long
//! hyphen chains, thousands of people sharing a surname) is tagged well
//! within a generous bound. Linear time takes milliseconds here (tens in a
//! debug build); the quadratic and cubic paths took minutes to hours.

use newsprep_lexicon::Lexicon;
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

/// Far above what linear time needs even in a debug build on a busy machine,
/// far below what the old quadratic paths took on one megabyte.
const BOUND: Duration = Duration::from_secs(20);

fn repeat(unit: &str) -> String {
    unit.repeat(MB.div_ceil(unit.len()))
}

/// "0.1.2.3.…": counting numbers joined by `sep`.
fn counting(sep: &str) -> String {
    let mut s = String::with_capacity(MB + 16);
    let mut k = 0u64;
    while s.len() < MB {
        s.push_str(&k.to_string());
        s.push_str(sep);
        k += 1;
    }
    s
}

/// Distinct full names that share a surname, each followed by the surname alone.
fn shared_surname() -> String {
    let mut s = String::with_capacity(MB + 64);
    let mut k = 0u32;
    while s.len() < MB {
        let l = |d: u32| char::from(b'a' + (k / d % 26) as u8);
        s.push_str(&format!(
            "Anna Q{}{}{}{} Lindqvist spoke. Lindqvist left. ",
            l(1),
            l(26),
            l(676),
            l(17_576)
        ));
        k += 1;
    }
    s
}

/// Tags `text` as one segment and as line segments, and also runs the raw
/// matcher, each within the bound.
fn check(shape: &str, text: &str) {
    let lex = Lexicon::builtin();
    let t = Instant::now();
    let _ = lex.tag(text);
    let segs: Vec<&str> = text.split('\n').collect();
    let _ = lex.tag_document(&segs);
    let _ = lex.find_iter(text).count();
    let took = t.elapsed();
    assert!(took < BOUND, "{shape}: {took:?} for {} bytes", text.len());
}

#[test]
fn host_name_runs() {
    check("a.", &repeat("a."));
    check("www.", &repeat("www."));
    check("0.1.2.3.", &counting("."));
    check("a-b.", &repeat("a-b."));
    check("x/a.a.", &format!("x/{}", repeat("a.")));
}

#[test]
fn dots_and_case() {
    check("dots", &repeat("."));
    check("a..", &repeat("a.."));
    check("A.", &repeat("A."));
    check("aB.", &repeat("aB."));
    check("Ab.", &repeat("Ab."));
    check("1.", &repeat("1."));
    check("0-1-", &counting("-"));
    check("a-…-.b", &(repeat("a-") + ".b"));
    check("reuters.", &repeat("reuters."));
    check("Reuters.", &repeat("Reuters."));
    check("www.reuters.com.", &repeat("www.reuters.com."));
    check("é.", &repeat("é."));
}

#[test]
fn hyphen_and_apostrophe_chains() {
    check("A-", &repeat("A-"));
    check("A'", &repeat("A'"));
    check("A-A.", &repeat("A-A."));
    check("Jean-", &repeat("Jean-"));
    check("É-", &repeat("É-"));
}

#[test]
fn many_people_and_words() {
    check("shared surname", &shared_surname());
    check("A ", &repeat("A "));
    check("Mr. ", &repeat("Mr. "));
    check("spaces", &(repeat(" ") + "A"));
    check("quotes", &(repeat("“") + "A"));
    check("lines", &(repeat("\n") + "A"));
}

#[test]
fn datelines_on_every_line() {
    check("LONDON (", &repeat("LONDON (Reuters\n"));
    check("LONDON, ", &repeat("LONDON, May 2 ("));
    check("PARIS -", &repeat("PARIS - \n"));
    check("AA\n", &repeat("AA\n"));
    check("KYIV/", &repeat("KYIV/"));
    check(
        "VAIL, ",
        &repeat("VAIL BROKEN BOW, Colorado Springs and more\n"),
    );
    check("VAIL,", &repeat("AA, B"));
    check("N.J. lines", &repeat("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q\n"));
    check("bylines", &repeat("Tovah Kingston\nLAGOS 2025-01-02\n"));
    check("byline, caps", &format!("Tovah Kingston\n{}", repeat("AB")));
}

#[test]
fn storms_titles_and_hyphenated_places() {
    // Every storm's name is remembered for the document-level step.
    check("Hurricane A", &repeat("Hurricane Katrina "));
    check("Storm names", &repeat("Tropical Storm Ana and Ana said "));
    // Title chains and the look back over a hyphen.
    check("General ", &repeat("General General Staff "));
    check("titles", &repeat("Emperor Count Tsar Kaiser "));
    check("Indo-Sri", &repeat("Indo-Sri Lanka-Sri "));
    check("St. ", &repeat("St. St. Mt. "));
}

#[test]
fn sports_copy_brackets_and_codes() {
    // Scores and match words everywhere: the document-level club step.
    check("scores", &repeat("Kent 2-1 Essex innings wickets Leeds "));
    check("score lines", &repeat("Leeds 4-38\n"));
    // Brackets after names: the look ahead for a player's nation.
    check("(Name (", &repeat("Anna Lindqvist (Anna Lindqvist ("));
    check("(Spain)", &repeat("Jan Kroslak (Spain) "));
    check("A (", &repeat("A ("));
    // Hyphens before capitals: firms' codes and compound names.
    check("Bre-X", &repeat("Leeds-X Leeds-Xa Leeds-Royce "));
    check("A. B", &repeat("A. B. C. D "));
    // Line-ups, schedules and standings: the look around a shirt number, a
    // line of "X AT Y", a win percentage.
    check("1 - A", &repeat("1 - Aa Bb, "));
    check("1 - A\n", &repeat("1 - Aa Bb, 2 - Cc\n"));
    check("A AT B", &repeat("BOSTON AT MIAMI AT "));
    check("v", &repeat("Leeds v Hull vs. Leeds "));
    check(".515", &repeat("BOSTON 69 65 .515 "));
    check("4 for 38", &repeat("Kent 4 for 38 innings wickets "));
    check("roster", &repeat("Squad - Aa Bb, Cc Dd, Ee Ff\n"));
    check("roster line", &format!("Squad - {}", repeat("Aa Bb, ")));
    check("scorers", &repeat("Leeds 2 (Aa 4, Bb 5) Hull 1 (Cc 9) "));
}
