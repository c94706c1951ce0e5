//! The choice among the candidates of a dictionary key under the precision
//! rules, and the raw matcher's static preference.

use super::rosters::squad_club;
use super::rules::club_role_after;
use super::sports::*;
use super::text::*;
use super::*;

impl Doc<'_> {
    /// Picks a dictionary candidate for `[ws, dend)` under the precision rules.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(super) fn choose(
        &mut self,
        si: u32,
        s: &str,
        ws: usize,
        we: usize,
        dend: usize,
        head: u32,
        nt: usize,
        wi: &WordInfo,
        pw: Option<&str>,
        initial: bool,
        title: bool,
    ) -> Option<usize> {
        let single = nt == 1;
        let f = if single { wi.flags } else { 0 };
        if single && f & W_NEVER != 0 {
            return None;
        }
        let plain = initial || title;
        let common1 = single && f & W_COMMON != 0;
        let namey = single && f & (W_GIVEN | W_SURNAME) != 0;
        let key = s.get(ws..dend).unwrap_or("");
        // Inside an organisation's name: "Helsinki University", "University of Helsinki".
        let org_key = key
            .strip_prefix("The ")
            .unwrap_or(key)
            .split(' ')
            .next()
            .is_some_and(|w0| !single && self.flags(w0) & W_ORG_HEAD != 0);
        let org_ctx = !title && {
            let after = self.org_follows(s, dend);
            let before = pw == Some("of") && {
                let of_start = s
                    .get(..ws)
                    .map_or(0, |t| t.trim_end().len().saturating_sub(2));
                prev_word(s, of_start).is_some_and(|w2| self.flags(w2) & W_ORG_HEAD != 0)
            };
            after || before
        };
        // Only needed where capitals say nothing (sentence start, headlines).
        let all_common_multi = !single
            && plain
            && key
                .split(|c: char| !is_word_char(c))
                .filter(|x| !x.is_empty())
                .all(|x| self.flags(x) & (W_COMMON | W_NEVER) != 0 || x == "The");
        let the_before = matches!(pw, Some("the" | "The"));
        // "the Abbotsford area": a place's noun after it.
        let the_lower = pw == Some("the") && !word_after_space(s, dend).is_some_and(is_area_noun);
        let short = single && key.chars().count() <= 2 && !key.chars().all(char::is_uppercase);
        // "in Jericho and Hebron": the second of two places after a place
        // preposition has it too.
        let prep = is_loc_prep(pw)
            || (matches!(pw, Some("and" | "or")) && {
                let and_start = ws.saturating_sub(pw.map_or(0, str::len) + 1);
                prev_word(s, and_start).is_some_and(|a| {
                    a.starts_with(char::is_uppercase)
                        && is_loc_prep(prev_word(s, and_start.saturating_sub(a.len() + 1)))
                })
            })
            // "Aidan McCarthy, 34, of Galway": a home town after an age;
            // "the town of Hebron".
            || (pw == Some("of")
                && (age_before(s, ws.saturating_sub(3))
                    || prev_word(s, ws.saturating_sub(3)).is_some_and(is_settlement_noun)));
        // "Christian Wolmar": a word after a given name is a surname, not a place.
        let after_given = single
            && pw.is_some_and(|p| {
                p.chars().next().is_some_and(char::is_uppercase)
                    && self
                        .lex
                        .word(p)
                        .is_some_and(|i| i.flags & W_GIVEN != 0 && i.maxtok == 0)
            });
        // "The Australian": an outlet whose name is one common word or demonym.
        // A common word that names a country or a big city, at a sentence
        // start: a place when a possessive or a said-verb follows ("China
        // said", "Japan's exports"); mid-sentence after a place preposition
        // ("in Nice", "in Nice and Split").
        let b = s.as_bytes();
        let possessive =
            byte(b, dend) == b'\'' && byte(b, dend + 1) == b's' && !is_word_at(s, dend + 2)
                || s.get(dend..).is_some_and(|t| t.starts_with("’s"));
        // "Chile and Peru signed": another country after "and".
        let and_country = |me: &Self| {
            next_word_after_space(s, dend)
                .filter(|&(a, z)| s.get(a..z) == Some("and"))
                .and_then(|(_, z)| next_word_after_space(s, z))
                .and_then(|(a, z)| s.get(a..z))
                .and_then(|w| me.lex.word(w))
                .is_some_and(|i| {
                    me.lex.cands_of(i.single).any(|c| {
                        me.lex
                            .entry(c.entry)
                            .is_some_and(|e| e.class == Class::Country)
                    })
                })
        };
        // "Japan began", "Turkey has", "China, the world's …": a verb, an
        // auxiliary or a comma after it (not "Turkey sandwiches", "China
        // dolls": a plural noun).
        let verb_after = || {
            if byte(b, dend) == b',' {
                return true;
            }
            word_after_space(s, dend).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (w.ends_with("ed")
                        || matches!(
                            w,
                            "is" | "was"
                                | "has"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "must"
                                | "should"
                                | "began"
                                | "won"
                                | "lost"
                                | "led"
                                | "made"
                                | "took"
                                | "sent"
                                | "sold"
                                | "became"
                                | "held"
                                | "met"
                                | "saw"
                                | "rose"
                                | "fell"
                                | "hit"
                                | "cut"
                                | "beat"
                                | "kept"
                                | "struck"
                                | "gave"
                                | "also"
                                | "now"
                        ))
            })
        };
        let subject = common1
            && initial
            && !title
            && (possessive || self.said_after(s, dend) || and_country(self) || verb_after());
        let place_before = matches!(pw, Some("and" | "or"))
            && self.b.found.last().is_some_and(|f| {
                f.seg == si
                    && f.end < ws
                    && f.end + 5 >= ws
                    && matches!(f.target, Target::Lex(i)
                        if self.lex.entry(i).is_some_and(|e| e.kind == K_PLACE))
            });
        let after_prep = common1 && !plain && (prep || place_before);
        // Clubs and teams: "FC Barcelona", "Sevilla beat Valencia 2-1".
        // Asked for each place candidate: worked out once.
        let club_name = !title && self.club_before(pw);
        let club_memo = std::cell::Cell::new(None);
        let club = |_: &Self| match club_memo.get() {
            Some(c) => c,
            None => {
                // A results table reads the same on a line in title case.
                let c = club_name
                    || results_after(s, dend)
                    || results_before(s, ws)
                    || fixture_at(s, ws, dend);
                club_memo.set(Some(c));
                c
            }
        };
        // National sides in a match report ("the lead for Belgium"): asked
        // of countries only, once.
        let team_memo = std::cell::Cell::new(None);
        let team = || match team_memo.get() {
            Some(t) => t,
            None => {
                let t = !title && team_in_match(s, ws, dend);
                team_memo.set(Some(t));
                t
            }
        };
        // Outlets: not inside a hyphenated word ("trans-Atlantic"), not a
        // credit rating ("AA"), and a one-word name used as a modifier
        // ("The Atlantic hurricane season") only before a news word.
        let hyphen_prefix = ws >= 2
            && byte(b, ws - 1) == b'-'
            && byte(b, ws - 2).is_ascii_lowercase()
            && !s
                .get(..ws - 1)
                .and_then(|t| t.rsplit(|c: char| !c.is_alphanumeric()).next())
                .is_some_and(is_particle);
        let bare = key.strip_prefix("The ").unwrap_or(key);
        // ("AA-", "BBB+": a notch of a rating whatever follows.)
        let notch = matches!(byte(b, dend), b'-' | b'+') && !is_word_at(s, dend + 1);
        let rating = matches!(bare, "AAA" | "AA" | "BBB" | "BB" | "CCC" | "CC");
        let also_place = |me: &Self| {
            let single = me.lex.word(bare).map_or(NONE, |i| i.single);
            let heads = [head, single];
            heads
                .into_iter()
                .filter(|h| *h != NONE)
                .flat_map(|h| me.lex.cands_of(h))
                .any(|c| me.lex.entry(c.entry).is_some_and(|e| e.kind == K_PLACE))
        };
        // A one-word name that is also a word, a place or a proper
        // adjective ("Nation", "Atlantic", "Hispanic", "Californian").
        let adjective = |w: &str| {
            w.len() > 4
                && w.starts_with(|c: char| c.is_uppercase())
                && !w.chars().all(|c| c.is_uppercase())
                && ["an", "ic", "ese", "ish", "ian"]
                    .iter()
                    .any(|e| w.ends_with(e))
        };
        // The same without "-an", the ending of many towns' names ("Beslan",
        // "Ceyhan").
        let adjective_not_an = |w: &str| adjective(w) && (!w.ends_with("an") || w.ends_with("ian"));
        let one_word = |me: &Self| {
            // "TIME", "FINANCIAL" on a line in capitals: the word's flags.
            let word_flags = if bare.len() > 1 && bare.bytes().all(|c| c.is_ascii_uppercase()) {
                me.flags(&crate::data::capitalise(&bare.to_ascii_lowercase()))
            } else {
                me.flags(bare)
            };
            !bare.contains(' ')
                && (word_flags & (W_COMMON | W_DEMONYM) != 0 || adjective(bare) || also_place(me))
        };
        // "Bay of Bengal": a feature's name, not an outlet's.
        let feature_of = |me: &Self| {
            pw == Some("of") && {
                let of_start = s
                    .get(..ws)
                    .map_or(0, |t| t.trim_end().len().saturating_sub(2));
                prev_word(s, of_start).is_some_and(|w2| me.flags(w2) & W_ORG_TAIL != 0)
            }
        };
        let noise_memo = std::cell::Cell::new(None);
        let outlet_noise = |me: &Self| match noise_memo.get() {
            Some(n) => n,
            None => {
                // A lower-case common word as an outlet's name ("The
                // financial"): a listing's mistake, or prose.
                let lower_common = bare.starts_with(|c: char| c.is_lowercase())
                    && me.flags(&crate::data::capitalise(
                        bare.split(' ').next().unwrap_or(bare),
                    )) & W_COMMON
                        != 0;
                // "San Juan del Norte": the end of a longer name (not "la
                // Repubblica", "de Volkskrant": their own article). "a New
                // Yorker": a person, not the magazine, without news words.
                let inside_name = matches!(
                    pw,
                    Some("del" | "di" | "da" | "do" | "dos" | "das" | "van" | "von")
                );
                let article = matches!(pw, Some("a" | "an")) && !news_context(s, dend);
                let n = lower_common
                    || inside_name
                    || article
                    || hyphen_prefix
                    || feature_of(me)
                    // "DETROIT 4 Kansas City 1": a side in a result.
                    || club(me)
                    || (rating && (notch || !news_context(s, dend)))
                    // "the Nation", "the Atlantic", "the Vice President": a
                    // one-word outlet that is also a word or a place needs a
                    // news verb or noun after it, or "told" / "according to"
                    // before it.
                    || (one_word(me)
                        && !strict_news_context(s, ws, dend)
                        && !wire_credit(s, ws, dend))
                    || market_index_after(s, dend)
                    || institution_after(s, dend)
                    // "Bloomberg Philanthropies", "Reuters Ventures": a
                    // firm's name that starts with the outlet's.
                    || (byte(b, dend) == b' '
                        && word_after_space(s, dend)
                            .is_some_and(|w| is_upper_at(w, 0) && me.flags(w) & W_ORG_TAIL != 0))
                    || spelled_out_before(s, ws, dend);
                noise_memo.set(Some(n));
                n
            }
        };
        let weak_outlet = initial && {
            let rest = key.strip_prefix("The ").unwrap_or(key);
            !rest.contains(' ') && self.flags(rest) & (W_COMMON | W_NEVER) != 0
        };
        // "the first Gulf War", "the Niger Delta": a place named by a common
        // word, next to another capitalised word inside the sentence, is a
        // word of a longer name (asked of places other than countries).
        let in_longer_name = common1 && !title && {
            let cap_word = |w: &str| {
                is_upper_at(w, 0) && self.flags(w) & (W_MONTH | W_WEEKDAY | W_TITLE | W_ROLE) == 0
            };
            let next = word_after_space(s, dend);
            // "Randolph, Mass. Cara said": the next sentence's first word.
            (next.is_some_and(cap_word) && !key.ends_with('.'))
                || pw.is_some_and(|p| {
                    p != "The" && cap_word(p) && !sentence_initial(s, ws - p.len() - 1)
                })
        };
        let mut best: Option<(f32, u32, How)> = None;
        let mut held: Option<(f32, u32)> = None;
        let mut places = std::mem::take(&mut self.b.places);
        places.clear();
        for c in self.lex.cands_of(head) {
            let Some(e) = self.lex.entry(c.entry) else {
                continue;
            };
            let prio = match e.class {
                Class::User => Some(1000.0),
                Class::Notable => {
                    // "Adani Group": a notable's surname inside a firm's name.
                    if c.how == How::Surname && !org_ctx {
                        Some(150.0)
                    } else {
                        None
                    }
                }
                Class::Outlet => {
                    if outlet_noise(self) {
                        None
                    } else if e.curated {
                        if ((common1 && (initial || !the_before)) || weak_outlet)
                            && !outlet_verb_after(s, dend)
                            || (title && all_common_multi)
                        {
                            None
                        } else {
                            Some(500.0)
                        }
                    } else if org_ctx || (plain && (common1 || all_common_multi)) {
                        None
                    } else {
                        Some(20.0)
                    }
                }
                Class::Country | Class::Region | Class::City | Class::Town => {
                    let state = matches!(e.class, Class::Country | Class::Region);
                    let big = state || e.pop >= 1_000_000;
                    let city = matches!(e.class, Class::City | Class::Town);
                    if org_ctx
                        || org_key
                        || after_given
                        // "Air France", "Real Madrid": a club's or a firm's
                        // name. But a country's side is the country
                        // ("Romania beat Lithuania 2-1"): only a club in a
                        // result is dropped.
                        || club_name
                        || (e.class != Class::Country && club(self))
                        || (e.class != Class::Country && club_role_after(s, dend))
                        || (e.class == Class::Region && team())
                        || (!title && self.body_before(pw))
                        // A town's, a city's or a region's name in a standings table is
                        // a club's ("Ajax 20 14 4 2").
                        || (e.class != Class::Country && standings_after(s, dend))
                        // A club in brackets after a player on a squad line.
                        || (e.class != Class::Country && squad_club(s, ws, dend))
                        // "KYIV, Ukraine (Xinhua) --": a wire credit, when
                        // the key names an outlet too.
                        || (wire_credit(s, ws, dend) && self.lex.cands_of(head).any(|c| {
                            self.lex.entry(c.entry).is_some_and(|o| o.class == Class::Outlet)
                        }))
                        || (!title
                            && byte(b, dend) == b' '
                            && is_upper_at(s, dend + 1)
                            && self.plural_name_after(s, dend))
                        || hyphen_prefix
                        || self.hyphen_name_after(s, dend)
                        || (common1
                            && (plain || !big)
                            && !(subject && big)
                            && !(after_prep && e.pop >= 50_000)
                            // "Reading, Pennsylvania": its state or country
                            // after a comma.
                            && !(city && self.region_after_comma(s, dend, e.cc)))
                        // "Fair Oaks" in a headline; but "the United States"
                        // names its country in any case.
                        || (title && all_common_multi && e.class != Class::Country)
                        || (e.class == Class::Town && single && plain)
                        || (in_longer_name && e.class != Class::Country)
                        // "the Centre for Social Evolution": a one-word place
                        // that heads an organisation's name.
                        || (single && f & W_ORG_HEAD != 0 && of_or_for_after(s, dend))
                        // "Brent crude", "Urals blend": an oil benchmark.
                        || benchmark_after(s, dend)
                        // "the Olympic torch", "Pacific trade": a small city
                        // named by a proper adjective, outside "in …".
                        || (city && e.pop < 100_000 && single && adjective_not_an(bare) && !prep)
                        || (namey && city && e.pop < 300_000 && !prep)
                        || (short && !state)
                        || (the_lower && city && single)
                    {
                        // "Turkey maintains close ties": a big place at a
                        // sentence start, held until the document names it
                        // elsewhere.
                        let only_initial = common1
                            && initial
                            && !title
                            && big
                            && !(org_ctx || org_key || after_given || hyphen_prefix || club(self));
                        if only_initial {
                            let sc = self.lex.place_score(c.entry, c.how);
                            if held.is_none_or(|(hs, _)| sc > hs) {
                                held = Some((sc, c.entry));
                            }
                        }
                        None
                    } else {
                        let sc = self.lex.place_score(c.entry, c.how);
                        places.push((c.entry, sc));
                        Some(100.0 + sc)
                    }
                }
            };
            if let Some(p) = prio {
                if best.is_none_or(|(bp, _, _)| p > bp) {
                    best = Some((p, c.entry, c.how));
                }
            }
        }
        if best.is_none() {
            if let Some((_, entry)) = held {
                let at = Loose {
                    seg: si,
                    start: ws,
                    end: dend,
                };
                self.b.held_places.push((at, entry));
            }
        }
        let r = best.and_then(|(_, entry, how)| {
            // "Bloomberg Television", "Reuters TV": an outlet's medium after
            // its name belongs to the mention.
            let outlet = self
                .lex
                .entry(entry)
                .is_some_and(|e| e.class == Class::Outlet);
            let dend = if outlet {
                medium_after(s, dend).unwrap_or(dend)
            } else {
                dend
            };
            self.push_choice(
                si,
                ws,
                dend,
                key.starts_with("The "),
                entry,
                how,
                namey,
                &places,
            )
        });
        self.b.places = places;
        let _ = we;
        // "University of North Carolina", "Maccabi Tel Aviv": a name inside
        // an organisation's or a club's is skipped whole, so that its last
        // word is not tried alone.
        if r.is_none() && (org_ctx || org_key || (!single && (club_name || club(self)))) {
            return Some(dend);
        }
        r
    }

    /// Records the candidate picked by `choose`, with the alternative places
    /// when they lie in more than one country.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_choice(
        &mut self,
        si: u32,
        ws: usize,
        dend: usize,
        the: bool,
        entry: u32,
        how: How,
        namey: bool,
        places: &[(u32, f32)],
    ) -> Option<usize> {
        let e = self.lex.entry(entry)?;
        let mut start = ws;
        if e.class == Class::Outlet && the {
            start = ws + 4;
        }
        let rule = if how == How::Surname {
            Rule::Surname
        } else {
            Rule::Lexicon
        };
        let is_place = e.kind == K_PLACE;
        self.push(si, start, dend, Target::Lex(entry), rule, namey);
        if is_place && places.len() > 1 {
            let lex = self.lex;
            let mut ccs = places
                .iter()
                .filter_map(|(i, _)| lex.entry(*i).map(|e| e.cc));
            let first = ccs.next();
            if ccs.any(|c| Some(c) != first) {
                self.b.alts.push((self.b.found.len() - 1, places.to_vec()));
            }
        }
        Some(dend)
    }
}

