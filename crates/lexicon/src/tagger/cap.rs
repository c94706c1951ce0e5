//! What a capitalised word starts: a host name, a known name, a person by
//! rule, or nothing.

use super::features::short_code_after;
use super::rosters::{scorer_at, shirt_number_before};
use super::sports::*;
use super::text::*;
use super::*;

impl Doc<'_> {
    /// The document word `[ws, we)` starts with a capital letter.
    pub(super) fn cap_word(
        &mut self,
        si: u32,
        s: &str,
        ws: usize,
        we: usize,
        title: bool,
        force_at: &mut usize,
    ) -> usize {
        let b = s.as_bytes();
        // "O'Brien", "D’Amato": a one-letter prefix, an apostrophe and a
        // capital make one word, a surname when its census form ("Obrien")
        // is one.
        let apostrophe = self.apostrophe_surname(s, ws, we);
        let (we, wi) = match apostrophe {
            Some(x) => x,
            None => (
                we,
                self.lex
                    .word(s.get(ws..we).unwrap_or(""))
                    .copied()
                    .unwrap_or_default(),
            ),
        };
        let w = s.get(ws..we).unwrap_or("");
        if byte(b, we) == b'.' && is_word_at(s, we + 1) {
            if let Some((e, ent)) = self.domain_at(s, ws) {
                self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                return e;
            }
        }
        // "Su-24", "Tu-95", "MiG-31": a model's designation, no name; nor
        // "Bre-X", a firm's.
        if byte(b, we) == b'-' && (byte(b, we + 1).is_ascii_digit() || short_code_after(s, we)) {
            self.push_loose(si, ws, we);
            return we;
        }
        // Fast exits for the most frequent capitalised words: a plain word at the
        // start of a sentence ("The", "We", "But") or a word that is never a name
        // ("Congress"), when no key starts with it and no rule can use it.
        let mut initial_cache = None;
        if wi.maxtok == 0
            && ws != *force_at
            && wi.flags & (W_SURNAME | W_GIVEN | W_TITLE | W_ORG_HEAD) == 0
            && (wi.flags & W_NEVER != 0
                || (wi.flags & W_COMMON != 0
                    && (title || *initial_cache.insert(sentence_initial(s, ws)))))
        {
            return we;
        }
        let dm = if wi.maxtok > 0 {
            self.longest(s, ws, we, &wi)
        } else {
            None
        };
        // The same words as the fast exit above, when the keys that start with
        // them do not match here: no rule below can use them (a shortcut to the
        // end of this function).
        if dm.is_none()
            && wi.flags & (W_SURNAME | W_GIVEN | W_TITLE | W_ORG_HEAD) == 0
            && (wi.flags & W_NEVER != 0
                || (wi.flags & W_COMMON != 0
                    && (title
                        || match initial_cache {
                            Some(x) => x,
                            None => *initial_cache.insert(sentence_initial(s, ws)),
                        })))
        {
            self.push_loose(si, ws, we);
            return we;
        }
        // A known firm or index ("Morgan Stanley", "Dow Jones", "Chrysler"):
        // neither a person nor a place, whatever its words are.
        if let Some(fe) = self.firm_at(s, ws, we, &wi) {
            self.push_loose(si, ws, we);
            return fe;
        }
        // "Heathrow Airport", "Tiananmen Square": a facility's or a feature's
        // name, unless the lexicon knows a key as long ("Red Sea").
        if let Some(fe) = self.feature_at(s, w, we, &wi, title) {
            if dm.is_none_or(|d| d.0 < fe) {
                let t = self.dyn_place(s.get(ws..fe).unwrap_or(w));
                self.push(si, ws, fe, t, Rule::Feature, false);
                return fe;
            }
        }
        // "Plaza de Mayo", "Palacio de la Moncloa": a place's name in
        // Romance-language word order, unless the lexicon knows a key as long.
        if let Some(fe) = self.head_feature_at(s, w, we, &wi, title) {
            if dm.is_none_or(|d| d.0 < fe) {
                let t = self.dyn_place(s.get(ws..fe).unwrap_or(w));
                self.push(si, ws, fe, t, Rule::Feature, false);
                return fe;
            }
        }
        // "Hurricane Katrina", "Shi'ite": a storm's name, a word with an
        // apostrophe inside.
        // (The byte test inline: most words end in no apostrophe.)
        // "6. Adem Hacini (Algeria) 1:45.64": a player and their nation.
        // (Cheap first: a bracket within the next few words.)
        let near = self.paren_near(si, s, we, 60);
        if let Some(pe) = near.then(|| self.player_with_nation(s, ws, we)).flatten() {
            // (A key as long as the name may be a small place's: "Paulo
            // Bento (Oviedo)"; not a state's or a big city's.)
            let whole_small_place = |d: &(usize, u32, _)| {
                d.0 == pe
                    && !self
                        .lex
                        .cands_of(d.1)
                        .any(|c| self.lex.entry(c.entry).is_some_and(state_or_city_100k))
            };
            if dm.is_none_or(|d| d.0 < pe || whole_small_place(&d)) {
                return self.push_person(si, s, ws, pe, Rule::NameShape);
            }
        }
        // "Defenders - Dan Petrescu, Walter Little": an item of a roster.
        if let Some(pe) = self.roster_name(si, s, ws) {
            return self.push_person(si, s, ws, pe, Rule::NameShape);
        }
        let inner_apostrophe = byte(b, we) == b'\'' && apostrophe_goes_on(s, we, false);
        // The word before (one scan back, for every rule below).
        let pw = prev_word(s, ws);
        if inner_apostrophe {
            return word_end(s, we + 1).max(we);
        }
        if self.thing_before(pw) {
            // "Hurricane Katrina": the name, alone elsewhere in the
            // document, is the storm's too.
            self.remember_thing(si, ws, we);
            return word_end(s, we + 1).max(we);
        }
        // "Reporting by Mishka Ranchi in Singapore": a credit's whole name.
        if matches!(pw, Some("by" | "and" | "By")) {
            if let Some(pe) = self.credit_name(si, s, ws, pw) {
                return self.push_person(si, s, ws, pe, Rule::Title);
            }
        }
        let forced = (ws == *force_at
            || self.role_before(pw)
            || (pw == Some("by") && self.credit_by_before(s, ws, pw))
            || (matches!(pw, Some("c" | "b" | "st")) && scorecard_before(s, ws, pw))
            || bowling_after(s, we)
            // (Cheap first: a scorers' line has a colon before its names.)
            || (matches!(byte(b, ws.wrapping_sub(2)), b':' | b',') && scorer_at(s, ws))
            || (byte(b, ws.wrapping_sub(2)) == b'-' && shirt_number_before(s, ws)))
            && !self.org_noun_after(s, word_end(s, we))
            // "Liverpool host Manchester United": a club after a role word
            // (not "Michael Bay": a tail word that is also a surname).
            && (ws == *force_at || !self.org_word_after(s, we));
        // A notable person's full name or alias.
        if let Some((dend, head, _)) = dm {
            // Most lists have none: a summary bit spares walking them.
            let notable = if self.lex.list_has_notable(head) {
                self.lex.cands_of(head).find(|c| {
                    c.how != How::Surname
                        && self
                            .lex
                            .entry(c.entry)
                            .is_some_and(|e| e.class == Class::Notable)
                })
            } else {
                None
            };
            if let Some(c) = notable {
                let entry = c.entry;
                // "Pope Francis": the title is not part of the mention.
                let mut start = ws;
                if wi.flags & W_TITLE != 0 {
                    if let Some((a, _)) = next_word_after_space(s, we) {
                        if a < dend {
                            start = a;
                        }
                    }
                }
                // "Tamim bin Hamad Al Thani": the name goes on with "bin",
                // "ibn" or "bint" and the father's name.
                let mut end = dend;
                if matches!(word_after_space(s, dend), Some("bin" | "ibn" | "bint")) {
                    end = end.max(self.name_run(s, ws, we).0);
                }
                self.push(si, start, end, Target::Lex(entry), Rule::Lexicon, false);
                return end;
            }
        }
        // A title: the name after it is a person.
        // (Not the first word of a region's or a big city's name: "General
        // Santos", "Prince Edward Island"; "Prince George", a town of 74,000,
        // stays the prince.)
        let place_key = |me: &Self| {
            dm.is_some_and(|d| {
                d.0 > we
                    && me
                        .lex
                        .cands_of(d.1)
                        .any(|c| me.lex.entry(c.entry).is_some_and(state_or_city_100k))
            })
        };
        if wi.flags & W_TITLE != 0 && !forced && !place_key(self) {
            if let Some(next) = self.title_chain(s, we) {
                *force_at = next;
                return next;
            }
        }
        let initial = initial_cache.unwrap_or_else(|| sentence_initial(s, ws));
        let plain = initial || title;
        // A person by rule: after a title or role, or a known given name and a surname.
        let mut run_cache: Option<(usize, usize)> = None;
        let pspan = if forced
            // "I" after a title that ends a sentence is no name; "L. Ron
            // Hubbard" starts with an initial.
            && (w.chars().nth(1).is_some() || byte(b, we) == b'.')
            // "forward MTM debtors": an acronym after a role word is no name
            // (after "Mr." it is a transcript's name, "Mr. ARCHIBALD:";
            // "chief KK Paul" goes on with a name).
            && !(!title
                && ws != *force_at
                && (2..=5).contains(&w.len())
                && w.bytes().all(|c| c.is_ascii_uppercase())
                && !(byte(b, we) == b' ' && is_upper_at(s, we + 1)))
            && wi.flags & (W_NEVER | W_ORG_HEAD | W_SUFFIX) == 0
            && (wi.flags & W_COMMON == 0
                || wi.flags & (W_SURNAME | W_GIVEN) != 0
                || (wi.flags & W_TITLE == 0 && self.surname_after_common(s, we)))
        {
            let r = self.name_run(s, ws, we);
            run_cache = Some(r);
            Some((self.with_syllables(s, r), Rule::Title))
        } else if wi.flags & W_GIVEN != 0
            && (wi.flags & W_NEVER == 0
                || self.person_context_after(s, ws, we)
                || (wi.flags & W_MONTH != 0 && self.listed_surname_after(s, we)))
        {
            let (e, n) = self.name_run(s, ws, we);
            run_cache = Some((e, n));
            let e = self.with_syllables(s, (e, n));
            // "In Hong Kong": a given name that is also a common word, at the start
            // of a sentence, needs a surname that names nothing else, or a
            // person's context after the name ("Christian Wolmar, who").
            let ok = n >= 2
                && (!(plain
                    && wi.flags & W_COMMON != 0
                    && word_after_space(s, we).is_some_and(|w2| {
                        self.lex.word(w2).is_some_and(|i| {
                            // "Peter Blackburn": a surname that is also a
                            // town's name still ends a name.
                            i.maxtok > 0
                                && !(i.flags & (W_SURNAME | W_COMMON) == W_SURNAME
                                    && i.single != NONE
                                    && !self.names_big_place(i))
                        })
                    }))
                    || self.who_after(s, e)
                    || self.said_after(s, e))
                // "Sevilla beat Valencia 2-1": a team in a result; but a
                // given name and a surname that is no common or organisation's
                // word are a player ("Boris Becker beat Andre Agassi 6-4").
                && (!(results_after(s, e) || results_before(s, ws))
                    || self.nation_in_brackets_after(s, e)
                    || s.get(ws..e)
                        .and_then(|r| r.rsplit(' ').next())
                        .is_some_and(|l| self.flags(l) & (W_COMMON | W_NEVER | W_ORG_TAIL) == 0))
                && !eponym_after(s, we)
                // "two Golden Mask awards": a thing named after the name.
                && (e == we || !eponym_after(s, e));
            ok.then_some((e, Rule::GivenName))
        } else {
            None
        };
        let dend = dm.map_or(0, |d| d.0);
        if let Some((pe, rule)) = pspan {
            if pe > dend || (forced && pe >= dend) {
                let surname_of = dm.filter(|d| d.0 == pe).and_then(|d| {
                    self.lex
                        .cands_of(d.1)
                        .find(|c| c.how == How::Surname)
                        .map(|c| c.entry)
                });
                let t = match surname_of {
                    Some(e) => Target::Lex(e),
                    None => self.dyn_person(s.get(ws..pe).unwrap_or(w)),
                };
                self.push(si, ws, pe, t, rule, false);
                return pe;
            }
        }
        if let Some((dend, head, nt)) = dm {
            if let Some(e) = self.choose(si, s, ws, we, dend, head, nt, &wi, pw, initial, title) {
                return e;
            }
        }
        if let Some((pe, rule)) = pspan {
            return self.push_person(si, s, ws, pe, rule);
        }
        // "X Y said", "said X Y".
        let bad = W_NEVER | W_TITLE | W_ORG_HEAD | W_ROLE;
        // A word that names a country, a region or a large city is not taken
        // for a person's name by the one-word rules below.
        let big_place = |me: &Self| {
            dm.is_some_and(|d| {
                me.lex.cands_of(d.1).any(|c| {
                    me.lex.entry(c.entry).is_some_and(|e| {
                        state_or_city_100k(e) || (e.class == Class::Outlet && e.curated)
                    })
                })
            })
        };
        if wi.flags & bad == 0 && !(plain && wi.flags & W_COMMON != 0) {
            let (re, n) = match run_cache {
                Some(r) => r,
                None => self.name_run(s, ws, we),
            };
            // "Tropical Storm Ingrid", "Hurricane Dolores": the run's last
            // word names a storm, a vessel or an operation.
            if n >= 2 {
                self.note_thing_name(si, s, re);
            }
            // "JPMorgan Chase & Co", "Crum & Forster": a name right after
            // " & " goes on with a firm's name, unless a given name stands
            // before the "&" ("Steve & Anne").
            // So does a name right before " & " and a capital, unless it is
            // a given name ("Schroder & Co", not "Steve & Anne").
            let before_amp = byte(b, re) == b' '
                && byte(b, re + 1) == b'&'
                && byte(b, re + 2) == b' '
                && is_upper_at(s, re + 3)
                && wi.flags & W_GIVEN == 0;
            let after_amp = ws >= 4
                && byte(b, ws - 1) == b' '
                && byte(b, ws - 2) == b'&'
                && byte(b, ws - 3) == b' '
                && prev_word(s, ws - 2).is_none_or(|p| self.flags(p) & W_GIVEN == 0);
            if before_amp || after_amp {
                self.push_loose(si, ws, we);
                return re;
            }
            // "Hoechst AG said", "Ural Copper rose": a run that ends with an
            // organisation's word (no surname) is the organisation's name.
            if n >= 2
                && s.get(ws..re)
                    .and_then(|r| r.rsplit([' ', '-']).next())
                    .is_some_and(|l| self.flags(l) & (W_ORG_TAIL | W_SURNAME) == W_ORG_TAIL)
            {
                self.push_loose(si, ws, we);
                return re;
            }
            // "the Abbotsford area", "in Helmand province": a place no list
            // knows, named by the noun after it.
            // (Most names are followed by no lower-case area noun: its first
            // letter is tested before the word is read.)
            if dm.is_none()
                && !title
                && n <= 3
                && byte(b, re) == b' '
                && area_noun_start(byte(b, re + 1), byte(b, re + 2))
                && self.area_name(s, ws, re, pw)
            {
                let t = self.dyn_place(s.get(ws..re).unwrap_or(w));
                self.push(si, ws, re, t, Rule::Feature, false);
                return re;
            }
            // "a Saudi Arabian group": a demonym of two words; "HMS Scott",
            // "USS Cole": a vessel's name; "the Seminole Indians": a people's.
            // No word of them is tried alone.
            // (Cheap tests first: most runs are followed by no capital, and
            // two-word demonyms end in 'n' or 'r'.)
            let people_after = || {
                byte(b, re) == b' '
                    && is_upper_at(s, re + 1)
                    && word_after_space(s, re)
                        .is_some_and(|x| x.ends_with('s') && self.flags(x) & W_DEMONYM != 0)
            };
            let demonym2 = || {
                n == 2
                    && matches!(byte(b, re.wrapping_sub(1)), b'n' | b'r')
                    && self.flags(s.get(ws..re).unwrap_or("")) & W_DEMONYM != 0
            };
            if wi.extra & X_THING != 0 || demonym2() || people_after() {
                return re;
            }
            // "08:23 AM Dee": the time's AM or PM is no word of a name.
            if matches!(w, "AM" | "PM") && ws >= 2 && byte(b, ws - 2).is_ascii_digit() {
                return we;
            }
            // "Wong Kwok-kin": a name whose last part is a hyphenated syllable pair.
            if n >= 2 && wi.flags & W_COMMON == 0 && hyphen_syllables(s, re) {
                let end = word_end(s, re + 1);
                return self.push_person(si, s, ws, end, Rule::NameShape);
            }
            // A run that starts with a surname that is no given name is more
            // often a firm named after its founders ("Goldman Sachs said").
            if n >= 2
                && wi.flags & W_COMMON == 0
                && wi.flags & (W_SURNAME | W_GIVEN) != W_SURNAME
                && (self.said_after(s, re) || self.said_before(s, ws))
            {
                return self.push_person(si, s, ws, re, Rule::Said);
            }
            // "Hu Jintao", "Nguyen Thanh Long": a surname and then given names,
            // the order of Chinese, Korean and Vietnamese names.
            if (2..=3).contains(&n)
                && wi.flags & (W_SURNAME | W_GIVEN | W_COMMON) == W_SURNAME
                && !big_place(self)
                && self.given_names_between(s, we, re)
                && !self.org_follows(s, re)
                && !results_after(s, re)
            {
                if self.place_context(s, ws, re, pw) {
                    return re;
                }
                return self.push_person(si, s, ws, re, Rule::NameShape);
            }
            // "A. Hollioake", "(N. Knight 113)": an initial and a surname.
            if let Some(z) = self.initial_and_surname(s, ws, we) {
                return self.push_person(si, s, ws, z, Rule::NameShape);
            }
            // "Sipho Ndlovu": an unknown word (no given name, place or common
            // word) before a listed or surname-shaped last word is a whole name.
            // "with Valentino Rossi": so is a word listed only as a surname (many
            // given names of other countries are), inside a sentence and after
            // no article ("the Goldman Sachs bank").
            let surname_first = wi.flags & W_SURNAME != 0
                && !plain
                && !matches!(pw, Some("the" | "The" | "a" | "an" | "A" | "An"))
                && !self.org_follows(s, re);
            if (2..=3).contains(&n)
                && !big_place(self)
                && wi.flags & (W_COMMON | W_GIVEN) == 0
                && (wi.flags & W_SURNAME == 0 || surname_first)
                && self.surname_last(s, ws, re)
                && !results_after(s, re)
                && !results_before(s, ws)
            {
                // "the town of Mir Ali", "Tarin Kot province": a place's name
                // of the same shape; no word of it is tried alone.
                if self.place_context(s, ws, re, pw) {
                    return re;
                }
                return self.push_person(si, s, ws, re, Rule::NameShape);
            }
            // "Adnan Z. Amin", "Tavi Okoro, 52,", "Mira Sosa, the bank's chief
            // economist,": a middle initial, an age or a role in apposition.
            if (2..=4).contains(&n)
                && wi.flags & (W_COMMON | W_ORG_HEAD) == 0
                && (middle_initial(s, ws, re)
                    || self.apposition(s, re)
                    || self.apposition_one(s, re))
                && !big_place(self)
                && !self.org_follows(s, re)
            {
                return self.push_person(si, s, ws, re, Rule::NameShape);
            }
            // "Sakakibara, chief of the bureau", "Okonjo, a senior adviser,":
            // one word that names nothing, with a role in apposition.
            // (Not inside a longer word or name: "Al-Maeena", "Constand
            // Viljoen"; not a place after "of" or "in".)
            let alone = (ws == 0 || matches!(byte(b, ws - 1), b' ' | b'\n' | b'"' | b'('))
                && !pw.is_some_and(|p| {
                    is_upper_at(p, 0) || matches!(p, "of" | "in" | "at" | "from" | "near")
                });
            if n == 1
                && alone
                && wi.maxtok == 0
                && wi.flags & (W_COMMON | W_ORG_HEAD | W_ORG_TAIL | W_DEMONYM) == 0
                && w.len() >= 3
                && one_capital(w)
                && self.apposition_one(s, we)
            {
                return self.push_person(si, s, ws, we, Rule::NameShape);
            }
            if n >= 2 && !initial && wi.maxtok == 0 {
                // An unknown capitalised run ("Goldman Sachs"): no one-word rule
                // applies inside it. In capitals ("BECKER BEATS AGASSI") each
                // word may be a surname of the document's person.
                let caps = |x: &str| x.chars().nth(1).is_some_and(char::is_uppercase);
                self.push_loose(si, ws, we);
                let mut z = we;
                while caps(w) {
                    match next_word_after_space(s, z) {
                        Some((a2, z2)) if z2 <= re => {
                            if s.get(a2..z2).is_some_and(caps) {
                                self.push_loose(si, a2, z2);
                            }
                            z = z2;
                        }
                        _ => break,
                    }
                }
                return re;
            }
            let demonym_plural = |me: &Self| {
                w.strip_suffix('s')
                    .is_some_and(|x| me.flags(x) & W_DEMONYM != 0)
            };
            // "The United Nations says", "the Red Cross said": the last word of
            // a longer capitalised name is no speaker's surname. A title, a role,
            // a given name, a demonym or a sentence's first word before it
            // leaves the word alone ("President Bush said", "But Smith said").
            let name_tail = |me: &Self| {
                pw.is_some_and(|p| {
                    is_upper_at(p, 0)
                        && me.flags(p) & (W_TITLE | W_ROLE | W_GIVEN | W_DEMONYM) == 0
                        && !sentence_initial(s, ws - p.len() - 1)
                })
            };
            // "…, Brown said.", "said Smith": a listed surname that is also a
            // common word, capitalised inside a sentence, with a verb of saying.
            if n == 1
                && wi.flags & (W_COMMON | W_SURNAME) == (W_COMMON | W_SURNAME)
                && !plain
                && !matches!(pw, Some("the" | "The" | "a" | "an"))
                && !big_place(self)
                && (self.said_after(s, re) || self.said_before(s, ws))
                && !results_after(s, we)
                && !name_tail(self)
            {
                self.push_loose_person(si, ws, we, w, Rule::Said);
                return we;
            }
            if n == 1
                && wi.flags & W_COMMON == 0
                && wi.extra & X_FEAST == 0
                && !title
                && !saint_or_mount_before(s, ws)
                // "Mt. Kenya", "St. Kitts": the abbreviation itself.
                && !matches!(w, "Mt" | "Mts" | "St" | "Ste" | "Ft")
                && !self.place_with_word_before(s, ws, we)
                && !big_place(self)
                && (w.len() >= 2 && (w.is_ascii() || w.chars().count() >= 2))
                && (one_capital(w) || apostrophe.is_some())
                && !demonym_plural(self)
                && !self.org_follows(s, we)
                // "Officials in Burma said": a place, not a speaker.
                && !is_loc_prep(pw)
                // "analysts at Jefferies and Bernstein": the second of two
                // employers or sources (a given name stays a person's:
                // "from Julie and Janice").
                && !(wi.flags & W_GIVEN == 0 && at_pair_before(s, ws, pw))
                // "beat Villarreal 3-1", "drew 1-1 with Everton": a team.
                && !results_after(s, we)
                // "the Brady bill", "Pell Grants": named after a person.
                && !eponym_after(s, we)
                && !results_before(s, ws)
            {
                // "The Kremlin said": an article before the word says thing.
                let article = matches!(pw, Some("the" | "The"));
                if !article
                    && (self.said_after(s, re)
                        || self.said_before(s, ws)
                        || self.who_after(s, re)
                        || age_after(s, we))
                    && !name_tail(self)
                {
                    self.push_loose_person(si, ws, we, w, Rule::Said);
                    return we;
                }
                if !initial
                    && wi.flags & W_GIVEN != 0
                    && re == we
                    && !matches!(pw, Some("the" | "The"))
                    // "scored twice against Chelsea": a team.
                    && !team_in_match(s, ws, we)
                {
                    // A known given name alone, mid-sentence.
                    self.push_loose_person(si, ws, we, w, Rule::GivenName);
                    return we;
                }
                // At a sentence start, when a lower-case word follows ("Gupta
                // was detained"): capitals say nothing there, but the word is
                // no common word.
                let verb_after = next_word_after_space(s, we).is_some_and(|(a, _)| {
                    byte(b, a).is_ascii_lowercase() && !self.org_noun_after(s, we)
                });
                if (!initial || (verb_after && wi.maxtok == 0))
                    && re == we
                    && wi.flags & (W_SURNAME | W_GIVEN) == W_SURNAME
                    && !matches!(pw, Some("the" | "The" | "a" | "an"))
                {
                    // A listed surname alone, mid-sentence.
                    self.push_loose_person(si, ws, we, w, Rule::Surname);
                    return we;
                }
                // "Wintour herself appears", "Seagal told reporters": at a
                // sentence start, a given name or an unknown word before a
                // verb only a person takes there ("is", "has" would take
                // places, firms and storms too).
                let person_verb_after = word_after_space(s, we).is_some_and(|v| {
                    matches!(
                        v,
                        "herself"
                            | "himself"
                            | "told"
                            | "says"
                            | "said"
                            | "added"
                            | "wrote"
                            | "recalled"
                            | "insisted"
                            | "admitted"
                            | "denied"
                            | "smiled"
                            | "laughed"
                    )
                });
                if initial
                    && re == we
                    && wi.maxtok == 0
                    && wi.flags & W_SURNAME == 0
                    && person_verb_after
                    && (wi.flags & W_GIVEN != 0 || w.chars().count() >= 4)
                {
                    self.push_loose_person(si, ws, we, w, Rule::NameShape);
                    return we;
                }
                // "the Himalayan kingdom": an article before an unknown word
                // makes it a thing's or a people's adjective.
                if !initial && !article && re == we && name_shape(w) && wi.flags & W_SURNAME == 0 {
                    self.push_loose_person(si, ws, we, w, Rule::NameShape);
                    return we;
                }
            }
        }
        // "the Times": resolved against the document's outlets later (not
        // the head of a longer name: "the Post Office").
        if wi.flags & W_ORG_HEAD != 0
            && matches!(pw, Some("the" | "The"))
            && !(byte(b, we) == b' ' && is_upper_at(s, we + 1))
        {
            self.b.pending_the.push(Loose {
                seg: si,
                start: ws,
                end: we,
            });
            return we;
        }
        self.push_loose(si, ws, we);
        we
    }
}

