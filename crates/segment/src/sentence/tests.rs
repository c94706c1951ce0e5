//! Unit tests with fixtures written for newsprep.

use super::*;

fn seg(t: &str) -> Vec<&str> {
    SentenceSegmenter::default()
        .sentences(t)
        .map(|s| s.text)
        .collect()
}

#[track_caller]
fn check(t: &str, want: &[&str]) {
    assert_eq!(seg(t), want, "input: {t:?}");
}

#[test]
fn basic_punctuation() {
    check(
        "The cat sat. The dog ran.",
        &["The cat sat.", "The dog ran."],
    );
    check(
        "Who called? Nobody did!  Fine.",
        &["Who called?", "Nobody did!", "Fine."],
    );
    check(
        "Wait!! Is it over?! Yes.",
        &["Wait!!", "Is it over?!", "Yes."],
    );
    check("  lead and trail  ", &["lead and trail"]);
    check("", &[]);
    check(" \n\t ", &[]);
}

#[test]
fn abbreviations() {
    check(
        "Dr. Lee met Gov. Hart in Jan. 2020.",
        &["Dr. Lee met Gov. Hart in Jan. 2020."],
    );
    check(
        "She moved to the U.S. last May.",
        &["She moved to the U.S. last May."],
    );
    check(
        "Sales rose in the U.S. The rest fell.",
        &["Sales rose in the U.S.", "The rest fell."],
    );
    check(
        "He joined the U.S. Navy in 1990.",
        &["He joined the U.S. Navy in 1990."],
    );
    check(
        "Acme Corp. Chief Officer Ann Wu spoke.",
        &["Acme Corp. Chief Officer Ann Wu spoke."],
    );
    check(
        "He works at Acme Inc. It makes tools.",
        &["He works at Acme Inc.", "It makes tools."],
    );
    check(
        "See fig. 4 and No. 12 on p. 9.",
        &["See fig. 4 and No. 12 on p. 9."],
    );
    check(
        "Use tools, e.g. Hammers, i.e. Heavy ones.",
        &["Use tools, e.g. Hammers, i.e. Heavy ones."],
    );
    check(
        "Smith et al. found more. They said so.",
        &["Smith et al. found more.", "They said so."],
    );
    check(
        "Lee holds a Ph.D. in physics.",
        &["Lee holds a Ph.D. in physics."],
    );
    check(
        "Lee holds a Ph.D. She teaches.",
        &["Lee holds a Ph.D.", "She teaches."],
    );
    check(
        "The Sacramento, Calif. office closed.",
        &["The Sacramento, Calif. office closed."],
    );
    check("Roe v. Wade was cited.", &["Roe v. Wade was cited."]);
}

#[test]
fn initials_and_times() {
    check(
        "Mary K. Ash spoke. Then she left.",
        &["Mary K. Ash spoke.", "Then she left."],
    );
    check(
        "It was me and Malcolm X. He laughed.",
        &["It was me and Malcolm X.", "He laughed."],
    );
    check(
        "By 7 p.m. Officer Dean had left.",
        &["By 7 p.m. Officer Dean had left."],
    );
    check(
        "The vote ends at 8 p.m. Friday.",
        &["The vote ends at 8 p.m. Friday."],
    );
    check(
        "They met at 8 p.m. The talks failed.",
        &["They met at 8 p.m.", "The talks failed."],
    );
    check(
        "It began at 10:30 a.m. and ended late.",
        &["It began at 10:30 a.m. and ended late."],
    );
}

#[test]
fn numbers_urls_emails() {
    check(
        "It cost $4.50 per unit. Sales hit 3.2%.",
        &["It cost $4.50 per unit.", "Sales hit 3.2%."],
    );
    check(
        "Prices fell 2.5. Then rose.",
        &["Prices fell 2.5.", "Then rose."],
    );
    check(
        "Write to bob.smith@mail.example.org. He replies.",
        &["Write to bob.smith@mail.example.org.", "He replies."],
    );
    check(
        "Go to http://news.example.com/a.b/Index.html now. Bye.",
        &["Go to http://news.example.com/a.b/Index.html now.", "Bye."],
    );
    check(
        "The 3rd. The 4th was late.",
        &["The 3rd.", "The 4th was late."],
    );
}

#[test]
fn missing_space() {
    check(
        "It rained all day.Then it stopped.",
        &["It rained all day.", "Then it stopped."],
    );
    check("Visit Example.Com today.", &["Visit Example.Com today."]);
    check("Mail jo.Doe@x.org today.", &["Mail jo.Doe@x.org today."]);
}

#[test]
fn quotes_and_brackets() {
    check("\"We won.\" She smiled.", &["\"We won.\"", "She smiled."]);
    check("\"We won,\" she said.", &["\"We won,\" she said."]);
    check(
        "“We won!” he shouted. “Yes.”",
        &["“We won!” he shouted.", "“Yes.”"],
    );
    check(
        "He left (as planned.) and slept.",
        &["He left (as planned.) and slept."],
    );
    check(
        "He left. (It was late.) She stayed.",
        &["He left.", "(It was late.)", "She stayed."],
    );
    check(
        "Tom said: 'It is done.' Then he sat.",
        &["Tom said: 'It is done.'", "Then he sat."],
    );
}

