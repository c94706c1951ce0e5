//! The document tagger: bylines and desk credits
//! ([`byline`]), one left-to-right pass per segment over the words
//! ([`scan`]), dictionary lookups at capitalised words, longest key first,
//! the rules for names ([`cap`], [`rules`], [`features`], [`sports`],
//! [`rosters`]), the choice among a key's candidates ([`choose`]), then the
//! document-level steps ([`finish`]) for ambiguities and back-references.
mod byline;
mod cap;
mod choose;
mod features;
mod finish;
mod rosters;
mod rules;
mod scan;
mod sports;
#[cfg(test)]
mod tests;
mod text;

pub(crate) use choose::raw_next;

use crate::data::*;
use crate::hash::FastMap;
use crate::Rule;

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    Lex(u32),
    /// A person found by a rule, by its index in the document's names.
    Dyn(u32),
    /// A place found by its last word ("Heathrow Airport"), likewise.
    Place(u32),
}

#[derive(Debug, Clone)]
struct Found {
    seg: u32,
    start: usize,
    end: usize,
    target: Target,
    rule: Rule,
    /// A one-word match that is also a personal name.
    namey: bool,
}

#[derive(Debug, Clone, Copy)]
struct Loose {
    seg: u32,
    start: usize,
    end: usize,
}

pub(crate) struct Doc<'a> {
    lex: &'a Inner,
    /// Working buffers, taken from this thread's last document and handed
    /// back on drop.
    b: Bufs,
    /// The segment and the position of the next '(' found by
    /// [`Doc::paren_near`] (`usize::MAX`: none in the rest of the segment).
    paren: (u32, usize),
    /// The segment last asked by [`Doc::roster_name`] and whether it has a
    /// roster line.
    rosters: (u32, bool),
}

/// The buffers of a [`Doc`], kept per thread from one document to the next
/// so that tagging a document does not allocate them again.
#[derive(Default)]
struct Bufs {
    found: Vec<Found>,
    loose: Vec<Loose>,
    pending_the: Vec<Loose>,
    /// Big places that are common words, at a sentence start: tagged when
    /// the document names the same place elsewhere.
    held_places: Vec<(Loose, u32)>,
    /// One-word persons found by a rule: (found index, span); merged into a
    /// full name of the document when one has this word as surname or given name.
    loose_person: Vec<(usize, Loose)>,
    /// Names after a storm's, a vessel's or an operation's head word
    /// ("Hurricane Katrina"): the same word alone is no person.
    things: Vec<Loose>,
    /// Found index → alternative places (entry, static score).
    alts: Vec<(usize, Vec<(u32, f32)>)>,
    dyn_names: Vec<String>,
    dyn_index: FastMap<String, u32>,
    /// Scratch for `choose`.
    places: Vec<(u32, f32)>,
    /// Scratch for `finish`: the entity index of each target, of each
    /// mention, and the number of mentions of each entity.
    order: FastMap<Target, usize>,
    slots: Vec<usize>,
    counts: Vec<usize>,
    /// Scratch for `dyn_person`.
    name: String,
}

thread_local! {
    static BUFS: std::cell::RefCell<Option<Bufs>> = const { std::cell::RefCell::new(None) };
}

/// Buffers larger than this many items are not kept for the next document.
const KEEP_MAX: usize = 1 << 14;

impl<'a> Doc<'a> {
    pub fn new(lex: &'a Inner) -> Self {
        let b = BUFS
            .try_with(|c| c.try_borrow_mut().ok().and_then(|mut c| c.take()))
            .ok()
            .flatten()
            .unwrap_or_default();
        Doc {
            lex,
            b,
            paren: (u32::MAX, 0),
            rosters: (u32::MAX, false),
        }
    }

    fn flags(&self, w: &str) -> u16 {
        self.lex.flags(w)
    }

