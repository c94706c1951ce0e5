//! Unit tests of the whole parser.

use super::*;

fn p(text: &str) -> Article {
    parse(text)
}

#[test]
fn empty_and_blank() {
    assert!(p("").is_empty());
    assert!(p("  \n \r\n\u{FEFF}\u{200B}\n").is_empty());
    assert_eq!(p("").notes, ["empty document"]);
}

#[test]
fn only_headline() {
    let a = p("\n\nWinter Storm Closes Schools - AP\n\n");
    assert_eq!(a.headline.as_deref(), Some("Winter Storm Closes Schools"));
    assert_eq!(a.attribution.as_deref(), Some("AP"));
    assert!(a.paragraphs.is_empty());
}

#[test]
fn seed_like_layout() {
    let text = " \n\nCouncil Votes to Rebuild Old Pier - NYT\n\nMarch 3, 2024\n\n\n\nport.gov.example\n\n\
        The council voted on Tuesday to rebuild the pier.\n\nOfficials said the plan had received support\n\n\
        from residents of both districts.\n\nRelated article: How Piers Are Built\n\n\
        The <u>vote</u> passed easily.\n\nOriginal url:\n\nhttps://news.example.com/2024/03/03/council votes-pier-a1\n";
    let a = p(text);
    assert_eq!(
        a.headline.as_deref(),
        Some("Council Votes to Rebuild Old Pier")
    );
    assert_eq!(a.attribution.as_deref(), Some("NYT"));
    assert_eq!(a.published.as_deref(), Some("2024-03-03"));
    assert_eq!(a.credit.as_deref(), Some("port.gov.example"));
    assert_eq!(a.related, ["How Piers Are Built"]);
    assert_eq!(
        a.paragraphs,
        [
            "The council voted on Tuesday to rebuild the pier.",
            "Officials said the plan had received support from residents of both districts.",
            "The vote passed easily."
        ]
    );
    assert_eq!(a.links.len(), 1);
    assert_eq!(a.links[0].paragraph, 2);
    assert_eq!(a.links[0].text, "vote");
    assert_eq!(&a.paragraphs[2][a.links[0].start..a.links[0].end], "vote");
    assert_eq!(
        a.url_raw.as_deref(),
        Some("https://news.example.com/2024/03/03/council votes-pier-a1")
    );
}

#[test]
fn link_offsets_after_join() {
    let text = "Title Here\n\nThe plan was <a href=\"/a\">backed</a> by\n\nthe <u>whole council</u> today.";
    let a = p(text);
    assert_eq!(
        a.paragraphs,
        ["The plan was backed by the whole council today."]
    );
    assert_eq!(a.links.len(), 2);
    for l in &a.links {
        assert_eq!(l.paragraph, 0);
        assert_eq!(&a.paragraphs[0][l.start..l.end], l.text);
    }
    assert_eq!(a.links[1].text, "whole council");
    assert_eq!(a.links[0].href.as_deref(), Some("/a"));
}

#[test]
fn capitalised_continuation_with_builtin_joiner() {
    let a = p("Title Here\n\nTalks were held between Georgia and\n\nArmenia on Monday.");
    assert_eq!(
        a.paragraphs,
        ["Talks were held between Georgia and Armenia on Monday."]
    );
}

#[test]
fn custom_joiner_is_used() {
    let opts = ParseOptions::new().with_paragraph_joiner(|_, _| false);
    let a = parse_with("Title Here\n\nit was\n\nsplit here.", &opts);
    assert_eq!(a.paragraphs, ["it was", "split here."]);
}

#[test]
fn headline_repeated_dropped() {
    let a = p("Rain Returns to the Valley | Reuters\n\nRain Returns to the Valley\n\nIt rained.");
    assert_eq!(a.paragraphs, ["It rained."]);
    assert!(a.notes.iter().any(|n| n.contains("repeated")));
}

#[test]
fn no_layout() {
    let a = p("The river rose overnight. Residents left their homes.\nBoats carried supplies to the town.\n");
    assert_eq!(a.headline, None);
    assert_eq!(
        a.paragraphs,
        [
            "The river rose overnight. Residents left their homes.",
            "Boats carried supplies to the town."
        ]
    );
    assert!(a.notes.iter().any(|n| n.starts_with("layout:")));
}

#[test]
fn bylines_dates_credits() {
    let text =
        "Port Strike Ends | Reuters\nBy Lena Ortiz and Sam Webb, Reuters\nEmail The Author\n\
        Published: Dec. 5, 2024 at 3:12 p.m. ET\nUpdated: Dec. 6, 2024\n\nAP Photo/Kim Lau\n\n\
        Workers returned on Friday.";
    let a = p(text);
    assert_eq!(a.authors, ["Lena Ortiz", "Sam Webb"]);
    assert_eq!(a.published.as_deref(), Some("2024-12-05"));
    assert_eq!(a.published_time.as_deref(), Some("3:12 p.m. ET"));
    assert_eq!(a.credit.as_deref(), Some("AP Photo/Kim Lau"));
    assert_eq!(a.paragraphs, ["Workers returned on Friday."]);
}