#[test]
fn ellipses() {
    check(
        "He paused ... and went on.",
        &["He paused ... and went on."],
    );
    check(
        "He stopped... Nobody moved.",
        &["He stopped...", "Nobody moved."],
    );
    check(
        "He stopped…  Nobody moved.",
        &["He stopped…", "Nobody moved."],
    );
    check("The text [...] goes on.", &["The text [...] goes on."]);
    check(
        "It ends . . . . Then more.",
        &["It ends . . . .", "Then more."],
    );
    check("It trails . . . I see.", &["It trails . . . I see."]);
    check("Done. . . . And more.", &["Done.", ". . . And more."]);
}

#[test]
fn lines_and_paragraphs() {
    check(
        "Heading Here\nThe body starts.",
        &["Heading Here", "The body starts."],
    );
    check("para one\n\npara two", &["para one", "para two"]);
    check(
        "a line that wraps\nonto the next.",
        &["a line that wraps\nonto the next."],
    );
    check(
        "Trade between Georgia and\nArmenia grew.",
        &["Trade between Georgia and\nArmenia grew."],
    );
    check("Dr.\nSmith came.", &["Dr.\nSmith came."]);
    check(
        "LONDON (Reuters) - Shares fell.",
        &["LONDON (Reuters) - Shares fell."],
    );
    check(
        "Top Stories\n\nPrices rose.\r\n\r\nNext",
        &["Top Stories", "Prices rose.", "Next"],
    );
    check("One\u{2029}Two", &["One", "Two"]);
}

#[test]
fn lists() {
    check("1. Buy milk 2. Sell eggs", &["1. Buy milk", "2. Sell eggs"]);
    check(
        "1) Buy milk. 2) Sell eggs.",
        &["1) Buy milk.", "2) Sell eggs."],
    );
    check(
        "a) red b) blue c) green",
        &["a) red", "b) blue", "c) green"],
    );
    check(
        "• First point • Second point",
        &["• First point", "• Second point"],
    );
    check("- one\n- two\n- three", &["- one", "- two", "- three"]);
    check(
        "Steps:\n1. Open it\n2. Close it",
        &["Steps:", "1. Open it", "2. Close it"],
    );
}

#[test]
fn user_abbreviations() {
    let mut o = SentenceOptions::default();
    o.abbreviations.push("Grp".into());
    let seg = SentenceSegmenter::new(o);
    let got: Vec<&str> = seg
        .sentences("Acme Grp. Board met. Acme Grp. The end.")
        .map(|s| s.text)
        .collect();
    assert_eq!(got, ["Acme Grp. Board met.", "Acme Grp.", "The end."]);
    let o = SentenceOptions {
        ignore_single_newlines: true,
        ..Default::default()
    };
    let seg = SentenceSegmenter::new(o);
    let got: Vec<&str> = seg
        .sentences("Title\nBody goes on.")
        .map(|s| s.text)
        .collect();
    assert_eq!(got, ["Title\nBody goes on."]);
}

#[test]
fn offsets_are_exact() {
    let t = "  Hello there.  How are you?\n\n Fine. ";
    for s in SentenceSegmenter::default().sentences(t) {
        assert_eq!(&t[s.start..s.end], s.text);
        assert_eq!(s.text, s.text.trim());
    }
}

#[test]
fn line_end_after_abbreviation() {
    check(
        "Shares of Acme Inc.\nSmith said so.",
        &["Shares of Acme Inc.", "Smith said so."],
    );
    check("Fr. Brown spoke.", &["Fr. Brown spoke."]);
    check(
        "It ended in the south . . . Rain fell.",
        &["It ended in the south . . .", "Rain fell."],
    );
}

#[test]
fn time_zones_spelt_out() {
    check(
        "Polls close at 8 p.m. Eastern time on Tuesday. Results follow.",
        &[
            "Polls close at 8 p.m. Eastern time on Tuesday.",
            "Results follow.",
        ],
    );
    check(
        "It opens at 9 a.m. Pacific. The line was long.",
        &["It opens at 9 a.m. Pacific.", "The line was long."],
    );
}

#[test]
fn news_style() {
    check(
        "WASHINGTON (AP) — Sen. Ann Lee, D-Calif., said Tuesday the U.S. would act. \
         The vote is set for 10 a.m. ET on Jan. 6. \"We're ready,\" she said.",
        &[
            "WASHINGTON (AP) — Sen. Ann Lee, D-Calif., said Tuesday the U.S. would act.",
            "The vote is set for 10 a.m. ET on Jan. 6.",
            "\"We're ready,\" she said.",
        ],
    );
    check(
        "He was born in Washington, D.C. He moved to St. Louis, Mo., in 1990.",
        &[
            "He was born in Washington, D.C.",
            "He moved to St. Louis, Mo., in 1990.",
        ],
    );
    check(
        "The company, J.P. Morgan & Co. Inc., rose 1.2%. Its No. 2 executive quit.",
        &[
            "The company, J.P. Morgan & Co. Inc., rose 1.2%.",
            "Its No. 2 executive quit.",
        ],
    );
    check(
        "The item was listed as No.\n5 on the list.",
        &["The item was listed as No.\n5 on the list."],
    );
    check(
        "Shares rose.[3] Analysts cheered. :) More later.",
        &["Shares rose.[3]", "Analysts cheered. :)", "More later."],
    );
}
