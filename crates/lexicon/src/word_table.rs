//! The word table: what the lexicon knows about each word (its classes as
//! flags, the keys that start with it), in one flat open-addressing table.

pub(crate) const NONE: u32 = u32::MAX;

// Word flags.
pub(crate) const W_COMMON: u16 = 1;
pub(crate) const W_MONTH: u16 = 1 << 1;
pub(crate) const W_WEEKDAY: u16 = 1 << 2;
pub(crate) const W_STOP: u16 = 1 << 3;
pub(crate) const W_TITLE: u16 = 1 << 4;
pub(crate) const W_TITLE_MOD: u16 = 1 << 5;
pub(crate) const W_ROLE: u16 = 1 << 6;
pub(crate) const W_SAID_AFTER: u16 = 1 << 7;
pub(crate) const W_SAID_BEFORE: u16 = 1 << 8;
pub(crate) const W_ORG_HEAD: u16 = 1 << 9;
pub(crate) const W_PARTICLE: u16 = 1 << 10;
pub(crate) const W_SUFFIX: u16 = 1 << 11;
pub(crate) const W_DEMONYM: u16 = 1 << 12;
pub(crate) const W_GIVEN: u16 = 1 << 13;
pub(crate) const W_SURNAME: u16 = 1 << 14;
/// Ends an organisation's name after a name ([`crate::orgs::ORG_TAILS`]).
pub(crate) const W_ORG_TAIL: u16 = 1 << 15;

/// [`WordInfo::extra`]: the word starts a known firm's name
/// ([`crate::orgs::FIRMS`]): a prefix of one that ends before a space or '-'.
pub(crate) const X_FIRM: u8 = 1;
/// [`WordInfo::extra`]: the word ends a facility's or a feature's name
/// ([`crate::orgs::PLACE_TAILS`]).
pub(crate) const X_PLACE_TAIL: u8 = 2;
/// [`WordInfo::extra`]: the word starts a storm's, an operation's or a
/// vessel's name ([`crate::orgs::THING_HEADS`]).
pub(crate) const X_THING: u8 = 4;
/// [`WordInfo::extra`]: the word starts a place's name in Romance-language
/// word order ([`crate::orgs::PLACE_HEADS`],
/// [`crate::orgs::PLACE_HEADS_AFTER_PARTICLE`]).
pub(crate) const X_PLACE_HEAD: u8 = 8;
/// [`WordInfo::extra`]: the word names a national body with a country after
/// it ([`crate::orgs::BODY_HEADS`]).
pub(crate) const X_BODY_HEAD: u8 = 16;
/// [`WordInfo::extra`]: the word names a feast, a fast or a festival
/// ([`crate::orgs::FEASTS`]).
pub(crate) const X_FEAST: u8 = 32;

/// Never a name on its own.
pub(crate) const W_NEVER: u16 = W_MONTH | W_WEEKDAY | W_STOP | W_DEMONYM;

/// What we know about one word (a maximal run of letters and digits).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo {
    pub flags: u16,
    /// The largest number of words of a key that starts with this word (0: none).
    pub maxtok: u8,
    /// More classes (`X_*`), in the byte the layout leaves free.
    pub extra: u8,
    /// Head of the candidate list of the one-word key equal to this word.
    pub single: u32,
    /// Surname frequency rank (1 = most frequent), `NONE` when not a surname.
    pub srank: u32,
    /// A filter of the first bytes of the second words of the keys that start
    /// with this word (see [`next_bit`]).
    pub next: u32,
}

/// The bit of [`WordInfo::next`] for the first byte of a key's second word.
#[inline]
pub(crate) fn next_bit(b: u8) -> u32 {
    let i = match b {
        b'A'..=b'Z' => b - b'A',
        b'0'..=b'9' => 26,
        b'a'..=b'z' => 27 + (b - b'a') % 4,
        _ => 31,
    };
    1u32 << i
}

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            flags: 0,
            single: NONE,
            srank: NONE,
            maxtok: 0,
            extra: 0,
            next: 0,
        }
    }
}

