//! HTML5 named character references ("&lstrok;", "&ccaron;", "&Omega;"):
//! the complete WHATWG list, as the maintained `htmlize` crate generates it
//! from the specification's `entities.json`.

/// The text a named character reference stands for, by its name without
/// "&" and ";" ("amp", "lstrok"); `None` for a name not in the HTML5 list.
/// Names are case-sensitive ("Omega" and "omega" differ).
pub(crate) fn named(name: &str) -> Option<&'static str> {
    // The map's keys are whole references: "&name;". The longest name in
    // the list has 31 bytes.
    let mut key = [0u8; 40];
    let n = name.len();
    if n == 0 || n + 2 > key.len() {
        return None;
    }
    let slot = key.get_mut(..n + 2)?;
    let (amp, rest) = slot.split_first_mut()?;
    *amp = b'&';
    let (semi, body) = rest.split_last_mut()?;
    *semi = b';';
    body.copy_from_slice(name.as_bytes());
    let v = htmlize::ENTITIES.get(&*slot)?;
    std::str::from_utf8(v).ok()
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn the_whole_list() {
        assert_eq!(named("amp"), Some("&"));
        assert_eq!(named("lstrok"), Some("ł"));
        assert_eq!(named("ccaron"), Some("č"));
        assert_eq!(named("Omega"), Some("Ω"));
        assert_eq!(named("omega"), Some("ω"));
        assert_eq!(named("sigmaf"), Some("ς"));
        assert_eq!(named("NotNestedLessLess"), Some("\u{2AA1}\u{338}"));
        assert_eq!(named("CounterClockwiseContourIntegral"), Some("∳"));
        assert_eq!(named("nosuch"), None);
        assert_eq!(named(""), None);
        assert!(htmlize::ENTITIES.len() > 2200);
    }
}
