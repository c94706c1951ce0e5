//! The frozen form of the embedded lexicon: the tables that
//! [`Inner::builtin_from_text`] builds from the data files, written once at
//! build time (by `build.rs`, which compiles this module and the loading
//! modules it needs) and read back at run time by [`thaw`], which only copies
//! them into place: no text is parsed, no rule is applied, and no word is
//! hashed.
//!
//! # Layout
//! Integers marked `v` are unsigned LEB128 (seven bits a byte, low bits
//! first; at most ten bytes). Fixed-size integers are little-endian: `u16`,
//! `u24` (three bytes; `ff ff ff` is `NONE`), `u32`, `u64`. A *handle* is a
//! [`Str`] in six bytes: `u8` data file (or 255 for an owned string), `u24`
//! offset (or index), `u16` length. A *string* is `u8` data file then `v`
//! offset and `v` length of its text in that file, or 255 then `v` length
//! and the UTF-8 bytes. The big tables have fixed-size records, read without
//! a branch per field.
//!
//! 1. The magic bytes `NPLXFRZ1`, then `v` the length of each of the seven
//!    data files (a frozen form of other data is refused).
//! 2. Owned strings: `v` count, each `v` length and bytes; `u8` the data file
//!    of the last handle made.
//! 3. Entries: `v` count, each 21 bytes: handles of the name and the
//!    id, `u8` kind, `u8` class, two country code bytes, `u32` population,
//!    `u8` curated (0 or 1). The place scores are computed from class and
//!    population.
//! 4. Candidates: `v` count, each 7 bytes: `u24` entry, `u8` how, `u24`
//!    next (an earlier candidate or `NONE`: a list cannot loop). Then the
//!    list summary bits, one byte per candidate.
//! 5. The word table: `v` number of slots (0 or a power of two, at most four
//!    times the used ones or 4,096), `v` used slots, each: `u8` distance from
//!    the previous used slot (from -1 for the first; 255 then `u32` when
//!    larger), `u64` hash (not 0), `u16` flags, `u8` longest key in words,
//!    `u8` extra classes, `u8` which of the next three follow (bit 0 single,
//!    bit 1 surname rank, bit 2 next-byte filter; absent ones are `NONE`,
//!    `NONE` and 0), `u24` single, `u24` surname rank, `u32` filter.
//! 6. One-word keys: `v` count of handles (read only by
//!    `Lexicon::names`, in place).
//! 7. Keys of several words: `v` count, `v` length in bytes, then the records
//!    of the table that looks them up in place (see `key_table.rs`).
//! 8. Host names: `v` count, each string then `v` entry, in byte order.
//! 9. Surnames: `v` count, each `v` entry and string.
//! 10. Bit sets: the lower-case first bytes, the key prefixes (each `v`
//!     count of `u64`), the role nouns (four `u64`).
//! 11. The magic bytes `NPLXEND1`.
//!
//! The writer gives None (and `build.rs` then embeds no frozen form, so the
//! lexicon is built from the text at run time) when a value does not fit:
//! more than 16 million entries or candidates, a data file from 16 MiB, a
//! name from 64 KiB.
//!
//! [`thaw`] checks every count against the bytes left and every value it
//! relies on, and gives None (the caller then builds from the text) on any
//! other data: it never panics and never makes a table a lookup could loop
//! in.

use std::borrow::Cow;

use crate::data::{Cand, Class, Entry, How, Inner};
use crate::key_table::KeyTable;
use crate::strs::{self, Str, Strings};
use crate::word_table::{WordInfo, WordTable, NONE};
use crate::EntityKind;

const MAGIC: &[u8; 8] = b"NPLXFRZ1";
const END: &[u8; 8] = b"NPLXEND1";

/// `NONE` in three bytes.
const U24_NONE: u32 = 0xff_ffff;

/// The size of a handle.
pub(crate) const SHORT_HANDLE: usize = 6;

/// The size of an entry's record, and of a candidate's.
const ENTRY_LEN: usize = 21;
const CAND_LEN: usize = 7;

