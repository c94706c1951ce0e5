//! Header runs whose line breaks became " . " (the CNN/DailyMail corpus):
//! "By . Jane Roe . PUBLISHED: . 03:53 EST, 23 July 2013 . | . UPDATED: .
//! 11:25 EST, 23 July 2013 . The story begins…".

use super::strip_prefix_ci;

/// The fields of a flattened header run.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Flattened {
    /// The byline, rebuilt with its line breaks put back: "By Jane Roe and John Doe".
    pub byline: Option<String>,
    /// Date lines, rebuilt: "Published: 03:53 EST, 23 July 2013".
    pub dates: Vec<String>,
    /// Byte offset in the line where the body starts.
    pub body_start: usize,
}

/// The pieces of `t` between " . " separators, with their byte offsets.
fn pieces(t: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = t.get(from..).and_then(|r| r.find(" . ")) {
        let at = from + rel;
        out.push((from, t.get(from..at).unwrap_or("")));
        from = at + 3;
    }
    out.push((from, t.get(from..).unwrap_or("")));
    out
}

/// A piece of a flattened byline: a short run of names ("Jane Roe and",
/// "Jane Roe For Mailonline", "Daily Mail Reporter").
fn name_piece(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && !p.ends_with(['.', '!', '?', ':'])
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '@')
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "and" | "for" | "in" | "de" | "van" | "von" | "al" | "the" | "of" | "&"
                )
        })
}

/// A "Last updated at 4:38 PM on 29th October 2011" piece, as a date line.
fn last_updated(p: &str) -> Option<String> {
    let rest = strip_prefix_ci(p, "last updated at ")
        .or_else(|| strip_prefix_ci(p, "last updated on "))
        .or_else(|| strip_prefix_ci(p, "last updated "))?;
    Some(format!("Updated: {}", rest.replacen(" on ", " ", 1)))
}

/// Recognises a flattened header run at the start of a line.
pub(crate) fn flattened_header(t: &str) -> Option<Flattened> {
    if t.len() < 8 || !t.contains(" . ") {
        return None;
    }
    let ps = pieces(t);
    let mut f = Flattened::default();
    let mut names: Vec<&str> = Vec::new();
    let mut k = 0;
    let mut in_byline = false;
    while let Some(&(off, p)) = ps.get(k) {
        let p = p.trim();
        let next = ps.get(k + 1).map(|x| x.1.trim());
        if p.eq_ignore_ascii_case("by") && f.byline.is_none() && names.is_empty() && k == 0 {
            in_byline = true;
            k += 1;
            continue;
        }
        // "By Jane Roe for MailOnline . The story begins…": the byline
        // in one piece.
        if k == 0 {
            if let Some(rest) = strip_prefix_ci(p, "by ").filter(|r| name_piece(r)) {
                in_byline = true;
                names.push(rest);
                k += 1;
                continue;
            }
        }
        let label = p.trim_end_matches(':');
        if p.ends_with(':')
            && (label.eq_ignore_ascii_case("published") || label.eq_ignore_ascii_case("updated"))
        {
            in_byline = false;
            if let Some(d) = next {
                f.dates.push(format!("{label}: {d}"));
                k += 2;
                continue;
            }
        }
        if p == "|" {
            in_byline = false;
            k += 1;
            continue;
        }
        if let Some(d) = last_updated(p) {
            in_byline = false;
            f.dates.push(d);
            k += 1;
            continue;
        }
        if crate::date::parse_date_line(p).is_some() {
            in_byline = false;
            f.dates.push(p.to_string());
            k += 1;
            continue;
        }
        if in_byline && name_piece(p) {
            names.push(p);
            k += 1;
            continue;
        }
        // The body starts here.
        f.body_start = off;
        break;
    }
    if k >= ps.len() {
        // Nothing but header: the body is empty.
        f.body_start = t.len();
    }
    if !names.is_empty() {
        f.byline = Some(format!("By {}", names.join(" ")));
    }
    (f.body_start > 0 && (f.byline.is_some() || !f.dates.is_empty())).then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_header() {
        let t = "By . Jane Roe and . John Doe . PUBLISHED: . 03:53 EST, 23 July 2013 . | . UPDATED: . 11:25 EST, 23 July 2013 . The council met on Monday.";
        let f = flattened_header(t).unwrap();
        assert_eq!(f.byline.as_deref(), Some("By Jane Roe and John Doe"));
        assert_eq!(
            f.dates,
            [
                "PUBLISHED: 03:53 EST, 23 July 2013",
                "UPDATED: 11:25 EST, 23 July 2013"
            ]
        );
        assert_eq!(&t[f.body_start..], "The council met on Monday.");
    }

    #[test]
    fn last_updated_form() {
        let t = "By . Tom Bell . Last updated at 4:38 PM on 29th October 2011 . Rain fell . More rain fell.";
        let f = flattened_header(t).unwrap();
        assert_eq!(f.byline.as_deref(), Some("By Tom Bell"));
        assert_eq!(f.dates, ["Updated: 4:38 PM 29th October 2011"]);
        assert_eq!(&t[f.body_start..], "Rain fell . More rain fell.");
    }

    #[test]
    fn byline_in_one_piece() {
        let t = "By Ann Lowe for MailOnline . A boy, 9, won the race.";
        let f = flattened_header(t).unwrap();
        assert_eq!(f.byline.as_deref(), Some("By Ann Lowe for MailOnline"));
        assert_eq!(&t[f.body_start..], "A boy, 9, won the race.");
        assert!(flattened_header("By the end of May . it rained").is_none());
    }

    #[test]
    fn prose_is_not_a_header() {
        assert!(flattened_header("By the way . it rained").is_none());
        assert!(flattened_header("It rained . It poured.").is_none());
        let f = flattened_header("By . Jane Roe").unwrap();
        assert_eq!(f.byline.as_deref(), Some("By Jane Roe"));
        assert_eq!(f.body_start, "By . Jane Roe".len());
    }
}
