//! Names of facilities and natural features: a name ended by a word such
//! as "Airport" or "Glacier" ("Heathrow Airport", "Petermann Glacier"), and
//! one headed by a word such as "Lake", "Mount" or "Plaza" ("Lake Victoria",
//! "Plaza de Mayo"). No word of such a name is a person or another place.

use super::sports::results_after;
use super::text::*;
use super::*;

impl Doc<'_> {
    /// The end of a facility's or a feature's name that starts with the word
    /// ending at `we`: one to three capitalised words, then a word of
    /// [`crate::orgs::PLACE_TAILS`] that ends the name ("Heathrow Airport",
    /// "Johnson Space Station"; not "Heathrow Airport Holdings", "Tampa Bay
    /// Rays", "the Catholic Church"). On a line in title case, one word only.
    pub(super) fn feature_at(
        &self,
        s: &str,
        w: &str,
        we: usize,
        wi: &WordInfo,
        title: bool,
    ) -> Option<usize> {
        let not_name = W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_TITLE_MOD;
        // "The Palace", "Store In Boothbay Harbor": a function word in capitals.
        let function = |w: &str| {
            matches!(
                w,
                "The"
                    | "A"
                    | "An"
                    | "Of"
                    | "In"
                    | "At"
                    | "On"
                    | "To"
                    | "For"
                    | "And"
                    | "By"
                    | "From"
            )
        };
        // "Grand Mosque", "Dulles International Airport", "East Coast": an
        // adjective that is never a name alone may be a word of a feature's.
        let adjective = |w: &str, f: u16| {
            f & (W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD) == W_STOP
                && matches!(
                    w,
                    "Grand"
                        | "Great"
                        | "Old"
                        | "New"
                        | "Royal"
                        | "National"
                        | "International"
                        | "Central"
                        | "Upper"
                        | "Lower"
                        | "Little"
                        | "Holy"
                        | "North"
                        | "South"
                        | "East"
                        | "West"
                        | "Northern"
                        | "Southern"
                        | "Eastern"
                        | "Western"
                )
        };
        if (wi.flags & not_name != 0 && !adjective(w, wi.flags))
            || wi.extra & X_PLACE_TAIL != 0
            || function(w)
        {
            return None;
        }
        let b = s.as_bytes();
        let mut end = we;
        for _ in 0..if title { 1 } else { 3 } {
            // A capital right after one space, before looking the word up.
            if byte(b, end) != b' ' || !is_upper_at(s, end + 1) {
                return None;
            }
            let (a, z) = next_word_after_space(s, end)?;
            let i = self.lex.word(s.get(a..z)?).copied().unwrap_or_default();
            if i.extra & X_PLACE_TAIL != 0 {
                // "Tom Ridge": a given name and a surname.
                if end == we && wi.flags & W_GIVEN != 0 && i.flags & W_SURNAME != 0 {
                    return None;
                }
                let more = byte(b, z) == b' ' && is_upper_at(s, z + 1);
                let joined = byte(b, z) == b'-'
                    || (byte(b, z) == b'\'' && (byte(b, z + 1) != b's' || is_word_at(s, z + 2)));
                return (!more && !joined && !results_after(s, z)).then_some(z);
            }
            let word = s.get(a..z).unwrap_or("");
            if (i.flags & not_name != 0 && !adjective(word, i.flags)) || function(word) {
                return None;
            }
            end = z;
        }
        None
    }

    /// "Plaza de Mayo", "Palacio de la Moncloa", "Piazza San Marco", "Quai
    /// d'Orsay": a place's name in Romance-language word order, a head word
    /// of [`crate::orgs::PLACE_HEADS`] (the word `w` ending at `we`), then
    /// particles and one to four capitalised words. Its end, after the last
    /// capitalised word. In a line in title case, and for the heads that are
    /// English words or surnames too, a particle must follow the head.
    pub(super) fn head_feature_at(
        &self,
        s: &str,
        w: &str,
        we: usize,
        wi: &WordInfo,
        title: bool,
    ) -> Option<usize> {
        if wi.extra & X_PLACE_HEAD == 0 {
            return None;
        }
        let need_particle = title || crate::orgs::PLACE_HEADS_AFTER_PARTICLE.contains(&w);
        // "Lake Balkhash", "Mount St. Elias": an English feature's name is
        // one or two names, and a common word after the first ends it ("the
        // City of Lake Worth Building …").
        let english = matches!(w, "Lake" | "Loch" | "Mount" | "Cape");
        let b = s.as_bytes();
        let mut end = we;
        let mut names = 0;
        let mut particles = 0;
        let mut i = we;
        let most = if english { 2 } else { 4 };
        while names < most && byte(b, i) == b' ' {
            let (a, z) = next_word_after_space(s, i)?;
            let word = s.get(a..z)?;
            if english {
                if names > 0 && self.flags(word) & W_COMMON != 0 {
                    break;
                }
                // "St." and "Ste." go on to the saint's name.
                if matches!(word, "St" | "Ste") && byte(b, z) == b'.' {
                    let mut k = z + 1;
                    while byte(b, k) == b' ' && byte(b, k + 1) == b' ' {
                        k += 1;
                    }
                    if byte(b, k) == b' ' && is_upper_at(s, k + 1) {
                        i = k;
                        continue;
                    }
                    break;
                }
            }
            // "d'Orsay", "dell'Arte", "l'Étoile": an elided particle glued to
            // the name.
            if matches!(byte(b, z), b'\'') && is_upper_at(s, z + 1) && is_place_particle(word) {
                particles += 1;
                end = word_end(s, z + 1);
                names += 1;
                i = end;
                continue;
            }
            if is_place_particle(word) && particles < 3 {
                particles += 1;
                i = z;
                continue;
            }
            if !is_upper_at(s, a) || (names == 0 && need_particle && particles == 0) {
                break;
            }
            // "Plaza Hotel The", "Casa Rosada President …": a function word
            // or a title ends the name.
            if matches!(
                word,
                "The" | "A" | "An" | "And" | "Of" | "In" | "At" | "On" | "To" | "For"
            ) || self.flags(word) & (W_TITLE | W_ROLE) != 0
            {
                break;
            }
            names += 1;
            end = z;
            i = z;
        }
        (names > 0).then_some(end)
    }

    /// "Bre-X Minerals", "Rolls-Royce": a capitalised word that names no
    /// place right after a hyphen makes the name before it part of a
    /// longer one ("Austria-Hungary", "Paris-Roubaix" keep both places).
    pub(super) fn hyphen_name_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        if byte(b, end) != b'-' || !is_upper_at(s, end + 1) {
            return false;
        }
        // A letter or two name nothing: "Bre-X", "Sukhoi-T".
        if short_code_after(s, end) {
            return true;
        }
        let w = s.get(end + 1..word_end(s, end + 1)).unwrap_or("");
        // ("SOVIET" in capitals is looked up as "Soviet".)
        let mut titled = String::new();
        let w = if w.len() > 2 && w.bytes().all(|c| c.is_ascii_uppercase()) {
            push_title_case(&mut titled, w);
            titled.as_str()
        } else {
            w
        };
        self.lex
            .word(w)
            .is_none_or(|i| i.single == NONE && i.maxtok == 0 && i.flags & W_DEMONYM == 0)
    }
}

/// "Bre-X", "Sukhoi-T": one or two capitals (not "St." or "Bu") after
/// a hyphen right after a name make a firm's or a model's name.
pub(super) fn short_code_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if byte(b, end) != b'-' || !byte(b, end + 1).is_ascii_uppercase() {
        return false;
    }
    // One or two capitals or digits ("X", "TV"), then no more of the word.
    let second = byte(b, end + 2);
    let n = 1 + usize::from(second.is_ascii_uppercase() || second.is_ascii_digit());
    let after = byte(b, end + 1 + n);
    !after.is_ascii_alphanumeric() && after < 0x80 && after != b'.' && after != b'\''
}
