//! Unit tests of the line classifiers.

use super::*;

#[test]
fn contains_ci_agrees_with_lowercase_contains() {
    let hays = [
        "",
        "ap",
        "AP Photo/Jane Roe",
        "Photo by someone (AP Photo/John Doe)",
        "(ap photo",
        "Jane Roe / AFP via GETTY IMAGES",
        "gettyimages",
        "Getty  Images",
        "getty İmages",
        "a p photo/",
        "Mapping the capital: ap photo/ at the end",
        "yyyy getty image",
        "ÄP PHOTO/ and then getty images",
    ];
    for h in hays {
        for n in ["ap photo/", "(ap photo", "getty images", "y", "x"] {
            assert_eq!(
                contains_ci(h, n),
                h.to_lowercase().contains(n),
                "{h:?} {n:?}"
            );
        }
    }
}

#[test]
fn count_words_agrees_with_split_whitespace() {
    for s in [
        "",
        "   ",
        "one",
        " one  two\tthree\u{0B}four\u{0C}five\r\nsix ",
        "a\u{A0}b\u{2003}c\u{3000}d",
        "é ü ß ∑ 日本 語",
        "a\u{85}b\u{1680}c\u{2028}d\u{2029}e\u{202F}f\u{205F}g\u{200B}h\u{180E}i",
        "\u{A0}\u{A0}x\u{A0}",
        "‘quoted’ – “words” — …",
        "x y z w v u t s r q p o n m l k j i h g f e d c b a 1 2 3 4 5 6 7 8 9",
    ] {
        for max in [0, 1, 2, 5, 31] {
            assert_eq!(
                count_words_upto(s, max),
                s.split_whitespace().take(max).count(),
                "{s:?} {max}"
            );
        }
    }
}

