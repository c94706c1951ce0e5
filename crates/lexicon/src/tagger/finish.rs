//! The document-level steps, run in order by [`Doc::finish`]: each is a
//! named method that reads and rewrites the mentions found by the
//! per-segment pass.

use super::text::{is_loc_prep, prev_word, push_title_case, unaccented};
use super::*;

use crate::{Entity, EntityKind, Mention};

/// The people named in full in a document, by surname and by given name, with
/// the positions of their full names (a short name refers to the most recent).
struct People<'d> {
    by_surname: FastMap<&'d str, Named>,
    by_given: FastMap<&'d str, Named>,
}

impl Doc<'_> {
    /// The document-level pass; returns the entities.
    #[inline(never)]
    pub fn finish(mut self, segments: &[&str]) -> Vec<Entity> {
        // Borrowed by the steps below while `self` changes; handed back at the end.
        let dyn_names = std::mem::take(&mut self.b.dyn_names);
        self.vote_ambiguous_places(segments);
        self.confirm_held_places();
        self.drop_clubs_in_sports_copy(segments);
        let people = self.people_named_in_full(&dyn_names);
        self.redirect_short_names(&people, segments, &dyn_names);
        self.back_reference_loose_words(&people, segments);
        drop(people);
        self.drop_people_named_as_things(segments, &dyn_names);
        self.resolve_the_outlets(segments);
        let out = self.group_by_entity(segments, &dyn_names);
        self.b.dyn_names = dyn_names;
        out
    }

    /// Ambiguous places ("Paris" in France or Texas): the one in the country
    /// the document's other places vote for.
    fn vote_ambiguous_places(&mut self, segments: &[&str]) {
        if self.b.alts.is_empty() {
            return;
        }
        let lex = self.lex;
        let mut votes: FastMap<[u8; 2], u32> = FastMap::default();
        // `alts` is in the order of `found` (sorted by found index).
        let alts = &self.b.alts;
        for (k, f) in self.b.found.iter().enumerate() {
            if alts.binary_search_by_key(&k, |a| a.0).is_ok() {
                continue;
            }
            if let Target::Lex(i) = f.target {
                // A country's own name does not vote: world news names the
                // United States or China whatever the story's place.
                if let Some(e) = lex.entry(i) {
                    if e.kind == K_PLACE && e.class != Class::Country {
                        *votes.entry(e.cc).or_default() += 1;
                    }
                }
            }
        }
        for (k, places) in &self.b.alts {
            // The place in the country the document votes for, then the
            // higher static score; but a city smaller than the biggest
            // candidate city needs more votes the smaller it is (one more
            // for each half power of ten, from twice smaller), and one ten
            // times smaller gets none: Washington and Boston in a story do
            // not move Athens to Georgia, nor Havana to a town in Illinois.
            // `max_by` keeps the last of equals.
            let is_city = |i: u32| {
                lex.entry(i)
                    .is_some_and(|e| matches!(e.class, Class::City | Class::Town))
            };
            let top_city = places
                .iter()
                .filter(|p| is_city(p.0))
                .map(|p| p.1)
                .fold(f32::MIN, f32::max);
            let has_country = places
                .iter()
                .any(|p| lex.entry(p.0).is_some_and(|e| e.class == Class::Country));
            // "Reading, Pennsylvania": a region or a country named right
            // after the place, past a comma, says which it is.
            let pair_cc = self.b.found.get(*k).and_then(|f| {
                let s = segments.get(f.seg as usize)?;
                if s.as_bytes().get(f.end) != Some(&b',') {
                    return None;
                }
                let g = self.b.found.get(*k + 1)?;
                let e = match g.target {
                    Target::Lex(i) => lex.entry(i)?,
                    _ => return None,
                };
                (g.seg == f.seg
                    && g.start == f.end + 2
                    && matches!(e.class, Class::Region | Class::Country))
                .then_some(e.cc)
            });
            // (Only a place of that name, accents aside: not one that had
            // it once, "New Berlin" for North Canton.)
            let written = self.b.found.get(*k).and_then(|f| {
                segments
                    .get(f.seg as usize)
                    .and_then(|s| s.get(f.start..f.end))
            });
            let same_name = |e: &crate::data::Entry| {
                written.is_some_and(|w| {
                    let n = lex.name(e);
                    n == w
                        || n.split(' ')
                            .map(|p| unaccented(p).unwrap_or_else(|| p.to_string()))
                            .eq(w.split(' '))
                })
            };
            let paired = pair_cc.and_then(|cc| {
                places
                    .iter()
                    .filter(|p| lex.entry(p.0).is_some_and(|e| e.cc == cc && same_name(e)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
            });
            if let (Some(p), Some(f)) = (paired, self.b.found.get_mut(*k)) {
                f.target = Target::Lex(p.0);
                continue;
            }
            let best = places
                .iter()
                .map(|p| {
                    let mut v = lex
                        .entry(p.0)
                        .map_or(0, |e| votes.get(&e.cc).copied().unwrap_or(0));
                    // No town beats a country of its name on votes
                    // ("Venezuela" near "Havana" is not a town in Cuba).
                    let below = top_city - p.1;
                    if is_city(p.0)
                        && (has_country
                            || below >= 1.0
                            || (below > 0.3 && (v as f32) < 1.0 + (below * 2.0).ceil()))
                    {
                        v = 0;
                    }
                    (v, p)
                })
                .max_by(|(va, a), (vb, b)| va.cmp(vb).then(a.1.total_cmp(&b.1)))
                .map(|(_, p)| p);
            if let (Some(best), Some(f)) = (best, self.b.found.get_mut(*k)) {
                f.target = Target::Lex(best.0);
            }
        }
    }

    /// Places held at a sentence start ("Turkey maintains ties") that the
    /// document also names where capitals mean a name.
    fn confirm_held_places(&mut self) {
        if self.b.held_places.is_empty() {
            return;
        }
        let named: std::collections::HashSet<u32> = self
            .b
            .found
            .iter()
            .filter_map(|f| match f.target {
                Target::Lex(i) => Some(i),
                Target::Dyn(_) | Target::Place(_) => None,
            })
            .collect();
        let held = std::mem::take(&mut self.b.held_places);
        for &(l, entry) in &held {
            if named.contains(&entry) {
                self.push(
                    l.seg,
                    l.start,
                    l.end,
                    Target::Lex(entry),
                    Rule::BackReference,
                    false,
                );
            }
        }
        self.b.held_places = held;
    }

    /// Surnames and given names of the people named in full, with the
    /// positions of the full names.
    fn people_named_in_full<'d>(&self, dyn_names: &'d [String]) -> People<'d>
    where
        Self: 'd,
    {
        let lex: &'d Inner = self.lex;
        let mut full_pos: FastMap<Target, Vec<(u32, usize)>> = FastMap::default();
        let mut by_surname: FastMap<&str, Vec<Target>> = FastMap::default();
        let mut by_given: FastMap<&str, Vec<Target>> = FastMap::default();
        // Where the document names a notable person by the surname alone:
        // a given name alone ("Navalny", then "Alexei") refers to them too.
        let mut given_pos: FastMap<Target, Vec<(u32, usize)>> = FastMap::default();
        for f in &self.b.found {
            if let (Target::Lex(i), Rule::Surname) = (f.target, f.rule) {
                let first = lex
                    .entry(i)
                    .filter(|e| e.class == Class::Notable)
                    .map(|e| lex.name(e))
                    .filter(|n| n.contains(' '))
                    .and_then(|n| n.split(' ').next())
                    .filter(|g| lex.flags(g) & W_GIVEN != 0);
                if let Some(g) = first {
                    let v = by_given.entry(g).or_default();
                    if !v.contains(&f.target) {
                        v.push(f.target);
                    }
                    given_pos
                        .entry(f.target)
                        .or_default()
                        .push((f.seg, f.start));
                }
            }
            let is_full = match f.target {
                Target::Lex(i) => {
                    lex.entry(i).is_some_and(|e| e.class == Class::Notable)
                        && f.rule != Rule::Surname
                }
                Target::Dyn(i) => dyn_names.get(i as usize).is_some_and(|n| n.contains(' ')),
                Target::Place(_) => false,
            };
            if !is_full {
                continue;
            }
            let first_time = !full_pos.contains_key(&f.target);
            full_pos.entry(f.target).or_default().push((f.seg, f.start));
            if !first_time {
                continue;
            }
            match f.target {
                Target::Lex(i) => {
                    let Some(e) = lex.entry(i) else { continue };
                    let from = lex.surnames.partition_point(|(j, _)| *j < i);
                    let mine = lex.surnames.get(from..).unwrap_or(&[]);
                    for (_, sn) in mine.iter().take_while(|(j, _)| *j == i) {
                        add_target(&mut by_surname, sn, f.target);
                    }
                    if let Some(last) = surname_of(lex.name(e), lex) {
                        add_target(&mut by_surname, last, f.target);
                    }
                }
                Target::Place(_) => continue,
                Target::Dyn(i) => {
                    let Some(name) = dyn_names.get(i as usize) else {
                        continue;
                    };
                    if let Some(last) = surname_of(name, lex) {
                        add_target(&mut by_surname, last, f.target);
                    }
                    if let Some(first) = name.split(' ').next() {
                        if lex.flags(first) & W_GIVEN != 0 {
                            add_target(&mut by_given, first, f.target);
                        }
                    }
                }
            }
        }
        // (Most documents name nobody by the surname alone: no copy then.)
        let by_given = if given_pos.is_empty() {
            with_positions(by_given, &full_pos)
        } else {
            for (t, p) in &full_pos {
                given_pos.entry(*t).or_default().extend(p);
            }
            with_positions(by_given, &given_pos)
        };
        People {
            by_surname: with_positions(by_surname, &full_pos),
            by_given,
        }
    }

    /// Mentions that are only a surname (or a rule's given name) refer to
    /// the person of the document with that surname.
    fn redirect_short_names(&mut self, people: &People, segments: &[&str], dyn_names: &[String]) {
        let mut redirect: Vec<(usize, Target)> = Vec::new();
        for (k, f) in self.b.found.iter().enumerate() {
            let t = text_of(segments, f.seg, f.start, f.end);
            let single_person = match f.target {
                Target::Dyn(i) => dyn_names.get(i as usize).is_some_and(|n| !n.contains(' ')),
                Target::Lex(_) => f.rule == Rule::Surname || f.namey,
                Target::Place(_) => false,
            };
            if !single_person {
                // "Monica Seles …" then "Seles won": a one-word place (no
                // country) that is the surname of a person named in full
                // before it, outside "in …", is that person.
                if self.surname_not_place(people, segments, f, t) {
                    if let Some(t2) = resolve(people.by_surname.get(t), f.seg, f.start) {
                        redirect.push((k, t2));
                    }
                }
                continue;
            }
            if let Some(t2) = resolve(people.by_surname.get(t), f.seg, f.start) {
                redirect.push((k, t2));
            } else if let (Target::Dyn(_), Some(t2)) =
                (f.target, resolve(people.by_given.get(t), f.seg, f.start))
            {
                redirect.push((k, t2));
            }
        }
        for (k, t) in redirect {
            if let Some(f) = self.b.found.get_mut(k) {
                if f.target != t || f.rule == Rule::Surname {
                    f.target = t;
                    f.rule = Rule::BackReference;
                }
            }
        }
    }

    /// Whether the place `f` (its text `t`) is rather the surname of a
    /// person the document has named in full before it.
    fn surname_not_place(&self, people: &People, segments: &[&str], f: &Found, t: &str) -> bool {
        let Target::Lex(i) = f.target else {
            return false;
        };
        if f.rule != Rule::Lexicon || t.contains(' ') {
            return false;
        }
        let Some(named) = people.by_surname.get(t) else {
            return false;
        };
        if named.pos.first().is_none_or(|p| p.0 >= (f.seg, f.start)) {
            return false;
        }
        let seg = segments.get(f.seg as usize).copied().unwrap_or("");
        self.lex
            .entry(i)
            .is_some_and(|e| e.kind == K_PLACE && e.class != Class::Country)
            && !is_loc_prep(prev_word(seg, f.start))
    }

    /// Capitalised words that no rule took ("Warhol" alone) and that are the
    /// surname of a person of the document.
    fn back_reference_loose_words(&mut self, people: &People, segments: &[&str]) {
        let by_surname = &people.by_surname;
        if by_surname.is_empty() {
            self.b.loose.clear();
        }
        let loose = std::mem::take(&mut self.b.loose);
        // A cheap first test: the lengths of the surnames (all short).
        let mut lens = 0u64;
        for k in by_surname.keys() {
            lens |= 1u64 << k.len().min(63);
        }
        // A word of a line in capitals ("BECKER") is looked up in title case.
        let mut titled = String::new();
        for &l in &loose {
            if lens & (1u64 << (l.end - l.start).min(63)) == 0 {
                continue;
            }
            let mut t = text_of(segments, l.seg, l.start, l.end);
            // (As written first: "Mamadou TANDJA" … "TANDJA".)
            let as_written = by_surname.contains_key(t);
            let caps = !as_written
                && t.len() >= 4
                && t.chars().nth(1).is_some_and(char::is_uppercase)
                && caps_neighbour(segments, l);
            if caps {
                titled.clear();
                push_title_case(&mut titled, t);
                t = &titled;
            }
            // "AND", "THE": a word of three letters in capitals, or one that
            // is never a name, is no surname.
            let short_caps = t.len() < 4 && t.chars().nth(1).is_some_and(char::is_uppercase);
            let known = as_written || (caps && by_surname.contains_key(t));
            if short_caps || (caps && self.flags(t) & W_NEVER != 0) || !known {
                continue;
            }
            let seg = segments.get(l.seg as usize).copied().unwrap_or("");
            // (In capitals every word looks like a name's next word.)
            if !caps && self.org_follows(seg, l.end) {
                continue; // "Warhol Museum"
            }
            // "in May", "May 5", "by March": a month or a weekday that is
            // also the surname of the document's person stays a date.
            if self.flags(t) & (W_MONTH | W_WEEKDAY) != 0 && date_context(seg, l.start, l.end) {
                continue;
            }
            if let Some(target) = resolve(by_surname.get(t), l.seg, l.start) {
                self.push(l.seg, l.start, l.end, target, Rule::BackReference, false);
            }
        }
        self.b.loose = loose;
    }

    /// A one-word person found by a rule alone whose word names a storm, a
    /// vessel or an operation elsewhere in the document ("Hurricane
    /// Katrina", then "Katrina had winds of 185 km/h") is no person.
    fn drop_people_named_as_things(&mut self, segments: &[&str], dyn_names: &[String]) {
        if self.b.things.is_empty() {
            return;
        }
        let mut things: FastMap<&str, ()> = FastMap::default();
        for t in &self.b.things {
            things.insert(text_of(segments, t.seg, t.start, t.end), ());
        }
        let named = |w: &str| things.contains_key(w);
        for f in &mut self.b.found {
            let Target::Dyn(i) = f.target else { continue };
            let one_word = dyn_names.get(i as usize).is_some_and(|n| !n.contains(' '));
            if one_word && named(text_of(segments, f.seg, f.start, f.end)) {
                // An entry that does not exist: dropped when grouping.
                f.target = Target::Lex(NONE);
            }
        }
    }

    /// "the Times" when the document names exactly one outlet ending in "Times".
    fn resolve_the_outlets(&mut self, segments: &[&str]) {
        if self.b.pending_the.is_empty() {
            return;
        }
        let lex = self.lex;
        let mut by_last: FastMap<&str, Vec<Target>> = FastMap::default();
        for f in &self.b.found {
            if let Target::Lex(i) = f.target {
                if let Some(e) = lex.entry(i) {
                    let name = lex.name(e);
                    if e.class == Class::Outlet && name.contains(' ') {
                        if let Some(last) = name.rsplit(' ').next() {
                            let v = by_last.entry(last).or_default();
                            if !v.contains(&f.target) {
                                v.push(f.target);
                            }
                        }
                    }
                }
            }
        }
        let pending = std::mem::take(&mut self.b.pending_the);
        for &l in &pending {
            let t = text_of(segments, l.seg, l.start, l.end);
            if let Some([target]) = by_last.get(t).map(Vec::as_slice) {
                let target = *target;
                self.push(l.seg, l.start, l.end, target, Rule::BackReference, false);
            }
        }
        self.b.pending_the = pending;
    }

    /// The entities, in document order, each with its mentions: first the
    /// entity of each mention and the number of mentions of each entity (so
    /// that every vector is allocated once), then the entities.
    fn group_by_entity(&mut self, segments: &[&str], dyn_names: &[String]) -> Vec<Entity> {
        let lex = self.lex;
        self.b.found.sort_by_key(|f| (f.seg, f.start));
        let found = std::mem::take(&mut self.b.found);
        let mut order = std::mem::take(&mut self.b.order);
        order.clear();
        let mut slots = std::mem::take(&mut self.b.slots);
        let mut counts = std::mem::take(&mut self.b.counts);
        slots.clear();
        counts.clear();
        for f in &found {
            let k = match order.get(&f.target) {
                Some(&k) => k,
                None => {
                    if let Target::Lex(i) = f.target {
                        if lex.entry(i).is_none() {
                            slots.push(usize::MAX);
                            continue;
                        }
                    }
                    order.insert(f.target, counts.len());
                    counts.push(0);
                    counts.len() - 1
                }
            };
            if let Some(c) = counts.get_mut(k) {
                *c += 1;
            }
            slots.push(k);
        }
        let mut out: Vec<Entity> = Vec::with_capacity(counts.len());
        for (f, &k) in found.iter().zip(&slots) {
            if k == usize::MAX {
                continue;
            }
            let text = text_of(segments, f.seg, f.start, f.end).to_string();
            let m = Mention {
                segment: f.seg as usize,
                start: f.start,
                end: f.end,
                text,
                rule: f.rule,
            };
            if let Some(e) = out.get_mut(k) {
                e.mentions.push(m);
                continue;
            }
            let mut mentions = Vec::with_capacity(counts.get(k).copied().unwrap_or(1));
            mentions.push(m);
            let ent = match f.target {
                Target::Lex(i) => match lex.entry(i) {
                    Some(e) => Entity {
                        kind: lex.kind(e).clone(),
                        name: lex.name(e).to_string(),
                        id: lex.full_id(e),
                        mentions,
                    },
                    None => continue,
                },
                Target::Dyn(i) | Target::Place(i) => {
                    let name = dyn_names.get(i as usize).cloned().unwrap_or_default();
                    let sl = slug(&name);
                    let (kind, prefix) = match f.target {
                        Target::Place(_) => (EntityKind::Place, "place:"),
                        _ => (EntityKind::Person, "person:"),
                    };
                    let mut id = String::with_capacity(prefix.len() + sl.len());
                    id.push_str(prefix);
                    id.push_str(&sl);
                    Entity {
                        kind,
                        id,
                        name,
                        mentions,
                    }
                }
            };
            out.push(ent);
        }
        self.b.found = found;
        self.b.order = order;
        self.b.slots = slots;
        self.b.counts = counts;
        out
    }
}

