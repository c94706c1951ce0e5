//! The compiled lexicon: entries, the name tables and the word classes.

use std::borrow::Cow;
use std::sync::Arc;

use crate::common_words;
use crate::hash::FastMap;
use crate::key_table::KeyTable;
use crate::rows::{data_lines, fields, for_each_word, split_byte};
use crate::word_classes;
use crate::EntityKind;

use crate::strs::Strings;
pub(crate) use crate::strs::{Str, COMMON, GIVEN, OUTLETS, PEOPLE, PLACES, SURNAMES, TOWNS};
pub(crate) use crate::word_table::*;

/// [`Inner::list_bits`]: a notable person, not by surname alone.
pub(crate) const L_NOTABLE: u8 = 1;

/// The class of an entry, for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Country,
    Region,
    City,
    Town,
    Notable,
    Outlet,
    User,
}

/// How a key names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    Canonical,
    Alias,
    /// A notable person's surname alone.
    Surname,
    /// An outlet's name without its leading "The".
    Stripped,
}

/// [`Entry::kind`] of people, places and outlets (custom kinds follow).
pub(crate) const K_PERSON: u32 = 0;
pub(crate) const K_PLACE: u32 = 1;
pub(crate) const K_OUTLET: u32 = 2;

/// One entry: 36 bytes, its strings kept in the lexicon ([`Inner::name`],
/// [`Inner::full_id`], [`Inner::kind`]).
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub name: Str,
    pub id: Str,
    /// The index of its kind in [`Inner::kinds`] (`K_*` for the built-in ones).
    pub kind: u32,
    pub class: Class,
    pub cc: [u8; 2],
    pub pop: u32,
    pub curated: bool,
}

impl Entry {
    /// The part of [`Inner::place_score`] that depends on the entry alone.
    fn place_base(&self) -> f32 {
        place_base(self.class, self.pop)
    }
}