/// The hash of a word for [`WordTable`]: 64 bits, never 0.
#[inline]
pub(crate) fn word_hash(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::hash::FastHasher::default();
    h.write(w.as_bytes());
    let x = h.finish() ^ (w.len() as u64).rotate_left(29);
    // finalise (a murmur-style mix) so that the low bits index well
    let x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    let x = (x ^ (x >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    (x ^ (x >> 33)) | 1
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    h: u64,
    info: WordInfo,
}

/// The word table used while tagging: open addressing over one flat array
/// whose slots hold a 64-bit hash of the word and its [`WordInfo`], so that a
/// lookup touches one cache line. Words are identified by their 64-bit hash (a
/// false match between two different words has a probability of about 2^-40
/// over the whole table).
#[derive(Debug, Default)]
pub(crate) struct WordTable {
    slots: Vec<Slot>,
    mask: usize,
    used: usize,
    /// Never used: the target of an impossible miss in `get_or_insert`.
    spare: WordInfo,
}

impl WordTable {
    pub(crate) fn with_capacity(n: usize) -> WordTable {
        let cap = (n + n / 6).max(16).next_power_of_two();
        WordTable {
            slots: vec![Slot::default(); cap],
            mask: cap - 1,
            used: 0,
            spare: WordInfo::default(),
        }
    }

    /// The info of `w`, inserted when missing.
    pub(crate) fn get_or_insert(&mut self, w: &str) -> &mut WordInfo {
        if self.slots.is_empty() || (self.used + 1) * 100 > self.slots.len() * 85 {
            self.grow();
        }
        let h = word_hash(w);
        let mut i = (h as usize) & self.mask;
        // Find the slot (the table is never full, see `grow`).
        for _ in 0..self.slots.len() {
            let sh = self.slots.get(i).map_or(0, |s| s.h);
            if sh == h || sh == 0 {
                break;
            }
            i = (i + 1) & self.mask;
        }
        let fresh = self.slots.get(i).is_some_and(|s| s.h == 0);
        if fresh {
            self.used += 1;
        }
        match self.slots.get_mut(i) {
            Some(slot) => {
                slot.h = h;
                &mut slot.info
            }
            None => &mut self.spare,
        }
    }

    /// Makes room for `n` words in all without growing.
    pub(crate) fn reserve(&mut self, n: usize) {
        if self.used == 0 {
            // Nothing to move: allocate the final size at once.
            let want = WordTable::with_capacity(n);
            if want.slots.len() > self.slots.len() {
                *self = want;
            }
            return;
        }
        let want = (n + n / 6).max(16).next_power_of_two();
        while self.slots.len() < want {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); cap]);
        self.mask = cap - 1;
        for s in old.into_iter().filter(|s| s.h != 0) {
            let mut i = (s.h as usize) & self.mask;
            while let Some(slot) = self.slots.get_mut(i) {
                if slot.h == 0 {
                    *slot = s;
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
    }

    #[inline]
    pub fn get(&self, w: &str) -> Option<&WordInfo> {
        if self.slots.is_empty() {
            return None;
        }
        let h = word_hash(w);
        let mut i = (h as usize) & self.mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.h == h {
                return Some(&slot.info);
            }
            if slot.h == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// The number of slots (a power of two, or 0).
    pub(crate) fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// The used slots in order: (slot, hash, info), for the frozen form.
    pub(crate) fn used_slots(&self) -> impl Iterator<Item = (usize, u64, &WordInfo)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.h != 0)
            .map(|(i, s)| (i, s.h, &s.info))
    }

    /// An empty table of `cap` slots, to be filled by [`WordTable::put_slot`];
    /// None unless `cap` is 0 or a power of two.
    pub(crate) fn with_slots(cap: usize) -> Option<WordTable> {
        if cap != 0 && !cap.is_power_of_two() {
            return None;
        }
        Some(WordTable {
            slots: vec![Slot::default(); cap],
            mask: cap.saturating_sub(1),
            used: 0,
            spare: WordInfo::default(),
        })
    }

    /// Puts a word's hash and info in slot `i` as [`WordTable::used_slots`]
    /// gave them. None when the slot is missing or taken, the hash is 0, or
    /// the table would be fuller than [`WordTable::get_or_insert`] lets it
    /// be (a lookup must always reach an empty slot).
    pub(crate) fn put_slot(&mut self, i: usize, h: u64, info: WordInfo) -> Option<()> {
        if h == 0 || (self.used + 1) * 100 > self.slots.len() * 85 {
            return None;
        }
        let slot = self.slots.get_mut(i)?;
        if slot.h != 0 {
            return None;
        }
        *slot = Slot { h, info };
        self.used += 1;
        Some(())
    }
}