/// The end of a medium word right after an outlet's name ending at `end`
/// ("Bloomberg Television", "Reuters TV", "Fox News Channel").
fn medium_after(s: &str, end: usize) -> Option<usize> {
    let (a, z) = next_word_after_space(s, end)?;
    matches!(
        s.get(a..z)?,
        "Television" | "TV" | "Radio" | "Channel" | "Online" | "Digital"
    )
    .then_some(z)
}

/// A raw dictionary match (see [`crate::Lexicon::find_iter`]).
pub(crate) fn raw_next(lex: &Inner, s: &str, mut i: usize) -> Option<(usize, usize, u32, usize)> {
    let doc = Doc::new(lex);
    while let Some((ws, we)) = next_word(s, i) {
        i = we;
        let w = s.get(ws..we).unwrap_or("");
        if !is_upper_at(s, ws) && !lex.lower_maybe(w) {
            continue;
        }
        let Some(wi) = lex.word(w) else { continue };
        if wi.maxtok == 0 {
            continue;
        }
        if let Some((end, head, _)) = doc.longest(s, ws, we, wi) {
            // The best candidate by a static preference.
            let best = lex
                .cands_of(head)
                .max_by(|a, b| static_rank(lex, a).total_cmp(&static_rank(lex, b)))?;
            return Some((ws, end, best.entry, end));
        }
    }
    None
}

