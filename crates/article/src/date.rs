//! Date lines: "December 23, 2023", "Dec. 23, 2023", "23 December 2023",
//! "Mon 12 Feb 2024 14.05 GMT", "2023-12-23", "Published: …", "Updated: …".

use crate::page_words::{is_weekday, is_zone, month_number};

/// Which kind of date a line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateKind {
    /// "Updated: …", "Last modified …".
    Updated,
    /// A bare date.
    Plain,
    /// "Published: …", "First published on …".
    Published,
}

/// A date found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateHit {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// Time and zone as written ("14.05 GMT").
    pub time: Option<String>,
    pub kind: DateKind,
    /// Set when the reading was a guess.
    pub guess: Option<&'static str>,
}

impl DateHit {
    /// "YYYY-MM-DD".
    pub(crate) fn ymd(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1800..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Splits a line into tokens with their byte offsets: white space, ',' and
/// ';' separate tokens; brackets around a token are dropped.
fn tokens(t: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let b = t.as_bytes();
    for (i, c) in t.char_indices() {
        // A hyphen between a number and a month name also separates:
        // "12-Mar-2024".
        let joins = |x: Option<&u8>, y: Option<&u8>| {
            x.is_some_and(u8::is_ascii_digit) && y.is_some_and(u8::is_ascii_alphabetic)
                || x.is_some_and(u8::is_ascii_alphabetic) && y.is_some_and(u8::is_ascii_digit)
        };
        let hyphen = c == '-' && joins(i.checked_sub(1).and_then(|k| b.get(k)), b.get(i + 1));
        let sep = c.is_whitespace() || c == ',' || c == ';' || hyphen;
        match (sep, start) {
            (true, Some(s)) => {
                if let Some(tok) = t.get(s..i) {
                    out.push((s, tok));
                }
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        if let Some(tok) = t.get(s..) {
            out.push((s, tok));
        }
    }
    out.into_iter()
        .filter_map(|(s, tok)| {
            let trimmed = tok.trim_start_matches(['(', '[']);
            let s2 = s + (tok.len() - trimmed.len());
            let trimmed = trimmed.trim_end_matches([')', ']']);
            (!trimmed.is_empty()).then_some((s2, trimmed))
        })
        .collect()
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A day number with an optional ordinal suffix ("23", "23rd").
fn day_number(w: &str) -> Option<u32> {
    let l = w.to_ascii_lowercase();
    let digits = l
        .strip_suffix("st")
        .or_else(|| l.strip_suffix("nd"))
        .or_else(|| l.strip_suffix("rd"))
        .or_else(|| l.strip_suffix("th"))
        .unwrap_or(&l);
    if all_digits(digits) && digits.len() <= 2 {
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    } else {
        None
    }
}

/// A time token: "14:05", "14:05:33", "14.05", "2:05pm", "2pm". Returns
/// whether it carries its own am/pm.
fn is_time(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    let core = l
        .strip_suffix("a.m.")
        .or_else(|| l.strip_suffix("p.m."))
        .or_else(|| l.strip_suffix("am"))
        .or_else(|| l.strip_suffix("pm"))
        .unwrap_or(&l);
    let had_ampm = core.len() != l.len();
    let core = core.strip_suffix('h').unwrap_or(core);
    if had_ampm && all_digits(core) {
        return core
            .parse::<u32>()
            .map(|h| (1..=12).contains(&h))
            .unwrap_or(false);
    }
    let parts: Vec<&str> = core.split([':', '.']).collect();
    match parts.as_slice() {
        [h, m] | [h, m, _] => {
            all_digits(h)
                && h.len() <= 2
                && all_digits(m)
                && m.len() == 2
                && h.parse::<u32>().map(|h| h <= 23).unwrap_or(false)
                && m.parse::<u32>().map(|m| m <= 59).unwrap_or(false)
                && parts
                    .get(2)
                    .map(|s| all_digits(s) && s.len() == 2)
                    .unwrap_or(true)
                && (core.contains(':') || parts.len() == 2)
        }
        _ => false,
    }
}

fn is_ampm(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m"
    )
}

/// A zone: "GMT", "ET", "UTC+3", "GMT+03:00", "+0300", "-05:00".
fn is_zone_token(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    let l = l.trim_end_matches('.');
    if is_zone(l) {
        return true;
    }
    let (base, off) = match l.find(['+', '-']) {
        Some(p) => (l.get(..p).unwrap_or(""), l.get(p + 1..).unwrap_or("")),
        None => return false,
    };
    (base.is_empty() || base == "utc" || base == "gmt")
        && !off.is_empty()
        && off.len() <= 5
        && off.bytes().all(|b| b.is_ascii_digit() || b == b':')
        && off
            .bytes()
            .next()
            .map(|b| b.is_ascii_digit())
            .unwrap_or(false)
}

/// "Last updated 12:41 GMT", "Updated: 9.05am": a time stamp without a
/// date, which says nothing about the day the story ran.
pub(crate) fn is_time_only_stamp(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = ["last updated", "updated", "published", "posted"]
        .iter()
        .find_map(|l| {
            t.get(..l.len())
                .filter(|h| h.eq_ignore_ascii_case(l))
                .and_then(|_| t.get(l.len()..))
        })
    else {
        return false;
    };
    let mut words = rest.trim_start_matches(':').split_whitespace();
    words.next().is_some_and(is_time)
        && words.clone().count() <= 2
        && words.all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | ','));
            is_ampm(w) || is_zone_token(w)
        })
}

