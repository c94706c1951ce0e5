//! Rules on the words around a capitalised word: the longest key, the run
//! of name words, titles, roles, organisation heads and said-verbs.

use super::sports::dismissal_after;
use super::text::*;
use super::*;

impl Doc<'_> {
    /// "spokesman Dmitry Peskov": a lower-case role noun right before the
    /// name; `pw` is the word before it ([`prev_word`]).
    pub(super) fn role_before(&self, pw: Option<&str>) -> bool {
        pw.is_some_and(|w| {
            w.as_bytes().last().is_some_and(u8::is_ascii_lowercase)
                && w.len() >= 2
                && w.len() <= 14
                && self.lex.role_maybe(w)
                && self.flags(w) & W_ROLE != 0
        })
    }

    /// ", " and then a region's or a country's name of country `cc` after
    /// `end` ("Reading, Pennsylvania", "Split, Croatia").
    pub(super) fn region_after_comma(&self, s: &str, end: usize, cc: [u8; 2]) -> bool {
        let b = s.as_bytes();
        if byte(b, end) != b',' || byte(b, end + 1) != b' ' || !is_upper_at(s, end + 2) {
            return false;
        }
        let ws = end + 2;
        let we = word_end(s, ws);
        let Some(w) = s.get(ws..we) else {
            return false;
        };
        let wi = self.word_info(w);
        let head = match self.longest(s, ws, we, &wi) {
            Some((_, head, _)) => head,
            None => wi.single,
        };
        self.lex.cands_of(head).any(|c| {
            self.lex
                .entry(c.entry)
                .is_some_and(|r| r.cc == cc && matches!(r.class, Class::Region | Class::Country))
        })
    }

    /// The longest key starting at the word `[ws, we)`: (end, candidates, words).
    pub(super) fn longest(
        &self,
        s: &str,
        ws: usize,
        we: usize,
        wi: &WordInfo,
    ) -> Option<(usize, u32, usize)> {
        let maxtok = wi.maxtok;
        let b = s.as_bytes();
        let mut ends: [usize; 8] = [0; 8];
        let mut n = 1usize;
        if let Some(e) = ends.get_mut(0) {
            *e = we;
        }
        let max = usize::from(maxtok).min(ends.len());
        let mut e = we;
        // Keys are written with straight apostrophes; text often has curly
        // ones ("People’s Republic", "Côte d’Ivoire"): those spans are looked
        // up with the apostrophe straightened.
        let curly = |i: usize| b.get(i..i + 3) == Some("\u{2019}".as_bytes());
        // Whether a curly apostrophe was stepped over: only then is a span
        // straightened before a lookup.
        let mut curly_seen = false;
        let prefix = |a: usize, z: usize, curly_seen: bool| match s.get(a..z) {
            Some(p) if curly_seen => self.lex.prefix_maybe(straight(p).as_bytes()),
            Some(p) => self.lex.prefix_maybe(p.as_bytes()),
            None => false,
        };
        while n < max {
            // Stop as soon as the words so far start no key.
            // Separator: at most 3 bytes of space and name punctuation, no line break.
            let mut j = e;
            while j < e + 3 {
                if matches!(byte(b, j), b' ' | b'-' | b'.' | b'\'' | b'&' | b',' | b'/') {
                    j += 1;
                } else if curly(j) {
                    j += 3;
                    curly_seen = true;
                } else {
                    break;
                }
            }
            if j == e || !is_word_at(s, j) {
                break;
            }
            // No key that starts with this word has a second word that starts so.
            if n == 1 && wi.next & next_bit(byte(b, j)) == 0 {
                break;
            }
            // "Moscow's": the possessive is not a word of a name, unless a key
            // goes on with it ("People's Republic of China").
            if byte(b, j) == b's' && (byte(b, e) == b'\'' || curly(e)) && !is_word_at(s, j + 1) {
                let ne = j + 1;
                let more = byte(b, ne) == b' ' && prefix(ws, ne, curly_seen);
                if !more {
                    break;
                }
                if let Some(x) = ends.get_mut(n) {
                    *x = ne;
                }
                n += 1;
                e = ne;
                continue;
            }
            let ne = word_end(s, j);
            let prefix_ok = prefix(ws, ne, curly_seen)
                || (byte(b, ne) == b'.' && prefix(ws, ne + 1, curly_seen));
            if !prefix_ok {
                break;
            }
            if let Some(x) = ends.get_mut(n) {
                *x = ne;
            }
            n += 1;
            e = ne;
        }
        let lookup = |key: &str| {
            if curly_seen {
                self.lex.lookup(&straight(key), false)
            } else {
                self.lex.lookup(key, false)
            }
        };
        for k in (0..n).rev() {
            let end = ends.get(k).copied().unwrap_or(we);
            if byte(b, end) == b'.' {
                if let Some(key) = s.get(ws..end + 1) {
                    let h = lookup(key);
                    if h != NONE {
                        return Some((end + 1, h, k + 1));
                    }
                }
            }
            let h = if k == 0 {
                wi.single
            } else {
                let Some(key) = s.get(ws..end) else { continue };
                lookup(key)
            };
            if h != NONE {
                return Some((end, h, k + 1));
            }
        }
        None
    }

    /// The run of name words that starts with the word `[ws, we)`: its end and
    /// number of words.
    pub(super) fn name_run(&self, s: &str, ws: usize, we: usize) -> (usize, usize) {
        let b = s.as_bytes();
        let join = |mut end: usize| {
            // "Jean-Pierre", "O'Brien", "al-Assad": at most four joined parts,
            // so that a long chain ("A-A-A-…") is not walked from every word.
            for _ in 0..4 {
                if !(matches!(byte(b, end), b'-' | b'\'') && is_upper_at(s, end + 1)) {
                    break;
                }
                end = word_end(s, end + 1);
            }
            end
        };
        // "L. Ron Hubbard": a name that starts with an initial.
        let mut end = if we == ws + 1 && byte(b, we) == b'.' {
            we + 1
        } else {
            join(we)
        };
        let mut n = 1;
        while n < 5 {
            // Most often a plain lower-case word follows ("Smith said"): no
            // particle starts with these letters.
            if byte(b, end) == b' '
                && matches!(
                    byte(b, end + 1),
                    b'c' | b'f'
                        | b'g'
                        | b'h'
                        | b'j'
                        | b'k'
                        | b'm'
                        | b'n'
                        | b'o'
                        | b'p'
                        | b'q'
                        | b'r'
                        | b's'
                        | b'u'
                        | b'w'
                        | b'x'
                )
            {
                break;
            }
            let Some((a, e)) = next_word_after_space(s, end) else {
                break;
            };
            // "Conan O'Brien": a surname with a one-letter prefix.
            if let Some((e2, _)) = self.apostrophe_surname(s, a, e) {
                end = e2;
                n += 1;
                continue;
            }
            let w = s.get(a..e).unwrap_or("");
            if is_upper_at(s, a) {
                // "Franklin D Roosevelt": an initial without its full stop.
                if w.len() == 1
                    && byte(b, e) == b' '
                    && next_word_after_space(s, e).is_some_and(|(a2, z2)| {
                        is_upper_at(s, a2)
                            && z2 > a2 + 1
                            && self.flags(s.get(a2..z2).unwrap_or("")) & (W_COMMON | W_NEVER) == 0
                    })
                {
                    end = e;
                    continue;
                }
                if w.len() == 1 && byte(b, e) == b'.' {
                    // a middle initial, when a name word follows
                    if next_word_after_space(s, e + 1).is_some_and(|(a2, _)| is_upper_at(s, a2)) {
                        end = e + 1;
                        continue;
                    }
                    break;
                }
                let wi2 = self.word_info(w);
                let f = wi2.flags;
                if f & W_SUFFIX != 0 {
                    end = if byte(b, e) == b'.' { e + 1 } else { e };
                    break;
                }
                if f & (W_NEVER | W_ORG_HEAD | W_TITLE | W_ROLE | W_SAID_AFTER) != 0 {
                    // "Martin Luther King III": a title word that a
                    // generation suffix follows is the surname.
                    let suffix_next = f & W_TITLE != 0
                        && next_word_after_space(s, e).is_some_and(|(a2, z2)| {
                            self.flags(s.get(a2..z2).unwrap_or("")) & W_SUFFIX != 0
                        });
                    if !suffix_next {
                        break;
                    }
                    end = e;
                    n += 1;
                    continue;
                }
                if f & W_COMMON != 0 && f & W_SURNAME == 0 {
                    break;
                }
                if w.chars().count() < 2 || w.bytes().any(|c| c.is_ascii_digit()) {
                    break;
                }
                // "John Di Domenico": a capitalised particle inside a name.
                if f & W_SURNAME == 0 && is_particle(w) {
                    if let Some((a2, e2)) =
                        next_word_after_space(s, e).filter(|(a2, _)| is_upper_at(s, *a2))
                    {
                        let _ = a2;
                        end = join(e2);
                        n += 1;
                        continue;
                    }
                    break;
                }
                // "In China": a place or outlet name is not a surname; a small
                // town's may be ("Jacques Chirac").
                // A given name goes on unless it alone names a big place
                // ("Tran Minh Tuan", though keys such as "Minh Hai" start with it).
                // "Paul Debre": a word that only starts longer keys ("Debre
                // Birhan") goes on unless one of them is written here.
                let big = if f & W_GIVEN != 0 {
                    self.names_big_alone(&wi2)
                } else {
                    self.names_big_alone(&wi2)
                        || (wi2.maxtok > 1 && self.longest(s, a, e, &wi2).is_some_and(|d| d.0 > e))
                };
                if f & W_SURNAME == 0 && wi2.maxtok > 0 && big {
                    break;
                }
                end = join(e);
                n += 1;
            } else if is_particle(w) && byte(b, e) == b'-' && is_upper_at(s, e + 1) {
                // "Nouri al-Maliki", "Ahmed bin-Laden"
                end = join(e);
                n += 1;
            } else if is_particle(w) {
                match next_word_after_space(s, e) {
                    Some((a2, e2)) if is_upper_at(s, a2) => {
                        end = join(e2);
                        n += 1;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if self.org_follows(s, end) {
            return (end, 0);
        }
        (end, n)
    }

    /// Whether one of the next two capitalised words heads an organisation's
    /// name ("Johnson Space Center", "Helsinki University").
    pub(super) fn org_follows(&self, s: &str, end: usize) -> bool {
        let mut e = end;
        for _ in 0..3 {
            // A capital right after the space, before finding the word's end.
            if byte(s.as_bytes(), e) != b' ' || !is_upper_at(s, e + 1) {
                return false;
            }
            let Some((a, b)) = next_word_after_space(s, e) else {
                return false;
            };
            let f = self.flags(s.get(a..b).unwrap_or(""));
            // "Ural Copper", "Leeds United": a firm's or club's last word
            // right after the name.
            if f & W_ORG_HEAD != 0 || (e == end && f & W_ORG_TAIL != 0) {
                return true;
            }
            e = b;
        }
        false
    }

    /// Whether the one-word key of `i` names a country, a region or a city
    /// of a million or more.
    pub(super) fn names_big_place(&self, i: &WordInfo) -> bool {
        self.lex.cands_of(i.single).any(|c| {
            self.lex.entry(c.entry).is_some_and(|e| {
                matches!(e.class, Class::Country | Class::Region)
                    || (e.class == Class::City && e.pop >= 1_000_000)
            })
        })
    }

    /// "Jan Kowalski", "June Carter": a listed surname (no common word) right
    /// after a month's name that is also a given name.
    pub(super) fn listed_surname_after(&self, s: &str, we: usize) -> bool {
        word_after_space(s, we).is_some_and(|w| {
            is_upper_at(w, 0) && self.flags(w) & (W_SURNAME | W_COMMON | W_NEVER) == W_SURNAME
        })
    }

    /// After a title, a common word then a listed surname or an unknown word
    /// (no common word, key or title) is a whole name ("Finance Minister Taro
    /// Kishimura"; not "Prime Minister Will Travel").
    pub(super) fn surname_after_common(&self, s: &str, we: usize) -> bool {
        word_after_space(s, we).is_some_and(|w| {
            let i = self.lex.word(w).copied().unwrap_or_default();
            let bad = W_COMMON | W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_ORG_TAIL;
            is_upper_at(w, 0)
                && w.len() >= 3
                && i.flags & bad == 0
                && (i.flags & W_SURNAME != 0 || i.maxtok == 0)
        })
    }

    /// Whether the capitalised word right after `end` heads or ends an
    /// organisation's name and is no surname ("Manchester United", not
    /// "Michael Bay").
    pub(super) fn org_word_after(&self, s: &str, end: usize) -> bool {
        byte(s.as_bytes(), end) == b' '
            && is_upper_at(s, end + 1)
            && word_after_space(s, end).is_some_and(|w| {
                let f = self.flags(w);
                f & (W_ORG_HEAD | W_ORG_TAIL) != 0 && f & W_SURNAME == 0
            })
    }

    /// "the Abbotsford area", "in Helmand province", "the Haute-Garonne
    /// region": one to three capitalised words that the lexicon does not
    /// know, right before a noun of an administrative area (after "the" or a
    /// preposition of place, unless the noun is "province" or "district"). No word of the name is a common word, a
    /// demonym, an organisation's word or in capitals ("the NHS area"), and
    /// it does not end like a proper adjective ("the Kurdish region").
    pub(super) fn area_name(&self, s: &str, ws: usize, end: usize, pw: Option<&str>) -> bool {
        let noun = word_after_space(s, end).unwrap_or("");
        // A province's or a district's name needs nothing before it
        // ("reached Zarghun province"); a noun that also follows other
        // words ("area", "village") needs "the" or a preposition.
        let strong = matches!(
            noun,
            "province" | "district" | "governorate" | "prefecture" | "oblast" | "municipality"
        );
        // "Siberia's Zabaikalsky region": a region of the place before.
        let possessive = || {
            matches!(
                noun,
                "region" | "republic" | "territory" | "county" | "state"
            ) && s
                .get(..ws.saturating_sub(1))
                .is_some_and(|h| h.ends_with("'s") || h.ends_with("\u{2019}s"))
        };
        is_area_noun(noun)
            && (strong
                || matches!(
                    pw,
                    Some(
                        "the" | "in" | "of" | "near" | "from" | "across" | "around" | "throughout"
                    )
                )
                || possessive())
            && s.get(ws..end).is_some_and(|name| {
                // "the Kurdish region", "the Parisian suburb": a proper
                // adjective, not a name.
                let adjective = ["ish", "ian", "ese", "ean", "yan", "ic"]
                    .iter()
                    .any(|e| name.ends_with(e));
                !adjective
                    && name.split([' ', '-']).all(|w| {
                        let bad = W_COMMON | W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_ORG_TAIL;
                        is_upper_at(w, 0)
                            && w.chars().any(char::is_lowercase)
                            && self.flags(w) & bad == 0
                    })
            })
    }

    /// Whether the words `[ws, end)` stand where a place's name does: after
    /// "near" or "the village of", or before "province" or "district"
    /// ("north of Tarin Kot", "the Manshiyet Nasr slum").
    pub(super) fn place_context(&self, s: &str, ws: usize, end: usize, pw: Option<&str>) -> bool {
        // Besides the nouns of a settlement or an area: features and
        // directions.
        const PLACE_NOUNS: &[&str] = &[
            "slum",
            "camp",
            "border",
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "street",
            "avenue",
            "road",
            "boulevard",
            "square",
            "bridge",
            "highway",
            "airport",
            "river",
            "lake",
            "mountains",
        ];
        let noun =
            |w: Option<&str>| w.is_some_and(|w| PLACE_NOUNS.contains(&w) || is_settlement_noun(w));
        if pw == Some("near") {
            return true;
        }
        if pw == Some("of") {
            let of_start = ws.saturating_sub(3);
            if noun(prev_word(s, of_start)) {
                return true;
            }
        }
        let next = word_after_space(s, end);
        noun(next) && !matches!(next, Some("north" | "south" | "east" | "west" | "capital"))
    }

    /// Whether the last word of the name `[ws, end)` is a surname by the
    /// lexicon's evidence (a listed surname that names no place, or a
    /// typical surname ending), and no word of it is a common word.
    pub(super) fn surname_last(&self, s: &str, ws: usize, end: usize) -> bool {
        let Some(name) = s.get(ws..end) else {
            return false;
        };
        // "Saudi Arabian": a demonym of two words.
        if name.contains(' ') && self.flags(name) & W_DEMONYM != 0 {
            return false;
        }
        // "Shi'ite", "Qur’an": the last word goes on after an apostrophe.
        if apostrophe_goes_on(s, end, true) {
            return false;
        }
        let mut words = name
            .split([' ', '-', '\''])
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase));
        let Some(last) = words.next_back() else {
            return false;
        };
        if words.any(|w| self.flags(w) & (W_COMMON | W_NEVER) != 0) {
            return false;
        }
        let wi = self.lex.word(last).copied().unwrap_or_default();
        // A listed surname that only starts longer keys ("Anaya" of a
        // place "Anaya de …") still ends a name; one that is a key alone is
        // a place's or outlet's name too.
        let listed = wi.flags & W_SURNAME != 0 && (wi.maxtok == 0 || wi.single == NONE);
        wi.flags & (W_COMMON | W_NEVER | W_ORG_HEAD | W_ORG_TAIL) == 0
            && (listed || (wi.maxtok == 0 && name_shape(last)))
    }

    /// A person's age or role in apposition after a name ending at `end`:
    /// ", 52," / ", the bank's chief economist," / ", a spokesman for".
    pub(super) fn apposition(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        // Results and squads: "Tavi Okoro (Nigeria)", "Tavi Okoro (NGR)".
        if byte(b, end) == b' ' && byte(b, end + 1) == b'(' {
            let code = byte(b, end + 5) == b')'
                && (end + 2..end + 5).all(|k| byte(b, k).is_ascii_uppercase());
            return code || self.nation_in_brackets_after(s, end);
        }
        if byte(b, end) != b',' || byte(b, end + 1) != b' ' {
            return false;
        }
        if self.who_after(s, end) {
            return true;
        }
        let a = end + 2;
        // An age: one or two digits, then a comma.
        if age_after(s, end) {
            return true;
        }
        // A determiner, then a role noun within three words.
        let Some((w0s, w0e)) = next_word(s, a).filter(|(x, _)| *x == a) else {
            return false;
        };
        if !matches!(
            s.get(w0s..w0e),
            Some("the" | "a" | "an" | "his" | "her" | "its" | "their")
        ) {
            return false;
        }
        self.role_after_determiner(s, w0e, false)
    }

    /// A role word within three words after the determiner ending at `e`,
    /// before any organisation's word; over a possessive ("the bank's chief
    /// economist"), or, when `strict`, over lower-case words only.
    fn role_after_determiner(&self, s: &str, mut e: usize, strict: bool) -> bool {
        let b = s.as_bytes();
        for _ in 0..3 {
            let Some((x, y)) = next_word_after_space(s, e) else {
                return false;
            };
            let w = s.get(x..y).unwrap_or("");
            let f = self.flags(w);
            let lower = w.bytes().all(|c| c.is_ascii_lowercase());
            if f & W_ROLE != 0 && (lower || !strict) {
                return true;
            }
            if f & (W_ORG_HEAD | W_ORG_TAIL) != 0 || (strict && (!lower || byte(b, y) == b'\'')) {
                return false;
            }
            e = if byte(b, y) == b'\'' && byte(b, y + 1) == b's' {
                y + 2
            } else {
                y
            };
        }
        false
    }

    /// A role in apposition after a one-word name ending at `end`, stricter
    /// than [`Doc::apposition`]: an age, a bare role word before "of", "for",
    /// "at" or a comma ("Sakakibara, chief of the bureau"), or an article,
    /// at most two more words and a role word with no possessive between
    /// ("Okonjo, a senior adviser"; not "Acme, the firm's chief").
    pub(super) fn apposition_one(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        if byte(b, end) != b',' || byte(b, end + 1) != b' ' {
            return false;
        }
        if age_after(s, end) {
            return true;
        }
        let Some((w0s, w0e)) = next_word(s, end + 2).filter(|(x, _)| *x == end + 2) else {
            return false;
        };
        let w0 = s.get(w0s..w0e).unwrap_or("");
        let role =
            |w: &str| self.flags(w) & W_ROLE != 0 && w.bytes().all(|c| c.is_ascii_lowercase());
        if role(w0) {
            let rest = s.get(w0e..).unwrap_or("");
            return rest.starts_with(" of ")
                || rest.starts_with(" for ")
                || rest.starts_with(" at ")
                || rest.starts_with(',');
        }
        matches!(w0, "a" | "an" | "the") && self.role_after_determiner(s, w0e, true)
    }

    /// Whether the one-word key of `wi` names a country, a region, a city of
    /// 100,000 or more, an outlet or a notable person, or is the first word
    /// of a longer key.
    /// Whether the word alone names a country, a region, a city of 100,000
    /// people or more, or an outlet.
    pub(super) fn names_big_alone(&self, wi: &WordInfo) -> bool {
        self.lex.cands_of(wi.single).any(|c| {
            self.lex.entry(c.entry).is_some_and(|e| match e.class {
                Class::City => e.pop >= 100_000,
                Class::Town => false,
                _ => true,
            })
        })
    }

    /// Whether the word before `ws` names what follows as a storm, an
    /// operation or a vessel ("Hurricane Katrina").
    pub(super) fn thing_before(&self, pw: Option<&str>) -> bool {
        pw.is_some_and(|w| crate::orgs::THING_HEADS.contains(&w))
    }

    /// Whether a lower-case organisation noun follows the name ending at
    /// `end` ("the official Xinhua news agency", "Acme company").
    pub(super) fn org_noun_after(&self, s: &str, end: usize) -> bool {
        word_after_space(s, end).is_some_and(|w| {
            matches!(
                w,
                "news"
                    | "agency"
                    | "newspaper"
                    | "daily"
                    | "company"
                    | "firm"
                    | "group"
                    | "party"
                    | "movement"
                    | "government"
                    | "ministry"
                    | "television"
                    | "radio"
                    | "channel"
                    | "network"
                    | "website"
                    | "magazine"
                    | "militia"
                    | "rebels"
                    | "index"
            )
        })
    }

    /// Whether the word before `ws` makes the name a club's ("FC Barcelona",
    /// "Real Madrid").
    pub(super) fn club_before(&self, pw: Option<&str>) -> bool {
        // (Most words before a name are lower-case: no list walk then.)
        pw.is_some_and(|w| is_upper_at(w, 0) && crate::orgs::CLUB_HEADS.contains(&w))
    }

    /// "A. Hollioake", "(N. Knight 113)": the run `[ws, re)` is a capital
    /// initial with its full stop and one more word, which names nothing
    /// else. A word the lexicon lists as no surname (a common word, a
    /// place's name) counts only in a list of scores: after a bracket, a
    /// comma, a semicolon or at a line's start, and before a number.
    /// Returns the name's end.
    pub(super) fn initial_and_surname(&self, s: &str, ws: usize, we: usize) -> Option<usize> {
        let b = s.as_bytes();
        if we != ws + 1 || byte(b, we) != b'.' || !byte(b, ws).is_ascii_uppercase() {
            return None;
        }
        // Not a middle initial ("Steven F. Udvar", "M.D. Nalapat", "Col. W.
        // C. Gorgas"): the word before is no name nor initial.
        if ws > 0 && byte(b, ws - 1) != b' ' && byte(b, ws - 1) != b'(' {
            let c = byte(b, ws - 1);
            if c == b'.' || c.is_ascii_alphanumeric() {
                return None;
            }
        }
        if prev_word(s, ws).is_some_and(|p| is_upper_at(p, 0)) {
            return None;
        }
        let (a, z) = next_word_after_space(s, we + 1)?;
        // One space, and no other initial or name after the word ("A. Inca
        // B. Maya": the choices of a quiz).
        let last = s.get(a..z).filter(|_| a == we + 2 && z >= a + 2)?;
        // And the line goes on: "C. Olmec" alone on a line is a quiz's choice.
        let next = s.get(z..).unwrap_or("").trim_start_matches(' ');
        if !is_upper_at(last, 0)
            || is_upper_at(next, 0)
            || next.is_empty()
            || next.starts_with(['\n', '\r'])
        {
            return None;
        }
        let wi = self.word_info(last);
        let bad = W_NEVER | W_TITLE | W_ROLE | W_ORG_HEAD | W_ORG_TAIL | W_MONTH | W_WEEKDAY;
        if wi.flags & bad != 0 {
            return None;
        }
        // "N. Korea", "S. Africa": a compass point's initial before a word
        // that is no listed surname is a place's short form.
        let compass = matches!(byte(b, ws), b'N' | b'S' | b'E' | b'W');
        if wi.single == NONE
            && wi.flags & (W_COMMON | W_GIVEN) == 0
            && (!compass || wi.flags & W_SURNAME != 0)
        {
            return Some(z);
        }
        let before = s.get(..ws).unwrap_or("").trim_end_matches(' ');
        let listed = before.is_empty() || before.ends_with(['(', ',', ';', '\n']);
        (listed && (byte(b, z) == b' ' && byte(b, z + 1).is_ascii_digit() || dismissal_after(s, z)))
            .then_some(z)
    }

    /// "the Dallas Cowboys", "Kenya Airways", "the Oslo Accords": a
    /// capitalised plural word right after a place's name (no person's name
    /// or demonym) makes the place a word of a team's, a firm's or an
    /// agreement's name.
    pub(super) fn plural_name_after(&self, s: &str, end: usize) -> bool {
        word_after_space(s, end).is_some_and(|w| {
            w.len() > 3
                && is_upper_at(w, 0)
                && w.ends_with('s')
                && !w.ends_with("ss")
                && byte(s.as_bytes(), end + 1 + w.len()) != b'\''
                // "the Golan Heights": a feature's plural (one lookup for the
                // flags and the extra classes).
                && self.lex.word(w).is_none_or(|i| {
                    i.flags & (W_GIVEN | W_SURNAME | W_NEVER | W_TITLE | W_ROLE) == 0
                        && i.extra & X_PLACE_TAIL == 0
                })
        })
    }

    /// Whether the word before a place's name makes it a firm's national
    /// unit or a national body's name ("Sony Australia", "Cricket Australia",
    /// "Environment Canada").
    pub(super) fn body_before(&self, pw: Option<&str>) -> bool {
        // Most words before a place are lower-case ("in", "the").
        pw.is_some_and(|w| {
            is_upper_at(w, 0)
                && self.lex.word(w).is_some_and(|i| {
                    i.extra & X_BODY_HEAD != 0 || (i.extra & X_FIRM != 0 && crate::orgs::is_firm(w))
                })
        })
    }

    /// A known firm or market index at `ws` ("Morgan Stanley", "Dow Jones",
    /// "Chrysler"): its end.
    pub(super) fn firm_at(&self, s: &str, ws: usize, we: usize, wi: &WordInfo) -> Option<usize> {
        let b = s.as_bytes();
        // Most capitalised words start no firm's name: the word's flag says
        // so without a search (the search below stays the exact test).
        if wi.extra & X_FIRM == 0 {
            return None;
        }
        let first = s.get(ws..we)?;
        let k = crate::orgs::FIRMS.partition_point(|f| *f < first);
        let starts = crate::orgs::FIRMS
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|f| f.starts_with(first))
            .any(|f| {
                f.as_bytes()
                    .get(first.len())
                    .is_none_or(|c| matches!(c, b' ' | b'-'))
            });
        if !starts {
            return None;
        }
        let mut best = None;
        let mut e = we;
        for _ in 0..3 {
            // "McDonald's", and "Berkshire Hathaway's" (a possessive).
            let name = s.get(ws..e).unwrap_or("");
            if crate::orgs::is_firm(name)
                || name.strip_suffix("'s").is_some_and(crate::orgs::is_firm)
            {
                best = Some(e);
            }
            // The next word, after a space, '-' or " & ".
            let mut j = e;
            if byte(b, j) == b' ' && byte(b, j + 1) == b'&' && byte(b, j + 2) == b' ' {
                j += 3;
            } else if matches!(byte(b, j), b' ' | b'-') {
                j += 1;
            } else {
                break;
            }
            if !is_upper_at(s, j) {
                break;
            }
            e = word_end(s, j);
            if byte(b, e) == b'\'' && byte(b, e + 1) == b's' && !is_word_at(s, e + 2) {
                e += 2;
            }
        }
        best
    }

    /// ", who" / ", whose" after a name.
    pub(super) fn who_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        byte(b, end) == b','
            && word_after_space(s, end + 1).is_some_and(|w| w == "who" || w == "whose")
    }

    /// After a title word ending at `we`: skip the rest of the title chain and
    /// return where the name starts.
    pub(super) fn title_chain(&self, s: &str, we: usize) -> Option<usize> {
        let b = s.as_bytes();
        let mut end = if byte(b, we) == b'.' { we + 1 } else { we };
        for _ in 0..5 {
            let (a, e) = next_word_after_space(s, end)?;
            let w = s.get(a..e)?;
            if w == "of" {
                let (a2, e2) = next_word_after_space(s, e)?;
                let w2 = s.get(a2..e2)?;
                if self.flags(w2) & W_TITLE_MOD != 0 {
                    end = e2;
                    continue;
                }
                return None;
            }
            if !is_upper_at(s, a) {
                return None;
            }
            let f = self.flags(w);
            if f & (W_TITLE | W_TITLE_MOD) != 0 && f & W_GIVEN == 0 {
                end = if byte(b, e) == b'.' { e + 1 } else { e };
                continue;
            }
            if f & (W_NEVER | W_ORG_HEAD) != 0 {
                return None;
            }
            // "the General Land Office": a name before an organisation's
            // head word is the organisation's.
            // (Not a head word that is a surname too: "William Hall".)
            if word_after_space(s, e).is_some_and(|x| {
                is_upper_at(x, 0) && self.flags(x) & (W_ORG_HEAD | W_SURNAME) == W_ORG_HEAD
            }) {
                return None;
            }
            // "General" is an adjective too: "General Staff", "General
            // Election", "General Strike" name no general.
            let title = s.get(..we).and_then(|h| h.rsplit(' ').next());
            if title == Some("General") && general_compound(w) {
                return None;
            }
            return Some(a);
        }
        None
    }

    pub(super) fn said_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        let mut j = end;
        if byte(b, j) == b',' {
            j += 1;
        }
        word_after_space(s, j).is_some_and(said_verb_after)
    }

    pub(super) fn said_before(&self, s: &str, start: usize) -> bool {
        prev_word(s, start).is_some_and(is_said_before)
    }
}

