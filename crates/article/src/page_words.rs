//! Small embedded word lists of the page around an article: outlet names,
//! byline roles, page furniture; and the tests on the shared lists of
//! `common_words` (function words, weekdays, months, time zones).
//!
//! The outlet names come from the lexicon's curated outlets (see
//! `data/words/outlet-names.txt`).

use crate::common_words;

/// Words that mark a name as an outlet ("Daily News", "Kyiv Post").
const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "guardian",
    "telegraph",
    "press",
    "daily",
    "gazette",
    "wire",
    "media",
    "radio",
    "tv",
    "television",
    "network",
    "observer",
    "independent",
    "express",
    "mirror",
    "chronicle",
    "star",
    "mail",
    "magazine",
    "review",
    "agency",
    "insider",
    "today",
    "online",
    "weekly",
    "report",
    "reporter",
    "bulletin",
    "courier",
    "dispatch",
    "monitor",
    "standard",
    "pravda",
    "gazeta",
    "broadcasting",
    "newswire",
    "newsroom",
    "reuters",
];

/// Byline words that name a role, not a person.
const ROLE_WORDS: &[&str] = &[
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "writer",
    "writers",
    "columnist",
    "contributor",
    "contributors",
    "staff",
    "producer",
    "analyst",
    "journalist",
    "journalists",
    "author",
    "photographer",
    "intern",
    "fellow",
    "bureau",
    "desk",
    "team",
    "senior",
    "deputy",
    "managing",
    "associate",
    "contributing",
    "chief",
    "special",
    "news",
    "political",
    "foreign",
    "economics",
    "business",
    "health",
    "science",
    "technology",
    "sports",
    "culture",
    "investigative",
    "data",
    "global",
    "international",
    "national",
    "local",
    "diplomatic",
    "defence",
    "defense",
    "security",
    "affairs",
    "white",
    "house",
    "europe",
    "asia",
];

/// Byline and header phrases that are page furniture ("Email The Author").
const JUNK_PHRASES: &[&str] = &[
    "email the author",
    "email author",
    "e-mail the author",
    "email",
    "e-mail",
    "follow",
    "follow on twitter",
    "follow on x",
    "twitter",
    "view all posts",
    "more by this author",
    "see all",
    "contact",
    "contact the author",
    "share",
    "bio",
    "view profile",
    "profile",
    "more from this author",
    "all articles",
];

/// Whole lines that are page furniture (compared lower-case, without
/// trailing punctuation).
const JUNK_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "story continues below advertisement",
    "story continues below",
    "article continues below",
    "continue reading",
    "continue reading below",
    "skip advertisement",
    "skip ad",
    "subscribe",
    "subscribe now",
    "subscribe today",
    "contribute",
    "contribute now",
    "contribute today",
    "donate",
    "donate now",
    "donate today",
    "make a donation",
    "become a member",
    "support us",
    "published",
    "updated",
    "last updated",
    "posted",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "print",
    "email",
    "email the author",
    "e-mail the author",
    "listen",
    "listen to this article",
    "listen to this story",
    "comments",
    "save",
    "save article",
    "follow",
    "copy link",
    "link copied",
    "scroll to continue",
    "scroll down",
    "click to expand",
    "expand",
    "close",
    "sign up",
    "sign in",
    "log in",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "reddit",
    "telegram",
    "gift article",
    "gift this article",
    "top of page",
    "back to top",
    "read next",
    "most read",
    "trending",
    "loading",
    "loading...",
];

/// Headline suffixes that belong to the headline, not to an outlet.
const NOT_OUTLET_SUFFIX: &[&str] = &[
    "live",
    "live updates",
    "latest",
    "updates",
    "update",
    "explained",
    "analysis",
    "opinion",
    "video",
    "watch",
    "review",
    "interview",
    "recap",
    "timeline",
    "photos",
    "pictures",
    "in pictures",
    "highlights",
    "breaking",
    "report",
    "exclusive",
    "podcast",
    "as it happened",
    "what we know",
    "q&a",
    "obituary",
    "editorial",
    "letters",
    "full text",
    "transcript",
    "quiz",
    "explainer",
    "factbox",
    "fact check",
];

fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// True when `s` names a known outlet ("NYT", "The Moscow Times", "El País"),
/// in any case: one of [`common_words::OUTLETS`].
pub(crate) fn is_known_outlet(s: &str) -> bool {
    let s = s.trim();
    let lower;
    let key = if s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        lower = s.to_lowercase();
        lower.as_str()
    } else {
        s
    };
    common_words::OUTLETS.binary_search(&key).is_ok()
}