/// The data files, in the order of their lengths in the header.
fn data_files() -> [&'static str; 7] {
    [
        strs::COMMON,
        strs::GIVEN,
        strs::SURNAMES,
        strs::PLACES,
        strs::TOWNS,
        strs::PEOPLE,
        strs::OUTLETS,
    ]
}

fn class_code(c: Class) -> u8 {
    match c {
        Class::Country => 0,
        Class::Region => 1,
        Class::City => 2,
        Class::Town => 3,
        Class::Notable => 4,
        Class::Outlet => 5,
        Class::User => 6,
    }
}

fn class_of(b: u8) -> Option<Class> {
    Some(match b {
        0 => Class::Country,
        1 => Class::Region,
        2 => Class::City,
        3 => Class::Town,
        4 => Class::Notable,
        5 => Class::Outlet,
        6 => Class::User,
        _ => return None,
    })
}

fn how_code(h: How) -> u8 {
    match h {
        How::Canonical => 0,
        How::Alias => 1,
        How::Surname => 2,
        How::Stripped => 3,
    }
}

fn how_of(b: u8) -> Option<How> {
    Some(match b {
        0 => How::Canonical,
        1 => How::Alias,
        2 => How::Surname,
        3 => How::Stripped,
        _ => return None,
    })
}

/// Writes the frozen form.
#[derive(Default)]
struct Writer {
    b: Vec<u8>,
}

impl Writer {
    fn u8(&mut self, x: u8) {
        self.b.push(x);
    }

    fn v(&mut self, mut x: u64) {
        while x >= 0x80 {
            self.b.push((x as u8) | 0x80);
            x >>= 7;
        }
        self.b.push(x as u8);
    }

    fn len(&mut self, n: usize) {
        self.v(n as u64);
    }

    fn u64(&mut self, x: u64) {
        self.b.extend_from_slice(&x.to_le_bytes());
    }

    /// Three bytes; `NONE` as `0xff_ffff` (None for a larger value).
    fn u24(&mut self, x: u32) -> Option<()> {
        let x = match x {
            NONE => U24_NONE,
            x if x < U24_NONE => x,
            _ => return None,
        };
        self.b.extend_from_slice(x.to_le_bytes().get(..3)?);
        Some(())
    }

    /// A handle in six bytes (None for an offset or index from 16 Mi or a
    /// length from 64 Ki).
    fn short_handle(&mut self, s: Str) -> Option<()> {
        let (src, at, len) = s.parts();
        self.u8(src);
        if at >= U24_NONE {
            return None;
        }
        self.u24(at)?;
        self.b
            .extend_from_slice(&u16::try_from(len).ok()?.to_le_bytes());
        Some(())
    }

    #[allow(clippy::ptr_arg)] // a borrowed string may lie in a data file
    fn string(&mut self, s: &Cow<'static, str>) {
        let located = match s {
            Cow::Borrowed(b) => strs::locate(b),
            Cow::Owned(_) => None,
        };
        match located {
            Some((src, at)) => {
                self.u8(src);
                self.v(u64::from(at));
                self.len(s.len());
            }
            None => {
                self.u8(u8::MAX);
                self.len(s.len());
                self.b.extend_from_slice(s.as_bytes());
            }
        }
    }

    fn words(&mut self, w: &[u64]) {
        self.len(w.len());
        for &x in w {
            self.u64(x);
        }
    }
}