pub(super) fn static_rank(lex: &Inner, c: &Cand) -> f32 {
    match lex.entry(c.entry) {
        Some(e) => match e.class {
            Class::User => 1000.0,
            Class::Notable => {
                if c.how == How::Surname {
                    150.0
                } else {
                    900.0
                }
            }
            Class::Outlet => {
                if e.curated {
                    500.0
                } else {
                    20.0
                }
            }
            _ => 100.0 + lex.place_score(c.entry, c.how),
        },
        None => 0.0,
    }
}

/// Whether a word of news work follows an outlet's name within two words
/// ("Reuters reported", "the Guardian newspaper", "Bloomberg News").
fn news_context(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    let mut e = end;
    if byte(b, e) == b'\'' && byte(b, e + 1) == b's' {
        e += 2;
    }
    // Punctuation or the end of the text after the name: "told Reuters."
    if !matches!(byte(b, e), b' ') {
        return true;
    }
    for _ in 0..2 {
        let Some((a, z)) = next_word_after_space(s, e) else {
            return true;
        };
        let w = s.get(a..z).unwrap_or("");
        if is_upper_at(s, a) || said_verb_after(w) || is_news_word(w) {
            return true;
        }
        if !matches!(
            w,
            "business" | "financial" | "news" | "online" | "state" | "daily"
        ) {
            return false;
        }
        e = z;
    }
    false
}

