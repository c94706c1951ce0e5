//! Photo and image credit lines.

use super::*;

/// A photo or image credit line ("Photo: …", "AP Photo/…", "Reuters/…",
/// "… / Getty Images", a bare domain in the header).
pub(crate) fn is_credit(t: &str, header: bool) -> bool {
    if t.len() > 400 {
        return false;
    }
    // "By Jane Roe / Reuters" is a byline, whatever its slash.
    if strip_prefix_ci(t, "by ").is_some() {
        return false;
    }
    let words = count_words_upto(t, 31);
    if words == 0 || words > 30 {
        return false;
    }
    const PREFIXES: &[&str] = &[
        "photo:",
        "photos:",
        "photo by ",
        "photo credit",
        "photograph:",
        "photographs:",
        "photograph by ",
        "photography:",
        "photo/",
        "image:",
        "images:",
        "image credit",
        "image by ",
        "image source",
        "picture:",
        "pictures:",
        "pic:",
        "credit:",
        "credits:",
        "illustration:",
        "illustration by ",
        "(photo",
        "[photo",
        "(image",
        "main image:",
        "top image:",
        "cover photo:",
        "header image:",
        "featured image:",
        "lead image:",
        "cover image:",
        "foto:",
        "ap photo",
        "video:",
    ];
    if caption_credit(t).is_some() {
        return true;
    }
    let f = first_lower(t);
    if PREFIXES
        .iter()
        .any(|p| may_start(p, f) && strip_prefix_ci(t, p).is_some())
    {
        return true;
    }
    let has_slash = memchr::memchr(b'/', t.as_bytes()).is_some();
    if (has_slash && contains_ci(t, "ap photo/"))
        || (memchr::memchr(b'(', t.as_bytes()).is_some() && contains_ci(t, "(ap photo"))
    {
        return true;
    }
    // Every test below needs a slash or at most 14 words: a long line of
    // prose without a slash is done here.
    if !has_slash && words > 14 {
        return header && is_domain(t);
    }
    const AGENCIES: &[&str] = &[
        "reuters",
        "afp",
        "epa",
        "epa-efe",
        "ap",
        "getty",
        "getty images",
        "tass",
        "anadolu",
        "sputnik",
        "ria novosti",
        "efe",
        "xinhua",
        "dpa",
        "ansa",
        "kyodo",
        "yonhap",
        "shutterstock",
        "alamy",
        "pa",
        "pa images",
        "pa wire",
        "bloomberg",
        "ukrinform",
        "imago",
        "sipa",
        "zuma",
        "nurphoto",
        "upi",
        "ddp",
        "abaca",
    ];
    let name_like = |s: &str| {
        let ws: Vec<&str> = s.split_whitespace().collect();
        !ws.is_empty()
            && ws.len() <= 8
            && ws.iter().all(|w| {
                w.chars().next().map(|c| !c.is_lowercase()).unwrap_or(false)
                    || matches!(*w, "via" | "de" | "van" | "von" | "/" | "and" | "for")
            })
    };
    // "Reuters/Jane Doe", "EPA-EFE/JOHN ROE"
    if let Some(slash) = t.find('/') {
        let (agency, rest) = (
            t.get(..slash).unwrap_or("").trim(),
            t.get(slash + 1..).unwrap_or(""),
        );
        if AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency)) && name_like(rest) {
            return true;
        }
    }
    // "Jane Doe/Reuters", "Jane Doe / AFP via Getty Images"
    let stripped = t.trim_end_matches([')', ']', ' ']);
    if !stripped.ends_with('.') || stripped.ends_with("Inc.") {
        if let Some(slash) = stripped.rfind('/') {
            let after = stripped.get(slash + 1..).unwrap_or("").trim();
            let before = stripped.get(..slash).unwrap_or("").trim();
            let agency_after = AGENCIES.iter().any(|a| {
                strip_prefix_ci(after, a)
                    .map(|r| {
                        r.is_empty()
                            || strip_prefix_ci(r.trim(), "via").is_some()
                            || r.trim().eq_ignore_ascii_case("images")
                    })
                    .unwrap_or(false)
            });
            if agency_after && !before.is_empty() {
                return true;
            }
        }
        for end in [
            "getty images",
            "shutterstock",
            "wikimedia commons",
            "unsplash",
            "pexels",
            "alamy",
        ] {
            if ends_with_ci(stripped, end) && words <= 14 {
                return true;
            }
        }
    }
    if contains_ci(t, "getty images") && words <= 12 && !t.ends_with(['.', '!', '?', '"', '”']) {
        return true;
    }
    header && is_domain(t)
}

/// Credit labels that may follow a picture's caption on its line.
const TRAILING_LABELS: &[&str] = &[
    " Photograph: ",
    " Photo: ",
    " Photos: ",
    " Image: ",
    " Picture: ",
    " Illustration: ",
    " Credit: ",
    " Photograph by ",
    " Photo by ",
];