/// Numeric dates: "2023-12-23" (optionally with "T14:05:00Z"), "2023/12/23",
/// "23.12.2023", "12/23/2023", "23-12-2023". Returns (y, m, d, time-part, guess).
type NumericDate = (i32, u32, u32, Option<usize>, Option<&'static str>);

fn numeric_date(w: &str) -> Option<NumericDate> {
    // ISO with time
    let (date, time_at) = match w.find(['T', 't']) {
        Some(p) if p == 10 => (w.get(..p)?, Some(p + 1)),
        _ => (w, None),
    };
    let sep = if date.contains('-') {
        '-'
    } else if date.contains('/') {
        '/'
    } else if date.contains('.') {
        '.'
    } else {
        return None;
    };
    let parts: Vec<&str> = date.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !all_digits(a) || !all_digits(b) || !all_digits(c) {
        return None;
    }
    let (na, nb, nc): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    let (y, m, d, guess) = if a.len() == 4 {
        (i32::try_from(na).ok()?, nb, nc, None)
    } else if c.len() == 4 {
        let y = i32::try_from(nc).ok()?;
        if sep == '.' || na > 12 {
            (y, nb, na, None)
        } else if nb > 12 {
            (y, na, nb, None)
        } else if sep == '-' {
            // "23-12-2023" is written day first where hyphens are used.
            (y, nb, na, Some("numeric date read as day-month-year"))
        } else {
            (y, na, nb, Some("numeric date read as month/day/year"))
        }
    } else {
        return None;
    };
    valid(y, m, d).then_some((y, m, d, time_at, guess))
}

/// Parses a line that holds only a date (with optional weekday, time, zone
/// and a "Published:"/"Updated:" prefix). Anything else gives `None`.
pub(crate) fn parse_date_line(t: &str) -> Option<DateHit> {
    let t = t.trim();
    // Every date form has a day or a year in digits.
    if t.is_empty() || t.len() > 120 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokens(t);
    if toks.is_empty() || toks.len() > 16 {
        return None;
    }
    let mut kind = DateKind::Plain;
    let mut kind_set = false;
    let (mut y, mut m, mut d): (Option<i32>, Option<u32>, Option<u32>) = (None, None, None);
    let mut guess = None;
    let mut time_start: Option<usize> = None;
    let mut time_end: usize = 0;
    for (pos, raw) in toks {
        let complete = y.is_some() && m.is_some() && d.is_some();
        let w = raw.trim_end_matches(':');
        let lw = w.to_ascii_lowercase();
        let bare = lw.trim_end_matches('.');
        match bare {
            "published" | "posted" | "first" | "created" | "dated" | "issued" | "date"
            | "originally" => {
                if complete {
                    break;
                }
                if !kind_set && bare != "date" {
                    kind = DateKind::Published;
                    kind_set = true;
                }
                continue;
            }
            "updated" | "modified" | "last" | "edited" | "revised" => {
                if complete {
                    break;
                }
                if !kind_set {
                    kind = DateKind::Updated;
                    kind_set = true;
                }
                continue;
            }
            "on" | "at" | "|" | "-" | "—" | "–" | "•" | "·" | "/" | "@" | "of" | "the" | ""
            | ":" | "time" => continue,
            _ => {}
        }
        if is_weekday(bare) {
            continue;
        }
        if let Some(mn) = month_number(bare) {
            if m.is_some() {
                if complete {
                    break;
                }
                return None;
            }
            // "May" is also a word; it counts only in a date-only line.
            m = Some(mn);
            continue;
        }
        if let Some(dn) = day_number(bare) {
            if d.is_none() && !complete {
                d = Some(dn);
                continue;
            }
            return None;
        }
        if bare.len() == 4 && all_digits(bare) {
            if y.is_none() {
                y = bare.parse().ok();
                continue;
            }
            return None;
        }
        if let Some((yy, mm, dd, time_at, g)) = numeric_date(w) {
            if y.is_some() || m.is_some() || d.is_some() {
                if complete {
                    break;
                }
                return None;
            }
            y = Some(yy);
            m = Some(mm);
            d = Some(dd);
            guess = g;
            if let Some(ta) = time_at {
                time_start = Some(pos + ta);
                time_end = pos + w.len();
            }
            continue;
        }
        if is_time(w) {
            if time_start.is_none() {
                time_start = Some(pos);
            }
            time_end = pos + w.len();
            continue;
        }
        if is_ampm(w) || is_zone_token(w) {
            if time_start.is_some() {
                time_end = pos + raw.len();
            }
            continue;
        }
        return None;
    }
    let (y, m, d) = (y?, m?, d?);
    if !valid(y, m, d) {
        return None;
    }
    let time = time_start
        .and_then(|s| t.get(s..time_end))
        .map(|s| s.trim_end_matches([',', ';', ')', ']']).to_string())
        .filter(|s| !s.is_empty());
    Some(DateHit {
        year: y,
        month: m,
        day: d,
        time,
        kind,
        guess,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(t: &str) -> Option<String> {
        parse_date_line(t).map(|d| d.ymd())
    }

    #[test]
    fn forms() {
        assert_eq!(ymd("December 23, 2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("Dec. 23, 2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("Sept. 30, 2023").as_deref(), Some("2023-09-30"));
        assert_eq!(ymd("23 December 2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("12-Mar-2024").as_deref(), Some("2024-03-12"));
        assert_eq!(ymd("2023-12-23").as_deref(), Some("2023-12-23"));
        assert_eq!(
            ymd("Saturday, December 23rd, 2023").as_deref(),
            Some("2023-12-23")
        );
        assert_eq!(ymd("Published: Dec 5, 2024").as_deref(), Some("2024-12-05"));
        assert_eq!(ymd("23.12.2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("23-12-2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("12-23-2023").as_deref(), Some("2023-12-23"));
        assert_eq!(ymd("05-03-2024").as_deref(), Some("2024-03-05"));
        assert_eq!(ymd("the 5th of May 2024").as_deref(), Some("2024-05-05"));
    }

    #[test]
    fn time_and_zone() {
        let d = parse_date_line("Mon 12 Feb 2024 14.05 GMT").unwrap();
        assert_eq!(d.ymd(), "2024-02-12");
        assert_eq!(d.time.as_deref(), Some("14.05 GMT"));
        let d = parse_date_line("Published: Dec. 5, 2024 at 3:12 p.m. ET | Updated: Dec. 6, 2024")
            .unwrap();
        assert_eq!(d.ymd(), "2024-12-05");
        assert_eq!(d.kind, DateKind::Published);
        assert_eq!(d.time.as_deref(), Some("3:12 p.m. ET"));
        let d = parse_date_line("Updated 9:39 AM EST, Sat December 23, 2023").unwrap();
        assert_eq!(d.kind, DateKind::Updated);
        assert_eq!(d.time.as_deref(), Some("9:39 AM EST"));
        let d = parse_date_line("2023-12-23T14:05:00Z").unwrap();
        assert_eq!(d.time.as_deref(), Some("14:05:00Z"));
    }

    #[test]
    fn not_dates() {
        assert_eq!(ymd("December 2023"), None);
        assert_eq!(ymd("The vote is on December 23, 2023."), None);
        assert_eq!(ymd("May we go now"), None);
        assert_eq!(ymd("February 30, 2023"), None);
        assert_eq!(ymd("2 hours ago"), None);
        assert_eq!(ymd("12 34 2023 December"), None);
        assert_eq!(ymd(""), None);
    }
}