#[test]
fn updated_only() {
    let a = p("Port Strike Ends\n\nUpdated: 2024-12-06 09:00 UTC\n\nWorkers returned.");
    assert_eq!(a.published.as_deref(), Some("2024-12-06"));
    assert_eq!(a.published_time.as_deref(), Some("09:00 UTC"));
    let a = p(
        "Port Strike Ends\n\nUpdated: Dec 7, 2024\n\nPublished: Dec 6, 2024\n\nWorkers returned.",
    );
    assert_eq!(a.published.as_deref(), Some("2024-12-06"));
}

#[test]
fn trailer_url_broken_across_lines() {
    let a = p("A Title Here\n\nBody text.\n\nSource: https://www.example.com/world/2024/12/05/\nport-strike-ends-\nafter-talks-idUS123\n");
    assert_eq!(
        a.url_raw.as_deref(),
        Some("https://www.example.com/world/2024/12/05/\nport-strike-ends-\nafter-talks-idUS123")
    );
    assert_eq!(a.paragraphs, ["Body text."]);
}

#[test]
fn trailer_url_in_brackets_on_the_next_line() {
    let a = p("A Title Here\n\nBody text.\n\nOriginal url:\n\n<https://example.org/a-b>\n");
    assert_eq!(a.url_raw.as_deref(), Some("https://example.org/a-b>"));
    assert_eq!(a.paragraphs, ["Body text."]);
}

#[test]
fn trailer_then_more_text() {
    let a = p("A Title Here\n\nBody text.\n\nOriginally published at https://example.org/a-b\n\nThe council meets again in May.\n\nCopyright 2024 Example Media\n");
    assert_eq!(a.url_raw.as_deref(), Some("https://example.org/a-b"));
    assert_eq!(
        a.paragraphs,
        ["Body text.", "The council meets again in May."]
    );
    assert!(a
        .notes
        .iter()
        .any(|n| n.contains("Copyright 2024 Example Media")));
}

#[test]
fn source_without_url_is_noted() {
    let a = p("A Title Here\n\nBody text.\n\nSource: Reuters\n");
    assert_eq!(a.url_raw, None);
    assert_eq!(a.paragraphs, ["Body text."]);
    assert!(a.notes.iter().any(|n| n.contains("Source: Reuters")));
}

#[test]
fn related_forms() {
    let a = p("A Title Here\n\nOne.\n\nREAD MORE: Big Story\n\nRelated:\n\nOther Story\n\nSee also: Third Story\n\nTwo.");
    assert_eq!(a.related, ["Big Story", "Other Story", "Third Story"]);
    assert_eq!(a.paragraphs, ["One.", "Two."]);
}

#[test]
fn mojibake_and_spaces() {
    let a = p("\u{FEFF}Itâ€™s Over\r\n\r\nThe mayorâ€™s\u{00A0}office said â€œnoâ€.\r\n");
    assert_eq!(a.headline.as_deref(), Some("It’s Over"));
    assert_eq!(a.paragraphs, ["The mayor’s office said “no”."]);
}

#[test]
fn single_newline_layout() {
    let a =
        p("Harbour Reopens — Al Jazeera\nShips entered the harbour on Monday.\nTrade resumed.\n");
    assert_eq!(a.headline.as_deref(), Some("Harbour Reopens"));
    assert_eq!(a.attribution.as_deref(), Some("Al Jazeera"));
    assert_eq!(
        a.paragraphs,
        ["Ships entered the harbour on Monday.", "Trade resumed."]
    );
}

#[test]
fn hard_wrapped_block_is_one_paragraph() {
    let text = "Title Words Here\n\nThe committee met for six hours on Thursday and agreed\nto a plan that will cut emissions from the port by half\nwithin ten years.\n\nNext paragraph.";
    let a = p(text);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[0].starts_with("The committee met"));
    assert!(a.paragraphs[0].ends_with("within ten years."));
}

#[test]
fn html_document() {
    let text = "<html><head><title>x</title></head><body><h1>Bridge Opens &amp; Traffic Flows</h1>\
        <p>The bridge opened on Sunday, officials <a href=\"https://a.example/x?y=1&amp;z=2\">said</a>.</p>\
        <p>Drivers&nbsp;were &#8220;relieved&#8221;.</p><script>var a = 1;</script></body></html>";
    let a = p(text);
    // The <title> gives the first line; the parser takes it as the headline.
    assert!(a
        .paragraphs
        .contains(&"The bridge opened on Sunday, officials said.".to_string()));
    assert!(a
        .paragraphs
        .contains(&"Drivers were “relieved”.".to_string()));
    let l = a.links.iter().find(|l| l.text == "said").unwrap();
    assert_eq!(l.href.as_deref(), Some("https://a.example/x?y=1&z=2"));
}