/// The credit at the end of a caption line: "A worker inspects the pier.
/// (AP Photo/Ann Lee)" gives "(AP Photo/Ann Lee)", "Crowds gathered on
/// Sunday. Photograph: Ann Lee/Reuters" gives "Photograph: Ann Lee/Reuters".
/// The caption must end a sentence before it, and the credit be short.
fn caption_credit(t: &str) -> Option<&str> {
    let t = t.trim();
    let short = |c: &str| (1..=8).contains(&c.split_whitespace().count());
    let after_sentence = |p: usize| {
        t.get(..p).map(str::trim_end).is_some_and(|c| {
            c.ends_with(['.', '!', '?', '"', '”']) && c.split_whitespace().count() >= 3
        })
    };
    if let Some(inner) = t.strip_suffix(')') {
        if let Some(p) = inner.rfind(" (") {
            let credit = t.get(p + 1..)?;
            let inside = credit.get(1..)?;
            let labelled = CREDIT_LABELS
                .iter()
                .any(|l| strip_prefix_ci(inside, l).is_some())
                || contains_ci(credit, "ap photo");
            if labelled && short(credit) && after_sentence(p) {
                return Some(credit);
            }
        }
    }
    // Each label has a colon or " by ": most lines have neither.
    let b = t.as_bytes();
    if memchr::memchr(b':', b).is_none() && memchr::memmem::find(b, b" by ").is_none() {
        return None;
    }
    TRAILING_LABELS.iter().find_map(|l| {
        let p = t.rfind(l)?;
        let credit = t.get(p + 1..)?;
        (short(credit.get(l.len() - 1..)?) && after_sentence(p)).then_some(credit)
    })
}

/// Labels that open a credit line and are not part of the credit.
const CREDIT_LABELS: &[&str] = &[
    "photo credit",
    "photo credits",
    "image credit",
    "image credits",
    "image source",
    "picture credit",
    "main image",
    "top image",
    "cover photo",
    "header image",
    "featured image",
    "lead image",
    "cover image",
    "photographs",
    "photograph",
    "photography",
    "photos",
    "photo",
    "images",
    "image",
    "pictures",
    "picture",
    "pic",
    "credits",
    "credit",
    "illustration",
    "foto",
];

/// The credit of a credit line without its label: "Photograph: Agency/Getty
/// Images" gives "Agency/Getty Images", "(Photo: Jane Roe)" and "(Photo by
/// Jane Roe)" give "Jane Roe", "Image source, Agency" gives "Agency". A line
/// without a label ("AP Photo/Jane Roe") is kept as written. A caption
/// before the credit ("A worker inspects the pier. (AP Photo/Ann Lee)") is
/// left out.
pub(crate) fn credit_text(t: &str) -> String {
    let t = t.trim();
    let t = caption_credit(t)
        .or_else(|| unlabelled_tail(t))
        .unwrap_or(t);
    let inner = match (t.strip_prefix(['(', '[']), t.strip_suffix([')', ']'])) {
        (Some(_), Some(_)) => t.get(1..t.len() - 1).unwrap_or(t).trim(),
        _ => t,
    };
    let f = first_lower(inner);
    for label in CREDIT_LABELS {
        if !may_start(label, f) {
            continue;
        }
        let Some(rest) = strip_prefix_ci(inner, label) else {
            continue;
        };
        let rest = rest.trim_start();
        let after = rest
            .strip_prefix([':', ','])
            .or_else(|| strip_prefix_ci(rest, "by "));
        if let Some(after) = after {
            let after = after.trim();
            if !after.is_empty() {
                return collapse(without_full_stop(after));
            }
        }
    }
    collapse(without_full_stop(inner))
}

/// The credit after a caption in a credit line without a label: "Kremlin
/// spokesman Dmitry Peskov. Ann Lee / kremlin.ru" gives "Ann Lee /
/// kremlin.ru", "A skyline at dusk. Mark Tessier/Reuters" gives "Mark
/// Tessier/Reuters". The caption has at least two words and does not end in
/// an initial or an abbreviation ("U.S. Navy/Handout" stays whole); the
/// credit has a slash or is a domain.
fn unlabelled_tail(t: &str) -> Option<&str> {
    let (caption, tail) = t.rsplit_once(". ")?;
    caption_then_credit(caption, tail)
}

/// [`unlabelled_tail`] on the line already split at its last ". ".
fn caption_then_credit<'t>(caption: &'t str, tail: &'t str) -> Option<&'t str> {
    let tail = tail.trim();
    let last = caption.rsplit(char::is_whitespace).next()?;
    let caption_ok = caption.split_whitespace().nth(1).is_some()
        && last.chars().count() >= 3
        && !last.contains('.')
        && last.chars().any(char::is_lowercase);
    let credit_ok = tail.split_whitespace().nth(8).is_none()
        && (tail.contains('/') || is_domain(tail))
        && (is_credit(tail, false) || header_credit_like(tail));
    (caption_ok && credit_ok).then_some(tail)
}