/// Strong evidence that the one-word name at `[ws, end)` (maybe after
/// "the") is an outlet: a news verb or noun right after it ("the Atlantic
/// reported", "the Nation magazine"), or a verb of telling or citing before
/// it ("told the Nation", "according to the Atlantic", "wrote in the
/// Nation").
fn strict_news_context(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let mut e = end;
    if byte(b, e) == b'\'' && byte(b, e + 1) == b's' {
        e += 2;
    }
    let after =
        word_after_space(s, e).is_some_and(|w| said_verb_after(w) || is_news_noun_or_verb(w));
    if after || outlet_verb_after(s, e) {
        return true;
    }
    // The name's own "The" inside a sentence ("wrote for The Onion").
    if s.get(ws..).is_some_and(|r| r.starts_with("The ")) && !sentence_initial(s, ws) {
        return true;
    }
    let mut start = ws;
    if let Some(the) = prev_word(s, start).filter(|w| matches!(*w, "the" | "The")) {
        start = start.saturating_sub(the.len() + 1);
        // "wrote for The Onion": a capital "The" inside a sentence is part
        // of a title.
        if the == "The" && !sentence_initial(s, start) {
            return true;
        }
    }
    let w1 = prev_word(s, start);
    let w2 = w1.and_then(|w| prev_word(s, start.saturating_sub(w.len() + 1)));
    let w2_lower = w2.map(str::to_ascii_lowercase);
    matches!(w1, Some("told" | "tells" | "telling" | "via"))
        || matches!(
            (w2_lower.as_deref(), w1),
            (
                Some(
                    "according"
                        | "interview"
                        | "wrote"
                        | "writing"
                        | "published"
                        | "reported"
                        | "quoted"
                        | "cited"
                        | "column"
                ),
                Some("to" | "with" | "in" | "by")
            )
        )
}

