//! Wire datelines at the start of the first paragraph: "WASHINGTON (AP) —",
//! "LONDON, May 2 (Reuters) -", "(CNN) --", "KYIV, Ukraine —".

use crate::page_words::{is_function_word, is_known_outlet, looks_like_outlet, month_number};
use crate::Dateline;

/// The dashes that end a dateline, longest first.
const DASHES: &[&str] = &["--", "—", "–", "-"];

/// Words that open a line in capitals but are no place.
const NOT_PLACES: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "ANALYSIS",
    "OPINION",
    "LIVE",
    "NOTE",
    "EDITOR'S NOTE",
    "CORRECTION",
    "WARNING",
    "FACT CHECK",
    "VIDEO",
    "PHOTOS",
    "HOWEVER",
    "MEANWHILE",
    "STILL",
    "ALSO",
    "YET",
    "THEN",
    "NOW",
    "TODAY",
    "MUST",
    "READ",
    "PLEASE",
    "ATTENTION",
    "URGENT",
    "IMPORTANT",
    "HOT",
    "FREE",
    "SALE",
    "SPONSORED",
    "ADVERTISEMENT",
];

/// The dash that ends a dateline prefix of `p`, within its first 90 bytes:
/// (start of the dash, end of the dash and the white space after it).
fn dash_at(p: &str) -> Option<(usize, usize)> {
    let head = p.get(..p.len().min(90)).unwrap_or(p);
    let mut best: Option<(usize, usize)> = None;
    for d in DASHES {
        let mut from = 0;
        while let Some(rel) = head.get(from..).and_then(|h| h.find(d)) {
            let at = from + rel;
            from = at + d.len();
            let before = head.get(..at).unwrap_or("");
            let after = p.get(at + d.len()..).unwrap_or("");
            // A plain hyphen must stand alone (" - "); dashes may touch the
            // outlet's bracket ("(AP)—") but not a word on both sides.
            let spaced_before = before.ends_with(' ') || before.ends_with(')');
            let spaced_after = after.starts_with(' ');
            let ok = if *d == "-" {
                before.ends_with(' ') && spaced_after
            } else {
                spaced_before || spaced_after
            };
            if ok && !before.trim().is_empty() {
                let end = p.len() - after.trim_start().len();
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, end));
                }
                break;
            }
        }
    }
    best
}

/// An outlet in a dateline's brackets: "AP", "Reuters", "CNN Business".
fn outlet_ok(o: &str) -> bool {
    let words: Vec<&str> = o.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || o.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if is_known_outlet(o) || looks_like_outlet(o) {
        return true;
    }
    // A known outlet's desk or edition: "CNN Business", "BBC Sport".
    let edition = (1..words.len()).any(|k| {
        words
            .get(..k)
            .is_some_and(|w| is_known_outlet(&w.join(" ")))
            && words.get(k..).is_some_and(|rest| {
                rest.iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            })
    });
    if edition {
        return true;
    }
    // An unknown outlet: an acronym ("UPI", "RFE/RL").
    words.len() == 1
        && o.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && o.chars()
            .all(|c| c.is_ascii_uppercase() || c == '/' || c == '&')
}

/// A trailing "May 2", "Jan. 5", "2 May" in a dateline's place part.
fn strip_date(place: &str) -> &str {
    let Some((lead, last)) = place.rsplit_once(',') else {
        return place;
    };
    let words: Vec<&str> = last.split_whitespace().collect();
    let is_date = match words.as_slice() {
        [a, b] => {
            let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
            (month_number(a.trim_end_matches('.')).is_some() && day(b))
                || (day(a) && month_number(b.trim_end_matches('.')).is_some())
        }
        _ => false,
    };
    if is_date {
        lead.trim_end()
    } else {
        place
    }
}

/// True when `w` is written in capitals ("WASHINGTON", "ST. LOUIS").
fn all_caps(w: &str) -> bool {
    let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// A dateline place: "WASHINGTON", "KYIV, Ukraine", "Washington", "ST.
/// LOUIS, Mo.". `strong` says an outlet in brackets follows, which allows a
/// mixed-case place without a region.
fn place_ok(place: &str, strong: bool) -> bool {
    if place.is_empty() || place.len() > 60 || place.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let first_word = place
        .split(|c: char| c == ',' || c.is_whitespace())
        .next()
        .unwrap_or("");
    if NOT_PLACES
        .iter()
        .any(|n| n.eq_ignore_ascii_case(place) || n.eq_ignore_ascii_case(first_word))
    {
        return false;
    }
    let parts: Vec<&str> = place.split(',').map(str::trim).collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let words_ok = |p: &str| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        !ws.is_empty()
            && ws.len() <= 4
            && ws.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                    // "New" opens places ("NEW YORK", "New Delhi").
                    && (!is_function_word(w) || w.eq_ignore_ascii_case("new"))
            })
    };
    if !parts.iter().all(|p| words_ok(p)) {
        return false;
    }
    let first = parts.first().copied().unwrap_or("");
    all_caps(first) || strong || parts.len() >= 2
}

