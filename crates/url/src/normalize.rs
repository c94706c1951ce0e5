//! WHATWG parsing through the `url` crate, plus tracking-parameter removal.

use crate::error::RepairError;
use crate::options::Options;
use crate::tracking::is_tracking;

/// Parses `s` as an absolute URL and normalizes it; returns the URL and
/// whether tracking parameters were removed.
pub(crate) fn normalize_inner(s: &str, opts: &Options) -> Result<(String, bool), RepairError> {
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
    // "…/story-a83812&utm_source=rss": tracking parameters glued to the path
    // with '&' where the '?' was lost. Dropped only when every pair after the
    // first '&' is one (a path may hold a real '&').
    if u.query().is_none() {
        let path = u.path();
        if let Some(k) = path.find('&') {
            let (keep, tail) = path.split_at(k);
            let all_tracking =
                tail.split('&')
                    .filter(|p| !p.is_empty())
                    .all(|pair| match pair.split_once('=') {
                        Some((name, _)) => !name.is_empty() && is_tracking(name, opts),
                        None => false,
                    });
            if all_tracking && tail.len() > 1 {
                let keep = keep.to_string();
                u.set_path(&keep);
                removed = true;
            }
        }
    }
    Ok((u.into(), removed))
}