/// Nouns and verbs of news work.
/// "the Nikkei index", "the Nikkei share average", "Nikkei 225 futures":
/// the market index, not the paper it is named after.
fn market_index_after(s: &str, end: usize) -> bool {
    word_after_space(s, end).is_some_and(|w| {
        matches!(
            w,
            "index" | "average" | "share" | "stock" | "futures" | "benchmark" | "225"
        )
    })
}

/// "the CNN Center", "the Reuters Institute", "the Associated Press
/// Stylebook": an outlet's name at the head of a building's, a body's or a
/// product's.
fn institution_after(s: &str, end: usize) -> bool {
    word_after_space(s, end).is_some_and(|w| {
        matches!(
            w,
            "Center"
                | "Centre"
                | "Institute"
                | "Foundation"
                | "Stylebook"
                | "Office"
                | "Building"
                | "Tower"
                | "Prize"
                | "Awards"
                | "Proms"
                | "Arena"
                | "Stadium"
                | "School"
                | "Academy"
                | "Museum"
                | "Fund"
                | "Trust"
                | "Library"
                | "Theatre"
                | "Theater"
                | "Square"
                | "Group"
                | "Corp"
                | "Corporation"
                | "Inc"
                | "Holdings"
        )
    })
}

/// "Canadian Blood Services (CBS)", "Andhra Pradesh, or AP,": an
/// abbreviation in brackets (or after ", or ") right after the words it
/// abbreviates is theirs, not an outlet's, unless those words name an outlet
/// themselves ("Korean Central News Agency (KCNA)").
fn spelled_out_before(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let Some(abbr) = s.get(ws..end) else {
        return false;
    };
    let open = if ws >= 2 && byte(b, ws - 1) == b'(' && byte(b, end) == b')' {
        ws - 1
    } else if ws >= 6
        && s.get(ws - 5..ws) == Some(", or ")
        && matches!(byte(b, end), b',' | b')' | b'.' | b';')
    {
        ws - 5
    } else {
        return false;
    };
    if !(2..=6).contains(&abbr.len()) || !abbr.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    // The capitalised words before the bracket, last first, skipping the
    // small words names keep in lower case.
    let before = s.get(..open).unwrap_or("").trim_end();
    let mut initials: Vec<u8> = Vec::new();
    for w in before.rsplit(' ').take(abbr.len() + 3) {
        let Some(&c) = w.as_bytes().first() else {
            break;
        };
        if c.is_ascii_uppercase() {
            if matches!(
                w,
                "News"
                    | "Agency"
                    | "Broadcasting"
                    | "Press"
                    | "Television"
                    | "Radio"
                    | "Times"
                    | "Post"
                    | "Journal"
                    | "Herald"
                    | "Network"
                    | "Channel"
                    | "Media"
            ) {
                return false;
            }
            initials.push(c);
            if initials.len() == abbr.len() {
                break;
            }
        } else if !matches!(w, "of" | "and" | "for" | "the" | "de" | "&") {
            break;
        }
    }
    initials.reverse();
    initials == abbr.as_bytes()
}

