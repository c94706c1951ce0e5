//! The embedded data files, and compact handles to the lexicon's strings: a
//! [`Str`] is a range of one of the data files or one of the strings a
//! lexicon owns (those of user entries), in 12 bytes where a
//! `Cow<'static, str>` takes 24. The entries' names and ids and the one-word
//! keys are kept so: most of a lexicon's memory is in them.

use std::borrow::Cow;

pub(crate) static COMMON: &str = include_str!("../data/common.txt");
pub(crate) static GIVEN: &str = include_str!("../data/given.tsv");
pub(crate) static SURNAMES: &str = include_str!("../data/surnames.txt");
pub(crate) static PLACES: &str = include_str!("../data/places.tsv");
pub(crate) static TOWNS: &str = include_str!("../data/towns.tsv");
pub(crate) static PEOPLE: &str = include_str!("../data/people.tsv");
pub(crate) static OUTLETS: &str = include_str!("../data/outlets.tsv");

/// The data files, by the [`Str::src`] that names them.
fn file(src: u8) -> Option<&'static str> {
    Some(match src {
        0 => COMMON,
        1 => GIVEN,
        2 => SURNAMES,
        3 => PLACES,
        4 => TOWNS,
        5 => PEOPLE,
        6 => OUTLETS,
        _ => return None,
    })
}

/// [`Str::src`] of an owned string.
const OWNED: u8 = u8::MAX;

/// A string of the lexicon (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Str {
    /// The data file (see [`file`]), or [`OWNED`].
    src: u8,
    /// The byte offset in the file, or the index of the owned string.
    at: u32,
    /// The length in bytes (for a file's range).
    len: u32,
}

impl Str {
    /// The data file (or [`OWNED`]), offset (or index) and length of the
    /// handle, for the frozen form.
    #[inline]
    pub fn parts(self) -> (u8, u32, u32) {
        (self.src, self.at, self.len)
    }

    /// A handle from its [`Str::parts`]. Any parts make a handle: one that
    /// names no text reads as "" (see [`Strings::get`]).
    #[inline]
    pub fn from_parts(src: u8, at: u32, len: u32) -> Str {
        Str { src, at, len }
    }
}

/// The strings a lexicon owns.
#[derive(Debug, Default)]
pub(crate) struct Strings {
    owned: Vec<Box<str>>,
    /// The data file of the last handle made (strings come file by file).
    last: u8,
}

impl Strings {
    /// [`Strings::add`] of a borrowed string.
    #[inline]
    pub fn add_static(&mut self, s: &'static str) -> Str {
        match locate_in(self.last, s) {
            Some(r) => r,
            None => self.add_slow(Cow::Borrowed(s)),
        }
    }

    /// A handle to `s`: its range in the data file it lies in, else a copy.
    #[inline]
    pub fn add(&mut self, s: Cow<'static, str>) -> Str {
        match s {
            Cow::Borrowed(b) => match locate_in(self.last, b) {
                Some(r) => r,
                None => self.add_slow(Cow::Borrowed(b)),
            },
            Cow::Owned(o) => self.add_slow(Cow::Owned(o)),
        }
    }

    /// [`Strings::add`] when `s` is not in the file of the last handle.
    #[inline(never)]
    fn add_slow(&mut self, s: Cow<'static, str>) -> Str {
        if let Cow::Borrowed(b) = s {
            if let Some(r) = (0..OWNED)
                .take_while(|&k| file(k).is_some())
                .find_map(|k| locate_in(k, b))
            {
                self.last = r.src;
                return r;
            }
        }
        let at = u32::try_from(self.owned.len()).unwrap_or(u32::MAX);
        self.owned.push(s.into_owned().into_boxed_str());
        Str {
            src: OWNED,
            at,
            len: 0,
        }
    }

    /// The owned strings, in the order of their handles' indices, and the
    /// data file of the last handle made (for the frozen form).
    pub fn owned(&self) -> (&[Box<str>], u8) {
        (&self.owned, self.last)
    }

    /// Strings with these owned strings (see [`Strings::owned`]).
    pub fn from_owned(owned: Vec<Box<str>>, last: u8) -> Strings {
        Strings { owned, last }
    }

    /// The text of `r` ("" for a handle of another lexicon).
    #[inline]
    pub fn get(&self, r: Str) -> &str {
        if r.src == OWNED {
            return self.owned.get(r.at as usize).map_or("", |b| b);
        }
        static_str(r.src, r.at, r.len).unwrap_or("")
    }
}

/// The data file `s` lies in, and its offset there, when it lies in one.
pub(crate) fn locate(s: &'static str) -> Option<(u8, u32)> {
    (0..OWNED)
        .take_while(|&k| file(k).is_some())
        .find_map(|k| locate_in(k, s))
        .map(|r| (r.src, r.at))
}

/// The text of data file `src` at `at..at + len`, when that is text of it.
#[inline]
pub(crate) fn static_str(src: u8, at: u32, len: u32) -> Option<&'static str> {
    let at = at as usize;
    file(src)?.get(at..at.checked_add(len as usize)?)
}

/// The range of `s` in data file `k` when it lies there, found by address
/// (the files' ranges of addresses do not overlap; a `&str` inside a file
/// starts and ends on its characters).
#[inline]
fn locate_in(k: u8, s: &'static str) -> Option<Str> {
    let f = file(k)?;
    let off = (s.as_ptr() as usize).wrapping_sub(f.as_ptr() as usize);
    if off > f.len() || s.len() > f.len() - off {
        return None;
    }
    Some(Str {
        src: k,
        at: u32::try_from(off).ok()?,
        len: u32::try_from(s.len()).ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_give_back_their_text() {
        let mut st = Strings::default();
        let line = PLACES.lines().nth(5).unwrap();
        let name = line.split('\t').nth(4).unwrap();
        let r = st.add(Cow::Borrowed(name));
        assert_eq!(r.src, 3);
        assert_eq!(st.get(r), name);
        for f in [COMMON, GIVEN, SURNAMES, TOWNS, PEOPLE, OUTLETS] {
            let tail = &f[f.len() - 3..];
            let r = st.add(Cow::Borrowed(tail));
            assert_ne!(r.src, OWNED);
            assert_eq!(st.get(r), tail);
        }
        // Not in a data file: owned.
        let r = st.add(Cow::Borrowed("not embedded"));
        assert_eq!(st.get(r), "not embedded");
        let r2 = st.add(Cow::Owned("Atlantis".to_string()));
        assert_eq!((st.get(r), st.get(r2)), ("not embedded", "Atlantis"));
        let empty = st.add(Cow::Borrowed(&PEOPLE[..0]));
        assert_eq!(st.get(empty), "");
        assert_eq!(Strings::default().get(r2), "");
    }
}