/// The frozen form of `me`, the tables of the embedded data alone (None for
/// tables with custom kinds, or while lower-case keys are being left out).
#[allow(dead_code)] // used by build.rs and the tests
pub(crate) fn freeze(me: &Inner) -> Option<Vec<u8>> {
    if me.kinds.len() != 3 || me.no_lower_keys || me.list_bits.len() != me.cands.len() {
        return None;
    }
    let mut w = Writer::default();
    w.b.extend_from_slice(MAGIC);
    for f in data_files() {
        w.len(f.len());
    }
    let (owned, last) = me.strings.owned();
    w.len(owned.len());
    for s in owned {
        w.len(s.len());
        w.b.extend_from_slice(s.as_bytes());
    }
    w.u8(last);
    w.len(me.entries.len());
    for e in &me.entries {
        w.short_handle(e.name)?;
        w.short_handle(e.id)?;
        w.u8(u8::try_from(e.kind).ok()?);
        w.u8(class_code(e.class));
        w.b.extend_from_slice(&e.cc);
        w.b.extend_from_slice(&e.pop.to_le_bytes());
        w.u8(u8::from(e.curated));
    }
    w.len(me.cands.len());
    for c in &me.cands {
        w.u24(c.entry)?;
        w.u8(how_code(c.how));
        w.u24(c.next)?;
    }
    w.b.extend_from_slice(&me.list_bits);
    w.len(me.table.capacity());
    w.len(me.table.len());
    let mut prev = None;
    for (i, h, info) in me.table.used_slots() {
        let gap = prev.map_or(i, |p| i - p - 1);
        prev = Some(i);
        match u8::try_from(gap) {
            Ok(g) if g < u8::MAX => w.u8(g),
            _ => {
                w.u8(u8::MAX);
                w.b.extend_from_slice(&u32::try_from(gap).ok()?.to_le_bytes());
            }
        }
        w.u64(h);
        w.b.extend_from_slice(&info.flags.to_le_bytes());
        w.u8(info.maxtok);
        w.u8(info.extra);
        let has = u8::from(info.single != NONE)
            | u8::from(info.srank != NONE) << 1
            | u8::from(info.next != 0) << 2;
        w.u8(has);
        if info.single != NONE {
            w.u24(info.single)?;
        }
        if info.srank != NONE {
            w.u24(info.srank)?;
        }
        if info.next != 0 {
            w.b.extend_from_slice(&info.next.to_le_bytes());
        }
    }
    let singles: Vec<Str> = me.single_keys().collect();
    w.len(singles.len());
    for k in singles {
        w.short_handle(k)?;
    }
    let (recs, n) = me.keys.freeze()?;
    w.len(n);
    w.len(recs.len());
    w.b.extend_from_slice(&recs);
    let mut domains: Vec<_> = me.domains.iter().collect();
    domains.sort_unstable();
    w.len(domains.len());
    for (k, &i) in domains {
        w.string(k);
        w.v(u64::from(i));
    }
    w.len(me.surnames.len());
    for (i, s) in &me.surnames {
        w.v(u64::from(*i));
        w.string(s);
    }
    w.words(&me.lower_bits);
    w.words(&me.prefix_bits);
    for &x in &me.role_bits {
        w.u64(x);
    }
    w.b.extend_from_slice(END);
    Some(w.b)
}

/// Reads the frozen form (see the module docs); every read checks its bounds.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    #[inline(always)]
    fn u8(&mut self) -> Option<u8> {
        let x = *self.b.get(self.at)?;
        self.at += 1;
        Some(x)
    }

    /// A `v` integer: one byte in the common case, the rest out of line.
    #[inline(always)]
    fn v(&mut self) -> Option<u64> {
        let b = *self.b.get(self.at)?;
        self.at += 1;
        if b < 0x80 {
            return Some(u64::from(b));
        }
        self.v_rest(u64::from(b & 0x7f))
    }

    #[inline(never)]
    fn v_rest(&mut self, mut x: u64) -> Option<u64> {
        let mut shift = 7;
        while shift < 64 {
            let b = self.u8()?;
            x |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(x);
            }
            shift += 7;
        }
        None
    }

    #[inline(always)]
    fn v32(&mut self) -> Option<u32> {
        u32::try_from(self.v()?).ok()
    }

    /// A count of items of at least `min` bytes each (so never more than the
    /// bytes left allow: no huge allocation on bad data).
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = usize::try_from(self.v()?).ok()?;
        let left = self.b.len().saturating_sub(self.at);
        (n.checked_mul(min)? <= left).then_some(n)
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let b = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(b)
    }

    /// The next `N` bytes.
    #[inline(always)]
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let b = self.b.get(self.at..self.at.checked_add(N)?)?;
        self.at += N;
        b.try_into().ok()
    }

    #[inline]
    fn u64(&mut self) -> Option<u64> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.bytes(8)?);
        Some(u64::from_le_bytes(a))
    }

    fn string(&mut self) -> Option<Cow<'static, str>> {
        let src = self.u8()?;
        if src == u8::MAX {
            let n = self.count(1)?;
            let s = std::str::from_utf8(self.bytes(n)?).ok()?;
            return Some(Cow::Owned(s.to_string()));
        }
        let at = self.v32()?;
        strs::static_str(src, at, self.v32()?).map(Cow::Borrowed)
    }

    fn words(&mut self) -> Option<Vec<u64>> {
        let n = self.count(8)?;
        (0..n).map(|_| self.u64()).collect()
    }
}