/// A month's or weekday's name at `[start, end)` reads as a date: a number
/// after it ("May 5", "May 2019"), or a date word before it ("in May", "by
/// Monday", "last May", "early May").
fn date_context(s: &str, start: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let number_after = b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
    number_after
        || super::text::prev_word(s, start).is_some_and(|w| {
            [
                "in", "on", "since", "until", "till", "by", "from", "through", "to", "last",
                "next", "this", "early", "late", "mid", "of", "during", "before", "after", "every",
                "each", "between", "and",
            ]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
        })
}

/// The text of a mention.
fn text_of<'s>(segments: &[&'s str], seg: u32, a: usize, b: usize) -> &'s str {
    segments
        .get(seg as usize)
        .and_then(|s| s.get(a..b))
        .unwrap_or("")
}

/// The person a surname (or given name) refers to: the one named in full
/// most recently before it, else the first named in full after it.
fn resolve(cands: Option<&Named>, seg: u32, start: usize) -> Option<Target> {
    let cands = cands?;
    if cands.targets == 1 {
        return cands.pos.first().map(|p| p.1);
    }
    let k = cands.pos.partition_point(|p| p.0 < (seg, start));
    match k.checked_sub(1) {
        Some(k) => cands.pos.get(k).map(|p| p.1),
        None => cands.pos.first().map(|p| p.1),
    }
}