    /// The candidates' head of the key `key` as written: a one-word key, or
    /// a key of several tokens when it has spaces or, failing the one-word
    /// lookup, full stops ("N.J.", "U.S.").
    fn key_head(&self, key: &str) -> u32 {
        let head = self.lex.lookup(key, !key.contains(' '));
        if head == NONE && key.contains('.') && !key.contains(' ') {
            self.lex.lookup(key, false)
        } else {
            head
        }
    }
}

/// A country, a first-level region or a city of 100,000 or more.
fn state_or_city_100k(e: &Entry) -> bool {
    match e.class {
        Class::Country | Class::Region => true,
        Class::City => e.pop >= 100_000,
        _ => false,
    }
}

impl Drop for Doc<'_> {
    /// Hands the (emptied) buffers back for the next document of this thread.
    fn drop(&mut self) {
        let mut b = std::mem::take(&mut self.b);
        let big = b.found.capacity() > KEEP_MAX
            || b.loose.capacity() > KEEP_MAX
            || b.dyn_names.capacity() > KEEP_MAX
            || b.dyn_index.capacity() > KEEP_MAX
            || b.order.capacity() > KEEP_MAX
            || b.slots.capacity() > KEEP_MAX;
        if big {
            return;
        }
        b.found.clear();
        b.loose.clear();
        b.pending_the.clear();
        b.held_places.clear();
        b.loose_person.clear();
        b.things.clear();
        b.alts.clear();
        b.dyn_names.clear();
        b.dyn_index.clear();
        b.places.clear();
        b.order.clear();
        b.slots.clear();
        b.counts.clear();
        let _ = BUFS.try_with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                *c = Some(b);
            }
        });
    }
}

impl<'a> Doc<'a> {
    fn push(
        &mut self,
        seg: u32,
        start: usize,
        end: usize,
        target: Target,
        rule: Rule,
        namey: bool,
    ) {
        self.b.found.push(Found {
            seg,
            start,
            end,
            target,
            rule,
            namey,
        });
    }

    /// A capitalised word that no rule took: kept for the back-reference step
    /// (a surname of the document's person, "Warhol" alone).
    fn push_loose(&mut self, seg: u32, start: usize, end: usize) {
        self.b.loose.push(Loose { seg, start, end });
    }

    /// A one-word person found by a rule alone: tagged under a dynamic
    /// name, and remembered as loose so later evidence can confirm or drop it.
    fn push_loose_person(&mut self, seg: u32, start: usize, end: usize, word: &str, rule: Rule) {
        self.b
            .loose_person
            .push((self.b.found.len(), Loose { seg, start, end }));
        let t = self.dyn_person(word);
        self.push(seg, start, end, t, rule, false);
    }

    fn dyn_place(&mut self, name: &str) -> Target {
        match self.dyn_person(name) {
            Target::Dyn(i) => Target::Place(i),
            t => t,
        }
    }

    /// Pushes `[ws, end)` of segment `si` (text `s`) as a person found by
    /// `rule`, named as written. Returns `end`.
    fn push_person(&mut self, si: u32, s: &str, ws: usize, end: usize, rule: Rule) -> usize {
        let name = s
            .get(ws..end)
            .or_else(|| s.get(ws..text::word_end(s, ws)))
            .unwrap_or("");
        let t = self.dyn_person(name);
        self.push(si, ws, end, t, rule, false);
        end
    }

    fn dyn_person(&mut self, name: &str) -> Target {
        let mut norm = std::mem::take(&mut self.b.name);
        norm.clear();
        for (k, w) in name.split_whitespace().enumerate() {
            if k > 0 {
                norm.push(' ');
            }
            norm.push_str(w);
        }
        let t = match self.b.dyn_index.get(norm.as_str()) {
            Some(&i) => Target::Dyn(i),
            None => {
                let i = self.b.dyn_names.len() as u32;
                self.b.dyn_names.push(norm.clone());
                self.b.dyn_index.insert(norm.clone(), i);
                Target::Dyn(i)
            }
        };
        self.b.name = norm;
        t
    }
}