/// A picture's caption inside the story that ends with its unlabelled
/// credit ("Conscripts at a recruitment office. Ann Lee / Vedomosti"): a
/// caption of at most 30 words, then a credit with a spaced slash or a
/// domain. Gives the credit.
pub(crate) fn captioned_credit(t: &str) -> Option<&str> {
    let t = t.trim();
    // Cheap tests first (most lines are body text): a short line whose last
    // sentence is short and has a slash or a dot inside.
    if t.len() > 600 {
        return None;
    }
    let (caption, tail) = t.rsplit_once(". ")?;
    let slash_or_domain = tail.contains('/') || tail.trim_end_matches('.').contains('.');
    if tail.len() > 150 || !slash_or_domain || t.split_whitespace().nth(40).is_some() {
        return None;
    }
    let tail = caption_then_credit(caption, tail)?;
    (tail.contains(" / ") || is_domain(tail)).then_some(tail)
}

/// A credit without the full stop a caption line ends with ("Image: Ann
/// Lee." gives "Ann Lee"); an abbreviation keeps its dot ("Co.", "et al.",
/// "U.S.").
fn without_full_stop(c: &str) -> &str {
    let Some(body) = c.strip_suffix('.') else {
        return c;
    };
    let last = body.rsplit(char::is_whitespace).next().unwrap_or(body);
    let abbreviation = last.contains('.')
        || last.chars().count() == 1
        || ["al", "co", "inc", "ltd", "corp", "jr", "sr", "bros", "dept"]
            .iter()
            .any(|a| last.eq_ignore_ascii_case(a));
    if abbreviation {
        c
    } else {
        body
    }
}

/// Words that mark a short header line as a picture source ("Kremlin press
/// service", "Social media", "Defense Ministry handout").
const SOURCE_WORDS: &[&str] = &[
    "press service",
    "social media",
    "handout",
    "courtesy",
    "screenshot",
    "screengrab",
    "archive",
    "ministry",
    "pool",
    "telegram",
    "youtube",
    "facebook",
    "instagram",
    "twitter",
    "vk",
    "wikipedia",
    "commons",
    "agency",
];

/// A short line between the headline block and the body that names where a
/// picture comes from without any label: "Moskva News Agency", "Denis
/// Kaminev / Moskva News Agency", "Vladimir Putin. Kremlin.ru", "Kremlin
/// press service". The caller checks the position (after the headline,
/// before any body, a body paragraph next).
pub(crate) fn header_credit_like(t: &str) -> bool {
    if t.len() > 90 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    // A caption that ends with the source's domain.
    if words.last().is_some_and(|w| is_domain(w)) {
        return true;
    }
    // Dates, times and counts are no picture sources.
    if t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
        || t.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '/')
            || matches!(
                *w,
                "of" | "and" | "the" | "via" | "press" | "service" | "media"
            )
    });
    // "Denis Kaminev / Moskva News Agency"
    if t.contains(" / ") && capitalised {
        return true;
    }
    let lower = t.to_lowercase();
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    let source_word = SOURCE_WORDS.iter().any(|s| {
        tokens
            .windows(s.split(' ').count())
            .any(|w| w.iter().copied().eq(s.split(' ')))
    });
    // "Ukrainian Air Force", "Kyiv City Military Administration": a body
    // that hands out pictures, named in capitals and ending its line.
    let institution = words.len() >= 2
        && words
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && {
            // "State Emergency Service of Ukraine": before "of" and a place.
            let named: Vec<&str> = tokens.iter().copied().filter(|w| !w.is_empty()).collect();
            let head = match named.iter().rposition(|w| *w == "of") {
                Some(p) if p + 3 >= named.len() => named.get(..p).unwrap_or_default(),
                _ => &named[..],
            };
            head.last().is_some_and(|w| INSTITUTIONS.contains(w))
        };
    (source_word
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)))
        || institution
        || (capitalised && words.len() >= 2 && crate::page_words::looks_like_outlet(t))
}

/// Bodies whose press offices hand out pictures, as the last word of a
/// header credit (or the word before "of" and a place).
const INSTITUTIONS: &[&str] = &[
    "administration",
    "army",
    "command",
    "embassy",
    "force",
    "forces",
    "government",
    "guard",
    "military",
    "navy",
    "office",
    "police",
    "service",
    "staff",
];

/// A picture's caption on a line of its own, labelled as one ("Image
/// caption, Residents were moved to a hall", "Media caption, …",
/// "Caption: …", "FILE PHOTO: …"): page furniture, not body text.
pub(crate) fn caption_line(t: &str) -> bool {
    [
        "image caption",
        "media caption",
        "video caption",
        "caption",
        "file photo",
    ]
    .iter()
    .any(|l| strip_prefix_ci(t, l).is_some_and(|r| r.starts_with([',', ':'])))
}

/// The credit at the end of a labelled caption line ("FILE PHOTO: A man
/// walks past the bank. REUTERS/Jane Roe/File Photo" gives
/// "REUTERS/Jane Roe/File Photo").
pub(crate) fn caption_line_credit(t: &str) -> Option<&str> {
    let last = t.trim().rsplit(". ").next()?.trim();
    (last.len() < t.trim().len() && is_credit(last, false)).then_some(last)
}