#[test]
fn guardian_style_byline() {
    let a = p("Talks Resume | World news | The Guardian\n\nAnna Berg in Kyiv\n\nMon 12 Feb 2024 14.05 GMT\n\nThe talks resumed.");
    assert_eq!(a.headline.as_deref(), Some("Talks Resume"));
    assert_eq!(a.attribution.as_deref(), Some("The Guardian"));
    assert_eq!(a.published_time.as_deref(), Some("14.05 GMT"));
}

#[test]
fn by_in_body_is_not_a_byline() {
    let a = p("Title Here Now\n\nBy the end of the year, prices rose.\n\nBy Monday the talks had stalled.");
    assert!(a.authors.is_empty());
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "<",
        "<a",
        "<a href=",
        "<a href=\"",
        "&",
        "&#",
        "&#x",
        "&#99999999;",
        "\r",
        "\r\r\n",
        "â€",
        "Ã",
        "\u{FEFF}",
        "<u>",
        "</u>",
        "<a href='x'>unclosed",
        "Original url:",
        "Source:\n\n",
        "Related:",
        "By",
        "By ",
        "- NYT",
        " | ",
        "Photo:",
        "\n\n\n",
        "é€",
        "ð\u{9F}",
        "<!--",
        "<script>",
        "<!DOCTYPE",
        "a\u{2029}b",
        "1999-02-29",
    ] {
        let a = p(t);
        for l in &a.links {
            assert_eq!(
                a.paragraphs[l.paragraph].get(l.start..l.end),
                Some(l.text.as_str())
            );
        }
    }
}