/// [`Entry::place_base`] of an entry of this class and population.
pub(crate) fn place_base(class: Class, pop: u32) -> f32 {
    match class {
        Class::Country => 100.0,
        Class::Region => 5.5,
        Class::City => (pop.max(1) as f32).log10(),
        Class::Town => (pop.max(1) as f32).log10() - 1.0,
        _ => 0.0,
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub entry: u32,
    pub how: How,
    pub next: u32,
}

/// A user entry waiting to be compiled.
#[derive(Debug, Clone)]
pub(crate) struct UserEntry {
    pub kind: EntityKind,
    pub name: String,
    pub id: String,
    pub aliases: Vec<String>,
}

/// The compiled tables. The embedded data's are built at build time and
/// frozen: a field added here must be written by `frozen::freeze` and read
/// by `frozen::thaw` (which builds the struct, so the compiler asks for it).
#[derive(Debug, Default)]
pub(crate) struct Inner {
    pub entries: Vec<Entry>,
    /// The strings of the entries and one-word keys.
    pub strings: Strings,
    /// The kinds of the entries: person, place, outlet, then custom kinds.
    pub kinds: Vec<EntityKind>,
    /// What each candidate list holds, by the index of its head (`L_*` bits).
    pub list_bits: Vec<u8>,
    /// [`Entry::place_base`] of each entry, computed once.
    pub place_base: Vec<f32>,
    pub cands: Vec<Cand>,
    /// What is known about each word.
    pub table: WordTable,
    /// The one-word keys (for `Lexicon::names`) added to the frozen tables
    /// (all of them when there are none); see [`Inner::single_keys`].
    pub single_keys: Vec<Str>,
    /// The frozen form's one-word keys, read in place by
    /// [`Inner::single_keys`] (empty when there is none).
    pub frozen_single_keys: &'static [u8],
    /// Keys of more than one word, or with a final '.'.
    pub keys: KeyTable,
    /// Lower-case host names of outlets.
    pub domains: FastMap<Cow<'static, str>, u32>,
    /// The length in bytes of the longest key of `domains`: the matcher tries
    /// no longer suffix of a host name.
    pub domain_max: usize,
    /// Surnames of notable people: (entry, surname), sorted by entry.
    pub surnames: Vec<(u32, Cow<'static, str>)>,
    /// One bit per first two bytes of keys that start with a lower-case letter.
    pub lower_bits: Vec<u64>,
    /// A Bloom-style bit set of the hashes of every prefix of two or more words
    /// of the keys: the matcher extends a match word by word only while the
    /// prefix may be a key's.
    pub prefix_bits: Vec<u64>,
    /// Set while loading the embedded data: lower-case keys are left out.
    pub no_lower_keys: bool,
    /// A 256-bit filter of role nouns by (first byte, last byte, length).
    pub role_bits: [u64; 4],
}

#[inline]
fn role_slot(w: &str) -> usize {
    let b = w.as_bytes();
    let f = usize::from(b.first().copied().unwrap_or(0));
    let l = usize::from(b.last().copied().unwrap_or(0));
    (f.wrapping_mul(31) ^ l.wrapping_mul(7) ^ b.len().wrapping_mul(131)) & 255
}

/// About the number of distinct words of the embedded data.
const BUILTIN_WORDS: usize = 430_000;

pub(crate) const PREFIX_BITS_LOG2: u32 = 21;

/// The hash used for the prefix bit set.
#[inline]
pub(crate) fn prefix_hash(s: &[u8]) -> usize {
    use std::hash::Hasher;
    let mut h = crate::hash::FastHasher::default();
    h.write(s);
    (h.finish() >> (64 - PREFIX_BITS_LOG2)) as usize
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of a key: (number of words, first word, first byte of the
/// second word), or None when the key does not start with a word character.
fn key_words(key: &str) -> Option<(usize, &str, Option<u8>)> {
    let mut n = 0;
    let mut first_end = 0;
    let mut second = None;
    let mut starts_at_0 = false;
    for_each_word(key, |s, e| {
        match n {
            0 => {
                starts_at_0 = s == 0;
                first_end = e;
            }
            1 => second = key.as_bytes().get(s).copied(),
            _ => {}
        }
        n += 1;
    });
    if !starts_at_0 {
        return None;
    }
    Some((n, key.get(..first_end)?, second))
}

fn lower_slot(first: &str) -> Option<usize> {
    let b = first.as_bytes();
    let a = *b.first()?;
    let c = b.get(1).copied().unwrap_or(0);
    Some((usize::from(a) << 8) | usize::from(c))
}

/// `w` with its first letter in upper case.
pub(crate) fn capitalise(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

impl Inner {
    #[inline]
    pub fn word(&self, w: &str) -> Option<&WordInfo> {
        self.table.get(w)
    }

    #[inline]
    pub fn flags(&self, w: &str) -> u16 {
        self.word(w).map_or(0, |i| i.flags)
    }

    fn word_mut(&mut self, w: Cow<'static, str>) -> &mut WordInfo {
        self.table.get_or_insert(&w)
    }

    fn add_flag(&mut self, w: &'static str, f: u16) {
        self.word_mut(Cow::Borrowed(w)).flags |= f;
    }

    /// Whether `w` may be a lower-case role noun (a cheap pre-check).
    #[inline]
    pub fn role_maybe(&self, w: &str) -> bool {
        let slot = role_slot(w);
        self.role_bits
            .get(slot >> 6)
            .is_some_and(|x| x & (1u64 << (slot & 63)) != 0)
    }

    /// Whether `prefix` (two or more words) may start a key.
    #[inline]
    pub fn prefix_maybe(&self, prefix: &[u8]) -> bool {
        let h = prefix_hash(prefix);
        self.prefix_bits
            .get(h >> 6)
            .is_some_and(|w| w & (1u64 << (h & 63)) != 0)
    }

    fn add_prefixes(&mut self, key: &str) {
        if self.prefix_bits.is_empty() {
            self.prefix_bits = vec![0; 1 << (PREFIX_BITS_LOG2 - 6)];
        }
        let bits = &mut self.prefix_bits;
        let mut first = true;
        for_each_word(key, |_, e| {
            if std::mem::take(&mut first) {
                return;
            }
            if let Some(p) = key.get(..e) {
                let h = prefix_hash(p.as_bytes());
                if let Some(w) = bits.get_mut(h >> 6) {
                    *w |= 1u64 << (h & 63);
                }
            }
        });
    }

    /// `lower_maybe` on the first two bytes of a word (the second byte is 0
    /// or any non-word byte when the word has one letter).
    #[inline]
    pub fn lower_maybe_bytes(&self, a: u8, b: u8) -> bool {
        let b = if b.is_ascii_alphanumeric() || b >= 0x80 {
            b
        } else {
            0
        };
        let slot = (usize::from(a) << 8) | usize::from(b);
        self.lower_bits
            .get(slot >> 6)
            .is_some_and(|w| w & (1u64 << (slot & 63)) != 0)
    }

    pub fn lower_maybe(&self, first: &str) -> bool {
        let Some(slot) = lower_slot(first) else {
            return false;
        };
        self.lower_bits
            .get(slot >> 6)
            .is_some_and(|w| w & (1u64 << (slot & 63)) != 0)
    }

    pub fn push_entry(&mut self, e: Entry) -> u32 {
        let base = e.place_base();
        self.push_entry_with_base(e, base)
    }

    /// [`Inner::push_entry`] with `e.place_base()` given (the same for many).
    fn push_entry_with_base(&mut self, e: Entry, base: f32) -> u32 {
        let i = self.entries.len() as u32;
        self.place_base.push(base);
        self.entries.push(e);
        i
    }

    /// A new entry: no country, population 0, not curated.
    fn new_entry(&mut self, name: Str, id: Str, kind: u32, class: Class) -> Entry {
        Entry {
            name,
            id,
            kind,
            class,
            cc: [0, 0],
            pop: 0,
            curated: false,
        }
    }

    /// [`Inner::new_entry`] named by embedded text.
    #[inline]
    fn static_entry(
        &mut self,
        name: &'static str,
        id: &'static str,
        kind: u32,
        class: Class,
    ) -> Entry {
        let name = self.strings.add_static(name);
        let id = self.strings.add_static(id);
        self.new_entry(name, id, kind, class)
    }

    /// The canonical name of `e`.
    #[inline]
    pub fn name(&self, e: &Entry) -> &str {
        self.strings.get(e.name)
    }

    /// The kind of `e`.
    #[inline]
    pub fn kind(&self, e: &Entry) -> &EntityKind {
        self.kinds
            .get(e.kind as usize)
            .unwrap_or(&EntityKind::Place)
    }

    /// The index of `kind` in [`Inner::kinds`], added when new.
    fn kind_index(&mut self, kind: &EntityKind) -> u32 {
        if self.kinds.is_empty() {
            self.kinds = vec![EntityKind::Person, EntityKind::Place, EntityKind::Outlet];
        }
        match self.kinds.iter().position(|k| k == kind) {
            Some(i) => i as u32,
            None => {
                self.kinds.push(kind.clone());
                (self.kinds.len() - 1) as u32
            }
        }
    }

    /// The full id of `e` ("geonames:…" for the compact "g…" form).
    pub fn full_id(&self, e: &Entry) -> String {
        let id = self.strings.get(e.id);
        match id.strip_prefix('g') {
            Some(n) if n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() => {
                let mut full = String::with_capacity(9 + n.len());
                full.push_str("geonames:");
                full.push_str(n);
                full
            }
            _ => id.to_string(),
        }
    }

    /// Adds `e`, named `name`, with its name as the canonical key and each of
    /// the `|`-separated `aliases` as an alias key, the keys `ok` accepts.
    fn add_named(
        &mut self,
        name: &'static str,
        e: Entry,
        aliases: &'static str,
        ok: fn(&Self, &str) -> bool,
    ) -> u32 {
        let i = self.push_entry(e);
        if ok(self, name) {
            self.add_key(Cow::Borrowed(name), i, How::Canonical);
        }
        for a in list(Some(aliases)) {
            if ok(self, a) {
                self.add_key(Cow::Borrowed(a), i, How::Alias);
            }
        }
        i
    }

    /// A static preference among places of the same name (entry `i`).
    #[inline]
    pub fn place_score(&self, i: u32, how: How) -> f32 {
        let base = self.place_base.get(i as usize).copied().unwrap_or(0.0);
        base + if how == How::Canonical { 1.0 } else { 0.0 }
    }

    /// Adds a key naming `entry`.
    pub fn add_key(&mut self, key: Cow<'static, str>, entry: u32, how: How) {
        let Some((n, first, second)) = key_words(&key) else {
            return;
        };
        let n = n.min(255) as u8;
        let first_lower = first.chars().next().is_some_and(|c| !c.is_uppercase());
        if first_lower
            && self
                .entries
                .get(entry as usize)
                .is_some_and(|e| e.kind == K_PLACE)
        {
            return; // lower-case place names ("the Netherlands") would fire on plain words
        }
        if first_lower && self.no_lower_keys {
            return; // the embedded data keeps the fast all-capitals scan
        }
        if first_lower {
            if let Some(slot) = lower_slot(first) {
                if self.lower_bits.is_empty() {
                    self.lower_bits = vec![0; 1024];
                }
                if let Some(w) = self.lower_bits.get_mut(slot >> 6) {
                    *w |= 1u64 << (slot & 63);
                }
            }
        }
        let single = n == 1 && first.len() == key.len();
        let first_owned: Cow<'static, str> = match &key {
            Cow::Borrowed(k) => {
                let k: &'static str = k;
                Cow::Borrowed(k.get(..first.len()).unwrap_or(k))
            }
            Cow::Owned(_) => Cow::Owned(first.to_string()),
        };
        let ci = self.cands.len() as u32;
        if single {
            let wi = self.word_mut(first_owned.clone());
            wi.maxtok = wi.maxtok.max(1);
            let next = wi.single;
            wi.single = ci;
            if next == NONE {
                let k = self.strings.add(first_owned);
                self.single_keys.push(k);
            }
            self.cands.push(Cand { entry, how, next });
        } else {
            self.add_prefixes(&key);
            let second = second.map_or(0, next_bit);
            let wi = self.word_mut(first_owned);
            wi.maxtok = wi.maxtok.max(n);
            wi.next |= second;
            let head = self.keys.head_mut(key);
            let next = *head;
            *head = ci;
            self.cands.push(Cand { entry, how, next });
        }
    }

    /// The one-word keys, in the order they were added.
    pub fn single_keys(&self) -> impl Iterator<Item = Str> + '_ {
        crate::frozen::single_keys(self.frozen_single_keys).chain(self.single_keys.iter().copied())
    }

    /// Candidates of a key (single word or not).
    pub fn lookup(&self, key: &str, single: bool) -> u32 {
        if single {
            self.word(key).map_or(NONE, |w| w.single)
        } else {
            self.keys.get(key).unwrap_or(NONE)
        }
    }

    pub fn cand(&self, i: u32) -> Option<&Cand> {
        self.cands.get(i as usize)
    }

    pub fn entry(&self, i: u32) -> Option<&Entry> {
        self.entries.get(i as usize)
    }

    /// Fills [`Inner::list_bits`]. A list continues at `next`, a candidate
    /// pushed earlier (lists are built by prepending), so one pass in order
    /// sees every tail before its heads.
    /// Only the candidates after those already summarised are done (a
    /// candidate's bits never change once its list's tail is fixed).
    fn summarise_lists(&mut self) {
        let mut bits = std::mem::take(&mut self.list_bits);
        bits.reserve(self.cands.len().saturating_sub(bits.len()));
        for c in self.cands.iter().skip(bits.len()) {
            let mut b = 0u8;
            if c.how != How::Surname
                && self
                    .entries
                    .get(c.entry as usize)
                    .is_some_and(|e| e.class == Class::Notable)
            {
                b |= L_NOTABLE;
            }
            if c.next != NONE {
                b |= bits.get(c.next as usize).copied().unwrap_or(0);
            }
            bits.push(b);
        }
        self.list_bits = bits;
    }

    /// Whether the list at `head` has a notable person by full name or alias.
    #[inline]
    pub fn list_has_notable(&self, head: u32) -> bool {
        self.list_bits
            .get(head as usize)
            .is_some_and(|b| b & L_NOTABLE != 0)
    }

    /// Iterates a candidate list.
    pub fn cands_of(&self, head: u32) -> CandIter<'_> {
        CandIter {
            inner: self,
            cur: head,
        }
    }

    fn add_word_lists(&mut self) {
        for (list, f) in [
            (common_words::MONTHS, W_MONTH),
            (common_words::WEEKDAYS, W_WEEKDAY),
            (word_classes::STOP, W_STOP),
            (word_classes::TITLES, W_TITLE),
            (word_classes::TITLE_MODIFIERS, W_TITLE_MOD),
            (word_classes::ROLES, W_ROLE),
            (common_words::SAID_AFTER, W_SAID_AFTER),
            (common_words::SAID_BEFORE, W_SAID_BEFORE),
            (word_classes::ORG_HEADS, W_ORG_HEAD),
            (common_words::PARTICLES, W_PARTICLE),
            (word_classes::SUFFIXES, W_SUFFIX),
            (crate::orgs::ORG_TAILS, W_ORG_TAIL),
            (crate::orgs::GROUPS, W_DEMONYM),
        ] {
            for w in list {
                self.add_flag(w, f);
            }
        }
        // A facility's or a feature's last word also ends an organisation's
        // name for the person rules ("Petermann Glacier").
        for w in crate::orgs::PLACE_TAILS {
            self.add_flag(w, W_ORG_TAIL);
            self.word_mut(Cow::Borrowed(w)).extra |= X_PLACE_TAIL;
        }
        for w in crate::orgs::THING_HEADS {
            self.word_mut(Cow::Borrowed(w)).extra |= X_THING;
        }
        for w in crate::orgs::FEASTS {
            self.word_mut(Cow::Borrowed(w)).extra |= X_FEAST;
        }
        for w in crate::orgs::PLACE_HEADS
            .iter()
            .chain(crate::orgs::PLACE_HEADS_AFTER_PARTICLE)
        {
            self.word_mut(Cow::Borrowed(w)).extra |= X_PLACE_HEAD;
        }
        for w in crate::orgs::BODY_HEADS {
            self.word_mut(Cow::Borrowed(w)).extra |= X_BODY_HEAD;
        }
        // The words that may start a firm's name, so that the tagger tests
        // the list only at them.
        for f in crate::orgs::FIRMS {
            let cuts = f.match_indices([' ', '-']).map(|(i, _)| i);
            for end in cuts.chain([f.len()]) {
                match f.get(..end) {
                    Some(p) if !p.contains(' ') => self.word_mut(Cow::Borrowed(p)).extra |= X_FIRM,
                    _ => {}
                }
            }
        }
        // Role nouns also capitalised (sentence-initial or in titles).
        for w in word_classes::ROLES {
            self.word_mut(Cow::Owned(capitalise(w))).flags |= W_ROLE;
            let slot = role_slot(w);
            if let Some(x) = self.role_bits.get_mut(slot >> 6) {
                *x |= 1u64 << (slot & 63);
            }
        }
    }

    fn is_common_cap(&self, w: &str) -> bool {
        self.flags(w) & W_COMMON != 0
    }

    /// Builds the tables from the embedded data (when `builtin`) and user entries.
    pub fn build(builtin: bool, user: &[UserEntry]) -> Inner {
        let mut me = if builtin {
            Inner::builtin_base()
        } else {
            let mut me = Inner::default();
            me.kind_index(&EntityKind::Person);
            me.add_word_lists();
            me
        };
        me.add_users(user);
        me
    }

    /// Adds the user entries and completes the tables.
    pub(crate) fn add_users(&mut self, user: &[UserEntry]) {
        let me = self;
        for u in user {
            let kind = me.kind_index(&u.kind);
            let name = me.strings.add(Cow::Owned(u.name.clone()));
            let id = me.strings.add(Cow::Owned(u.id.clone()));
            let e = me.new_entry(name, id, kind, Class::User);
            let i = me.push_entry(Entry { curated: true, ..e });
            me.add_key(Cow::Owned(u.name.clone()), i, How::Canonical);
            for a in &u.aliases {
                if a.contains('.')
                    && !a.contains(' ')
                    && a.chars().next().is_some_and(|c| c.is_lowercase())
                {
                    me.domains.entry(Cow::Owned(a.to_lowercase())).or_insert(i);
                } else {
                    me.add_key(Cow::Owned(a.clone()), i, How::Alias);
                }
            }
        }
        me.summarise_lists();
        me.domain_max = me.domains.keys().map(|k| k.len()).max().unwrap_or(0);
        // By entry, so that the tagger finds a person's surnames by binary search.
        me.surnames.sort_by_key(|x| x.0);
        me.keys.shrink_to_fit();
        me.single_keys.shrink_to_fit();
        me.cands.shrink_to_fit();
        me.entries.shrink_to_fit();
        me.place_base.shrink_to_fit();
    }

    /// The tables of the embedded data, read from their frozen form (made by
    /// `build.rs` from [`Inner::builtin_from_text`]); built from the text
    /// only if that does not read back, which no build of the crate gives.
    fn builtin_base() -> Inner {
        crate::frozen::thaw(crate::FROZEN).unwrap_or_else(Inner::builtin_from_text)
    }

    /// The tables of the embedded data alone, built from the text: the word
    /// lists, then the data files (without their lower-case keys).
    pub(crate) fn builtin_from_text() -> Inner {
        let mut me = Inner::default();
        me.kind_index(&EntityKind::Person);
        // Before the first word, so that the table is allocated once.
        me.table.reserve(BUILTIN_WORDS);
        me.add_word_lists();
        me.no_lower_keys = true;
        me.load_builtin();
        me.no_lower_keys = false;
        me.summarise_lists();
        me
    }

    /// The word lists and the notable people alone (a small lexicon whose
    /// keys are all embedded text, for the tests of the frozen form).
    #[cfg(test)]
    pub(crate) fn people_only() -> Inner {
        let mut me = Inner::default();
        me.kind_index(&EntityKind::Person);
        me.add_word_lists();
        me.load_people();
        me.summarise_lists();
        me
    }

    fn load_builtin(&mut self) {
        // Common words, capitalised.
        self.table.reserve(BUILTIN_WORDS);
        self.keys.reserve(60_000);
        self.entries.reserve(180_000);
        self.place_base.reserve(180_000);
        self.cands.reserve(330_000);
        for w in data_lines(COMMON) {
            self.word_mut(Cow::Borrowed(w)).flags |= W_COMMON;
        }
        for l in data_lines(GIVEN) {
            let name = l.split('\t').next().unwrap_or("");
            if !name.is_empty() {
                self.word_mut(Cow::Borrowed(name)).flags |= W_GIVEN;
            }
        }
        for (rank, name) in data_lines(SURNAMES).enumerate() {
            if name.is_empty() {
                continue;
            }
            let wi = self.word_mut(Cow::Borrowed(name));
            wi.flags |= W_SURNAME;
            wi.srank = wi.srank.min(rank as u32 + 1);
        }
        self.load_places();
        self.load_towns();
        self.load_people();
        self.load_outlets();
    }

    fn load_places(&mut self) {
        // Demonyms first, so that no place key equals one.
        for l in data_lines(PLACES) {
            let ([.., d], _) = fields::<7>(l);
            for d in split_byte(d, b'|')
                .flat_map(|d| split_byte(d, b','))
                .filter(|d| !d.is_empty())
            {
                self.word_mut(Cow::Borrowed(d)).flags |= W_DEMONYM;
                // "Jamaicans", "Iraqis": the plurals are demonyms too.
                if d.len() >= 4 && !d.contains(' ') && (d.ends_with('n') || d.ends_with('i')) {
                    self.word_mut(Cow::Owned(format!("{d}s"))).flags |= W_DEMONYM;
                }
            }
        }
        for l in data_lines(PLACES) {
            let ([id, ty, cc, pop, name, al, _], n) = fields::<7>(l);
            if n < 5 {
                continue;
            }
            let class = match ty {
                "C" => Class::Country,
                "R" => Class::Region,
                _ => Class::City,
            };
            let e = self.static_entry(name, id, K_PLACE, class);
            let e = Entry {
                cc: cc2(cc),
                pop: pop.parse().unwrap_or(0),
                ..e
            };
            self.add_named(name, e, al, Self::place_key_ok);
        }
    }

    fn place_key_ok(&self, k: &str) -> bool {
        let f = self.flags(k);
        f & W_NEVER == 0
    }

    fn load_towns(&mut self) {
        // Every town has the same population, so the same base score.
        let base = place_base(Class::Town, 1000);
        for l in data_lines(TOWNS) {
            let ([id, cc, name], n) = fields::<3>(l);
            if n < 3 {
                continue;
            }
            // A one-word town name that is also a word or a personal name is too
            // ambiguous to be worth its false positives.
            if !name.as_bytes().contains(&b' ') {
                let f = self.flags(name);
                if f & (W_NEVER | W_COMMON | W_GIVEN | W_SURNAME | W_TITLE | W_ORG_HEAD) != 0 {
                    continue;
                }
            }
            let e = self.static_entry(name, id, K_PLACE, Class::Town);
            let e = Entry {
                cc: cc2(cc),
                pop: 1000,
                ..e
            };
            let i = self.push_entry_with_base(e, base);
            self.add_key(Cow::Borrowed(name), i, How::Canonical);
        }
    }

    fn load_people(&mut self) {
        let rows: Vec<Vec<&'static str>> = data_lines(PEOPLE)
            .map(|l| l.split('\t').collect())
            .collect();
        // How many notable people share each surname.
        let mut count: FastMap<&str, u32> = FastMap::default();
        for r in &rows {
            for s in list(r.get(4).copied()) {
                *count.entry(s).or_default() += 1;
            }
        }
        for r in &rows {
            let (Some(id), Some(cc), Some(name)) = (r.first(), r.get(1), r.get(2)) else {
                continue;
            };
            let e = self.static_entry(name, id, K_PERSON, Class::Notable);
            let e = Entry {
                cc: cc2(cc),
                curated: true,
                ..e
            };
            let i = self.add_named(name, e, r.get(3).copied().unwrap_or(""), |_, _| true);
            for s in list(r.get(4).copied()) {
                self.surnames.push((i, Cow::Borrowed(s)));
                // A surname alone names the person when no other notable person
                // has it and it is not a frequent surname or an English word.
                let w = self.word(s).copied().unwrap_or_default();
                let unique = count.get(s).copied().unwrap_or(0) == 1;
                let rare = w.srank == NONE || w.srank > 1000;
                if unique && rare && w.flags & (W_NEVER | W_GIVEN) == 0 && s != *name {
                    self.add_key(Cow::Borrowed(s), i, How::Surname);
                }
            }
        }
    }

    fn load_outlets(&mut self) {
        for l in data_lines(OUTLETS) {
            let ([id, _, cc, flag, name, aliases, domains], n) = fields::<7>(l);
            if n < 5 {
                continue;
            }
            let curated = flag.contains('s');
            let e = self.static_entry(name, id, K_OUTLET, Class::Outlet);
            let i = self.push_entry(Entry {
                cc: cc2(cc),
                curated,
                ..e
            });
            for (k, how) in std::iter::once((name, How::Canonical))
                .chain(split_byte(aliases, b'|').map(|a| (a, How::Alias)))
            {
                if k.is_empty() {
                    continue;
                }
                if is_domain(k) {
                    self.domains.entry(lower_static(k)).or_insert(i);
                    continue;
                }
                if !self.outlet_key_ok(k, curated) {
                    continue;
                }
                self.add_key(Cow::Borrowed(k), i, how);
                if let Some(rest) = k.strip_prefix("The ") {
                    if self.outlet_key_ok(rest, curated)
                        && (rest.contains(' ') || !self.is_common_cap(rest))
                    {
                        self.add_key(Cow::Borrowed(rest), i, How::Stripped);
                    }
                }
            }
            for d in split_byte(domains, b'|').filter(|d| !d.is_empty()) {
                let d = d.trim_start_matches("www.");
                self.domains.entry(lower_static(d)).or_insert(i);
            }
        }
    }

    /// Outlet names from the large uncurated lists are kept only when they are
    /// distinctive: not one common word or personal name, not only common words.
    fn outlet_key_ok(&self, k: &str, curated: bool) -> bool {
        if k.chars().count() < 2 {
            return false;
        }
        if curated {
            return self.flags(k) & W_NEVER == 0;
        }
        if !k.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // The words other than "The": how many, the first, whether all are
        // shorter than three characters, whether all are plain.
        let (mut n, mut first, mut all_short, mut all_plain) = (0, "", true, true);
        for_each_word(k, |s, e| {
            let w = k.get(s..e).unwrap_or("");
            if w == "The" || w == "the" {
                return;
            }
            if n == 0 {
                first = w;
            }
            n += 1;
            all_short &= w.chars().nth(2).is_none();
            all_plain = all_plain
                && (self.flags(w) & (W_COMMON | W_NEVER | W_ORG_HEAD) != 0
                    || w.bytes().all(|b| b.is_ascii_digit()));
        });
        if n == 0 || all_short || all_plain {
            return false;
        }
        if n == 1 {
            let f = self.flags(first);
            if f & (W_GIVEN | W_SURNAME) != 0 || self.word(k).is_some_and(|w| w.single != NONE) {
                return false;
            }
            // Short all-capital codes are too ambiguous outside the curated list.
            if k.len() <= 4 && k.chars().all(|c| c.is_uppercase()) {
                return false;
            }
        }
        true
    }
}

fn is_domain(k: &str) -> bool {
    !k.contains(' ')
        && k.contains('.')
        && k.chars().next().is_some_and(|c| c.is_lowercase())
        && k.rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
}

/// `s` in lower case, borrowed when it already is (plain ASCII without capitals).
fn lower_static(s: &'static str) -> Cow<'static, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

fn cc2(s: &str) -> [u8; 2] {
    let b = s.as_bytes();
    [
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ]
}

pub(crate) struct CandIter<'a> {
    inner: &'a Inner,
    cur: u32,
}

impl<'a> Iterator for CandIter<'a> {
    type Item = &'a Cand;
    fn next(&mut self) -> Option<&'a Cand> {
        let c = self.inner.cand(self.cur)?;
        self.cur = c.next;
        Some(c)
    }
}

/// The `|`-separated items of a data column, empty ones left out.
fn list(column: Option<&'static str>) -> impl Iterator<Item = &'static str> {
    split_byte(column.unwrap_or(""), b'|').filter(|s| !s.is_empty())
}

/// For custom kinds.
pub(crate) fn custom_kind(s: &str) -> EntityKind {
    match s {
        "person" => EntityKind::Person,
        "place" => EntityKind::Place,
        "outlet" => EntityKind::Outlet,
        other => EntityKind::Custom(Arc::from(other)),
    }
}