impl Doc<'_> {
    /// Whether the word before `[ws, we)`, one space away, and this word
    /// make a place's name the scan did not take there ("Indo-Sri Lanka",
    /// "States-South Dakota": the first word glued to the one before it by a
    /// hyphen).
    fn place_with_word_before(&self, s: &str, ws: usize, we: usize) -> bool {
        let b = s.as_bytes();
        if ws < 2 || byte(b, ws - 1) != b' ' {
            return false;
        }
        let Some(ps) = ascii_word_start(b, ws - 1) else {
            return false;
        };
        // Elsewhere the scan has looked the two words up already.
        if ps == 0 || byte(b, ps - 1) != b'-' || !is_upper_at(s, ps) || ws - 1 - ps > 20 {
            return false;
        }
        let Some(two) = s.get(ps..we) else {
            return false;
        };
        let c = self.lex.lookup(two, false);
        self.lex
            .cands_of(c)
            .any(|c| self.lex.entry(c.entry).is_some_and(|e| e.kind == K_PLACE))
    }

    /// When the word before the last of a run ending at `re` is a storm's, a
    /// vessel's or an operation's head word, remembers the last word as a
    /// thing's name for [`Doc::finish`].
    fn note_thing_name(&mut self, si: u32, s: &str, re: usize) {
        let b = s.as_bytes();
        let Some(ls) = ascii_word_start(b, re) else {
            return;
        };
        if ls < 2 || byte(b, ls - 1) != b' ' {
            return;
        }
        let head = prev_word(s, ls);
        if head.is_some_and(|h| self.lex.word(h).is_some_and(|i| i.extra & X_THING != 0)) {
            self.remember_thing(si, ls, re);
        }
    }

    /// Remembers `[start, end)` of segment `si` as a storm's, a vessel's or
    /// an operation's name, for [`Doc::finish`].
    fn remember_thing(&mut self, si: u32, start: usize, end: usize) {
        self.b.things.push(Loose {
            seg: si,
            start,
            end,
        });
    }

    /// Every word after the first in the name `[we, re)` (after its first
    /// word) is a given name and no common word.
    fn given_names_between(&self, s: &str, we: usize, re: usize) -> bool {
        let mut e = we;
        let mut any = false;
        while let Some((a, z)) = next_word_after_space(s, e).filter(|&(_, z)| z <= re) {
            let f = self.flags(s.get(a..z).unwrap_or(""));
            if f & W_GIVEN == 0 || f & (W_COMMON | W_NEVER) != 0 {
                return false;
            }
            any = true;
            e = z;
        }
        any && e == re
    }

    /// "Christian Wolmar, who": a given name that is never a name on its own
    /// (a religion's adjective), before one more capitalised word and a
    /// person's context (", who", a verb of saying).
    fn person_context_after(&self, s: &str, ws: usize, we: usize) -> bool {
        let (e, n) = self.name_run(s, ws, we);
        n == 2 && (self.who_after(s, e) || self.said_after(s, e))
    }
}