/// Nouns that make a name of a thing with "General" before them
/// ("General Staff", "General Election"), not a general's name.
fn general_compound(w: &str) -> bool {
    matches!(
        w,
        "Staff"
            | "War"
            | "Election"
            | "Elections"
            | "Strike"
            | "Counsel"
            | "Manager"
            | "Secretary"
            | "Theory"
            | "Purpose"
            | "Data"
            | "Services"
            | "Accounting"
            | "Court"
            | "Land"
            | "Post"
            | "Motors"
            | "Debate"
            | "Conference"
            | "Synod"
            | "Headquarters"
    )
}

/// `k` with curly apostrophes made straight, as the keys are written.
fn straight(k: &str) -> std::borrow::Cow<'_, str> {
    // A byte test first: most keys have no byte of a curly apostrophe's
    // encoding (E2 80 99), and the char search costs far more.
    if k.as_bytes().contains(&0xE2) && k.contains('\u{2019}') {
        std::borrow::Cow::Owned(k.replace('\u{2019}', "'"))
    } else {
        std::borrow::Cow::Borrowed(k)
    }
}

/// "Liverpool manager Arne Slot", "Lyon striker", "Leeds fans": a sports
/// role right after a city's name makes it the club's.
pub(super) fn club_role_after(s: &str, end: usize) -> bool {
    word_after_space(s, end).is_some_and(|w| {
        matches!(
            w,
            "manager"
                | "coach"
                | "boss"
                | "striker"
                | "midfielder"
                | "defender"
                | "goalkeeper"
                | "keeper"
                | "winger"
                | "forward"
                | "skipper"
                | "playmaker"
                | "full-back"
                | "centre-back"
                | "center-back"
                | "fans"
                | "supporters"
        )
    })
}
