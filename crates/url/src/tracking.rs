//! Tracking query parameters: the default list and the test of a name.

use crate::options::Options;

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

pub(crate) fn is_tracking(name: &str, opts: &Options) -> bool {
    match &opts.tracking_params {
        Some(list) => list.iter().any(|p| matches(name, p)),
        None => DEFAULT_TRACKING_PARAMS.iter().any(|p| matches(name, p)),
    }
}