/// Adds `t` to the targets of `key` (once: all the keys of one target are
/// added one after the other).
fn add_target<'k>(map: &mut FastMap<&'k str, Vec<Target>>, key: &'k str, t: Target) {
    let v = map.entry(key).or_default();
    if v.last() != Some(&t) {
        v.push(t);
    }
}

/// The people a surname or given name may refer to: how many, and the
/// positions of their full names, sorted (with the person named there).
struct Named {
    targets: usize,
    pos: Vec<((u32, usize), Target)>,
}

/// The positions of the full names of each key's people, merged and sorted,
/// so that resolving a mention is a binary search however many people share
/// a surname.
fn with_positions<'k>(
    map: FastMap<&'k str, Vec<Target>>,
    full_pos: &FastMap<Target, Vec<(u32, usize)>>,
) -> FastMap<&'k str, Named> {
    map.into_iter()
        .map(|(k, ts)| {
            let mut pos: Vec<((u32, usize), Target)> = ts
                .iter()
                .flat_map(|t| full_pos.get(t).into_iter().flatten().map(move |p| (*p, *t)))
                .collect();
            pos.sort_unstable();
            let n = Named {
                targets: ts.len(),
                pos,
            };
            (k, n)
        })
        .collect()
}

/// The surname of a full name: its last word that is not a suffix.
pub(super) fn surname_of<'n>(name: &'n str, lex: &Inner) -> Option<&'n str> {
    name.split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.'))
        .rfind(|w| lex.flags(w) & W_SUFFIX == 0 && w.chars().count() > 1)
        .filter(|w| name.contains(' ') && (w.chars().count() > 2 || lex.flags(w) & W_COMMON == 0))
}

/// A lower-case ASCII slug for dynamic ids.
pub(super) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether a word next to the loose word `l` (on its line) is in capitals
/// too: the word stands in a line in capitals ("BECKER BEATS AGASSI"), not
/// an acronym in prose ("OPEC countries").
fn caps_neighbour(segments: &[&str], l: Loose) -> bool {
    let seg = segments.get(l.seg as usize).copied().unwrap_or("");
    let is_caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    // The words right before and after, on the same line (spaces only).
    let before = seg.get(..l.start).unwrap_or("").trim_end_matches(' ');
    let before = before.rsplit([' ', '\n']).next().unwrap_or("");
    let after = seg.get(l.end..).unwrap_or("").trim_start_matches(' ');
    let after = after.split([' ', '\n']).next().unwrap_or("");
    is_caps(before) || is_caps(after)
}