/// A three-byte integer, `0xff_ffff` read as `NONE`.
#[inline(always)]
fn u24(a: [u8; 3]) -> u32 {
    match u32::from_le_bytes([a[0], a[1], a[2], 0]) {
        U24_NONE => NONE,
        x => x,
    }
}

#[inline(always)]
fn u16_at(a: [u8; 2]) -> u32 {
    u32::from(u16::from_le_bytes(a))
}

/// The one-word keys of a frozen form (its section 6).
pub(crate) fn single_keys(b: &[u8]) -> impl Iterator<Item = Str> + '_ {
    b.chunks_exact(SHORT_HANDLE).map(|a| {
        let a: [u8; SHORT_HANDLE] = a.try_into().unwrap_or([u8::MAX; SHORT_HANDLE]);
        Str::from_parts(a[0], u24([a[1], a[2], a[3]]), u16_at([a[4], a[5]]))
    })
}

/// The tables of the embedded data from their frozen form `b`, or None when
/// `b` is not a frozen form of this crate's data (see the module docs).
pub(crate) fn thaw(b: &'static [u8]) -> Option<Inner> {
    let mut r = Reader { b, at: 0 };
    if r.bytes(MAGIC.len())? != MAGIC {
        return None;
    }
    for f in data_files() {
        if r.v()? != f.len() as u64 {
            return None;
        }
    }
    let n = r.count(1)?;
    let mut owned = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.count(1)?;
        owned.push(Box::from(std::str::from_utf8(r.bytes(len)?).ok()?));
    }
    let strings = Strings::from_owned(owned, r.u8()?);
    let n = r.count(ENTRY_LEN)?;
    let mut entries = Vec::with_capacity(n);
    let mut place_base = Vec::with_capacity(n);
    // The score of the last class and population (towns all have the same).
    let mut last = (Class::User, 0, 0.0);
    for _ in 0..n {
        let a: [u8; ENTRY_LEN] = r.array()?;
        let class = class_of(a[13])?;
        let pop = u32::from_le_bytes([a[16], a[17], a[18], a[19]]);
        if (last.0, last.1) != (class, pop) {
            last = (class, pop, crate::data::place_base(class, pop));
        }
        place_base.push(last.2);
        entries.push(Entry {
            name: Str::from_parts(a[0], u24([a[1], a[2], a[3]]), u16_at([a[4], a[5]])),
            id: Str::from_parts(a[6], u24([a[7], a[8], a[9]]), u16_at([a[10], a[11]])),
            kind: u32::from(a[12]),
            class,
            cc: [a[14], a[15]],
            pop,
            curated: a[20] != 0,
        });
    }
    let n = r.count(CAND_LEN + 1)?;
    let mut cands = Vec::with_capacity(n);
    for i in 0..n {
        let a: [u8; CAND_LEN] = r.array()?;
        let next = u24([a[4], a[5], a[6]]);
        if next != NONE && next as usize >= i {
            return None;
        }
        let (entry, how) = (u24([a[0], a[1], a[2]]), how_of(a[3])?);
        cands.push(Cand { entry, how, next });
    }
    let list_bits = r.bytes(n)?.to_vec();
    let cap = usize::try_from(r.v()?).ok()?;
    let used = r.count(15)?;
    // No more slots than growing or reserving room for the used ones makes
    // (this bounds the memory bad data can ask for).
    if cap > 4 * used.max(1024) {
        return None;
    }
    let mut table = WordTable::with_slots(cap)?;
    let mut at = 0usize;
    for k in 0..used {
        let mut gap = usize::from(r.u8()?);
        if gap == usize::from(u8::MAX) {
            gap = usize::try_from(u32::from_le_bytes(r.array()?)).ok()?;
        }
        at = if k == 0 {
            gap
        } else {
            at.checked_add(gap)?.checked_add(1)?
        };
        let a: [u8; 13] = r.array()?;
        let h = u64::from_le_bytes([a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]]);
        let has = a[12];
        let mut info = WordInfo {
            flags: u16::from_le_bytes([a[8], a[9]]),
            maxtok: a[10],
            extra: a[11],
            ..WordInfo::default()
        };
        if has & 1 != 0 {
            info.single = u24(r.array()?);
        }
        if has & 2 != 0 {
            info.srank = u24(r.array()?);
        }
        if has & 4 != 0 {
            info.next = u32::from_le_bytes(r.array()?);
        }
        table.put_slot(at, h, info)?;
    }
    let n = r.count(SHORT_HANDLE)?;
    let frozen_single_keys = r.bytes(n * SHORT_HANDLE)?;
    let n = usize::try_from(r.v()?).ok()?;
    let len = r.count(1)?;
    let keys = KeyTable::from_frozen(r.bytes(len)?, n)?;
    let n = r.count(3)?;
    let mut domains = crate::hash::FastMap::default();
    domains.reserve(n);
    for _ in 0..n {
        let k = r.string()?;
        domains.insert(k, r.v32()?);
    }
    let n = r.count(3)?;
    let mut surnames = Vec::with_capacity(n);
    for _ in 0..n {
        let i = r.v32()?;
        surnames.push((i, r.string()?));
    }
    let lower_bits = r.words()?;
    let prefix_bits = r.words()?;
    let role_bits = [r.u64()?, r.u64()?, r.u64()?, r.u64()?];
    if r.bytes(END.len())? != END || r.at != b.len() {
        return None;
    }
    Some(Inner {
        entries,
        strings,
        kinds: vec![EntityKind::Person, EntityKind::Place, EntityKind::Outlet],
        list_bits,
        place_base,
        cands,
        table,
        single_keys: Vec::new(),
        frozen_single_keys,
        keys,
        domains,
        domain_max: 0,
        surnames,
        lower_bits,
        prefix_bits,
        no_lower_keys: false,
        role_bits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_form_is_of_this_data_and_reads_back() {
        let fresh = freeze(&Inner::builtin_from_text()).unwrap();
        assert!(fresh == crate::FROZEN, "the frozen form is stale");
        let back = thaw(crate::FROZEN).unwrap();
        assert!(freeze(&back).unwrap() == crate::FROZEN);
        // A lexicon from the frozen form tags as one built from the text.
        let text = "Officials in Kyiv said President Volodymyr Zelensky met Reuters in Paris.";
        let a = crate::Lexicon::builtin().tag(text);
        assert!(a.len() >= 3, "{a:?}");
        assert!(a.iter().any(|e| e.name == "Kyiv"));
    }

    fn leak(b: Vec<u8>) -> &'static [u8] {
        Box::leak(b.into_boxed_slice())
    }

    /// User entries (new keys, and keys the embedded data has) on the frozen
    /// tables give the tables and tags they give on tables built from the text.
    #[test]
    fn user_entries_on_frozen_tables_as_on_text() {
        use crate::data::UserEntry;
        let user = |kind, name: &str, aliases: &[&str]| UserEntry {
            kind,
            name: name.to_string(),
            id: format!("x:{name}"),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        let users = [
            user(
                EntityKind::Place,
                "Atlantis",
                &["Poseidonia", "New York", "Paris"],
            ),
            user(
                EntityKind::Person,
                "Ada Lovelace",
                &["Vladimir Putin", "atlantis.example"],
            ),
            user(EntityKind::from_name("ship"), "Ever Given", &["EG"]),
        ];
        let a = Inner::build(true, &users);
        let mut b = Inner::builtin_from_text();
        b.add_users(&users);
        assert_eq!(
            (
                a.entries.len(),
                a.cands.len(),
                a.keys.len(),
                a.domains.len()
            ),
            (
                b.entries.len(),
                b.cands.len(),
                b.keys.len(),
                b.domains.len()
            )
        );
        assert_eq!(a.list_bits, b.list_bits);
        assert_eq!((a.domain_max, a.table.len()), (b.domain_max, b.table.len()));
        for k in [
            "New York",
            "Vladimir Putin",
            "Ada Lovelace",
            "Ever Given",
            "New Delhi",
        ] {
            assert_eq!(a.lookup(k, false), b.lookup(k, false), "{k}");
        }
        let text = "Ada Lovelace sailed the Ever Given from Poseidonia to New York and Paris, \
                    Vladimir Putin told Reuters (atlantis.example) in Kyiv.";
        let tag = |inner| {
            crate::Lexicon {
                inner: std::sync::Arc::new(inner),
            }
            .tag(text)
        };
        let (ta, tb) = (tag(a), tag(b));
        assert_eq!(ta, tb);
        assert!(ta.iter().any(|e| e.name == "Ever Given"), "{ta:?}");
    }

    /// A small lexicon's frozen form: the word lists and the notable people.
    fn small() -> &'static [u8] {
        leak(freeze(&Inner::people_only()).unwrap())
    }

    #[test]
    fn small_tables_read_back() {
        let b = small();
        let back = thaw(b).unwrap();
        assert_eq!(freeze(&back).unwrap(), b);
        assert!(back.lookup("Vladimir Putin", false) != crate::word_table::NONE);
        assert!(back.lookup("Vladimir Putinn", false) == crate::word_table::NONE);
        assert!(back
            .word("Putin")
            .is_some_and(|w| w.single != crate::word_table::NONE));
        assert!(back.keys.len() > 100);
        // Keys added on top of frozen ones.
        let mut more = back;
        let before = more.lookup("Vladimir Putin", false);
        more.add_key(Cow::Borrowed("Vladimir Putin"), 0, How::Alias);
        more.add_key(Cow::Owned("Ada Lovelace".into()), 0, How::Alias);
        let head = more.lookup("Vladimir Putin", false);
        assert!(head != before && more.cand(head).unwrap().next == before);
        assert!(more.lookup("Ada Lovelace", false) != crate::word_table::NONE);
        assert_eq!(
            more.keys
                .iter()
                .filter(|(k, _)| *k == "Vladimir Putin")
                .count(),
            1
        );
    }

    /// Whatever the bytes, reading never panics, and tables that do read
    /// back never loop.
    #[test]
    fn bad_forms_are_refused_without_panic() {
        let good = small();
        for cut in (0..good.len())
            .step_by(7)
            .chain(good.len() - 64..good.len())
        {
            assert!(thaw(&good[..cut]).is_none(), "cut at {cut}");
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..600 {
            let mut b = good.to_vec();
            for _ in 0..3 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed % b.len() as u64) as usize;
                b[i] = (seed >> 32) as u8;
            }
            if let Some(inner) = thaw(leak(b)) {
                for w in ["Putin", "Vladimir", "Biden", "x"] {
                    let head = inner.word(w).map_or(crate::word_table::NONE, |i| i.single);
                    assert!(inner.cands_of(head).count() <= inner.cands.len());
                    let _ = inner.entry(head).map(|e| inner.name(e).len());
                }
                let head = inner.lookup("Vladimir Putin", false);
                assert!(inner.cands_of(head).count() <= inner.cands.len());
            }
        }
    }
}