/// "crude" or "blend" right after `end`: the name is an oil benchmark's.
fn benchmark_after(s: &str, end: usize) -> bool {
    word_after_space(s, end).is_some_and(|w| matches!(w, "crude" | "blend"))
}

/// "of" or "for" right after `end`.
fn of_or_for_after(s: &str, end: usize) -> bool {
    word_after_space(s, end).is_some_and(|w| matches!(w, "of" | "for"))
}

/// "Politico reported", "The Hill first reported": a verb only an outlet
/// does, right after the name or after one adverb; it lets a curated outlet
/// whose name is a common word ("The Times", "Politico") open a sentence.
fn outlet_verb_after(s: &str, end: usize) -> bool {
    let verb = |w: &str| {
        matches!(
            w,
            "reported"
                | "wrote"
                | "published"
                | "quoted"
                | "cited"
                | "broadcast"
                | "aired"
                | "revealed"
        )
    };
    let Some((a, z)) = next_word_after_space(s, end) else {
        return false;
    };
    match s.get(a..z) {
        Some(w) if verb(w) => true,
        // "The Sun newspaper said": a news noun, then a verb of saying.
        Some("newspaper" | "tabloid" | "daily" | "paper" | "weekly" | "magazine") => {
            word_after_space(s, z)
                .is_some_and(|w| verb(w) || matches!(w, "said" | "says" | "reports"))
        }
        Some("first" | "also" | "earlier" | "previously" | "exclusively") => {
            word_after_space(s, z).is_some_and(verb)
        }
        _ => false,
    }
}

