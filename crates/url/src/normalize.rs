//! WHATWG parsing through the `url` crate, plus tracking-parameter removal.

use crate::error::RepairError;
use crate::options::Options;
use crate::tracking::is_tracking;
use std::borrow::Cow;

/// Parses `s` as an absolute URL and normalizes it; returns the URL and
/// whether tracking parameters were removed. A URL that is already normal
/// up to the case of its host skips the parser
/// ([`crate::clean::normal_form`]).
pub(crate) fn normalize_inner(
    s: Cow<'_, str>,
    opts: &Options,
) -> Result<(String, bool), RepairError> {
    match crate::clean::normal_form(s, opts) {
        Ok(u) => Ok((u, false)),
        Err(s) => parse(&s, opts),
    }
}

/// [`normalize_inner`] through the parser alone.
pub(crate) fn parse(s: &str, opts: &Options) -> Result<(String, bool), RepairError> {
    let mut u = url::Url::parse(s).map_err(|e| RepairError::Invalid(e.to_string()))?;
    let mut removed = false;
    if let Some(q) = u.query() {
        let kept: Vec<&str> = q
            .split('&')
            .filter(|pair| {
                let name = pair.split('=').next().unwrap_or("");
                let drop = !name.is_empty() && is_tracking(name, opts);
                removed |= drop;
                !drop
            })
            .collect();
        if removed {
            let kept: Vec<&str> = kept.into_iter().filter(|p| !p.is_empty()).collect();
            let q = kept.join("&");
            if q.is_empty() {
                u.set_query(None);
            } else {
                u.set_query(Some(&q));
            }
        }
    }
    Ok((u.into(), removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parser(s: &str) -> Option<String> {
        url::Url::parse(s).ok().map(String::from)
    }

    #[test]
    fn fast_lane_agrees_with_the_parser() {
        let o = Options::default();
        for s in [
            "https://example.com",
            "https://example.com?x=1",
            "https://example.com#f",
            "http://a.b.example.co.uk/x/y-z_1.html?q=1&r=a:b@c,d;e*f!g$h+i~j#frag#more",
            "https://example.com/a//b/%E2%80%99/%zz/%",
            "https://ex--ample.com/-a-/",
            "https://a-.b/",
            "https://1.2.3.4/",
            "https://1.2.3.4a/",
            "https://0x7f.1/",
            "https://example.0x/",
            "https://xn--bcher-kva.example/",
            "https://example.xn--p1ai/",
            "https://example.com/a/./b",
            "https://example.com/a/../b",
            "https://example.com/a/%2e%2E/b",
            "https://example.com/a/.",
            "https://example.com/a/..",
            "https://example.com/.hidden/a..b/c.",
            "https://example.com/..?q=1",
            "https://example.com/x?a=./..#../.",
            "https://example.com/?utm_source=x",
            "https://example.com/?",
            "https://example.com/#",
            "http://example.com:80/",
            "https://Example.com/",
            "https://WWW.EXAMPLE.COM/A?B#C",
            "http://Ex-Ample.Co.UK",
            "https://XN--bcher-kva.example/",
            "https://Xn--bcher-kva.example/",
            "https://example.0X7F/",
            "https://example.0Xg/",
            "https://exa_mple.com/",
            "https://example..com/",
            "https://.example.com/",
            "https://example.com./",
            "https://",
            "http://localhost/x",
            "https://a.example/path;p=1?q='x'",
        ] {
            if let Ok(fast) = crate::clean::normal_form(s.into(), &o) {
                assert_eq!(Some(fast), parser(s), "{s:?}");
            }
            let full = normalize_inner(s.into(), &o).ok().map(|(u, _)| u);
            let mut slow = url::Url::parse(s).ok();
            if let (Some(u), Some(f)) = (slow.as_mut(), full.as_ref()) {
                if !s.contains("utm_") {
                    assert_eq!(&String::from(u.clone()), f, "{s:?}");
                }
            }
        }
        assert!(crate::clean::normal_form("https://example.com/a-b".into(), &o).is_ok());
        assert!(crate::clean::normal_form("https://example.com/a/./b".into(), &o).is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn fast_lane_is_exact(
            scheme in "https?://",
            host in "[a-z0-9.-]{0,3}(xn--|0x)?[a-zA-Z0-9._-]{0,12}",
            rest in "[/?#]?([a-zA-Z0-9._~!$&*+,;=:@/?#%'()\\-]|/\\.|/\\.\\.|%2[eE]){0,24}",
        ) {
            let s = format!("{scheme}{host}{rest}");
            if let Ok(fast) = crate::clean::normal_form(s.as_str().into(), &Options::default()) {
                proptest::prop_assert_eq!(Some(fast), parser(&s), "{:?}", s);
            }
        }
    }
}