#[test]
fn getty_in_a_sentence_is_body() {
    let a = p("Title Here Now\n\nThe agency Getty Images declined to comment.\n\nMore text.");
    assert_eq!(a.credit, None);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn byline_with_email_and_handle() {
    let a = p("Title Here Now\n\nBy Jane Doe jane.doe@example.com @janedoe\n\nBody.");
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(a.paragraphs, ["Body."]);
    assert!(a.notes.iter().any(|n| n.contains("jane.doe@example.com")));
}

#[test]
fn date_before_headline() {
    let a = p("December 23, 2023\n\nRiver Floods Town\n\nThe river rose overnight.");
    assert_eq!(a.published.as_deref(), Some("2023-12-23"));
    assert_eq!(a.headline.as_deref(), Some("River Floods Town"));
    assert_eq!(a.paragraphs, ["The river rose overnight."]);
}

#[test]
fn credit_and_related_inside_body() {
    let a = p("River Floods Town\n\nThe river rose overnight.\n\nPhoto: Ann Lee/AFP\n\nRead more: Flood Maps\n\nBoats came.\n\nPhotograph: Tom Ode/AP");
    assert_eq!(a.credit.as_deref(), Some("Ann Lee/AFP"));
    assert_eq!(a.related, ["Flood Maps"]);
    assert_eq!(a.paragraphs, ["The river rose overnight.", "Boats came."]);
    assert!(a.notes.iter().any(|n| n.contains("Tom Ode")));
}

#[test]
fn only_layout_lines() {
    let a = p("By Jane Doe\n\nDecember 23, 2023\n\nPhoto: Ann Lee/AFP");
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(a.published.as_deref(), Some("2023-12-23"));
    assert!(a.paragraphs.is_empty());
    assert_eq!(a.headline, None);
}

#[test]
fn uppercase_byline_and_numeric_date() {
    let a = p("Title Here Now\nBY JANE DOE AND JOHN ROE\n23/12/2023\n\nBody.");
    assert_eq!(a.authors, ["JANE DOE", "JOHN ROE"]);
    assert_eq!(a.published.as_deref(), Some("2023-12-23"));
}

#[test]
fn domain_suffix_and_unknown_outlet() {
    let a = p("Prices Rise Again - themoscowtimes.com\n\nBody.");
    assert_eq!(a.headline.as_deref(), Some("Prices Rise Again"));
    assert_eq!(a.attribution.as_deref(), Some("themoscowtimes.com"));
    let a = p("Prices Rise Again | Valley Daily Ledger\n\nBody.");
    assert_eq!(a.attribution.as_deref(), Some("Valley Daily Ledger"));
    assert!(a.notes.iter().any(|n| n.starts_with("attribution:")));
}

#[test]
fn kicker_and_compound_header() {
    let a = p("WORLD\n\nTalks Resume in the Capital After Long Pause\n\n5 December 2024 • 3 min read\n\nPublished 2 hours ago\n\nThe talks resumed.");
    assert_eq!(
        a.headline.as_deref(),
        Some("Talks Resume in the Capital After Long Pause")
    );
    assert_eq!(a.published.as_deref(), Some("2024-12-05"));
    assert_eq!(a.paragraphs, ["The talks resumed."]);
    assert!(a.notes.iter().any(|n| n.contains("WORLD")));
    // A short headline alone is not a kicker.
    let a = p("EUROPE\n");
    assert_eq!(a.headline.as_deref(), Some("EUROPE"));
    // A short all-caps headline followed by a body sentence stays the headline.
    let a = p("STORM HITS\n\nWinds reached record speeds on the coast overnight.");
    assert_eq!(a.headline.as_deref(), Some("STORM HITS"));
}

#[test]
fn related_marker_does_not_take_body() {
    let a = p("Title Here Now\n\nOne.\n\nRead more\n\nThe council said it would meet again.");
    assert!(a.related.is_empty());
    assert_eq!(
        a.paragraphs,
        ["One.", "The council said it would meet again."]
    );
}

#[test]
fn outlet_line_in_header() {
    let a = p("Storm Hits the Coast\n\nReuters\n\nThe storm hit.");
    assert_eq!(a.attribution.as_deref(), Some("Reuters"));
    assert_eq!(a.paragraphs, ["The storm hit."]);
    let a = p("Storm Hits the Coast - NYT\n\nReuters\n\nThe storm hit.");
    assert_eq!(a.attribution.as_deref(), Some("NYT"));
    assert_eq!(a.paragraphs, ["The storm hit."]);
}

#[test]
fn line_spans_are_the_trimmed_lines() {
    for doc in [
        "",
        "\n",
        "a",
        " a \n\n b\n",
        "one\ntwo  \n  three",
        "x\n\n\n",
        "é \u{a0}\nü",
    ] {
        let mut pos = 0;
        let mut want = Vec::new();
        for line in doc.split('\n') {
            let lead = line.len() - line.trim_start().len();
            want.push((pos + lead, pos + lead + line.trim().len()));
            pos += line.len() + 1;
        }
        assert_eq!(crate::paragraphs::line_spans(doc), want, "{doc:?}");
    }
}

#[test]
fn every_html5_named_reference_is_decoded() {
    let a = p("Talks in Gda&nacute;sk\n\nLech Wa&lstrok;&eogon;sa met Tom&aacute;&scaron; &Ccaron;ech and the &Omega; group &ndash; &alpha;&beta;&gamma; &amp;&nbsp;more&shy;.");
    assert_eq!(a.headline.as_deref(), Some("Talks in Gdańsk"));
    assert_eq!(
        a.paragraphs,
        ["Lech Wałęsa met Tomáš Čech and the Ω group – αβγ & more."]
    );
}

#[test]
fn social_network_alone_in_the_credit_slot() {
    let body = "A fire broke out at the depot overnight, the regional governor said on Friday.";
    let a = p(&format!(
        "Fire Hits Fuel Depot – Governor\n\nMay 3, 2024\n\nTelegram\n\n{body}\n\nOfficials said no one was hurt."
    ));
    assert_eq!(a.credit.as_deref(), Some("Telegram"));
    assert_eq!(a.paragraphs[0], body);
    // Share buttons come in runs: no credit there.
    let a = p(&format!(
        "Fire Hits Fuel Depot\n\nMay 3, 2024\n\nFacebook\n\nTelegram\n\n{body}"
    ));
    assert_eq!(a.credit, None);
    assert_eq!(a.paragraphs, [body]);
}

#[test]
fn related_list_under_a_plural_marker() {
    let a = p("Storm Hits Coast\n\nMay 3, 2024\n\nThe storm reached the coast on Friday.\n\nRelated articles:\n\nFloods Close Schools\n\nPower Cut to Thousands\n\nCrews worked overnight.");
    assert_eq!(
        a.related,
        ["Floods Close Schools", "Power Cut to Thousands"]
    );
    assert_eq!(
        a.paragraphs,
        [
            "The storm reached the coast on Friday.",
            "Crews worked overnight."
        ]
    );
    // A singular marker takes one title; a subheading after it is the
    // story's.
    let a = p("Storm Hits Coast\n\nMay 3, 2024\n\nThe storm reached the coast on Friday.\n\nRelated article:\n\nFloods Close Schools\n\nWhat Comes Next\n\nCrews worked overnight.");
    assert_eq!(a.related, ["Floods Close Schools"]);
    assert!(a.paragraphs.iter().any(|p| p == "What Comes Next"));
}
