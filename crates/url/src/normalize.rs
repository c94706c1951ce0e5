//! WHATWG parsing through the `url` crate, plus tracking-parameter removal.

use crate::chars::norm_byte;
use crate::{Options, RepairError};

/// The query parameters removed by default. An entry ending in `*` is a
/// prefix (`utm_*` removes `utm_source`, `utm_medium`, ...). Names are
/// compared case-sensitively, as servers do.
///
/// - Google Analytics / Ads: `utm_*`, `gclid`, `gclsrc`, `dclid`, `gbraid`, `wbraid`, `_ga`, `_gl`
/// - Facebook / Instagram: `fbclid`, `igshid`
/// - Microsoft Ads: `msclkid`; Yandex: `yclid`; Twitter/X: `twclid`
/// - Mailchimp: `mc_cid`, `mc_eid`; HubSpot: `_hsenc`, `_hsmi`, `__hssc`, `__hstc`, `__hsfp`, `hsCtaTracking`
/// - Marketo: `mkt_tok`; Vero: `vero_id`, `vero_conv`; Olytics: `oly_anon_id`, `oly_enc_id`
/// - Matomo/Piwik campaigns: `pk_*`, `mtm_*`; Adobe: `s_cid`; Omeda: `rb_clickid`; `_openstat`
pub const DEFAULT_TRACKING_PARAMS: &[&str] = &[
    "utm_*",
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "_ga",
    "_gl",
    "igshid",
    "msclkid",
    "yclid",
    "twclid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "__hssc",
    "__hstc",
    "__hsfp",
    "hsCtaTracking",
    "mkt_tok",
    "vero_id",
    "vero_conv",
    "oly_anon_id",
    "oly_enc_id",
    "pk_*",
    "mtm_*",
    "s_cid",
    "rb_clickid",
    "_openstat",
];

fn matches(name: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == pattern,
    }
}

fn is_tracking(name: &str, opts: &Options) -> bool {
    match &opts.tracking_params {
        Some(list) => list.iter().any(|p| matches(name, p)),
        None => DEFAULT_TRACKING_PARAMS.iter().any(|p| matches(name, p)),
    }
}

/// Parses `s` as an absolute URL and normalizes it; returns the URL and
/// whether tracking parameters were removed.
pub(crate) fn normalize_inner(s: &str, opts: &Options) -> Result<(String, bool), RepairError> {
    if let Some(u) = fast_normalize(s, opts) {
        return Ok((u, false));
    }
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

/// The normalized form of a URL that is already in normal form, without the
/// full WHATWG parser: `http://` or `https://`, a lower-case ASCII host that
/// IDNA and IPv4 parsing leave alone, and a path, query and fragment of
/// bytes that no percent-encoding set touches, no dot segments and no
/// tracking parameter. None when anything needs the parser; when it returns
/// a URL, it is the one [`url::Url`] serializes (tested against it).
fn fast_normalize(s: &str, opts: &Options) -> Option<String> {
    let b = s.as_bytes();
    let host_start = if b.starts_with(b"https://") {
        8
    } else if b.starts_with(b"http://") {
        7
    } else {
        return None;
    };
    // Host: lower-case letters, digits and hyphens in non-empty labels.
    let mut j = host_start;
    let mut label_start = j;
    loop {
        match b.get(j) {
            Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' => j += 1,
            Some(b'.') if j > label_start => {
                if b.get(label_start..label_start + 4) == Some(b"xn--") {
                    return None;
                }
                j += 1;
                label_start = j;
            }
            _ => break,
        }
    }
    let last = b.get(label_start..j)?;
    // An empty host or label, punycode, or a last label that makes the host
    // an IPv4 address ("1.2.3.4", "0x7f"): the parser decides.
    if last.is_empty()
        || last.starts_with(b"xn--")
        || last.starts_with(b"0x")
        || last.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    if !matches!(b.get(j), None | Some(b'/' | b'?' | b'#')) {
        return None;
    }
    let host_end = j;
    let rest = s.get(host_end..)?;
    // One pass over path, query and fragment: every byte left alone by the
    // serializer, no dot segment ("/./", "/../", "%2e") in the path, no
    // tracking parameter in the query.
    let r = rest.as_bytes();
    if !r.iter().fold(true, |a, &c| a & norm_byte(c)) {
        return None;
    }
    let path_end = memchr::memchr2(b'?', b'#', r).unwrap_or(r.len());
    let p = r.get(..path_end)?;
    for d in memchr::memchr_iter(b'.', p) {
        // A "." or ".." segment.
        let seg_start = d == 0 || p.get(d - 1) == Some(&b'/');
        let after = |k: usize| matches!(p.get(k), None | Some(b'/'));
        if seg_start && (after(d + 1) || (p.get(d + 1) == Some(&b'.') && after(d + 2))) {
            return None;
        }
    }
    for pc in memchr::memchr_iter(b'%', p) {
        if p.get(pc + 1..pc + 3)
            .is_some_and(|h| h.eq_ignore_ascii_case(b"2e"))
        {
            return None;
        }
    }
    if r.get(path_end) == Some(&b'?') {
        let q = rest.get(path_end + 1..)?;
        let q = q.split_once('#').map_or(q, |(q, _)| q);
        let tracked = q.split('&').any(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            !name.is_empty() && is_tracking(name, opts)
        });
        if tracked {
            return None;
        }
    }
    let path = rest.get(..path_end)?;
    let mut out = String::with_capacity(s.len() + 1);
    if path.is_empty() {
        // "https://example.com" has the path "/".
        out.push_str(s.get(..host_end)?);
        out.push('/');
        out.push_str(rest);
    } else {
        out.push_str(s);
    }
    Some(out)
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
            "https://exa_mple.com/",
            "https://example..com/",
            "https://.example.com/",
            "https://example.com./",
            "https://",
            "http://localhost/x",
            "https://a.example/path;p=1?q='x'",
        ] {
            if let Some(fast) = fast_normalize(s, &o) {
                assert_eq!(Some(fast), parser(s), "{s:?}");
            }
            let full = normalize_inner(s, &o).ok().map(|(u, _)| u);
            let mut slow = url::Url::parse(s).ok();
            if let (Some(u), Some(f)) = (slow.as_mut(), full.as_ref()) {
                if !s.contains("utm_") {
                    assert_eq!(&String::from(u.clone()), f, "{s:?}");
                }
            }
        }
        assert!(fast_normalize("https://example.com/a-b", &o).is_some());
        assert!(fast_normalize("https://example.com/a/./b", &o).is_none());
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
            if let Some(fast) = fast_normalize(&s, &Options::default()) {
                proptest::prop_assert_eq!(Some(fast), parser(&s), "{:?}", s);
            }
        }
    }
}