/// Finds a wire dateline at the start of a paragraph. The paragraph text is
/// not changed: `start..end` covers the dateline and its dash.
pub(crate) fn find_dateline(p: &str) -> Option<Dateline> {
    let Some((dash, end)) = dash_at(p) else {
        return colon_dateline(p);
    };
    let prefix = p.get(..dash)?.trim_end();
    if prefix.is_empty() || end >= p.len() {
        return None;
    }
    let (place_part, outlet) = match prefix.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind('(')?;
            let o = inner.get(open + 1..)?.trim();
            // An unknown one-word outlet ("(HarbourNewsNow)") after a place
            // in capitals.
            let before = inner.get(..open)?.trim_end();
            let caps_place = before
                .split(',')
                .next()
                .is_some_and(|w| all_caps(w) && w.trim().len() >= 3);
            let one_word = !o.is_empty()
                && o.chars().next().is_some_and(char::is_uppercase)
                && o.chars().all(char::is_alphabetic);
            if !(outlet_ok(o) || (caps_place && one_word)) {
                return None;
            }
            (inner.get(..open)?.trim_end(), Some(o.to_string()))
        }
        None => (prefix, None),
    };
    let place = strip_date(place_part.trim_end_matches(',').trim_end());
    let place = if place.is_empty() {
        outlet.as_ref()?;
        None
    } else {
        if !place_ok(place, outlet.is_some()) {
            return None;
        }
        Some(place.to_string())
    };
    // The story must go on after the dash.
    let rest = p.get(end..)?;
    if !rest.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
    }) {
        return None;
    }
    Some(Dateline {
        place,
        outlet,
        start: 0,
        end,
    })
}

/// A place in capitals and a colon, as South Asian papers write their
/// datelines: "ISLAMABAD: The cabinet met…", "NEW DELHI: …". Only a place
/// in capitals (so that "Note: …" is none) of at least four letters.
fn colon_dateline(p: &str) -> Option<Dateline> {
    let head = p.get(..p.len().min(40)).unwrap_or(p);
    let colon = head.find(':')?;
    let place = p.get(..colon)?.trim_end();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || !all_caps(place) || !place_ok(place, false) {
        return None;
    }
    let after = p.get(colon + 1..)?;
    let rest = after.trim_start();
    if after.len() == rest.len() || !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(Dateline {
        place: Some(place.to_string()),
        outlet: None,
        start: 0,
        end: p.len() - rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(p: &str) -> Option<(Option<String>, Option<String>, String)> {
        find_dateline(p).map(|x| (x.place, x.outlet, p[x.end..].to_string()))
    }

    #[test]
    fn wire_forms() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            d("WASHINGTON (AP) — The vote passed."),
            Some((s("WASHINGTON"), s("AP"), "The vote passed.".into()))
        );
        assert_eq!(
            d("LONDON, May 2 (Reuters) - Shares fell."),
            Some((s("LONDON"), s("Reuters"), "Shares fell.".into()))
        );
        assert_eq!(
            d("(CNN) -- A storm hit."),
            Some((None, s("CNN"), "A storm hit.".into()))
        );
        assert_eq!(
            d("KYIV, Ukraine — Sirens sounded."),
            Some((s("KYIV, Ukraine"), None, "Sirens sounded.".into()))
        );
        assert_eq!(
            d("Kyiv, Ukraine — Sirens sounded."),
            Some((s("Kyiv, Ukraine"), None, "Sirens sounded.".into()))
        );
        assert_eq!(
            d("Washington (AP)—The vote passed."),
            Some((s("Washington"), s("AP"), "The vote passed.".into()))
        );
        assert_eq!(
            d("HARBOUR CITY, Maine (HarbourNewsNow) - Rain fell."),
            Some((
                s("HARBOUR CITY, Maine"),
                s("HarbourNewsNow"),
                "Rain fell.".into()
            ))
        );
        assert_eq!(
            d("ST. LOUIS, Mo. (AP) -- Rain fell."),
            Some((s("ST. LOUIS, Mo."), s("AP"), "Rain fell.".into()))
        );
        assert_eq!(
            d("NEW YORK (CNN Business) — Stocks rose."),
            Some((s("NEW YORK"), s("CNN Business"), "Stocks rose.".into()))
        );
        assert_eq!(
            d("ISLAMABAD: The cabinet met."),
            Some((s("ISLAMABAD"), None, "The cabinet met.".into()))
        );
        assert_eq!(
            d("NEW DELHI: Rain fell."),
            Some((s("NEW DELHI"), None, "Rain fell.".into()))
        );
    }

    #[test]
    fn not_datelines() {
        assert!(d("The minister - who arrived late - spoke.").is_none());
        assert!(d("Officials — including the mayor — spoke.").is_none());
        assert!(d("BREAKING — A storm hit.").is_none());
        assert!(d("MUST READ - Do not miss this.").is_none());
        assert!(d("Kyiv — the capital — was quiet.").is_none());
        assert!(d("In 2019 - the year it closed - sales fell.").is_none());
        assert!(d("However, Moscow — the capital — was quiet.").is_none());
        assert!(d("Sen. Jane Roe (R-Texas) — said no.").is_none());
        assert!(d("A well-known case").is_none());
        assert!(d("WASHINGTON (AP) —").is_none());
        assert!(d("NOTE: The office is closed.").is_none());
        assert!(d("Note: The office is closed.").is_none());
        assert!(d("UPDATE: Rain fell.").is_none());
        assert!(d("USA: the figures").is_none());
        assert!(d("The time was 10:30 when it began.").is_none());
    }
}