/// True when `s` reads as an outlet: a known one, or a short capitalised
/// name with an outlet word ("Daily Ledger News").
pub(crate) fn looks_like_outlet(s: &str) -> bool {
    if is_known_outlet(s) {
        return true;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.chars()
            .next()
            .map(|c| c.is_uppercase() || c.is_ascii_digit())
            .unwrap_or(false)
            || in_list(&["of", "and", "the", "&"], w)
    });
    capitalised
        && words
            .iter()
            .any(|w| in_list(OUTLET_WORDS, w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// True when `w` is a byline role word ("Reporter").
pub(crate) fn is_role_word(w: &str) -> bool {
    in_list(ROLE_WORDS, w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// The length in words of the junk phrase that starts `words`, if any.
pub(crate) fn junk_phrase_at(words: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for p in JUNK_PHRASES {
        let n = p.split(' ').count();
        if n > words.len() || best.map(|b| n <= b).unwrap_or(false) {
            continue;
        }
        let same = p.split(' ').zip(words.iter()).all(|(a, b)| {
            a.eq_ignore_ascii_case(b.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        });
        if same {
            best = Some(n);
        }
    }
    best
}

/// How promotional lines open: calls to sign up, follow, download or click
/// (compared lower-case).
const PROMO_OPENERS: &[&str] = &[
    "sign up for ",
    "sign up to ",
    "subscribe to ",
    "subscribe for ",
    "follow us on ",
    "follow us at ",
    "like us on ",
    "join our ",
    "download our ",
    "download the ",
    "get our ",
    "click here ",
    "click here.",
    "tap here ",
    "get the latest ",
    "get breaking news ",
    "to get the latest ",
    "want more ",
    "our standards:",
    "have a news tip",
    "got a news tip",
    "have a story idea",
    "watch:",
];

/// A promotional line ("Sign up for our daily newsletter", "Follow us on
/// Twitter @desk", "Download our app for the latest news"): short, opening
/// with a call to act.
pub(crate) fn is_promo_line(line: &str) -> bool {
    let t = line.trim();
    let opens = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    // "Follow Laura on X: @laura", "Follow the author on Instagram".
    let follow = opens("follow ")
        && t.split_whitespace().nth(10).is_none()
        && (t.contains('@')
            || [
                " on x",
                " on twitter",
                " on instagram",
                " on facebook",
                " on threads",
                " on bluesky",
                " on linkedin",
            ]
            .iter()
            .any(|n| crate::layout::contains_ci(t, n)));
    // "Support The Daily Ledger!", "Support us!": a short call with "!".
    let support = opens("support ") && t.ends_with('!') && t.split_whitespace().nth(6).is_none();
    (follow || support || PROMO_OPENERS.iter().any(|p| opens(p)))
        && t.len() <= 200
        && t.split_whitespace().nth(25).is_none()
}

/// The small print under a sign-up box: "Subscribers agree to the Privacy
/// Policy", "By signing up you accept our Terms of Use".
fn is_sign_up_terms(t: &str) -> bool {
    use crate::layout::contains_ci;
    // (A case-sensitive piece of each phrase first, in either case.)
    t.len() <= 300
        && ["olicy", "OLICY", "erms", "ERMS"]
            .iter()
            .any(|p| t.contains(p))
        && t.split_whitespace().nth(15).is_none()
        && ["privacy policy", "terms of use", "terms of service"]
            .iter()
            .any(|p| contains_ci(t, p))
        && ["agree", "accept", "subscrib", "signing up", "consent"]
            .iter()
            .any(|p| contains_ci(t, p))
}

/// What a newsletter's sign-up box says about it, under the sign-up line
/// ("Our weekly newsletter brings the best of the week to your inbox"):
/// one paragraph of at most 80 words naming the newsletter or the inbox.
pub(crate) fn is_newsletter_blurb(t: &str) -> bool {
    use crate::layout::contains_ci;
    t.split_whitespace().nth(80).is_none()
        && ["newsletter", "inbox", "mailbox"]
            .iter()
            .any(|p| contains_ci(t, p))
}

/// True when the whole line is page furniture ("Advertisement", "5 min read").
pub(crate) fn is_junk_line(line: &str) -> bool {
    if is_promo_line(line) || crate::date::is_time_only_stamp(line) || is_sign_up_terms(line) {
        return true;
    }
    if line.len() > 80 {
        return false;
    }
    let t = line
        .trim()
        .trim_end_matches(['.', ':', '!', '|', '»', '›', '>'])
        .trim();
    if t.is_empty() {
        return false;
    }
    if in_list(JUNK_LINES, t) {
        return true;
    }
    // A rule between the story and its notes: "___", "* * *", "-----".
    if t.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && t.chars().all(|c| {
            c.is_whitespace()
                || matches!(c, '_' | '-' | '*' | '=' | '~' | '#' | '•' | '·' | '—' | '–')
        })
    {
        return true;
    }
    let mut words: Vec<&str> = t.split_whitespace().collect();
    // "Published 2 hours ago", "Updated 5 mins ago"
    if words.len() == 4
        && words
            .first()
            .map(|w| {
                in_list(
                    &[
                        "published",
                        "updated",
                        "posted",
                        "published:",
                        "updated:",
                        "posted:",
                    ],
                    w,
                )
            })
            .unwrap_or(false)
        && words
            .last()
            .map(|w| w.eq_ignore_ascii_case("ago"))
            .unwrap_or(false)
    {
        words.remove(0);
    }
    // "5 min read", "3-minute read", "4 minutes read"
    if let [n, unit, read] = words.as_slice() {
        if n.chars().all(|c| c.is_ascii_digit())
            && in_list(&["min", "mins", "minute", "minutes"], unit)
            && read.eq_ignore_ascii_case("read")
        {
            return true;
        }
    }
    if let [n, read] = words.as_slice() {
        if read.eq_ignore_ascii_case("read") {
            let l = n.to_ascii_lowercase();
            if l.ends_with("-min") || l.ends_with("-minute") {
                return true;
            }
        }
    }
    // "2 hours ago", "1 day ago"
    if let [n, unit, ago] = words.as_slice() {
        if ago.eq_ignore_ascii_case("ago")
            && (n.chars().all(|c| c.is_ascii_digit()) || in_list(&["a", "an", "one"], n))
            && in_list(
                &[
                    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
                    "hrs", "day", "days", "week", "weeks", "month", "months",
                ],
                unit,
            )
        {
            return true;
        }
    }
    false
}

/// True when the line names only a role ("Senior Reporter", "Staff Writer").
pub(crate) fn is_role_line(line: &str) -> bool {
    if line.len() > 80 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| is_role_word(w))
        && words.iter().any(|w| {
            in_list(
                &[
                    "reporter",
                    "reporters",
                    "correspondent",
                    "editor",
                    "writer",
                    "columnist",
                    "contributor",
                    "staff",
                    "producer",
                    "analyst",
                    "journalist",
                    "photographer",
                    "intern",
                    "fellow",
                ],
                w.trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
}

/// True when `w` (lower-case, without a trailing dot) is a time zone.
pub(crate) fn is_zone(w: &str) -> bool {
    in_list(common_words::ZONES, w)
}

/// True when a headline suffix belongs to the headline ("Live", "Analysis").
pub(crate) fn is_not_outlet_suffix(s: &str) -> bool {
    in_list(NOT_OUTLET_SUFFIX, s.trim())
}

/// Words that do not start an outlet or source name in a headline suffix.
pub(crate) fn is_function_word(w: &str) -> bool {
    in_list(
        common_words::FUNCTION_WORDS,
        w.trim_matches(|c: char| !c.is_alphanumeric()),
    )
}

/// Weekday names and abbreviations (lower-case, no dot).
pub(crate) fn is_weekday(w: &str) -> bool {
    in_list(common_words::WEEKDAYS, w)
}

/// Month number of an English month name or abbreviation (lower-case, no dot).
pub(crate) fn month_number(w: &str) -> Option<u32> {
    common_words::month_of(&w.to_ascii_lowercase())
}

/// An editor's note above the story ("EDITOR'S NOTE: This story contains
/// graphic descriptions.", "Editor’s note: …"): not its headline or body.
pub(crate) fn is_editors_note(t: &str) -> bool {
    let t = t.trim_start();
    [
        "editor's note",
        "editor’s note",
        "editors' note",
        "editors note",
    ]
    .iter()
    .any(|l| {
        t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l))
            && t.get(l.len()..)
                .is_some_and(|r| r.trim_start().starts_with([':', '—', '-']))
    })
}