#[test]
fn count_words_knows_every_space() {
    for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
        let s = format!("a{c}b");
        assert_eq!(
            count_words_upto(&s, 5),
            s.split_whitespace().count(),
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn loose_eq_compares_words() {
    assert!(loose_eq("Mayor Opens Bridge", "mayor opens  bridge."));
    assert!(loose_eq("“Mayor” opens—bridge", "MAYOR OPENS BRIDGE"));
    assert!(loose_eq("ΟΔΟΣ ΚΛΕΙΣΤΗ", "οδος κλειστη"));
    assert!(!loose_eq("Mayor Opens Bridge", "Mayor Opens Bridges"));
    assert!(!loose_eq("Mayor Opens Bridge", "Mayor Opens Bridge today"));
    assert!(!loose_eq("Mayoropens", "Mayor opens"));
    assert!(!loose_eq("", ""));
    assert!(!loose_eq("...", "!!!"));
}

/// The headline split when the suffix reads as an outlet by itself.
fn sh(line: &str) -> (String, Option<String>) {
    let s = split_headline(line);
    match s.suffix {
        Some((_, SuffixKind::Outlet)) => s.split(),
        _ => (s.full, None),
    }
}

#[test]
fn speaker_suffixes_are_only_candidates() {
    for line in [
        "We will not back down - Smith",
        "Budget is a betrayal - Unions",
        "Talks must go on - Kremlin",
        "Strike to go ahead | RMT",
    ] {
        let s = split_headline(line);
        assert!(
            matches!(s.suffix, Some((_, SuffixKind::Candidate))),
            "{line}: {s:?}"
        );
        assert_eq!(sh(line), (line.to_string(), None));
    }
    assert!(split_headline("Storm hits - a year on").suffix.is_none());
    for (line, kind) in [
        ("Ban Planned - Media", SuffixKind::Candidate),
        ("Rates Must Fall | The Greens", SuffixKind::Candidate),
        ("Ban Planned - The Bell", SuffixKind::Outlet),
        ("Ban Planned - The Insider", SuffixKind::Outlet),
        ("Ban Planned - Forbes Russia", SuffixKind::Outlet),
        ("Ban Planned - Mediazona", SuffixKind::Outlet),
    ] {
        assert_eq!(
            split_headline(line).suffix.map(|s| s.1),
            Some(kind),
            "{line}"
        );
    }
    assert_eq!(
        sh("Floods spread - BBC News"),
        ("Floods spread".to_string(), Some("BBC News".to_string()))
    );
    assert_eq!(
        sh("Floods spread - example.co.uk"),
        (
            "Floods spread".to_string(),
            Some("example.co.uk".to_string())
        )
    );
}

#[test]
fn headline_suffix() {
    let (h, a) = sh("Putin Talks Peace - NYT");
    assert_eq!(
        (h.as_str(), a.as_deref()),
        ("Putin Talks Peace", Some("NYT"))
    );
    let (h, a) = sh("Mayor Opens Bridge | Reuters");
    assert_eq!(
        (h.as_str(), a.as_deref()),
        ("Mayor Opens Bridge", Some("Reuters"))
    );
    let (h, a) = sh("Floods Hit Coast — Al Jazeera");
    assert_eq!(
        (h.as_str(), a.as_deref()),
        ("Floods Hit Coast", Some("Al Jazeera"))
    );
    let (h, a) = sh("Covid-19 - a year on");
    assert_eq!((h.as_str(), a), ("Covid-19 - a year on", None));
    let (h, a) = sh("Covid-19 - A Year On");
    assert_eq!((h.as_str(), a), ("Covid-19 - A Year On", None));
    let (h, a) = sh("Storm nears coast - live");
    assert_eq!((h.as_str(), a), ("Storm nears coast - live", None));
    let (h, a) = sh("Rates held | Business | The Guardian");
    assert_eq!(
        (h.as_str(), a.as_deref()),
        ("Rates held", Some("The Guardian"))
    );
}

#[test]
fn bylines() {
    let b = parse_byline("By Jane Doe and John Roe").unwrap();
    assert_eq!(b.authors, ["Jane Doe", "John Roe"]);
    let b = parse_byline("By Jane Doe, Reuters").unwrap();
    assert_eq!(b.authors, ["Jane Doe"]);
    let b = parse_byline("By Daily Mail Reporter").unwrap();
    assert!(b.authors.is_empty() && b.outlets.is_empty());
    let b = parse_byline("By Jane Roe For Mailonline").unwrap();
    assert_eq!(
        (b.authors, b.affiliations),
        (vec!["Jane Roe".to_string()], vec!["Mailonline".to_string()])
    );
    let b = parse_byline("By Associated Press").unwrap();
    assert_eq!(b.outlets, ["Associated Press"]);
    let b = parse_byline("By Jane Roe (AP)").unwrap();
    assert_eq!(
        (b.authors, b.outlets),
        (vec!["Jane Roe".to_string()], vec!["AP".to_string()])
    );
    let b = parse_byline("By Jane Roe and Tom Lee (Bloomberg)").unwrap();
    assert_eq!(b.authors, ["Jane Roe", "Tom Lee"]);
    // A bracket that names no outlet is not taken as one.
    assert!(parse_byline("By Jane Roe (updated)").is_none_or(|b| b.outlets.is_empty()));
    let b = parse_byline("By Sam Webb In New York").unwrap();
    assert_eq!(b.authors, ["Sam Webb"]);
    let b = parse_name_outlet_line("Tomas Grell | Reuters").unwrap();
    assert_eq!(
        (b.authors, b.outlets),
        (vec!["Tomas Grell".to_string()], vec!["Reuters".to_string()])
    );
    assert!(
        parse_name_outlet_line("Putin Meets Xi | Reuters").is_some_and(|b| b.authors.len() == 1)
    );
    let b = parse_byline("By Jane Doe Email The Author").unwrap();
    assert_eq!(b.authors, ["Jane Doe"]);
    let b = parse_byline("By Jane Doe, Senior Reporter").unwrap();
    assert_eq!(b.authors, ["Jane Doe"]);
    let b = parse_byline("By Anna Lee in Kyiv and Tom Ode in Moscow").unwrap();
    assert_eq!(b.authors, ["Anna Lee", "Tom Ode"]);
    let b = parse_byline("By Jane Doe | Dec. 5, 2024").unwrap();
    assert_eq!(b.dates.len(), 1);
    assert!(parse_byline("By the end of the year, prices rose.").is_none());
    assert!(parse_byline("By Monday the talks had stalled").is_none());
    assert!(parse_byline("Byzantine art").is_none());
    assert!(parse_byline("by AP U.S..").is_none());
    assert!(parse_byline("by Jane Doe").is_some());
    let b = parse_byline("By Reuters").unwrap();
    assert!(b.authors.is_empty());
}

#[test]
fn bylines_with_their_date() {
    for line in [
        "By Ann Lee, March 12, 2024",
        "By Ann Lee on March 12, 2024",
        "Posted on March 12, 2024 by Ann Lee",
        "Published 12 March 2024 by Ann Lee",
        "By Ann Lee | 12 March 2024",
    ] {
        let b = parse_byline(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(b.authors, ["Ann Lee"], "{line}");
        assert_eq!(b.dates.len(), 1, "{line}");
    }
    assert!(parse_byline("Published on March 12 by the council").is_none());
    assert!(parse_byline("The law was passed on March 12, 2024 by parliament").is_none());
}

#[test]
fn captions_without_a_credit_are_no_credit() {
    for line in [
        "The photo (taken by a drone) shows the damage.",
        "He said the photo was fake. Photo: none were taken, he added, because the pier was closed to all.",
        "Officials said. (See the map)",
    ] {
        assert!(!is_credit(line, false), "{line}");
    }
}

#[test]
fn credits() {
    assert!(is_credit("Photo: Jane Doe", false));
    assert!(is_credit("AP Photo/Jane Doe", false));
    assert!(is_credit("Reuters/Jane Doe", false));
    assert!(is_credit("Jane Doe / Getty Images", false));
    assert!(is_credit("Jane Doe/Reuters", false));
    assert!(is_credit("duma.gov.ru", true));
    assert!(!is_credit("duma.gov.ru", false));
    assert!(!is_credit(
        "A Reuters/Ipsos poll showed support falling.",
        false
    ));
    assert!(!is_credit(
        "Reuters/Ipsos poll shows support falling",
        false
    ));
}

#[test]
fn credit_labels_are_dropped() {
    for (line, credit) in [
        ("Photograph: Ann Lee/Reuters", "Ann Lee/Reuters"),
        ("(Photo: Ann Lee)", "Ann Lee"),
        (
            "(Photo by Ann Lee/AFP via Getty Images)",
            "Ann Lee/AFP via Getty Images",
        ),
        ("Photograph by Ann Lee", "Ann Lee"),
        ("Image source, Getty Images", "Getty Images"),
        ("Illustration by Tom Ode", "Tom Ode"),
        ("AP Photo/Ann Lee", "AP Photo/Ann Lee"),
        ("Ann Lee/Reuters", "Ann Lee/Reuters"),
        (
            "A worker inspects the pier on Tuesday. (AP Photo/Ann Lee)",
            "AP Photo/Ann Lee",
        ),
        (
            "Crowds gathered on Sunday. Photograph: Ann Lee/Reuters",
            "Ann Lee/Reuters",
        ),
        ("Crowds gathered in the square. (Photo: Ann Lee)", "Ann Lee"),
        ("The pier after the storm. Image: Ann Lee.", "Ann Lee"),
        ("The pier after the storm. Image: NASA.", "NASA"),
        ("Image: Ann Lee Jr.", "Ann Lee Jr."),
        (
            "The pier after the storm. Image: Ann Lee et al.",
            "Ann Lee et al.",
        ),
        ("Image: Acme Photo Co.", "Acme Photo Co."),
    ] {
        assert!(is_credit(line, false), "{line}");
        assert_eq!(credit_text(line), credit, "{line}");
    }
}

#[test]
fn related_and_trailer() {
    assert!(
        matches!(related_line("Related article: How It Works"), Some(Related::Title(t)) if t == "How It Works")
    );
    assert!(matches!(
        related_line("READ MORE: Title"),
        Some(Related::Title(_))
    ));
    assert!(matches!(related_line("Read more"), Some(Related::Marker)));
    assert!(related_line("Related talks failed.").is_none());
    assert!(related_line("Read more books").is_none());
    // Weak separators need a title, not prose left at a line start.
    assert!(matches!(
        related_line("Related - How Piers Are Built"),
        Some(Related::Title(t)) if t == "How Piers Are Built"
    ));
    assert!(matches!(
        related_line("See also | https://x.example/a"),
        Some(Related::Title(_))
    ));
    assert!(related_line("Related - the.").is_none());
    assert!(related_line("Related — the council met").is_none());
    assert!(related_line("See also - Kyiv council voted.").is_none());
    assert!(matches!(
        related_line("Related: the council."),
        Some(Related::Title(_))
    ));
    assert_eq!(trailer_marker("Original url:"), Some(13));
    assert!(trailer_marker("Source: https://x.example/a").is_some());
    assert!(trailer_marker("Sources said").is_none());
    assert!(trailer_marker("Source close to him said").is_none());
    assert!(trailer_marker("Linked to fraud").is_none());
}

#[test]
fn domains_and_urls() {
    assert!(is_domain("duma.gov.ru"));
    assert!(!is_domain("U.S."));
    assert!(!is_domain("said."));
    assert_eq!(url_start("see https://a.example/x"), Some(4));
    assert_eq!(url_start("at example.com/news/1"), Some(3));
    for damaged in [
        "HTTPS://a.example/x",
        "https: //a.example/x",
        "https : //a.example/x",
        "http:/ /a.example/x",
        "https:\\\\a.example\\x",
        "https//a.example/x",
        "https;//a.example/x",
        "hxxps://a.example/x",
        "hxxps[:]//a.example/x",
        "http:/a.example/x",
        "https:www.a.example/x",
        "HTTP:WWW.a.example/x",
    ] {
        assert_eq!(url_start(&format!("at {damaged}")), Some(3), "{damaged}");
    }
    for prose in [
        "https is a protocol",
        "http: the scheme",
        "hosts/ports",
        "httpd /etc",
        "https:wwwx.example",
        "note:www.example.com",
    ] {
        assert_eq!(url_start(prose), None, "{prose}");
    }
    assert!(is_url_continuation("slug-part-a1234", false));
    assert!(!is_url_continuation("Copyright 2024", false));
    assert!(!is_url_continuation("The end.", false));
    assert!(!is_url_continuation("purrs", false));
    assert!(is_url_continuation("council", true));
}

#[test]
fn unlabelled_header_credits() {
    for t in [
        "Moskva News Agency",
        "Vera Sokolova / Moskva News Agency",
        "Vladimir Putin. Kremlin.ru",
        "Kremlin press service",
        "Social media",
        "Defense Ministry handout",
        "Ukrainian Air Force",
        "Kyiv City Military Administration",
        "Ukraine's Presidential Office",
        "State Emergency Service of Ukraine",
        "Kherson region's military administration",
    ] {
        assert!(header_credit_like(t), "{t}");
    }
    for t in [
        "Prices Rise Again",
        "Analysts expect more hikes",
        "The bank said rates would stay high.",
        "Officials said the ministry would respond within a week of the vote",
        "MARCH 3, 2021 PRESS RELEASE",
        "Police Seek Witnesses After Attack",
        "Army Recruits Face Longer Service Terms",
    ] {
        assert!(!header_credit_like(t), "{t}");
    }
}

#[test]
fn body_evidence_that_a_name_is_an_outlet() {
    for p in [
        "The rules were drafted in January, Faridaily reported, citing two officials.",
        "An official told Faridaily that the rules were ready.",
        "According to a Faridaily report, the rules were ready.",
        "The Faridaily channel said the rules were ready.",
        "Faridaily’s correspondent saw the draft.",
    ] {
        assert!(reports_as_outlet(p, "Faridaily"), "{p}");
    }
    for p in [
        "Smith said the union would not back down.",
        "According to Smith, the union would not back down.",
        "Smithfield reported a loss.",
        "Mr Smith wrote to the board.",
    ] {
        assert!(!reports_as_outlet(p, "Smith"), "{p}");
    }
}