/// Whether the name `[ws, end)` has a middle initial ("Adnan Z. Amin").
fn middle_initial(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    (ws + 1..end.saturating_sub(3)).any(|i| {
        byte(b, i - 1) == b' '
            && byte(b, i).is_ascii_uppercase()
            && byte(b, i + 1) == b'.'
            && byte(b, i + 2) == b' '
    })
}

impl Doc<'_> {
    /// The end of a name run `(end, words)` with a hyphenated syllable pair
    /// after its last word taken in ("Lee Cheuk-yan", "Lee Jae-myung"); an
    /// English word after the hyphen is no syllable ("John Smith-led").
    fn with_syllables(&self, s: &str, (end, n): (usize, usize)) -> usize {
        if n < 2 || !hyphen_syllables(s, end) {
            return end;
        }
        let e = word_end(s, end + 1);
        let syl = s.get(end + 1..e).unwrap_or("");
        let common = self
            .lex
            .word(&crate::data::capitalise(syl))
            .is_some_and(|w| w.flags & W_COMMON != 0);
        if common {
            end
        } else {
            e
        }
    }

    /// `[ws, we)` is one capital letter before an apostrophe (' or ’) and a
    /// capitalised word that together make a listed surname ("O'Brien",
    /// "D’Amato"): the end of the whole word and the surname's flags.
    #[inline]
    pub(super) fn apostrophe_surname(
        &self,
        s: &str,
        ws: usize,
        we: usize,
    ) -> Option<(usize, WordInfo)> {
        if we != ws + 1 {
            return None;
        }
        self.apostrophe_surname_at(s, ws, we)
    }

    /// [`Doc::apostrophe_surname`] for a one-letter word `[ws, we)`.
    #[inline(never)]
    fn apostrophe_surname_at(&self, s: &str, ws: usize, we: usize) -> Option<(usize, WordInfo)> {
        let rest = s.get(we..)?;
        let ap = if rest.starts_with('\'') {
            1
        } else if rest.starts_with('’') {
            '’'.len_utf8()
        } else {
            return None;
        };
        if !is_upper_at(s, we + ap) {
            return None;
        }
        let e = word_end(s, we + ap);
        let census = format!("{}{}", s.get(ws..we)?, s.get(we + ap..e)?.to_lowercase());
        let wi = self.lex.word(&census).copied()?;
        (wi.flags & W_SURNAME != 0).then_some((e, wi))
    }

    /// The word's entry, with the given-name and surname flags of its form
    /// without accents added ("Fátima", "Báñez", "González").
    pub(super) fn word_info(&self, w: &str) -> WordInfo {
        let mut wi = self.lex.word(w).copied().unwrap_or_default();
        if wi.flags & (W_GIVEN | W_SURNAME) == 0 {
            if let Some(plain) = unaccented(w) {
                if let Some(p) = self.lex.word(&plain) {
                    wi.flags |= p.flags & (W_GIVEN | W_SURNAME);
                }
            }
        }
        wi
    }
}