fn is_news_noun_or_verb(w: &str) -> bool {
    matches!(
        w,
        "reported"
            | "reports"
            | "report"
            | "reporting"
            | "quoted"
            | "quoting"
            | "cited"
            | "citing"
            | "published"
            | "wrote"
            | "writes"
            | "broadcast"
            | "aired"
            | "interview"
            | "newspaper"
            | "paper"
            | "daily"
            | "weekly"
            | "magazine"
            | "website"
            | "site"
            | "agency"
            | "news"
            | "wire"
            | "television"
            | "TV"
            | "radio"
            | "channel"
            | "network"
            | "broadcaster"
            | "service"
            | "reporter"
            | "reporters"
            | "correspondent"
            | "journalist"
            | "journalists"
            | "columnist"
            | "editor"
            | "editorial"
            | "story"
            | "article"
            | "data"
            | "survey"
            | "poll"
            | "analysis"
            | "calculations"
            | "photographer"
            | "video"
            | "footage"
    )
}

/// [`is_news_noun_or_verb`], or a word that may stand between an outlet's
/// name and one ("the Times and", "Reuters on", "AP first", "the BBC
/// previously").
fn is_news_word(w: &str) -> bool {
    is_news_noun_or_verb(w)
        || matches!(
            w,
            "and"
                | "or"
                | "on"
                | "in"
                | "that"
                | "was"
                | "is"
                | "has"
                | "had"
                | "first"
                | "earlier"
                | "last"
                | "also"
                | "previously"
        )
}

/// `[ws, end)` is alone in brackets before a dash: the wire credit of a
/// dateline ("(Xinhua) --", "(AP) —").
fn wire_credit(s: &str, ws: usize, end: usize) -> bool {
    let b = s.as_bytes();
    ws > 0
        && byte(b, ws - 1) == b'('
        && byte(b, end) == b')'
        && s.get(end + 1..).is_some_and(|r| {
            r.starts_with(" -") || r.starts_with(" \u{2014}") || r.starts_with(" \u{2013}")
        })
}
